// The live side of the filters a repo holds, for the plan: every live filter (all pages) and the
// membership of each routing group the repo's filters target now or targeted live (a filter the
// repo moves leaves its old group). Read through the API only; a registry export file has no filters.

import type { Contract } from '../core/contract.js';
import { mapLimit } from '../core/pool.js';
import type { CxoneClient } from '../cxone/index.js';
import { readLiveFilters } from './live-tenant.js';
import type { LiveState } from './types.js';

export async function addLiveFilters(live: LiveState, client: CxoneClient, contracts: readonly Contract[], concurrency: number): Promise<void> {
  const filters = await readLiveFilters(client);
  const groups = new Set<string>();
  for (const c of contracts) {
    if (c.kind !== 'filter') continue;
    for (const g of [groupOf(c.doc), groupOf(filters.get(c.name)?.doc)]) if (g !== undefined) groups.add(g);
  }
  const ids = [...groups].sort();
  const members = await mapLimit(ids, concurrency, (g) => client.groupFilters(g));
  live.filters = filters;
  live.groups = new Map(ids.map((g, i) => [g, members[i]!]));
}

/** The routing group a filter document targets, when it names one. */
export function groupOf(doc: Record<string, unknown> | undefined): string | undefined {
  const g = doc?.target_group_id;
  return typeof g === 'string' && g !== '' ? g : undefined;
}
