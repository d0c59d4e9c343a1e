// The deploy apply step: turn the repo into the live state, safely and with a record of every
// operation. Schemas first, then filters (validate, create or update, poll until ACTIVE), then the
// filter groups' membership. Bounded concurrency (settings.maxConcurrency).
//
// A deploy never overwrites what it has not seen: every update GETs the fresh entity and its ETag,
// and writes with If-Match only when the live content is still the content the plan was made
// against (the base). A 412/409 re-reads: the same content under a new ETag is retried (bounded);
// any other live change is a `conflict` and nothing is written. The three-way merge of DESIGN.md
// (keep what theirs changed and ours did not touch) is not done here: every out-of-band content
// change is a conflict, which is the conservative subset of it.
//
// Idempotent: "unchanged" is decided by content (platform fields ignored), so a re-run after any
// partial deploy only writes what is still missing, and a run with nothing to do writes nothing.

import { performance } from 'node:perf_hooks';
import { sameContent } from '../../core/canonical.js';
import type { Contract } from '../../core/contract.js';
import type { CxoneClient, Entity, Fetched, WriteResult } from '../../cxone/index.js';
import { ApiError } from '../../cxone/errors.js';
import type { Policy, Settings } from '../../settings/types.js';
import { evolve } from '../../evolution/index.js';
import { threeWayMerge } from './merge.js';
import { mapLimit } from './pool.js';

export interface DeployOptions {
  client: CxoneClient;
  settings: Settings;
  /** Compute the would-be operations (outcome `skipped`); reads only, no write. */
  dryRun?: boolean;
  /** Clock of the operations' timestamps (default: the system clock). */
  now?: () => Date;
  /** Wait between activation polls (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>;
  /** Interval of filter-status polls, default 1000 ms. */
  pollIntervalMs?: number;
}

export type DeployOutcome = 'applied' | 'unchanged' | 'conflict' | 'failed' | 'skipped';

export interface DeployOperation {
  timestamp: string;
  operation: 'create' | 'update' | 'activate' | 'assign-group';
  kind: 'schema' | 'filter' | 'group';
  /** Schema title, filter name, or group id. */
  name: string;
  versionBefore?: string;
  versionAfter?: string;
  etagBefore?: string;
  etagAfter?: string;
  /** HTTP status of the last write (or of the failure). */
  status?: number;
  latencyMs: number;
  /** Writes sent (create/update/assign), or status polls (activate). */
  attempts: number;
  outcome: DeployOutcome;
  error?: string;
  /** Live (out-of-band) changes kept by the three-way merge: pointers the repo should take in. */
  keptLive?: string[];
}

export interface DeployResult {
  operations: DeployOperation[];
  created: number;
  updated: number;
  conflicts: number;
  failed: number;
  /** Everything planned was applied (or already live): no conflict, no failure, not a dry run with pending writes. */
  deployed: boolean;
}

/** One live entity as the plan saw it: platform id and ETag, and the content without platform fields. */
export interface LiveEntity {
  id?: string;
  etag?: string;
  doc: Record<string, unknown>;
}

export interface DeployLive {
  /** By schema title. */
  schemas: Map<string, LiveEntity>;
  /** By filter name. */
  filters: Map<string, LiveEntity>;
}

/** Fields the platform assigns; never part of a content comparison, never sent. */
export const SCHEMA_PLATFORM_FIELDS: readonly string[] = ['id', 'etag'];
export const FILTER_PLATFORM_FIELDS: readonly string[] = ['id', 'etag', 'status', 'message', 'revision', 'activated_at'];

/** Bounded retries of a write whose ETag went stale while the content stayed the base. */
export const MAX_WRITE_ATTEMPTS = 3;

/** The live schemas and filters, keyed by title and name, as applyDeploy expects them. */
export async function readDeployLive(client: CxoneClient): Promise<DeployLive> {
  const [schemas, filters] = await Promise.all([client.exportSchemas(), client.listFilters()]);
  const entry = (e: Entity, fields: readonly string[]): LiveEntity => ({
    ...(idOf(e) !== undefined ? { id: idOf(e)! } : {}),
    ...(typeof e.etag === 'string' ? { etag: e.etag } : {}),
    doc: strip(e, fields),
  });
  return {
    schemas: new Map(schemas.filter((e) => typeof e.title === 'string').map((e) => [e.title as string, entry(e, SCHEMA_PLATFORM_FIELDS)])),
    filters: new Map(filters.filter((e) => typeof e.name === 'string').map((e) => [e.name as string, entry(e, FILTER_PLATFORM_FIELDS)])),
  };
}

interface Ctx {
  client: CxoneClient;
  dryRun: boolean;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  pollIntervalMs: number;
  activationTimeoutMs: number;
  policy: Policy;
}

type OpFields = Omit<DeployOperation, 'timestamp' | 'latencyMs'>;

/** Start an operation: its timestamp now, its latency measured when it is finished. */
function begin(ctx: Ctx): (fields: OpFields) => DeployOperation {
  const timestamp = ctx.now().toISOString();
  const start = performance.now();
  return (fields) => ({ timestamp, ...fields, latencyMs: Math.round(performance.now() - start) });
}

export async function applyDeploy(contracts: Contract[], live: DeployLive, options: DeployOptions): Promise<DeployResult> {
  const ctx: Ctx = {
    client: options.client,
    dryRun: options.dryRun ?? false,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    activationTimeoutMs: options.settings.activationTimeoutSeconds * 1000,
    policy: options.settings.policy,
  };
  const limit = options.settings.maxConcurrency;
  const schemas = contracts.filter((c) => c.kind === 'schema');
  const filters = contracts.filter((c) => c.kind === 'filter');

  const schemaOps = await mapLimit(schemas, limit, (c) => guarded(ctx, c.name, 'schema', existsIn(live.schemas, c.name), () => deploySchema(ctx, c, live.schemas.get(c.name))));
  const filterResults = await mapLimit(filters, limit, (c) => deployFilter(ctx, c, live.filters.get(c.name)));
  const groupOps = await mapLimit(groupTargets(filters, filterResults), limit, ([group, members]) =>
    guarded(ctx, group, 'group', true, () => assignGroup(ctx, group, members)),
  );

  const operations = [...schemaOps, ...filterResults.flatMap((r) => r.ops), ...groupOps];
  const count = (pred: (o: DeployOperation) => boolean) => operations.filter(pred).length;
  const conflicts = count((o) => o.outcome === 'conflict');
  const failed = count((o) => o.outcome === 'failed');
  return {
    operations,
    created: count((o) => o.operation === 'create' && o.outcome === 'applied'),
    updated: count((o) => o.operation === 'update' && o.outcome === 'applied'),
    conflicts,
    failed,
    deployed: conflicts === 0 && failed === 0 && !operations.some((o) => o.outcome === 'skipped'),
  };
}

/** Run one item's operation; an unexpected failure becomes a `failed` operation, never a throw. */
async function guarded(ctx: Ctx, name: string, kind: DeployOperation['kind'], exists: boolean, fn: () => Promise<DeployOperation>): Promise<DeployOperation> {
  const done = begin(ctx);
  try {
    return await fn();
  } catch (err) {
    const operation = kind === 'group' ? 'assign-group' : exists ? 'update' : 'create';
    return done({ operation, kind, name, attempts: attemptsOf(err), outcome: 'failed', ...errorFields(err) });
  }
}

// ---- schemas ------------------------------------------------------------------------------------

async function deploySchema(ctx: Ctx, c: Contract, base: LiveEntity | undefined): Promise<DeployOperation> {
  const ours = strip(c.doc, SCHEMA_PLATFORM_FIELDS);
  const done = begin(ctx);
  const id = { kind: 'schema' as const, name: c.name };
  const versionAfter = versionOf(ours);
  if (!base) {
    if (ctx.dryRun) return done({ operation: 'create', ...id, ...opt({ versionAfter }), attempts: 0, outcome: 'skipped' });
    try {
      const res = await ctx.client.createSchema(ours);
      return done({ operation: 'create', ...id, ...opt({ versionAfter: versionOf(res.body) ?? versionAfter, etagAfter: res.etag }), status: res.status, attempts: 1, outcome: 'applied' });
    } catch (err) {
      if (!isStatus(err, 409)) throw err;
      // Created since the plan (by an earlier, interrupted run, or by someone else): ours only if the content is.
      const hit = (await ctx.client.exportSchemas()).find((e) => e.title === c.name);
      if (hit && sameContent(strip(hit, SCHEMA_PLATFORM_FIELDS), ours)) {
        return done({ operation: 'create', ...id, ...opt({ versionBefore: versionOf(hit), versionAfter, etagAfter: strOr(hit.etag) }), status: 409, attempts: 1, outcome: 'unchanged' });
      }
      return done({ operation: 'create', ...id, ...opt({ versionAfter }), status: 409, attempts: 1, outcome: 'conflict', error: `${messageOf(err)} — a schema with this title exists with other content; nothing was written` });
    }
  }
  if (ctx.dryRun) {
    const same = sameContent(base.doc, ours);
    return done({ operation: 'update', ...id, ...opt({ versionBefore: versionOf(base.doc), versionAfter, etagBefore: base.etag }), attempts: 0, outcome: same ? 'unchanged' : 'skipped' });
  }
  if (base.id === undefined) throw new Error(`the live schema "${c.name}" has no id to update`);
  const schemaId = base.id;
  return (
    await updateEntity(ctx, done, {
      ...id,
      base: base.doc,
      ours,
      fields: SCHEMA_PLATFORM_FIELDS,
      get: () => ctx.client.getSchema(schemaId),
      put: (etag, doc) => ctx.client.updateSchema(schemaId, doc, etag),
      // A merged schema must still be a compatible evolution of what is live now (and bump above it).
      checkMerged: (theirs, merged) =>
        evolve(theirs, merged, { file: c.file, contract: c.name, policy: ctx.policy })
          .findings.filter((f) => f.severity === 'error')
          .map((f) => `${f.rule}: ${f.message}`),
    })
  ).op;
}

// ---- the update protocol (schemas and filters) --------------------------------------------------

interface UpdateSpec {
  kind: 'schema' | 'filter';
  name: string;
  base: Record<string, unknown>;
  ours: Record<string, unknown>;
  fields: readonly string[];
  get: () => Promise<Fetched>;
  put: (etag: string, doc: Record<string, unknown>) => Promise<WriteResult>;
  /** Problems with a three-way-merged document (schemas: the evolution check against theirs). */
  checkMerged?: (theirs: Record<string, unknown>, merged: Record<string, unknown>) => string[];
  /** Called once, just before the first write (filters: the validate endpoint). A string is the reason not to write. */
  beforeWrite?: () => Promise<string | undefined>;
}

/**
 * GET fresh -> unchanged | conflict | PUT with If-Match; on 412/409 re-read and decide again, at
 * most MAX_WRITE_ATTEMPTS writes. `fresh` is the last entity read (or written).
 */
async function updateEntity(ctx: Ctx, done: (f: OpFields) => DeployOperation, spec: UpdateSpec): Promise<{ op: DeployOperation; fresh: Fetched }> {
  const head = { operation: 'update' as const, kind: spec.kind, name: spec.name };
  let fresh = await spec.get();
  const versionBefore = versionOf(fresh.body);
  const etagBefore = fresh.etag;
  const versionAfter = versionOf(spec.ours);
  let attempts = 0;
  let status: number | undefined;
  let validated = false;
  for (;;) {
    const theirs = strip(fresh.body, spec.fields);
    const common = { ...head, ...opt({ versionBefore, etagBefore, status }), attempts };
    if (sameContent(theirs, spec.ours)) {
      return { op: done({ ...common, ...opt({ versionAfter: versionOf(theirs), etagAfter: fresh.etag }), outcome: 'unchanged' }), fresh };
    }
    // The live state moved since the plan: three-way merge (base = planned against, theirs = live
    // now, ours = repo). Their changes to nodes we did not touch are kept; a node both changed is
    // a conflict, and so is a merge that is not a compatible evolution of theirs.
    let doc = spec.ours;
    let keptLive: string[] | undefined;
    if (!sameContent(theirs, spec.base)) {
      const m = threeWayMerge(spec.base, theirs, spec.ours);
      const problems = m.conflicts.length > 0 ? [`both the live ${spec.kind} and the repo changed ${m.conflicts.join(', ')}`] : (spec.checkMerged?.(theirs, m.merged) ?? []);
      if (problems.length > 0) {
        const error = `the live ${spec.kind} changed since the plan (out-of-band${versionOf(theirs) ? `, now cxoneVersion ${versionOf(theirs)}` : ''}) and cannot be merged: ${problems.join('; ')}; nothing was written — take the live change into the repo and re-run`;
        return { op: done({ ...common, ...opt({ versionAfter: versionOf(theirs), etagAfter: fresh.etag }), outcome: 'conflict', error }), fresh };
      }
      doc = m.merged;
      keptLive = m.kept;
    }
    if (!fresh.etag) throw new Error(`GET of the live ${spec.kind} returned no ETag, so it cannot be updated safely with If-Match`);
    if (attempts >= MAX_WRITE_ATTEMPTS) {
      const error = `the ETag kept changing (${attempts} writes refused with ${status ?? 'a conflict'}) while the content stayed the same; nothing was written — re-run the deploy`;
      return { op: done({ ...common, outcome: 'conflict', error }), fresh };
    }
    if (!validated && spec.beforeWrite) {
      validated = true;
      const problem = await spec.beforeWrite();
      if (problem !== undefined) return { op: done({ ...common, ...opt({ versionAfter }), outcome: 'failed', error: problem }), fresh };
    }
    attempts++;
    try {
      const res = await spec.put(fresh.etag, doc);
      fresh = res;
      return {
        op: done({ ...head, ...opt({ versionBefore, etagBefore, versionAfter: versionOf(res.body) ?? versionAfter, etagAfter: res.etag, keptLive }), status: res.status, attempts, outcome: 'applied' }),
        fresh,
      };
    } catch (err) {
      if (!isStatus(err, 412) && !isStatus(err, 409)) throw new WriteFailure(err, attempts);
      status = (err as ApiError).status;
      fresh = await spec.get();
    }
  }
}

// ---- filters ------------------------------------------------------------------------------------

interface FilterResult {
  ops: DeployOperation[];
  /** The platform id, when the filter exists live with our content (or will, in a dry run: undefined for new ones). */
  id?: string;
  /** The filter is in place (content and activation) or, in a dry run, would be. */
  ok: boolean;
  /** A dry run of a filter not yet created: it would join its group. */
  pendingCreate?: boolean;
}

async function deployFilter(ctx: Ctx, c: Contract, base: LiveEntity | undefined): Promise<FilterResult> {
  const ours = strip(c.doc, FILTER_PLATFORM_FIELDS);
  const done = begin(ctx);
  const head = { kind: 'filter' as const, name: c.name };
  const validate = async (): Promise<string | undefined> => {
    const v = await ctx.client.validateFilter(ours);
    return v.valid ? undefined : `the platform's validation refused the filter: ${v.message ?? 'no message'}`;
  };
  try {
    if (!base) {
      if (ctx.dryRun) {
        return { ops: [done({ operation: 'create', ...head, attempts: 0, outcome: 'skipped' }), skippedActivation(ctx, c.name)], ok: true, pendingCreate: true };
      }
      const problem = await validate();
      if (problem !== undefined) return { ops: [done({ operation: 'create', ...head, attempts: 0, outcome: 'failed', error: problem })], ok: false };
      let res: WriteResult;
      try {
        res = await ctx.client.createFilter(ours);
      } catch (err) {
        if (!isStatus(err, 409)) throw err;
        const hit = (await ctx.client.listFilters()).find((e) => e.name === c.name);
        if (hit && idOf(hit) !== undefined && sameContent(strip(hit, FILTER_PLATFORM_FIELDS), ours)) {
          const op = done({ operation: 'create', ...head, ...opt({ etagAfter: strOr(hit.etag) }), status: 409, attempts: 1, outcome: 'unchanged' });
          return afterWrite(ctx, c.name, idOf(hit)!, [op], statusIn(hit));
        }
        const op = done({ operation: 'create', ...head, status: 409, attempts: 1, outcome: 'conflict', error: `${messageOf(err)} — a filter with this name exists with other content; nothing was written` });
        return { ops: [op], ok: false };
      }
      const id = idOf(res.body);
      const op = done({ operation: 'create', ...head, ...opt({ etagAfter: res.etag }), status: res.status, attempts: 1, outcome: 'applied' });
      if (id === undefined) return { ops: [{ ...op, outcome: 'failed', error: 'the create answer carries no filter id' }], ok: false };
      return afterWrite(ctx, c.name, id, [op], res.status === 200 ? statusIn(res.body) : undefined);
    }
    if (ctx.dryRun) {
      const same = sameContent(base.doc, ours);
      const op = done({ operation: 'update', ...head, ...opt({ etagBefore: base.etag }), attempts: 0, outcome: same ? 'unchanged' : 'skipped' });
      return { ops: same ? [op] : [op, skippedActivation(ctx, c.name)], ok: true, ...opt({ id: base.id }) };
    }
    if (base.id === undefined) throw new Error(`the live filter "${c.name}" has no id to update`);
    const id = base.id;
    const { op, fresh } = await updateEntity(ctx, done, {
      ...head,
      base: base.doc,
      ours,
      fields: FILTER_PLATFORM_FIELDS,
      get: () => ctx.client.getFilter(id),
      put: (etag, doc) => ctx.client.updateFilter(id, doc, etag),
      beforeWrite: validate,
    });
    if (op.outcome === 'applied') return afterWrite(ctx, c.name, id, [op]);
    // Unchanged content: still make sure it is active (an earlier run may have stopped before it was).
    if (op.outcome === 'unchanged') return afterWrite(ctx, c.name, id, [op], statusIn(fresh.body) ?? { status: 'UNKNOWN' }, true);
    return { ops: [op], ok: false };
  } catch (err) {
    const op = done({ operation: base ? 'update' : 'create', ...head, attempts: attemptsOf(err), outcome: 'failed', ...errorFields(err) });
    return { ops: [op], ok: false };
  }
}

/** After a filter write (or on an unchanged filter): wait for ACTIVE, unless it is already. */
async function afterWrite(ctx: Ctx, name: string, id: string, ops: DeployOperation[], known?: { status: string; message?: string }, quietWhenActive = false): Promise<FilterResult> {
  if (quietWhenActive && known?.status === 'ACTIVE') return { ops, id, ok: true };
  const activation = await activate(ctx, name, id, known?.status === 'UNKNOWN' ? undefined : known);
  return { ops: [...ops, activation], id, ok: activation.outcome === 'applied' };
}

async function activate(ctx: Ctx, name: string, id: string, known?: { status: string; message?: string }): Promise<DeployOperation> {
  const done = begin(ctx);
  const head = { operation: 'activate' as const, kind: 'filter' as const, name };
  const deadline = performance.now() + ctx.activationTimeoutMs;
  let polls = 0;
  try {
    let st = known ?? (polls++, await ctx.client.filterStatus(id));
    for (;;) {
      if (st.status === 'ACTIVE') return done({ ...head, attempts: polls, outcome: 'applied' });
      if (st.status === 'FAILED') return done({ ...head, attempts: polls, outcome: 'failed', error: `activation FAILED: ${st.message ?? 'the platform gave no message'}` });
      if (performance.now() >= deadline) {
        return done({ ...head, attempts: polls, outcome: 'failed', error: `not ACTIVE after ${ctx.activationTimeoutMs / 1000} s (status ${st.status}) — raise activation-timeout or look at the filter in the platform` });
      }
      await ctx.sleep(ctx.pollIntervalMs);
      polls++;
      st = await ctx.client.filterStatus(id);
    }
  } catch (err) {
    return done({ ...head, attempts: polls, outcome: 'failed', ...errorFields(err) });
  }
}

function skippedActivation(ctx: Ctx, name: string): DeployOperation {
  return begin(ctx)({ operation: 'activate', kind: 'filter', name, attempts: 0, outcome: 'skipped' });
}

// ---- groups -------------------------------------------------------------------------------------

interface GroupMembers {
  /** Ids of our filters that are in place. */
  ids: string[];
  /** Dry run: some of our filters do not exist yet and would join. */
  pending: boolean;
}

/** target_group_id -> the ids of the repo's filters to put in it (only filters that are in place). */
function groupTargets(filters: Contract[], results: FilterResult[]): [string, GroupMembers][] {
  const groups = new Map<string, GroupMembers>();
  filters.forEach((c, i) => {
    const group = c.doc.target_group_id;
    if (typeof group !== 'string' || group === '') return;
    const members = groups.get(group) ?? { ids: [], pending: false };
    groups.set(group, members);
    const r = results[i]!;
    if (!r.ok) return;
    if (r.id !== undefined) members.ids.push(r.id);
    else if (r.pendingCreate) members.pending = true;
  });
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function assignGroup(ctx: Ctx, group: string, members: GroupMembers): Promise<DeployOperation> {
  const done = begin(ctx);
  const head = { operation: 'assign-group' as const, kind: 'group' as const, name: group };
  const current = await ctx.client.groupFilters(group);
  const have = new Set(current);
  const missing = [...new Set(members.ids)].filter((id) => !have.has(id));
  if (missing.length === 0 && !members.pending) return done({ ...head, attempts: 0, outcome: 'unchanged' });
  if (ctx.dryRun) return done({ ...head, attempts: 0, outcome: 'skipped' });
  await ctx.client.setGroupFilters(group, [...current, ...missing]);
  return done({ ...head, attempts: 1, outcome: 'applied' });
}

// ---- helpers ------------------------------------------------------------------------------------

function strip(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}

function existsIn(map: Map<string, LiveEntity>, name: string): boolean {
  return map.has(name);
}

function idOf(e: Entity): string | undefined {
  return typeof e.id === 'string' || typeof e.id === 'number' ? String(e.id) : undefined;
}

function versionOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}

function strOr(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function statusIn(e: Entity): { status: string; message?: string } | undefined {
  if (typeof e.status !== 'string') return undefined;
  return { status: e.status, ...(typeof e.message === 'string' ? { message: e.message } : {}) };
}

function isStatus(err: unknown, status: number): boolean {
  return err instanceof ApiError && err.status === status;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A failed write, with how many writes were sent before it. */
class WriteFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly attempts: number,
  ) {
    super(messageOf(cause));
  }
}

function attemptsOf(err: unknown): number {
  return err instanceof WriteFailure ? err.attempts : 1;
}

function errorFields(err: unknown): { error: string; status?: number } {
  if (err instanceof WriteFailure) return errorFields(err.cause);
  return { error: messageOf(err), ...(err instanceof ApiError && err.status !== undefined ? { status: err.status } : {}) };
}

/** The defined members of `o` only (exactOptionalPropertyTypes-friendly). */
function opt<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
