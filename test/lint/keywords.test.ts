// unknown-keyword: misspelled and foreign keywords at schema positions, with a did-you-mean.

import { describe, expect, it } from 'vitest';
import { lintContracts } from '../../src/lint/index.js';
import { contract, ofRule, summary, validSchema } from './helpers.js';

const schema = (extra: Record<string, unknown>) =>
  contract('schema', {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    title: 'T',
    description: 'd',
    cxoneVersion: '1.0.0',
    additionalProperties: false,
    properties: {},
    ...extra,
  });
const unknown = (extra: Record<string, unknown>) => ofRule(lintContracts([schema(extra)]), 'unknown-keyword');

describe('unknown-keyword', () => {
  it('warns about a misspelled keyword in a nested property, at the keyword, suggesting the one meant', () => {
    const findings = unknown({
      properties: { customer: { type: 'object', properties: { name: { type: 'string', maxLenght: 40 } } } },
    });
    expect(summary(findings)).toEqual([
      { rule: 'unknown-keyword', severity: 'warning', pointer: '/properties/customer/properties/name/maxLenght' },
    ]);
    expect(findings[0]!.message).toBe(
      '"maxLenght" is not a draft-07 keyword, so validators ignore it (did you mean "maxLength"?)',
    );
  });

  it.each([
    ['propertys', '(did you mean "properties"?)', { type: 'object', propertys: { a: { type: 'string' } } }],
    ['Required', '(did you mean "required"?)', { type: 'object', Required: ['a'] }],
    ['minimun', '(did you mean "minimum"?)', { type: 'integer', minimun: 0 }],
    ['additionalProperty', '(did you mean "additionalProperties"?)', { type: 'object', additionalProperty: false }],
    ['id', 'names it `$id`', { type: 'string', id: 'x' }],
  ])('%s: %s', (key, hint, node) => {
    const findings = unknown({ properties: { p: node } });
    expect(summary(findings)).toEqual([
      { rule: 'unknown-keyword', severity: 'warning', pointer: `/properties/p/${key}` },
    ]);
    expect(findings[0]!.message).toContain(hint);
  });

  it('says nothing it cannot back: a name far from every keyword gets no suggestion', () => {
    const findings = unknown({ properties: { p: { type: 'string', vendorThing: 1 } } });
    expect(findings[0]!.message).toBe('"vendorThing" is not a draft-07 keyword, so validators ignore it');
  });

  it('explains keywords of other schema languages (OpenAPI nullable, example)', () => {
    const findings = unknown({
      properties: { a: { type: 'string', nullable: true }, b: { type: 'string', example: 'x' } },
    });
    expect(summary(findings).map((f) => f.pointer)).toEqual(['/properties/a/nullable', '/properties/b/example']);
    expect(findings[0]!.message).toContain('add "null" to `type`');
    expect(findings[1]!.message).toContain('`examples`');
  });

  it('reads every schema position: items, definitions, combinators, if/then/else, dependencies, the root', () => {
    const findings = unknown({
      tilte: 'x',
      definitions: { d: { type: 'string', formt: 'date' } },
      properties: {
        list: { type: 'array', items: { type: 'string', patern: '^a' } },
        either: { anyOf: [{ type: 'string', maxLenght: 1 }, { type: 'integer' }] },
        cond: { if: { type: 'string' }, then: { minLenght: 1 }, else: { maxItem: 2 } },
      },
      dependencies: { a: { requird: ['b'] }, c: ['d'] },
    });
    expect(
      summary(findings)
        .map((f) => f.pointer)
        .sort(),
    ).toEqual([
      '/definitions/d/formt',
      '/dependencies/a/requird',
      '/properties/cond/else/maxItem',
      '/properties/cond/then/minLenght',
      '/properties/either/anyOf/0/maxLenght',
      '/properties/list/items/patern',
      '/tilte',
    ]);
  });

  it('leaves data alone: property names, enum values, const, default, examples, and what sits under an unknown keyword', () => {
    const findings = unknown({
      properties: {
        maxLenght: { type: 'string', enum: ['propertys'], default: 'propertys' },
        nested: { type: 'object', const: { maxLenght: 1 }, default: { nullable: true }, examples: [{ Required: 1 }] },
        typo: { propertys: { a: { maxLenght: 1 } } },
      },
      examples: [{ maxLenght: 'x' }],
    });
    expect(summary(findings).map((f) => f.pointer)).toEqual(['/properties/typo/propertys']);
  });

  it('allows x- extensions, the platform field cxoneVersion and every draft-07 keyword', () => {
    expect(
      unknown({
        'x-cxone-deprecated-fields': [],
        properties: {
          a: { type: 'string', 'x-unit': 'ms', readOnly: true, contentMediaType: 'text/plain', $comment: 'c' },
        },
      }),
    ).toEqual([]);
    expect(ofRule(lintContracts([contract('schema', validSchema())]), 'unknown-keyword')).toEqual([]);
  });

  it('honours a declared older dialect: `id` is a draft-04 keyword, `const` is not', () => {
    const findings = unknown({
      $schema: 'http://json-schema.org/draft-04/schema#',
      properties: { a: { id: 'x', const: 1 } },
    });
    expect(summary(findings).map((f) => f.pointer)).toEqual(['/properties/a/const']);
    expect(findings[0]!.message).toContain('not a draft-04 keyword');
  });

  it('judges no keywords of a dialect it does not support (schema-dialect reports the dialect)', () => {
    expect(
      unknown({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $defs: { a: { type: 'string' } },
        properties: { a: { prefixItems: [] } },
      }),
    ).toEqual([]);
  });

  it('stops after 50 findings in one file', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`p${i}`, { type: 'string', maxLenght: 1 }]),
    );
    expect(unknown({ properties })).toHaveLength(50);
  });
});
