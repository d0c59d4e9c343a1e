// What a node's own keywords say of one value or one member name, for the simplifier: `enum`
// values a keyword of their node rejects (dropped), names an object can never hold, the numbers a
// node's bounds allow. Each answer is exact or "unknown"; whole values are checked by
// ./value-check.ts.

import { num, type Schema } from './schema-model.js';
import { ANY_TYPE, bitOf, bitsOfTypes, OBJECT, typesOf } from './type-bits.js';
import { accepts, EXACT, validValue } from './value-check.js';
import { regex } from './witness/schema.js';

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

/**
 * Whether a property `name` present in an object makes the node fail (its schema, or the dependency
 * it triggers, accepts nothing).
 */
/** Required names whose dependency schemas `forbidden` reads, at most. */
const MAX_REQUIRED_DEPENDENCIES = 64;

export function forbidden(p: Schema, name: string, depth = 0): boolean {
  // Most nodes hold nothing that rules a name out but the schemas applying to it: decided at once.
  if (
    p.propertyNames === undefined &&
    p.dependencies === undefined &&
    p.allOf === undefined &&
    p.patternProperties === undefined
  ) {
    const own = p.properties as Record<string, unknown> | undefined;
    if (own !== undefined && Object.hasOwn(own, name)) return typesOf(own[name]) === 0;
    return p.additionalProperties !== undefined && typesOf(p.additionalProperties) === 0;
  }
  if (nameRejected(p.propertyNames, name)) return true;
  const deps = p.dependencies as Record<string, unknown> | undefined;
  const dep = deps && Object.hasOwn(deps, name) ? deps[name] : undefined;
  if (dep !== undefined && !Array.isArray(dep) && typesOf(dep) === 0) return true;
  // The dependency schema applies to the same object: when it rules the name out, so does `p`;
  // a dependency list that brings a name `p` rules out does too.
  if (
    dep !== null &&
    typeof dep === 'object' &&
    !Array.isArray(dep) &&
    depth < 2 &&
    forbidden(dep as Schema, name, depth + 1)
  )
    return true;
  if (Array.isArray(dep) && depth < 2 && dep.some((d) => String(d) !== name && forbidden(p, String(d), depth + 1)))
    return true;
  // So does the dependency schema of a required name (every valid object holds that name).
  if (depth < 2 && deps && Array.isArray(p.required)) {
    // (The first names only: a hostile schema could make this square in its size at every level.)
    for (const r of p.required.slice(0, MAX_REQUIRED_DEPENDENCIES).map(String)) {
      const d = r !== name && Object.hasOwn(deps, r) ? deps[r] : undefined;
      if (d !== null && typeof d === 'object' && !Array.isArray(d) && forbidden(d as Schema, name, depth + 1))
        return true;
    }
  }
  // So does an allOf member (it applies to the same object).
  if (
    Array.isArray(p.allOf) &&
    depth < 2 &&
    p.allOf.some((m) => m !== null && typeof m === 'object' && m !== p && forbidden(m as Schema, name, depth + 1))
  )
    return true;
  const props = p.properties as Record<string, unknown> | undefined;
  const declared = props !== undefined && Object.hasOwn(props, name);
  // The value must pass every schema that applies to the name: types none of them share, none does.
  let types = declared ? typesOf(props[name]) : ANY_TYPE;
  if (types === 0) return true;
  const patterns =
    p.patternProperties === undefined ? [] : Object.entries(p.patternProperties as Record<string, unknown>);
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

/** Whether a `propertyNames` schema certainly rejects `name`. */
export function nameRejected(names: unknown, name: string): boolean {
  if (names === undefined || names === null || typeof names !== 'object' || Array.isArray(names)) return false;
  return typesOf(names) === 0 || validValue(names, name) === false;
}

/**
 * An object node that admits no property at all (only `{}` can be valid): closed, with nothing
 * declared but `false`.
 */
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
  // A pattern cleared of catastrophic backtracking is run on the listed string (regex() is null otherwise).
  if (typeof v === 'string' && typeof p.pattern === 'string' && regex(p.pattern)?.test(v) === false) return true;
  return bitOf(v) === OBJECT && Object.keys(v as object).some((k) => forbidden(p, k));
}
