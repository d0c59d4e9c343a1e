// SARIF output against the SARIF 2.1.0 JSON schema (test/fixtures/sarif, from Microsoft's SARIF
// SDK; see its README), plus what code scanning relies on beyond the schema.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { allRules } from '../../src/rule-registry.js';
import { sarifJson } from '../../src/report/sarif.js';
import { realisticReport } from './report-fixture.js';
import { sarifSchema as schema, sarifSchemaErrors as schemaErrors } from './sarif-validator.js';

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          name: string;
          helpUri: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      suppressions?: { justification: string }[];
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } };
      }[];
    }[];
  }[];
}

/** The log of `report`; with `prefix`, the contract root is that folder of the repository /repo. */
function sarifOf(report: Report, prefix?: string): SarifLog {
  const repo = prefix ? { repo: { root: `/repo/${prefix}`, base: '/repo' } } : {};
  return JSON.parse(sarifJson(report, { rules: allRules(), ...repo })) as SarifLog;
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect(schemaErrors(sarifOf(realisticReport(), 'contracts'))).toEqual([]);
  });

  it('the schema fixture is strict enough to catch a broken log', () => {
    const log = sarifOf(realisticReport()) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(schemaErrors(log).join('\n')).toContain('/runs/0/results/0/level');
  });

  it('carries rule metadata from the registry: id, name, descriptions, helpUri to docs/rules.md, default level', () => {
    const driver = sarifOf(realisticReport()).runs[0]!.tool.driver;
    expect(driver.name).toBe('cxone-contract');
    // Every registry rule, in registry order (findings of rules outside it are appended after).
    expect(driver.rules.map((r) => r.id).slice(0, allRules().length)).toEqual(allRules().map((r) => r.id));
    const typeChanged = driver.rules.find((r) => r.id === 'type-changed')!;
    const registry = allRules().find((r) => r.id === 'type-changed')!;
    expect(typeChanged).toMatchObject({
      name: 'TypeChanged',
      shortDescription: { text: registry.summary },
      fullDescription: { text: registry.doc },
      // At the release tag of the version that wrote the log (docs of a later main may differ).
      helpUri: `https://github.com/cxone-contract/cxone-contract/blob/v${TOOL_VERSION}/docs/rules.md#type-changed`,
      defaultConfiguration: { level: 'error' },
    });
    const notice = driver.rules.find((r) => r.id === 'ignore-unused')!;
    expect(notice.defaultConfiguration.level).toBe('note');
  });

  it('has one result per finding, on the repository path and line, suppressed ones marked', () => {
    const report = realisticReport();
    const results = sarifOf(report, 'contracts').runs[0]!.results;
    const rules = sarifOf(report).runs[0]!.tool.driver.rules;
    expect(results).toHaveLength(report.findings.length);
    const first = results.find((r) => r.ruleId === 'type-changed')!;
    expect(rules[first.ruleIndex]!.id).toBe('type-changed');
    expect(first.level).toBe('error');
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'contracts/cxone/schemas/interaction-ended.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 30, startColumn: 17 },
    });
    const ignored = results.find((r) => r.ruleId === 'filter-dead')!;
    expect(ignored.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'seasonal campaign' },
    ]);
    expect(results.find((r) => r.ruleId === 'version-not-bumped')!.level).toBe('note');
  });

  it('stays valid for awkward findings: no line, odd characters in paths and messages, unknown rule', () => {
    const odd: Finding = {
      rule: 'not-in-registry',
      severity: 'warning',
      message: 'a "quoted" ` message\nover lines',
      file: 'cxone/schemas/ä b#1.yaml',
      pointer: '',
      line: 0,
      column: 0,
    };
    const report = { ...realisticReport(), findings: [odd] };
    const log = sarifOf(report);
    expect(schemaErrors(log)).toEqual([]);
    const r = log.runs[0]!.results[0]!;
    expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('cxone/schemas/%C3%A4%20b%231.yaml');
    expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe('not-in-registry');
  });

  it('names the repository directory as %SRCROOT%, and writes a file outside it as an absolute file URI, never `..`', () => {
    const outside: Finding = {
      rule: 'ignore-expired',
      severity: 'error',
      message: 'm',
      file: '/etc/odd name#.yml',
      pointer: '',
      line: 2,
      column: 1,
    };
    const report = { ...realisticReport(), findings: [realisticReport().findings[0]!, outside] };
    const log = JSON.parse(
      sarifJson(report, { rules: allRules(), repo: { root: '/work/my repo/contracts', base: '/work/my repo' } }),
    ) as SarifLog & { runs: { originalUriBaseIds: object }[] };
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/my%20repo/', description: { text: 'The repository root.' } },
    });
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: `contracts/${realisticReport().findings[0]!.file}`, uriBaseId: '%SRCROOT%' },
      { uri: 'file:///etc/odd%20name%23.yml' },
    ]);
  });
});
