// The deploy's vocabulary: what it is given (the live state as planned against) and what it
// reports (one operation per write, activation or group assignment).

import type { LiveItem, LiveTenant } from '../../baseline/index.js';
import type { CxoneClient } from '../../cxone/index.js';
import type { PlanItem } from '../../core/report.js';
import type { Settings } from '../../settings/types.js';
import type { DeployOperation } from '../../core/deploy-result.js';

// What the deploy reports is plain data in core, where the report stage reads it too.
export type { DeployOperation, DeployOutcome, DeployResult } from '../../core/deploy-result.js';

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
  /**
   * The check's plan: items it found unchanged get no request at all. Absent: every item is read
   * and decided by content.
   */
  plan?: readonly PlanItem[];
  /**
   * Called with each finished operation and its place (`12/43`, `group 1/3`), as it happens:
   * src/report/deploy-progress.ts makes the line.
   */
  onProgress?: (op: DeployOperation, counter: string) => void;
}

/** One live entity as the plan saw it: platform id and ETag, and the content without platform fields. */
export type LiveEntity = LiveItem;

/** The live state the deploy applies to: schemas by title, filters by name. */
export type DeployLive = Pick<LiveTenant, 'schemas' | 'filters'>;

export { SCHEMA_PLATFORM_FIELDS } from '../../baseline/types.js';

/** Bounded writes of one item: after a stale ETag (412/409) or an unknown outcome, re-read and decide again. */
export const MAX_WRITE_ATTEMPTS = 3;
