// The one typed Settings object every stage reads. Built only by ./build.ts, from the raw strings
// either front collected (action inputs or CLI flags + CXONE_* variables) and the repo config file.

import type { Severity } from '../core/finding.js';
import type { GivenPath } from '../core/paths.js';
import type { Mode } from '../core/report.js';

export const POLICIES = ['additive', 'backward', 'forward', 'full', 'none'] as const;
export type Policy = (typeof POLICIES)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const MODES = ['check', 'deploy', 'drift'] as const;

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const TOKEN_FORMATS = ['form', 'json'] as const;
export type TokenFormat = (typeof TOKEN_FORMATS)[number];

export type RuleLevel = Severity | 'off';

export interface Ignore {
  rule: string;
  contract: string;
  pointer?: string;
  reason: string;
  /** YYYY-MM-DD; after this day the ignore no longer applies and is itself an error. */
  expires?: string;
  /** Where the ignore is written, for findings about it. */
  file: string;
  line: number;
}

export interface ApiSettings {
  baseUrl?: string;
  tokenUrl?: string;
  tokenRequestFormat: TokenFormat;
  clientId?: string;
  /** The deploy's OAuth client, when the check uses another: its audit entries are this tool's own writes. */
  deployClientId?: string;
  clientSecret?: string;
  tenant?: string;
}

export interface Settings {
  mode: Mode;
  /** Absolute path of the contract repo. */
  root: string;
  /**
   * Absolute path of where the command runs (the action's workspace, the CLI's cwd): every path
   * the user gives is resolved from it (src/core/paths.ts). With root, what a pull request may
   * control: a file read or written inside either must stay inside it (src/core/bounded-read.ts,
   * src/core/safe-write.ts).
   */
  workspace?: string;
  /**
   * Absolute path of the repository directory GitHub and SARIF paths are relative to: the top of
   * the git repository that holds root, else the workspace when it holds root, else root
   * (src/core/paths.ts). Unset: computed from root and workspace without git.
   */
  repoBase?: string;
  schemaGlobs: string[];
  filterGlobs: string[];
  policy: Policy;
  failOn: FailOn;
  /** Per-rule severity overrides from the config file. */
  ruleLevels: Record<string, RuleLevel>;
  ignores: Ignore[];
  /** Config file used, relative to root, when one was found. */
  configFile?: string;
  /**
   * The config file looked for (found or not), relative to root with forward slashes: a git base
   * reads its own at that path. Unset: the default name.
   */
  configPath?: string;
  /** Globs given as inputs or flags (they win over any config file, a git base's too). Unset: none. */
  globsGiven?: { schemas: boolean; filters: boolean };
  /**
   * A registry export used as the live baseline: the path as given, and the absolute path it
   * resolves to against the workspace (the CLI's current directory).
   */
  registryExport?: GivenPath;
  /**
   * A git revision of the repo that holds the root, as given (checked and resolved when the check
   * runs): the baseline when neither an export nor the API is, else the base that tells the
   * findings a change introduces from those already there.
   */
  against?: string;
  /** Findings already at the git base (pre-existing) fail the check too; by default only introduced ones do. */
  failOnExisting: boolean;
  api: ApiSettings;
  format: Format;
  /** Where to write the JSON report (the action always writes one). */
  reportFile?: string;
  github: { token?: string; comment: boolean; allowBreakingLabel: string };
  sarifFile?: string;
  dryRun: boolean;
  auditFile?: string;
  auditArtifact?: string;
  activationTimeoutSeconds: number;
  maxConcurrency: number;
  /** Client-side pacing of platform API requests (0 = none). */
  requestsPerSecond: number;
  /** Platform API: per-request timeout (seconds) and retries per request. */
  requestTimeoutSeconds: number;
  maxRetries: number;
  /** Refs (glob patterns) a deploy may run from besides the default branch. */
  allowDeployFrom: string[];
  driftIssue: boolean;
  deadFilterWindowDays: number;
}

/**
 * The raw, untyped values as the fronts collected them, keyed by action input name.
 * An empty string or undefined means "not given": the config file or the default applies.
 */
export type RawInputs = Partial<Record<InputName, string>>;

export const INPUT_NAMES = [
  'mode',
  'root',
  'schemas',
  'filters',
  'config',
  'policy',
  'fail-on',
  'format',
  'report-file',
  'registry-export',
  'against',
  'fail-on-existing',
  'api-base-url',
  'token-url',
  'token-request-format',
  'client-id',
  'deploy-client-id',
  'client-secret',
  'tenant',
  'github-token',
  'comment',
  'allow-breaking-label',
  'sarif-file',
  'dry-run',
  'audit-file',
  'audit-artifact',
  'activation-timeout',
  'max-concurrency',
  'requests-per-second',
  'request-timeout',
  'max-retries',
  'allow-deploy-from',
  'drift-issue',
  'dead-filter-window',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs whose values are secrets: masked by the fronts the moment they are read. */
export const SECRET_INPUTS: readonly InputName[] = ['client-secret', 'github-token'];

export const DEFAULT_SCHEMA_GLOBS = ['cxone/schemas/**/*.{yaml,yml,json}'];
export const DEFAULT_FILTER_GLOBS = ['cxone/filters/**/*.{yaml,yml,json}'];
export const DEFAULT_CONFIG_FILE = '.cxone-contract.yml';
export const DEFAULT_ALLOW_BREAKING_LABEL = 'cxone-breaking-change-approved';
