// Schema patterns go through the ReDoS authority, and nothing runs a regex it did not clear:
// each case here hung (or ran for minutes) before, so a regression shows as a test timeout.

import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeToken } from '../../src/core/pointer.js';
import { redosBudgetLeft, redosVerdict, startRedosRun } from '../../src/lint/filter/redos-verdict.js';
import { lintContracts } from '../../src/lint/index.js';
import { guardedRegExp, regexCleared, UnclearedRegexError } from '../../src/lint/regex.js';
import { contract, ofRule, summary, validFilter } from './helpers.js';

const EVIL = '^(a|a)*b$';
const A40 = 'a'.repeat(40);

const schema = (extra: Record<string, unknown>) =>
  contract('schema', {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Hostile',
    description: 'A schema with hostile patterns.',
    cxoneVersion: '1.0.0',
    type: 'object',
    additionalProperties: false,
    ...extra,
  });

const filterWith = (patterns: string[]) => {
  const doc = validFilter();
  doc.pattern_rules = patterns.map((pattern) => ({ type: 'regex', field: 'interaction.id', pattern }));
  return contract('filter', doc);
};

afterEach(() => startRedosRun());

describe('schema patterns and the ReDoS authority', () => {
  it('reports a catastrophic `pattern` on its node and does not run it on the example that reaches it', () => {
    const c = schema({ properties: { s: { type: 'string', pattern: EVIL } }, examples: [{ s: A40 }] });
    const findings = lintContracts([c]);
    expect(summary(findings)).toEqual([
      { rule: 'schema-pattern-redos', severity: 'error', pointer: '/properties/s/pattern' },
    ]);
    expect(findings[0]!.message).toContain('exponential');
    expect(findings[0]!.message).toContain('examples that reach it are not validated');
  });

  it('reports a catastrophic patternProperties key, located on the key', () => {
    const key = '^(x+x+)+y$';
    const c = schema({ properties: { id: { type: 'string' } }, patternProperties: { [key]: { type: 'string' } } });
    const findings = lintContracts([c]);
    expect(summary(findings)).toEqual([
      { rule: 'schema-pattern-redos', severity: 'error', pointer: `/patternProperties/${escapeToken(key)}` },
    ]);
    expect(findings[0]!.message).toContain('not run on example events');
  });

  it('still validates examples that do not reach the uncleared pattern, and patterns that are cleared', () => {
    const c = schema({
      properties: { s: { type: 'string', pattern: EVIL }, code: { type: 'string', pattern: '^[A-Z]{3}$' } },
      examples: [{ code: 'abc' }, { code: 'ABC', s: A40 }],
    });
    const findings = lintContracts([c]);
    expect(summary(ofRule(findings, 'example-invalid'))).toEqual([
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/0/code' },
    ]);
    expect(ofRule(findings, 'schema-pattern-redos')).toHaveLength(1);
  });

  it('never runs an uncleared pattern that only a $ref reaches, outside the keywords the checks walk', () => {
    const c = schema({
      properties: { s: { $ref: '#/x-hidden' } },
      'x-hidden': { type: 'string', pattern: EVIL },
      examples: [{ s: 5 }, { s: A40 }],
    });
    // Returns (the second example is not run through the pattern); the first shows ajv did validate.
    expect(summary(ofRule(lintContracts([c]), 'example-invalid'))).toEqual([
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/0/s' },
    ]);
  });

  it('past the run budget a schema pattern is unknown (a warning, located) and is not run', () => {
    startRedosRun(0);
    const needsRecheck = '^(ab|cd)+$'; // safe, but only recheck can tell (not the fast path)
    const doc = () =>
      schema({ properties: { host: { type: 'string', pattern: needsRecheck } }, examples: [{ host: 'x' }] });
    const findings = lintContracts([doc()]);
    expect(summary(findings)).toEqual([
      { rule: 'schema-pattern-redos-unknown', severity: 'warning', pointer: '/properties/host/pattern' },
    ]);
    expect(findings[0]!.message).toContain("this run's ReDoS budget (0 s for all regexes) was spent");
    expect(regexCleared(needsRecheck)).toBe(false);
    // A new run has a new budget: the same pattern is decided, cleared, and its example validated.
    startRedosRun();
    expect(regexCleared(needsRecheck)).toBe(true);
    expect(summary(lintContracts([doc()]))).toEqual([
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/0/host' },
    ]);
  });
});

describe('one ReDoS budget per run', () => {
  it('cuts the pattern that meets the end of the budget short, and checks none after it', () => {
    startRedosRun(1);
    const first = lintContracts([
      filterWith(['^([a-z0-9]{1,30}\\.){1,10}[a-z]{2,11}$', '^([a-z0-9]{1,31}\\.){1,10}[a-z]{2,10}$']),
    ]);
    expect(summary(first)).toEqual(
      [0, 1].map((i) => ({ rule: 'regex-redos-unknown', severity: 'warning', pointer: `/pattern_rules/${i}/pattern` })),
    );
    expect(first[0]!.message).toMatch(
      /could not decide within the 1 ms left of this run's ReDoS budget|budget .* was spent/,
    );
    expect(first[1]!.message).toContain('was spent on 1 earlier ones');
    expect(redosBudgetLeft()).toMatchObject({ leftMs: 0, checked: 1 });
  });

  it('a filter with 100 distinct non-trivial regexes: recheck is asked about only what the budget allows, the rest are unknown', () => {
    startRedosRun(0);
    const patterns = Array.from({ length: 100 }, (_, i) => `^([a-z0-9]{1,${100 + i}}\\.){1,10}[a-z]{2,10}$`);
    const findings = ofRule(lintContracts([filterWith(patterns)]), 'regex-redos-unknown');
    expect(findings).toHaveLength(100);
    expect(findings.map((f) => f.pointer)).toEqual(
      Array.from({ length: 100 }, (_, i) => `/pattern_rules/${i}/pattern`),
    );
    expect(findings[99]!.message).toContain("this run's ReDoS budget");
    expect(redosBudgetLeft().checked).toBe(0);
  });
});

describe('the guarded regex engine', () => {
  it('lets ajv compile an uncleared pattern but refuses to run it', () => {
    const ajv = new Ajv({ code: { regExp: guardedRegExp } });
    const validate = ajv.compile({
      type: 'object',
      properties: { s: { type: 'string', pattern: EVIL }, t: { type: 'string', pattern: '^t+$' } },
    });
    expect(validate({ t: 'tt' })).toBe(true);
    expect(validate({ t: 'x' })).toBe(false);
    expect(() => validate({ s: A40 })).toThrow(UnclearedRegexError);
  });

  it('finds every pattern of our own published schemas safe (ajv runs them on user files; the semver one needs more than 2 s)', () => {
    const dir = new URL('../../schemas/', import.meta.url);
    const patterns = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) =>
        [...readFileSync(new URL(f, dir), 'utf8').matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g)].map(
          (m) => JSON.parse(m[1]!) as string,
        ),
      );
    expect(patterns.length).toBeGreaterThan(3);
    for (const p of patterns) expect(redosVerdict(p, 10_000).kind, p).toBe('safe');
  });
});
