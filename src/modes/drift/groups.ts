// drift-group-membership: routing-group membership is part of what the repo says. A repo filter
// that is missing live from the group its `target_group_id` names (taken out in the console), or
// that sits in another group the repo's filters route to, is drift — the next deploy would quietly
// put it back. Memberships are read for the groups the repo's filters name (one read per group).

import type { LiveTenant } from '../../baseline/index.js';
import type { Contract } from '../../core/contract.js';
import { mapLimit } from '../../core/pool.js';
import { groupOf } from '../../core/target-group.js';
import type { CxoneClient } from '../../cxone/index.js';
import type { DriftItem } from './types.js';
import { driftRules } from './rules.js';

export async function membershipDrift(
  client: CxoneClient,
  contracts: readonly Contract[],
  live: LiveTenant,
  concurrency: number,
): Promise<DriftItem[]> {
  const filters = contracts.filter((c) => c.kind === 'filter');
  const groups = [...new Set(filters.flatMap((c) => groupOf(c.doc) ?? []))].sort();
  const members = new Map<string, Set<string>>();
  await mapLimit(groups, concurrency, async (g) => void members.set(g, new Set(await client.groupFilters(g))));
  const items: DriftItem[] = [];
  for (const c of filters) {
    const id = live.filters.get(c.name)?.id;
    if (id === undefined) continue; // not live: drift-repo-only says so
    const target = groupOf(c.doc);
    const head = {
      rule: driftRules.driftGroupMembership.id,
      kind: 'filter' as const,
      name: c.name,
      file: c.file,
      pointer: '/target_group_id',
      liveId: id,
    };
    if (target !== undefined && !members.get(target)!.has(id))
      items.push({ ...head, group: { id: target, member: false } });
    for (const g of groups)
      if (g !== target && members.get(g)!.has(id)) items.push({ ...head, group: { id: g, member: true } });
  }
  return items;
}
