// The drift renderer lives in the report stage, which may not import the drift rules: the
// compiler no longer sees that every drift rule has a word in the table, so this test does.
import { describe, expect, it } from 'vitest';
import { driftRules } from '../../src/modes/drift/rules.js';
import type { DriftReport } from '../../src/core/drift-report.js';
import { formatDrift, KIND_LABEL } from '../../src/report/drift-text.js';

describe('drift table labels', () => {
  it('name every drift rule, and nothing else', () => {
    expect(Object.keys(KIND_LABEL).sort()).toEqual(
      Object.values(driftRules)
        .map((rule) => rule.id)
        .sort(),
    );
  });
});

describe('drift closing line', () => {
  it('keeps the baseline on its line (the api base URL is given raw, a newline included)', () => {
    const counts = Object.fromEntries(
      [
        'drifted',
        'modified',
        'versionMismatch',
        'liveOnly',
        'repoOnly',
        'groupMembership',
        'undeployed',
        'deadFilters',
        'notActive',
        'errors',
        'warnings',
        'notices',
        'suppressed',
        'liveSchemas',
        'liveFilters',
        'repoSchemas',
        'repoFilters',
      ].map((k) => [k, 0]),
    ) as unknown as DriftReport['counts'];
    const report: DriftReport = {
      tool: { name: 'cxone-contract', version: '0.0.0' },
      mode: 'drift',
      baseline: 'api:https://tenant.example/x\n::error::forged',
      failOn: 'error',
      deadFilterWindowDays: 30,
      counts,
      items: [],
      findings: [],
      notes: [],
      failed: false,
    };
    const text = formatDrift(report);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text).toContain('(api:https://tenant.example/x\\n::error::forged)');
  });
});
