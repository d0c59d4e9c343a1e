// The data a run hands to the reporters: plain JSON, the shape of schemas/report.schema.json.

import type { ContractKind } from './contract.js';
import type { Finding, Severity } from './finding.js';

export type PlanAction = 'create' | 'update' | 'unchanged' | 'blocked';

export interface PlanItem {
  kind: ContractKind;
  name: string;
  file: string;
  action: PlanAction;
  /** The repo's cxoneVersion (schemas). */
  version?: string;
  /** The live cxoneVersion, when the contract exists live. */
  liveVersion?: string;
  /** The live ETag the plan was made against, when known. */
  etag?: string;
  /** Why an item is blocked (rule ids and messages). */
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
  /** Where the live baseline came from: `export:<file>`, `api:<url>` or `none`. */
  baseline: string;
  counts: Counts & { files: number; schemas: number; filters: number; suppressed: number };
  plan: PlanItem[];
  /** Every finding, suppressed ones included (marked), sorted by file and line. */
  findings: Finding[];
  /** True when a finding at or above failOn is present. */
  failed: boolean;
}
