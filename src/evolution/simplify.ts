// Equivalent forms normalise to one (issue 12): run on the normalised graph, after `$ref`s are
// resolved. Rewrites, each preserving the set of valid instances exactly (draft-07):
// - allOf: a `false` member makes the node false; the members (duplicates and `true` ones
//   included) hoisted into the node when none of their keywords clash (./simplify-merge.ts);
// - anyOf: `false` members dropped, a `true` member drops the list, duplicates dropped, one
//   member is that member (an allOf member, then hoisted); members that only split by type or
//   only list values are one node (./simplify-fuse.ts, and for oneOf too);
// - oneOf: see `oneOfRule` (duplicates do NOT count once there); these list rules live in
//   ./simplify-lists.ts;
// - not: `not: {not: X}` is X; a node with `not: true` is the false schema; a `not` whose
//   types the node cannot hold is no constraint;
// - if: `if: true` is its `then`, `if: false` its `else`, the same `then` and `else` are that
//   branch, a `then` that accepts nothing is `not: if` (with the else), an `else` that accepts
//   nothing is the `if` (with the then); `then`/`else` without `if` nothing;
// - the types a subschema's context allows are written into it (./simplify-context.ts);
// - keywords of a type the node cannot hold are dropped (./simplify-types.ts);
// - a node no value satisfies is `false`, and `enum` values its keywords reject are dropped
//   (./simplify-empty.ts).
// Only nodes made by this normalisation are rewritten (never one reused from the other version,
// which belongs to its graph); members are read, never changed. Graphs may be cyclic: a node is
// never hoisted into itself nor one member twice into the same node, and the pass has a budget.

import { affectsValidation, asSchema, isFalseSchema, isTrueSchema, type Schema } from './schema-model.js';
import { typesInContext, type TypedContext } from './simplify-context.js';
import { confineToTypes, coversTypes, dropVacuous, pruneByType } from './simplify-types.js';
import { sameSchema } from './families/combinators-match.js';
import { analyse, markEmptied } from './simplify-empty.js';
import {
  allOfRule,
  anyOfRule,
  oneOfRule,
  pushAllOf,
  SAME_BUDGET,
  trueIn,
  writtenUnder,
  type ListCtx,
} from './simplify-lists.js';
import { pruneUnreachable } from './simplify-reach.js';
import { setAside } from './simplify-aside.js';
import { ANY_TYPE, bitsOfTypes, rememberTypes, typesOf } from './type-bits.js';

/** Rounds of rewriting one node (each round applies every rule once). */
const ROUNDS = 8;

interface Ctx extends ListCtx, TypedContext {
  /** Nodes to simplify (all made by this normalisation), in order; nodes made on the way join the end. */
  order: Schema[];
  budget: number;
  /** Nodes being simplified ahead of their turn, one inside the other. */
  depth: number;
}

/** Nesting of nodes simplified ahead of their turn (past it they wait for theirs). */
const MAX_EAGER = 8;

/**
 * Simplify the nodes `order` (children before parents, as far as a possibly cyclic graph allows)
 * in place; `order` becomes the simplifier's own (it grows). `src` and `keySrc` are updated so
 * findings on moved keywords still name their place in the file.
 */
export function simplify(order: Schema[], src: Map<Schema, string>, keySrc: Map<Schema, Map<string, string>>): void {
  const pairs = new Map<Schema, Map<Schema, Schema>>();
  const ctx: Ctx = {
    order,
    src,
    keySrc,
    budget: 20_000 + 40 * order.length,
    depth: 0,
    made: (node, ptr) => made(node, ptr, ctx),
    makeFalse: (p) => makeFalse(p, ctx),
    typed: (m, types, at, written) =>
      DISTRIBUTED.has(m) || !writtenUnder(m, at, ctx) || ctx.budget-- <= 0 ? m : typedCopy(m, types, at, ctx, written),
    // One node per pair, so merging two recursive schemas ends in a cycle, not an endless descent.
    both: (a, b) => {
      let row = pairs.get(a);
      if (!row) pairs.set(a, (row = new Map()));
      let hit = row.get(b);
      if (!hit) row.set(b, (hit = made({ allOf: [a, b] }, src.get(a) ?? '', ctx)));
      return hit;
    },
  };
  for (let i = 0; i < ctx.order.length && ctx.budget > 0; i++) simplifyNode(ctx.order[i]!, ctx);
}

/** Keywords some rule reads; a node without any (most nodes) is left as it is at once. */
const READ = new Set([
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'type',
  'enum',
  'dependencies',
  'propertyNames',
]);

function simplifyNode(p: Schema, ctx: Ctx): void {
  rewrite(p, ctx);
  settle(p, ctx);
}

/** A node no value satisfies becomes `false`; either way its type set is kept for its parents (./simplify-empty.ts). */
function settle(p: Schema, ctx: Ctx): void {
  if (isFalseSchema(p)) return rememberTypes(p, 0);
  // Most nodes are leaves no rule can change (`{type: string, maxLength: 40}`): their types are their `type`.
  // (Their types are not remembered: typesOf reads the same bits from `type`.)
  if (plainLeaf(p)) return;
  dropVacuous(p, (key, from) => writtenAt(p, key, `${ctx.src.get(p) ?? ''}/${from}`, ctx));
  const { bits, others, why } = analyse(p);
  if (bits === 0) {
    makeFalse(p, ctx);
    markEmptied(p, why ?? 'no value satisfies all its keywords');
  } else {
    // A `type` written here that the file does not have: findings on it name the node.
    if (p.type === undefined && confineToTypes(p, bits)) {
      writtenAt(p, 'type', ctx.src.get(p) ?? '', ctx);
      // Its subschemas now see the narrower type: rewritten once more in its light (`type` is set now, so once).
      if (p.allOf !== undefined || p.anyOf !== undefined || p.oneOf !== undefined) return simplifyNode(p, ctx);
    }
    // A `not` no value the node can hold matches excludes nothing.
    if (p.not !== undefined && (typesOf(p.not) & others) === 0) {
      setAside(p, 'not', p.not);
      delete p.not;
    }
    // Names the object can never hold: their schemas are `false` in effect.
    pruneUnreachable(p, (node, at) => made(node, `${ctx.src.get(p) ?? ''}/${at}`, ctx));
  }
  rememberTypes(p, bits);
}

/**
 * Keywords only the list, `not`, conditional and context rules read (beside `type` and `enum`,
 * which pruneByType reads).
 */
const STRUCTURAL = new Set(['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependencies', 'propertyNames']);

function rewrite(p: Schema, ctx: Ctx): void {
  // One pass over the node's own (few) keys: a lookup per rule keyword would cost more on every node.
  let read = false;
  let structural = false;
  for (const k in p) {
    if (!READ.has(k) || p[k] === undefined) continue;
    read = true;
    if (STRUCTURAL.has(k)) {
      structural = true;
      break;
    }
  }
  if (!read) return;
  // Most nodes are leaves with a `type` or an `enum` and nothing the other rules read: one rule applies.
  if (!structural) {
    pruneByType(p);
    return;
  }
  for (let round = 0; round < ROUNDS && ctx.budget > 0; round++) {
    ctx.budget--;
    let changed = notRule(p);
    changed = ifRule(p, ctx) || changed;
    changed = anyOfRule(p, ctx) || changed;
    changed = oneOfRule(p, ctx) || changed;
    changed = allOfRule(p, ctx) || changed;
    changed = typesInContext(p, ctx) || changed;
    changed = pruneByType(p) || changed;
    if (p.not !== undefined && isTrueSchema(p.not as Schema) && !isFalseSchema(p))
      changed = makeFalse(p, ctx) || changed;
    if (!changed) return;
  }
}

/** Make `p` the canonical false schema `{not: {}}` (annotations kept). */
function makeFalse(p: Schema, ctx: Ctx): boolean {
  for (const k of Object.keys(p)) if (!isInertKey(k)) delete p[k];
  const t: Schema = {};
  ctx.src.set(t, ctx.src.get(p) ?? '');
  p.not = t;
  return true;
}

function isInertKey(k: string): boolean {
  return !affectsValidation(k);
}

/** A node made here, located at `ptr`: simplified later (no recursion: graphs may be deep). */
function made(node: Schema, ptr: string, ctx: Ctx): Schema {
  ctx.src.set(node, ptr);
  ctx.order.push(node);
  return node;
}

function notRule(p: Schema): boolean {
  const n = p.not as Schema | undefined;
  if (!n || typeof n !== 'object') return false;
  if ((ownTypes(p) & typesOf(n) & (Array.isArray(n.type) ? bitsOfTypes(n.type) : ANY_TYPE)) === 0) {
    setAside(p, 'not', p.not);
    delete p.not; // no value of the node's types can match the negated schema
    return true;
  }
  const keys = Object.keys(n).filter((k) => !isInertKey(k));
  if (keys.length !== 1 || keys[0] !== 'not' || typeof n.not !== 'object') return false;
  // ¬¬X = X (and so `not: false` is no constraint: false is {not: {}}).
  delete p.not;
  if (!isTrueSchema(n.not as Schema)) pushAllOf(p, n.not as Schema);
  return true;
}

/** `p` without if/then/else, holding `must` and `branch` (when given) instead. */
function branchless(p: Schema, must: Schema, branch: unknown): boolean {
  delete p.if;
  delete p.then;
  delete p.else;
  if (!isTrueSchema(must)) pushAllOf(p, must);
  if (branch !== undefined && !isTrueSchema(branch as Schema)) pushAllOf(p, branch as Schema);
  return true;
}

/** The types `p`'s own `type` allows (all when it has none). */
function ownTypes(p: Schema): number {
  return Array.isArray(p.type) ? bitsOfTypes(p.type) : ANY_TYPE;
}

function ifRule(p: Schema, ctx: Ctx): boolean {
  const cond = p.if as Schema | undefined;
  const hasBranch = p.then !== undefined || p.else !== undefined;
  if (!cond || typeof cond !== 'object') {
    if (!hasBranch) return false;
    delete p.then; // without `if`, then/else have no effect
    delete p.else;
    return true;
  }
  // A branch that accepts nothing: `if` false-then is `not: if` (and the else), `if` else-false is `if` and its then.
  if (p.then !== undefined && typesOf(p.then) === 0)
    return branchless(p, made({ not: cond }, `${ctx.src.get(p) ?? ''}/if`, ctx), p.else);
  if (p.else !== undefined && typesOf(p.else) === 0) return branchless(p, cond, p.then);
  // Branches that accept every value that can reach them (then: of the types `if` can match) ask nothing.
  const idle = (b: unknown, bits: number) => {
    const branch = asSchema(b);
    return b === undefined || (branch !== undefined && coversTypes(branch, bits));
  };
  if (idle(p.then, typesOf(cond) & ownTypes(p)) && idle(p.else, ownTypes(p))) return branchless(p, {}, undefined);
  let branch: Schema | undefined;
  // A condition every value of the node's types meets, or none does, picks one branch for all.
  if (trueIn(cond, p)) branch = p.then as Schema | undefined;
  else if ((typesOf(cond) & ownTypes(p)) === 0) branch = p.else as Schema | undefined;
  else if (p.then !== undefined && p.else !== undefined && sameSchema(p.then as Schema, p.else as Schema, SAME_BUDGET))
    branch = p.then as Schema;
  else if (hasBranch) return false;
  delete p.if;
  delete p.then;
  delete p.else;
  if (branch && !isTrueSchema(branch)) pushAllOf(p, branch);
  return true;
}

/** Keywords that can make a node accept nothing, narrow its types, or be dropped or rewritten by `settle`. */
const SETTLED = new Set([
  'enum',
  'const',
  'multipleOf',
  'items',
  'additionalItems',
  'contains',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'patternProperties',
  'additionalProperties',
  'required',
  'minProperties',
  'maxProperties',
  'dependencies',
  'propertyNames',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
]);

/** No SETTLED keyword, and at most one of each pair of bounds (a lone bound never empties a node). */
function plainLeaf(p: Schema): boolean {
  let lengths = 0;
  let lower = 0;
  let upper = 0;
  for (const k in p) {
    if (SETTLED.has(k)) return false;
    if (k === 'minLength' || k === 'maxLength' || k === 'pattern')
      lengths++; // a pattern bounds lengths too
    else if (k === 'minimum' || k === 'exclusiveMinimum') lower++;
    else if (k === 'maximum' || k === 'exclusiveMaximum') upper++;
  }
  return lengths < 2 && (lower === 0 || upper === 0);
}

/** Findings on keyword `key` of `p` (one the normaliser wrote) are located at `ptr` exactly. */
function writtenAt(p: Schema, key: string, ptr: string, ctx: Ctx): void {
  const own = ctx.keySrc.get(p) ?? new Map<string, string>();
  own.set(`=${key}`, ptr);
  ctx.keySrc.set(p, own);
}

/** Nodes made by `typedCopy` (already carrying a `type` from their context). */
const DISTRIBUTED = new WeakSet<Schema>();

/**
 * `m ∧ {type: types}` as a node of its own, located where `m` is (the `type` where its context
 * writes it, `at`), and simplified at once when it may be (its parts already are), so the rules
 * of the node that asked see its final form. See ./simplify-context.ts.
 */
function typedCopy(m: Schema, types: string[], at: string, ctx: Ctx, written: boolean): Schema {
  const typed = made({ type: types }, at, ctx);
  if (!written) writtenAt(typed, 'type', ctx.src.get(m) ?? at, ctx);
  const out = made({ allOf: [m, typed] }, ctx.src.get(m) ?? at, ctx);
  DISTRIBUTED.add(out);
  rememberTypes(out, typesOf(m) & bitsOfTypes(types));
  if (ctx.depth < MAX_EAGER) {
    ctx.depth++;
    simplifyNode(out, ctx);
    ctx.depth--;
  }
  return out;
}
