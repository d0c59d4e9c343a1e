// The audit log: every mutation, from the API or out of band (Emulator.mutate), in order. The log
// is kept in one internal shape and shown in the variant's (variant.ts): the contract guarantees
// only `{timestamp, actor, action, filter_id, ...}`, so the product must not depend on the rest.

import type { Ctx, Route } from './context.js';
import { ApiError } from './http.js';
import { offsetPage, pageBody, pageSize } from './pagination.js';
import { snapshot, versionOf, type Snapshot } from './state.js';
import type { AuditEntry, EmulatorState, FilterStatus } from './types.js';
import type { AuditShape } from './variant.js';

export const auditRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/v2/event-processing/audit-logs',
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const size = pageSize(req.query, 'page_size', 50, 1000);
      const filterId = req.query.get('filter_id');
      let entries = ctx.state.audit;
      if (filterId !== null) entries = entries.filter((e) => e.filter_id === filterId);
      const listing = `audit:${filterId ?? ''}`;
      const page = offsetPage(entries, size, req.query.get('cursor'), listing);
      return {
        status: 200,
        body: pageBody(
          ctx.variant,
          { entries: page.items.map((e) => auditView(e, ctx.variant.auditShape)) },
          page.next_cursor,
        ),
      };
    },
  },
];

/** How the flat shape spells a status change (a bare "DRAFT" could be a console "save draft": a content change). */
const FLAT_LIFECYCLE: Record<FilterStatus, string> = {
  DRAFT: 'STATUS_DRAFT',
  PENDING_ACTIVATION: 'ACTIVATION_PENDING',
  ACTIVE: 'ACTIVATED',
  FAILED: 'ACTIVATION_FAILED',
};

/** An entry as the API shows it in `shape`: the contract's fields, plus the shape's documented extras. */
export function auditView(e: AuditEntry, shape: AuditShape): Record<string, unknown> {
  // Tests push malformed entries into state.audit to see the product skip them: they pass through as they are.
  if (typeof e !== 'object' || e === null || Array.isArray(e) || typeof e.action !== 'string')
    return e as unknown as Record<string, unknown>;
  if (typeof shape === 'function') return shape(e);
  const lifecycle = e.action === 'status';
  const members = e.filter_ids !== undefined ? { filter_ids: [...e.filter_ids] } : {};
  const filterId = e.filter_id !== undefined ? { filter_id: e.filter_id } : {};
  if (shape === 'entity') {
    return {
      timestamp: e.timestamp,
      actor: e.actor,
      action: lifecycle ? 'status_change' : e.action,
      ...filterId,
      entity_kind: e.entity_kind,
      entity_id: e.entity_id,
      ...(e.entity_name !== undefined ? { entity_name: e.entity_name } : {}),
      ...members,
      ...(e.status !== undefined ? { status: e.status } : {}),
      source: e.source,
    };
  }
  if (shape === 'resource') {
    return {
      timestamp: e.timestamp,
      actor: e.actor,
      action: lifecycle ? 'STATUS_CHANGED' : e.action.toUpperCase(),
      ...filterId,
      resource_type: e.entity_kind,
      resource_id: e.entity_id,
      ...(e.entity_name !== undefined ? { resource_name: e.entity_name } : {}),
      ...members,
      ...(e.status !== undefined ? { new_status: e.status } : {}),
    };
  }
  // flat: the contract's fields; a schema entry says which schema, a group entry which group.
  const action = lifecycle ? FLAT_LIFECYCLE[e.status ?? 'DRAFT'] : e.action;
  const base = { timestamp: e.timestamp, actor: e.actor, action };
  if (e.entity_kind === 'schema')
    return { ...base, schema_id: e.entity_id, ...(e.entity_name !== undefined ? { title: e.entity_name } : {}) };
  if (e.entity_kind === 'group') return { ...base, group_id: e.entity_id, ...members };
  return { ...base, filter_id: e.entity_id };
}

/**
 * Run an out-of-band change and record what it changed, entity by entity: creations, updates
 * (content changed: the revision is bumped if the change did not bump it) and deletions; a status
 * set by the change itself is a lifecycle entry in variants that log them. A filter whose content
 * changed goes through the lifecycle as an API write does, unless the change set its status itself;
 * a filter created out of band keeps the status it was given (tests set up any state they need).
 */
export function mutateWithAudit(ctx: Ctx, actor: string, fn: (state: EmulatorState) => void): void {
  const before = snapshot(ctx.state);
  fn(ctx.state);
  const after = snapshot(ctx.state);
  for (const entry of diffSnapshots(ctx.state, before, after, actor, ctx.now().toISOString())) ctx.record(entry);
  for (const [id, now] of after.filters) {
    const was = before.filters.get(id);
    if (!was) continue;
    if (was.content !== now.content && was.status === now.status) ctx.scheduleActivation(ctx.state.filters.get(id)!);
    else if (was.status !== now.status && ctx.variant.lifecycleAudit) {
      const f = ctx.state.filters.get(id)!;
      ctx.record({
        actor,
        source: 'console',
        action: 'status',
        status: f.status,
        entity_kind: 'filter',
        entity_id: id,
        entity_name: now.name,
        filter_id: id,
        before_version: f.revision,
        after_version: f.revision,
      });
    }
  }
}

function diffSnapshots(
  state: EmulatorState,
  before: Snapshot,
  after: Snapshot,
  actor: string,
  at: string,
): Omit<AuditEntry, 'timestamp'>[] {
  const out: Omit<AuditEntry, 'timestamp'>[] = [];
  const base = { actor, source: 'console' as const };
  for (const [id, now] of after.schemas) {
    const was = before.schemas.get(id);
    const s = state.schemas.get(id)!;
    if (!Number.isInteger(s.revision) || s.revision < 1) s.revision = 1;
    if (!was) {
      out.push({
        ...base,
        action: 'create',
        entity_kind: 'schema',
        entity_id: id,
        entity_name: now.title,
        before_version: null,
        after_version: s.revision,
        before_cxone_version: null,
        after_cxone_version: versionOf(s.doc),
      });
    } else if (was.content !== now.content || was.revision !== now.revision) {
      if (s.revision <= was.revision) s.revision = was.revision + 1;
      out.push({
        ...base,
        action: 'update',
        entity_kind: 'schema',
        entity_id: id,
        entity_name: now.title,
        before_version: was.revision,
        after_version: s.revision,
        before_cxone_version: was.cxoneVersion,
        after_cxone_version: versionOf(s.doc),
      });
    }
  }
  for (const [id, was] of before.schemas) {
    if (!after.schemas.has(id))
      out.push({
        ...base,
        action: 'delete',
        entity_kind: 'schema',
        entity_id: id,
        entity_name: was.title,
        before_version: was.revision,
        after_version: null,
        before_cxone_version: was.cxoneVersion,
        after_cxone_version: null,
      });
  }
  for (const [id, now] of after.filters) {
    const was = before.filters.get(id);
    const f = state.filters.get(id)!;
    if (!Number.isInteger(f.revision) || f.revision < 1) f.revision = 1;
    if (!was || was.content !== now.content) {
      f.updatedAt = at;
      if (!was || f.createdAt === undefined) f.createdAt = at;
    }
    if (!was) {
      out.push({
        ...base,
        action: 'create',
        entity_kind: 'filter',
        entity_id: id,
        entity_name: now.name,
        filter_id: id,
        before_version: null,
        after_version: f.revision,
      });
    } else if (was.content !== now.content || was.revision !== now.revision) {
      if (f.revision <= was.revision) f.revision = was.revision + 1;
      out.push({
        ...base,
        action: 'update',
        entity_kind: 'filter',
        entity_id: id,
        entity_name: now.name,
        filter_id: id,
        before_version: was.revision,
        after_version: f.revision,
      });
    }
  }
  for (const [id, was] of before.filters) {
    if (!after.filters.has(id))
      out.push({
        ...base,
        action: 'delete',
        entity_kind: 'filter',
        entity_id: id,
        entity_name: was.name,
        filter_id: id,
        before_version: was.revision,
        after_version: null,
      });
  }
  for (const [id, now] of after.groups) {
    if (before.groups.get(id) !== now)
      out.push({
        ...base,
        action: 'assign',
        entity_kind: 'group',
        entity_id: id,
        filter_ids: [...(state.groups.get(id) ?? [])],
        before_version: null,
        after_version: null,
      });
  }
  for (const id of before.groups.keys()) {
    if (!after.groups.has(id))
      out.push({
        ...base,
        action: 'delete',
        entity_kind: 'group',
        entity_id: id,
        before_version: null,
        after_version: null,
      });
  }
  return out;
}

export function notFound(kind: string, id: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${kind} ${id} does not exist`);
}
