// ref-cycle and ref-chain-too-long: located at the offending `$ref`, and the schema is never handed
// to ajv (which overflows its stack on a pure cycle). Recursion through a keyword stays clean.

import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/contracts/index.js';
import { MAX_REF_HOPS } from '../../src/core/ref-chain.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, summary } from './helpers.js';

const base = (extra: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object',
  title: 'Refs',
  description: 'd',
  cxoneVersion: '1.0.0',
  additionalProperties: false,
  ...extra,
});
const lint = (doc: Record<string, unknown>) => lintContracts([contract('schema', doc)]);
const refFindings = (doc: Record<string, unknown>) =>
  summary(lint(doc)).filter((f) => f.rule.startsWith('ref-') || f.rule === 'schema-compile');

/** The first lines of the contract files below (a valid schema header, then `properties:`). */
const HEADER = [
  'type: object',
  'title: Refs',
  'description: d',
  'cxoneVersion: 1.0.0',
  'additionalProperties: false',
  'properties:',
];

/** The findings of `rule` on a contract file of `text`: file, pointer, line and message of each. */
function located(text: string, rule: string): [string, string, number, string][] {
  const parsed = parseContract('schema', 'cxone/schemas/refs.yaml', Buffer.from(text));
  return lintContracts([parsed.contract!])
    .filter((f) => f.rule === rule)
    .map((f) => [f.file, f.pointer, parsed.contract!.locate(f.pointer).line, f.message]);
}

describe('ref-cycle', () => {
  const cyclic = (extra: Record<string, unknown> = {}) =>
    base({
      properties: { x: { $ref: '#/definitions/a' } },
      definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
      ...extra,
    });

  it('every $ref on or into a pure cycle is an error at its own $ref', () => {
    expect(refFindings(cyclic())).toEqual([
      { rule: 'ref-cycle', severity: 'error', pointer: '/properties/x/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/a/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/b/$ref' },
    ]);
    const [f] = lint(cyclic()).filter((x) => x.rule === 'ref-cycle');
    expect(f!.message).toContain('#/definitions/a -> #/definitions/b -> #/definitions/a');
  });

  it('with examples, ajv is not run on it (it would overflow): the cycle is the only finding', () => {
    expect(refFindings(cyclic({ examples: [{ x: 1 }] })).map((f) => f.rule)).toEqual([
      'ref-cycle',
      'ref-cycle',
      'ref-cycle',
    ]);
  });

  it('a self-reference', () => {
    expect(
      refFindings(
        base({ properties: { x: { $ref: '#/definitions/a' } }, definitions: { a: { $ref: '#/definitions/a' } } }),
      ),
    ).toEqual([
      { rule: 'ref-cycle', severity: 'error', pointer: '/properties/x/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/a/$ref' },
    ]);
  });

  it('recursion through properties or items is a legitimate recursive schema', () => {
    const doc = base({
      properties: {
        head: { $ref: '#/definitions/node' },
        all: { type: 'array', items: { $ref: '#/definitions/node' } },
      },
      definitions: { node: { type: 'object', properties: { next: { $ref: '#/definitions/node' } } } },
      examples: [{ head: { next: {} } }],
    });
    expect(refFindings(doc)).toEqual([]);
  });

  it('the line is the line of the offending $ref in the file', () => {
    const text = [
      ...HEADER, // lines 1-6
      '  x:',
      '    $ref: "#/definitions/a"', //          8
      'definitions:',
      '  a:', //                                10
      '    $ref: "#/definitions/a"', //          11
      '',
    ].join('\n');
    const found = located(text, 'ref-cycle');
    expect(found.map(([file, , line]) => [file, line])).toEqual([
      ['cxone/schemas/refs.yaml', 8],
      ['cxone/schemas/refs.yaml', 11],
    ]);
  });
});

describe('ref-chain-too-long', () => {
  const chain = (hops: number) => {
    const definitions: Record<string, unknown> = {};
    for (let i = 0; i < hops - 1; i++) definitions[`d${i}`] = { $ref: `#/definitions/d${i + 1}` };
    definitions[`d${hops - 1}`] = { type: 'integer' };
    return base({ properties: { x: { $ref: '#/definitions/d0' } }, definitions });
  };

  it(`a chain of ${MAX_REF_HOPS} $refs is fine`, () => {
    expect(refFindings(chain(MAX_REF_HOPS))).toEqual([]);
  });

  it('one more is an error at each $ref whose own chain is too long, and nowhere else', () => {
    const found = refFindings(chain(MAX_REF_HOPS + 1));
    expect(found).toEqual([{ rule: 'ref-chain-too-long', severity: 'error', pointer: '/properties/x/$ref' }]);
    expect(refFindings(chain(MAX_REF_HOPS + 3)).map((f) => f.pointer)).toEqual([
      '/properties/x/$ref',
      '/definitions/d0/$ref',
      '/definitions/d1/$ref',
    ]);
  });
});

describe('$refs by base URI (the same resolution the evolution engine uses)', () => {
  const withRefs = (
    properties: Record<string, unknown>,
    definitions: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) => base({ properties, definitions, ...extra });

  it('plain-name anchors, absolute same-document URIs and relative URIs into nested resources compile, examples included', () => {
    const doc = withRefs(
      {
        a: { $ref: '#foo' },
        b: { $ref: 'http://example.com/s.json#/definitions/plain' },
        c: { $ref: 'sub/n.json#/definitions/c' },
      },
      {
        anchored: { $id: '#foo', type: 'string' },
        plain: { type: 'integer' },
        n: { $id: 'sub/n.json', definitions: { c: { type: 'boolean' } } },
      },
      { $id: 'http://example.com/s.json', examples: [{ a: 'x', b: 1, c: true }] },
    );
    expect(refFindings(doc)).toEqual([]);
    expect(summary(lint(doc)).filter((f) => f.rule === 'example-invalid')).toEqual([]);
  });

  it('an example that breaks the target behind an anchor is caught (ajv resolved the same target)', () => {
    const doc = withRefs(
      { a: { $ref: '#foo' } },
      { anchored: { $id: '#foo', type: 'string' } },
      { examples: [{ a: 1 }] },
    );
    expect(summary(lint(doc)).map((f) => f.rule)).toContain('example-invalid');
  });

  it.each([
    ['#nope', /names an anchor, but no \$id/],
    ['other.json', /points outside this file/],
    ['#/definitions/missing', /points to nothing: \/definitions\/missing does not exist/],
    ['#/properties/a/type', /which is not a schema/],
  ])('%s does not resolve: schema-compile at the $ref, with or without a $id elsewhere', (ref, message) => {
    for (const extra of [{}, { $id: 'http://example.com/t.json' }]) {
      const doc = withRefs({ a: { type: 'string' }, r: { $ref: ref } }, { d: { type: 'string' } }, extra);
      const found = lint(doc).filter((f) => f.rule === 'schema-compile');
      expect(found.map((f) => f.pointer)).toEqual(['/properties/r/$ref']);
      expect(found[0]!.message).toMatch(message);
    }
  });

  it('a pure cycle spelled with absolute URIs is a ref-cycle, and ajv (which would overflow) is never run', () => {
    const doc = withRefs(
      { x: { $ref: 'http://example.com/c.json#/definitions/a' } },
      { a: { $ref: 'http://example.com/c.json#/definitions/b' }, b: { $ref: '#/definitions/a' } },
      { $id: 'http://example.com/c.json', examples: [{ x: 1 }] },
    );
    expect(refFindings(doc)).toEqual([
      { rule: 'ref-cycle', severity: 'error', pointer: '/properties/x/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/a/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/b/$ref' },
    ]);
  });

  it("a $ref's sibling $id declares nothing: an anchor only it would declare is unresolvable", () => {
    const doc = withRefs({ x: { $ref: '#b' } }, { a: { type: 'string' }, b: { $id: '#b', $ref: '#/definitions/a' } });
    expect(refFindings(doc)).toEqual([{ rule: 'schema-compile', severity: 'error', pointer: '/properties/x/$ref' }]);
  });
});

describe('ref-sibling-keywords', () => {
  const siblings = (doc: Record<string, unknown>) => lint(doc).filter((f) => f.rule === 'ref-sibling-keywords');
  const defs = { name: { type: 'string' }, tier: { type: 'string', enum: ['gold', 'silver'] } };

  it('one warning at the $ref, naming the asserting keywords beside it', () => {
    const found = siblings(
      base({
        properties: { name: { $ref: '#/definitions/name', type: 'string', maxLength: 40, title: 'Name' } },
        definitions: defs,
      }),
    );
    expect(summary(found)).toEqual([
      { rule: 'ref-sibling-keywords', severity: 'warning', pointer: '/properties/name/$ref' },
    ]);
    expect(found[0]!.message).toBe(
      'keywords beside $ref (type, maxLength) are ignored by draft-07 but applied by ajv and others; put them in an allOf with the $ref',
    );
    expect(found[0]!.file).toBe('schemas/schema.yaml');
    expect(found[0]!.help).toContain('allOf');
  });

  it('a single keyword is named alone', () => {
    const [f] = siblings(
      base({ properties: { t: { $ref: '#/definitions/tier', enum: ['gold'] } }, definitions: defs }),
    );
    expect(f!.message).toBe(
      'keyword beside $ref (enum) is ignored by draft-07 but applied by ajv and others; put them in an allOf with the $ref',
    );
  });

  it('at every depth: nested properties, items, definitions, inside allOf / anyOf / not / if, dependencies, the root', () => {
    const found = siblings(
      base({
        $ref: '#/definitions/name', // the root itself: type, additionalProperties, properties and dependencies beside it
        properties: {
          customer: { type: 'object', properties: { id: { $ref: '#/definitions/name', pattern: '^c' } } },
          list: { type: 'array', items: { $ref: '#/definitions/tier', minLength: 1 } },
          both: {
            allOf: [
              { $ref: '#/definitions/name', format: 'email' },
              { anyOf: [{ $ref: '#/definitions/tier', const: 'gold' }] },
            ],
          },
          neg: { not: { $ref: '#/definitions/name', required: ['a'] } },
          cond: { if: { $ref: '#/definitions/name', minLength: 2 }, then: { maxLength: 5 } },
        },
        dependencies: { customer: { $ref: '#/definitions/name', minProperties: 1 } },
        definitions: { ...defs, wrapped: { $ref: '#/definitions/tier', not: { const: 'silver' } } },
      }),
    );
    expect(
      summary(found)
        .map((f) => f.pointer)
        .sort(),
    ).toEqual([
      '/$ref',
      '/definitions/wrapped/$ref',
      '/dependencies/customer/$ref',
      '/properties/both/allOf/0/$ref',
      '/properties/both/allOf/1/anyOf/0/$ref',
      '/properties/cond/if/$ref',
      '/properties/customer/properties/id/$ref',
      '/properties/list/items/$ref',
      '/properties/neg/not/$ref',
    ]);
    expect(found.find((f) => f.pointer === '/$ref')!.message).toContain(
      '(type, additionalProperties, properties, dependencies)',
    );
  });

  it('annotations, $id, definitions, $comment, x- extensions and unknown keywords beside a $ref are not reported', () => {
    const doc = base({
      properties: {
        a: {
          $ref: '#/definitions/name',
          title: 'A',
          description: 'd',
          $comment: 'c',
          examples: ['x'],
          default: 'x',
          readOnly: true,
          writeOnly: false,
        },
        b: {
          $ref: '#/definitions/name',
          $id: '#b',
          definitions: { inner: { type: 'integer' } },
          'x-cxone-unit': 'ms',
          contentMediaType: 'text/plain',
          maxLenght: 3,
        },
      },
      definitions: defs,
    });
    expect(siblings(doc)).toEqual([]);
  });

  it('"$ref" as a property name, and $refs inside enum / const / default / examples values, are data', () => {
    const doc = base({
      properties: {
        $ref: { type: 'string', maxLength: 10 },
        link: { type: 'object', properties: { $ref: { type: 'string' } }, required: ['$ref'] },
        e: {
          type: 'object',
          enum: [{ $ref: '#/definitions/name', type: 'string' }],
          const: { $ref: 'x', maxLength: 1 },
          default: { $ref: 'y', type: 'z' },
        },
      },
      definitions: defs,
      examples: [{ $ref: 'r', link: { $ref: 's' } }],
    });
    expect(siblings(doc)).toEqual([]);
  });

  it('also warns under an older declared dialect, and not under a later one (siblings apply there)', () => {
    const node = { properties: { n: { $ref: '#/definitions/name', maxLength: 3 } }, definitions: defs };
    const [f] = siblings(base({ $schema: 'http://json-schema.org/draft-06/schema#', ...node }));
    expect(f!.message).toContain('ignored by draft-06');
    expect(siblings(base({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...node }))).toEqual([]);
  });

  it('the line is the line of the $ref in the file', () => {
    const text = [
      ...HEADER, // lines 1-6
      '  plain:',
      '    $ref: "#/definitions/name"', //       8 (only annotations beside it)
      '    description: fine',
      '  name:', //                             10
      '    type: string',
      '    $ref: "#/definitions/name"', //       12
      '    maxLength: 40',
      'definitions:',
      '  name:', //                             15
      '    allOf:',
      '      - minLength: 1',
      '        $ref: "#/definitions/base"', //   18
      '  base:',
      '    type: string', //                    20
      '',
    ].join('\n');
    const found = located(text, 'ref-sibling-keywords');
    expect(found.map(([file, pointer, line]) => [file, pointer, line])).toEqual([
      ['cxone/schemas/refs.yaml', '/properties/name/$ref', 12],
      ['cxone/schemas/refs.yaml', '/definitions/name/allOf/0/$ref', 18],
    ]);
    expect(found[0]![3]).toContain('(type, maxLength)');
  });
});
