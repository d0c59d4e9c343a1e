// Recursive schemas no finite value satisfies (issue 12, false alarms): `{required: [next],
// properties: {next: {$ref: '#'}}}` asks for a value inside the value, forever, so no JSON
// document is valid. Such a node is `false` in effect, and is made so.
//
// Sound: for each node the pass works out the types it MAY have a finite value of, as the least
// fixed point of conditions every finite value meets (its type is one the node allows; each
// schema that applies to a required property has a value; so does each allOf member, one
// anyOf/oneOf member, `then` or `else`, the items `minItems` asks for, `contains`). Starting from
// "no value" and only adding types a value could have, a node left with none has no finite value.
// Nodes of a graph without a cycle are left to ../simplify-empty.ts.

import { subschemasOf } from '../core/schema-vocabulary.js';
import { isFalseSchema, type Schema } from './schema-model.js';
import { markEmptied } from './simplify-empty.js';
import { ANY_TYPE, ARRAY, OBJECT, rememberTypes, typesOf } from './type-bits.js';
import { regex } from './witness/schema.js';

/** Nodes the pass looks at, at most (a larger graph is left as it is). */
const MAX_NODES = 20_000;
/** Rounds of the fixed point, at most (each round adds a type to some node, or ends it). */
const MAX_ROUNDS = 64;
/** Subschemas read by the whole fixed point, at most (required names, items and members count). */
const MAX_READS = 2_000_000;

/**
 * Make `false` every node reachable from `root` (except those in `keep`) that has no finite value;
 * returns how many.
 */
export function emptyRecursive(root: Schema, keep: ReadonlySet<Schema>): number {
  const nodes = cyclicGraph(root);
  if (nodes === undefined) return 0;
  const may = new Map<Schema, number>();
  let reads = 0;
  const bitsOf = (s: unknown) => {
    reads++;
    return s === undefined || s === true
      ? ANY_TYPE
      : s === null || typeof s !== 'object' || Array.isArray(s)
        ? ANY_TYPE
        : (may.get(s as Schema) ?? 0);
  };
  let settled = false;
  for (let round = 0; round < MAX_ROUNDS && !settled && reads < MAX_READS; round++) {
    settled = true;
    for (const n of nodes) {
      const before = may.get(n) ?? 0;
      const now = before | possibleTypes(n, bitsOf);
      if (now !== before) {
        may.set(n, now);
        settled = false;
      }
    }
  }
  if (!settled || reads >= MAX_READS) return 0; // not converged within the budget: nothing is claimed
  let emptied = 0;
  for (const n of nodes) {
    if ((may.get(n) ?? 0) !== 0 || isFalseSchema(n) || keep.has(n)) continue;
    for (const k of Object.keys(n)) delete n[k];
    n.not = {};
    rememberTypes(n, 0);
    markEmptied(n, 'no finite value satisfies it: each one would need a value nested inside it, without end');
    emptied++;
  }
  return emptied;
}

/** The nodes reachable from `root` when they hold a cycle (and are not too many); undefined otherwise. */
function cyclicGraph(root: Schema): Schema[] | undefined {
  const order: Schema[] = [];
  const state = new Map<Schema, 1 | 2>(); // 1: on the path, 2: done
  let cyclic = false;
  const stack: [Schema, Schema[]][] = [[root, children(root)]];
  state.set(root, 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top[1].pop();
    if (next === undefined) {
      state.set(top[0], 2);
      order.push(top[0]);
      stack.pop();
      continue;
    }
    const seen = state.get(next);
    if (seen === 1) cyclic = true;
    if (seen !== undefined) continue;
    if (order.length + stack.length > MAX_NODES) return undefined;
    state.set(next, 1);
    stack.push([next, children(next)]);
  }
  return cyclic ? order : undefined;
}

function children(n: Schema): Schema[] {
  return subschemasOf(n)
    .map(([sub]) => sub)
    .filter((s): s is Schema => s !== null && typeof s === 'object' && !Array.isArray(s));
}

/** The types `n` may have a finite value of, given what its subschemas may have (`bitsOf`). */
function possibleTypes(n: Schema, bitsOf: (s: unknown) => number): number {
  let bits = typesOf(n);
  if (bits === 0) return 0;
  if (Array.isArray(n.allOf)) for (const m of n.allOf) bits &= bitsOf(m);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = n[key];
    if (Array.isArray(list)) bits &= list.reduce<number>((acc, m) => acc | bitsOf(m), 0);
  }
  if (n.if !== undefined) bits &= bitsOf(n.then) | bitsOf(n.else);
  if (bits & OBJECT && !propertiesPossible(n, bitsOf)) bits &= ~OBJECT;
  if (bits & ARRAY && !itemsPossible(n, bitsOf)) bits &= ~ARRAY;
  return bits;
}

/** Each required property has a value every schema applying to it accepts (a type they share). */
function propertiesPossible(n: Schema, bitsOf: (s: unknown) => number): boolean {
  if (!Array.isArray(n.required)) return true;
  const props = (n.properties ?? {}) as Record<string, unknown>;
  const patterns = Object.entries((n.patternProperties ?? {}) as Record<string, unknown>);
  for (const name of n.required.map(String)) {
    let bits = ANY_TYPE;
    let matched = Object.hasOwn(props, name);
    if (matched) bits &= bitsOf(props[name]);
    let known = true;
    for (const [pattern, sub] of patterns) {
      bitsOf(undefined); // counts against the budget like a subschema read (a regex test)
      const re = regex(pattern);
      if (re === null)
        known = false; // not run: whether it applies is unknown, so it asks nothing here
      else if (re.test(name)) {
        matched = true;
        bits &= bitsOf(sub);
      }
    }
    if (!matched && known && n.additionalProperties !== undefined) bits &= bitsOf(n.additionalProperties);
    if (bits === 0) return false;
  }
  return true;
}

/** The items `minItems` (and `contains`) ask for can have values. */
function itemsPossible(n: Schema, bitsOf: (s: unknown) => number): boolean {
  const min = Math.max(typeof n.minItems === 'number' ? n.minItems : 0, n.contains !== undefined ? 1 : 0);
  if (n.contains !== undefined && bitsOf(n.contains) === 0) return false;
  if (Array.isArray(n.items)) {
    for (let i = 0; i < Math.min(min, n.items.length); i++) if (bitsOf(n.items[i]) === 0) return false;
    if (min > n.items.length && n.additionalItems !== undefined && bitsOf(n.additionalItems) === 0) return false;
    return true;
  }
  if (min > 0 && n.items !== undefined && bitsOf(n.items) === 0) return false;
  if (n.contains !== undefined && n.items !== undefined && (bitsOf(n.contains) & bitsOf(n.items)) === 0) return false;
  return true;
}
