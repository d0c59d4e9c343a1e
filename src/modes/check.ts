// The check: load -> lint -> baseline -> evolution -> triage -> plan -> locate -> Report.
// Plain data in, plain data out; the fronts print and exit.

import { loadContracts } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import { atLeast, sortFindings, type Finding } from '../core/finding.js';
import type { Contract } from '../core/contract.js';
import type { Report } from '../core/report.js';
import { fetchLiveState, readExportFile, type LiveState } from '../baseline/index.js';
import type { ClientTuning, CxoneClient } from '../cxone/index.js';
import { evolve } from '../evolution/index.js';
import { lintContracts, prepareLint } from '../lint/index.js';
import { buildPlan } from '../plan/index.js';
import { platformRefusal } from '../plan/platform.js';
import { sameContent } from '../core/canonical.js';
import { knownRuleIds } from '../rule-registry.js';
import type { Settings } from '../settings/types.js';
import { locateFindings } from './locate.js';
import { filesWithErrors, skippedFinding } from './skipped.js';
import { todayUtc, triage } from './triage.js';
import { TOOL_VERSION } from './version.js';

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
  /** Labels of the pull request under check: settings.github.allowBreakingLabel among them approves breaking changes. */
  prLabels?: readonly string[];
}

export async function runCheck(settings: Settings, options: CheckOptions = {}): Promise<Report> {
  return (await checkRepo(settings, options)).report;
}

/** The check, with the contracts it parsed and the live state it compared with: a deploy applies those, without parsing or fetching again. */
export async function checkRepo(settings: Settings, options: CheckOptions = {}): Promise<{ report: Report; contracts: Contract[]; live: LiveState | undefined }> {
  const api = await apiClient(settings, options);
  try {
    // The live baseline (a network fetch) and the repo (local files) are independent: load both at once.
    const [loaded, live] = await Promise.all([
      loadContracts({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
      loadBaseline(settings, api, options),
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
    await prepareLint(loaded.contracts, live ? [...live.schemas.values()].map((s) => s.doc) : []);
    const lint = [...loaded.findings, ...lintContracts(loaded.contracts)];
    const raw = [...lint, ...evolutionFindings(loaded.contracts, live, settings, filesWithErrors(lint, settings.ruleLevels))];
    const findings = triage({
      findings: raw,
      ruleLevels: settings.ruleLevels,
      ignores: settings.ignores,
      knownRules: knownRuleIds(),
      today: todayUtc(options.now),
      ...(options.prLabels ? { approval: { label: settings.github.allowBreakingLabel, labels: options.prLabels } } : {}),
    });
    const plan = buildPlan(loaded.contracts, live, findings);
    if (api && live) {
      // Loaded with the client only (see apiClient): a check from a file never reads an audit log.
      const { markReverts } = await import('../plan/reverts.js');
      const ours = [settings.api.clientId, settings.api.deployClientId].filter((id): id is string => id !== undefined && id !== '');
      await markReverts(plan, live, api, ours, settings.maxConcurrency);
    }
    locateFindings(findings, loaded.contracts);
    return { report: makeReport(settings, live, loaded.files.length, loaded.contracts, sortFindings(findings), plan), contracts: loaded.contracts, live };
  } finally {
    if (api && api !== options.api) await api.close();
  }
}

/** The API client of this check: the caller's, or one of its own when the API is configured (and no export file is). */
async function apiClient(settings: Settings, options: CheckOptions): Promise<CxoneClient | undefined> {
  if (settings.registryExport || !settings.api.baseUrl) return undefined;
  if (options.api) return options.api;
  // Loaded only here: the client (and undici) cost start-up time a check from a file never needs.
  const { clientFromSettings } = await import('../cxone/index.js');
  return clientFromSettings(settings, { ...options.client, mask: options.mask });
}

async function loadBaseline(settings: Settings, api: CxoneClient | undefined, options: CheckOptions): Promise<LiveState | undefined> {
  if (settings.registryExport) return readExportFile(settings.registryExport, { roots: [settings.root, settings.workspace] });
  return api ? fetchLiveState(api, settings.api.baseUrl!, options.exportPageSize) : undefined;
}

/** Contracts of one run that get example events (each costs ~15 ms of ajv compilation). */
export const WITNESS_CONTRACTS_PER_RUN = 10;

/**
 * Evolution of each schema that exists live, and the platform's own verdict on the update (it
 * refuses what is not additive, whatever the policy); a schema with lint errors (`invalid`, by file)
 * is skipped, and says so.
 */
function evolutionFindings(contracts: Contract[], live: LiveState | undefined, settings: Settings, invalid: ReadonlyMap<string, Finding[]>): Finding[] {
  if (!live) return [];
  const out: Finding[] = [];
  const witnessBudget = { contracts: WITNESS_CONTRACTS_PER_RUN };
  for (const c of contracts) {
    const liveSchema = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
    if (!liveSchema) continue;
    const errors = invalid.get(c.file);
    if (errors) {
      out.push(skippedFinding(c.file, c.name, errors, liveSchema.doc.cxoneVersion));
      continue;
    }
    const found = evolve(liveSchema.doc, c.doc, { file: c.file, contract: c.name, policy: settings.policy, witnessBudget }).findings;
    out.push(...found);
    // Under the additive policy the findings are the platform's verdict (an unchanged schema has none); other policies ask the engine again, for a changed schema only.
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
): Report {
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const failOn = settings.failOn;
  return {
    tool: { name: 'cxone-contract', version: TOOL_VERSION },
    mode: 'check',
    policy: settings.policy,
    failOn,
    baseline: live?.source ?? 'none',
    counts: {
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      breaking: active.filter((f) => f.breaking).length,
      files,
      schemas: contracts.filter((c) => c.kind === 'schema').length,
      filters: contracts.filter((c) => c.kind === 'filter').length,
      suppressed: findings.length - active.length,
    },
    plan,
    findings,
    failed: failOn !== 'never' && active.some((f) => atLeast(f.severity, failOn)),
  };
}
