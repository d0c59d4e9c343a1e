// Equivalent forms normalise to one (issue 12): run on the normalised graph, after `$ref`s are
// resolved. Rewrites, each preserving the set of valid instances exactly (draft-07):
// - allOf: a `false` member makes the node false; the members (duplicates and `true` ones
//   included) hoisted into the node when none of their keywords clash (./simplify-merge.ts);
// - anyOf: `false` members dropped, a `true` member drops the list, duplicates dropped, one
//   member is that member (an allOf member, then hoisted); members that only split by type or
//   only list values are one node (./simplify-fuse.ts, and for oneOf too);
// - oneOf: see `oneOfRule` (duplicates do NOT count once there);
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
import { sameSchema } from './families/combinators-match.js';
import { hoist, type Sources } from './simplify-merge.js';
import { typesInContext, type TypedContext } from './simplify-context.js';
import { fuse } from './simplify-fuse.js';
import { confineToTypes, coversTypes, dropVacuous, pruneByType } from './simplify-types.js';
import { analyse, markEmptied } from './simplify-empty.js';
import { pruneUnreachable } from './simplify-reach.js';
import { ANY_TYPE, bitsOfTypes, rememberTypes, typesOf } from './type-bits.js';

/** Members compared pairwise for duplicates only in lists this short (longer ones: identity only). */
const DEDUPE_MAX = 24;
/** Node pairs one duplicate test may explore. */
const SAME_BUDGET = 200;
/** Rounds of rewriting one node (each round applies every rule once). */
const ROUNDS = 8;

interface Ctx extends Sources, TypedContext {
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
    typed: (m, types, at, written) => (DISTRIBUTED.has(m) || !writtenUnder(m, at, ctx) || ctx.budget-- <= 0 ? m : typedCopy(m, types, at, ctx, written)),
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
const READ = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'type', 'enum', 'dependencies', 'propertyNames'];

function simplifyNode(p: Schema, ctx: Ctx): void {
  rewrite(p, ctx);
  settle(p, ctx);
}

/** A node no value satisfies becomes `false`; either way its type set is kept for its parents (./simplify-empty.ts). */
function settle(p: Schema, ctx: Ctx): void {
  if (isFalseSchema(p)) return rememberTypes(p, 0);
  // Most nodes are leaves no rule can change (`{type: string, maxLength: 40}`): their types are their `type`.
  if (plainLeaf(p)) return rememberTypes(p, Array.isArray(p.type) ? bitsOfTypes(p.type) : ANY_TYPE);
  dropVacuous(p, (key, from) => writtenAt(p, key, `${ctx.src.get(p) ?? ''}/${from}`, ctx));
  const { bits, others, why } = analyse(p);
  if (bits === 0) {
    makeFalse(p, ctx);
    markEmptied(p, why ?? 'no value satisfies all its keywords');
  } else {
    // A `type` written here that the file does not have: findings on it name the node.
    if (p.type === undefined && confineToTypes(p, bits)) writtenAt(p, 'type', ctx.src.get(p) ?? '', ctx);
    // A `not` no value the node can hold matches excludes nothing.
    if (p.not !== undefined && (typesOf(p.not) & others) === 0) delete p.not;
    // Names the object can never hold: their schemas are `false` in effect.
    pruneUnreachable(p, (node, at) => made(node, `${ctx.src.get(p) ?? ''}/${at}`, ctx));
  }
  rememberTypes(p, bits);
}

function rewrite(p: Schema, ctx: Ctx): void {
  if (!READ.some((k) => p[k] !== undefined)) return;
  for (let round = 0; round < ROUNDS && ctx.budget > 0; round++) {
    ctx.budget--;
    let changed = notRule(p);
    changed = ifRule(p, ctx) || changed;
    changed = anyOfRule(p, ctx) || changed;
    changed = oneOfRule(p, ctx) || changed;
    changed = allOfRule(p, ctx) || changed;
    changed = typesInContext(p, ctx) || changed;
    changed = pruneByType(p) || changed;
    if (p.not !== undefined && isTrueSchema(p.not as Schema) && !isFalseSchema(p)) changed = makeFalse(p, ctx) || changed;
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

function pushAllOf(p: Schema, member: Schema): void {
  const list = Array.isArray(p.allOf) ? (p.allOf as Schema[]) : [];
  p.allOf = [...list, member];
}

/** Members without duplicates (structural equality, annotations ignored), and how often each occurs. */
function groups(members: Schema[], ctx: Ctx): { member: Schema; count: number }[] {
  const out: { member: Schema; count: number }[] = [];
  const deep = members.length <= DEDUPE_MAX;
  for (const m of members) {
    const g = out.find((x) => x.member === m || (deep && ctx.budget-- > 0 && sameSchema(x.member, m, SAME_BUDGET)));
    if (g) g.count++;
    else out.push({ member: m, count: 1 });
  }
  return out;
}

function members(p: Schema, key: string): Schema[] | undefined {
  const list = p[key];
  return Array.isArray(list) ? (list as Schema[]) : undefined;
}

function notRule(p: Schema): boolean {
  const n = p.not as Schema | undefined;
  if (!n || typeof n !== 'object') return false;
  if ((ownTypes(p) & typesOf(n) & (Array.isArray(n.type) ? bitsOfTypes(n.type) : ANY_TYPE)) === 0) {
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
  if (p.then !== undefined && typesOf(p.then) === 0) return branchless(p, made({ not: cond }, `${ctx.src.get(p) ?? ''}/if`, ctx), p.else);
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
  else if (p.then !== undefined && p.else !== undefined && sameSchema(p.then as Schema, p.else as Schema, SAME_BUDGET)) branch = p.then as Schema;
  else if (hasBranch) return false;
  delete p.if;
  delete p.then;
  delete p.else;
  if (branch && !isTrueSchema(branch)) pushAllOf(p, branch);
  return true;
}

function anyOfRule(p: Schema, ctx: Ctx): boolean {
  const list = members(p, 'anyOf');
  if (!list) return false;
  const kept = list.filter((m) => !isFalseSchema(m));
  if (kept.length === 0) return makeFalse(p, ctx);
  if (kept.some((m) => trueIn(m, p))) {
    delete p.anyOf;
    return true;
  }
  const g = groups(kept, ctx).map((x) => x.member);
  if (g.length > 1 && fuseInto(p, 'anyOf', g, ctx)) return true;
  if (g.length === list.length && g.length > 1) return false;
  if (g.length === 1) {
    delete p.anyOf;
    pushAllOf(p, g[0]!); // anyOf [X] = X
  } else p.anyOf = g;
  return true;
}

/**
 * oneOf holds when exactly one member matches. A `false` member never matches (dropped); a
 * member that occurs twice can never be "the one" (oneOf [X, X, Y] = ¬X ∧ Y) — so, unlike allOf
 * and anyOf, duplicates do not count once; a `true` member always matches, so the others must
 * not (oneOf [true, A, B] = ¬(A ∨ B)); oneOf [X] = X.
 */
function oneOfRule(p: Schema, ctx: Ctx): boolean {
  const list = members(p, 'oneOf');
  if (!list) return false;
  const kept = list.filter((m) => !isFalseSchema(m));
  const g = groups(kept, ctx);
  let once = g.filter((x) => x.count === 1).map((x) => x.member);
  const excluded = g.filter((x) => x.count > 1).map((x) => x.member);
  const trues = once.filter((m) => trueIn(m, p));
  if (trues.length === 0 && excluded.length === 0 && once.length > 1 && fuseInto(p, 'oneOf', once, ctx)) return true;
  if (trues.length === 0 && excluded.length === 0 && once.length === list.length && once.length > 1) return false;
  const at = ctx.src.get(p) ?? '';
  // Two members that always match: no value matches exactly one.
  if (trues.length > 1) return makeFalse(p, ctx);
  if (trues.length > 0) {
    excluded.push(...once.filter((m) => !trueIn(m, p)));
    once = [];
  } else if (once.length === 0) return makeFalse(p, ctx);
  delete p.oneOf;
  if (once.length === 1) pushAllOf(p, once[0]!);
  else if (once.length > 1) p.oneOf = once;
  if (excluded.length > 0) {
    const inner = excluded.length === 1 ? excluded[0]! : made({ anyOf: excluded }, `${at}/oneOf`, ctx);
    const negation = made({ not: inner }, `${at}/oneOf`, ctx);
    ctx.keySrc.set(negation, new Map([['=not', `${at}/oneOf`]]));
    pushAllOf(p, negation);
  }
  return true;
}

/**
 * allOf: all members hoisted into the node, or none (a list that stays keeps its members where
 * the file has them, so findings on them point at the right place). A member that is the node
 * itself (through a `$ref` cycle) adds nothing the node does not already demand.
 */
function allOfRule(p: Schema, ctx: Ctx): boolean {
  const list = members(p, 'allOf');
  if (!list) return false;
  if (list.some((m) => isFalseSchema(m))) return makeFalse(p, ctx);
  const scratch: Schema = { ...p };
  delete scratch.allOf;
  const done = new Set<Schema>([p]);
  for (let i = 0; i < (Array.isArray(scratch.allOf) ? scratch.allOf.length : 0) + list.length; i++) {
    // The node's own members first, then those the hoisted members bring (appended to scratch.allOf).
    const m = i < list.length ? list[i]! : (scratch.allOf as Schema[])[i - list.length]!;
    if (done.has(m) || isTrueSchema(m) || isDuplicate(m, done, ctx)) continue;
    if (isFalseSchema(m)) return makeFalse(p, ctx);
    if (ctx.budget-- <= 0) {
      ctx.keySrc.delete(scratch);
      return false;
    }
    const result = hoist(scratch, m, ctx);
    if (result !== true) ctx.keySrc.delete(scratch);
    if (result === 'false') return makeFalse(p, ctx);
    if (!result) return false;
    done.add(m);
  }
  delete scratch.allOf;
  for (const k of Object.keys(p)) delete p[k];
  Object.assign(p, scratch);
  const moved = ctx.keySrc.get(scratch);
  ctx.keySrc.delete(scratch);
  if (moved) {
    let own = ctx.keySrc.get(p);
    if (!own) ctx.keySrc.set(p, (own = new Map()));
    for (const [k, ptr] of moved) own.set(k, ptr);
  }
  return true;
}

/**
 * Whether `m` is written at `at` or below it, not reached through a `$ref`: a node other places
 * share stays one node (copied into each place, one change there would be reported once per place).
 * A node without a location lies inside a subtree reused from the other version, which no `$ref`
 * reaches into (../normalize.ts).
 */
function writtenUnder(m: Schema, at: string, ctx: Ctx): boolean {
  const ptr = ctx.src.get(m);
  return ptr === undefined || ptr === at || ptr.startsWith(`${at}/`);
}

/** The list `key` of `p` replaced by the one node its `members` make (./simplify-fuse.ts), when they make one. */
function fuseInto(p: Schema, key: 'anyOf' | 'oneOf', list: Schema[], ctx: Ctx): boolean {
  const at = `${ctx.src.get(p) ?? ''}/${key}`;
  if (!list.every((m) => writtenUnder(m, at, ctx))) return false;
  const fused = fuse(list, key);
  if (!fused) return false;
  const node = made(fused.node, at, ctx);
  const where = new Map<string, string>();
  for (const [k, m] of fused.from) where.set(k, ctx.src.get(m) ?? '');
  ctx.keySrc.set(node, where);
  delete p[key];
  pushAllOf(p, node);
  return true;
}

/** Whether member `m` holds every value of its node's types: `true`, or only a `type` that covers the node's. */
function trueIn(m: Schema, p: Schema): boolean {
  if (isTrueSchema(m)) return true;
  if (!Array.isArray(m.type) || !Array.isArray(p.type)) return false;
  const { type, ...rest } = m;
  return isTrueSchema(rest) && (bitsOfTypes(p.type) & ~bitsOfTypes(type as unknown[])) === 0;
}

/** Keywords that can make a node accept nothing, narrow its types, or be dropped or rewritten by `settle`. */
const SETTLED = new Set(['enum', 'const', 'multipleOf', 'items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'patternProperties', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'propertyNames', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else']);

/** No SETTLED keyword, and at most one of each pair of bounds (a lone bound never empties a node). */
function plainLeaf(p: Schema): boolean {
  let lengths = 0;
  let lower = 0;
  let upper = 0;
  for (const k in p) {
    if (SETTLED.has(k)) return false;
    if (k === 'minLength' || k === 'maxLength') lengths++;
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

/** `m` equals a member already hoisted (short lists only: the test is pairwise). */
function isDuplicate(m: Schema, done: Set<Schema>, ctx: Ctx): boolean {
  if (done.size > DEDUPE_MAX) return false;
  for (const d of done) if (ctx.budget-- > 0 && sameSchema(d, m, SAME_BUDGET)) return true;
  return false;
}
