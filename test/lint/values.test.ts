// impossible-filter-value: equals / not_equals / in values the attribute can never hold; and the
// did-you-mean of attribute paths and types.

import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/core/contract.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, ofRule, summary, validSchema } from './helpers.js';

const schema = (title: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Contract =>
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
    `schemas/${title}.yaml`,
  );
const filter = (matchers: unknown[]): Contract =>
  contract(
    'filter',
    { name: 'f', channel: 'voice', matchers, pattern_rules: [], target_group_id: 'g' },
    'filters/f.yaml',
  );
const m = (attribute: string, operator: string, value: unknown) => ({ attribute, operator, value });
const impossible = (schemas: Contract[], matchers: unknown[]) =>
  ofRule(lintContracts([...schemas, filter(matchers)]), 'impossible-filter-value');

const source = schema('S', {
  source: { type: 'string', enum: ['web', 'app'] },
  count: { type: 'integer' },
  ratio: { type: 'number' },
  flag: { type: 'boolean' },
});

describe('impossible-filter-value', () => {
  it('equals a value outside the enum is an error at the value, naming the allowed values', () => {
    const findings = impossible([source], [m('source', 'equals', 'kiosk')]);
    expect(summary(findings)).toEqual([
      { rule: 'impossible-filter-value', severity: 'error', pointer: '/matchers/0/value' },
    ]);
    expect(findings[0]!.message).toBe(
      'equals "kiosk" can never match attribute "source": the schemas allow only "web", "app"',
    );
  });

  it('suggests the enum value meant, for not_equals too', () => {
    const findings = impossible([source], [m('source', 'not_equals', 'Web')]);
    expect(findings[0]!.message).toContain('(did you mean "web"?)');
  });

  it('checks each value of an in list, at that value', () => {
    const findings = impossible([source], [m('source', 'in', ['web', 'kiosk', 'ap'])]);
    expect(summary(findings).map((f) => f.pointer)).toEqual(['/matchers/0/value/1', '/matchers/0/value/2']);
    expect(findings[1]!.message).toContain('(did you mean "app"?)');
  });

  it('a value of a type the attribute never has is an error; integral numbers fit number and integer', () => {
    const findings = impossible(
      [source],
      [
        m('count', 'equals', 'five'),
        m('count', 'equals', 1.5),
        m('count', 'equals', 5),
        m('ratio', 'equals', 2),
        m('flag', 'equals', 'true'),
        m('flag', 'equals', true),
      ],
    );
    expect(summary(findings).map((f) => f.pointer)).toEqual([
      '/matchers/0/value',
      '/matchers/1/value',
      '/matchers/4/value',
    ]);
    expect(findings[0]!.message).toBe(
      'equals "five" can never match attribute "count": it is integer in the schemas, and "five" is a string',
    );
  });

  it('finds the enum behind a $ref and a const', () => {
    const s = schema(
      'R',
      { tier: { $ref: '#/definitions/tier' }, kind: { const: 'order' } },
      { definitions: { tier: { type: 'string', enum: ['gold', 'silver'] } } },
    );
    expect(
      summary(
        impossible([s], [m('tier', 'equals', 'bronze'), m('kind', 'equals', 'refund'), m('tier', 'equals', 'gold')]),
      ).map((f) => f.pointer),
    ).toEqual(['/matchers/0/value', '/matchers/1/value']);
  });

  it('unions the schemas: a value any schema allows passes', () => {
    const other = schema('O', { source: { type: 'string', enum: ['kiosk'] } });
    const free = schema('F', { source: { type: 'string', allOf: [{ minLength: 1 }] } });
    expect(impossible([source, other], [m('source', 'equals', 'kiosk')])).toEqual([]);
    expect(impossible([source, free], [m('source', 'equals', 'tv')])).toEqual([]);
    expect(summary(impossible([source, other], [m('source', 'equals', 'tv')]))).toHaveLength(1);
  });

  it('does not judge what the schemas leave open: no type or enum, free-form objects, anyOf with an open branch, other operators', () => {
    const s = schema('X', {
      any: {},
      bag: { type: 'object', additionalProperties: true },
      mixed: { anyOf: [{ enum: ['a'] }, { type: 'string' }] },
      src: { type: 'string', enum: ['web'] },
    });
    expect(
      impossible(
        [s],
        [m('any', 'equals', 'x'), m('bag.k', 'equals', 'x'), m('mixed', 'equals', 'b'), m('src', 'contains', 'zzz')],
      ),
    ).toEqual([]);
  });

  it('anyOf / oneOf: a value is possible when any member can hold it; a member with a type and no enum holds every value of its type', () => {
    for (const kw of ['anyOf', 'oneOf']) {
      const s = schema(
        'U',
        {
          mix: { [kw]: [{ type: 'string', enum: ['a'] }, { type: 'integer' }] },
          ref: { [kw]: [{ $ref: '#/definitions/tier' }, { type: 'boolean' }] },
          nested: { type: 'object', properties: { v: { [kw]: [{ const: 'x' }, { type: 'number', minimum: 0 }] } } },
          deep: {
            [kw]: [{ [kw]: [{ type: 'string', enum: ['p'] }, { type: 'null' }] }, { type: 'integer', enum: [1, 2] }],
          },
        },
        { definitions: { tier: { type: 'string', enum: ['gold'] } } },
      );
      const findings = impossible(
        [s],
        [
          m('mix', 'equals', 'b'), //  0 impossible
          m('mix', 'equals', 5), //    1 an integer
          m('mix', 'equals', 'a'), //  2 listed
          m('mix', 'in', ['a', 'c', 7]), // 3: "c" impossible
          m('mix', 'equals', true), // 4 impossible by type
          m('ref', 'not_equals', 'silver'), // 5 impossible (the $ref member's enum)
          m('ref', 'equals', false), //   6 a boolean
          m('nested.v', 'equals', 'y'), // 7 impossible
          m('nested.v', 'equals', 2.5), // 8 a number
          m('deep', 'equals', 'q'), //    9 impossible
          m('deep', 'equals', 3), //     10 impossible: the integer member is an enum too
          m('deep', 'equals', 'p'), //   11 listed two levels down
        ],
      );
      expect(
        summary(findings).map((f) => f.pointer),
        kw,
      ).toEqual([
        '/matchers/0/value',
        '/matchers/3/value/1',
        '/matchers/4/value',
        '/matchers/5/value',
        '/matchers/7/value',
        '/matchers/9/value',
        '/matchers/10/value',
      ]);
      expect(findings[0]!.message).toBe(
        'equals "b" can never match attribute "mix": the schemas allow only "a", or any integer value (did you mean "a"?)',
      );
      expect(findings[2]!.message).toBe(
        'equals true can never match attribute "mix": it is string or integer in the schemas, and true is a boolean',
      );
      expect(findings[3]!.message).toBe(
        'not_equals "silver" can never match attribute "ref": the schemas allow only "gold", or any boolean value',
      );
    }
  });

  it('anyOf / oneOf members that leave the value open keep it unjudged: no type, an unresolved or external $ref', () => {
    const s = schema('V', {
      untyped: { anyOf: [{ type: 'string', enum: ['a'] }, { minLength: 1 }] },
      missing: { oneOf: [{ type: 'string', enum: ['a'] }, { $ref: '#/definitions/nope' }] },
      external: { anyOf: [{ type: 'string', enum: ['a'] }, { $ref: 'other.json#/x' }] },
      typo: { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'strng' }] },
    });
    expect(
      impossible(
        [s],
        [
          m('untyped', 'equals', 'b'),
          m('missing', 'equals', 'b'),
          m('external', 'equals', 'b'),
          m('typo', 'equals', 'b'),
        ],
      ),
    ).toEqual([]);
  });

  it('unions anyOf members across schemas: a free type in one schema allows that type everywhere', () => {
    const enumOnly = schema('E', {
      mix: {
        anyOf: [
          { type: 'string', enum: ['a'] },
          { type: 'integer', enum: [1] },
        ],
      },
    });
    const free = schema('G', { mix: { type: 'integer' } });
    expect(summary(impossible([enumOnly], [m('mix', 'equals', 2)])).map((f) => f.pointer)).toEqual([
      '/matchers/0/value',
    ]);
    expect(impossible([enumOnly, free], [m('mix', 'equals', 2)])).toEqual([]);
    expect(summary(impossible([enumOnly, free], [m('mix', 'equals', 'b')])).map((f) => f.pointer)).toEqual([
      '/matchers/0/value',
    ]);
  });

  it('judges no value when a schema was cut short by the index budgets (an unseen declaration may allow it)', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { d: deep } };
    const cut = schema('Deep', { deep, source: { type: 'string', enum: ['web'] } });
    expect(impossible([cut], [m('source', 'equals', 'kiosk')])).toEqual([]);
    expect(
      impossible([schema('Flat', { source: { type: 'string', enum: ['web'] } })], [m('source', 'equals', 'kiosk')]),
    ).toHaveLength(1);
  });

  it('the valid fixtures pass', () => {
    const findings = impossible([contract('schema', validSchema())], [m('customer.tier', 'in', ['gold', 'platinum'])]);
    expect(findings).toEqual([]);
  });
});

describe('did-you-mean for attribute paths and types', () => {
  it('a misspelled path suggests the nearest declared one when none ends in the same name', () => {
    const findings = ofRule(
      lintContracts([contract('schema', validSchema()), filter([m('customer.tiers', 'equals', 'gold')])]),
      'unknown-attribute',
    );
    expect(summary(findings)).toEqual([
      { rule: 'unknown-attribute', severity: 'warning', pointer: '/matchers/0/attribute' },
    ]);
    expect(findings[0]!.message).toContain('(did you mean "customer.tier"?)');
  });

  it('a path far from every declared one gets no guess', () => {
    const findings = ofRule(
      lintContracts([contract('schema', validSchema()), filter([m('shipping.carrier_code', 'equals', 'x')])]),
      'unknown-attribute',
    );
    expect(findings[0]!.message).not.toContain('did you mean');
  });

  it.each([
    ['Integer', 'integer'],
    ['Strin', 'string'],
    ['bolean', 'boolean'],
  ])('type %s suggests %s', (type, meant) => {
    const findings = ofRule(lintContracts([schema('T', { a: { type } })]), 'unsupported-type');
    expect(summary(findings)).toEqual([{ rule: 'unsupported-type', severity: 'error', pointer: '/properties/a/type' }]);
    expect(findings[0]!.message).toContain(`(did you mean ${meant}?)`);
  });

  it('a type name that is an Object.prototype key is no suggestion source', () => {
    const findings = ofRule(lintContracts([schema('T', { a: { type: 'constructor' } })]), 'unsupported-type');
    expect(findings[0]!.message).not.toContain('function');
  });
});
