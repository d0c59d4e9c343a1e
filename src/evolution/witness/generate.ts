// Example values for a schema: small, readable instances that satisfy a conjunction of draft-07
// schemas (type, required, properties, additional/patternProperties, enum/const, lengths, bounds,
// multipleOf, pattern, items/tuples, contains, uniqueItems, allOf/anyOf/oneOf/if, local $refs).
// Each value is checked with ./check.ts; ajv has the last word on whole events. Bounded by a
// depth limit and a work budget, so recursive schemas and $ref cycles end (with no value).

import { check, commonTypes } from './check.js';
import { patternSamples, patternVariants, MAX_SAMPLE_LENGTH } from './regex.js';
import { deref, has, isDeclared, isObj, itemSchemas, own, propertySchemas, regex, setOwn, strLength, typeAllows, valueKey, type JsonType, type Obj } from './schema.js';

export const NONE: unique symbol = Symbol('none');
export type Maybe = unknown | typeof NONE;

export interface GenOptions {
  /** Only values of these types. */
  types?: readonly JsonType[];
  /** Object keys that must be present (beyond `required`). */
  requireKeys?: readonly string[];
  /** Object keys with given values (also present). */
  fixed?: ReadonlyMap<string, unknown>;
  /** Array elements with given values (the array is at least long enough to hold them). */
  fixedItems?: ReadonlyMap<number, unknown>;
  /** When nothing valid is found, return the first value built anyway (ajv decides later). */
  bestEffort?: boolean;
}

const MAX_DEPTH = 24;
const MAX_ALTERNATIVES = 12;
const MAX_OPTIONS_PER_CHOICE = 24;
/** Longest array we build. */
export const MAX_ARRAY = 1000;
/** Most enum values scanned for a valid one. */
const ENUM_SCAN = 200;

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  iri: 'https://example.com/',
  'iri-reference': 'https://example.com/',
  url: 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
  'json-pointer': '/a',
  'relative-json-pointer': '0',
  regex: '^a$',
};

const OBJECT_KEYS = ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'dependencies', 'propertyNames'];
const ARRAY_KEYS = ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const STRING_KEYS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

interface Choice {
  /** Identity of the decision: the anyOf/oneOf array, or the schema holding `if`. */
  key: object;
  options: unknown[][];
}

export class ValueGen {
  private steps = 0;
  private readonly memo = new Map<unknown, unknown>();
  private readonly failedAt = new Map<unknown, number>();

  /**
   * @param root the document `$ref`s resolve against
   * @param forced branches to take: anyOf/oneOf array -> index (the path to a changed node)
   */
  constructor(
    readonly root: unknown,
    readonly forced: ReadonlyMap<object, number> = new Map(),
    private readonly maxSteps = 20_000,
  ) {}

  get exhausted(): boolean {
    return this.steps > this.maxSteps;
  }

  /** One valid value of all of `nodes`, or NONE. */
  value(nodes: readonly unknown[], opts: GenOptions = {}, depth = 0): Maybe {
    const plain = nodes.length === 1 && Object.keys(opts).length === 0;
    const key = nodes[0];
    if (plain && this.memo.has(key)) return this.memo.get(key);
    if (plain && (this.failedAt.get(key) ?? Infinity) <= depth) return NONE;
    const [v] = this.values(nodes, opts, 1, depth);
    const out = v === undefined ? NONE : v;
    if (plain) {
      if (out === NONE) this.failedAt.set(key, depth);
      else this.memo.set(key, out);
    }
    return out;
  }

  /** Up to `limit` distinct valid values of all of `nodes`. */
  values(nodes: readonly unknown[], opts: GenOptions = {}, limit = 1, depth = 0): unknown[] {
    const out: unknown[] = [];
    if (++this.steps > this.maxSteps || depth > MAX_DEPTH) return out;
    const seen = new Set<string>();
    let fallback: unknown = NONE;
    for (const conj of this.alternatives(nodes)) {
      for (const v of this.candidates(conj, opts, depth)) {
        if (fallback === NONE && (!opts.types || opts.types.some((t) => typeAllows([t], typeOfJson(v))))) fallback = v;
        if (limit > 1) {
          // (only when several are wanted: a skeleton's containers can be thousands of levels deep)
          const k = valueKey(v);
          if (seen.has(k)) continue;
          seen.add(k);
        }
        if (opts.types && !opts.types.some((t) => typeAllows([t], typeOfJson(v)))) continue;
        if (!nodes.every((n) => check(this.root, n, v))) continue;
        out.push(v);
        if (out.length >= limit) return out;
      }
      if (this.exhausted) break;
    }
    if (out.length === 0 && opts.bestEffort && fallback !== NONE) out.push(fallback);
    return out;
  }

  /** Resolve refs, allOf and decided choices into a flat list of schema objects; null when one is `false`. */
  flatten(nodes: readonly unknown[], decided: ReadonlyMap<object, number> = new Map()): { conj: Obj[]; open: Choice[] } | null {
    const conj: Obj[] = [];
    const open: Choice[] = [];
    const seen = new Set<unknown>();
    const work = [...nodes];
    for (let i = 0; i < work.length; i++) {
      const s = deref(this.root, work[i]);
      if (s === false) return null;
      if (!isObj(s) || seen.has(s)) continue;
      seen.add(s);
      conj.push(s);
      if (Array.isArray(s.allOf)) work.push(...s.allOf);
      for (const kw of ['anyOf', 'oneOf'] as const) {
        const arr = s[kw];
        if (!Array.isArray(arr) || arr.length === 0) continue;
        const pick = this.forced.get(arr) ?? decided.get(arr);
        if (pick !== undefined && pick < arr.length) work.push(arr[pick]);
        else open.push({ key: arr, options: arr.map((b) => [b]) });
      }
      if (s.if !== undefined) {
        const pick = decided.get(s);
        const yes = [s.if, ...(s.then !== undefined ? [s.then] : [])];
        const no = [{ not: s.if }, ...(s.else !== undefined ? [s.else] : [])];
        if (pick === 0) work.push(...yes);
        else if (pick === 1) work.push(...no);
        else open.push({ key: s, options: [yes, no] });
      }
    }
    return { conj, open };
  }

  /** Flat conjunctions, one per combination of branch choices (bounded). */
  alternatives(nodes: readonly unknown[]): Obj[][] {
    const out: Obj[][] = [];
    const queue: Map<object, number>[] = [new Map()];
    let pops = 0;
    while (queue.length > 0 && out.length < MAX_ALTERNATIVES && pops++ < MAX_ALTERNATIVES * 4) {
      const decided = queue.shift()!;
      const f = this.flatten(nodes, decided);
      if (!f) continue;
      const choice = f.open[0];
      if (!choice) {
        out.push(f.conj);
        continue;
      }
      choice.options.slice(0, MAX_OPTIONS_PER_CHOICE).forEach((_, i) => queue.push(new Map(decided).set(choice.key, i)));
    }
    return out;
  }

  /** Values built from a flat conjunction (not yet checked). */
  *candidates(conj: readonly Obj[], opts: GenOptions, depth: number): Generator<unknown> {
    const consts = conj.filter((c) => has(c, 'const'));
    if (consts.length > 0) {
      yield consts[0]!.const;
      return;
    }
    const enums = conj.map((c) => c.enum).filter((e): e is unknown[] => Array.isArray(e));
    if (enums.length > 0) {
      const smallest = enums.reduce((a, b) => (b.length < a.length ? b : a));
      for (const v of smallest.slice(0, ENUM_SCAN)) yield v;
      return;
    }
    for (const t of typeOrder(conj, opts.types)) {
      switch (t) {
        case 'null':
          yield null;
          break;
        case 'boolean':
          yield true;
          yield false;
          break;
        case 'string':
          yield* stringValues(conj);
          break;
        case 'integer':
        case 'number':
          yield* numberValues(conj, t === 'integer');
          break;
        case 'object': {
          const o = this.object(conj, opts, depth);
          if (o !== NONE) yield o;
          break;
        }
        case 'array': {
          const a = this.array(conj, opts, depth);
          if (a !== NONE) yield a;
          break;
        }
      }
    }
  }

  /** The smallest object: required keys (and fixed ones), dependencies, then optional ones up to minProperties. */
  object(conj: readonly Obj[], opts: GenOptions, depth: number): Maybe {
    const out: Obj = {};
    const fixed = opts.fixed ?? new Map<string, unknown>();
    const want: string[] = [];
    const add = (k: string) => {
      if (!want.includes(k)) want.push(k);
    };
    for (const c of conj) if (Array.isArray(c.required)) for (const k of c.required) if (typeof k === 'string') add(k);
    for (const k of opts.requireKeys ?? []) add(k);
    for (const k of fixed.keys()) add(k);
    const put = (k: string): boolean => {
      if (has(out, k)) return true;
      if (fixed.has(k)) {
        setOwn(out, k, fixed.get(k));
        return true;
      }
      const v = this.value(propertySchemas(conj, k), {}, depth + 1);
      if (v === NONE) return false;
      setOwn(out, k, v);
      return true;
    };
    for (let i = 0; i < want.length; i++) {
      const k = want[i]!;
      if (!put(k) && !opts.bestEffort) return NONE;
      for (const c of conj) {
        const dep = own(c.dependencies, k);
        if (Array.isArray(dep)) for (const d of dep) if (typeof d === 'string') add(d);
      }
      if (want.length > 10_000) return NONE;
    }
    const minProps = Math.max(0, ...conj.map((c) => (typeof c.minProperties === 'number' ? c.minProperties : 0)));
    if (Object.keys(out).length < minProps) {
      const optional = conj.flatMap((c) => (isObj(c.properties) ? Object.keys(c.properties) : []));
      for (const k of [...optional, ...freshKeys(conj, 20)]) {
        if (Object.keys(out).length >= minProps) break;
        if (!has(out, k)) put(k);
      }
      if (Object.keys(out).length < minProps) return NONE;
    }
    return out;
  }

  /** The shortest array: minItems (and fixed elements), distinct when uniqueItems, one match for contains. */
  array(conj: readonly Obj[], opts: GenOptions, depth: number): Maybe {
    const fixed = opts.fixedItems ?? new Map<number, unknown>();
    let len = Math.max(0, ...conj.map((c) => (typeof c.minItems === 'number' ? c.minItems : 0)), ...[...fixed.keys()].map((i) => i + 1));
    const contains = conj.map((c) => c.contains).filter((x) => x !== undefined);
    if (contains.length > 0) len = Math.max(len, 1);
    if (len > MAX_ARRAY) return NONE;
    const unique = conj.some((c) => c.uniqueItems === true);
    const out: unknown[] = [];
    const used = new Set<string>();
    for (let i = 0; i < len; i++) {
      if (fixed.has(i)) {
        out.push(fixed.get(i));
        used.add(valueKey(fixed.get(i)));
        continue;
      }
      const schemas = [...itemSchemas(conj, i), ...(i === 0 && contains.length > 0 ? contains : [])];
      let v: Maybe;
      if (unique) {
        v = this.values(schemas, {}, used.size + 1, depth + 1).find((x) => !used.has(valueKey(x))) ?? NONE;
      } else v = this.value(schemas, {}, depth + 1);
      if (v === NONE && i === 0 && contains.length > 0) v = this.value(itemSchemas(conj, i), {}, depth + 1);
      if (v === NONE) {
        if (!opts.bestEffort) return NONE;
        v = null;
      }
      out.push(v);
      used.add(valueKey(v));
    }
    return out;
  }
}

function typeOfJson(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

/** Types to try, most likely first: declared ones, else guessed from the keywords present. */
function typeOrder(conj: readonly Obj[], only?: readonly JsonType[]): JsonType[] {
  const declared = commonTypes(conj);
  let order: JsonType[];
  if (declared) {
    order = declared;
  } else {
    const present = (keys: string[]) => conj.some((c) => keys.some((k) => has(c, k)));
    const guess: JsonType[] = [];
    if (present(OBJECT_KEYS)) guess.push('object');
    if (present(ARRAY_KEYS)) guess.push('array');
    if (present(STRING_KEYS)) guess.push('string');
    if (present(NUMBER_KEYS)) guess.push('number');
    order = [...new Set<JsonType>([...guess, 'string', 'integer', 'number', 'boolean', 'object', 'array', 'null'])];
  }
  // A declared `number` also yields whole numbers; when only integers are asked for, ask for number.
  if (only) {
    order = only.filter((t) => order.includes(t) || (t === 'integer' && order.includes('number')) || (t === 'number' && order.includes('integer')));
  }
  return order;
}

function* stringValues(conj: readonly Obj[]): Generator<string> {
  const min = Math.max(0, ...conj.map((c) => (typeof c.minLength === 'number' ? c.minLength : 0)));
  const max = Math.min(MAX_SAMPLE_LENGTH, ...conj.map((c) => (typeof c.maxLength === 'number' ? c.maxLength : Infinity)));
  const patterns = conj.map((c) => c.pattern).filter((p): p is string => typeof p === 'string');
  if (min > max) return;
  const format = conj.map((c) => c.format).find((f): f is string => typeof f === 'string');
  const fits = (s: string) => {
    const n = strLength(s);
    return n >= min && n <= max && patterns.every((p) => regex(p)?.test(s) ?? true);
  };
  if (format && FORMATS[format] !== undefined && fits(FORMATS[format])) yield FORMATS[format];
  if (patterns.length > 0) {
    for (const p of patterns) for (const s of patternSamples(p, [min, Math.min(max, min + 8)])) if (fits(s)) yield s;
  }
  for (const base of ['example', 'a', 'x1']) {
    let s = base;
    if (strLength(s) < min) s += 'a'.repeat(min - strLength(s));
    if (strLength(s) > max) s = 'a'.repeat(Math.max(min, max));
    if (fits(s)) yield s;
  }
  // a series of distinct values, for uniqueItems
  for (let i = 2; i <= 24; i++) {
    const s = `example${i}`;
    if (fits(s)) yield s;
    else if (patterns.length > 0) {
      if (i === 2) for (const v of patternVariants(patterns[0]!, 24)) if (fits(v)) yield v;
    } else {
      const t = String.fromCharCode(96 + Math.min(i, 26)).repeat(Math.max(1, min));
      if (fits(t)) yield t;
    }
  }
}

/** Numbers inside the conjunction's bounds, multiples of its multipleOf, small and round first. */
export function numberValues(conj: readonly Obj[], integer: boolean): number[] {
  let lo = -Infinity;
  let hi = Infinity;
  let loOpen = false;
  let hiOpen = false;
  const mults: number[] = [];
  for (const c of conj) {
    if (typeof c.minimum === 'number' && c.minimum >= lo) [lo, loOpen] = [c.minimum, c.minimum === lo ? loOpen : false];
    if (typeof c.exclusiveMinimum === 'number' && c.exclusiveMinimum >= lo) [lo, loOpen] = [c.exclusiveMinimum, true];
    if (typeof c.maximum === 'number' && c.maximum <= hi) [hi, hiOpen] = [c.maximum, c.maximum === hi ? hiOpen : false];
    if (typeof c.exclusiveMaximum === 'number' && c.exclusiveMaximum <= hi) [hi, hiOpen] = [c.exclusiveMaximum, true];
    if (typeof c.multipleOf === 'number' && c.multipleOf > 0) mults.push(c.multipleOf);
  }
  const raw: number[] = [0, 1];
  if (!integer) raw.push(0.5, 1.5);
  const near = (x: number) => {
    raw.push(x, Math.ceil(x), Math.floor(x), x + 1, x - 1, Math.ceil(x) + 1, Math.floor(x) - 1);
    if (!integer) raw.push(x + 0.5, x - 0.5);
  };
  if (Number.isFinite(lo)) near(lo);
  if (Number.isFinite(hi)) near(hi);
  if (Number.isFinite(lo) && Number.isFinite(hi)) near((lo + hi) / 2);
  for (const m of mults) {
    raw.push(m, 2 * m);
    for (const b of [lo, hi]) if (Number.isFinite(b)) raw.push(Math.ceil(b / m) * m, Math.floor(b / m) * m, (Math.ceil(b / m) + 1) * m, (Math.floor(b / m) - 1) * m);
    if (mults.length > 1 && Number.isInteger(m)) raw.push(mults.reduce((a, b) => (Number.isInteger(b) ? lcm(a, b) : a), m));
  }
  const ok = (x: number) =>
    Number.isFinite(x) &&
    (!integer || Number.isInteger(x)) &&
    (loOpen ? x > lo : x >= lo) &&
    (hiOpen ? x < hi : x <= hi) &&
    mults.every((m) => {
      const r = x / m;
      return r === parseInt(String(r), 10);
    });
  // a series of distinct values from the lowest allowed, for uniqueItems
  const start = Number.isFinite(lo) ? lo : 0;
  const step = mults.length > 0 ? mults.reduce((a, b) => (Number.isInteger(a) && Number.isInteger(b) ? lcm(a, b) : Math.max(a, b))) : 1;
  for (let k = 0; k <= 24; k++) raw.push(Math.ceil(start / step) * step + k * step);
  return [...new Set(raw.map((x) => (Object.is(x, -0) ? 0 : x)))].filter(ok);
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}

/** Property names that no `properties` of `conj` declares (and, with `undeclared`, no patternProperties matches either). */
export function freshKeys(conj: readonly Obj[], limit: number, undeclared = false): string[] {
  const out: string[] = [];
  const names = ['extra', 'extra_field', 'x_extra', 'witness', 'other', 'zz', 'a1', 'X'];
  for (let i = 0; out.length < limit && i < names.length + limit * 2; i++) {
    const k = i < names.length ? names[i]! : `extra_${i - names.length + 2}`;
    const taken = undeclared ? isDeclared(conj, k) : conj.some((c) => own(c.properties, k) !== undefined);
    if (!taken) out.push(k);
  }
  return out;
}
