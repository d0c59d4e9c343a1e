// Build the Settings object: explicit inputs/flags win, then the repo config file, then defaults.
// This is the only place raw inputs are interpreted.

import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { describeGiven, repoBaseOf, resolveGiven, statQuietly, type GivenPath } from '../core/paths.js';
import { readConfigText } from './config-read.js';
import { checkGlobs } from './globs.js';
import {
  DEFAULT_ALLOW_BREAKING_LABEL,
  DEFAULT_CONFIG_FILE,
  DEFAULT_FILTER_GLOBS,
  DEFAULT_SCHEMA_GLOBS,
  FAIL_ON,
  FORMATS,
  MODES,
  POLICIES,
  TOKEN_FORMATS,
  type RawInputs,
  type Settings,
} from './types.js';
import { bool, days, given, list, nonNegativeInt, oneOf, positiveInt, url } from './values.js';

export interface BuildContext {
  /**
   * Where the command runs: the directory every path the user gives is resolved from (the
   * workspace for the action, the current directory for the CLI; src/core/paths.ts).
   */
  cwd: string;
  /** What `cwd` is called in messages. Default: "the current directory". */
  cwdName?: string;
  /**
   * The repository is inside `cwd` (the action: the workspace is the checkout, and a git
   * repository above it, such as a self-hosted runner's home, is not this one's). The CLI's
   * current directory may be anywhere inside the repository.
   */
  repoWithinCwd?: boolean;
  /** Defaults that differ per front, e.g. the action writes a report file under RUNNER_TEMP. */
  defaults?: Partial<Pick<Settings, 'format' | 'reportFile' | 'auditFile'>>;
}

export async function buildSettings(raw: RawInputs, ctx: BuildContext): Promise<Settings> {
  const opt = (name: keyof RawInputs): string | undefined => (given(raw[name]) ? raw[name]!.trim() : undefined);
  const workspace = resolve(ctx.cwd);
  // Every path the user gives is relative to where the command runs; the config file, to the root
  // (src/core/paths.ts).
  const here = (name: keyof RawInputs, fallback?: string): GivenPath | undefined => {
    const v = opt(name) ?? fallback;
    return v === undefined ? undefined : resolveGiven(v, workspace, ctx.cwdName ?? 'the current directory');
  };
  const rootGiven = here('root', '.')!;
  const root = rootGiven.path;
  await mustBeDirectory(rootGiven, 'root');

  const configFile = resolveGiven(opt('config') ?? DEFAULT_CONFIG_FILE, root, 'the contract root');
  const configName = configFile.given;
  const text = await readConfigText(configFile, root);
  // Its parser (yaml) is loaded only when there is a config to read.
  const config =
    text === undefined ? undefined : (await import('./config-file.js')).parseRepoConfig(text, configFile.given);
  if (!config && given(raw.config) && configName !== DEFAULT_CONFIG_FILE) {
    throw new UsageError(`config: cannot read ${describeGiven(configFile)}: no such file`);
  }

  const file = (name: keyof RawInputs) => here(name)?.path;

  const settings: Settings = {
    mode: oneOf('mode', opt('mode') ?? 'check', MODES),
    root,
    workspace,
    repoBase: await repoBaseOf(root, workspace, ctx.repoWithinCwd ? workspace : undefined),
    schemaGlobs: given(raw.schemas) ? list(raw.schemas) : (config?.schemas ?? DEFAULT_SCHEMA_GLOBS),
    filterGlobs: given(raw.filters) ? list(raw.filters) : (config?.filters ?? DEFAULT_FILTER_GLOBS),
    policy: opt('policy') ? oneOf('policy', opt('policy')!, POLICIES) : (config?.policy ?? 'additive'),
    failOn: opt('fail-on') ? oneOf('fail-on', opt('fail-on')!, FAIL_ON) : (config?.failOn ?? 'error'),
    ruleLevels: config?.rules ?? {},
    ignores: config?.ignores ?? [],
    configFile: config ? configName : undefined,
    configPath: relative(root, configFile.path).split(sep).join('/'),
    globsGiven: { schemas: given(raw.schemas), filters: given(raw.filters) },
    registryExport: here('registry-export'),
    against: opt('against'),
    failOnExisting: bool('fail-on-existing', opt('fail-on-existing') ?? 'false'),
    api: {
      baseUrl: opt('api-base-url') && url('api-base-url', opt('api-base-url')!),
      tokenUrl: opt('token-url') && url('token-url', opt('token-url')!),
      tokenRequestFormat: oneOf('token-request-format', opt('token-request-format') ?? 'form', TOKEN_FORMATS),
      clientId: opt('client-id'),
      deployClientId: opt('deploy-client-id'),
      clientSecret: opt('client-secret'),
      tenant: opt('tenant'),
    },
    format: opt('format') ? oneOf('format', opt('format')!, FORMATS) : (ctx.defaults?.format ?? 'text'),
    reportFile: file('report-file') ?? ctx.defaults?.reportFile,
    github: {
      token: opt('github-token'),
      comment: bool('comment', opt('comment') ?? 'true'),
      allowBreakingLabel: opt('allow-breaking-label') ?? DEFAULT_ALLOW_BREAKING_LABEL,
    },
    sarifFile: file('sarif-file'),
    dryRun: bool('dry-run', opt('dry-run') ?? 'false'),
    auditFile: file('audit-file') ?? ctx.defaults?.auditFile,
    auditArtifact: opt('audit-artifact'),
    activationTimeoutSeconds: positiveInt('activation-timeout', opt('activation-timeout') ?? '60', 3600),
    maxConcurrency: positiveInt('max-concurrency', opt('max-concurrency') ?? '4', 64),
    requestsPerSecond: nonNegativeInt('requests-per-second', opt('requests-per-second') ?? '100', 10_000),
    requestTimeoutSeconds: positiveInt('request-timeout', opt('request-timeout') ?? '30', 600),
    maxRetries: nonNegativeInt('max-retries', opt('max-retries') ?? '5', 20),
    allowDeployFrom: list(opt('allow-deploy-from') ?? ''),
    driftIssue: bool('drift-issue', opt('drift-issue') ?? 'false'),
    deadFilterWindowDays: days('dead-filter-window', opt('dead-filter-window') ?? '7d'),
  };
  // Globs from the config were checked (with their line) as it was parsed; inputs are checked here.
  if (given(raw.schemas)) checkGlobs(settings.schemaGlobs, () => 'schemas: ');
  if (given(raw.filters)) checkGlobs(settings.filterGlobs, () => 'filters: ');
  // Ref patterns meet the same matcher: bounded as the file globs are (a ref is no path: no root to leave).
  checkGlobs(settings.allowDeployFrom, () => 'allow-deploy-from: ', { outside: false });
  if (settings.schemaGlobs.length === 0 && settings.filterGlobs.length === 0) {
    throw new UsageError('schemas/filters: no globs given: nothing to check');
  }
  if (settings.against !== undefined && settings.mode !== 'check') {
    throw new UsageError(`against: applies to mode: check only (mode: ${settings.mode} compares with the live tenant)`);
  }
  if (settings.registryExport && settings.api.baseUrl) {
    throw new UsageError(
      'registry-export and api-base-url are both set: choose the export file (offline) or the live API',
    );
  }
  return settings;
}

async function mustBeDirectory(dir: GivenPath, name: string): Promise<void> {
  if (!statQuietly(dir.path)?.isDirectory()) throw new UsageError(`${name}: ${describeGiven(dir)} is not a directory`);
}
