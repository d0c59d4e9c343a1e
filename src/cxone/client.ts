// The CXone client: the endpoints of cxone-api.md on top of the request core.
//
// Creating is not idempotent: a POST whose outcome is unknown (5xx, reset, timeout, or 429 after
// every retry) is never repeated blindly. The client first looks the entity up by its unique key
// (schema `title`, filter `name`): if it now exists with the content we sent, our POST went through
// and the stored entity is returned (status 200 instead of 201); if it exists with other content,
// someone else created it and that is a 409; if it does not exist, the POST is sent once more.

import { sameContent } from '../core/canonical.js';
import { PlatformError } from '../core/errors.js';
import { ApiError, oneLine, Redactor } from './errors.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions } from './options.js';
import { collectPages } from './paginate.js';
import { RequestCore, type ApiResponse, type CallAttempts, type Stats } from './request.js';
import { TokenManager } from './token.js';

export type Entity = Record<string, unknown>;

export interface Fetched {
  body: Entity;
  etag?: string;
}

export interface WriteResult extends Fetched, CallAttempts {
  status: number;
}

export interface MetricsOptions {
  /** ISO 8601 duration, default `PT5M`. */
  interval?: string;
  /** Default hit_count, throughput_rate, match_ratio. */
  metrics?: string[];
  /** Absolute ISO time or a negative duration relative to the end, default `-PT3600S`. */
  startTime?: string;
  /** ISO time, default now. */
  endTime?: string;
}

const SCHEMAS = '/api/v2/eventbridge/schemas';
const FILTERS = '/api/v2/event-processing/filters';
const GROUPS = '/api/v2/event-processing/filter-groups';
const AUDIT = '/api/v2/event-processing/audit-logs';
const METRICS = '/api/v2/analytics/event-processing/filter-metrics';

export class CxoneClient {
  private readonly o: ResolvedOptions;
  private readonly core: RequestCore;
  private readonly tokens: TokenManager;

  /** Throws UsageError for a bad setting (e.g. http:// to a non-loopback host). */
  constructor(options: ClientOptions) {
    this.o = resolveOptions(options);
    // Masked and redacted in every form, with the Basic-auth pairing `id:secret`, before any request.
    const redactor = new Redactor(this.o.mask);
    redactor.add(this.o.clientSecret, this.o.clientId);
    this.core = new RequestCore(this.o, redactor);
    this.tokens = new TokenManager(this.o, this.core);
    this.core.tokens = this.tokens;
  }

  /** The API base URL as configured (no trailing slash), for `LiveState.source`. */
  get baseUrl(): string {
    return this.o.baseUrl;
  }

  // ---- schemas ----------------------------------------------------------------------------------

  /** The registry export: every page of `GET /api/v2/eventbridge/schemas?export=true&limit=N`. */
  exportSchemas(opts: { pageSize?: number } = {}): Promise<Entity[]> {
    return collectPages<Entity>(this.core, {
      path: SCHEMAS,
      query: { export: 'true', limit: String(opts.pageSize ?? 1000) },
      itemsKey: 'entities',
    });
  }

  async getSchema(id: string): Promise<Fetched> {
    return fetched(this.core, await this.core.call({ method: 'GET', path: `${SCHEMAS}/${seg(id)}` }));
  }

  createSchema(doc: Entity): Promise<WriteResult> {
    return this.createRecovering(SCHEMAS, doc, 'title', async (title) => {
      const hit = (await this.exportSchemas()).find((e) => e.title === title);
      return hit && idOf(hit) !== undefined ? this.getSchema(idOf(hit) as string) : undefined;
    });
  }

  async updateSchema(id: string, doc: Entity, etag: string): Promise<WriteResult> {
    requireEtag('updateSchema', etag);
    return written(
      this.core,
      await this.core.call({ method: 'PUT', path: `${SCHEMAS}/${seg(id)}`, body: doc, ifMatch: etag }),
    );
  }

  // ---- filters ----------------------------------------------------------------------------------

  listFilters(opts: { pageSize?: number } = {}): Promise<Entity[]> {
    return collectPages<Entity>(this.core, {
      path: FILTERS,
      query: { page_size: String(opts.pageSize ?? 100) },
      itemsKey: 'entities',
    });
  }

  async getFilter(id: string, opts: { exportState?: boolean } = {}): Promise<Fetched> {
    const q = opts.exportState ? '?export_state=true' : '';
    return fetched(this.core, await this.core.call({ method: 'GET', path: `${FILTERS}/${seg(id)}${q}` }));
  }

  /** Syntax check without storing. Stores nothing, so it is safe to retry. */
  async validateFilter(doc: Entity): Promise<{ valid: boolean; message?: string }> {
    const res = await this.core.call({
      method: 'POST',
      path: `${FILTERS}/validate`,
      body: doc,
      idempotent: true,
      accept: [400, 422],
    });
    const body = isObject(res.body) ? res.body : {};
    // Bounded and flattened like every platform message (serverMessage): it reaches logs, outputs and the plan.
    const message =
      typeof body.message === 'string' ? oneLine(this.core.redactor.redact(body.message), 500) : undefined;
    const valid = res.status >= 200 && res.status < 300 && body.valid !== false;
    return { valid, ...(message !== undefined ? { message } : {}) };
  }

  createFilter(doc: Entity): Promise<WriteResult> {
    return this.createRecovering(FILTERS, doc, 'name', async (name) => {
      const hit = (await this.listFilters()).find((e) => e.name === name);
      return hit && idOf(hit) !== undefined ? this.getFilter(idOf(hit) as string) : undefined;
    });
  }

  async updateFilter(id: string, doc: Entity, etag: string): Promise<WriteResult> {
    requireEtag('updateFilter', etag);
    return written(
      this.core,
      await this.core.call({ method: 'PUT', path: `${FILTERS}/${seg(id)}`, body: doc, ifMatch: etag }),
    );
  }

  async filterStatus(id: string): Promise<{ status: string; message?: string }> {
    const path = `${FILTERS}/${seg(id)}/status`;
    const res = await this.core.call({ method: 'GET', path });
    const body = isObject(res.body) ? res.body : {};
    if (typeof body.status !== 'string')
      throw this.core.fail(`GET ${path}: the response has no "status"`, { endpoint: `GET ${path}` });
    return { status: body.status, ...(typeof body.message === 'string' ? { message: body.message } : {}) };
  }

  // ---- filter groups ----------------------------------------------------------------------------

  groupFilters(groupId: string): Promise<string[]> {
    return collectPages<unknown>(this.core, {
      path: `${GROUPS}/${seg(groupId)}/filters`,
      query: { page_size: '100' },
      itemsKey: 'filter_ids',
    }).then((ids) =>
      ids.map((id) => {
        // An id is a string or a number; anything else is an answer this tool does not understand.
        if (typeof id === 'string' || typeof id === 'number') return String(id);
        throw new PlatformError(
          `GET ${GROUPS}/{group}/filters: a filter id is ${id === null ? 'null' : typeof id}, not a string or a number`,
        );
      }),
    );
  }

  /**
   * Replaces the group's whole assignment. Not retried after an unknown outcome: the write carries
   * no If-Match, so a late duplicate could overwrite a newer list. The caller re-reads the
   * membership instead (ApiError.unknown says whether the write may have landed).
   */
  async setGroupFilters(groupId: string, ids: string[]): Promise<CallAttempts> {
    const res = await this.core.call({
      method: 'PUT',
      path: `${GROUPS}/${seg(groupId)}/filters`,
      body: { filter_ids: ids },
      idempotent: false,
    });
    return { sent: res.sent, unknown: res.unknown };
  }

  // ---- audit and metrics ------------------------------------------------------------------------

  /** One filter's audit entries; without a filter id, the tenant-wide log (drift attributes schema changes from it). */
  auditLogs(filterId?: string): Promise<Entity[]> {
    const query: Record<string, string> =
      filterId === undefined ? { page_size: '50' } : { filter_id: filterId, page_size: '50' };
    return collectPages<Entity>(this.core, { path: AUDIT, query, itemsKey: 'entries' });
  }

  async filterMetrics(filterId: string, opts: MetricsOptions = {}): Promise<unknown> {
    const q = new URLSearchParams({
      filter_id: filterId,
      interval: opts.interval ?? 'PT5M',
      metrics: (opts.metrics ?? ['hit_count', 'throughput_rate', 'match_ratio']).join(','),
      start_time: opts.startTime ?? '-PT3600S',
      end_time: opts.endTime ?? new Date(this.o.now()).toISOString(),
    });
    return (await this.core.call({ method: 'GET', path: `${METRICS}?${q.toString()}` })).body;
  }

  // ---- housekeeping -----------------------------------------------------------------------------

  stats(): Stats {
    return { ...this.core.stats };
  }

  async close(): Promise<void> {
    await this.core.close();
  }

  private async createRecovering(
    path: string,
    doc: Entity,
    key: 'title' | 'name',
    find: (value: string) => Promise<Fetched | undefined>,
  ): Promise<WriteResult> {
    const post = async (): Promise<WriteResult> =>
      written(this.core, await this.core.call({ method: 'POST', path, body: doc, idempotent: false }));
    let first: ApiError;
    try {
      return await post();
    } catch (err) {
      const value = doc[key];
      if (!(err instanceof ApiError) || !err.retryable || typeof value !== 'string') throw err;
      first = err;
    }
    // The writes of both POSTs count: the caller's audit must match what the platform saw.
    const before = { sent: first.sent, unknown: first.unknown };
    const value = doc[key] as string;
    this.core.log(
      `POST ${path}: outcome unknown (${first.status ?? first.code ?? 'error'}); looking up ${key} ${JSON.stringify(value)} before retrying`,
    );
    const found = await find(value);
    if (found) {
      if (Object.keys(doc).every((k) => sameContent(doc[k], found.body[k])))
        return { ...found, status: 200, ...before };
      const label = `POST ${path}`;
      throw this.core.fail(
        `${label}: 409 Conflict — ${key} ${JSON.stringify(value)} was created by someone else while our request was in flight (re-read and re-check)`,
        {
          endpoint: label,
          status: 409,
          ...before,
        },
      );
    }
    try {
      const res = await post();
      return { ...res, sent: res.sent + before.sent, unknown: res.unknown + before.unknown };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      throw this.core.fail(err.message, {
        endpoint: err.endpoint,
        ...(err.status !== undefined ? { status: err.status } : {}),
        ...(err.code !== undefined ? { code: err.code } : {}),
        ...(err.refused !== undefined ? { refused: err.refused } : {}),
        ...(err.scope !== undefined ? { scope: err.scope } : {}),
        retryable: err.retryable,
        sent: err.sent + before.sent,
        unknown: err.unknown + before.unknown,
      });
    }
  }
}

function seg(id: string): string {
  return encodeURIComponent(id);
}

function isObject(v: unknown): v is Entity {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function idOf(e: Entity): string | undefined {
  return typeof e.id === 'string' || typeof e.id === 'number' ? String(e.id) : undefined;
}

function requireEtag(what: string, etag: string): void {
  if (typeof etag !== 'string' || etag === '')
    throw new TypeError(`${what}: an ETag is required (every write carries If-Match)`);
}

function fetched(core: RequestCore, res: ApiResponse): Fetched {
  const body = objectBody(core, res);
  const etag = res.etag ?? (typeof body.etag === 'string' ? body.etag : undefined);
  return { body, ...(etag !== undefined ? { etag } : {}) };
}

function written(core: RequestCore, res: ApiResponse): WriteResult {
  return { ...fetched(core, res), status: res.status, sent: res.sent, unknown: res.unknown };
}

function objectBody(core: RequestCore, res: ApiResponse): Entity {
  if (res.body === undefined) return {};
  if (!isObject(res.body))
    throw core.fail(`${res.label}: ${res.status} with a body that is not a JSON object — check api-base-url`, {
      endpoint: res.label,
      status: res.status,
    });
  return res.body;
}
