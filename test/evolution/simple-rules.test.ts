import { describe, expect, it } from 'vitest';
import { evolve, VERDICTS } from '../../src/evolution/index.js';
import { POLICIES } from '../../src/settings/types.js';

const base = () => ({
  title: 'OrderPlaced',
  cxoneVersion: '1.0.0',
  type: 'object',
  additionalProperties: false,
  'x-cxone-deprecated-fields': ['legacy_ref'],
  properties: {
    order_id: { type: 'string' },
    amount: { type: 'number' },
    legacy_ref: { type: 'string' },
    customer: { type: 'object', properties: { tier: { type: 'string' }, id: { type: 'string' } }, required: ['id'] },
  },
  required: ['order_id', 'amount'],
});

const ctx = { file: 'cxone/schemas/order.yaml', contract: 'OrderPlaced', policy: 'additive' as const };

describe('simple evolution rules', () => {
  it('finds nothing between identical schemas, and nothing for an added optional property', () => {
    expect(evolve(base(), base(), ctx).changes).toEqual([]);
    const added = base();
    (added.properties as Record<string, unknown>).channel = { type: 'string' };
    expect(evolve(base(), added, ctx).findings).toEqual([]);
  });

  it('reports a removed property at its live pointer, breaking under additive', () => {
    const repo = base();
    delete (repo.properties as Record<string, unknown>).amount;
    repo.required = ['order_id'];
    const { findings } = evolve(base(), repo, ctx);
    const removed = findings.find((f) => f.rule === 'property-removed');
    expect(removed).toMatchObject({ severity: 'error', breaking: true, pointer: '/properties/amount', contract: 'OrderPlaced' });
  });

  it('treats removing a deprecated property as a notice under additive, breaking under backward', () => {
    const repo = base();
    delete (repo.properties as Record<string, unknown>).legacy_ref;
    const additive = evolve(base(), repo, ctx).findings;
    expect(additive).toEqual([expect.objectContaining({ rule: 'deprecated-property-removed', severity: 'notice' })]);
    expect(additive[0]!.breaking).toBeUndefined();
    const backward = evolve(base(), repo, { ...ctx, policy: 'backward' }).findings;
    expect(backward).toEqual([expect.objectContaining({ rule: 'deprecated-property-removed', severity: 'error', breaking: true })]);
  });

  it('reports a type change at the type node, also nested', () => {
    const repo = base();
    repo.properties.customer.properties.tier = { type: 'integer' };
    const { findings } = evolve(base(), repo, ctx);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'type-changed', pointer: '/properties/customer/properties/tier/type', severity: 'error', breaking: true }),
    ]);
    expect(findings[0]!.message).toBe('type of "customer.tier" changed from "string" to "integer"');
  });

  it('does not count a reordered type list as a change', () => {
    const live = base();
    const repo = base();
    (live.properties as Record<string, unknown>).note = { type: ['string', 'null'] };
    (repo.properties as Record<string, unknown>).note = { type: ['null', 'string'] };
    expect(evolve(live, repo, ctx).changes).toEqual([]);
  });

  it('reports a required field that became optional, but not under backward', () => {
    const repo = base();
    repo.required = ['order_id'];
    expect(evolve(base(), repo, ctx).findings).toEqual([expect.objectContaining({ rule: 'required-removed', pointer: '/required' })]);
    expect(evolve(base(), repo, { ...ctx, policy: 'backward' }).findings).toEqual([]);
  });

  it('reports nothing under the none policy', () => {
    const repo = base();
    repo.properties.amount = { type: 'string' };
    expect(evolve(base(), repo, { ...ctx, policy: 'none' }).findings).toEqual([]);
  });

  it('has a verdict for every change kind under every policy', () => {
    for (const row of Object.values(VERDICTS)) expect(Object.keys(row).sort()).toEqual([...POLICIES].sort());
  });
});
