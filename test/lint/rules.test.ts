import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/lint/index.js';

// Where each rule is raised (its `raisedBy`, resolved by the compiler) is checked in
// test/rule-registry.test.ts, which builds the program once for every stage.
const all = lintRules.map((rule) => ({ rule }));

describe('the lint rule registry', () => {
  it('has every rule of the lint stage, once', () => {
    const ids = all.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([
      'additional-properties-not-false',
      'cidr-host-bits',
      'cidr-invalid',
      'control-character',
      'deprecated-not-in-properties',
      'duplicate-filter-name',
      'duplicate-schema-title',
      'example-invalid',
      'example-unchecked',
      'filter-invalid',
      'impossible-filter-value',
      'invalid-version',
      'operator-type-mismatch',
      'operator-value-type',
      'payload-too-large',
      'prefix-empty',
      'ref-chain-too-long',
      'ref-cycle',
      'ref-sibling-keywords',
      'regex-invalid',
      'regex-redos',
      'regex-redos-unknown',
      'required-not-in-properties',
      'schema-compile',
      'schema-dialect',
      'schema-invalid',
      'schema-pattern-redos',
      'schema-pattern-redos-unknown',
      'too-many-properties',
      'unknown-attribute',
      'unknown-channel',
      'unknown-keyword',
      'unknown-operator',
      'unknown-pattern-type',
      'unsupported-type',
    ]);
  });

  it.each(all.map(({ rule }) => [rule.id, rule] as const))('%s is documented', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning', 'notice']).toContain(rule.severity);
    for (const text of [rule.summary, rule.doc, rule.fix]) expect(text.length).toBeGreaterThan(20);
  });

  it('warns only where the lint cannot be sure', () => {
    const warnings = all.filter((r) => r.rule.severity !== 'error').map((r) => r.rule.id);
    // unknown-keyword: a validator ignores the keyword, so it may be deliberate (an annotation of another tool).
    // ref-sibling-keywords: whether the keywords apply depends on the validator, so either reading may be meant.
    // example-unchecked: the examples may be right; they were not judged.
    // cidr-host-bits: the range is valid and means something; the text may still say what was meant.
    expect(warnings.sort()).toEqual([
      'cidr-host-bits',
      'example-unchecked',
      'ref-sibling-keywords',
      'regex-redos-unknown',
      'schema-pattern-redos-unknown',
      'unknown-attribute',
      'unknown-keyword',
    ]);
  });
});
