// The check: load -> lint -> baseline -> evolution -> triage -> plan -> locate -> Report.
// Plain data in, plain data out; the fronts print and exit.

import { loadContracts } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import { atLeast, canFail, sortFindings, type Finding } from '../core/finding.js';
import type { Contract } from '../core/contract.js';
import type { Report } from '../core/report.js';
import {
  chooseBaseline,
  fetchLiveState,
  GitBaselineError,
  readExportFile,
  readGitBaseline,
  resolveBaseline,
  unreadBaseWarning,
  type LiveState,
  type ResolvedBaseline,
} from '../baseline/index.js';
import type { ClientTuning, CxoneClient } from '../cxone/index.js';
import { evolve, findingsWithChanges } from '../evolution/index.js';
import { lintContracts, prepareLint } from '../lint/index.js';
import { whenLoaded } from '../core/lazy.js';
import { buildPlan } from '../plan/index.js';
import { platformRefusal } from '../plan/platform.js';
import { sameContent } from '../core/canonical.js';
import type { Settings } from '../settings/types.js';
import { locateFindings } from '../contracts/place-findings.js';
import type { Judged } from './finding-identity.js';
import { markPreExisting } from './pre-existing.js';
import { removedSchemas } from './removed.js';
import { filesWithErrors, skippedFinding } from './skipped.js';
import { todayUtc, triage } from '../triage/triage.js';
import { TOOL_VERSION } from '../core/version.js';

export interface CheckOptions {
  now?: Date;
  /** Called with every secret the moment it is known (the action passes core.setSecret). */
  mask?: (secret: string) => void;
  /** Registry export page size (tests and benchmarks). */
  exportPageSize?: number;
  /** Client tuning beyond the settings (timeouts, retry limits): tests and benchmarks. */
  client?: Omit<ClientTuning, 'mask'>;
  /** A client to fetch the live baseline with (the caller closes it): a deploy shares one for the run. */
  api?: CxoneClient;
  /**
   * Labels of the pull request under check: settings.github.allowBreakingLabel among them approves
   * breaking changes.
   */
  prLabels?: readonly string[];
  /**
   * The baseline as the front chose and resolved it (the log opens with it). Without one, the
   * check chooses from the settings alone: no pull request, no fetch.
   */
  baseline?: ResolvedBaseline;
  /** A line for the log: contract files of a git baseline that could not serve as one. */
  log?: (line: string) => void;
  /** A warning to annotate: the pull request's base could not be read, so no finding is pre-existing. */
  warn?: (line: string) => void;
  /** Every rule id, from the rule registry (the fronts hand it in): the config's rule ids are checked against it. */
  knownRules?: ReadonlySet<string>;
}

export async function runCheck(settings: Settings, options: CheckOptions = {}): Promise<Report> {
  return (await checkRepo(settings, options)).report;
}

/**
 * The check, with the contracts it parsed and the live state it compared with: a deploy applies
 * those, without parsing or fetching again.
 */
export async function checkRepo(
  settings: Settings,
  options: CheckOptions = {},
): Promise<{ report: Report; contracts: Contract[]; live: LiveState | undefined }> {
  const baseline = options.baseline ?? (await defaultBaseline(settings, options));
  const api = baseline.judge === 'api' ? await apiClient(settings, options) : undefined;
  try {
    // The baselines (a network fetch, git reads) and the repo (local files) are independent: load
    // them at once, the baselines started first (listing the repo's files is synchronous).
    const liveLoad = loadBaseline(settings, baseline, api, options);
    const baseLoad = baseline.git?.role === 'base' && baseline.sha ? baseState(settings, baseline, options) : undefined;
    const [loaded, live, base] = await Promise.all([
      loadContracts({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
      liveLoad,
      baseLoad,
    ]);
    if (loaded.files.length === 0) {
      throw new UsageError(
        `no contract files under ${settings.root} match schemas (${settings.schemaGlobs.join(', ')}) or filters (${settings.filterGlobs.join(', ')})`,
      );
    }
    // Filters join the plan from the API, read only when the repo has some (a schemas-only repo needs no filter scope).
    if (live && api && loaded.contracts.some((c) => c.kind === 'filter')) {
      const { addLiveFilters } = await import('../baseline/live-filters.js');
      await addLiveFilters(live, api, loaded.contracts, settings.maxConcurrency);
    }
    // Every schema the run compares: the live ones, and the git base's that mark pre-existing findings.
    await prepareLint(loaded.contracts, [
      ...(live ? [...live.schemas.values()].map((s) => s.doc) : []),
      ...(base ? [...base.schemas.values()].map((s) => s.doc) : []),
    ]);
    // (synchronous: ajv's compiler is loaded when a schema has no kept validator, and the stage run again)
    const { lint, evolution } = await whenLoaded(() => {
      const lint = [...loaded.findings, ...lintContracts(loaded.contracts)];
      const judged = evolutionFindings(loaded.contracts, live, settings, filesWithErrors(lint, settings.ruleLevels));
      // The base's run builds no example events (they are not part of what a finding is).
      const evolution =
        base && live
          ? markPreExisting(judged, evolutionFindings(baseContracts(base), live, settings, new Map(), 0))
          : judged.map((j) => j.finding);
      return { lint, evolution };
    });
    const raw = [...lint, ...evolution, ...removedSchemas(loaded.contracts, loaded.files, live)];
    const findings = triage({
      findings: raw,
      ruleLevels: settings.ruleLevels,
      ignores: settings.ignores,
      ...(options.knownRules ? { knownRules: options.knownRules } : {}),
      today: todayUtc(options.now),
      ...(options.prLabels
        ? { approval: { label: settings.github.allowBreakingLabel, labels: options.prLabels } }
        : {}),
    });
    const plan = buildPlan(loaded.contracts, live, findings);
    if (api && live) {
      // Loaded with the client only (see apiClient): a check from a file never reads an audit log.
      const { markReverts } = await import('../plan/reverts.js');
      const ours = [settings.api.clientId, settings.api.deployClientId].filter(
        (id): id is string => id !== undefined && id !== '',
      );
      await markReverts(plan, live, api, ours, settings.maxConcurrency);
    }
    await locateFindings(findings, loaded.contracts);
    const report = makeReport(
      settings,
      live,
      loaded.files.length,
      loaded.contracts,
      sortFindings(findings),
      plan,
      base?.source,
    );
    return { report, contracts: loaded.contracts, live };
  } finally {
    if (api && api !== options.api) await api.close();
  }
}

/**
 * The baseline from the settings alone (a deploy, a caller without a front): a deploy's client is
 * the live registry.
 */
async function defaultBaseline(settings: Settings, options: CheckOptions): Promise<ResolvedBaseline> {
  if (options.api) return { judge: settings.registryExport ? 'export' : 'api', notices: [], log: [], warnings: [] };
  return resolveBaseline(chooseBaseline(settings, { front: 'cli' }), {
    front: 'cli',
    root: settings.root,
    fetch: false,
  });
}

/** The API client of this check: the caller's, or one of its own. */
async function apiClient(settings: Settings, options: CheckOptions): Promise<CxoneClient> {
  if (options.api) return options.api;
  // Loaded only here: the client (and undici) cost start-up time a check from a file never needs.
  const { clientFromSettings } = await import('../cxone/index.js');
  return clientFromSettings(settings, { ...options.client, mask: options.mask });
}

async function loadBaseline(
  settings: Settings,
  baseline: ResolvedBaseline,
  api: CxoneClient | undefined,
  options: CheckOptions,
): Promise<LiveState | undefined> {
  switch (baseline.judge) {
    case 'export':
      return readExportFile(settings.registryExport!, { roots: [settings.root, settings.workspace] });
    case 'api':
      return fetchLiveState(api!, settings.api.baseUrl!, options.exportPageSize);
    case 'git':
      return baseline.sha ? gitState(settings, baseline.sha, baseline.git?.label, options) : undefined;
    case 'none':
      return undefined;
  }
}

/** The contract repo at `sha`, as a baseline; files of it that cannot serve are logged. */
async function gitState(
  settings: Settings,
  sha: string,
  label: string | undefined,
  options: CheckOptions,
): Promise<LiveState> {
  const { live, skipped, notes } = await readGitBaseline({
    root: settings.root,
    sha,
    ...(label ? { label } : {}),
    schemaGlobs: settings.schemaGlobs,
    filterGlobs: settings.filterGlobs,
    config: {
      ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
      ...(settings.globsGiven ? { given: settings.globsGiven } : {}),
    },
  });
  for (const note of notes) options.log?.(`git:${sha.slice(0, 12)}: ${note}`);
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 10).join(', ');
    options.log?.(
      `git:${sha.slice(0, 12)}: ${skipped.length} contract file(s) not used as a baseline: ${shown}${skipped.length > 10 ? ', …' : ''}`,
    );
  }
  return live;
}

/**
 * The git base that marks pre-existing findings. The pull request's base, read only for that, may
 * fail to be read (a limit, git timing out): then a warning, and every finding counts (README). A
 * base asked for by name (`against`) that cannot be read stays an error.
 */
async function baseState(
  settings: Settings,
  baseline: ResolvedBaseline,
  options: CheckOptions,
): Promise<LiveState | undefined> {
  try {
    return await gitState(settings, baseline.sha!, baseline.git?.label, options);
  } catch (err) {
    if (!(err instanceof GitBaselineError && baseline.git?.automatic)) throw err;
    options.warn?.(unreadBaseWarning(err.message));
    return undefined;
  }
}

/** The schemas of a git base as contracts, for comparing them with the live versions. */
function baseContracts(base: LiveState): Contract[] {
  return [...base.schemas.values()].map((s) => ({
    kind: 'schema',
    name: s.title,
    file: s.file ?? s.title,
    doc: s.doc,
    locate: () => ({ line: 1, column: 1 }),
  }));
}

/** Contracts of one run that get example events (each costs ~15 ms of ajv compilation). */
export const WITNESS_CONTRACTS_PER_RUN = 10;

/**
 * Evolution of each schema that exists live, and the platform's own verdict on the update (it
 * refuses what is not additive, whatever the policy); a schema with lint errors (`invalid`, by file)
 * is skipped, and says so. Each finding comes with what it says beyond its words (its change, a
 * refusal's reasons): what tells the base's findings apart (./finding-identity.ts).
 */
function evolutionFindings(
  contracts: Contract[],
  live: LiveState | undefined,
  settings: Settings,
  invalid: ReadonlyMap<string, Finding[]>,
  witnesses = WITNESS_CONTRACTS_PER_RUN,
): Judged[] {
  if (!live) return [];
  const out: Judged[] = [];
  const witnessBudget = { contracts: witnesses };
  for (const c of contracts) {
    const liveSchema = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
    if (!liveSchema) continue;
    const errors = invalid.get(c.file);
    if (errors) {
      out.push({ finding: skippedFinding(c.file, c.name, errors, liveSchema.doc.cxoneVersion) });
      continue;
    }
    const found = findingsWithChanges(
      evolve(liveSchema.doc, c.doc, { file: c.file, contract: c.name, policy: settings.policy, witnessBudget }),
    );
    out.push(...found);
    // Under the additive policy the findings are the platform's verdict (an unchanged schema has
    // none); other policies ask the engine again, for a changed schema only.
    if (settings.policy !== 'additive' && sameContent(liveSchema.doc, c.doc)) continue;
    const refusal = platformRefusal(c, liveSchema, found, settings.policy);
    if (refusal) out.push(refusal);
  }
  return out;
}

function makeReport(
  settings: Settings,
  live: LiveState | undefined,
  files: number,
  contracts: Contract[],
  findings: Finding[],
  plan: Report['plan'],
  base: string | undefined,
): Report {
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const failOn = settings.failOn;
  const existing = active.filter((f) => f.preExisting).length;
  return {
    tool: { name: 'cxone-contract', version: TOOL_VERSION },
    mode: 'check',
    policy: settings.policy,
    failOn,
    baseline: live?.source ?? 'none',
    ...(base !== undefined ? { base: { source: base, failOnExisting: settings.failOnExisting } } : {}),
    counts: {
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      breaking: active.filter((f) => f.breaking).length,
      files,
      schemas: contracts.filter((c) => c.kind === 'schema').length,
      filters: contracts.filter((c) => c.kind === 'filter').length,
      suppressed: findings.length - active.length,
      ...(base !== undefined ? { preExisting: existing } : {}),
    },
    plan,
    findings,
    // A pre-existing finding (already at the git base) fails only under fail-on-existing.
    failed:
      failOn !== 'never' && findings.some((f) => canFail(f, settings.failOnExisting) && atLeast(f.severity, failOn)),
  };
}
