// The deploy's vocabulary: what it is given (the live state as planned against) and what it
// reports (one operation per write, activation or group assignment).

import type { LiveItem, LiveTenant } from '../../baseline/index.js';
import type { CxoneClient } from '../../cxone/index.js';
import type { PlanItem } from '../../core/report.js';
import type { Settings } from '../../settings/types.js';

export interface DeployOptions {
  client: CxoneClient;
  settings: Settings;
  /** Clock of the operations' timestamps (default: the system clock). */
  now?: () => Date;
  /** Wait between activation polls (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>;
  /** Interval of filter-status polls, default 1000 ms. */
  pollIntervalMs?: number;
  /** Called with each operation as soon as it is finished (the audit file is written as the deploy goes). */
  onOperation?: (op: DeployOperation) => void;
  /** The check's plan: items it found unchanged get no request at all. Absent: every item is read and decided by content. */
  plan?: readonly PlanItem[];
  /** Called with one line per finished operation (`[12/43] updated schema X 1.2.0 → 1.3.0`), as it happens. */
  onProgress?: (line: string) => void;
}

/** `not-attempted`: the circuit breaker (./breaker.ts) stopped the run before this item was started. */
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

/** One live entity as the plan saw it: platform id and ETag, and the content without platform fields. */
export type LiveEntity = LiveItem;

/** The live state the deploy applies to: schemas by title, filters by name. */
export type DeployLive = Pick<LiveTenant, 'schemas' | 'filters'>;

export { SCHEMA_PLATFORM_FIELDS } from '../../baseline/types.js';

/** Bounded writes of one item: after a stale ETag (412/409) or an unknown outcome, re-read and decide again. */
export const MAX_WRITE_ATTEMPTS = 3;
