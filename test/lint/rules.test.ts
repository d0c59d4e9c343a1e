import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/lint/index.js';
import { raiserLocations } from '../../scripts/rule-locations.mjs';

const ROOT = new URL('../../', import.meta.url);
// Each rule with the file of the function that raises it (its `raisedBy`, resolved by the compiler).
const where = raiserLocations();
const all = lintRules.map((rule) => ({ source: where.get(rule.id)!.file, rule }));

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

  it.each(all.map(({ source, rule }) => [rule.id, source, rule] as const))(
    '%s is documented, defined and raised in %s',
    (id, source, rule) => {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'notice']).toContain(rule.severity);
      for (const text of [rule.summary, rule.doc, rule.fix]) expect(text.length).toBeGreaterThan(20);
      const path = new URL(source, ROOT);
      expect(existsSync(path)).toBe(true);
      // One step from the id to the code: the file that defines the rule also raises it.
      const code = readFileSync(path, 'utf8');
      expect(code).toContain(`id: '${id}'`);
      const key = /(\w+): \{\s*id: '([^']+)'/g;
      const keys = [...code.matchAll(key)].filter((x) => x[2] === id).map((x) => x[1]!);
      expect(keys).toHaveLength(1);
      expect(code).toMatch(new RegExp(`rules\\.${keys[0]}\\b`));
      // The function the rule names is the one that raises it.
      expect(String(rule.raisedBy())).toMatch(new RegExp(`[rR]ules\\.${keys[0]}\\b`));
    },
  );

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
