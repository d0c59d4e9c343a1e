// Lint gaps a new user meets, seen through a whole check: findings located on the YAML line of
// the problem (file, line, rule id), and no evolution for a schema whose lint has errors.

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { runCheck } from '../../src/modes/check.js';
import { buildSettings } from '../../src/settings/index.js';

const ORDER = `$schema: http://json-schema.org/draft-07/schema#
type: object
title: OrderPlaced
description: An order was placed.
cxoneVersion: 1.1.0
additionalProperties: false
properties:
  order_id: { type: string }
  customer:
    type: object
    properties:
      name:
        type: string
        maxLenght: 40
  channel: { type: string, enum: [web, app] }
  placed_at: { type: string, format: date-time }
examples:
  - order_id: o-1
    channel: kiosk
    placed_at: yesterday
  - order_id: o-2
    placed_at: "2026-02-30T10:00:00Z"
`;

const FILTER = `name: web_orders
description: Orders from the web shop.
channel: web
matchers:
  - attribute: channel
    operator: equals
    value: kiosk
  - attribute: customer.nmae
    operator: equals
    value: x
pattern_rules: []
target_group_id: grp_web
`;

async function repo(files: Record<string, string>, live?: unknown[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cxc-gaps-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  if (live) await writeFile(join(root, 'export.json'), JSON.stringify({ entities: live }));
  return root;
}

const at = (fs: readonly Finding[]) => fs.map((f) => `${f.file}:${f.line} ${f.rule} ${f.pointer}`);

describe('check: lint gaps, located', () => {
  it('a misspelled keyword, each example error, and an impossible filter value are each on their own line', async () => {
    const root = await repo({ 'cxone/schemas/order.yaml': ORDER, 'cxone/filters/web.yaml': FILTER });
    const report = await runCheck(await buildSettings({ root }, { cwd: root }));
    expect(at(report.findings)).toEqual([
      'cxone/filters/web.yaml:7 impossible-filter-value /matchers/0/value',
      'cxone/filters/web.yaml:8 unknown-attribute /matchers/1/attribute',
      'cxone/schemas/order.yaml:14 unknown-keyword /properties/customer/properties/name/maxLenght',
      'cxone/schemas/order.yaml:19 example-invalid /examples/0/channel',
      'cxone/schemas/order.yaml:20 example-invalid /examples/0/placed_at',
      'cxone/schemas/order.yaml:22 example-invalid /examples/1/placed_at',
    ]);
    const message = (rule: string, n = 0) => report.findings.filter((f) => f.rule === rule)[n]!.message;
    expect(message('unknown-keyword')).toContain('(did you mean "maxLength"?)');
    expect(message('impossible-filter-value')).toContain('the schemas allow only "web", "app"');
    expect(message('unknown-attribute')).toContain('(did you mean "customer.name"?)');
    expect(message('example-invalid', 0)).toContain(
      'event/channel must be equal to one of the allowed values: "web", "app"',
    );
    expect(message('example-invalid', 1)).toContain('event/placed_at must match format "date-time"');
    expect(message('example-invalid', 2)).toContain('must match format "date-time"'); // February 30th
  });

  it('an example that is not an object is schema-invalid, and the other examples are still validated', async () => {
    const doc = ORDER.replace('  - order_id: o-2\n', '  - 42\n  - order_id: o-2\n');
    const root = await repo({ 'cxone/schemas/order.yaml': doc });
    const report = await runCheck(await buildSettings({ root }, { cwd: root }));
    const examples = report.findings.filter((f) => f.pointer.startsWith('/examples'));
    expect(at(examples)).toEqual([
      'cxone/schemas/order.yaml:19 example-invalid /examples/0/channel',
      'cxone/schemas/order.yaml:20 example-invalid /examples/0/placed_at',
      'cxone/schemas/order.yaml:21 schema-invalid /examples/1',
      'cxone/schemas/order.yaml:23 example-invalid /examples/2/placed_at',
    ]);
  });
});

describe('check: no evolution for a schema whose lint has errors', () => {
  const schema = (version: string, countType: string) =>
    `$schema: http://json-schema.org/draft-07/schema#\ntype: object\ntitle: Counted\ndescription: d\ncxoneVersion: ${version}\nadditionalProperties: false\nproperties:\n  id: { type: string }\n  count: { type: ${countType} }\n`;
  const live = [
    {
      id: 'sch-1',
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title: 'Counted',
      description: 'd',
      cxoneVersion: '1.0.0',
      additionalProperties: false,
      properties: { id: { type: 'string' }, count: { type: 'integer' } },
    },
    {
      id: 'sch-2',
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title: 'Other',
      description: 'd',
      cxoneVersion: '1.0.0',
      additionalProperties: false,
      properties: { n: { type: 'integer' } },
    },
  ];
  const other = `$schema: http://json-schema.org/draft-07/schema#\ntype: object\ntitle: Other\ndescription: d\ncxoneVersion: 1.0.0\nadditionalProperties: false\nproperties:\n  n: { type: string }\n`;

  it('skips it with one finding that says why, and still compares the valid schemas', async () => {
    const root = await repo(
      { 'cxone/schemas/counted.yaml': schema('1.0.0', 'text'), 'cxone/schemas/other.yaml': other },
      live,
    );
    const report = await runCheck(await buildSettings({ root, 'registry-export': 'export.json' }, { cwd: root }));
    const counted = report.findings.filter((f) => f.contract === 'Counted');
    expect(at(counted)).toEqual([
      'cxone/schemas/counted.yaml:1 evolution-skipped ',
      'cxone/schemas/counted.yaml:9 unsupported-type /properties/count/type',
    ]);
    const skipped = counted.find((f) => f.rule === 'evolution-skipped')!;
    expect(skipped).toMatchObject({ severity: 'warning' });
    expect(skipped.breaking).toBeFalsy();
    expect(skipped.message).toBe(
      'not compared with the live version 1.0.0: the schema has 1 lint error (unsupported-type); fix it first',
    );
    // the valid schema beside it is compared as usual
    expect(report.findings.filter((f) => f.contract === 'Other').map((f) => f.rule)).toContain('type-changed');
  });

  it('an invalid example alone does not stop the comparison (the schema is sound)', async () => {
    const withExample = schema('1.0.0', 'string') + 'examples:\n  - id: 1\n';
    const root = await repo({ 'cxone/schemas/counted.yaml': withExample }, live.slice(0, 1));
    const report = await runCheck(await buildSettings({ root, 'registry-export': 'export.json' }, { cwd: root }));
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'example-invalid',
      'platform-refuses-update',
      'type-changed',
      'version-not-bumped',
    ]);
  });

  it('a lint error the config lowers to a warning does not stop the comparison', async () => {
    const root = await repo(
      {
        'cxone/schemas/counted.yaml': schema('1.0.0', 'text'),
        '.cxone-contract.yml': 'rules:\n  unsupported-type: warning\n',
      },
      live.slice(0, 1),
    );
    const report = await runCheck(await buildSettings({ root, 'registry-export': 'export.json' }, { cwd: root }));
    expect(report.findings.map((f) => f.rule)).not.toContain('evolution-skipped');
    expect(report.findings.some((f) => f.breaking)).toBe(true);
  });
});
