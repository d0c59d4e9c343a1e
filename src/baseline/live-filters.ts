// The live side of the filters a repo holds, for the plan: every live filter (all pages) and the
// membership of each routing group the repo's filters target now or targeted live (a filter the
// repo moves leaves its old group). Read through the API only; a registry export file has no filters.

import type { Contract } from '../core/contract.js';
import { mapLimit } from '../core/pool.js';
import { groupOf } from '../core/target-group.js';
import { ApiError, type CxoneClient } from '../cxone/index.js';
import { readLiveFilters } from './live-tenant.js';
import type { LiveFilterState, LiveState } from './types.js';

export async function addLiveFilters(
  live: LiveState,
  client: CxoneClient,
  contracts: readonly Contract[],
  concurrency: number,
): Promise<void> {
  let filters: Map<string, LiveFilterState>;
  try {
    filters = await readLiveFilters(client);
  } catch (err) {
    // A PR check's read-only client may hold the schema scope only: the filters are then unknown
    // to the plan (it says why), not a failed check. The deploy's client reads them.
    if (!(err instanceof ApiError && err.status === 403)) throw err;
    live.filtersUnknown = `the filters could not be read (${err.message}); grant the check's client event-processing:read to plan them`;
    return;
  }
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
