// The emulator's public shapes: its options, and the state tests and the CLI may inspect or
// change (through Emulator.mutate, which records the change in the audit log).

import type { PlatformVariant } from './variant.js';

/** The contract's scopes (docs/cxone-api.md, "Authentication") plus one only the console uses. */
export const ALL_SCOPES = [
  'eventbridge:schemas:read',
  'eventbridge:schemas:write',
  'event-processing:read',
  'event-processing:write',
  'analytics:read',
  'analytics:write',
] as const;

export interface EmulatorClientCredentials {
  clientId: string;
  clientSecret: string;
  scopes: string[];
  tenant?: string;
}

export interface EmulatorFaults {
  /** Seed of the PRNG: the same seed and request order give the same faults. */
  seed: number;
  rate429?: number;
  rate5xx?: number;
  rateReset?: number;
  rateStall?: number;
  /** Reset the connection AFTER the handler ran: the write is applied, the answer is lost. */
  rateResetAfter?: number;
  /** How long a stalled request is held before it is answered normally (default 10 s). */
  stallMs?: number;
  /** Only requests with these methods draw faults (default: every method), e.g. ['PUT', 'POST'] to hit writes. */
  methods?: string[];
  /** Apply faults to the token endpoint too (default false). */
  onToken?: boolean;
}

export interface EmulatorSeedData {
  schemas?: unknown[];
  filters?: unknown[];
  groups?: Record<string, string[]>;
}

export interface EmulatorOptions {
  host?: string;
  port?: number;
  seed?: string | EmulatorSeedData;
  clients?: EmulatorClientCredentials[];
  tokenTtlSeconds?: number;
  tokenFormats?: ('form' | 'json')[];
  rateLimitPerSecond?: number;
  faults?: EmulatorFaults;
  activationDelayMs?: number;
  /** Largest page the schema export returns (default 1000); a larger `limit` is clamped, not refused. */
  maxPageSize?: number;
  failActivation?: (filter: Record<string, unknown>) => string | undefined;
  now?: () => Date;
  /** Largest accepted request body (default 2 MiB); beyond it 413. */
  maxBodyBytes?: number;
  /** Seed of the deterministic analytics series (default 1). */
  metricsSeed?: number;
  /** Where the contract is silent: a named variant (variant.ts VARIANTS) or switches over the reference. */
  variant?: string | Partial<PlatformVariant>;
}

export type FilterStatus = 'DRAFT' | 'PENDING_ACTIVATION' | 'ACTIVE' | 'FAILED';

export interface StoredSchema {
  id: string;
  /** Bumped on every stored change; part of the ETag. */
  revision: number;
  /** The schema as stored, without the platform fields (id, etag). */
  doc: Record<string, unknown>;
}

export interface StoredFilter {
  id: string;
  revision: number;
  /** name, description, channel, matchers, pattern_rules, target_group_id. */
  doc: Record<string, unknown>;
  status: FilterStatus;
  /** Why activation failed (status FAILED). */
  message?: string;
  activatedAt?: string;
  /** ISO times of the create and of the last content change (shown by variants with filterTimestamps). */
  createdAt?: string;
  updatedAt?: string;
}

export type EntityKind = 'schema' | 'filter' | 'group';

export interface AuditEntry {
  timestamp: string;
  /** The OAuth client id for API calls, the actor given to mutate() for out-of-band changes. */
  actor: string;
  /** `status`: the platform moved a filter through its lifecycle (recorded by variants with lifecycleAudit). */
  action: 'create' | 'update' | 'delete' | 'assign' | 'status';
  entity_kind: EntityKind;
  entity_id: string;
  /** Schema title or filter name, when there is one. */
  entity_name?: string;
  /** Set for filter entries (and group entries: not set; see filter_ids). */
  filter_id?: string;
  /** For group assignments: the membership after the change. */
  filter_ids?: string[];
  /** Revision before/after (null for a create/delete). */
  before_version: number | null;
  after_version: number | null;
  /** For schemas: cxoneVersion before/after. */
  before_cxone_version?: string | null;
  after_cxone_version?: string | null;
  /** 'api', 'console' (mutate()), or 'platform' (lifecycle). */
  source: 'api' | 'console' | 'platform';
  /** The status a lifecycle entry moved the filter to. */
  status?: FilterStatus;
}

export interface IssuedToken {
  clientId: string;
  scopes: string[];
  tenant?: string;
  /** Epoch ms, on the emulator clock (options.now). */
  expiresAt: number;
}

export interface EmulatorState {
  schemas: Map<string, StoredSchema>;
  filters: Map<string, StoredFilter>;
  /** Group id -> filter ids, in assigned order. */
  groups: Map<string, string[]>;
  audit: AuditEntry[];
  tokens: Map<string, IssuedToken>;
  /** Filter ids whose analytics series is all zeros ("dead" filters). */
  deadFilters: Set<string>;
  /** Filter id -> ISO time of its last hit: buckets starting after it have no hits (tests set it through mutate). */
  lastHitAt: Map<string, string>;
  /** Id counters (ids are `sch-0001`, `flt-0001`, ...). */
  counters: { schema: number; filter: number };
}

export interface RequestRecord {
  method: string;
  path: string;
  /** 0 when the connection was reset, or the client gave up before the answer. */
  status: number;
  ms: number;
  /** The fault injected into this request, if any (tests count them exactly, never by timing). */
  fault?: 'rate-limit' | '429' | '5xx' | 'reset' | 'stall' | 'reset-after';
}

export interface Emulator {
  url: string;
  tokenUrl: string;
  close(): Promise<void>;
  mutate(actor: string, fn: (state: EmulatorState) => void): void;
  state: EmulatorState;
  requests: RequestRecord[];
}
