// The platform's reading of changes: deprecations, renames, and the cxoneVersion rules.

import { describe, expect, it } from 'vitest';
import { evolve } from '../../src/evolution/index.js';

const schema = (over: Record<string, unknown> = {}, props: Record<string, unknown> = {}) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  title: 'OrderPlaced',
  cxoneVersion: '1.2.0',
  additionalProperties: false,
  properties: { order_id: { type: 'string' }, amount: { type: 'number' }, legacy_ref: { type: 'string' }, ...props },
  required: ['order_id'],
  ...over,
});
const ctx = { file: 'order.yaml', contract: 'OrderPlaced', policy: 'additive' as const };
const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule).sort();

function without(doc: ReturnType<typeof schema>, prop: string) {
  const properties = { ...doc.properties } as Record<string, unknown>;
  delete properties[prop];
  return { ...doc, properties };
}

describe('platform rules', () => {
  it('removing a deprecated property is a notice under additive and needs a major bump under backward', () => {
    const live = schema({ 'x-cxone-deprecated-fields': ['legacy_ref'] });
    const repo = without(schema({ cxoneVersion: '2.0.0' }), 'legacy_ref');
    const additive = evolve(live, repo, ctx);
    expect(additive.findings).toEqual([
      expect.objectContaining({
        rule: 'deprecated-property-removed',
        severity: 'notice',
        pointer: '/properties/legacy_ref',
      }),
    ]);
    const backward = evolve(live, repo, { ...ctx, policy: 'backward' });
    expect(backward.findings).toEqual([
      expect.objectContaining({ rule: 'deprecated-property-removed', severity: 'error', breaking: true }),
    ]);
  });

  it('removing an undeprecated property from the closed schema is breaking, with a witness event', () => {
    const r = evolve(schema(), without(schema({ cxoneVersion: '2.0.0' }), 'amount'), ctx);
    const f = r.findings.find((x) => x.rule.startsWith('property-removed-'));
    expect(f).toMatchObject({ severity: 'error', breaking: true, pointer: '/properties/amount' });
  });

  it('a removed property plus an added one with an equal schema is one likely rename', () => {
    const repo = without(schema({ cxoneVersion: '2.0.0' }, { total_amount: { type: 'number' } }), 'amount');
    const r = evolve(schema(), repo, ctx);
    expect(rules(r)).toEqual(['property-renamed']);
    expect(r.findings[0]).toMatchObject({ pointer: '/properties/total_amount', breaking: true });
    expect(r.findings[0]!.message).toContain('"amount" looks renamed to "total_amount"');
    expect(r.findings[0]!.help).toMatch(/x-cxone-deprecated-fields/);
  });

  it('a rename is recognised when the two schemas differ only in annotations', () => {
    const repo = without(
      schema(
        { cxoneVersion: '2.0.0' },
        { total_amount: { type: 'number', description: 'The total.', title: 'Total', examples: [1], 'x-unit': 'EUR' } },
      ),
      'amount',
    );
    const live = schema({}, { amount: { type: 'number', description: 'Amount.', $comment: 'old' } });
    const r = evolve(live, repo, ctx);
    expect(rules(r)).toEqual(['property-renamed']);
    expect(r.findings[0]!.message).toContain('"amount" looks renamed to "total_amount"');
  });

  it('no rename hint when the schemas differ in a constraint', () => {
    const repo = without(schema({ cxoneVersion: '2.0.0' }, { total_amount: { type: 'number', minimum: 0 } }), 'amount');
    expect(rules(evolve(schema(), repo, ctx))).not.toContain('property-renamed');
  });

  describe('cxoneVersion', () => {
    const added = (version: string) => schema({ cxoneVersion: version }, { channel: { type: 'string' } });
    it.each([
      ['1.3.0', []],
      ['2.0.0', []],
      ['1.2.1', ['version-bump-too-small']],
      ['1.2.0', ['version-not-bumped']],
      ['1.1.9', ['version-decreased']],
    ])('an additive change with version %s -> %j', (version, expected) => {
      expect(rules(evolve(schema(), added(version), ctx))).toEqual(expected);
    });

    it('a description-only change needs a patch bump', () => {
      const repo = schema({ cxoneVersion: '1.2.0', description: 'new words' });
      expect(rules(evolve(schema(), repo, ctx))).toEqual(['version-not-bumped']);
      expect(rules(evolve(schema(), { ...repo, cxoneVersion: '1.2.1' }, ctx))).toEqual([]);
    });

    it('a breaking change needs a major bump, and says so', () => {
      const repo = schema({ cxoneVersion: '1.3.0' }, { amount: { type: 'string' } });
      const r = evolve(schema(), repo, ctx);
      expect(rules(r)).toEqual(['type-changed', 'version-bump-too-small']);
      expect(r.findings.find((f) => f.rule === 'version-bump-too-small')!.message).toContain(
        'needs a major bump (e.g. 2.0.0',
      );
    });

    it('an unchanged schema keeps its version; a bump alone is a warning', () => {
      expect(rules(evolve(schema(), schema(), ctx))).toEqual([]);
      const r = evolve(schema(), schema({ cxoneVersion: '1.2.1' }), ctx);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: 'version-bumped-without-change', severity: 'warning' }),
      ]);
    });

    it('deprecating a field (an x- extension only) needs a minor bump, as docs/rules.md says', () => {
      const deprecate = (version: string) =>
        schema({ cxoneVersion: version, 'x-cxone-deprecated-fields': ['legacy_ref'] });
      expect(rules(evolve(schema(), deprecate('1.2.0'), ctx))).toEqual(['version-not-bumped']);
      const patch = evolve(schema(), deprecate('1.2.1'), ctx);
      expect(rules(patch)).toEqual(['version-bump-too-small']);
      expect(patch.findings[0]!.message).toContain('needs a minor bump (e.g. 1.3.0');
      expect(rules(evolve(schema(), deprecate('1.3.0'), ctx))).toEqual([]);
    });

    it('withdrawing a deprecation is a minor bump too; reordering the list is no change', () => {
      const live = schema({ 'x-cxone-deprecated-fields': ['legacy_ref', 'amount'] });
      expect(
        rules(evolve(live, schema({ cxoneVersion: '1.2.1', 'x-cxone-deprecated-fields': ['amount'] }), ctx)),
      ).toEqual(['version-bump-too-small']);
      expect(
        rules(evolve(live, schema({ cxoneVersion: '1.3.0', 'x-cxone-deprecated-fields': ['amount'] }), ctx)),
      ).toEqual([]);
      expect(rules(evolve(live, schema({ 'x-cxone-deprecated-fields': ['amount', 'legacy_ref'] }), ctx))).toEqual([
        'version-not-bumped',
      ]);
    });

    it('the none policy checks nothing', () => {
      expect(
        evolve(schema(), schema({ cxoneVersion: '0.1.0' }, { amount: { type: 'string' } }), { ...ctx, policy: 'none' })
          .findings,
      ).toEqual([]);
    });
  });
});
