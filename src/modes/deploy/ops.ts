// What every deploy step shares: the run's context, the operation record under construction, and
// small helpers over platform documents and errors.

import { performance } from 'node:perf_hooks';
import type { CxoneClient, Entity } from '../../cxone/index.js';
import { ApiError } from '../../cxone/errors.js';
import type { Policy } from '../../settings/types.js';
import type { DeployOperation } from './types.js';

export interface Ctx {
  client: CxoneClient;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  pollIntervalMs: number;
  activationTimeoutMs: number;
  policy: Policy;
}

export type OpFields = Omit<DeployOperation, 'timestamp' | 'latencyMs'>;
export type Finish = (fields: OpFields) => DeployOperation;

/** Start an operation: its timestamp now, its latency measured when it is finished. */
export function begin(ctx: Ctx): Finish {
  const timestamp = ctx.now().toISOString();
  const start = performance.now();
  return (fields) => ({ timestamp, ...fields, latencyMs: Math.round(performance.now() - start) });
}

/** Write requests of one operation, as the client counted them. */
export class Tally {
  sent = 0;
  unknown = 0;

  add(c: { sent: number; unknown: number }): void {
    this.sent += c.sent;
    this.unknown += c.unknown;
  }

  /** The audit fields: `attempts`, and `unknownOutcomes` when there were any. */
  fields(): { attempts: number; unknownOutcomes?: number } {
    return { attempts: this.sent, ...(this.unknown > 0 ? { unknownOutcomes: this.unknown } : {}) };
  }
}

/** A failed write, with the write requests sent before it failed. */
export class WriteFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly tally: Tally,
  ) {
    super(messageOf(cause));
  }
}

export { stripFields as strip } from '../../baseline/types.js';

export function idOf(e: Entity): string | undefined {
  return typeof e.id === 'string' || typeof e.id === 'number' ? String(e.id) : undefined;
}

export function versionOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}

export function strOr(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function statusIn(e: Entity): { status: string; message?: string } | undefined {
  if (typeof e.status !== 'string') return undefined;
  return { status: e.status, ...(typeof e.message === 'string' ? { message: e.message } : {}) };
}

export function isStatus(err: unknown, status: number): boolean {
  return err instanceof ApiError && err.status === status;
}

/** The write's outcome is unknown (reset, timeout, 5xx, or 429 after every retry): re-read to decide. */
export function isUnknownOutcome(err: unknown): err is ApiError {
  return err instanceof ApiError && err.retryable;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The audit fields of a failure: error message and status, and the writes sent before it. */
export function failureFields(err: unknown): {
  error: string;
  status?: number;
  attempts: number;
  unknownOutcomes?: number;
} {
  if (err instanceof WriteFailure) return { ...failureFields(err.cause), ...err.tally.fields() };
  // Not a write that failed (a read, or a local problem): no write request was sent.
  return {
    error: messageOf(err),
    ...(err instanceof ApiError && err.status !== undefined ? { status: err.status } : {}),
    attempts: 0,
  };
}

/** The defined members of `o` only (exactOptionalPropertyTypes-friendly). */
export function opt<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
