// Members no valid object can hold (issue 12, false alarms): a property whose name the object's
// own keywords rule out (`propertyNames` rejects it, `maxProperties` is filled by the required
// names, its declared and pattern schemas share no type, ...) never reaches its schema, so the
// schema is `false` in effect: written so, a change inside it compares as no change, and a change
// that makes the name unreachable reads as the schema becoming false, with the reason.
//
// Sound by construction: a name is pruned only when its presence certainly fails the node
// (./simplify-values.ts `forbidden`, or the count of required names), so the node accepts the
// same objects before and after. A `dependencies` entry of a name the other keywords rule out
// never triggers: dropped.

import { escapeToken } from '../core/pointer.js';
import { list, num, type Schema } from './schema-model.js';
import { keepDependencies } from './simplify-aside.js';
import { markEmptied } from './simplify-empty.js';
import { forbidden, nameRejected } from './simplify-values.js';
import { typesOf } from './type-bits.js';
import { regex } from './witness/schema.js';

/** `^name$` with plain name characters: the pattern names exactly one property. */
const LITERAL = /^\^([A-Za-z0-9_-]*)\$$/;

/**
 * Replace the schemas of names `p` can never hold with `false` nodes made by `made` (told
 * its pointer below `p`), and drop their dependencies. Returns whether anything changed.
 */
export function pruneUnreachable(p: Schema, made: (node: Schema, at: string) => Schema): boolean {
  // Without patterns or dependencies, a declared name is ruled out only by propertyNames or
  // maxProperties (or its own schema, false already): most nodes stop here.
  if (
    p.patternProperties === undefined &&
    p.dependencies === undefined &&
    (p.properties === undefined || (p.propertyNames === undefined && p.maxProperties === undefined))
  )
    return false;
  const why = absentBecause(p);
  const falseNode = (key: string, k: string, reason: string) => {
    const node = made({ not: {} }, `${key}/${escapeToken(k)}`);
    markEmptied(node, reason);
    return node;
  };
  let changed = false;
  const prune = (key: 'properties' | 'patternProperties', name: (k: string) => string | undefined) => {
    const members = p[key] as Record<string, unknown> | undefined;
    if (members === undefined) return;
    let next: Record<string, unknown> | undefined;
    for (const [k, sub] of Object.entries(members)) {
      const n = name(k);
      if (n === undefined || typesOf(sub) === 0) continue;
      const reason = why(n);
      if (reason === undefined) continue;
      next ??= { ...members };
      next[k] = falseNode(key, k, reason);
    }
    if (next !== undefined) [p[key], changed] = [next, true];
  };
  prune('properties', (k) => k);
  prune('patternProperties', (k) => LITERAL.exec(k)?.[1]);
  changed = prunePatternsOutsideNames(p, falseNode) || changed;
  changed = falsifyDependencies(p, falseNode) || changed;
  const deps = p.dependencies as Record<string, unknown> | undefined;
  if (deps !== undefined) {
    // Only names ruled out by the other keywords: a dependency may be what rules its own name out.
    const without = absentBecause({ ...p, dependencies: undefined });
    const kept = Object.entries(deps).filter(([k]) => without(k) === undefined);
    changed = keepDependencies(p, deps, kept) || changed;
  }
  return changed;
}

/**
 * A dependency schema applies only to objects holding its name: when it rules that name out
 * itself, it rejects every object it applies to, so it is the `false` schema in effect.
 */
function falsifyDependencies(p: Schema, falseNode: (key: string, k: string, reason: string) => Schema): boolean {
  const deps = p.dependencies as Record<string, unknown> | undefined;
  if (deps === null || typeof deps !== 'object' || Array.isArray(deps)) return false;
  let next: Record<string, unknown> | undefined;
  for (const [k, dep] of Object.entries(deps)) {
    if (dep === null || typeof dep !== 'object' || Array.isArray(dep) || typesOf(dep) === 0) continue;
    const reason = absentBecause(dep as Schema)(k);
    if (reason === undefined) continue;
    next ??= { ...deps };
    next[k] = falseNode(
      'dependencies',
      k,
      `the dependency of ${JSON.stringify(k)} holds only for objects without it (${reason})`,
    );
  }
  if (next === undefined) return false;
  p.dependencies = next;
  return true;
}

/** Names of a `propertyNames` enum each pattern is tried on, at most. */
const MAX_NAMES = 256;

/** With a `propertyNames` enum the names are few: a pattern none of them matches never applies. */
function prunePatternsOutsideNames(p: Schema, falseNode: (key: string, k: string, reason: string) => Schema): boolean {
  const names = p.propertyNames as Schema | undefined;
  const patterns = p.patternProperties as Record<string, unknown> | undefined;
  // (A long enum is left alone: each pattern would be tried on every name.)
  if (!patterns || !names || typeof names !== 'object' || !Array.isArray(names.enum) || names.enum.length > MAX_NAMES)
    return false;
  const allowed = names.enum.filter((n): n is string => typeof n === 'string');
  let next: Record<string, unknown> | undefined;
  for (const [k, sub] of Object.entries(patterns)) {
    const re = regex(k);
    if (re === null || typesOf(sub) === 0 || allowed.some((n) => re.test(n))) continue;
    next ??= { ...patterns };
    next[k] = falseNode(
      'patternProperties',
      k,
      `no name propertyNames allows (${allowed.map((n) => JSON.stringify(n)).join(', ') || 'none'}) matches /${k}/`,
    );
  }
  if (next === undefined) return false;
  p.patternProperties = next;
  return true;
}

/**
 * How many names an object holding `name` has at least: the required ones and those `name`'s
 * dependency lists bring, in turn (counted up to `max` + 1).
 */
function withDependencies(p: Schema, name: string, required: ReadonlySet<string>, max: number): number {
  const deps = p.dependencies as Record<string, unknown> | undefined;
  if (deps === null || typeof deps !== 'object') return required.size + 1;
  const names = new Set([...required, name]);
  const queue = [name];
  for (let i = 0; i < queue.length && names.size <= max; i++) {
    const dep = Object.hasOwn(deps, queue[i]!) ? deps[queue[i]!] : undefined;
    if (!Array.isArray(dep)) continue;
    for (const n of dep.map(String)) {
      if (names.has(n)) continue;
      names.add(n);
      queue.push(n);
    }
  }
  return names.size;
}

/** Whether no object valid under `p` holds `name` (a required name: false, its absence empties the node instead). */
export function neverHolds(p: Schema, name: string): boolean {
  return absentBecause(p)(name) !== undefined;
}

/** For a property name, why `p` can never hold it (undefined: it may). */
function absentBecause(p: Schema): (name: string) => string | undefined {
  const required = new Set(list(p.required).map(String));
  const max = num(p.maxProperties);
  const full = max !== undefined && required.size >= max;
  return (name) => {
    // A required name that cannot be held empties the node instead (./simplify-empty.ts).
    if (required.has(name)) return undefined;
    if (full)
      return `property ${JSON.stringify(name)} can never be present: maxProperties ${max} leaves room for the required names only`;
    if (max !== undefined && withDependencies(p, name, required, max) > max) {
      return `property ${JSON.stringify(name)} can never be present: with the names its dependencies bring and the required ones, more than maxProperties ${max} would be needed`;
    }
    if (nameRejected(p.propertyNames, name))
      return `property ${JSON.stringify(name)} can never be present: propertyNames rejects the name`;
    if (forbidden(p, name))
      return `property ${JSON.stringify(name)} can never be present: the schemas that apply to it (properties, patternProperties, additionalProperties, dependencies) accept no value together`;
    return undefined;
  };
}
