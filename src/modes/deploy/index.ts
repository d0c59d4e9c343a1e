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
import { deployFilter } from './filters.js';
import { assignGroup, groupChanges } from './groups.js';
import { begin, failureFields, type Ctx } from './ops.js';
import { mapLimit } from '../../core/pool.js';
import { deploySchema } from './schemas.js';
import type { DeployLive, DeployOperation, DeployOptions, DeployResult } from './types.js';

export * from './types.js';

/**
 * The live schemas and filters, keyed by title and name, as applyDeploy expects them. Schemas the
 * check already fetched (its baseline) are taken as they are: the deploy's base is what was checked.
 */
export function readDeployLive(client: CxoneClient, checked?: LiveState): Promise<DeployLive> {
  return readLiveTenant(client, checked ? { schemas: checked } : {});
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

  const emit = <T extends DeployOperation | DeployOperation[]>(done: T): T => {
    for (const op of Array.isArray(done) ? done : [done]) options.onOperation?.(op);
    return done;
  };
  const schemaOps = await mapLimit(schemas, limit, (c) =>
    guarded(ctx, c.name, 'schema', live.schemas.has(c.name), () => deploySchema(ctx, c, live.schemas.get(c.name))).then(emit),
  );
  const filterResults = await mapLimit(filters, limit, (c) => deployFilter(ctx, c, live.filters.get(c.name)).then((r) => (emit(r.ops), r)));
  const groupOps = await mapLimit(groupChanges(filters, filterResults, live.filters), limit, ([group, change]) =>
    guarded(ctx, group, 'group', true, () => assignGroup(ctx, group, change)).then(emit),
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
    return done({ operation, kind, name, outcome: 'failed', ...failureFields(err) });
  }
}
