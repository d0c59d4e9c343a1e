// schemas/deploy-report.schema.json against what src/report/deploy-json.ts builds: every field of a
// deploy operation is described and carried, each way a deploy ends has its shape, and the schema
// is strict (draft-07, no unknown keys), with the check's report validated by report.schema.json.

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { DeployOperation, DeployResult, DeployRun } from '../../src/core/deploy-result.js';
import { deployJson, deployReport } from '../../src/report/deploy-json.js';
import { realisticReport } from './report-fixture.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const schema = load('deploy-report.schema.json');
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(load('report.schema.json'), 'report.schema.json');
const validate = ajv.compile(schema);

function errorsOf(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The report as a consumer reads it: through the JSON text. */
const parsed = (run: DeployRun, dryRun = false) => JSON.parse(deployJson(run, dryRun)) as Record<string, unknown>;

function op(over: Partial<DeployOperation>): DeployOperation {
  return {
    timestamp: '2025-01-01T00:00:00.000Z',
    operation: 'create',
    kind: 'schema',
    name: 'A',
    latencyMs: 12,
    attempts: 1,
    outcome: 'applied',
    ...over,
  };
}

function result(operations: DeployOperation[], over: Partial<DeployResult> = {}): DeployResult {
  return { operations, created: 0, updated: 0, conflicts: 0, failed: 0, notAttempted: 0, deployed: true, ...over };
}

const check = () => ({ ...realisticReport(), mode: 'deploy' as const, failed: false });

describe('the deploy report (deploy --format json)', () => {
  it('carries every field of a deploy operation, each described by the schema', () => {
    // Required<...> fails to compile when DeployOperation gains a field that is not here: add it
    // to src/report/deploy-json.ts and to the schema too.
    const full: Required<DeployOperation> = {
      timestamp: '2025-01-01T00:00:00.000Z',
      operation: 'update',
      kind: 'schema',
      name: 'OrderPlaced',
      versionBefore: '1.0.0',
      versionAfter: '1.1.0',
      etagBefore: 'W/"3"',
      etagAfter: 'W/"4"',
      status: 200,
      latencyMs: 40,
      attempts: 2,
      unknownOutcomes: 1,
      outcome: 'applied',
      error: 'first write timed out',
      keptLive: ['/properties/note'],
    };
    const report = parsed({ check: check(), result: result([full], { updated: 1 }) });
    const [written] = report['operations'] as Record<string, unknown>[];
    expect(written).toEqual(full);
    const defs = schema['definitions'] as Record<string, { properties: object; required: string[] }>;
    expect(Object.keys(defs['operation']!.properties).sort()).toEqual(Object.keys(full).sort());
    expect(errorsOf(report)).toEqual([]);
  });

  it('a complete deploy: counts, result deployed, the audit file, the check inside', () => {
    const ops = [
      op({ name: 'A', versionAfter: '1.0.0', etagAfter: 'W/"1"', status: 201 }),
      op({
        operation: 'update',
        name: 'B',
        versionBefore: '1.0.0',
        versionAfter: '1.1.0',
        etagBefore: 'W/"1"',
        etagAfter: 'W/"2"',
        status: 200,
      }),
      op({ operation: 'update', kind: 'filter', name: 'f', outcome: 'unchanged', keptLive: ['/channel'] }),
      op({ operation: 'activate', kind: 'filter', name: 'g', attempts: 3 }),
      op({ operation: 'assign-group', kind: 'group', name: 'grp_a', status: 204 }),
    ];
    const run: DeployRun = {
      check: check(),
      result: result(ops, { created: 1, updated: 1 }),
      auditFile: '/tmp/audit.jsonl',
    };
    const report = parsed(run);
    expect(errorsOf(report)).toEqual([]);
    expect(report).toMatchObject({
      tool: { name: 'cxone-contract' },
      mode: 'deploy',
      dryRun: false,
      result: 'deployed',
      deployed: true,
      stopped: null,
      counts: { created: 1, updated: 1, unchanged: 1, conflicts: 0, failed: 0, notAttempted: 0, operations: 5 },
      auditFile: '/tmp/audit.jsonl',
    });
    expect(report['check']).toEqual(JSON.parse(JSON.stringify(run.check)));
    expect((report['operations'] as { name: string }[]).map((o) => o.name)).toEqual(['A', 'B', 'f', 'g', 'grp_a']);
  });

  it('an incomplete deploy: every outcome the schema names, counted', () => {
    const outcomes = ['applied', 'unchanged', 'conflict', 'failed', 'not-attempted'] as const;
    const defs = schema['definitions'] as Record<string, { properties: Record<string, { enum?: string[] }> }>;
    expect(defs['operation']!.properties['outcome']!.enum).toEqual([...outcomes]);
    const ops = outcomes.map((outcome, i) =>
      op({ name: `S${i}`, outcome, ...(outcome === 'failed' ? { error: 'HTTP 500', status: 500 } : {}) }),
    );
    const stopped = '3 consecutive writes refused with 403 (missing scope eventbridge:schemas:write)';
    const report = parsed({
      check: check(),
      result: result(ops, { created: 1, conflicts: 1, failed: 1, notAttempted: 1, stopped, deployed: false }),
    });
    expect(errorsOf(report)).toEqual([]);
    expect(report).toMatchObject({
      result: 'incomplete',
      deployed: false,
      stopped,
      counts: { created: 1, unchanged: 1, conflicts: 1, failed: 1, notAttempted: 1, operations: 5 },
    });
  });

  it("a dry run: nothing written, result dry-run; the plan (with the platform validation of filters) is the check's", () => {
    const plan = [
      {
        kind: 'filter' as const,
        name: 'f',
        file: 'f.yaml',
        action: 'create' as const,
        validation: { valid: true },
        reasons: [],
      },
      {
        kind: 'group' as const,
        name: 'grp-1',
        action: 'update' as const,
        members: { add: ['f'], remove: [] },
        reasons: [],
      },
    ];
    const ok = parsed({ check: { ...check(), plan } }, true);
    expect(errorsOf(ok)).toEqual([]);
    expect(ok).toMatchObject({
      dryRun: true,
      result: 'dry-run',
      deployed: false,
      counts: { operations: 0 },
      operations: [],
      auditFile: null,
      check: { plan },
    });
  });

  it('stopped before any write: blocked by the check (the platform rule included)', () => {
    const blocked = parsed({ check: { ...check(), failed: true } });
    expect(errorsOf(blocked)).toEqual([]);
    expect(blocked).toMatchObject({
      result: 'blocked',
      deployed: false,
      operations: [],
      counts: { created: 0, operations: 0 },
    });
    const plan = [
      {
        kind: 'schema' as const,
        name: 'A',
        file: 'a.yaml',
        action: 'blocked' as const,
        reasons: ['platform-refuses-update: …'],
      },
    ];
    expect(parsed({ check: { ...check(), plan } }, true)).toMatchObject({ result: 'blocked' });
  });

  it('is the same object as JSON text and as data', () => {
    const run: DeployRun = { check: check(), result: result([op({})], { created: 1 }) };
    expect(JSON.parse(deployJson(run, false))).toEqual(JSON.parse(JSON.stringify(deployReport(run, false))));
    expect(deployJson(run, false)).toMatch(/^\{\n {2}"tool": \{/);
    expect(deployJson(run, false).endsWith('}\n')).toBe(true);
  });

  const broken: [string, (r: Record<string, unknown>) => void, string][] = [
    [
      'an unknown outcome',
      (r) => ((r['operations'] as Record<string, unknown>[])[0]!['outcome'] = 'done'),
      '/operations/0/outcome must be equal to one of the allowed values',
    ],
    [
      'an unknown operation',
      (r) => ((r['operations'] as Record<string, unknown>[])[0]!['operation'] = 'delete'),
      '/operations/0/operation must be equal to one of the allowed values',
    ],
    [
      'an extra operation field',
      (r) => ((r['operations'] as Record<string, unknown>[])[0]!['token'] = 'x'),
      '/operations/0 must NOT have additional properties',
    ],
    ['an extra top-level field', (r) => (r['extra'] = 1), ' must NOT have additional properties'],
    ['an unknown result', (r) => (r['result'] = 'partial'), '/result must be equal to one of the allowed values'],
    [
      'a check report that is not one',
      (r) => ((r['check'] as Record<string, unknown>)['mode'] = 'lint'),
      '/check/mode must be equal to one of the allowed values',
    ],
    [
      'a missing count',
      (r) => delete (r['counts'] as Record<string, unknown>)['notAttempted'],
      "/counts must have required property 'notAttempted'",
    ],
    ['deployed as a string', (r) => (r['deployed'] = 'true'), '/deployed must be boolean'],
    ['a missing stopped', (r) => delete r['stopped'], " must have required property 'stopped'"],
  ];

  it.each(broken)('the schema rejects %s', (_name, breakIt, expected) => {
    const data = parsed({ check: check(), result: result([op({})], { created: 1 }) });
    expect(errorsOf(data)).toEqual([]);
    breakIt(data);
    expect(errorsOf(data)).toContain(expected);
  });
});
