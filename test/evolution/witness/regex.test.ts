import { describe, expect, it } from 'vitest';
import { patternSamples } from '../../../src/evolution/witness/regex.js';

describe('patternSamples', () => {
  it.each([
    ['^prefix_.*$', [0, 12]],
    ['^[a-z]+$', [5, 20]],
    ['^\\d{4}$', []],
    ['^[A-Z]{2,3}-\\d+$', [10]],
    ['^(foo|bar)_[0-9a-f]{8}$', []],
    ['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', [30]],
    ['abc', [10]],
    ['^(?:[a-z0-9-]+\\.)*example\\.com$', [25]],
    ['^\\+?[1-9]\\d{1,14}$', [16]],
  ])('%s', (pattern, lengths) => {
    const samples = patternSamples(pattern, lengths);
    expect(samples.length).toBeGreaterThan(0);
    const re = new RegExp(pattern, 'u');
    for (const s of samples) expect(re.test(s)).toBe(true);
    for (const len of lengths) if (len >= 4) expect(samples.some((s) => [...s].length === len)).toBe(true);
  });
  it('gives nothing for unsupported or invalid patterns, without throwing', () => {
    expect(patternSamples('(')).toEqual([]);
    expect(patternSamples('^(?=a)b$')).toEqual([]);
    expect(() => patternSamples('('.repeat(1500) + ')'.repeat(1500))).not.toThrow();
  });
});
