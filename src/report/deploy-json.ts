// The deploy's machine-readable result: one JSON document (`deploy --format json`, the action's
// `format: json` log) holding the check the deploy ran first, why it stopped when it did not write,
// every operation, the counts and whether live == repo. Its shape is schemas/deploy-report.schema.json.

import type { Report } from '../core/report.js';
import { deployEnd, type DeployEnd, type DeployOperation, type DeployRun } from '../core/deploy-result.js';
import { prettyJson } from './json.js';

/**
 * One operation as the report (and the audit file's `operation` records) show it: the documented
 * fields of a deploy operation, whatever else the deploy keeps in memory.
 */
export type DeployReportOperation = Pick<
  DeployOperation,
  | 'timestamp'
  | 'operation'
  | 'kind'
  | 'name'
  | 'outcome'
  | 'versionBefore'
  | 'versionAfter'
  | 'etagBefore'
  | 'etagAfter'
  | 'status'
  | 'latencyMs'
  | 'attempts'
  | 'unknownOutcomes'
  | 'error'
  | 'keptLive'
>;

export interface DeployCounts {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  failed: number;
  notAttempted: number;
  operations: number;
}

export interface DeployReport {
  tool: Report['tool'];
  mode: 'deploy';
  dryRun: boolean;
  /** How the run ended (src/core/deploy-result.ts deployEnd): deployed, incomplete, dry-run or blocked. */
  result: DeployEnd;
  /** Every planned change applied (live == repo); false when nothing was written because the run stopped first. */
  deployed: boolean;
  /** Why the deploy stopped early (the circuit breaker: consecutive write failures of one kind), or null. */
  stopped: string | null;
  counts: DeployCounts;
  operations: DeployReportOperation[];
  /** The audit file written, or null. */
  auditFile: string | null;
  /**
   * The check the deploy ran against the live state first (schemas/report.schema.json); its `plan`
   * is what a dry run would write.
   */
  check: Report;
}

export function deployReport(run: DeployRun, dryRun: boolean): DeployReport {
  const result = run.result;
  const ops = result?.operations ?? [];
  const count = (outcome: DeployOperation['outcome']) => ops.filter((op) => op.outcome === outcome).length;
  return {
    tool: run.check.tool,
    mode: 'deploy',
    dryRun,
    result: deployEnd(run, dryRun).end,
    deployed: result?.deployed ?? false,
    stopped: result?.stopped ?? null,
    counts: {
      created: result?.created ?? 0,
      updated: result?.updated ?? 0,
      unchanged: count('unchanged'),
      conflicts: result?.conflicts ?? 0,
      failed: result?.failed ?? 0,
      notAttempted: result?.notAttempted ?? 0,
      operations: ops.length,
    },
    operations: ops.map(reportOperation),
    auditFile: run.auditFile ?? null,
    check: run.check,
  };
}

export function deployJson(run: DeployRun, dryRun: boolean): string {
  return prettyJson(deployReport(run, dryRun));
}

/** The documented fields only, in a fixed order: what the schema promises, whatever else the deploy keeps in memory. */
function reportOperation(op: DeployOperation): DeployReportOperation {
  return {
    timestamp: op.timestamp,
    operation: op.operation,
    kind: op.kind,
    name: op.name,
    outcome: op.outcome,
    ...(op.versionBefore !== undefined ? { versionBefore: op.versionBefore } : {}),
    ...(op.versionAfter !== undefined ? { versionAfter: op.versionAfter } : {}),
    ...(op.etagBefore !== undefined ? { etagBefore: op.etagBefore } : {}),
    ...(op.etagAfter !== undefined ? { etagAfter: op.etagAfter } : {}),
    ...(op.status !== undefined ? { status: op.status } : {}),
    latencyMs: op.latencyMs,
    attempts: op.attempts,
    ...(op.unknownOutcomes !== undefined ? { unknownOutcomes: op.unknownOutcomes } : {}),
    ...(op.error !== undefined ? { error: op.error } : {}),
    ...(op.keptLive !== undefined ? { keptLive: [...op.keptLive] } : {}),
  };
}
