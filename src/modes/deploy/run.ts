// The merge deploy: refuse where a deploy must not run, re-check against the live state, stop
// before any write when something is blocked, apply, and record every operation in the audit file.

import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical.js';
import { UsageError } from '../../core/errors.js';
import { openAppendSafely } from '../../core/safe-write.js';
import type { Report } from '../../core/report.js';
import type { Settings } from '../../settings/types.js';
import { checkRepo } from '../check.js';
import { deployRefusal, type DeployContext } from './gate.js';
import { platformRefusals, type PlatformRefusal } from './platform-check.js';
import { applyDeploy, readDeployLive, type DeployOperation, type DeployResult } from './index.js';

export interface DeployRunOptions {
  /** Where this run comes from (GitHub event, ref, default branch); empty on the command line. */
  context: DeployContext & { repository?: string; sha?: string; actor?: string; runUrl?: string };
  mask?: (secret: string) => void;
  /** The merged pull request this push came from: its labels approve breaking changes as on the PR. */
  pullRequest?: { number: number; labels: readonly string[] };
  now?: () => Date;
  pollIntervalMs?: number;
}

export interface DeployRun {
  check: Report;
  /** Absent when the check blocked the deploy (nothing was written). */
  result?: DeployResult;
  /** Schema updates the platform would refuse (not additive): the deploy stopped before any write. */
  refusals?: PlatformRefusal[];
  auditFile?: string;
}

export async function runDeploy(settings: Settings, options: DeployRunOptions): Promise<DeployRun> {
  const refusal = deployRefusal(options.context, settings.allowDeployFrom);
  if (refusal) throw new UsageError(refusal);
  if (!settings.api.baseUrl) throw new UsageError('deploy needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');

  // One client for the whole run: one token, one pacer under the tenant's rate limit.
  const { clientFromSettings } = await import('../../cxone/index.js');
  const client = clientFromSettings(settings, { mask: options.mask });
  try {
    const { report: check, contracts, live: checked } = await checkRepo(settings, {
      ...(options.mask ? { mask: options.mask } : {}),
      ...(options.pullRequest ? { prLabels: options.pullRequest.labels } : {}),
      api: client,
    });
    if (check.failed || check.plan.some((p) => p.action === 'blocked')) return { check };
    const refusals = platformRefusals(contracts, checked);
    if (refusals.length > 0) return { check, refusals };
    const live = await readDeployLive(client, checked);
    // The audit is written as the deploy goes: a run that is killed half-way leaves the record of
    // every operation it finished, and no `result` line (which tells a cut record from a whole one).
    const audit = settings.auditFile ? await openAudit(settings.auditFile, check, settings, options) : undefined;
    const result = await applyDeploy(contracts, live, {
      client,
      settings,
      dryRun: settings.dryRun,
      ...(options.now ? { now: options.now } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(audit ? { onOperation: (op: DeployOperation) => audit.write({ record: 'operation', ...op }) } : {}),
    });
    if (audit) {
      const { created, updated, conflicts, failed, deployed } = result;
      audit.write({ record: 'result', timestamp: (options.now?.() ?? new Date()).toISOString(), deployed, created, updated, conflicts, failed });
    }
    return { check, result, ...(settings.auditFile ? { auditFile: settings.auditFile } : {}) };
  } finally {
    await client.close();
  }
}

/** The audit file, started with its header record; no secret ever goes in (none is known here). */
async function openAudit(file: string, check: Report, settings: Settings, options: DeployRunOptions): Promise<{ write(record: object): void }> {
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
    planDigest: 'sha256:' + createHash('sha256').update(canonicalJson(check.plan.map(({ etag: _e, ...p }) => p))).digest('hex'),
  };
  // Never through a link planted in the checkout; appended synchronously, one line per finished
  // operation, so a kill loses none already done.
  const append = await openAppendSafely({ file, name: 'audit-file', roots: [settings.root, settings.workspace] }, JSON.stringify(header) + '\n');
  return { write: (record) => append(JSON.stringify(record) + '\n') };
}
