// What every endpoint handler receives: the store, the clock, the audit recorder, the filter
// lifecycle, and the request already authenticated and parsed.

import type { IncomingHttpHeaders } from 'node:http';
import type { ApiResponse } from './http.js';
import type { AuditEntry, EmulatorState, StoredFilter } from './types.js';
import type { PlatformVariant } from './variant.js';

export interface Ctx {
  state: EmulatorState;
  now(): Date;
  record(entry: Omit<AuditEntry, 'timestamp'>): void;
  /** Put a filter into PENDING_ACTIVATION and schedule its activation. */
  scheduleActivation(filter: StoredFilter): void;
  metricsSeed: number;
  /** The platform's choices where the contract is silent. */
  variant: PlatformVariant;
  /** Largest page a list endpoint returns; larger requests are clamped to it, as servers do. */
  maxPageSize: number;
}

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (400 when missing or malformed). */
  json(): unknown;
  /** The OAuth client id of the token. */
  actor: string;
}

export type Handler = (ctx: Ctx, req: ApiRequest) => ApiResponse;

export interface Route {
  method: string;
  /** Path pattern with `:name` segments. */
  pattern: string;
  /** Scope the call needs. */
  scope: string;
  handler: Handler;
}
