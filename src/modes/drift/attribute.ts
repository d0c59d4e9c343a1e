// Who changed a drifted item last, from the platform audit log (every page).
//
// The API's audit log is keyed by filter_id (cxone-api.md), so a filter that exists live is
// attributed from its own log (`?filter_id=`). Schemas have no key of their own: the platform lists
// them in the tenant-wide log, read once without filter_id, only when something needs it. There an
// entry is read by meaning (src/baseline/audit-match.ts: any field holding the item's live id or
// its title/name, whatever the platform calls it), and the platform's own lifecycle entries never
// count. The newest content change wins: that is the change that left the item as it is now. When the
// platform refuses the tenant-wide query, or the log holds nothing, the item says so instead of
// guessing.

import type { CxoneClient, Entity } from '../../cxone/index.js';
import { ApiError } from '../../cxone/index.js';
import { mapLimit } from '../../core/pool.js';
import {
  changesContent,
  contentEntries,
  entryAbout,
  entryText,
  isEntry,
  newestEntry,
} from '../../baseline/audit-match.js';
import type { Attribution, DriftItem } from './types.js';

export interface AttributeOptions {
  concurrency: number;
  /** Log lines the run reports (a refused query), never secrets. */
  notes: string[];
  /** The audit log reader (see auditReader): a log read for filter health is not read again. */
  auditLogs: AuditReader;
}

/** Reads the audit log of one filter (or, without an id, the tenant's), each at most once per run. */
export type AuditReader = (filterId?: string) => Promise<Entity[]>;

export function auditReader(client: CxoneClient): AuditReader {
  const read = new Map<string, Promise<Entity[]>>();
  return (filterId) => {
    const key = filterId ?? '';
    let log = read.get(key);
    if (!log) {
      log = client.auditLogs(filterId);
      read.set(key, log);
    }
    return log;
  };
}

/** Fill `attribution` (and `attributionNote` where none is found) on every item, in place. */
export async function attribute(items: DriftItem[], options: AttributeOptions): Promise<void> {
  // A filter's own changes are in its own log; a group's membership, and schemas, in the tenant-wide one.
  const own = (i: DriftItem) => i.kind === 'filter' && i.liveId !== undefined && i.group === undefined;
  const byFilterId = items.filter(own);
  const tenantWide = items.filter((i) => !own(i));
  const ids = [...new Set(byFilterId.map((i) => i.liveId!))];
  const logs = new Map<string, Entity[]>();
  await mapLimit(ids, options.concurrency, async (id) => {
    logs.set(id, contentEntries(await options.auditLogs(id), id));
  });
  for (const item of byFilterId) settle(item, newestEntry(logs.get(item.liveId!) ?? []));
  if (tenantWide.length === 0) return;

  let all: Entity[];
  try {
    all = await options.auditLogs();
  } catch (err) {
    if (
      !(err instanceof ApiError) ||
      err.status === undefined ||
      err.status >= 500 ||
      err.status === 401 ||
      err.status === 403
    )
      throw err;
    const why = `the audit log refused a tenant-wide query (${err.status}); schema changes and deleted filters are not attributed`;
    options.notes.push(why);
    for (const item of tenantWide) {
      item.attribution = null;
      item.attributionNote = why;
    }
    return;
  }
  const changes = all.filter((e) => isEntry(e) && changesContent(e));
  for (const item of tenantWide) settle(item, newestEntry(changes.filter((e) => matches(e, item))));
}

/**
 * By meaning (src/baseline/audit-match.ts): the kind, when the entry says one, and any field
 * holding the item's live id or its name.
 */
function matches(e: Entity, item: DriftItem): boolean {
  // A membership change is an entry about the group (an assignment names the group, not always the filter).
  if (item.group) return entryAbout(e, 'group', [item.group.id], []);
  return entryAbout(e, item.kind, item.liveId !== undefined ? [item.liveId] : [], [item.name]);
}

function settle(item: DriftItem, entry: Entity | undefined): void {
  if (!entry) {
    item.attribution = null;
    // A repo-only item has no live id: a log that names deletions only by id cannot be matched, so
    // "never deployed" is not certain.
    item.attributionNote =
      item.rule === 'drift-repo-only'
        ? 'no audit entry names it: never deployed, or deleted under an id the repo does not hold'
        : 'no audit entry for it';
    return;
  }
  // The tenant's words, on one line and bounded: they reach findings, annotations and the summary.
  const source = entryText(entry.source);
  const a: Attribution = {
    actor: (typeof entry.actor === 'string' && entryText(entry.actor)) || 'unknown',
    timestamp: entryText(entry.timestamp) ?? '',
    action: entryText(entry.action) ?? 'change',
    ...(source !== undefined ? { source } : {}),
  };
  item.attribution = a;
}
