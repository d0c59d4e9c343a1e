// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF tools:
// one run, the rule metadata from the registry (id, name, descriptions, help, helpUri to
// docs/rules.md, default level), one result per finding. Suppressed findings (config ignores,
// approved breaking changes) are results with a suppression, so code scanning shows them closed.
// Locations are relative to the repository directory (src/core/paths.ts), the same for the action's
// sarif-file and the CLI's --format sarif: a relative URI on %SRCROOT%, whose originalUriBaseIds
// entry gives that directory; a file outside it is an absolute file URI with no base id.

import type { Finding, Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { directoryUri, repoLocation, sarifArtifactLocation, SRCROOT, type RepoPaths } from '../core/paths.js';
import type { RuleDoc } from '../core/rule.js';
import { ruleDocUrl, RULES_DOC_URL } from './rule-docs.js';
import { prettyJson } from './json.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** Every rule the tool knows (the registry): code scanning shows their help. */
  rules: readonly RuleDoc[];
  /**
   * The contract root and the repository directory (like the annotations'): URIs are relative to
   * the repository. Unset: finding files are taken as repository paths, and %SRCROOT% has no URI.
   */
  repo?: RepoPaths;
}

/** What a SARIF log is made from: a check's Report, or another run's findings (drift has no policy). */
export type SarifSource = Pick<Report, 'tool' | 'findings' | 'baseline' | 'failOn'> & { policy?: string };

export function toSarif(report: SarifSource, opts: SarifOptions): object {
  const rules: RuleDoc[] = [...opts.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding of a rule the registry does not list (it should not happen) still gets metadata.
  for (const f of report.findings) {
    if (!index.has(f.rule)) {
      index.set(f.rule, rules.length);
      rules.push({ id: f.rule, severity: f.severity, summary: f.rule, doc: f.rule, fix: f.help ?? '' });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: RULES_DOC_URL.replace(/\/blob\/.*$/, ''),
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: {
            ...(opts.repo ? { uri: directoryUri(opts.repo.base) } : {}),
            description: { text: 'The repository root.' },
          },
        },
        results: report.findings.map((f) => result(f, index.get(f.rule)!, opts.repo)),
        properties: {
          ...(report.policy !== undefined ? { policy: report.policy } : {}),
          baseline: report.baseline,
          failOn: report.failOn,
        },
      },
    ],
  };
}

function ruleDescriptor(r: RuleDoc): object {
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.doc },
    help: {
      text: `${r.doc}\n\nHow to fix: ${r.fix}`,
      markdown: `${r.doc}\n\n**How to fix:** ${r.fix}\n\n[Rule reference](${ruleDocUrl(r.id)})`,
    },
    helpUri: ruleDocUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['cxone', 'event-contract'] },
  };
}

function result(f: Finding, ruleIndex: number, repo: RepoPaths | undefined): object {
  const region: Record<string, number> = { startLine: Math.max(1, f.line) };
  if (f.column > 0) region.startColumn = f.column;
  const message = f.help ? `${f.message}\n\nHow to fix: ${f.help}` : f.message;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: sarifArtifactLocation(repoLocation(f.file, repo)),
          region,
        },
        ...(f.pointer !== ''
          ? { logicalLocations: [{ fullyQualifiedName: `${f.contract ?? f.file}${f.pointer}`, kind: 'member' }] }
          : {}),
      },
    ],
    // Stable across line moves, so code scanning tracks one alert per rule + contract + pointer.
    partialFingerprints: { 'cxoneContract/v1': `${f.rule}:${f.contract ?? f.file}:${f.pointer}` },
    ...(f.suppressed
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppressed.reason }] }
      : {}),
    // Already at the git base (pre-existing): SARIF's own word for a result the baseline run had.
    ...(f.preExisting ? { baselineState: 'unchanged' } : {}),
    properties: {
      ...(f.contract !== undefined ? { contract: f.contract } : {}),
      pointer: f.pointer,
      ...(f.breaking ? { breaking: true } : {}),
      ...(f.witness !== undefined ? { witness: f.witness } : {}),
    },
  };
}

/** `type-changed` -> `TypeChanged` (SARIF's rule `name` is an identifier-like label). */
function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

export function sarifJson(report: SarifSource, opts: SarifOptions): string {
  return prettyJson(toSarif(report, opts));
}
