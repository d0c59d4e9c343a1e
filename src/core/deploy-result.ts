// What a deploy did, as plain data: one operation per write, activation or group assignment, the
// counts, and how the run ended. Built by the deploy (src/modes/deploy/), read by the fronts and the
// report stage (src/report/deploy-json.ts, deploy-text.ts), which must not import a mode.

import type { Report } from './report.js';

/** `not-attempted`: the circuit breaker (src/modes/deploy/breaker.ts) stopped the run before this item was started. */
export type DeployOutcome = 'applied' | 'unchanged' | 'conflict' | 'failed' | 'not-attempted';

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
  /** Write requests sent (every retry counted), or status polls (activate). */
  attempts: number;
  /**
   * Write requests whose outcome was unknown (connection reset, timeout, 5xx): the server may have
   * applied them, possibly late. The entity was re-read to decide; never blindly repeated.
   */
  unknownOutcomes?: number;
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
  /** Items the circuit breaker left unstarted. */
  notAttempted: number;
  /** Why the circuit breaker stopped the run (consecutive write failures of one kind), when it did. */
  stopped?: string;
  /** Everything planned was applied (or already live): no conflict, no failure, nothing left unattempted. */
  deployed: boolean;
}

export interface DeployRun {
  check: Report;
  /** Absent when the check blocked the deploy, or in a dry run (nothing was written; the plan is `check.plan`). */
  result?: DeployResult;
  auditFile?: string;
}

/**
 * How a deploy run ended, and its exit code: `blocked` (the check has blocking findings, an update
 * the platform refuses included: nothing written, 1), `dry-run` (nothing written; 1 when the
 * platform's validation refuses a filter the plan would write, else 0), `deployed` (0) or
 * `incomplete` (conflicts, failures, items not attempted: 3, a re-run finishes the job).
 */
export type DeployEnd = 'deployed' | 'incomplete' | 'dry-run' | 'blocked';

export function deployEnd(run: DeployRun, dryRun: boolean): { end: DeployEnd; exitCode: number } {
  if (!run.result) {
    const blocked = run.check.failed || run.check.plan.some((p) => p.action === 'blocked');
    if (blocked || !dryRun) return { end: 'blocked', exitCode: 1 };
    return { end: 'dry-run', exitCode: run.check.plan.some((p) => p.validation && !p.validation.valid) ? 1 : 0 };
  }
  return run.result.deployed ? { end: 'deployed', exitCode: 0 } : { end: 'incomplete', exitCode: 3 };
}
