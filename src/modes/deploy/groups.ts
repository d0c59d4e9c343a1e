// Group membership: after the filters are in place, each target group gets the repo's filters that
// are not in it yet, and a filter the repo moved to another group leaves its old one. The platform
// replaces a group's whole list on every write, with no If-Match; so the list is read (every page)
// right before each write, and a write whose outcome is unknown is never repeated blindly: the
// membership is read again, and only what is still missing is written.

import { groupOf } from '../../core/target-group.js';
import type { Contract } from '../../core/contract.js';
import { ApiError } from '../../cxone/errors.js';
import { begin, isUnknownOutcome, Tally, WriteFailure, type Ctx } from './ops.js';
import type { FilterResult } from './filters.js';
import { MAX_WRITE_ATTEMPTS, type DeployOperation, type LiveEntity } from './types.js';

export interface GroupChange {
  /** Ids of our filters that are in place and belong here. */
  add: string[];
  /** Ids of our filters that the repo moved to another group. */
  remove: string[];
}

/** target_group_id -> what to change in it, for the repo's filters that are in place. */
export function groupChanges(
  filters: Contract[],
  results: FilterResult[],
  live: Map<string, LiveEntity>,
): [string, GroupChange][] {
  const groups = new Map<string, GroupChange>();
  const change = (group: string) => {
    const g = groups.get(group) ?? { add: [], remove: [] };
    groups.set(group, g);
    return g;
  };
  filters.forEach((c, i) => {
    const group = groupOf(c.doc);
    const r = results[i]!;
    if (group === undefined) return;
    const g = change(group);
    if (!r.ok) return;
    if (r.id !== undefined) g.add.push(r.id);
    const before = groupOf(live.get(c.name)?.doc ?? {});
    if (r.id !== undefined && before !== undefined && before !== group) change(before).remove.push(r.id);
  });
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function assignGroup(ctx: Ctx, group: string, change: GroupChange): Promise<DeployOperation> {
  const done = begin(ctx);
  const head = { operation: 'assign-group' as const, kind: 'group' as const, name: group };
  const tally = new Tally();
  for (let calls = 0; ; calls++) {
    const current = await ctx.client.groupFilters(group);
    const wanted = desired(current, change);
    if (sameList(current, wanted)) {
      // An earlier write of ours whose answer was lost did land.
      return done({ ...head, ...tally.fields(), outcome: tally.unknown > 0 ? 'applied' : 'unchanged' });
    }
    if (calls >= MAX_WRITE_ATTEMPTS) {
      return done({
        ...head,
        ...tally.fields(),
        outcome: 'failed',
        error: `${tally.unknown} write(s) of the membership had an unknown outcome and it is still not as wanted — re-run the deploy`,
      });
    }
    try {
      tally.add(await ctx.client.setGroupFilters(group, wanted));
      return done({ ...head, ...tally.fields(), outcome: 'applied' });
    } catch (err) {
      if (err instanceof ApiError) tally.add(err);
      if (!isUnknownOutcome(err)) throw new WriteFailure(err, tally);
    }
  }
}

/** The current list, minus the filters that moved away, plus ours that are missing (order kept). */
function desired(current: string[], change: GroupChange): string[] {
  const drop = new Set(change.remove);
  const kept = current.filter((id) => !drop.has(id));
  const have = new Set(kept);
  return [...kept, ...[...new Set(change.add)].filter((id) => !have.has(id))];
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
