// Provable disjointness of two schemas: no JSON value is valid under both. Deliberately simple
// and sound — `false` means "not proven", never "overlapping". Used by the oneOf rules: a member
// added to a oneOf keeps old events valid only if it cannot match what another member matches.
//
// Rules (`context` is what the node itself demands beside the oneOf — its `type` and its
// `required` names — since a value failing those is rejected whatever the oneOf says):
//   1. one of them is the false schema;
//   2. their `type`s (within the context) allow no common JSON type — integer ⊂ number;
//   3. both have an `enum` (or `const`) and no value in common;
//   4. one has an `enum` whose every value the other's `type` (or `enum`) excludes;
//   5. a discriminator: only objects can match both (by `type` or context), a property is
//      required by at least one of them or by the context, and the two schemas of that property are disjoint
//      (by these rules, to a bounded depth) — e.g. `kind: {const: card}` vs `kind: {const: bank}`.

import { canonicalJson } from '../../core/canonical.js';
import { asSchema, isFalseSchema, type Schema } from '../schema-model.js';
import { atomOf, atomsOf, enumTexts } from './combinators-match.js';

const MAX_DEPTH = 3;

/** What the node holding the list demands of every value: its value domain and required names. */
export interface Context {
  atoms?: ReadonlySet<string>;
  required?: readonly string[];
}

function within(atoms: Set<string> | undefined, context: ReadonlySet<string> | undefined): Set<string> | undefined {
  if (!atoms) return context ? new Set(context) : undefined;
  return context ? new Set([...atoms].filter((a) => context.has(a))) : atoms;
}

/** True when every value of `s`'s enum is excluded by `other`'s domain or enum. */
function enumExcluded(s: Schema, otherAtoms: Set<string> | undefined, otherValues: Set<string> | undefined): boolean {
  if (!Array.isArray(s.enum)) return false;
  return s.enum.every(
    (v) =>
      (otherAtoms !== undefined && !otherAtoms.has(atomOf(v))) ||
      (otherValues !== undefined && !otherValues.has(canonicalJson(v))),
  );
}

export function provablyDisjoint(a: Schema, b: Schema, context: Context = {}, depth = MAX_DEPTH): boolean {
  if (isFalseSchema(a) || isFalseSchema(b)) return true;
  const da = within(atomsOf(a), context.atoms);
  const db = within(atomsOf(b), context.atoms);
  if (da?.size === 0 || db?.size === 0) return true; // a type the context excludes: nothing valid
  if (da && db && ![...da].some((t) => db.has(t))) return true;
  const va = enumTexts(a);
  const vb = enumTexts(b);
  if (enumExcluded(a, db, vb) || enumExcluded(b, da, va)) return true;
  const objectsOnly = (d: Set<string> | undefined) =>
    d !== undefined && d.size > 0 && [...d].every((t) => t === 'object');
  if (depth > 0 && (objectsOnly(da) || objectsOnly(db))) {
    const pa = asSchema(a.properties) ?? {};
    const pb = asSchema(b.properties) ?? {};
    const required = new Set([...strings(a.required), ...strings(b.required), ...(context.required ?? [])]);
    for (const name of required) {
      const sa = asSchema(pa[name]);
      const sb = asSchema(pb[name]);
      if (sa && sb && provablyDisjoint(sa, sb, {}, depth - 1)) return true;
    }
  }
  return false;
}

/** Every two members provably disjoint (within the node's own type). */
export function pairwiseDisjoint(members: readonly Schema[], context: Context = {}): boolean {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) if (!provablyDisjoint(members[i]!, members[j]!, context)) return false;
  }
  return true;
}

/** The first other member not provably disjoint from member `k`, or undefined. */
export function firstOverlap(members: readonly Schema[], k: number, context: Context = {}): number | undefined {
  for (let i = 0; i < members.length; i++) {
    if (i !== k && !provablyDisjoint(members[k]!, members[i]!, context)) return i;
  }
  return undefined;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
