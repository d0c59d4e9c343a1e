// The audit log: every mutation, from the API or out of band (Emulator.mutate), in order.

import type { Ctx, Route } from './context.js';
import { ApiError } from './http.js';
import { offsetPage, pageSize } from './pagination.js';
import { snapshot, versionOf, type Snapshot } from './state.js';
import type { AuditEntry, EmulatorState } from './types.js';

export const auditRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/v2/event-processing/audit-logs',
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const size = pageSize(req.query, 'page_size', 50, 1000);
      const filterId = req.query.get('filter_id');
      const kind = req.query.get('entity_kind');
      let entries = ctx.state.audit;
      if (filterId !== null) entries = entries.filter((e) => e.filter_id === filterId);
      if (kind !== null) entries = entries.filter((e) => e.entity_kind === kind);
      const listing = `audit:${filterId ?? ''}:${kind ?? ''}`;
      const page = offsetPage(entries, size, req.query.get('cursor'), listing);
      return { status: 200, body: { entries: page.items, next_cursor: page.next_cursor } };
    },
  },
];

/**
 * Run an out-of-band change and record what it changed, entity by entity: creations, updates
 * (content changed: the revision is bumped if the change did not bump it) and deletions.
 */
export function mutateWithAudit(ctx: Ctx, actor: string, fn: (state: EmulatorState) => void): void {
  const before = snapshot(ctx.state);
  fn(ctx.state);
  const after = snapshot(ctx.state);
  for (const entry of diffSnapshots(ctx.state, before, after, actor)) ctx.record(entry);
}

function diffSnapshots(state: EmulatorState, before: Snapshot, after: Snapshot, actor: string): Omit<AuditEntry, 'timestamp'>[] {
  const out: Omit<AuditEntry, 'timestamp'>[] = [];
  const base = { actor, source: 'console' as const };
  for (const [id, now] of after.schemas) {
    const was = before.schemas.get(id);
    const s = state.schemas.get(id)!;
    if (!Number.isInteger(s.revision) || s.revision < 1) s.revision = 1;
    if (!was) {
      out.push({ ...base, action: 'create', entity_kind: 'schema', entity_id: id, entity_name: now.title, before_version: null, after_version: s.revision, before_cxone_version: null, after_cxone_version: versionOf(s.doc) });
    } else if (was.content !== now.content || was.revision !== now.revision) {
      if (s.revision <= was.revision) s.revision = was.revision + 1;
      out.push({ ...base, action: 'update', entity_kind: 'schema', entity_id: id, entity_name: now.title, before_version: was.revision, after_version: s.revision, before_cxone_version: was.cxoneVersion, after_cxone_version: versionOf(s.doc) });
    }
  }
  for (const [id, was] of before.schemas) {
    if (!after.schemas.has(id)) out.push({ ...base, action: 'delete', entity_kind: 'schema', entity_id: id, entity_name: was.title, before_version: was.revision, after_version: null, before_cxone_version: was.cxoneVersion, after_cxone_version: null });
  }
  for (const [id, now] of after.filters) {
    const was = before.filters.get(id);
    const f = state.filters.get(id)!;
    if (!Number.isInteger(f.revision) || f.revision < 1) f.revision = 1;
    if (!was) {
      out.push({ ...base, action: 'create', entity_kind: 'filter', entity_id: id, entity_name: now.name, filter_id: id, before_version: null, after_version: f.revision });
    } else if (was.content !== now.content || was.revision !== now.revision) {
      if (f.revision <= was.revision) f.revision = was.revision + 1;
      out.push({ ...base, action: 'update', entity_kind: 'filter', entity_id: id, entity_name: now.name, filter_id: id, before_version: was.revision, after_version: f.revision });
    }
  }
  for (const [id, was] of before.filters) {
    if (!after.filters.has(id)) out.push({ ...base, action: 'delete', entity_kind: 'filter', entity_id: id, entity_name: was.name, filter_id: id, before_version: was.revision, after_version: null });
  }
  for (const [id, now] of after.groups) {
    if (before.groups.get(id) !== now) out.push({ ...base, action: 'assign', entity_kind: 'group', entity_id: id, filter_ids: [...(state.groups.get(id) ?? [])], before_version: null, after_version: null });
  }
  for (const id of before.groups.keys()) {
    if (!after.groups.has(id)) out.push({ ...base, action: 'delete', entity_kind: 'group', entity_id: id, before_version: null, after_version: null });
  }
  return out;
}

export function notFound(kind: string, id: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${kind} ${id} does not exist`);
}
