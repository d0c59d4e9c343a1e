// Content equality and canonical text of JSON values: key order never matters, and every key is a
// member, `__proto__` included (a value a PR author controls).

import { describe, expect, it } from 'vitest';
import { canonicalJson, sameContent } from '../../src/core/canonical.js';

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('keeps a member named __proto__ (JSON.parse makes it an own key)', () => {
    const one = JSON.parse('{"__proto__": 1}');
    const two = JSON.parse('{"__proto__": 2}');
    expect(canonicalJson(one)).toBe('{"__proto__":1}');
    expect(new Set([canonicalJson(one), canonicalJson(two), canonicalJson({})]).size).toBe(3);
    expect(sameContent(one, two)).toBe(false);
  });
});

describe('sameContent', () => {
  it('ignores key order and members whose value is undefined, on either side', () => {
    expect(sameContent({ a: 1, b: { c: [1, { d: 2 }] } }, { b: { c: [1, { d: 2 }] }, a: 1 })).toBe(true);
    expect(sameContent({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, x: undefined })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, x: null })).toBe(false);
    expect(sameContent({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
  });

  it('tells lists from objects and compares lists in order', () => {
    expect(sameContent({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameContent(['a'], { 0: 'a' })).toBe(false);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent([1, [2, {}]], [1, [2, {}]])).toBe(true);
  });

  it('skips the named keys at the top level only', () => {
    const skip = new Set(['v']);
    expect(sameContent({ v: 1, a: 1 }, { v: 2, a: 1 }, skip)).toBe(true);
    expect(sameContent({ v: 1, a: 1 }, { a: 1 }, skip)).toBe(true);
    expect(sameContent({ a: { v: 1 } }, { a: { v: 2 } }, skip)).toBe(false);
  });

  it('compares documents deeper than the recursion allows', () => {
    const deep = (leaf: unknown) => {
      let v: unknown = leaf;
      for (let i = 0; i < 5000; i++) v = i % 2 ? { k: v } : [v];
      return v;
    };
    expect(sameContent(deep(1), deep(1))).toBe(true);
    expect(sameContent(deep(1), deep(2))).toBe(false);
  });
});
