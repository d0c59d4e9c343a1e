// The stage's rules: complete, documented, and each naming the function whose code raises it.
import { describe, expect, it } from 'vitest';
import { contractRules, rules } from '../../src/contracts/index.js';

const EXPECTED: Record<string, string> = {
  'file-too-large': 'error',
  'file-unreadable': 'error',
  'run-budget-exceeded': 'error',
  'file-encoding': 'error',
  'file-bom': 'warning',
  'file-empty': 'error',
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'yaml-alias-bomb': 'error',
  'yaml-too-deep': 'error',
  'yaml-multiple-documents': 'error',
  'yaml-too-many-nodes': 'error',
  'not-a-mapping': 'error',
};

describe('contracts rules', () => {
  it('has exactly the expected ids and severities', () => {
    const all = Object.values(rules);
    expect(Object.fromEntries(all.map((r) => [r.id, r.severity]))).toEqual(EXPECTED);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('documents every rule', () => {
    for (const r of Object.values(rules)) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.summary).not.toMatch(/\n/);
      expect(r.doc.length).toBeGreaterThan(80);
      expect(r.fix.length).toBeGreaterThan(10);
    }
  });

  it('lists each rule once (where each is raised: test/rule-registry.test.ts)', () => {
    const listed = contractRules.map((r) => r.id);
    expect(listed.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
