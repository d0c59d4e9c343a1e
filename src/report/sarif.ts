// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF tools:
// one run, the rule metadata from the registry (id, name, descriptions, help, helpUri to
// docs/rules.md, default level), one result per finding. Suppressed findings (config ignores,
// approved breaking changes) are results with a suppression, so code scanning shows them closed.

import type { Finding, Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
import type { RuleDoc } from '../core/rule.js';
import { repoPath } from './paths.js';
import { ruleDocUrl, RULES_DOC_URL } from './rule-docs.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** Every rule the tool knows (the registry): code scanning shows their help. */
  rules: readonly RuleDoc[];
  /** Prefix making finding files repository-relative (like the annotations' pathPrefix). */
  pathPrefix?: string;
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
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: report.findings.map((f) => result(f, index.get(f.rule)!, opts.pathPrefix)),
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

function result(f: Finding, ruleIndex: number, prefix: string | undefined): object {
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
          artifactLocation: { uri: encodePath(repoPath(f.file, prefix)), uriBaseId: '%SRCROOT%' },
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

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function sarifJson(report: SarifSource, opts: SarifOptions): string {
  return JSON.stringify(toSarif(report, opts), null, 2) + '\n';
}
