// The merge deploy: refuse where a deploy must not run, re-check against the live state, stop
// before any write when something is blocked, apply, and record every operation in the audit file.

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalJson } from '../../core/canonical.js';
import { UsageError } from '../../core/errors.js';
import type { Report } from '../../core/report.js';
import type { Settings } from '../../settings/types.js';
import { checkRepo } from '../check.js';
import { deployRefusal, type DeployContext } from './gate.js';
import { applyDeploy, readDeployLive, type DeployResult } from './index.js';

export interface DeployRunOptions {
  /** Where this run comes from (GitHub event, ref, default branch); empty on the command line. */
  context: DeployContext & { repository?: string; sha?: string; actor?: string; runUrl?: string };
  mask?: (secret: string) => void;
  now?: () => Date;
  pollIntervalMs?: number;
}

export interface DeployRun {
  check: Report;
  /** Absent when the check blocked the deploy (nothing was written). */
  result?: DeployResult;
  auditFile?: string;
}

export async function runDeploy(settings: Settings, options: DeployRunOptions): Promise<DeployRun> {
  const refusal = deployRefusal(options.context, settings.allowDeployFrom);
  if (refusal) throw new UsageError(refusal);
  if (!settings.api.baseUrl) throw new UsageError('deploy needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');

  const { report: check, contracts } = await checkRepo(settings, { ...(options.mask ? { mask: options.mask } : {}) });
  if (check.failed || check.plan.some((p) => p.action === 'blocked')) return { check };

  const { clientFromSettings } = await import('../../cxone/index.js');
  const client = clientFromSettings(settings, { mask: options.mask });
  try {
    const live = await readDeployLive(client);
    const result = await applyDeploy(contracts, live, {
      client,
      settings,
      dryRun: settings.dryRun,
      ...(options.now ? { now: options.now } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    const auditFile = settings.auditFile;
    if (auditFile) await writeAudit(auditFile, check, result, settings, options);
    return { check, result, ...(auditFile ? { auditFile } : {}) };
  } finally {
    await client.close();
  }
}

/** One JSON line per operation after a header record; no secret ever goes in (none is known here). */
async function writeAudit(file: string, check: Report, result: DeployResult, settings: Settings, options: DeployRunOptions): Promise<void> {
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
    policy: check.policy,
    dryRun: settings.dryRun,
    planDigest: 'sha256:' + createHash('sha256').update(canonicalJson(check.plan.map(({ etag: _e, ...p }) => p))).digest('hex'),
  };
  const lines = [header, ...result.operations.map((op) => ({ record: 'operation', ...op }))].map((r) => JSON.stringify(r));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, lines.join('\n') + '\n');
}
