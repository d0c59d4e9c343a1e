import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredWhole, patternLengths, patternWords } from '../../../src/evolution/witness/regex-language.js';

/** Every string over `alphabet` of at most `max` characters. */
function allStrings(alphabet: string[], max: number): string[] {
  const out = [''];
  for (let len = 1, layer = ['']; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

const ATOMS = ['a', 'b', 'c', '[ab]', '[a-c]', '(a|bc)', '(?:ab|)', '\\.', '.'];
const QUANTIFIERS = ['', '', '?', '{2}', '{0,2}', '{1,2}', '*', '+'];
const patternArb = fc
  .array(fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)), { minLength: 0, maxLength: 4 })
  .map((parts) => parts.map(([a, q]) => a + q).join(''));

describe('the strings an anchored pattern accepts, read from its tree', () => {
  // Every listed string matches, and every short string that matches is listed: the list is the
  // pattern's whole language (strings over a, b, c, '.', 'x' up to 4 characters checked).
  it('lists exactly the strings the RegExp accepts', () => {
    const universe = allStrings(['a', 'b', 'c', '.', 'x'], 4);
    let listed = 0;
    fc.assert(
      fc.property(patternArb, (body) => {
        const pattern = `^${body}$`;
        const re = new RegExp(pattern, 'u');
        const words = patternWords(pattern);
        if (words === undefined) return;
        listed++;
        for (const w of words) expect({ pattern, w, matches: re.test(w) }).toEqual({ pattern, w, matches: true });
        const set = new Set(words);
        for (const s of universe)
          if (re.test(s)) expect({ pattern, s, listed: set.has(s) }).toEqual({ pattern, s, listed: true });
        const lengths = patternLengths(pattern)!;
        for (const w of words) expect([...w].length >= lengths.min && [...w].length <= lengths.max).toBe(true);
      }),
      { numRuns: 400, seed: 1207 },
    );
    expect(listed).toBeGreaterThan(100);
  });

  it('lists nothing it cannot list whole', () => {
    expect(patternWords('^a*$')).toBeUndefined(); // endless
    expect(patternWords('^.$')).toBeUndefined(); // too many
    expect(patternWords('a')).toBeUndefined(); // unanchored: any text around it
    expect(patternWords('^a|b$')).toBeUndefined(); // anchors per option
    expect(patternWords('^a\\$')).toBeUndefined(); // an escaped dollar is no anchor
    expect(patternWords('^(?=a)a$')).toBeUndefined(); // lookarounds are not modelled
    expect(patternWords('^(web|app)$')).toEqual(['web', 'app']);
  });

  it('knows where a pattern is anchored', () => {
    expect(anchoredWhole('^(a|b)$')).toBe(true);
    expect(anchoredWhole('^[$^]$')).toBe(true);
    expect(anchoredWhole('^a$|^b$')).toBe(false);
    expect(anchoredWhole('^a\\\\$')).toBe(true); // an escaped backslash, then the anchor
    expect(anchoredWhole('a$')).toBe(false);
  });

  it('bounds lengths: at least the shortest match; at most the longest only when anchored', () => {
    expect(patternLengths('^.{0,2}$')).toEqual({ min: 0, max: 2 });
    expect(patternLengths('b$')).toEqual({ min: 1, max: Infinity });
    expect(patternLengths('^(ab|c)+$')).toEqual({ min: 1, max: Infinity });
  });
});
