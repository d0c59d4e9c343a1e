// The command line's flag tables, one per command (what each command's parser accepts), and how
// the shared flags and the CXONE_* environment fill the same RawInputs the action reads from its
// inputs. test/cli/flag-parity.test.ts holds them against action.yml and the usage text.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './core/errors.js';
import type { RawInputs } from './settings/index.js';

/** The flags of every command that reads the repo (check, deploy, drift, export). */
export const SHARED_FLAGS = {
  root: { type: 'string' },
  config: { type: 'string' },
  export: { type: 'string' },
  policy: { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  schemas: { type: 'string', multiple: true },
  filters: { type: 'string', multiple: true },
  'report-file': { type: 'string' },
  'api-base-url': { type: 'string' },
  'token-url': { type: 'string' },
  'token-request-format': { type: 'string' },
  tenant: { type: 'string' },
  'deploy-client-id': { type: 'string' },
  'request-timeout': { type: 'string' },
  'max-retries': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'requests-per-second': { type: 'string' },
  'no-color': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** What each command's parser accepts. */
export const COMMAND_FLAGS = {
  // A git baseline judges a check, never a deploy or a drift run.
  check: { ...SHARED_FLAGS, against: { type: 'string' }, 'fail-on-existing': { type: 'boolean' } },
  deploy: {
    ...SHARED_FLAGS,
    'dry-run': { type: 'boolean' },
    'audit-file': { type: 'string' },
    'activation-timeout': { type: 'string' },
    'allow-deploy-from': { type: 'string', multiple: true },
  },
  // Drift calls a filter stuck after activation-timeout (filter-not-active).
  drift: { ...SHARED_FLAGS, 'dead-filter-window': { type: 'string' }, 'activation-timeout': { type: 'string' } },
  export: { ...SHARED_FLAGS, out: { type: 'string' }, force: { type: 'boolean' } },
  diff: { policy: { type: 'string' }, format: { type: 'string' } },
  rules: { format: { type: 'string' } },
  emulator: {
    port: { type: 'string' },
    seed: { type: 'string' },
    'max-page-size': { type: 'string' },
    variant: { type: 'string' },
  },
} as const satisfies Record<string, NonNullable<ParseArgsConfig['options']>>;

/** Flags named otherwise than the action input they fill; every other flag fills the input of its name. */
export const FLAG_INPUT: Readonly<Record<string, keyof RawInputs>> = { export: 'registry-export' };

type SharedValues = {
  [K in keyof typeof SHARED_FLAGS]?: (typeof SHARED_FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof SHARED_FLAGS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** The inputs every repo-reading command takes from the shared flags and CXONE_* variables. */
export function rawInputs(v: SharedValues, env: NodeJS.ProcessEnv): RawInputs {
  return {
    root: v.root,
    config: v.config,
    'registry-export': v.export,
    policy: v.policy,
    'fail-on': v['fail-on'],
    format: v.format,
    schemas: v.schemas?.join('\n'),
    filters: v.filters?.join('\n'),
    'report-file': v['report-file'],
    'api-base-url': v['api-base-url'] ?? env.CXONE_API_BASE_URL,
    'token-url': v['token-url'] ?? env.CXONE_TOKEN_URL,
    'token-request-format': v['token-request-format'],
    'client-id': env.CXONE_CLIENT_ID,
    'deploy-client-id': v['deploy-client-id'] ?? env.CXONE_DEPLOY_CLIENT_ID,
    'client-secret': env.CXONE_CLIENT_SECRET,
    tenant: v.tenant ?? env.CXONE_TENANT,
    'request-timeout': v['request-timeout'],
    'max-retries': v['max-retries'],
    'max-concurrency': v['max-concurrency'],
    'requests-per-second': v['requests-per-second'],
  };
}

/** A command's flags, strictly: an unknown flag is a usage error (exit 2). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (try --help)`);
  }
}
