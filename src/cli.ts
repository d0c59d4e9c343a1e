#!/usr/bin/env node
// The command-line front: flags + CXONE_* environment -> Settings -> mode -> printed report and
// exit code (0 clean, 1 findings at/above fail-on, 2 usage, 3 platform). See docs/architecture.md.

// Only what every command needs is imported here; each command imports its own stages when it
// runs, so `--version`, `rules` or a check never load the API client, the emulator or the deploy
// (start-up is measured: docs/benchmarks.md).
import { exitCodeOf, failureLine, UsageError } from './core/errors.js';
import { escapeControl, neutraliseCommands, routeProcessWarnings } from './core/log-safe.js';
import type { DeployOperation } from './core/deploy-result.js';
import type { Report } from './core/report.js';
import { TOOL_VERSION } from './core/version.js';
import type { ApprovalOptions } from './report/approval.js';
import type { SarifSource } from './report/sarif.js';
import type { RawInputs, Settings } from './settings/index.js';
import { commandFormat, type COMMAND_FORMATS } from './cli-usage.js';
import { isCommand, parse, rawInputs } from './cli-flags.js';
import { commandHelp, helpAsked, helpFor, unknownCommand, usage } from './cli-help.js';
import { colorWanted } from './cli-color.js';
import { useValidatorCache, type CompileCached } from './lint/validator-cache.js';
// Builtins statically: already in the process, and the bundler's copy of one imported with
// import() lacks names it did not know (createRequire).
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout is a terminal; whether to colour is each command's call (colorWanted, src/cli-color.ts). */
  color: boolean;
}

export async function cli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `<command> --help` prints the command's help whatever else is on the line: nothing is parsed or read.
    if (command !== undefined && isCommand(command) && helpAsked(rest)) {
      io.out(commandHelp(command));
      return 0;
    }
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'diff':
        return await diff(rest, io);
      case 'demo':
        return await (
          await import('./demo/demo.js')
        ).runDemo({ ...io, color: colorWanted(parse('demo', rest).values['no-color'], io.env, io.color) });
      case 'emulator':
        return await emulator(rest, io);
      case 'deploy':
        return await deploy(rest, io);
      case 'drift':
        return await drift(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'rules':
        return await rules(rest, io);
      case '--version':
      case '-v':
        io.out(`${TOOL_VERSION}\n`);
        return 0;
      // `--help check` asks for check's help, as `help check` does.
      case 'help':
      case '--help':
      case '-h':
        io.out(helpFor(rest[0], ...rest.slice(1)));
        return 0;
      case undefined:
        io.out(usage());
        return 2;
      default:
        throw new UsageError(unknownCommand(command));
    }
  } catch (err) {
    io.err(`cxone-contract: error: ${failureLine(err, TOOL_VERSION)}\n`);
    return exitCodeOf(err);
  }
}

async function check(args: string[], io: Io): Promise<number> {
  const { values: v } = parse('check', args);
  const format = commandFormat('check', v.format);
  // An empty --against is a mistake (an unset variable in a script), not "no baseline": lint only is never silent.
  if (v.against !== undefined && v.against.trim() === '')
    throw new UsageError('--against: empty revision: give a git revision (e.g. origin/main), or leave --against out');
  const raw: RawInputs = {
    ...rawInputs(v, io.env),
    against: v.against,
    'fail-on-existing': v['fail-on-existing'] ? 'true' : undefined,
  };
  const { buildSettings } = await import('./settings/index.js');
  const settings = await buildSettings(raw, { cwd: io.cwd });
  const { baselineLine, chooseBaseline, resolveBaseline } = await import('./baseline/index.js');
  const baseline = await resolveBaseline(chooseBaseline(settings, { front: 'cli' }), {
    front: 'cli',
    root: settings.root,
    fetch: false,
  });
  // One line each, whatever a note quotes (a commit's config, a file name): escaped where written.
  const say = (line: string) => io.err(`cxone-contract: ${escapeControl(line)}\n`);
  // Said on stderr (stdout stays the report) when a baseline was asked for: which one judged, or why none did.
  const asked = settings.against !== undefined || baseline.notices.length > 0;
  if (asked) {
    const { shownPath } = await import('./core/paths.js');
    const exportShown = settings.registryExport && shownPath(settings.registryExport);
    const where = {
      ...(exportShown ? { export: exportShown } : {}),
      ...(settings.api.baseUrl ? { api: settings.api.baseUrl } : {}),
    };
    for (const line of [
      baselineLine(baseline, where),
      ...baseline.log,
      ...baseline.notices.map((n) => `note: ${n}`),
      ...baseline.warnings.map((w) => `warning: ${w}`),
    ])
      say(line);
  }
  const { runCheck } = await import('./modes/index.js');
  const knownRules = await knownRulesFor(settings);
  const report = await runCheck(settings, {
    baseline,
    log: say,
    warn: (w) => say(`warning: ${w}`),
    ...(knownRules ? { knownRules } : {}),
  });
  if (settings.reportFile) await writeReportFlag(settings, (await import('./report/json.js')).toJson(report));
  // None asked for and none found: one warning that no breaking-change check ran, once the check
  // did (a usage error stays one line).
  if (!asked) for (const w of baseline.warnings) say(`warning: ${w}`);
  const approval = (await import('./report/approval.js')).approvalOf(settings);
  await printReport(report, format, io, colorWanted(v['no-color'], io.env, io.color), settings, approval);
  return report.failed ? 1 : 0;
}

async function deploy(args: string[], io: Io): Promise<number> {
  const { values: v } = parse('deploy', args);
  const format = commandFormat('deploy', v.format);
  const raw: RawInputs = {
    ...rawInputs(v, io.env),
    mode: 'deploy',
    'dry-run': v['dry-run'] ? 'true' : 'false',
    'audit-file': v['audit-file'],
    'activation-timeout': v['activation-timeout'],
    'allow-deploy-from': v['allow-deploy-from']?.join('\n'),
  };
  const { buildSettings } = await import('./settings/index.js');
  const settings = await buildSettings(raw, { cwd: io.cwd });
  const knownRules = await knownRulesFor(settings);
  const { runDeploy } = await import('./modes/deploy/run.js');
  const { deployOriginOf, readGitHubEvent } = await import('./github/context.js');
  const context = deployOriginOf(await readGitHubEvent(io.env));
  // The gate checks GITHUB_REF where GITHUB_EVENT_NAME says this is a workflow run; elsewhere there
  // is no gate, and --allow-deploy-from (which only ever allows more refs) has nothing to widen.
  if (settings.allowDeployFrom.length > 0 && context.eventName === undefined)
    io.err(
      'cxone-contract: note: --allow-deploy-from applies in a GitHub Actions run (GITHUB_EVENT_NAME, GITHUB_REF); this run has no ref to gate\n',
    );
  // Progress as it happens; in json mode on stderr, so that stdout stays one document.
  const { progressLine } = await import('./report/deploy-progress.js');
  const progress = (op: DeployOperation, at: string) =>
    (format === 'json' ? io.err : io.out)(progressLine(op, at) + '\n');
  const run = await runDeploy(settings, {
    context,
    onProgress: progress,
    ...(knownRules ? { knownRules } : {}),
  });
  // The check's report, as the action writes it in deploy mode: one product behind both fronts.
  if (settings.reportFile) await writeReportFlag(settings, (await import('./report/json.js')).toJson(run.check));
  const { deployEnd } = await import('./core/deploy-result.js');
  const { end, exitCode } = deployEnd(run, settings.dryRun);
  if (format === 'json') {
    // One document: the check (its plan), every operation, the counts, how the run ended.
    const { deployJson } = await import('./report/deploy-json.js');
    io.out(deployJson(run, settings.dryRun));
    return exitCode;
  }
  await printReport(run.check, 'text', io, colorWanted(v['no-color'], io.env, io.color), settings);
  const { dryRunLine, formatDeploy } = await import('./report/deploy-text.js');
  if (!run.result) {
    io.out(
      '\n' +
        (end === 'blocked'
          ? 'deploy stopped before any write: the check above has blocking findings.\n'
          : dryRunLine(run.check.plan)),
    );
    return exitCode;
  }
  io.out('\n' + formatDeploy(run.result));
  if (run.auditFile) io.out(`audit: ${run.auditFile}\n`);
  return exitCode;
}

async function drift(args: string[], io: Io): Promise<number> {
  const { values: v } = parse('drift', args);
  const format = commandFormat('drift', v.format);
  const { buildSettings } = await import('./settings/index.js');
  const settings = await buildSettings(
    {
      ...rawInputs(v, io.env),
      mode: 'drift',
      'dead-filter-window': v['dead-filter-window'],
      'activation-timeout': v['activation-timeout'],
    },
    { cwd: io.cwd },
  );
  const { runDrift } = await import('./modes/drift/index.js');
  const { formatDrift } = await import('./report/drift-text.js');
  const { driftJson } = await import('./report/json.js');
  const { knownRuleIds } = await import('./rule-registry.js');
  // A line per phase as it finishes; in json and sarif mode on stderr, so that stdout stays one document.
  const report = await runDrift(settings, {
    knownRules: knownRuleIds(),
    onProgress: (line) => (format === 'text' ? io.out : io.err)(line + '\n'),
  });
  if (settings.reportFile) await writeReportFlag(settings, driftJson(report));
  if (format === 'json') io.out(driftJson(report));
  else if (format === 'sarif') io.out(await sarifOf(report, settings));
  else io.out(formatDrift(report));
  return report.failed ? 1 : 0;
}

async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values: v } = parse('export', args);
  const format = commandFormat('export', v.format);
  const { buildSettings } = await import('./settings/index.js');
  const settings = await buildSettings({ ...rawInputs(v, io.env), mode: 'drift' }, { cwd: io.cwd });
  const { clientFromSettings } = await import('./cxone/index.js');
  const { exportTenant } = await import('./modes/export/index.js');
  const client = clientFromSettings(settings);
  try {
    const r = await exportTenant(client, resolve(io.cwd, v.out ?? '.'), { force: v.force ?? false });
    if (format === 'json') {
      const { exportJson } = await import('./report/export-json.js');
      io.out(exportJson(r, client.baseUrl));
    } else
      io.out(
        `exported ${r.schemas.length} schemas and ${r.filters.length} filters from ${client.baseUrl} to ${r.outDir}\n`,
      );
    return 0;
  } finally {
    await client.close();
  }
}

/**
 * Every rule id, when the config names some (rule levels, ignores) for triage to check; else
 * undefined, and the registry is not loaded: it imports every rule's code, drift's included.
 */
async function knownRulesFor(settings: Settings): Promise<ReadonlySet<string> | undefined> {
  if (Object.keys(settings.ruleLevels).length === 0 && settings.ignores.length === 0) return undefined;
  return (await import('./rule-registry.js')).knownRuleIds();
}

async function printReport(
  report: Report,
  format: (typeof COMMAND_FORMATS)['check'][number],
  io: Io,
  color: boolean,
  /** Where SARIF URIs start (src/core/paths.ts). */
  paths: Pick<Settings, 'root' | 'workspace' | 'repoBase'>,
  approval?: ApprovalOptions,
): Promise<void> {
  if (format === 'json') io.out((await import('./report/json.js')).toJson(report));
  else if (format === 'sarif') io.out(await sarifOf(report, paths));
  else io.out((await import('./report/text.js')).formatText(report, { color, ...(approval ? { approval } : {}) }));
}

/** A check's or drift's findings as SARIF, located as the action locates them (src/core/paths.ts). */
async function sarifOf(report: SarifSource, paths: Pick<Settings, 'root' | 'workspace' | 'repoBase'>): Promise<string> {
  const [{ sarifJson }, { allRules }, { repoPathsOf }] = await Promise.all([
    import('./report/sarif.js'),
    import('./rule-registry.js'),
    import('./core/paths.js'),
  ]);
  return sarifJson(report, { rules: allRules(), repo: repoPathsOf(paths) });
}

/** --report-file: never through a link planted in the checkout (src/core/report-file.ts). */
async function writeReportFlag(settings: Settings, text: string): Promise<void> {
  const { writeReportFile } = await import('./core/report-file.js');
  await writeReportFile(settings, '--report-file', settings.reportFile!, text);
}

async function diff(args: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parse('diff', args, true);
  // Checked before a file is read: the format, the files, then the policy.
  const format = commandFormat('diff', v.format);
  if (positionals.length !== 2) throw new UsageError('diff takes two schema files: cxone-contract diff OLD NEW');
  const [{ oneOf }, { POLICIES }] = await Promise.all([import('./settings/values.js'), import('./settings/types.js')]);
  const policy = oneOf('--policy', v.policy ?? 'additive', POLICIES);
  const { runDiff } = await import('./modes/diff.js');
  const result = await runDiff(positionals[0]!, positionals[1]!, { cwd: io.cwd, policy });
  const { diffJson, diffText } = await import('./report/diff-text.js');
  io.out(format === 'json' ? diffJson(result) : diffText(result));
  return result.compatible ? 0 : 1;
}

/** `rules [ID]`: the registry as a list, or one rule; an unknown id is a usage error with the nearest id. */
async function rules(args: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parse('rules', args, true);
  const format = commandFormat('rules', v.format);
  if (positionals.length > 1) throw new UsageError('rules takes at most one rule id: cxone-contract rules [ID]');
  const { ruleDetail, ruleList } = await import('./report/rule-list.js');
  const all = (await import('./rule-registry.js')).allRules();
  const id = positionals[0];
  if (id === undefined) {
    io.out(ruleList(all, format));
    return 0;
  }
  const rule = all.find((r) => r.id === id);
  if (!rule) {
    const { didYouMean } = await import('./core/suggest.js');
    const ids = all.map((r) => r.id);
    throw new UsageError(
      `rules: unknown rule id "${escapeControl(id.length > 80 ? `${id.slice(0, 80)}…` : id)}"${didYouMean(id, ids)}` +
        ' (cxone-contract rules lists them)',
    );
  }
  io.out(ruleDetail(rule, format));
  return 0;
}

async function emulator(args: string[], io: Io): Promise<number> {
  const { values: v } = parse('emulator', args);
  const maxPageSize = v['max-page-size'] === undefined ? undefined : Number(v['max-page-size']);
  if (maxPageSize !== undefined && !(Number.isInteger(maxPageSize) && maxPageSize >= 1))
    throw new UsageError(`--max-page-size: "${v['max-page-size']}" is not a positive whole number`);
  const port = v.port === undefined ? undefined : Number(v.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new UsageError(`--port: "${v.port}" is not a port number`);
  const { runEmulatorCommand, VARIANTS } = await import('./emulator/index.js');
  if (v.variant !== undefined && !Object.hasOwn(VARIANTS, v.variant))
    throw new UsageError(`--variant: "${v.variant}" is not one of ${Object.keys(VARIANTS).join(', ')}`);
  await runEmulatorCommand(
    {
      ...(port !== undefined ? { port } : {}),
      ...(v.seed ? { seed: v.seed } : {}),
      ...(maxPageSize !== undefined ? { maxPageSize } : {}),
      ...(v.variant !== undefined ? { variant: v.variant } : {}),
    },
    { out: (line) => io.out(line + '\n') },
  );
  return 0;
}

/** Set by the bin (src/launcher/index.cts) before it loads the bundle: it calls runCli itself. */
const LAUNCHED = Symbol.for('cxone-contract.launched');

/** True when this module is the process's entry point (`node lib/cli.js`; the bin is the launcher). */
function isEntry(): boolean {
  // (resolving argv[1] costs the bin's every run half a millisecond; it says so instead)
  if ((globalThis as Record<symbol, unknown>)[LAUNCHED] === true) return false;
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    // argv[1] as Node resolved it: `node dist/cli` and `node dist/cli/index` run this file too, and
    // must not end silently with exit 0 (a check that passes without running).
    const entry = createRequire(import.meta.url).resolve(resolve(argv1));
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * The process's CLI: argv and environment in, exit code set. Called by the bin
 * (src/launcher/index.cts, which runs the bundle from V8's code cache) and by `node lib/cli.js`.
 * `cacheDir`: the bin's private cache directory for this run, where compiled validators are kept too;
 * `compileCached`: the bin's compile through its V8 code cache, which kept validators go through.
 */
export async function runCli(options: { cacheDir?: string; compileCached?: CompileCached } = {}): Promise<void> {
  useValidatorCache(options.cacheDir, undefined, options.compileCached);
  // eslint-disable-next-line no-restricted-syntax -- the CLI's one writer, for Node's own warnings
  routeProcessWarnings((t) => process.stderr.write(neutraliseCommands(t)));
  const code = await cli(process.argv.slice(2), {
    // The one way out: nothing written can be read by the Actions runner as a workflow command.
    /* eslint-disable no-restricted-syntax -- the CLI's one writer */
    out: (t) => process.stdout.write(neutraliseCommands(t)),
    err: (t) => process.stderr.write(neutraliseCommands(t)),
    /* eslint-enable no-restricted-syntax */
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY),
  });
  process.exitCode = code;
}

// Not awaited at the top: the bundle is CommonJS (src/launcher), where a module cannot await.
if (isEntry()) void runCli();
