// "reverts a live change by X at T": an update overwrites the live item with the repo's content,
// so when the item's newest audit entry was written by someone other than this tool's OAuth client
// (a console edit, another pipeline), the update undoes that change. The plan says so, from the
// platform's audit log, so the reviewer sees it before the merge does it.
//
// Filters are read from their own log (`?filter_id=`), schemas from the tenant-wide log (read once,
// only when a schema update needs it). A log the platform will not give (4xx) leaves the items
// without the mark: the plan never guesses.

import type { LiveState } from '../baseline/types.js';
import { mapLimit } from '../core/pool.js';
import type { PlanItem } from '../core/report.js';
import { ApiError, type CxoneClient, type Entity } from '../cxone/index.js';

export async function markReverts(plan: PlanItem[], live: LiveState, client: CxoneClient, ourActor: string | undefined, concurrency: number): Promise<void> {
  const updates = plan.filter((p) => p.action === 'update' && (p.kind === 'schema' || p.kind === 'filter'));
  const filters = updates.filter((p) => p.kind === 'filter' && live.filters?.get(p.name)?.id !== undefined);
  const schemas = updates.filter((p) => p.kind === 'schema');
  await mapLimit(filters, concurrency, async (p) => {
    const id = live.filters!.get(p.name)!.id!;
    const log = await readable(() => client.auditLogs(id));
    mark(p, newest((log ?? []).filter((e) => e.filter_id === undefined || String(e.filter_id) === id)), ourActor);
  });
  if (schemas.length === 0) return;
  const log = await readable(() => client.auditLogs());
  if (!log) return;
  for (const p of schemas) {
    const id = live.schemas.get(p.name)?.id;
    mark(p, newest(log.filter((e) => e.entity_kind === 'schema' && (id !== undefined ? String(e.entity_id) === id : e.entity_name === p.name))), ourActor);
  }
}

/** The log, or undefined when the platform refuses to give it (4xx): the plan then says nothing about reverts. */
async function readable(read: () => Promise<Entity[]>): Promise<Entity[] | undefined> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof ApiError && err.status !== undefined && err.status >= 400 && err.status < 500) return undefined;
    throw err;
  }
}

function mark(p: PlanItem, entry: Entity | undefined, ourActor: string | undefined): void {
  if (!entry || typeof entry.actor !== 'string' || entry.actor === '' || entry.actor === ourActor) return;
  p.reverts = { actor: entry.actor, timestamp: String(entry.timestamp ?? 'an unknown time') };
}

function newest(entries: Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entries) if (!best || String(e.timestamp ?? '') >= String(best.timestamp ?? '')) best = e;
  return best;
}
