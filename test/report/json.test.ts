import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { PlanItem, Report } from '../../src/core/report.js';
import { toJson } from '../../src/report/json.js';
import { realisticReport } from './report-fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The report as a consumer reads it: through the JSON text. */
function roundTrip(report: Report): Record<string, unknown> {
  return JSON.parse(toJson(report)) as Record<string, unknown>;
}

function errorsOf(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('toJson', () => {
  it('is pretty JSON of the whole report, suppressed findings included', () => {
    const report = realisticReport();
    const text = toJson(report);
    expect(text).toMatch(/^\{\n {2}"tool": \{\n {4}"name": "cxone-contract",/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });
});

describe('schemas/report.schema.json', () => {
  it('is a strict draft-07 schema that accepts a realistic report', () => {
    expect((schema as { $schema: string }).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(errorsOf(roundTrip(realisticReport()))).toEqual([]);
  });

  it('accepts the smallest report: no plan, no findings, never fails', () => {
    const report: Report = {
      tool: { name: 'cxone-contract', version: '0.1.0' },
      mode: 'drift',
      policy: 'none',
      failOn: 'never',
      baseline: 'none',
      counts: { errors: 0, warnings: 0, notices: 0, breaking: 0, files: 0, schemas: 0, filters: 0, suppressed: 0 },
      plan: [],
      findings: [],
      failed: false,
    };
    expect(errorsOf(roundTrip(report))).toEqual([]);
  });

  it('requires exactly the top-level keys of Report, and describes its optional base', () => {
    const keys = Object.keys(realisticReport()).sort();
    expect([...(schema as { required: string[] }).required].sort()).toEqual(keys);
    expect(Object.keys((schema as { properties: object }).properties).sort()).toEqual([...keys, 'base'].sort());
  });

  it('accepts a git baseline, and a git base with pre-existing findings', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const report = realisticReport();
    const marked = { ...report.findings[0]!, preExisting: true as const };
    const withBase: Report = {
      ...report,
      baseline: `api:https://api.example`,
      base: { source: `git:${sha}`, failOnExisting: false },
      counts: { ...report.counts, preExisting: 1 },
      findings: [marked],
    };
    expect(errorsOf(roundTrip(withBase))).toEqual([]);
    expect(errorsOf(roundTrip({ ...report, baseline: `git:${sha}` }))).toEqual([]);
    expect(errorsOf(roundTrip({ ...report, baseline: 'git:main' }))).toContain(
      '/baseline must match pattern "^(export:.+|api:.+|git:[0-9a-f]{40}([0-9a-f]{24})?|none)$"',
    );
    expect(errorsOf(roundTrip({ ...withBase, base: { source: 'git:HEAD', failOnExisting: false } }))).toContain(
      '/base/source must match pattern "^git:[0-9a-f]{40}([0-9a-f]{24})?$"',
    );
  });

  it('describes every field of Finding and PlanItem, and no others', () => {
    // Required<...> makes this fail to compile when a field is added to the type and not here.
    const finding: Required<Finding> = {
      rule: 'type-changed',
      severity: 'error',
      message: 'm',
      file: 'a.yaml',
      pointer: '/properties/a~1b',
      line: 3,
      column: 5,
      contract: 'A',
      help: 'h',
      breaking: true,
      witness: { a: 1 },
      suppressed: { reason: 'r' },
      preExisting: true,
    };
    const item: Required<PlanItem> = {
      kind: 'schema',
      name: 'A',
      file: 'a.yaml',
      action: 'blocked',
      version: '1.1.0',
      liveVersion: '1.0.0',
      etag: 'W/"1"',
      changes: ['/properties/a'],
      changesMore: 3,
      reverts: { actor: 'alice@console', timestamp: '2026-12-01T10:00:00Z' },
      members: { add: ['f1'], remove: [] },
      validation: { valid: false, message: 'bad' },
      reasons: ['type-changed: m'],
    };
    const defs = (schema as { definitions: Record<string, { properties: object }> }).definitions;
    expect(Object.keys(defs['finding']!.properties).sort()).toEqual(Object.keys(finding).sort());
    expect(Object.keys(defs['planItem']!.properties).sort()).toEqual(Object.keys(item).sort());
    expect(errorsOf(roundTrip({ ...realisticReport(), findings: [finding], plan: [item] }))).toEqual([]);
  });

  const broken: [string, (r: Record<string, unknown>) => void, string][] = [
    [
      'an unknown severity',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['severity'] = 'fatal'),
      '/findings/0/severity must be equal to one of the allowed values',
    ],
    [
      'an unknown plan action',
      (r) => ((r['plan'] as Record<string, unknown>[])[1]!['action'] = 'delete'),
      '/plan/1/action must be equal to one of the allowed values',
    ],
    ['an unknown mode', (r) => (r['mode'] = 'lint'), '/mode must be equal to one of the allowed values'],
    ['an extra top-level property', (r) => (r['extra'] = 1), ' must NOT have additional properties'],
    [
      'an extra finding property',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['url'] = 'x'),
      '/findings/0 must NOT have additional properties',
    ],
    [
      'a missing finding line',
      (r) => delete (r['findings'] as Record<string, unknown>[])[0]!['line'],
      "/findings/0 must have required property 'line'",
    ],
    [
      'a negative column',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['column'] = -1),
      '/findings/0/column must be >= 0',
    ],
    [
      'a pointer without a leading slash',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['pointer'] = 'properties/a'),
      '/findings/0/pointer must match pattern "^(/([^~/]|~[01])*)*$"',
    ],
    [
      'a rule id that is not kebab-case',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['rule'] = 'TypeChanged'),
      '/findings/0/rule must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"',
    ],
    [
      'a fractional count',
      (r) => ((r['counts'] as Record<string, unknown>)['errors'] = 1.5),
      '/counts/errors must be integer',
    ],
    [
      'a suppression without a reason',
      (r) => ((r['findings'] as Record<string, unknown>[])[3]!['suppressed'] = {}),
      "/findings/3/suppressed must have required property 'reason'",
    ],
    [
      'another tool name',
      (r) => ((r['tool'] as Record<string, unknown>)['name'] = 'other'),
      '/tool/name must be equal to constant',
    ],
    ['fail-on off', (r) => (r['failOn'] = 'off'), '/failOn must be equal to one of the allowed values'],
    [
      'a baseline of unknown origin',
      (r) => (r['baseline'] = 'file.json'),
      '/baseline must match pattern "^(export:.+|api:.+|git:[0-9a-f]{40}([0-9a-f]{24})?|none)$"',
    ],
    [
      'breaking as a string',
      (r) => ((r['findings'] as Record<string, unknown>[])[0]!['breaking'] = 'yes'),
      '/findings/0/breaking must be boolean',
    ],
    ['failed as a string', (r) => (r['failed'] = 'true'), '/failed must be boolean'],
  ];

  it.each(broken)('rejects %s', (_name, breakIt, expected) => {
    const data = roundTrip(realisticReport());
    breakIt(data);
    expect(errorsOf(data)).toContain(expected);
  });
});
