// The nightly drift run: load the repo, read the live tenant, compare, attribute each drifted item
// from the audit log, check filter health, and turn it all into one DriftReport. Plain data out;
// the fronts print, write the summary, keep the tracking issue and choose the exit code.

import { loadContracts } from '../../contracts/index.js';
import { UsageError } from '../../core/errors.js';
import { atLeast, sortFindings, type Finding } from '../../core/finding.js';
import type { ClientTuning } from '../../cxone/index.js';
import type { Settings } from '../../settings/types.js';
import { todayUtc, triage } from '../../triage/triage.js';
import { TOOL_VERSION } from '../../core/version.js';
import { attribute, auditReader } from './attribute.js';
import { compareTenant } from './compare.js';
import { membershipDrift } from './groups.js';
import { markUndeployed } from './undeployed.js';
import { findingKey, itemKey } from '../../core/drift-report.js';
import { itemFinding } from './findings.js';
import { filterHealth } from './health.js';
import { readLiveTenant } from '../../baseline/index.js';
import { loadReferenceLocator } from '../../contracts/locate.js';
import { prepareRegexes } from '../../lint/index.js';
import { driftRules } from './rules.js';
import type { DriftCounts, DriftItem, DriftReport } from './types.js';
import { byCodeUnit } from '../../core/order.js';

export interface DriftOptions {
  now?: Date;
  mask?: (secret: string) => void;
  client?: Omit<ClientTuning, 'mask'>;
  exportPageSize?: number;
  /** Called with one line per finished phase, with its counts: a drift of a large tenant runs for seconds. */
  onProgress?: (line: string) => void;
  /** Every rule id, from the rule registry (the fronts hand it in): the config's rule ids are checked against it. */
  knownRules?: ReadonlySet<string>;
}

const DRIFT_RULES: ReadonlySet<string> = new Set(Object.values(driftRules).map((r) => r.id));

export async function runDrift(settings: Settings, options: DriftOptions = {}): Promise<DriftReport> {
  if (settings.registryExport)
    throw new UsageError(
      'drift compares with the live tenant through the API: set api-base-url, client-id and client-secret instead of registry-export',
    );
  if (!settings.api.baseUrl)
    throw new UsageError(
      'drift needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)',
    );
  const now = options.now ?? new Date();
  const { clientFromSettings } = await import('../../cxone/index.js');
  const client = clientFromSettings(settings, { ...options.client, mask: options.mask });
  const notes: string[] = [];
  try {
    // The tenant's fetch starts first: listing the repo's files is synchronous.
    const tenant = readLiveTenant(client, options.exportPageSize ? { exportPageSize: options.exportPageSize } : {});
    const [loaded, live] = await Promise.all([
      loadContracts({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
      tenant,
    ]);
    const say = options.onProgress ?? (() => {});
    const repoCount = (kind: string) => loaded.contracts.filter((c) => c.kind === kind).length;
    say(
      `drift: read the repo (${repoCount('schema')} schemas, ${repoCount('filter')} filters) and the live tenant (${live.schemas.size} schemas, ${live.filters.size} filters)`,
    );
    // The comparison judges both sides' regexes: the ReDoS checker is loaded now if some need it
    // (in the bundle it cannot be loaded later, synchronously). It compiles no schema: no ajv.
    await prepareRegexes([
      ...loaded.contracts.filter((c) => c.kind === 'schema').map((c) => c.doc),
      ...[...live.schemas.values()].map((s) => s.doc),
    ]);
    await loadReferenceLocator(); // the findings are placed in the repo files (./findings.ts)
    const drift = [
      ...compareTenant(loaded.contracts, live),
      ...(await membershipDrift(client, loaded.contracts, live, settings.maxConcurrency)),
    ];
    say(`drift: compared — ${drift.length} item(s) differ`);
    const repoFiles = new Map(loaded.contracts.filter((c) => c.kind === 'filter').map((c) => [c.name, c.file]));
    const concurrency = settings.maxConcurrency;
    const auditLogs = auditReader(client);
    const health = await filterHealth(client, live, {
      deadFilterWindowDays: settings.deadFilterWindowDays,
      activationTimeoutSeconds: settings.activationTimeoutSeconds,
      concurrency,
      now,
      repoFiles,
      notes,
      auditLogs,
    });
    say(
      `drift: filter health — ${live.filters.size} filters checked, ${health.filter((h) => h.rule === 'filter-dead').length} dead, ${health.filter((h) => h.rule === 'filter-not-active').length} not active`,
    );
    const attributed = [...drift, ...health.filter((h) => h.rule === 'filter-not-active')];
    await attribute(attributed, { concurrency, notes, auditLogs });
    markUndeployed(
      drift,
      [settings.api.clientId, settings.api.deployClientId].filter((id): id is string => id !== undefined && id !== ''),
    );
    say(`drift: attributed ${attributed.length} item(s) from the audit log`);

    const items = [...drift, ...health];
    const byFile = new Map(loaded.contracts.map((c) => [`${c.kind}\0${c.name}`, c]));
    const raw: Finding[] = [
      ...loaded.findings,
      ...items.map((i) =>
        itemFinding(i, i.rule === 'drift-live-only' ? undefined : byFile.get(`${i.kind}\0${i.name}`)),
      ),
    ];
    // Ignores of the check's rules belong to the check: here they would all be "unused".
    const findings = sortFindings(
      triage({
        findings: raw,
        ruleLevels: settings.ruleLevels,
        ignores: settings.ignores.filter((ig) => DRIFT_RULES.has(ig.rule)),
        ...(options.knownRules ? { knownRules: options.knownRules } : {}),
        today: todayUtc(now),
      }),
    );
    return makeReport(settings, live.source, items, findings, notes, {
      liveSchemas: live.schemas.size,
      liveFilters: live.filters.size,
      repoSchemas: loaded.contracts.filter((c) => c.kind === 'schema').length,
      repoFilters: loaded.contracts.filter((c) => c.kind === 'filter').length,
    });
  } finally {
    await client.close();
  }
}

type Sizes = Pick<DriftCounts, 'liveSchemas' | 'liveFilters' | 'repoSchemas' | 'repoFilters'>;

function makeReport(
  settings: Settings,
  source: string,
  items: DriftItem[],
  findings: Finding[],
  notes: string[],
  sizes: Sizes,
): DriftReport {
  // An item whose rule is `off` is dropped from the items too: the report shows what is judged.
  const judged = new Set(findings.map(findingKey));
  const kept = items.filter((i) => judged.has(itemKey(i)));
  const active = findings.filter((f) => !f.suppressed);
  const activeKeys = new Set(active.map(findingKey));
  const live = kept.filter((i) => activeKeys.has(itemKey(i)));
  const n = (rule: DriftItem['rule']) => live.filter((i) => i.rule === rule).length;
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const counts: DriftCounts = {
    drifted:
      n('drift-modified') +
      n('drift-version-mismatch') +
      n('drift-live-only') +
      n('drift-repo-only') +
      n('drift-group-membership') +
      n('drift-undeployed'),
    modified: n('drift-modified'),
    versionMismatch: n('drift-version-mismatch'),
    liveOnly: n('drift-live-only'),
    repoOnly: n('drift-repo-only'),
    groupMembership: n('drift-group-membership'),
    undeployed: n('drift-undeployed'),
    deadFilters: n('filter-dead'),
    notActive: n('filter-not-active'),
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    suppressed: findings.length - active.length,
    ...sizes,
  };
  const failOn = settings.failOn;
  return {
    tool: { name: 'cxone-contract', version: TOOL_VERSION },
    mode: 'drift',
    baseline: source,
    failOn,
    deadFilterWindowDays: settings.deadFilterWindowDays,
    counts,
    items: kept.sort((a, b) => byCodeUnit(a.kind, b.kind) || byCodeUnit(a.name, b.name) || byCodeUnit(a.rule, b.rule)),
    findings,
    notes,
    failed: failOn !== 'never' && active.some((f) => atLeast(f.severity, failOn)),
  };
}
