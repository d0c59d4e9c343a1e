import { describe, expect, it } from 'vitest';
import { boundedMemo, memo } from '../../src/core/memo.js';

describe('memo', () => {
  it('computes once per key and keeps falsy values such as null and 0', () => {
    const cache = new Map<string, number | null>();
    let calls = 0;
    const get = (k: string) => memo(cache, k, (key) => (calls++, key === 'none' ? null : key.length - 1));
    expect([get('a'), get('a'), get('none'), get('none'), get('abc')]).toEqual([0, 0, null, null, 2]);
    expect(calls).toBe(3);
  });

  it('works over a WeakMap keyed by objects, and nested', () => {
    const outer = new WeakMap<object, Map<number, string>>();
    const doc = {};
    const at = (n: number) =>
      memo(
        memo(outer, doc, () => new Map<number, string>()),
        n,
        (k) => `#${k}`,
      );
    expect(at(1)).toBe('#1');
    expect(outer.get(doc)?.get(1)).toBe('#1');
  });
});

describe('boundedMemo', () => {
  it('empties the cache whole once it holds max entries', () => {
    const cache = new Map<string, string>();
    for (const k of ['a', 'b', 'c']) boundedMemo(cache, k, 2, (key) => key.toUpperCase());
    expect([...cache.keys()]).toEqual(['c']);
    expect(boundedMemo(cache, 'c', 2, () => 'not recomputed')).toBe('C');
  });
});
