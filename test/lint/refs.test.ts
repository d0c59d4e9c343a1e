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
const refFindings = (doc: Record<string, unknown>) => summary(lint(doc)).filter((f) => f.rule.startsWith('ref-') || f.rule === 'schema-compile');

describe('ref-cycle', () => {
  const cyclic = (extra: Record<string, unknown> = {}) =>
    base({ properties: { x: { $ref: '#/definitions/a' } }, definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } }, ...extra });

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
    expect(refFindings(cyclic({ examples: [{ x: 1 }] })).map((f) => f.rule)).toEqual(['ref-cycle', 'ref-cycle', 'ref-cycle']);
  });

  it('a self-reference', () => {
    expect(refFindings(base({ properties: { x: { $ref: '#/definitions/a' } }, definitions: { a: { $ref: '#/definitions/a' } } }))).toEqual([
      { rule: 'ref-cycle', severity: 'error', pointer: '/properties/x/$ref' },
      { rule: 'ref-cycle', severity: 'error', pointer: '/definitions/a/$ref' },
    ]);
  });

  it('recursion through properties or items is a legitimate recursive schema', () => {
    const doc = base({
      properties: { head: { $ref: '#/definitions/node' }, all: { type: 'array', items: { $ref: '#/definitions/node' } } },
      definitions: { node: { type: 'object', properties: { next: { $ref: '#/definitions/node' } } } },
      examples: [{ head: { next: {} } }],
    });
    expect(refFindings(doc)).toEqual([]);
  });

  it('the line is the line of the offending $ref in the file', () => {
    const text = [
      'type: object', //                        1
      'title: Refs',
      'description: d',
      'cxoneVersion: 1.0.0',
      'additionalProperties: false', //         5
      'properties:',
      '  x:',
      '    $ref: "#/definitions/a"', //          8
      'definitions:',
      '  a:', //                                10
      '    $ref: "#/definitions/a"', //          11
      '',
    ].join('\n');
    const parsed = parseContract('schema', 'cxone/schemas/refs.yaml', Buffer.from(text));
    const found = lintContracts([parsed.contract!]).filter((f) => f.rule === 'ref-cycle');
    expect(found.map((f) => [f.file, parsed.contract!.locate(f.pointer).line])).toEqual([
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
    expect(refFindings(chain(MAX_REF_HOPS + 3)).map((f) => f.pointer)).toEqual(['/properties/x/$ref', '/definitions/d0/$ref', '/definitions/d1/$ref']);
  });
});

describe('$refs by base URI (the same resolution the evolution engine uses)', () => {
  const withRefs = (properties: Record<string, unknown>, definitions: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    base({ properties, definitions, ...extra });

  it('plain-name anchors, absolute same-document URIs and relative URIs into nested resources compile, examples included', () => {
    const doc = withRefs(
      { a: { $ref: '#foo' }, b: { $ref: 'http://example.com/s.json#/definitions/plain' }, c: { $ref: 'sub/n.json#/definitions/c' } },
      { anchored: { $id: '#foo', type: 'string' }, plain: { type: 'integer' }, n: { $id: 'sub/n.json', definitions: { c: { type: 'boolean' } } } },
      { $id: 'http://example.com/s.json', examples: [{ a: 'x', b: 1, c: true }] },
    );
    expect(refFindings(doc)).toEqual([]);
    expect(summary(lint(doc)).filter((f) => f.rule === 'example-invalid')).toEqual([]);
  });

  it('an example that breaks the target behind an anchor is caught (ajv resolved the same target)', () => {
    const doc = withRefs({ a: { $ref: '#foo' } }, { anchored: { $id: '#foo', type: 'string' } }, { examples: [{ a: 1 }] });
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
