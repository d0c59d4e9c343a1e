// The merge deploy: refuse where a deploy must not run, re-check against the live state, stop
// before any write when something is blocked, apply, and record every operation in the audit file.

import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical.js';
import { UsageError } from '../../core/errors.js';
import { openAppendSafely } from '../../core/safe-write.js';
import type { Contract } from '../../core/contract.js';
import { mapLimit } from '../../core/pool.js';
import type { PlanItem, Report } from '../../core/report.js';
import type { CxoneClient } from '../../cxone/index.js';
import { filterContent } from '../../baseline/types.js';
import type { Settings } from '../../settings/types.js';
import { checkRepo } from '../check.js';
import { deployRefusal, type DeployOrigin } from './gate.js';
import type { DeployRun } from '../../core/deploy-result.js';
import { applyDeploy, readDeployLive, type DeployOperation } from './index.js';

export interface DeployRunOptions {
  /** Where this run comes from (GitHub event, ref, default branch); empty on the command line. */
  context: DeployOrigin;
  mask?: (secret: string) => void;
  /** The merged pull request this push came from: its labels approve breaking changes as on the PR. */
  pullRequest?: { number: number; labels: readonly string[] };
  now?: () => Date;
  pollIntervalMs?: number;
  /** Each finished operation and its place, as it happens (the front prints src/report/deploy-progress.ts's line). */
  onProgress?: (op: DeployOperation, counter: string) => void;
  /** Every rule id, from the rule registry (the fronts hand it in), for the check the deploy runs first. */
  knownRules?: ReadonlySet<string>;
}

export async function runDeploy(settings: Settings, options: DeployRunOptions): Promise<DeployRun> {
  const refusal = deployRefusal(options.context, settings.allowDeployFrom);
  if (refusal) throw new UsageError(refusal);
  if (!settings.api.baseUrl)
    throw new UsageError(
      'deploy needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)',
    );

  // One client for the whole run: one token, one pacer under the tenant's rate limit.
  const { clientFromSettings } = await import('../../cxone/index.js');
  const client = clientFromSettings(settings, { mask: options.mask });
  try {
    const {
      report: check,
      contracts,
      live: checked,
    } = await checkRepo(settings, {
      ...(options.mask ? { mask: options.mask } : {}),
      ...(options.pullRequest ? { prLabels: options.pullRequest.labels } : {}),
      ...(options.knownRules ? { knownRules: options.knownRules } : {}),
      api: client,
    });
    if (check.failed || check.plan.some((p) => p.action === 'blocked')) return { check };
    // The dry run is the plan itself, with the platform's validation of each filter it would write.
    if (settings.dryRun) {
      await validatePlannedFilters(check.plan, contracts, client, settings.maxConcurrency);
      return { check };
    }
    const live = await readDeployLive(client, checked);
    // The audit is written as the deploy goes: a run that is killed half-way leaves the record of
    // every operation it finished, and no `result` line (which tells a cut record from a whole one).
    const audit = settings.auditFile ? await openAudit(settings.auditFile, check, settings, options) : undefined;
    const result = await applyDeploy(contracts, live, {
      client,
      settings,
      plan: check.plan,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(audit ? { onOperation: (op: DeployOperation) => audit.write({ record: 'operation', ...op }) } : {}),
    });
    if (audit) {
      const { created, updated, conflicts, failed, notAttempted, stopped, deployed } = result;
      audit.write({
        record: 'result',
        timestamp: (options.now?.() ?? new Date()).toISOString(),
        deployed,
        created,
        updated,
        conflicts,
        failed,
        notAttempted,
        ...(stopped ? { stopped } : {}),
      });
    }
    return { check, result, ...(settings.auditFile ? { auditFile: settings.auditFile } : {}) };
  } finally {
    await client.close();
  }
}

/** The audit file, started with its header record; no secret ever goes in (none is known here). */
async function openAudit(
  file: string,
  check: Report,
  settings: Settings,
  options: DeployRunOptions,
): Promise<{ write(record: object): void }> {
  const ctx = options.context;
  const header = {
    record: 'header',
    timestamp: (options.now?.() ?? new Date()).toISOString(),
    tool: check.tool,
    repository: ctx.repository ?? null,
    commit: ctx.sha ?? null,
    ref: ctx.ref ?? null,
    actor: ctx.actor ?? null,
    workflowRun: ctx.runUrl ?? null,
    pullRequest: options.pullRequest?.number ?? null,
    policy: check.policy,
    dryRun: settings.dryRun,
    planDigest:
      'sha256:' +
      createHash('sha256')
        .update(canonicalJson(check.plan.map(({ etag: _e, ...p }) => p)))
        .digest('hex'),
  };
  // Never through a link planted in the checkout; appended synchronously, one line per finished
  // operation, so a kill loses none already done.
  const append = await openAppendSafely(
    { file, name: 'audit-file', roots: [settings.root, settings.workspace] },
    JSON.stringify(header) + '\n',
  );
  return { write: (record) => append(JSON.stringify(record) + '\n') };
}

/** The platform's validate endpoint (it stores nothing) on every filter the plan would create or update. */
async function validatePlannedFilters(
  plan: PlanItem[],
  contracts: Contract[],
  client: CxoneClient,
  concurrency: number,
): Promise<void> {
  const docs = new Map(contracts.filter((c) => c.kind === 'filter').map((c) => [c.name, c.doc]));
  const writes = plan.filter((p) => p.kind === 'filter' && (p.action === 'create' || p.action === 'update'));
  await mapLimit(writes, concurrency, async (p) => {
    const v = await client.validateFilter(filterContent(docs.get(p.name) ?? {}));
    p.validation = { valid: v.valid, ...(v.message !== undefined ? { message: v.message } : {}) };
  });
}
