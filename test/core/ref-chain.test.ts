// followRef by the draft-07 rules: base URIs from `$id`, plain-name anchors, JSON pointers relative
// to the resource a URI names, siblings of `$ref` ignored; and the index is built iteratively.

import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE, refIndex } from '../../src/core/ref-base.js';
import { followRef } from '../../src/core/ref-chain.js';

type Doc = Record<string, unknown>;
const at = (doc: Doc, ref: string, from = '') => {
  const chain = followRef(doc, ref, from);
  return chain.kind === 'resolved'
    ? chain.pointer
    : chain.kind === 'unresolvable'
      ? `unresolvable:${chain.reason}`
      : chain.kind;
};

describe('followRef', () => {
  const doc: Doc = {
    $id: 'http://example.com/root.json',
    definitions: {
      a: { $id: '#foo', type: 'string' },
      n: { $id: 'sub/n.json', definitions: { c: { type: 'integer' }, d: { $id: '#bar', type: 'null' } } },
      o: { $id: 'other.json#baz', type: 'boolean' },
      c: { type: 'number' },
    },
  };

  it.each([
    ['#/definitions/c', '', '/definitions/c'],
    ['#foo', '', '/definitions/a'],
    ['http://example.com/root.json#foo', '', '/definitions/a'],
    ['root.json#/definitions/c', '', '/definitions/c'],
    ['http://example.com/root.json', '', ''],
    ['sub/n.json#/definitions/c', '', '/definitions/n/definitions/c'],
    ['sub/n.json#bar', '', '/definitions/n/definitions/d'],
    ['other.json#baz', '', '/definitions/o'],
    ['other.json', '', '/definitions/o'],
    // Inside the nested resource, relative references resolve against its URI.
    ['#/definitions/c', '/definitions/n/definitions/d', '/definitions/n/definitions/c'],
    ['#bar', '/definitions/n', '/definitions/n/definitions/d'],
    ['n.json', '/definitions/n/definitions/c', '/definitions/n'],
    ['../root.json#foo', '/definitions/n', '/definitions/a'],
    ['#bar', '', 'unresolvable:no-anchor'],
    ['#foo', '/definitions/n', 'unresolvable:no-anchor'],
    ['http://example.com/elsewhere.json', '', 'unresolvable:external'],
    ['#/definitions/zzz', '', 'unresolvable:missing'],
    ['#/definitions/a/type', '', 'unresolvable:not-schema'],
    ['#/definitions/%ZZ', '', 'unresolvable:bad-uri'],
  ])('%s from "%s" -> %s', (ref, from, expected) => {
    expect(at(doc, ref, from)).toBe(expected);
  });

  it('without a root $id the base is a fixed placeholder, and relative $ids resolve against it', () => {
    const plain: Doc = { definitions: { b: { $id: 'b.json', type: 'string' } } };
    expect(refIndex(plain).rootBase).toBe(DEFAULT_BASE);
    expect(at(plain, 'b.json')).toBe('/definitions/b');
    expect(at(plain, '#/definitions/b')).toBe('/definitions/b');
  });

  it("a $ref's siblings are ignored, its $id included, for the base of what is below it too", () => {
    const d: Doc = {
      definitions: {
        r: { $id: 'http://x.example/r.json', $ref: '#/definitions/s', definitions: { t: { $id: '#t' } } },
        s: { type: 'string' },
      },
    };
    expect(at(d, 'http://x.example/r.json')).toBe('unresolvable:external');
    expect(at(d, '#t')).toBe('unresolvable:no-anchor');
    expect(at(d, '#/definitions/s', '/definitions/r')).toBe('/definitions/s');
  });

  it('chains follow each hop from the base of the node holding it; cycles are found by location', () => {
    const d: Doc = {
      $id: 'http://example.com/c.json',
      definitions: {
        a: { $ref: 'http://example.com/c.json#/definitions/b' },
        b: { $ref: '#/definitions/a' },
        n: { $id: 'n.json', definitions: { x: { $ref: '#/definitions/y' }, y: { type: 'string' } } },
      },
    };
    expect(followRef(d, '#/definitions/a')).toEqual({
      kind: 'cycle',
      pointer: '/definitions/a',
      path: ['/definitions/a', '/definitions/b', '/definitions/a'],
    });
    expect(at(d, 'n.json#/definitions/x')).toBe('/definitions/n/definitions/y');
  });

  it('the same URI declared twice is ambiguous', () => {
    const d: Doc = { definitions: { a: { $id: 'x.json' }, b: { $id: 'x.json' } } };
    expect(at(d, 'x.json')).toBe('unresolvable:ambiguous');
  });

  it('a document 5,000 levels deep is indexed without recursion, and a $id at the bottom is found', () => {
    let leaf: Doc = { $id: '#deep', type: 'string' };
    let pointer = '';
    for (let i = 0; i < 5000; i++) {
      leaf = { properties: { n: leaf } };
      pointer += '/properties/n';
    }
    const deep: Doc = { ...leaf, $id: 'http://example.com/deep.json' };
    expect(at(deep, '#deep')).toBe(pointer);
    expect(at(deep, '#deep', pointer)).toBe(pointer);
  });
});
