// The deploy apply step: turn the repo into the live state, safely and with a record of every
// operation. Schemas first (./schemas.ts), then filters (./filters.ts: validate, create or update,
// poll until ACTIVE), then the filter groups' membership (./groups.ts). Bounded concurrency
// (settings.maxConcurrency).
//
// A deploy never overwrites what it has not seen: every update GETs the fresh entity and its ETag
// and writes with If-Match (./update.ts). A live change since the plan is three-way merged where
// the two sides touched different nodes (./merge.ts); otherwise it is a `conflict` and nothing is
// written.
//
// Idempotent: "unchanged" is decided by content (platform fields ignored), so a re-run after any
// partial deploy only writes what is still missing, and a run with nothing to do writes nothing.

import { readLiveTenant, type LiveState } from '../../baseline/index.js';
import type { Contract } from '../../core/contract.js';
import type { CxoneClient } from '../../cxone/index.js';
import { Breaker } from './breaker.js';
import { deployFilter, keepFilter, type FilterResult } from './filters.js';
import { assignGroup, groupChanges } from './groups.js';
import { begin, failureFields, type Ctx } from './ops.js';
import { mapLimit } from '../../core/pool.js';
import { deploySchema, keepSchema } from './schemas.js';
import type { DeployLive, DeployOperation, DeployOptions, DeployResult } from './types.js';

export * from './types.js';

/**
 * The live schemas and filters, keyed by title and name, as applyDeploy expects them. Schemas the
 * check already fetched (its baseline) are taken as they are: the deploy's base is what was checked.
 */
export function readDeployLive(client: CxoneClient, checked?: LiveState): Promise<DeployLive> {
  return readLiveTenant(client, checked ? { schemas: checked } : {});
}

export async function applyDeploy(
  contracts: Contract[],
  live: DeployLive,
  options: DeployOptions,
): Promise<DeployResult> {
  const ctx: Ctx = {
    client: options.client,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    activationTimeoutMs: options.settings.activationTimeoutSeconds * 1000,
    policy: options.settings.policy,
  };
  const limit = options.settings.maxConcurrency;
  const schemas = contracts.filter((c) => c.kind === 'schema');
  const filters = contracts.filter((c) => c.kind === 'filter');
  const breaker = new Breaker();
  const items = schemas.length + filters.length;
  let finished = 0;

  // Every finished operation: the audit record, the breaker's count, and the progress (a line the front prints).
  const emit = <T extends DeployOperation | DeployOperation[]>(done: T, counter?: string): T => {
    const ops = Array.isArray(done) ? done : [done];
    const at = counter ?? `${++finished}/${items}`;
    for (const op of ops) {
      options.onOperation?.(op);
      breaker.record(op);
      options.onProgress?.(op, at);
    }
    return done;
  };
  const notAttempted = (
    kind: DeployOperation['kind'],
    name: string,
    operation: DeployOperation['operation'],
  ): DeployOperation =>
    begin(ctx)({
      operation,
      kind,
      name,
      attempts: 0,
      outcome: 'not-attempted',
      error: `not attempted: the deploy stopped after ${breaker.cause}`,
    });

  // Items the plan found unchanged are not touched: the plan is what the check showed.
  const planned = new Map((options.plan ?? []).map((p) => [`${p.kind}\0${p.name}`, p.action]));
  const unchanged = (c: Contract) => planned.get(`${c.kind}\0${c.name}`) === 'unchanged';

  const schemaOps = await mapLimit(schemas, limit, (c) => {
    const exists = live.schemas.has(c.name);
    // An item the plan found unchanged needs no request: it is reported unchanged even after the breaker opened.
    if (exists && unchanged(c)) return Promise.resolve(emit(keepSchema(ctx, c, live.schemas.get(c.name)!)));
    if (breaker.open) return Promise.resolve(emit(notAttempted('schema', c.name, exists ? 'update' : 'create')));
    return guarded(ctx, c.name, 'schema', exists, () => deploySchema(ctx, c, live.schemas.get(c.name))).then((op) =>
      emit(op),
    );
  });
  const filterResults = await mapLimit(filters, limit, (c): Promise<FilterResult> => {
    const base = live.filters.get(c.name);
    if (base && unchanged(c)) return keepFilter(ctx, c, base).then((r) => (emit(r.ops), r));
    if (breaker.open)
      return Promise.resolve({ ops: emit([notAttempted('filter', c.name, base ? 'update' : 'create')]), ok: false });
    return deployFilter(ctx, c, base).then((r) => (emit(r.ops), r));
  });
  const changes = groupChanges(filters, filterResults, live.filters);
  let group = 0;
  const groupOps = await mapLimit(changes, limit, ([id, change]) => {
    const counter = `group ${++group}/${changes.length}`;
    if (breaker.open) return Promise.resolve(emit(notAttempted('group', id, 'assign-group'), counter));
    return guarded(ctx, id, 'group', true, () => assignGroup(ctx, id, change)).then((op) => emit(op, counter));
  });

  const operations = [...schemaOps, ...filterResults.flatMap((r) => r.ops), ...groupOps];
  const count = (pred: (o: DeployOperation) => boolean) => operations.filter(pred).length;
  const conflicts = count((o) => o.outcome === 'conflict');
  const failed = count((o) => o.outcome === 'failed');
  const unstarted = count((o) => o.outcome === 'not-attempted');
  return {
    operations,
    created: count((o) => o.operation === 'create' && o.outcome === 'applied'),
    updated: count((o) => o.operation === 'update' && o.outcome === 'applied'),
    conflicts,
    failed,
    notAttempted: unstarted,
    ...(breaker.cause !== undefined ? { stopped: breaker.cause } : {}),
    deployed: conflicts === 0 && failed === 0 && unstarted === 0,
  };
}

/** Run one item's operation; an unexpected failure becomes a `failed` operation, never a throw. */
async function guarded(
  ctx: Ctx,
  name: string,
  kind: DeployOperation['kind'],
  exists: boolean,
  fn: () => Promise<DeployOperation>,
): Promise<DeployOperation> {
  const done = begin(ctx);
  try {
    return await fn();
  } catch (err) {
    const operation = kind === 'group' ? 'assign-group' : exists ? 'update' : 'create';
    return done({ operation, kind, name, outcome: 'failed', ...failureFields(err) });
  }
}
