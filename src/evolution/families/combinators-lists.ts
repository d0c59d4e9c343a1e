// allOf / anyOf / oneOf: pair the old and new members, compare each pair, report the members
// and lists gained or lost, and the switch of one combinator for another.
//
// Soundness, in the language of sets (L(allOf) = ∩ members, L(anyOf) = ∪ members, L(oneOf) =
// values in exactly one member); each pair (old i, new j) is compared by the walker:
// - allOf, anyOf: one-to-one pairs plus reported additions/removals suffice in both directions.
// - oneOf: an old event in exactly one old member stays in exactly one new member when the new
//   members are pairwise disjoint; a new event in exactly one new member was in exactly one old
//   member when the old ones are. Unless both lists are provably disjoint, pairs are compared
//   with `exclusive` (any change inside them breaks). An added member keeps old events valid only
//   when it is provably disjoint from the other new members; a removed one keeps new events valid
//   only when it was disjoint from the other old members.
// - A node that becomes a pure list (nothing but `type` beside it), or a pure list that becomes
//   a plain node, is compared as a one-member list of the same combinator ("lifted"): X ≡
//   anyOf[X] ≡ oneOf[X] ≡ allOf[X]. For allOf each member is compared with the lifted node when
//   they look alike, with the `true` schema otherwise (X ⊆ ∩ Bj iff X ⊆ Bj for every j). An
//   anyOf or oneOf that becomes X is judged by `liftedList` instead (each old member against X).

import type { ChangeKind } from '../change.js';
import { asSchema, isTrueSchema, type Schema } from '../schema-model.js';
import { coversTypes } from '../simplify-types.js';
import { ANY_TYPE, bitsOfTypes, typeList, typesOf } from '../type-bits.js';
import type { Token, Visit } from '../walk.js';
import { firstOverlap, pairwiseDisjoint, strings, type Context } from './combinators-disjoint.js';
import { atomsOf, describe, isInert, pairMembers, sameSchema, similarity } from './combinators-match.js';

export const LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
type ListKey = (typeof LISTS)[number];

/** One side of a comparison: a real list, or the visited node lifted to a one-member list. */
interface Side {
  key: ListKey;
  lifted: boolean;
  members: Schema[];
  /** Tokens of member `i` below the visited node. */
  at(i: number): Token[];
  /** What the node itself demands beside the list (its `type` and `required`). */
  context: Context;
}

const MEANING: Record<ListKey, string> = { allOf: 'all', anyOf: 'at least one', oneOf: 'exactly one' };
const ADDED: Record<ListKey, ChangeKind> = { allOf: 'all-of-added', anyOf: 'any-of-added', oneOf: 'one-of-added' };
const REMOVED: Record<ListKey, ChangeKind> = {
  allOf: 'all-of-removed',
  anyOf: 'any-of-removed',
  oneOf: 'one-of-removed',
};

export const where = (v: Visit) => (v.label ? `"${v.label}"` : 'the event');
const own = (v: Visit, key: string) => (v.label ? `${key} of "${v.label}"` : `the event's ${key}`);

export function compareLists(v: Visit): void {
  const oldKeys = LISTS.filter((k) => Array.isArray(v.old[k]));
  const newKeys = LISTS.filter((k) => Array.isArray(v.new[k]));
  if (oldKeys.length === 1 && newKeys.length === 1 && oldKeys[0] !== newKeys[0]) {
    compareMembers(v, listSide(v.old, oldKeys[0]!), listSide(v.new, newKeys[0]!));
    return;
  }
  for (const key of LISTS) {
    const inOld = oldKeys.includes(key);
    const inNew = newKeys.includes(key);
    if (inOld && inNew) {
      compareMembers(v, listSide(v.old, key), listSide(v.new, key));
    } else if (inNew) {
      const side = listSide(v.new, key);
      if (oldKeys.length === 0 && newKeys.length === 1 && isPure(v.new, key))
        compareMembers(v, liftedSide(v.old, key), side);
      else if (!isNoOp(side)) {
        v.emit(
          ADDED[key],
          `${where(v)} gained ${key === 'oneOf' ? 'a' : 'an'} ${key} of ${side.members.length} member(s); events must now match ${MEANING[key]} of them`,
          {
            at: [key],
            oldAt: [],
            new: v.new[key],
          },
        );
      }
    } else if (inOld) {
      const side = listSide(v.old, key);
      if (newKeys.length === 0 && oldKeys.length === 1 && isPure(v.old, key))
        compareMembers(v, side, liftedSide(v.new, key));
      else if (!isNoOp(side)) {
        v.emit(
          REMOVED[key],
          `${own(v, key)} was removed; events no longer need to match ${MEANING[key]} of its ${side.members.length} member(s)`,
          {
            at: [key],
            old: v.old[key],
          },
        );
      }
    }
  }
}

/**
 * A pure anyOf/oneOf (nothing but `type` beside it, which the members carry: ../simplify.ts
 * writes it into them) that became a plain node X, or the reverse: judged by the members alone,
 * in place of the node's keyword-by-keyword comparison (which would read X's keywords as added to
 * or removed from the list's node). An old list: ∪ Ai ⊆ X iff every Ai ⊆ X, so each member
 * against X counts for backward; forward holds when X fits one member: the likeliest one,
 * compared both ways. A new list: X against its likeliest member, the others gained.
 */
export function liftedList(v: Visit): boolean {
  const oldKeys = LISTS.filter((k) => Array.isArray(v.old[k]));
  const newKeys = LISTS.filter((k) => Array.isArray(v.new[k]));
  const fromList = newKeys.length === 0 && oldKeys.length === 1;
  if (!fromList && !(oldKeys.length === 0 && newKeys.length === 1)) return false;
  const node = fromList ? v.old : v.new;
  const plain = fromList ? v.new : v.old;
  const key = (fromList ? oldKeys : newKeys)[0]!;
  if (key === 'allOf' || !isPure(node, key)) return false;
  const side = listSide(node, key);
  if (
    side.members.length === 0 ||
    (Array.isArray(node.type) && !side.members.every((m) => carriesType(m, node.type as unknown[])))
  )
    return false;
  if (!fromList) {
    // Members of disjoint types split X by type; otherwise X ⊆ one member keeps old events and the
    // other members are reported as gained (as for any list).
    if (key === 'anyOf' && coveredByMember(v, side)) return true;
    if (!splitByType(v, side)) compareMembers(v, liftedSide(v.old, key), side);
    return true;
  }
  const disjoint = key !== 'oneOf' || side.members.length === 1 || pairwiseDisjoint(side.members, side.context);
  const same = side.members.findIndex((m) => sameSchema(m, plain));
  const best =
    same >= 0
      ? same
      : side.members.reduce((b, m, i) => (similarity(m, plain) > similarity(side.members[b]!, plain) ? i : b), 0);
  side.members.forEach((m, i) => v.descend(m, plain, side.at(i), [], i === best ? {} : { only: 'backward' }));
  if (!disjoint) {
    v.emit(
      'one-of-removed',
      `${own(v, 'oneOf')} was removed; events matching two of its members, rejected before, may now be accepted`,
      { at: [], oldAt: ['oneOf'], old: v.old.oneOf },
    );
  }
  return true;
}

/**
 * A node X that became a list of members with pairwise disjoint types (`type: [boolean, object]`
 * -> `oneOf: [{type: boolean}, {type: object, ...}]`): X ⊆ ∪ Bj iff, for each member, X's values
 * of that member's types fit it, and no type of X is left without a member. So X restricted to
 * each member's types is compared with that member (both ways: Bj ⊆ X ∧ Tj ⊆ X); a type of X no
 * member takes is a narrowing; a member none of whose types X had is gained.
 */
function splitByType(v: Visit, side: Side): boolean {
  const bits = side.members.map((m) => typesOf(m));
  if (bits.some((b) => b === ANY_TYPE) || bits.some((b, i) => bits.some((c, j) => i !== j && (b & c) !== 0)))
    return false;
  const had = typesOf(v.old); // (within its `type`: ../type-bits.ts)
  const covered = bits.reduce((a, b) => a | b, 0);
  const lost = had & ~covered;
  if (lost !== 0) {
    v.emit(
      'type-narrowed',
      `${where(v)} became a ${side.key} whose members take no ${typeList(lost).join(' or ')}; live events of ${lost === had ? 'its types' : 'those types'} will be rejected`,
      { at: [side.key], oldAt: Array.isArray(v.old.type) ? ['type'] : [], old: v.old.type, new: typeList(covered) },
    );
  }
  side.members.forEach((m, j) => {
    const shared = had & bits[j]!;
    if (shared === 0)
      v.emit(
        side.key === 'anyOf' ? 'any-of-member-added' : 'one-of-member-added',
        `${own(v, side.key)} member ${j} (${describe(m)}) takes types ${where(v)} did not have; events it accepts were rejected before`,
        { at: side.at(j), oldAt: [], new: m },
      );
    else v.descend({ ...v.old, type: typeList(shared) }, m, [], side.at(j));
  });
  return true;
}

/**
 * X became anyOf [.., Bj, ..] where Bj constrains nothing on X's types (`{maxLength: 2}` beside
 * an object-only X): X ⊆ Bj ⊆ the list, so no old event is lost; every member is reported as
 * gained (events it accepts may be new), which is what forward needs.
 */
function coveredByMember(v: Visit, side: Side): boolean {
  const had = typesOf(v.old); // (within its `type`: ../type-bits.ts)
  if (!side.members.some((m) => coversTypes(m, had))) return false;
  side.members.forEach((m, j) => {
    v.emit(
      'any-of-member-added',
      `${own(v, 'anyOf')} member ${j} (${describe(m)}) may accept events ${where(v)} rejected before`,
      { at: side.at(j), oldAt: [], new: m },
    );
  });
  return true;
}

/** Whether member `m` can hold no type outside `types` (as the simplifier worked its types out). */
function carriesType(m: Schema, types: unknown[]): boolean {
  return (typesOf(m) & ~bitsOfTypes(types)) === 0;
}

function listSide(node: Schema, key: ListKey): Side {
  const members = (node[key] as unknown[]).map((m) => asSchema(m) ?? {});
  return {
    key,
    lifted: false,
    members,
    at: (i) => [key, i],
    context: { atoms: atomsOf(node), required: strings(node.required) },
  };
}

function liftedSide(node: Schema, key: ListKey): Side {
  return { key, lifted: true, members: [node], at: () => [], context: {} };
}

/** Nothing but the list, `type` and annotations. */
function isPure(node: Schema, key: ListKey): boolean {
  return Object.keys(node).every((k) => k === key || k === 'type' || isInert(k));
}

/** A list that constrains nothing: allOf of true schemas, anyOf with a true member, oneOf [true]. */
function isNoOp(side: Side): boolean {
  const trues = side.members.filter((m) => isTrueSchema(m)).length;
  if (side.key === 'allOf') return trues === side.members.length;
  if (side.key === 'anyOf') return trues > 0;
  return side.members.length === 1 && trues === 1;
}

export function compareMembers(v: Visit, o: Side, n: Side): void {
  if (o.lifted && n.key === 'allOf') {
    const node = o.members[0]!;
    n.members.forEach((m, j) => v.descend(similarity(node, m) > 0 ? node : undefined, m, [], n.at(j)));
    return;
  }
  if (n.lifted && o.key === 'allOf') {
    const node = n.members[0]!;
    o.members.forEach((m, i) => v.descend(m, similarity(m, node) > 0 ? node : undefined, o.at(i), []));
    return;
  }
  const oldDisjoint = o.key !== 'oneOf' || pairwiseDisjoint(o.members, o.context);
  const newDisjoint = n.key !== 'oneOf' || pairwiseDisjoint(n.members, n.context);
  const { pairs, removed, added } = looserPairing(o, n) ?? pairMembers(o.members, n.members);
  const exclusive = o.key === n.key && n.key === 'oneOf' && !(oldDisjoint && newDisjoint);
  for (const [i, j] of pairs)
    v.descend(o.members[i], n.members[j], o.at(i), n.at(j), exclusive ? { exclusive: true } : {});
  for (const i of removed) memberRemoved(v, o, n, i);
  for (const j of added) memberAdded(v, o, n, j);
  if (o.key !== n.key) {
    const kind = switchKind(o.key, n.key, pairs.length > 0, oldDisjoint, newDisjoint);
    if (kind)
      v.emit(kind, switchMessage(v, o.key, n.key, kind), { at: [n.key], oldAt: [o.key], old: o.key, new: n.key });
  }
}

/**
 * A node that became an anyOf, one of whose members asks a part of what the node asked (the same
 * keywords, fewer of them): paired with that member, which holds all the node held; the others
 * are members added. (Pairing by likeness could pick a stricter member and report a narrowing.)
 */
function looserPairing(o: Side, n: Side): ReturnType<typeof pairMembers> | undefined {
  if (!o.lifted || n.key !== 'anyOf') return undefined;
  const node = o.members[0]!;
  const j = n.members.findIndex((m) =>
    Object.keys(m).every(
      (k) => isInert(k) || (Object.hasOwn(node, k) && sameSchema({ [k]: m[k] } as Schema, { [k]: node[k] } as Schema)),
    ),
  );
  if (j < 0) return undefined;
  return { pairs: [[0, j]], removed: [], added: n.members.map((_, k) => k).filter((k) => k !== j) };
}

export function memberRemoved(v: Visit, o: Side, n: Side, i: number): void {
  const m = o.members[i]!;
  const at = [n.key];
  const detail = { at, oldAt: o.at(i), old: m };
  if (o.lifted) {
    const kind: ChangeKind = n.key === 'anyOf' ? 'any-of-member-removed' : 'one-of-member-removed';
    v.emit(
      kind,
      `the former schema of ${where(v)} matches no member of its new ${n.key}; live events may be rejected`,
      detail,
    );
    return;
  }
  const label = `${own(v, o.key)} lost member ${i} (${describe(m)})`;
  if (o.key === 'allOf') return v.emit('all-of-member-removed', `${label}; events no longer need to match it`, detail);
  if (o.key === 'anyOf')
    return v.emit('any-of-member-removed', `${label}; live events that matched only it are now rejected`, detail);
  const k = firstOverlap(o.members, i, o.context);
  if (k === undefined)
    return v.emit('one-of-member-removed', `${label}; live events that matched it are now rejected`, detail);
  v.emit(
    'one-of-overlapping-member-removed',
    `${label}, which overlapped member ${k} (${describe(o.members[k]!)}); live events that matched only it are now rejected, and events matching both, rejected before, are now accepted`,
    detail,
  );
}

export function memberAdded(v: Visit, o: Side, n: Side, j: number): void {
  const m = n.members[j]!;
  const detail = { at: n.at(j), oldAt: o.lifted ? [] : [o.key], new: m };
  if (n.lifted) {
    const kind: ChangeKind = o.key === 'anyOf' ? 'any-of-member-added' : 'one-of-member-added';
    v.emit(
      kind,
      `the new schema of ${where(v)} matches no member of its former ${o.key}; it accepts events that were rejected before`,
      detail,
    );
    return;
  }
  const label = `${own(v, n.key)} gained member ${j} (${describe(m)})`;
  if (n.key === 'allOf') return v.emit('all-of-member-added', `${label}; events must now match it too`, detail);
  if (n.key === 'anyOf')
    return v.emit('any-of-member-added', `${label}; events it accepts were rejected before`, detail);
  const k = firstOverlap(n.members, j, n.context);
  if (k === undefined)
    return v.emit(
      'one-of-member-added',
      `${label}, disjoint from the other members; events it accepts were rejected before`,
      detail,
    );
  v.emit(
    'one-of-overlapping-member-added',
    `${label} that overlaps member ${k} (${describe(n.members[k]!)}): no distinct type or discriminator tells them apart, and a live event matching both would now be rejected`,
    detail,
  );
}

/**
 * The effect of replacing one combinator by another over paired members (undefined: none beyond
 * the member changes). Widened/narrowed need at least one compared pair: ∩A ⊆ Ai ⊆ Bj ⊆ ∪B.
 */
function switchKind(
  from: ListKey,
  to: ListKey,
  paired: boolean,
  oldDisjoint: boolean,
  newDisjoint: boolean,
): ChangeKind | undefined {
  switch (`${from}>${to}`) {
    case 'allOf>anyOf':
      return paired ? 'combinator-widened' : 'combinator-changed';
    case 'anyOf>allOf':
      return paired ? 'combinator-narrowed' : 'combinator-changed';
    case 'anyOf>oneOf':
      return newDisjoint ? undefined : 'combinator-narrowed';
    case 'oneOf>anyOf':
      return oldDisjoint ? undefined : 'combinator-widened';
    case 'allOf>oneOf':
      return newDisjoint && paired ? 'combinator-widened' : 'combinator-changed';
    default: // oneOf>allOf
      return oldDisjoint && paired ? 'combinator-narrowed' : 'combinator-changed';
  }
}

function switchMessage(v: Visit, from: ListKey, to: ListKey, kind: ChangeKind): string {
  const head = `${own(v, from)} became ${to}`;
  if (kind === 'combinator-widened')
    return `${head}: events need to match ${MEANING[to]} of the members instead of ${MEANING[from]}, so more events are accepted`;
  if (kind === 'combinator-narrowed')
    return `${head}: events need to match ${MEANING[to]} of the members instead of ${MEANING[from]}, so some live events are rejected`;
  return `${head}; the effect cannot be proven wider or narrower`;
}
