// One value against one schema node's own keywords, worked out here without a validator (no
// schema is compiled; a pattern runs only when the ReDoS checker cleared it, on a short member
// name): for `enum` values, which the simplifier drops
// when a keyword of their node rejects them, and for keywords every `enum` value satisfies, which
// then say nothing the enum does not (./simplify-empty.ts). Each answer is exact or "unknown".

import { canonicalJson } from '../core/canonical.js';
import type { Schema } from './schema-model.js';
import { ANY_TYPE, bitOf, bitsOfTypes, OBJECT, typesOf } from './type-bits.js';
import { regex } from './witness/schema.js';

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Keywords whose verdict on a value `accepts` works out. */
export const EXACT = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required'] as const;

/** Bounds of the numbers a node allows. */
export function bounds(p: Schema): { lo: number; loX: boolean; hi: number; hiX: boolean } {
  let lo = -Infinity;
  let loX = false;
  let hi = Infinity;
  let hiX = false;
  const [min, xmin, max, xmax] = [num(p.minimum), num(p.exclusiveMinimum), num(p.maximum), num(p.exclusiveMaximum)];
  if (min !== undefined) lo = min;
  if (xmin !== undefined && xmin >= lo) [lo, loX] = [xmin, true];
  if (max !== undefined) hi = max;
  if (xmax !== undefined && xmax <= hi) [hi, hiX] = [xmax, true];
  return { lo, loX, hi, hiX };
}

/** Whether a property `name` present in an object makes the node fail (its schema, or the dependency it triggers, accepts nothing). */
export function forbidden(p: Schema, name: string, depth = 0): boolean {
  if (nameRejected(p.propertyNames, name)) return true;
  const deps = p.dependencies as Record<string, unknown> | undefined;
  const dep = deps && Object.hasOwn(deps, name) ? deps[name] : undefined;
  if (dep !== undefined && !Array.isArray(dep) && typesOf(dep) === 0) return true;
  // The dependency schema applies to the same object: when it rules the name out, so does `p`;
  // a dependency list that brings a name `p` rules out does too.
  if (dep !== null && typeof dep === 'object' && !Array.isArray(dep) && depth < 2 && forbidden(dep as Schema, name, depth + 1)) return true;
  if (Array.isArray(dep) && depth < 2 && dep.some((d) => String(d) !== name && forbidden(p, String(d), depth + 1))) return true;
  const props = p.properties as Record<string, unknown> | undefined;
  const declared = props !== undefined && Object.hasOwn(props, name);
  // The value must pass every schema that applies to the name: types none of them share, none does.
  let types = declared ? typesOf(props[name]) : ANY_TYPE;
  if (types === 0) return true;
  const patterns = Object.entries((p.patternProperties ?? {}) as Record<string, unknown>);
  let matched = declared;
  for (const [pattern, sub] of patterns) {
    const re = regex(pattern);
    if (re === null) return false; // a pattern not run here: whether it names the member is unknown
    if (!re.test(name)) continue;
    types &= typesOf(sub);
    if (types === 0) return true;
    matched = true;
  }
  return !matched && p.additionalProperties !== undefined && typesOf(p.additionalProperties) === 0;
}

/** Whether a `propertyNames` schema certainly rejects `name` (its enum, lengths, or a cleared pattern). */
export function nameRejected(names: unknown, name: string): boolean {
  if (names === undefined || names === null || typeof names !== 'object' || Array.isArray(names)) return false;
  const s = names as Schema;
  if (typesOf(s) === 0) return true;
  if (Array.isArray(s.enum) && !s.enum.includes(name)) return true;
  if (rejects(s, name)) return true;
  const re = typeof s.pattern === 'string' ? regex(s.pattern) : null;
  return re !== null && !re.test(name);
}


/** An object node that admits no property at all (only `{}` can be valid): closed, with nothing declared but `false`. */
export function noNameAllowed(p: Schema): boolean {
  if (p.additionalProperties === undefined || typesOf(p.additionalProperties) !== 0) return false;
  if (p.patternProperties !== undefined && Object.keys(p.patternProperties as object).length > 0) return false;
  const props = (p.properties ?? {}) as Record<string, unknown>;
  return Object.keys(props).every((k) => typesOf(props[k]) === 0);
}

/** Whether a keyword of `p` certainly rejects the value `v` (its type, an EXACT keyword, a forbidden name). */
export function rejects(p: Schema, v: unknown): boolean {
  if (Array.isArray(p.type) && (bitsOfTypes(p.type) & bitOf(v)) === 0) return true;
  if (EXACT.some((k) => p[k] !== undefined && accepts(p, k, v) === false)) return true;
  return bitOf(v) === OBJECT && Object.keys(v as object).some((k) => forbidden(p, k));
}

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
