// Counted repetition of an ambiguous group: recheck's automaton reads `(a|a?){18}` as finite and
// safe, yet it backtracks about 2^18 ways (20 s on 17 `a`s and a `!`). Such patterns are refused as
// exponential; the counted patterns real schemas and filters use stay cleared.

import { afterEach, describe, expect, it } from 'vitest';
import { relaxCounts } from '../../src/lint/filter/redos-counts.js';
import { redosVerdict, startRedosRun } from '../../src/lint/filter/redos-verdict.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, summary, validFilter } from './helpers.js';

afterEach(() => startRedosRun());

describe('relaxCounts', () => {
  it.each([
    ['^(?:a|a?){18}$', '^(?:a|a?)+$'],
    ['^(?:\\d|\\d?){28}$', '^(?:\\d|\\d?)+$'],
    ['^(ab){2,}$', '^(ab)+$'],
    ['^(?:x){0,3}?$', '^(?:x)*?$'],
    // only the group's count: the atoms inside keep theirs
    ['^(?:\\d{4}[ -]?){3}\\d{4}$', '^(?:\\d{4}[ -]?)+\\d{4}$'],
  ])('%s -> %s', (pattern, relaxed) => {
    expect(relaxCounts(pattern)).toBe(relaxed);
  });

  it.each([
    '^a{18}$',
    '^\\d{4,6}-x{0,3}$',
    '^(ab){1}$',
    '^(ab){0,1}$',
    '^[a{2,9}]$',
    '^\\(a\\){2,9}$',
    '^\\u{1F600}$',
    '^\\p{L}+$',
    '^abc$',
  ])('%s has no group count to relax', (pattern) => {
    expect(relaxCounts(pattern)).toBeUndefined();
  });
});

describe('the ReDoS verdict on counted repetition', () => {
  it.each(['^(?:a|a?){18}$', '^(?:a|a?){22}$', '^(?:\\d|\\d?){28}$', '^(a|ab|b){12}$'])(
    '%s is vulnerable (exponential in its count)',
    (pattern) => {
      const v = redosVerdict(pattern);
      expect(v.kind).toBe('vulnerable');
      expect(v.kind === 'vulnerable' && v.message).toMatch(/exponential in a repetition count/);
    },
  );

  it.each([
    // counted patterns real schemas use (the red team's list among them)
    '^(?:\\d{3}-?){2}\\d{4}$',
    '^(?:\\d{4}[ -]?){3}\\d{4}$',
    '^(?:[0-9a-fA-F]{2}[:-]?){5}[0-9a-fA-F]{2}$',
    '^[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?$',
    '^(?:[A-Z0-9]{4}-?){4}$',
    '^\\d{10}$',
    '^[A-Z]{3}-\\d{4,6}$',
    '^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$',
    '^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$',
    '^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$',
    '^\\+?[0-9]{7,15}$',
  ])('%s stays cleared', (pattern) => {
    expect(redosVerdict(pattern)).toEqual({ kind: 'safe' });
  });

  it('a schema pattern and a filter regex of that shape are located errors', () => {
    const schema = contract('schema', {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Counted',
      description: 'd',
      cxoneVersion: '1.0.0',
      type: 'object',
      additionalProperties: false,
      properties: { s: { type: 'string', pattern: '^(?:a|a?){18}$' } },
      examples: [{ s: 'a'.repeat(17) + '!' }],
    });
    const doc = validFilter();
    doc.pattern_rules = [{ type: 'regex', field: 'interaction.id', pattern: '^(?:\\d|\\d?){28}$' }];
    const found = summary(lintContracts([schema, contract('filter', doc)])).filter((f) => f.rule.includes('redos'));
    expect(found).toEqual([
      { rule: 'schema-pattern-redos', severity: 'error', pointer: '/properties/s/pattern' },
      { rule: 'regex-redos', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
  });
});
