// The data a run hands to the reporters: plain JSON, the shape of schemas/report.schema.json.

import type { ContractKind } from './contract.js';
import type { Finding, Severity } from './finding.js';

/**
 * What the deploy does with an item: `create`, `update`, `unchanged` (no request is sent),
 * `blocked` (an error-level finding: nothing at all is deployed while any item is blocked), or
 * `unknown` (a filter checked against a registry export file, which has no filters: only the API
 * knows).
 */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'blocked' | 'unknown';

export type PlanKind = ContractKind | 'group';

/** Changed pointers listed per plan item: the plan goes into outputs and comments with size limits. */
export const MAX_PLAN_CHANGES = 100;

export interface PlanItem {
  kind: PlanKind;
  /** Schema title, filter name, or routing group id. */
  name: string;
  /** The contract file (schemas and filters). */
  file?: string;
  action: PlanAction;
  /** The repo's cxoneVersion (schemas). */
  version?: string;
  /** The live cxoneVersion, when the contract exists live. */
  liveVersion?: string;
  /** The live ETag the plan was made against, when known. */
  etag?: string;
  /** Update: the JSON pointers whose content the deploy changes (the first MAX_PLAN_CHANGES of them). */
  changes?: string[];
  /** Update: how many changed pointers are not listed in `changes` (a document changed all over). */
  changesMore?: number;
  /**
   * Update: the live change it undoes, from the platform's audit log (the newest change was not
   * this tool's client).
   */
  reverts?: { actor: string; timestamp: string };
  /** Group: the filters (by name; an id when the filter is not ours) that join or leave the group. */
  members?: { add: string[]; remove: string[] };
  /** Dry run: the platform's validate endpoint on a filter about to be created or updated. */
  validation?: { valid: boolean; message?: string };
  /** Why an item is blocked (rule ids and messages), or why its action is unknown. */
  reasons: string[];
}

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
  /** Findings that are breaking changes against the live version. */
  breaking: number;
}

export type Mode = 'check' | 'deploy' | 'drift';

export interface Report {
  tool: { name: 'cxone-contract'; version: string };
  mode: Mode;
  policy: string;
  failOn: Severity | 'never';
  /**
   * The baseline that judged: `export:<file>`, `api:<url>`, `git:<sha>` (the repo at that commit)
   * or `none` (lint only).
   */
  baseline: string;
  /**
   * The git commit that told the findings the change introduced from those already there
   * (`preExisting`), when the live registry or an export judged and a base was known; and whether
   * pre-existing findings fail the run too (fail-on-existing).
   */
  base?: { source: string; failOnExisting: boolean };
  counts: Counts & { files: number; schemas: number; filters: number; suppressed: number; preExisting?: number };
  plan: PlanItem[];
  /** Every finding, suppressed ones included (marked), sorted by file and line. */
  findings: Finding[];
  /** True when a finding at or above failOn is present. */
  failed: boolean;
}
