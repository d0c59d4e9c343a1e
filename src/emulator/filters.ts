// Event filters: validate, list, create, read, replace, status. The contract's lifecycle: a created
// or updated filter is DRAFT (for the variant's draftMs; none by default), then PENDING_ACTIVATION,
// then ACTIVE after the activation delay, or FAILED with a message when options.failActivation
// says so. Variants with lifecycleAudit record each of the platform's own moves in the audit log.

import { createHash } from 'node:crypto';
import type { Ctx, Route } from './context.js';
import { notFound } from './audit.js';
import { ApiError, checkIfMatch, requireObject } from './http.js';
import { compareKeys, keysetPage, pageBody, pageSize } from './pagination.js';
import { FILTER_PLATFORM_FIELDS, filterEntity, filterEtag, nextId, withoutFields } from './state.js';
import type { FilterStatus, StoredFilter } from './types.js';
import type { PlatformVariant } from './variant.js';
import { filterProblems, validateFilter } from './validate.js';

const BASE = '/api/v2/event-processing/filters';

/**
 * The status a stale If-Match gets for this filter: the platform has been seen to answer 409 or
 * 412; the variant answers one of them always, or either, fixed per filter id (a hash of the id).
 */
export function filterConflictStatus(id: string, variant?: PlatformVariant): 409 | 412 {
  const fixed = variant?.staleFilterStatus ?? 'by-id';
  if (fixed !== 'by-id') return fixed;
  return (createHash('sha256').update(id).digest()[0]! & 1) === 0 ? 412 : 409;
}

function find(ctx: Ctx, id: string): StoredFilter {
  const f = ctx.state.filters.get(id);
  if (!f) throw notFound('filter', id);
  return f;
}

function nameTaken(ctx: Ctx, name: unknown, except?: string): StoredFilter | undefined {
  for (const f of ctx.state.filters.values()) if (f.id !== except && f.doc.name === name) return f;
  return undefined;
}

function bodyDoc(body: unknown): Record<string, unknown> {
  const doc = withoutFields(requireObject(body, 'an event filter'), FILTER_PLATFORM_FIELDS);
  validateFilter(doc);
  return doc;
}

export const filterRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${BASE}/validate`,
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const doc = withoutFields(requireObject(req.json(), 'an event filter'), FILTER_PLATFORM_FIELDS);
      const problems = filterProblems(doc);
      if (problems.length > 0) {
        const message = `the filter is not valid: ${problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`;
        return {
          status: 400,
          body:
            ctx.variant.errorBody === 'message'
              ? { message }
              : { valid: false, message, code: 'FILTER_INVALID', details: problems },
        };
      }
      return { status: 200, body: { valid: true } };
    },
  },
  {
    method: 'GET',
    pattern: BASE,
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const size = pageSize(req.query, 'page_size', 100, 1000);
      const name = req.query.get('name');
      let all = [...ctx.state.filters.values()].sort(
        (a, b) => compareKeys(String(a.doc.name), String(b.doc.name)) || compareKeys(a.id, b.id),
      );
      if (name !== null) all = all.filter((f) => f.doc.name === name);
      const page = keysetPage(all, (f) => String(f.doc.name), size, req.query.get('cursor'), `filters:${name ?? ''}`);
      return {
        status: 200,
        body: pageBody(
          ctx.variant,
          { entities: page.items.map((f) => filterEntity(f, ctx.variant)) },
          page.next_cursor,
        ),
      };
    },
  },
  {
    method: 'POST',
    pattern: BASE,
    scope: 'event-processing:write',
    handler: (ctx, req) => {
      const doc = bodyDoc(req.json());
      const existing = nameTaken(ctx, doc.name);
      if (existing)
        throw new ApiError(
          409,
          'DUPLICATE',
          `a filter named "${String(doc.name)}" already exists (id ${existing.id})`,
          [{ id: existing.id, message: 'name already exists' }],
        );
      const at = ctx.now().toISOString();
      const f: StoredFilter = {
        id: nextId(ctx.state, 'filter'),
        revision: 1,
        doc,
        status: 'PENDING_ACTIVATION',
        createdAt: at,
        updatedAt: at,
      };
      ctx.state.filters.set(f.id, f);
      ctx.record({
        actor: req.actor,
        source: 'api',
        action: 'create',
        entity_kind: 'filter',
        entity_id: f.id,
        entity_name: String(doc.name),
        filter_id: f.id,
        before_version: null,
        after_version: 1,
      });
      ctx.scheduleActivation(f);
      return {
        status: 201,
        body: filterEntity(f, ctx.variant),
        headers: { etag: filterEtag(f), location: `${BASE}/${f.id}` },
      };
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/:id`,
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const f = find(ctx, req.params.id!);
      return {
        status: 200,
        body: filterEntity(f, ctx.variant, req.query.get('export_state') === 'true'),
        headers: { etag: filterEtag(f) },
      };
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/:id`,
    scope: 'event-processing:write',
    handler: (ctx, req) => {
      const f = find(ctx, req.params.id!);
      const current = filterEtag(f);
      const match = checkIfMatch(req.headers, current);
      if (match === 'missing')
        throw new ApiError(
          428,
          'PRECONDITION_REQUIRED',
          'an update needs If-Match with the ETag of the version it replaces',
        );
      if (match === 'stale') {
        const status = filterConflictStatus(f.id, ctx.variant);
        throw new ApiError(
          status,
          status === 412 ? 'PRECONDITION_FAILED' : 'CONFLICT',
          `filter ${f.id} changed since it was read (current ETag ${current})`,
          [{ current_etag: current, message: 'stale If-Match' }],
        );
      }
      const doc = bodyDoc(req.json());
      const other = nameTaken(ctx, doc.name, f.id);
      if (other) throw new ApiError(409, 'DUPLICATE', `another filter (id ${other.id}) is named "${String(doc.name)}"`);
      const before = f.revision;
      f.doc = doc;
      f.revision += 1;
      f.updatedAt = ctx.now().toISOString();
      ctx.record({
        actor: req.actor,
        source: 'api',
        action: 'update',
        entity_kind: 'filter',
        entity_id: f.id,
        entity_name: String(doc.name),
        filter_id: f.id,
        before_version: before,
        after_version: f.revision,
      });
      ctx.scheduleActivation(f);
      return { status: 200, body: filterEntity(f, ctx.variant), headers: { etag: filterEtag(f) } };
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/:id/status`,
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const f = find(ctx, req.params.id!);
      return {
        status: 200,
        body: { id: f.id, status: f.status, ...(f.message !== undefined ? { message: f.message } : {}) },
      };
    },
  },
];

/** Lifecycle timers: one per filter, unref'd, all cleared by close(). */
export class Lifecycle {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ctx: () => Ctx,
    private readonly delayMs: number,
    private readonly failActivation?: (filter: Record<string, unknown>) => string | undefined,
  ) {}

  /** A created or updated filter starts over: DRAFT (when the variant has the step), then pending, then the verdict. */
  schedule(f: StoredFilter): void {
    delete f.message;
    delete f.activatedAt;
    const draftMs = this.ctx().variant.draftMs;
    if (draftMs > 0) {
      f.status = 'DRAFT';
      this.after(f, draftMs, 'DRAFT', (live) => {
        this.move(live, 'PENDING_ACTIVATION');
        this.after(live, this.delayMs, 'PENDING_ACTIVATION', (l) => this.activate(l));
      });
    } else {
      f.status = 'PENDING_ACTIVATION';
      this.after(f, this.delayMs, 'PENDING_ACTIVATION', (live) => this.activate(live));
    }
  }

  /** Run `step` after `ms` unless the filter changed (another revision, or left `from`) meanwhile. */
  private after(f: StoredFilter, ms: number, from: FilterStatus, step: (live: StoredFilter) => void): void {
    clearTimeout(this.timers.get(f.id));
    const revision = f.revision;
    const timer = setTimeout(() => {
      this.timers.delete(f.id);
      const live = this.ctx().state.filters.get(f.id);
      if (live && live.revision === revision && live.status === from) step(live);
    }, ms);
    timer.unref();
    this.timers.set(f.id, timer);
  }

  private activate(live: StoredFilter): void {
    const ctx = this.ctx();
    let failure: string | undefined;
    try {
      failure = this.failActivation?.(filterEntity(live, ctx.variant));
    } catch (err) {
      failure = `activation failed: ${(err as Error).message}`;
    }
    if (failure !== undefined) {
      live.message = failure;
      this.move(live, 'FAILED');
    } else {
      live.activatedAt = ctx.now().toISOString();
      this.move(live, 'ACTIVE');
    }
  }

  private move(live: StoredFilter, status: FilterStatus): void {
    live.status = status;
    const ctx = this.ctx();
    if (!ctx.variant.lifecycleAudit) return;
    ctx.record({
      actor: 'platform',
      source: 'platform',
      action: 'status',
      status,
      entity_kind: 'filter',
      entity_id: live.id,
      entity_name: String(live.doc.name),
      filter_id: live.id,
      before_version: live.revision,
      after_version: live.revision,
    });
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
