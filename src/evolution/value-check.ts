// Is this JSON value valid under this (normalised) schema node? Worked out here without a
// validator: for the few values an `enum` lists (./families/enum-values.ts), for member names
// against `propertyNames`, and keyword by keyword (`accepts`) for the simplifier's `enum`
// filtering (./simplify-empty.ts). True or false when sure, undefined when something cannot be
// decided here (a `format`, a pattern the ReDoS checker did not clear, an unresolved `$ref`, a
// keyword we do not model, the budget spent). Exact where it answers: the same rules as ajv for
// draft-07 (the normaliser already folded the dialect differences and `const` into `enum`).

import { canonicalJson } from '../core/canonical.js';
import { memo } from '../core/memo.js';
import { affectsValidation, isFalseSchema, isTrueSchema, list, num, type Schema } from './schema-model.js';
import { APPLIES_TO, ARRAY, bitOf, bitsOfTypes, OBJECT, STRING } from './type-bits.js';
import { regex } from './witness/schema.js';

/** Keywords whose verdict on a value `accepts` works out. */
export const EXACT = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
] as const;

/** Keywords decided below (besides EXACT and those of a type the value is not). */
const HANDLED = new Set<string>([
  ...EXACT,
  'type',
  'enum',
  'const',
  'pattern',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'dependencies',
  'items',
  'additionalItems',
  'contains',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
]);

/** Node/value checks one question may make. */
const STEPS = 2_000;

/** Nesting one question may reach (a schema that refers to itself for the same value recurses without end). */
const DEPTH = 64;

type Answer = boolean | undefined;
interface Budget {
  steps: number;
  depth: number;
}

export function validValue(schema: unknown, value: unknown): Answer {
  const budget = { steps: STEPS, depth: 0 };
  // YAML reads `.inf` and `.nan`: no JSON value, and canonical JSON would take them for null.
  if (!plainJson(value, budget)) return undefined;
  return check(schema, value, budget);
}

/**
 * An enum's values as canonical JSON, built once per list (undefined: a value JSON cannot hold,
 * e.g. YAML's `.inf`).
 */
const ENUM_KEYS = new WeakMap<unknown[], Set<string> | null>();

function enumKeys(values: unknown): Set<string> | undefined {
  if (!Array.isArray(values)) return undefined;
  const keys = memo(ENUM_KEYS, values, (v) =>
    v.every((x) => plainJson(x, { steps: STEPS, depth: 0 })) ? new Set(v.map((x) => canonicalJson(x))) : null,
  );
  return keys ?? undefined;
}

function plainJson(v: unknown, budget: Budget): boolean {
  if (budget.steps-- <= 0) return false;
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return typeof v !== 'bigint' && typeof v !== 'undefined';
  return Object.values(v).every((x) => plainJson(x, budget));
}

function check(s: unknown, v: unknown, budget: Budget): Answer {
  if (budget.steps-- <= 0 || budget.depth >= DEPTH) return undefined;
  budget.depth++;
  try {
    return checkNode(s, v, budget);
  } finally {
    budget.depth--;
  }
}

function checkNode(s: unknown, v: unknown, budget: Budget): Answer {
  if (s === true || s === undefined) return true;
  if (s === false) return false;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return undefined;
  const p = s as Schema;
  if (isFalseSchema(p)) return false;
  if (isTrueSchema(p)) return true;
  const vt = bitOf(v);
  return all(
    Object.keys(p)
      // `minimum` says nothing of a string; `format`, an unresolved `$ref`, ... are not decided here.
      .filter((k) => affectsValidation(k) && !notFor(k, vt))
      .map((k) => () => (HANDLED.has(k) ? keyword(p, k, v, vt, budget) : undefined)),
  );
}

/** Whether keyword `k` applies only to types other than the value's. */
function notFor(k: string, vt: number): boolean {
  const applies = APPLIES_TO.get(k);
  return applies !== undefined && (bitsOfTypes([applies]) & vt) === 0;
}

function keyword(p: Schema, k: string, v: unknown, vt: number, budget: Budget): Answer {
  switch (k) {
    case 'type':
      return Array.isArray(p.type) ? (bitsOfTypes(p.type) & vt) !== 0 : undefined;
    case 'enum': {
      const keys = enumKeys(p.enum);
      return keys === undefined ? undefined : keys.has(canonicalJson(v));
    }
    case 'const':
      return plainJson(p.const, { steps: STEPS, depth: 0 }) ? canonicalJson(p.const) === canonicalJson(v) : undefined;
    case 'pattern': {
      if (vt !== STRING || typeof p.pattern !== 'string') return vt === STRING ? undefined : true;
      const re = regex(p.pattern);
      return re === null ? undefined : re.test(v as string);
    }
    case 'allOf':
      return all(list(p.allOf).map((m) => () => check(m, v, budget)));
    case 'anyOf':
      return some(list(p.anyOf).map((m) => () => check(m, v, budget)));
    case 'oneOf': {
      const answers = list(p.oneOf).map((m) => check(m, v, budget));
      if (answers.includes(undefined)) return undefined;
      return answers.filter((a) => a === true).length === 1;
    }
    case 'not': {
      const a = check(p.not, v, budget);
      return a === undefined ? undefined : !a;
    }
    case 'if': {
      const cond = check(p.if, v, budget);
      if (cond === undefined) return undefined;
      return check(cond ? p.then : p.else, v, budget);
    }
    case 'then':
    case 'else':
      return true; // decided with `if`
    default:
      break;
  }
  if (vt === OBJECT) return objectKeyword(p, k, v as Record<string, unknown>, budget);
  if (vt === ARRAY) return arrayKeyword(p, k, v as unknown[], budget);
  return accepts(p, k as (typeof EXACT)[number], v);
}

function objectKeyword(p: Schema, k: string, v: Record<string, unknown>, budget: Budget): Answer {
  const names = Object.keys(v);
  switch (k) {
    case 'properties':
    case 'patternProperties':
    case 'additionalProperties':
      // All three at once, on `properties` (or whichever comes first): which schemas apply to a member depends on all.
      return k === firstMemberKeyword(p) ? all(names.map((n) => () => member(p, n, v[n], budget))) : true;
    case 'propertyNames':
      return all(names.map((n) => () => check(p.propertyNames, n, budget)));
    case 'dependencies': {
      const deps = p.dependencies as Record<string, unknown>;
      return all(
        names
          .filter((n) => Object.hasOwn(deps, n))
          .map((n) => () => {
            const dep = deps[n];
            return Array.isArray(dep) ? dep.every((r) => Object.hasOwn(v, String(r))) : check(dep, v, budget);
          }),
      );
    }
    default:
      return accepts(p, k as (typeof EXACT)[number], v);
  }
}

function firstMemberKeyword(p: Schema): string {
  return p.properties !== undefined
    ? 'properties'
    : p.patternProperties !== undefined
      ? 'patternProperties'
      : 'additionalProperties';
}

/** Member `name` of an object against the schemas `p` applies to it. */
function member(p: Schema, name: string, value: unknown, budget: Budget): Answer {
  const props = p.properties as Record<string, unknown> | undefined;
  const checks: (() => Answer)[] = [];
  let matched = false;
  if (props !== undefined && Object.hasOwn(props, name)) {
    matched = true;
    checks.push(() => check(props[name], value, budget));
  }
  for (const [pattern, sub] of Object.entries((p.patternProperties ?? {}) as Record<string, unknown>)) {
    const re = regex(pattern);
    if (re === null) return undefined;
    if (!re.test(name)) continue;
    matched = true;
    checks.push(() => check(sub, value, budget));
  }
  if (!matched && p.additionalProperties !== undefined) checks.push(() => check(p.additionalProperties, value, budget));
  return all(checks);
}

function arrayKeyword(p: Schema, k: string, v: unknown[], budget: Budget): Answer {
  switch (k) {
    case 'items':
      if (Array.isArray(p.items))
        return all(v.slice(0, p.items.length).map((item, i) => () => check((p.items as unknown[])[i], item, budget)));
      return all(v.map((item) => () => check(p.items, item, budget)));
    case 'additionalItems':
      return Array.isArray(p.items)
        ? all(v.slice(p.items.length).map((item) => () => check(p.additionalItems, item, budget)))
        : true;
    case 'contains':
      return some(v.map((item) => () => check(p.contains, item, budget)));
    default:
      return accepts(p, k as (typeof EXACT)[number], v);
  }
}

/** `decisive` as soon as one answer gives it; otherwise unsure when one is, else the other answer. */
function first(answers: (() => Answer)[], decisive: boolean): Answer {
  let unsure = false;
  for (const a of answers) {
    const r = a();
    if (r === decisive) return decisive;
    if (r === undefined) unsure = true;
  }
  return unsure ? undefined : !decisive;
}

const all = (answers: (() => Answer)[]): Answer => first(answers, false);
const some = (answers: (() => Answer)[]): Answer => first(answers, true);

/** Keyword `k` (one of EXACT) of `p` on the value `v`: true, false, or undefined when not sure. */
export function accepts(p: Schema, k: (typeof EXACT)[number], v: unknown): boolean | undefined {
  const limit = p[k];
  if (typeof v === 'number') {
    const n = num(limit);
    switch (k) {
      case 'minimum':
        return n === undefined ? undefined : v >= n;
      case 'maximum':
        return n === undefined ? undefined : v <= n;
      case 'exclusiveMinimum':
        return n === undefined ? undefined : v > n;
      case 'exclusiveMaximum':
        return n === undefined ? undefined : v < n;
      case 'multipleOf': {
        if (n === undefined || n <= 0) return undefined;
        const q = v / n;
        // ajv divides and asks for an integer: a clear miss or an exact hit is sure, a near one is not.
        if (Number.isInteger(q) && Math.abs(q) < Number.MAX_SAFE_INTEGER) return true;
        return Math.abs(q - Math.round(q)) > 1e-9 ? false : undefined;
      }
      default:
        return true;
    }
  }
  if (typeof v === 'string') {
    const n = num(limit);
    if (k !== 'minLength' && k !== 'maxLength') return true;
    if (n === undefined) return undefined;
    const length = [...v].length; // code points, as ajv counts
    return k === 'minLength' ? length >= n : length <= n;
  }
  if (Array.isArray(v)) {
    if (k === 'uniqueItems') return limit !== true || new Set(v.map((x) => canonicalJson(x))).size === v.length;
    if (k !== 'minItems' && k !== 'maxItems') return true;
    const n = num(limit);
    return n === undefined ? undefined : k === 'minItems' ? v.length >= n : v.length <= n;
  }
  if (bitOf(v) === OBJECT) {
    const keys = Object.keys(v as object);
    if (k === 'required') return list(limit).every((r) => Object.hasOwn(v as object, String(r)));
    if (k !== 'minProperties' && k !== 'maxProperties') return true;
    const n = num(limit);
    return n === undefined ? undefined : k === 'minProperties' ? keys.length >= n : keys.length <= n;
  }
  return true; // null and booleans: no EXACT keyword applies
}
