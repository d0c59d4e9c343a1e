// The drift run's plain data: what differs between the live tenant and the repo, who changed it
// last (from the platform audit log), and which live filters are unhealthy. Built by the drift run
// (src/modes/drift/), rendered by the report stage (src/report/drift-text.ts), which must not import
// a mode: so the rule id is a type parameter here, narrowed to the drift rules' ids in
// src/modes/drift/types.ts.

import type { ContractKind } from './contract.js';
import type { Finding, Severity } from './finding.js';

/** One evolution-engine change, as a drift item shows it. */
export interface DriftChange {
  kind: string;
  pointer: string;
  message: string;
  /** Under the backward policy: an event valid before is rejected after. */
  breaking: boolean;
}

/** One field of a filter that differs; absent sides are `undefined` (omitted in JSON). */
export interface FieldDiff {
  pointer: string;
  repo?: unknown;
  live?: unknown;
}

/** The last audit-log entry of the item: who changed it, when, how. */
export interface Attribution {
  actor: string;
  timestamp: string;
  action: string;
  /** `api` or `console`, where the platform says. */
  source?: string;
}

export interface DriftItem<RuleId extends string = string> {
  rule: RuleId;
  kind: ContractKind;
  /** Schema title or filter name. */
  name: string;
  /** The repo file; for live-only items, the file `cxone-contract export` would write. */
  file: string;
  liveId?: string;
  repoVersion?: string;
  liveVersion?: string;
  /** Schemas whose content differs: the engine's changes both ways. */
  changes?: {
    /** What the live edit did: repo -> live. */
    outOfBand: DriftChange[];
    /** What a deploy of the repo would do: live -> repo. */
    deploy: DriftChange[];
  };
  /** Filters whose content differs: field by field. */
  fields?: FieldDiff[];
  /** Pointer in the repo file the finding is placed at. */
  pointer: string;
  /**
   * Group membership drift: the routing group, and whether the filter is in it live (out of its own
   * group, or in another).
   */
  group?: { id: string; member: boolean };
  /** Filter health: status, platform message, hits in the window. */
  status?: string;
  statusMessage?: string;
  hits?: number;
  /** null when the audit log holds no entry for the item; `attributionNote` says why. */
  attribution?: Attribution | null;
  attributionNote?: string;
}

export interface DriftCounts {
  /** modified + version mismatches + live only + repo only + group memberships + undeployed. */
  drifted: number;
  modified: number;
  versionMismatch: number;
  liveOnly: number;
  repoOnly: number;
  groupMembership: number;
  /** Repo changes not deployed yet (drift-undeployed). */
  undeployed: number;
  deadFilters: number;
  notActive: number;
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** What was compared. */
  liveSchemas: number;
  liveFilters: number;
  repoSchemas: number;
  repoFilters: number;
}

export interface DriftReport<RuleId extends string = string> {
  tool: { name: 'cxone-contract'; version: string };
  mode: 'drift';
  /** `api:<url>`. */
  baseline: string;
  failOn: Severity | 'never';
  deadFilterWindowDays: number;
  counts: DriftCounts;
  items: DriftItem<RuleId>[];
  /** One finding per item (after rule levels and ignores), plus unreadable repo files. */
  findings: Finding[];
  /** Things the run could not do (e.g. the audit log refused a query); never secrets. */
  notes: string[];
  failed: boolean;
}

/** An item and its finding share rule, file and name (a schema and a filter may share a name). */
export const itemKey = (i: DriftItem): string => `${i.rule}\0${i.file}\0${i.name}`;
export const findingKey = (f: Finding): string => `${f.rule}\0${f.file}\0${f.contract ?? ''}`;
