import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/core/contract.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, ofRule, summary, validFilter, validSchema } from './helpers.js';

const schema = (
  title: string,
  properties: Record<string, unknown>,
  file = `schemas/${title}.yaml`,
  extra: Record<string, unknown> = {},
): Contract =>
  contract(
    'schema',
    {
      type: 'object',
      title,
      description: 'd',
      cxoneVersion: '1.0.0',
      additionalProperties: false,
      properties,
      ...extra,
    },
    file,
  );

const filter = (
  name: string,
  matchers: unknown[],
  file = `filters/${name}.yaml`,
  pattern_rules: unknown[] = [],
): Contract => contract('filter', { name, channel: 'voice', matchers, pattern_rules, target_group_id: 'g' }, file);

const m = (attribute: string, operator: string, value: unknown) => ({ attribute, operator, value });

describe('duplicate-schema-title', () => {
  it('reports each later file (in path order) at /title, naming the first', () => {
    const findings = lintContracts([
      schema('Same', {}, 'schemas/c.yaml'),
      schema('Same', {}, 'schemas/a.yaml'),
      schema('Same', {}, 'schemas/b.yaml'),
    ]);
    expect(summary(findings)).toEqual([
      { rule: 'duplicate-schema-title', severity: 'error', pointer: '/title' },
      { rule: 'duplicate-schema-title', severity: 'error', pointer: '/title' },
    ]);
    expect(findings.map((f) => f.file)).toEqual(['schemas/b.yaml', 'schemas/c.yaml']);
    for (const f of findings) expect(f.message).toContain('already used by schemas/a.yaml');
  });

  it('accepts distinct titles, and a filter named like a schema', () => {
    expect(lintContracts([schema('A', {}), schema('B', {}), filter('A', [])])).toEqual([]);
  });
});

describe('duplicate-filter-name', () => {
  it('reports the later file at /name', () => {
    const findings = lintContracts([filter('f', [], 'filters/2.yaml'), filter('f', [], 'filters/1.yaml')]);
    expect(summary(findings)).toEqual([{ rule: 'duplicate-filter-name', severity: 'error', pointer: '/name' }]);
    expect(findings[0]).toMatchObject({ file: 'filters/2.yaml', contract: 'f' });
    expect(findings[0]!.message).toContain('filters/1.yaml');
  });

  it('accepts distinct names', () => {
    expect(lintContracts([filter('f', []), filter('g', [])])).toEqual([]);
  });
});

describe('unknown-attribute', () => {
  const schemas = [contract('schema', validSchema(), 'schemas/interaction.yaml')];

  it('warns about a path no schema declares, with a suggestion sharing the last name', () => {
    const findings = lintContracts([
      ...schemas,
      filter('f', [m('customer.teir', 'equals', 'x'), m('profile.tier', 'equals', 'gold')]),
    ]);
    expect(summary(findings)).toEqual([
      { rule: 'unknown-attribute', severity: 'warning', pointer: '/matchers/0/attribute' },
      { rule: 'unknown-attribute', severity: 'warning', pointer: '/matchers/1/attribute' },
    ]);
    expect(findings[1]!.message).toContain('did you mean "customer.tier"?');
  });

  it('checks pattern rule fields too', () => {
    const findings = lintContracts([
      ...schemas,
      filter('f', [], undefined, [{ type: 'prefix', field: 'client.port', pattern: '80' }]),
    ]);
    expect(summary(findings)).toEqual([
      { rule: 'unknown-attribute', severity: 'warning', pointer: '/pattern_rules/0/field' },
    ]);
  });

  it('knows nested objects, $ref targets, array items, combinators and free-form objects', () => {
    const extra = schema(
      'Other',
      {
        order: { type: 'object', properties: { lines: { type: 'array', items: { $ref: '#/definitions/line' } } } },
        choice: {
          anyOf: [
            { type: 'object', properties: { left: { type: 'string' } } },
            { type: 'object', properties: { right: { type: 'string' } } },
          ],
        },
      },
      undefined,
      { definitions: { line: { type: 'object', properties: { sku: { type: 'string' }, qty: { type: 'integer' } } } } },
    );
    const attributes = [
      'routing.queue_id',
      'routing.skills.level',
      'customer.lifetime_value',
      'order.lines.sku',
      'choice.right',
      'attributes.anything',
      'order',
    ];
    const findings = lintContracts([
      ...schemas,
      extra,
      filter(
        'f',
        attributes.map((a) => m(a, 'not_equals', 1)),
      ),
    ]);
    expect(ofRule(findings, 'unknown-attribute')).toEqual([]);
    // Without the second schema, its paths are unknown: the index really is built from all schemas.
    expect(
      ofRule(lintContracts([...schemas, filter('f', [m('order.lines.sku', 'equals', 'x')])]), 'unknown-attribute'),
    ).toHaveLength(1);
  });

  it('is silent when the run has no schemas', () => {
    expect(lintContracts([filter('f', [m('anything.at.all', 'equals', 1)])])).toEqual([]);
  });

  it('accepts the fixture filter against the fixture schema', () => {
    expect(lintContracts([contract('filter', validFilter()), ...schemas])).toEqual([]);
  });
});

describe('operator-type-mismatch', () => {
  const s = schema('S', {
    tier: { type: 'string' },
    count: { type: 'integer' },
    tags: { type: 'array', items: { type: 'string' } },
    mixed: { type: ['string', 'number'] },
    loose: { description: 'no type' },
    level: { enum: [1, 2, 3] },
  });

  it.each([
    ['tier', 'greater_than', 1],
    ['count', 'contains', 'x'],
    ['tags', 'equals', 'x'],
    ['level', 'contains', 1],
  ])('reports %s %s at the operator', (attribute, operator, value) => {
    const findings = lintContracts([s, filter('f', [m(attribute, operator, value)])]);
    expect(summary(findings)).toEqual([
      { rule: 'operator-type-mismatch', severity: 'error', pointer: '/matchers/0/operator' },
    ]);
  });

  it('names the types in the message', () => {
    const [f] = lintContracts([s, filter('f', [m('tier', 'less_than', 3)])]);
    expect(f!.message).toBe(
      'less_than does not fit attribute "tier", which is string in the schemas; less_than works on integer, number',
    );
  });

  it('accepts an operator that fits one of the types, across schemas, or an untyped attribute', () => {
    const other = schema('T', { tier: { type: 'integer' } });
    const ok = [
      m('count', 'greater_than', 1),
      m('tags', 'contains', 'x'),
      m('mixed', 'less_than', 2),
      m('loose', 'contains', 'x'),
      m('tier', 'in', ['a']),
      m('level', 'equals', 2),
    ];
    expect(lintContracts([s, filter('f', ok)])).toEqual([]);
    expect(
      ofRule(lintContracts([s, other, filter('f', [m('tier', 'greater_than', 5)])]), 'operator-type-mismatch'),
    ).toEqual([]);
  });
});
