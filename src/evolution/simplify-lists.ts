// The combinator rules of the simplifier (./simplify.ts): allOf members hoisted into their node,
// anyOf and oneOf lists reduced (false, true, duplicate and covering members; members that split
// by type fused into one node). Each rewrite keeps the set of valid instances exactly (draft-07).

import { sameSchema } from './families/combinators-match.js';
import { isFalseSchema, isTrueSchema, type Schema } from './schema-model.js';
import { carryAside } from './simplify-aside.js';
import { fuse } from './simplify-fuse.js';
import { hoist, type Sources } from './simplify-merge.js';
import { coversTypes } from './simplify-types.js';
import { ANY_TYPE, bitsOfTypes, typesOf } from './type-bits.js';

/** What the rules need of the simplifier. */
export interface ListCtx extends Sources {
  budget: number;
  /** A node made by the simplifier, located at `ptr` (simplified later, in its turn). */
  made(node: Schema, ptr: string): Schema;
  /** Make `p` the canonical false schema; true. */
  makeFalse(p: Schema): boolean;
}

/** Members compared pairwise for duplicates only in lists this short (longer ones: identity only). */
const DEDUPE_MAX = 24;
/** Node pairs one duplicate test may explore. */
export const SAME_BUDGET = 200;

export function pushAllOf(p: Schema, member: Schema): void {
  const list = Array.isArray(p.allOf) ? (p.allOf as Schema[]) : [];
  p.allOf = [...list, member];
}
/** Members without duplicates (structural equality, annotations ignored), and how often each occurs. */
function groups(members: Schema[], ctx: ListCtx): { member: Schema; count: number }[] {
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
export function anyOfRule(p: Schema, ctx: ListCtx): boolean {
  const list = members(p, 'anyOf');
  if (!list) return false;
  const kept = list.filter((m) => !isFalseSchema(m));
  if (kept.length === 0) return ctx.makeFalse(p);
  if (kept.some((m) => trueIn(m, p)) || coveredTogether(kept, p)) {
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
 * Type by type: every value of each type the node allows is held by some member (anyOf [{maxLength:
 * 3}, {type: string}] holds all).
 */
function coveredTogether(members: Schema[], p: Schema): boolean {
  if (members.length > DEDUPE_MAX) return false;
  const need = Array.isArray(p.type) ? bitsOfTypes(p.type) : ANY_TYPE;
  for (let bit = 1; bit <= ANY_TYPE; bit <<= 1) {
    if ((need & bit) !== 0 && !members.some((m) => coversTypes(m, bit))) return false;
  }
  return true;
}
/**
 * oneOf holds when exactly one member matches. A `false` member never matches (dropped); a
 * member that occurs twice can never be "the one" (oneOf [X, X, Y] = ¬X ∧ Y) — so, unlike allOf
 * and anyOf, duplicates do not count once; a `true` member always matches, so the others must
 * not (oneOf [true, A, B] = ¬(A ∨ B)); oneOf [X] = X.
 */
export function oneOfRule(p: Schema, ctx: ListCtx): boolean {
  const list = members(p, 'oneOf');
  if (!list) return false;
  const kept = list.filter((m) => !isFalseSchema(m));
  const g = groups(kept, ctx);
  let once = g.filter((x) => x.count === 1).map((x) => x.member);
  const excluded = g.filter((x) => x.count > 1).map((x) => x.member);
  let trues = once.filter((m) => trueIn(m, p));
  // A member that holds every value of the others' types holds the others: it is "the one" exactly
  // when none of them matches (oneOf [D, A, B] = D ∧ ¬(A ∨ B)), as with a `true` member.
  const cover =
    trues.length === 0 && excluded.length === 0 && once.length > 1 && once.length <= DEDUPE_MAX
      ? once.find((d) => once.every((m) => m === d || coversTypes(d, typesOf(m))))
      : undefined;
  if (cover) {
    excluded.push(...once.filter((m) => m !== cover));
    [once, trues] = [[cover], []];
  }
  if (trues.length === 0 && excluded.length === 0 && once.length > 1 && fuseInto(p, 'oneOf', once, ctx)) return true;
  if (trues.length === 0 && excluded.length === 0 && once.length === list.length && once.length > 1) return false;
  const at = ctx.src.get(p) ?? '';
  // Two members that always match: no value matches exactly one.
  if (trues.length > 1) return ctx.makeFalse(p);
  if (trues.length > 0) {
    excluded.push(...once.filter((m) => !trueIn(m, p)));
    once = [];
  } else if (once.length === 0) return ctx.makeFalse(p);
  delete p.oneOf;
  if (once.length === 1) pushAllOf(p, once[0]!);
  else if (once.length > 1) p.oneOf = once;
  if (excluded.length > 0) {
    const inner = excluded.length === 1 ? excluded[0]! : ctx.made({ anyOf: excluded }, `${at}/oneOf`);
    const negation = ctx.made({ not: inner }, `${at}/oneOf`);
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
export function allOfRule(p: Schema, ctx: ListCtx): boolean {
  const all = members(p, 'allOf');
  if (!all) return false;
  if (all.some((m) => isFalseSchema(m))) return ctx.makeFalse(p);
  // A member that holds every value of the node's types asks nothing there (array keywords in a string node).
  const list = Array.isArray(p.type) ? all.filter((m) => !coversTypes(m, bitsOfTypes(p.type as unknown[]))) : all;
  if (list.length === 0) {
    delete p.allOf;
    return true;
  }
  const filtered = list.length < all.length;
  if (filtered) p.allOf = list;
  const scratch: Schema = { ...p };
  delete scratch.allOf;
  const done = new Set<Schema>([p]);
  for (let i = 0; i < (Array.isArray(scratch.allOf) ? scratch.allOf.length : 0) + list.length; i++) {
    // The node's own members first, then those the hoisted members bring (appended to scratch.allOf).
    const m = i < list.length ? list[i]! : (scratch.allOf as Schema[])[i - list.length]!;
    if (done.has(m) || isTrueSchema(m) || isDuplicate(m, done, ctx)) continue;
    if (isFalseSchema(m)) return ctx.makeFalse(p);
    if (ctx.budget-- <= 0) {
      ctx.keySrc.delete(scratch);
      return filtered;
    }
    const result = hoist(scratch, m, ctx);
    if (result !== true) ctx.keySrc.delete(scratch);
    if (result === 'false') return ctx.makeFalse(p);
    if (!result) return filtered;
    done.add(m);
  }
  delete scratch.allOf;
  for (const k of Object.keys(p)) delete p[k];
  Object.assign(p, scratch);
  carryAside(scratch, p);
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
export function writtenUnder(m: Schema, at: string, ctx: ListCtx): boolean {
  const ptr = ctx.src.get(m);
  return ptr === undefined || ptr === at || ptr.startsWith(`${at}/`);
}
/** The list `key` of `p` replaced by the one node its `members` make (./simplify-fuse.ts), when they make one. */
function fuseInto(p: Schema, key: 'anyOf' | 'oneOf', list: Schema[], ctx: ListCtx): boolean {
  const at = `${ctx.src.get(p) ?? ''}/${key}`;
  if (!list.every((m) => writtenUnder(m, at, ctx))) return false;
  const fused = fuse(list, key);
  if (!fused) return false;
  const node = ctx.made(fused.node, at);
  const where = new Map<string, string>();
  for (const [k, m] of fused.from) where.set(k, ctx.src.get(m) ?? '');
  ctx.keySrc.set(node, where);
  delete p[key];
  pushAllOf(p, node);
  return true;
}
/** Whether member `m` holds every value of its node's types: `true`, or only a `type` that covers the node's. */
export function trueIn(m: Schema, p: Schema): boolean {
  if (isTrueSchema(m)) return true;
  if (!Array.isArray(m.type) || !Array.isArray(p.type)) return false;
  const { type, ...rest } = m;
  return isTrueSchema(rest) && (bitsOfTypes(p.type) & ~bitsOfTypes(type as unknown[])) === 0;
}
/** `m` equals a member already hoisted (short lists only: the test is pairwise). */
function isDuplicate(m: Schema, done: Set<Schema>, ctx: ListCtx): boolean {
  if (done.size > DEDUPE_MAX) return false;
  for (const d of done) if (ctx.budget-- > 0 && sameSchema(d, m, SAME_BUDGET)) return true;
  return false;
}
