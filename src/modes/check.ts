// The check: load -> lint -> baseline -> evolution -> triage -> plan -> locate -> Report.
// Plain data in, plain data out; the fronts print and exit.

import { loadContracts } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import { atLeast, sortFindings, type Finding } from '../core/finding.js';
import type { Contract } from '../core/contract.js';
import type { Report } from '../core/report.js';
import { readExportFile, type LiveState } from '../baseline/index.js';
import { evolve } from '../evolution/index.js';
import { lintContracts, prepareLint } from '../lint/index.js';
import { buildPlan } from '../plan/index.js';
import { knownRuleIds } from '../rule-registry.js';
import type { Settings } from '../settings/types.js';
import { locateFindings } from './locate.js';
import { todayUtc, triage } from './triage.js';
import { TOOL_VERSION } from './version.js';

export interface CheckOptions {
  now?: Date;
}

export async function runCheck(settings: Settings, options: CheckOptions = {}): Promise<Report> {
  const loaded = await loadContracts({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs });
  if (loaded.files.length === 0) {
    throw new UsageError(
      `no contract files under ${settings.root} match schemas (${settings.schemaGlobs.join(', ')}) or filters (${settings.filterGlobs.join(', ')})`,
    );
  }
  const live = await loadBaseline(settings);
  await prepareLint(loaded.contracts);
  const raw = [...loaded.findings, ...lintContracts(loaded.contracts), ...evolutionFindings(loaded.contracts, live, settings)];
  const findings = triage({
    findings: raw,
    ruleLevels: settings.ruleLevels,
    ignores: settings.ignores,
    knownRules: knownRuleIds(),
    today: todayUtc(options.now),
  });
  const plan = buildPlan(loaded.contracts, live, findings);
  locateFindings(findings, loaded.contracts);
  return makeReport(settings, live, loaded.files.length, loaded.contracts, sortFindings(findings), plan);
}

async function loadBaseline(settings: Settings): Promise<LiveState | undefined> {
  if (settings.registryExport) return readExportFile(settings.registryExport);
  if (settings.api.baseUrl) {
    throw new UsageError('api-base-url: checking against the live registry API is not available in this version; pass registry-export (a saved registry export) instead');
  }
  return undefined;
}

/** Contracts of one run that get example events (each costs ~15 ms of ajv compilation). */
export const WITNESS_CONTRACTS_PER_RUN = 10;

function evolutionFindings(contracts: Contract[], live: LiveState | undefined, settings: Settings): Finding[] {
  if (!live) return [];
  const out: Finding[] = [];
  const witnessBudget = { contracts: WITNESS_CONTRACTS_PER_RUN };
  for (const c of contracts) {
    const liveSchema = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
    if (!liveSchema) continue;
    out.push(...evolve(liveSchema.doc, c.doc, { file: c.file, contract: c.name, policy: settings.policy, witnessBudget }).findings);
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
