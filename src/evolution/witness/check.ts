// A small draft-07 validator for the example generator: it decides which branch of a oneOf a
// generated value takes and whether a generated part is usable, without compiling subschemas.
// It follows ajv's semantics (unicode patterns, code-point lengths, formats as ./formats.ts) but is only
// advice: every witness is verified by ajv against both full documents. Bounded: beyond
// MAX_DEPTH levels of schema it answers "valid" rather than recurse further.

import { hasFormat } from '../../core/formats.js';
import { jsonTypeOf } from '../../core/json-type.js';
import type { WorkBudget } from './search.js';
import {
  deref,
  has,
  inEnum,
  isObj,
  itemSchemas,
  own,
  regex,
  strLength,
  typesOf,
  valueKey,
  type JsonType,
  type Obj,
} from './schema.js';

const MAX_DEPTH = 48;

/**
 * The work budget of the search running (see WorkBudget): each schema node checked costs a unit.
 * Combinators nested through `$ref`s can make one check visit exponentially many nodes; once the
 * budget is spent every check answers "valid" at once, and the search stops at its next event.
 */
let fuel: WorkBudget | undefined;

/** Run `f` with its checks charged to `budget`. */
export function withCheckBudget<T>(budget: WorkBudget | undefined, f: () => T): T {
  const outer = fuel;
  fuel = budget;
  try {
    return f();
  } finally {
    fuel = outer;
  }
}

/**
 * Is `value` valid under `schema`? `active`: the schemas already being applied to this same value
 * further up (through allOf, $ref, ...): meeting one again is a cycle that adds no constraint.
 */
export function check(
  root: unknown,
  schema: unknown,
  value: unknown,
  depth = 0,
  active?: ReadonlySet<unknown>,
): boolean {
  if (depth > MAX_DEPTH) return true;
  if (fuel !== undefined && fuel.left-- <= 0) {
    fuel.left++; // (spent: charge nothing more)
    return true;
  }
  const s = deref(root, schema);
  if (s === true || s === undefined) return true;
  if (s === false) return false;
  if (!isObj(s) || active?.has(s)) return true;
  const next = depth + 1;
  let here: Set<unknown> | undefined;
  const same = (sub: unknown) => check(root, sub, value, next, (here ??= new Set(active).add(s)));
  const vt = jsonTypeOf(value);
  if (vt === undefined) return false;

  const types = typesOf(s);
  if (types && !types.some((t) => t === vt || (t === 'number' && vt === 'integer'))) return false;
  if (has(s, 'const') && valueKey(s.const) !== valueKey(value)) return false;
  if (Array.isArray(s.enum) && !inEnum(s.enum, value)) return false;

  if (typeof value === 'number' && !numberOk(s, value)) return false;
  if (typeof value === 'string' && !stringOk(s, value)) return false;
  if (Array.isArray(value) && !arrayOk(root, s, value, next)) return false;
  if (vt === 'object' && !objectOk(root, s, value as Obj, next)) return false;

  if (vt === 'object' && isObj(s.dependencies)) {
    for (const [key, dep] of Object.entries(s.dependencies))
      if (!Array.isArray(dep) && has(value as Obj, key) && !same(dep)) return false;
  }
  if (Array.isArray(s.allOf) && !s.allOf.every(same)) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some(same)) return false;
  if (Array.isArray(s.oneOf)) {
    let n = 0;
    for (const sub of s.oneOf) if (same(sub) && ++n > 1) return false;
    if (n !== 1) return false;
  }
  if (s.not !== undefined && same(s.not)) return false;
  if (s.if !== undefined) {
    const branch = same(s.if) ? s.then : s.else;
    if (branch !== undefined && !same(branch)) return false;
  }
  return true;
}

/** True when `value` is a multiple of `m` the way ajv decides it. */
export function isMultiple(value: number, m: number): boolean {
  if (m === 0) return false;
  const r = value / m;
  return r === parseInt(String(r), 10);
}

function numberOk(s: Obj, v: number): boolean {
  if (typeof s.minimum === 'number' && v < s.minimum) return false;
  if (typeof s.maximum === 'number' && v > s.maximum) return false;
  if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
  if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return false;
  if (typeof s.multipleOf === 'number' && !isMultiple(v, s.multipleOf)) return false;
  return true;
}

function stringOk(s: Obj, v: string): boolean {
  if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
    const n = strLength(v);
    if (typeof s.minLength === 'number' && n < s.minLength) return false;
    if (typeof s.maxLength === 'number' && n > s.maxLength) return false;
  }
  if (typeof s.pattern === 'string') {
    const re = regex(s.pattern);
    if (re && !re.test(v)) return false;
  }
  return s.format === undefined || hasFormat(s.format, v);
}

function arrayOk(root: unknown, s: Obj, v: unknown[], depth: number): boolean {
  if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
  if (typeof s.maxItems === 'number' && v.length > s.maxItems) return false;
  if (s.uniqueItems === true && new Set(v.map(valueKey)).size !== v.length) return false;
  if (s.items !== undefined) {
    for (let i = 0; i < v.length; i++) {
      for (const sub of itemSchemas([s], i)) if (!check(root, sub, v[i], depth)) return false;
    }
  }
  if (s.contains !== undefined && !v.some((x) => check(root, s.contains, x, depth))) return false;
  return true;
}

function objectOk(root: unknown, s: Obj, v: Obj, depth: number): boolean {
  const keys = Object.keys(v);
  if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return false;
  if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return false;
  if (Array.isArray(s.required) && !s.required.every((k) => typeof k !== 'string' || has(v, k))) return false;
  const patterns = isObj(s.patternProperties) ? Object.entries(s.patternProperties) : [];
  for (const key of keys) {
    let matched = false;
    const p = own(s.properties, key);
    if (p !== undefined) {
      matched = true;
      if (!check(root, p, v[key], depth)) return false;
    }
    for (const [pat, sub] of patterns) {
      if (regex(pat)?.test(key)) {
        matched = true;
        if (!check(root, sub, v[key], depth)) return false;
      }
    }
    if (!matched && s.additionalProperties !== undefined && !check(root, s.additionalProperties, v[key], depth))
      return false;
    if (s.propertyNames !== undefined && !check(root, s.propertyNames, key, depth)) return false;
  }
  if (isObj(s.dependencies)) {
    for (const [key, dep] of Object.entries(s.dependencies)) {
      if (has(v, key) && Array.isArray(dep) && !dep.every((d) => typeof d !== 'string' || has(v, d))) return false;
    }
  }
  return true;
}

/**
 * The types a conjunction of schemas allows together, for generation: `number` when fractions are
 * allowed (whole numbers then too), `integer` when only whole numbers are. Undefined: any type.
 */
export function commonTypes(conj: readonly Obj[]): JsonType[] | undefined {
  let atoms: Set<string> | undefined;
  for (const c of conj) {
    const t = typesOf(c);
    if (!t) continue;
    const mine = new Set(t.flatMap((x) => (x === 'number' ? ['integer', 'fraction'] : [x])));
    atoms = atoms ? new Set([...atoms].filter((a) => mine.has(a))) : mine;
  }
  if (!atoms) return undefined;
  const out: JsonType[] = [];
  for (const a of atoms) {
    if (a === 'fraction') out.push('number');
    else if (a === 'integer') {
      if (!atoms.has('fraction')) out.push('integer');
    } else out.push(a as JsonType);
  }
  return out;
}
