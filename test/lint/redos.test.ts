import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recheck } from '../../src/lint/filter/recheck.js';
import { relaxCounts } from '../../src/lint/filter/redos-counts.js';
import { provablyLinear } from '../../src/lint/filter/redos-fast-path.js';
import { checkRedos, redosVerdict } from '../../src/lint/filter/redos.js';
import { complexityText } from '../../src/lint/filter/redos-verdict.js';
import { contract, summary } from './helpers.js';

// Patterns the fast path must let through: linear by construction.
const LINEAR = [
  '^skill_42_.*$',
  'abc',
  '^a+$',
  '^[a-z]{1,3}-\\d+$',
  '^[*+(|]+x$',
  '^(?:queue_)[a-z]+$',
  '^\\p{L}+$',
  '^\\u{1F600}+',
  '^(?<id>[0-9]+)$',
  'a?b?c',
  '^(support|billing)@example\\.com$',
  '^(a|b)c$',
  'x(a|b|c)(?:d|e)',
  '(a|ab)(c|bcd)',
  '^[0-9]{1,40}$', // one start position, nothing unbounded: a large count is a constant
  '^(?:a{30}|b)c',
];

// Patterns the fast path must not prove, vulnerable or merely unproven.
const NOT_PROVEN = [
  'a*b', // unanchored: quadratic
  '\\s+$',
  '^(a+)+$',
  '^a*a*$',
  '^(ab)*$',
  '^(a|b)c.*$', // alternation beside an unbounded quantifier: left to recheck
  '^(a|b)*$',
  '(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n)', // 2^3 * 2^3 * 2^3 * 2 paths bound: over the budget
  '^(?=a).*$',
  '^(a)\\1.*$',
  '^a?a?a?a?a?a?a?$', // 2^7 bounded choices: over the budget
  '^a{1,1000}$',
  'x^a*',
  // A large count is work at every start position (or every step the star gives back): quadratic
  // up to the count, and recheck finds them polynomial.
  'a{10000}b',
  '^.*a{10000}$',
  '^a{30}|b{30}c', // the ^ binds the first branch only
  'a{5}a{5}a{5}a{5}a{5}a{5}b',
];

describe('the ReDoS fast path', () => {
  it.each(LINEAR)('proves %s linear', (p) => {
    expect(provablyLinear(p)).toBe(true);
  });

  it.each(NOT_PROVEN)('does not prove %s', (p) => {
    expect(provablyLinear(p)).toBe(false);
  });

  it('agrees with recheck on every pattern it proves (soundness)', () => {
    for (const p of [...LINEAR, '^skill_7_[a-z0-9]*$', '^\\d{3}-.*']) {
      expect(recheck(p, 'u', 10_000).status, p).toBe('safe');
    }
  });

  // prepareRedos asks about every pattern of a PR before lint says whether it compiles: an
  // unclosed named group or \u{ sent the scanner back to the start, forever (a CI run that hangs).
  it.each(['(?<x', '(?<x(a)', 'a\\u{12', '[\\p{L', '\\P{L(?<'])('ends on %s, which does not compile', (p) => {
    // A vm timeout interrupts even a synchronous loop; a hang fails the test instead of the run.
    const ask = (f: (p: string) => unknown) => runInNewContext('f(p)', { f, p }, { timeout: 2_000 }) as unknown;
    expect(typeof ask(provablyLinear)).toBe('boolean');
    expect(() => ask(relaxCounts)).not.toThrow();
  });

  // A pattern is as long as its file allows (2 MiB): the scanner must stay linear in it. Searching
  // the rest of the pattern for each unclosed `\u{` made this one quadratic (seconds, then minutes).
  it.each(['\\u{', '\\p{', '[\\u{'])('stays linear on a 2 MB run of %s with no closing brace', (unit) => {
    const p = unit.repeat(Math.floor((2 * 1024 * 1024) / unit.length));
    const ask = (f: (p: string) => unknown) => runInNewContext('f(p)', { f, p }, { timeout: 2_000 }) as unknown;
    expect(typeof ask(provablyLinear)).toBe('boolean');
    expect(() => ask(relaxCounts)).not.toThrow();
  });

  it('clears only what recheck calls safe (random patterns over a small alphabet)', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '\\d', '[^a]');
    const quant = fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,3}', '{12}', '{40}', '{0,20}', '{3,}', '*?');
    const term = fc.letrec<{ alt: string; term: string }>((tie) => ({
      term: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(atom, quant).map(([a, q]) => a + q),
        fc.tuple(fc.constantFrom('(', '(?:'), tie('alt'), quant).map(([o, a, q]) => `${o}${a})${q}`),
      ),
      alt: fc
        .array(
          fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((t) => t.join('')),
          { minLength: 1, maxLength: 3 },
        )
        .map((b) => b.join('|')),
    }));
    const pattern = fc
      .tuple(fc.constantFrom('', '^'), term.alt, fc.constantFrom('', '$'))
      .map(([a, p, z]) => a + p + z)
      .filter((p) => {
        try {
          return new RegExp(p, 'u') instanceof RegExp && provablyLinear(p);
        } catch {
          return false;
        }
      });
    fc.assert(
      fc.property(pattern, (p) => {
        expect(recheck(p, 'u', 5_000).status, p).toBe('safe');
      }),
      { seed: 17, numRuns: 100 },
    );
  });
});

describe('recheck verdicts', () => {
  it('reports a polynomial regex with its degree', () => {
    const v = redosVerdict('\\s+$');
    expect(v.kind).toBe('vulnerable');
    expect(v.kind === 'vulnerable' && v.message).toContain('2nd-degree polynomial');
  });

  it('spells the degree as an ordinal (recheck says "12nd degree")', () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 112].map((degree) =>
        complexityText({ type: 'polynomial', degree, summary: 'x' }),
      ),
    ).toEqual([
      '1st-degree polynomial',
      '2nd-degree polynomial',
      '3rd-degree polynomial',
      '4th-degree polynomial',
      '11th-degree polynomial',
      '12th-degree polynomial',
      '13th-degree polynomial',
      '21st-degree polynomial',
      '22nd-degree polynomial',
      '112th-degree polynomial',
    ]);
    expect(complexityText({ type: 'exponential', summary: 'exponential' })).toBe('exponential');
  });

  it('caches verdicts by pattern', () => {
    expect(redosVerdict('^[a-z]+_[0-9]+$')).toBe(redosVerdict('^[a-z]+_[0-9]+$'));
  });

  it('says it does not know, as a warning, when recheck runs out of time', () => {
    const c = contract('filter', { name: 'f' });
    const findings = checkRedos(c, '^(a|b|ab)*c$', ['pattern_rules', 0, 'pattern'], 0);
    expect(summary(findings)).toEqual([
      { rule: 'regex-redos-unknown', severity: 'warning', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain('could not decide within 0 ms');
  });

  it("uses recheck's in-process engine whatever the environment asks for (no binary, worker or java)", () => {
    const vars = {
      RECHECK_SYNC_BACKEND: 'no-such-backend',
      RECHECK_BACKEND: 'native',
      RECHECK_BIN: '/nonexistent/recheck',
    };
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    try {
      Object.assign(process.env, vars);
      expect(recheck('^(x+x+)+y$', 'u', 10_000).status).toBe('vulnerable');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
