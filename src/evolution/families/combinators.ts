// The combinators keyword family: allOf, anyOf, oneOf (./combinators-lists.ts, with member
// pairing in ./combinators-match.ts and provable disjointness in ./combinators-disjoint.ts),
// `not`, and the conditional if/then/else. A schema is the conjunction of its keywords, so each
// keyword is judged on its own: its language widening or narrowing widens or narrows the node.

import { memo } from '../../core/memo.js';
import { asSchema, isFalseSchema, isTrueSchema, type Schema } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { ANY_TYPE, bitOf, typeList, typesOf } from '../type-bits.js';
import { compareLists, LISTS, where } from './combinators-lists.js';
import { describe, sameSchema } from './combinators-match.js';
import { coversTypes } from '../simplify-types.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const combinatorsKeywords: readonly string[] = [...LISTS, 'not', 'if', 'then', 'else'];

export function compareCombinators(v: Visit): void {
  compareLists(v);
  compareNot(v);
  compareConditional(v);
}

/**
 * `not`: L(not X) is the complement of L(X), so a change inside X counts the other way round —
 * the walker's `negate` swaps the directions for everything below.
 */
export function compareNot(v: Visit): void {
  const o = asSchema(v.old.not);
  const n = asSchema(v.new.not);
  if (o && n) {
    // Inside a non-disjoint oneOf branch any change must break (the branch must stay equivalent),
    // whatever the parity of `not`s: a `negate` descent would drop that `exclusive` flag, and the
    // exclusive verdict (backward && forward) is the same either way, so keep it instead.
    v.descend(o, n, ['not'], ['not'], v.exclusive ? {} : { negate: true });
  } else if (n && !isFalseSchema(n)) {
    // A `not` of types no live value has rejects none of them (and only narrows).
    if ((typesOf(n) & typesOf(v.old)) === 0) return;
    v.emit('not-added', `${where(v)} gained a "not" (${describe(n)}); events matching it are now rejected`, {
      at: ['not'],
      oldAt: [],
      new: n,
    });
  } else if (o && !isFalseSchema(o)) {
    if ((typesOf(o) & typesOf(v.new)) === 0) return; // it excluded no value the new node can hold
    v.emit(
      'not-removed',
      `the "not" of ${where(v)} (${describe(o)}) was removed; events it excluded are now accepted`,
      { at: ['not'], old: o },
    );
  }
}

/**
 * if/then/else: L = (I ∧ T) ∨ (¬I ∧ E), `then`/`else` defaulting to true; without `if` they have
 * no effect. With the same condition (up to annotations) the branches are compared as usual; a
 * conditional added (removed) is judged by its branches against the old (new) node; any other
 * change of the condition is not analysed (`if-changed`, breaking both ways).
 */
export function compareConditional(v: Visit): void {
  const oldIf = effectiveIf(v.old);
  const newIf = effectiveIf(v.new);
  if (!oldIf && !newIf) return;
  if (newIf && !oldIf) {
    v.emit(
      'if-added',
      `${where(v)} gained a conditional (if/then/else); its branches are compared with the former schema`,
      { at: ['if'], oldAt: [], new: newIf },
    );
    // L(old) ⊆ (I ∧ T) ∨ (¬I ∧ E) when old's values of I's types fit T and old fits E: each branch
    // against the old node, for backward only (a conjunct added never breaks forward).
    v.descend(withTypes(v.old, newIf), asSchema(v.new.then), [], ['then'], { only: 'backward' });
    v.descend(v.old, asSchema(v.new.else), [], ['else'], { only: 'backward' });
  } else if (oldIf && !newIf) {
    v.emit(
      'if-removed',
      `the conditional (if/then/else) of ${where(v)} was removed; its branches are compared with the new schema`,
      { at: ['if'], old: oldIf },
    );
    // The reverse: the new node against each old branch, for forward only.
    v.descend(asSchema(v.old.then), withTypes(v.new, oldIf), ['then'], [], { only: 'forward' });
    v.descend(asSchema(v.old.else), v.new, ['else'], [], { only: 'forward' });
  } else if (oldIf && newIf && sameSchema(oldIf, newIf)) {
    // Only values of the types `if` can match reach `then`; values of a type `if` matches whole never reach `else`.
    const [toThen, toElse] = [typesOf(oldIf), ANY_TYPE & ~typesHeld(oldIf)];
    v.descend(restricted(asSchema(v.old.then), toThen), restricted(asSchema(v.new.then), toThen), ['then']);
    v.descend(restricted(asSchema(v.old.else), toElse), restricted(asSchema(v.new.else), toElse), ['else']);
  } else {
    v.emit(
      'if-changed',
      `the "if" condition of ${where(v)} changed (${describe(oldIf!)} -> ${describe(newIf!)}); its then/else branches now apply to different events`,
      {
        at: ['if'],
        old: oldIf,
        new: newIf,
      },
    );
  }
}

/** The types every value of which `s` accepts. */
function typesHeld(s: Schema): number {
  let bits = 0;
  for (let bit = 1; bit <= ANY_TYPE; bit <<= 1) if (coversTypes(s, bit)) bits |= bit;
  return bits;
}

/**
 * Restricted branches by node and types: one node each, so a walk around a cycle meets the same
 * pair again and stops.
 */
const RESTRICTED = new WeakMap<Schema, Map<number, Schema>>();
const TRUE: Schema = Object.freeze({}) as Schema;

/**
 * A branch seen by the values of types `bits` only (undefined, the `true` schema, stays so when no
 * type is left out).
 */
function restricted(branch: Schema | undefined, bits: number): Schema | undefined {
  if (bits === ANY_TYPE) return branch;
  const node = branch ?? TRUE;
  const byBits = memo(RESTRICTED, node, () => new Map<number, Schema>());
  return memo(byBits, bits, () => restrictedCopy(node, bits));
}

function restrictedCopy(node: Schema, bits: number): Schema {
  const out: Schema = { ...node, type: typeList(typesOf(node) & bits) };
  // Listed values of the other types never reach it either.
  if (Array.isArray(node.enum)) out.enum = node.enum.filter((x) => (bitOf(x) & bits) !== 0);
  if ('const' in node && (bitOf(node.const) & bits) === 0) return { not: {} };
  return out;
}

/** `node` restricted to the types `cond` can match (the values that can reach `then`). */
function withTypes(node: Schema, cond: Schema): Schema {
  return restricted(node, typesOf(cond))!;
}

/** The `if` of a node when its conditional constrains anything (a `then` or `else` that is not `true`). */
function effectiveIf(node: Schema): Schema | undefined {
  const cond = asSchema(node.if);
  if (!cond) return undefined;
  return isTrueSchema(asSchema(node.then)) && isTrueSchema(asSchema(node.else)) ? undefined : cond;
}
