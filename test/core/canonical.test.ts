// Content equality and canonical text of JSON values: key order never matters, and every key is a
// member, `__proto__` included (a value a PR author controls).

import { describe, expect, it } from 'vitest';
import { canonicalJson, sameContent } from '../../src/core/canonical.js';

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('keeps a member named __proto__ (JSON.parse makes it an own key)', () => {
    const one = JSON.parse('{"__proto__": 1}');
    const two = JSON.parse('{"__proto__": 2}');
    expect(canonicalJson(one)).toBe('{"__proto__":1}');
    expect(new Set([canonicalJson(one), canonicalJson(two), canonicalJson({})]).size).toBe(3);
    expect(sameContent(one, two)).toBe(false);
  });
});
