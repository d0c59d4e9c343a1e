// "reverts a live change by X at T": an update overwrites the live item with the repo's content,
// so when the item's newest audit entry was written by someone other than this tool's OAuth client
// (a console edit, another pipeline), the update undoes that change. The plan says so, from the
// platform's audit log, so the reviewer sees it before the merge does it.
//
// Filters are read from their own log (`?filter_id=`), schemas from the tenant-wide log (read once,
// only when a schema update needs it). A log the platform will not give (4xx) leaves the items
// without the mark: the plan never guesses.

import type { LiveState } from '../baseline/types.js';
import {
  contentEntries,
  entryAbout,
  entryText,
  isEntry,
  changesContent,
  newestEntry,
} from '../baseline/audit-match.js';
import { mapLimit } from '../core/pool.js';
import type { PlanItem } from '../core/report.js';
import { PlatformError } from '../core/errors.js';
import { ApiError, type CxoneClient, type Entity } from '../cxone/index.js';

/**
 * `ourActors`: the OAuth clients of this tool (the check's, and the deploy's when it is another):
 * their writes are the tool's own deploys, never a live change.
 */
export async function markReverts(
  plan: PlanItem[],
  live: LiveState,
  client: CxoneClient,
  ourActors: readonly string[],
  concurrency: number,
): Promise<void> {
  const updates = plan.filter((p) => p.action === 'update' && (p.kind === 'schema' || p.kind === 'filter'));
  const filters = updates.filter((p) => p.kind === 'filter' && live.filters?.get(p.name)?.id !== undefined);
  const schemas = updates.filter((p) => p.kind === 'schema');
  await mapLimit(filters, concurrency, async (p) => {
    const id = live.filters!.get(p.name)!.id!;
    const log = await readable(() => client.auditLogs(id));
    mark(p, newestEntry(contentEntries(log ?? [], id)), ourActors);
  });
  if (schemas.length === 0) return;
  const log = await readable(() => client.auditLogs());
  if (!log) return;
  for (const p of schemas) {
    const id = live.schemas.get(p.name)?.id;
    // By meaning, as drift reads it: any field holding the schema's live id or title (src/baseline/audit-match.ts).
    const mine = (e: Entity) =>
      isEntry(e) && changesContent(e) && entryAbout(e, 'schema', id !== undefined ? [id] : [], [p.name]);
    mark(p, newestEntry(log.filter(mine)), ourActors);
  }
}

/**
 * The log, or undefined when the platform will not give it (refused, failing, or answering what
 * this tool does not understand): the mark is information, never a reason to fail the check.
 */
async function readable(read: () => Promise<Entity[]>): Promise<Entity[] | undefined> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof ApiError || err instanceof PlatformError) return undefined;
    throw err;
  }
}

function mark(p: PlanItem, entry: Entity | undefined, ourActors: readonly string[]): void {
  if (!entry || typeof entry.actor !== 'string' || entry.actor === '' || ourActors.includes(entry.actor)) return;
  p.reverts = {
    actor: entryText(entry.actor)!,
    timestamp: (typeof entry.timestamp === 'string' && entryText(entry.timestamp)) || 'an unknown time',
  };
}
