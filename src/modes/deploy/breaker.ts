// The deploy's circuit breaker: when writes keep failing the same way (every write refused with
// 403 because the write scope is missing, or the platform answering 5xx past the client's retry
// budget), the rest of the run would only repeat it, item after item, on a large tenant for
// minutes. After BREAKER_THRESHOLD consecutive write failures of one kind the deploy stops
// starting items; those left are `not-attempted`, and a re-run converges as usual.

import type { DeployOperation } from './types.js';

/** Consecutive write failures of one kind that stop the deploy. */
export const BREAKER_THRESHOLD = 3;

type FailureKind = 'refused' | 'platform';

export class Breaker {
  private run = 0;
  private kind: FailureKind | undefined;
  private last: DeployOperation | undefined;
  /** Why the deploy stopped starting items, once it has. */
  cause: string | undefined;

  constructor(private readonly threshold = BREAKER_THRESHOLD) {}

  get open(): boolean {
    return this.cause !== undefined;
  }

  /**
   * Record a finished operation. Only writes count: a write that failed with a counted kind adds
   * to the run of that kind; any other write (landed, conflict, refused otherwise) ends the run; an
   * operation that sent no write (unchanged, a read, an activation poll, a validation) changes nothing.
   */
  record(op: DeployOperation): void {
    if (this.open || op.attempts === 0 || op.operation === 'activate') return;
    const kind = failureKind(op);
    if (kind === undefined) {
      this.run = 0;
      return;
    }
    this.run = kind === this.kind ? this.run + 1 : 1;
    this.kind = kind;
    this.last = op;
    if (this.run >= this.threshold) this.cause = describe(kind, this.run, this.last);
  }
}

/**
 * The kind of a failed write: a refusal of the credentials (401/403) or the platform failing (5xx,
 * unknown outcomes).
 */
function failureKind(op: DeployOperation): FailureKind | undefined {
  if (op.outcome !== 'failed') return undefined;
  if (op.status === 401 || op.status === 403) return 'refused';
  if ((op.status !== undefined && op.status >= 500) || (op.unknownOutcomes ?? 0) > 0) return 'platform';
  return undefined;
}

function describe(kind: FailureKind, n: number, last: DeployOperation): string {
  const detail = last.error ? `: ${last.error}` : '';
  return kind === 'refused'
    ? `${n} writes in a row were refused with ${last.status}${detail}`
    : `${n} writes in a row failed on the platform's side (5xx or no answer, past the retries)${detail}`;
}
