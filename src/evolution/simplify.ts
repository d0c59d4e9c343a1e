// Equivalent forms normalise to one (issue 12): run on the normalised graph, after `$ref`s are
// resolved. Rewrites, each preserving the set of valid instances exactly (draft-07):
// - allOf: a `false` member makes the node false; the members (duplicates and `true` ones
//   included) hoisted into the node when none of their keywords clash (./simplify-merge.ts);
// - anyOf: `false` members dropped, a `true` member drops the list, duplicates dropped, one
//   member is that member (an allOf member, then hoisted);
// - oneOf: see `oneOfRule` (duplicates do NOT count once there);
// - not: `not: {not: X}` is X; a node with `not: true` is the false schema; a `not` whose
//   types the node cannot hold is no constraint;
// - if: `if: true` is its `then`, `if: false` its `else`; `then`/`else` without `if` nothing;
// - keywords of a type the node cannot hold are dropped (./simplify-types.ts).
// Only nodes made by this normalisation are rewritten (never one reused from the other version,
// which belongs to its graph); members are read, never changed. Graphs may be cyclic: a node is
// never hoisted into itself nor one member twice into the same node, and the pass has a budget.

import { affectsValidation, isFalseSchema, isTrueSchema, type Schema } from './schema-model.js';
import { sameSchema } from './families/combinators-match.js';
import { hoist, type Sources } from './simplify-merge.js';
import { pruneByType } from './simplify-types.js';

/** Members compared pairwise for duplicates only in lists this short (longer ones: identity only). */
const DEDUPE_MAX = 24;
/** Node pairs one duplicate test may explore. */
const SAME_BUDGET = 200;
/** Rounds of rewriting one node (each round applies every rule once). */
const ROUNDS = 8;

interface Ctx extends Sources {
  /** Nodes to simplify (all made by this normalisation), in order; nodes made on the way join the end. */
  order: Schema[];
  budget: number;
}

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
const READ = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'type', 'enum'];

function simplifyNode(p: Schema, ctx: Ctx): void {
  if (!READ.some((k) => p[k] !== undefined)) return;
  for (let round = 0; round < ROUNDS && ctx.budget > 0; round++) {
    ctx.budget--;
    let changed = notRule(p);
    changed = ifRule(p) || changed;
    changed = anyOfRule(p, ctx) || changed;
    changed = oneOfRule(p, ctx) || changed;
    changed = allOfRule(p, ctx) || changed;
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
  if (disjointTypes(p.type, n.type)) {
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

/** Two `type` lists no value satisfies both of (integer ⊂ number). */
function disjointTypes(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  const num = (t: unknown) => t === 'number' || t === 'integer';
  return !a.some((x) => b.includes(x) || (num(x) && b.some(num)));
}

function ifRule(p: Schema): boolean {
  const cond = p.if as Schema | undefined;
  const hasBranch = p.then !== undefined || p.else !== undefined;
  if (!cond || typeof cond !== 'object') {
    if (!hasBranch) return false;
    delete p.then; // without `if`, then/else have no effect
    delete p.else;
    return true;
  }
  let branch: Schema | undefined;
  if (isTrueSchema(cond)) branch = p.then as Schema | undefined;
  else if (isFalseSchema(cond)) branch = p.else as Schema | undefined;
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
  if (kept.some((m) => isTrueSchema(m))) {
    delete p.anyOf;
    return true;
  }
  const g = groups(kept, ctx).map((x) => x.member);
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
  const trues = once.filter((m) => isTrueSchema(m));
  if (trues.length === 0 && excluded.length === 0 && once.length === list.length && once.length > 1) return false;
  const at = ctx.src.get(p) ?? '';
  if (trues.length > 0) {
    excluded.push(...once.filter((m) => !isTrueSchema(m)));
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

/** `m` equals a member already hoisted (short lists only: the test is pairwise). */
function isDuplicate(m: Schema, done: Set<Schema>, ctx: Ctx): boolean {
  if (done.size > DEDUPE_MAX) return false;
  for (const d of done) if (ctx.budget-- > 0 && sameSchema(d, m, SAME_BUDGET)) return true;
  return false;
}
