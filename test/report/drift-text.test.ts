// The drift renderer lives in the report stage, which may not import the drift rules: the
// compiler no longer sees that every drift rule has a word in the table, so this test does.
import { describe, expect, it } from 'vitest';
import { driftRules } from '../../src/modes/drift/rules.js';
import { KIND_LABEL } from '../../src/report/drift-text.js';

describe('drift table labels', () => {
  it('name every drift rule, and nothing else', () => {
    expect(Object.keys(KIND_LABEL).sort()).toEqual(
      Object.values(driftRules)
        .map((rule) => rule.id)
        .sort(),
    );
  });
});
