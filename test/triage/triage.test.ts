import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { UsageError } from '../../src/core/errors.js';
import { triage } from '../../src/triage/triage.js';
import type { Ignore } from '../../src/settings/types.js';

const f = (rule: string, pointer: string, contract = 'OrderPlaced'): Finding => ({
  rule,
  severity: 'error',
  message: 'm',
  file: 'cxone/schemas/order.yaml',
  pointer,
  line: 0,
  column: 0,
  contract,
});
const known = new Set(['type-changed', 'unknown-attribute', 'property-removed']);
const ignore = (over: Partial<Ignore>): Ignore => ({
  rule: 'type-changed',
  contract: 'OrderPlaced',
  reason: 'approved',
  file: '.cxone-contract.yml',
  line: 3,
  ...over,
});

describe('triage', () => {
  it('overrides severities and drops rules that are off', () => {
    const out = triage({
      findings: [f('type-changed', '/properties/a/type'), f('unknown-attribute', '/matchers/0')],
      ruleLevels: { 'type-changed': 'warning', 'unknown-attribute': 'off' },
      ignores: [],
      knownRules: known,
      today: '2026-11-22',
    });
    expect(out).toEqual([expect.objectContaining({ rule: 'type-changed', severity: 'warning' })]);
  });

  it('suppresses findings at the ignored pointer and below, keeping them marked', () => {
    const out = triage({
      findings: [
        f('type-changed', '/properties/a/type'),
        f('type-changed', '/properties/ab/type'),
        f('type-changed', '/properties/a/type', 'Other'),
      ],
      ruleLevels: {},
      ignores: [ignore({ pointer: '/properties/a' })],
      knownRules: known,
      today: '2026-11-22',
    });
    expect(out.map((x) => [x.pointer, x.contract, x.suppressed?.reason])).toEqual([
      ['/properties/a/type', 'OrderPlaced', 'approved'],
      ['/properties/ab/type', 'OrderPlaced', undefined],
      ['/properties/a/type', 'Other', undefined],
    ]);
  });

  it('an expired ignore suppresses nothing and is itself an error at its config line', () => {
    const out = triage({
      findings: [f('type-changed', '/properties/a/type')],
      ruleLevels: {},
      ignores: [ignore({ expires: '2026-11-21' })],
      knownRules: known,
      today: '2026-11-22',
    });
    expect(out[0]!.suppressed).toBeUndefined();
    expect(out[1]).toMatchObject({ rule: 'ignore-expired', severity: 'error', file: '.cxone-contract.yml', line: 3 });
    expect(out[1]!.message).toContain('expired on 2026-11-21');
  });

  it('an ignore still applies on its expiry day, and one that matches nothing is a notice', () => {
    const out = triage({
      findings: [f('type-changed', '/properties/a/type')],
      ruleLevels: {},
      ignores: [ignore({ expires: '2026-11-22' }), ignore({ rule: 'property-removed' })],
      knownRules: known,
      today: '2026-11-22',
    });
    expect(out[0]!.suppressed).toEqual({ reason: 'approved', by: 'config' });
    expect(out[1]).toMatchObject({ rule: 'ignore-unused', severity: 'notice' });
  });

  it('an unknown rule id in the config is a usage error', () => {
    expect(() =>
      triage({
        findings: [],
        ruleLevels: { 'no-such-rule': 'off' },
        ignores: [],
        knownRules: known,
        today: '2026-11-22',
      }),
    ).toThrow(UsageError);
  });

  it('a near miss of a rule id says which one was meant', () => {
    const run = (id: string) => () =>
      triage({ findings: [], ruleLevels: { [id]: 'off' }, ignores: [], knownRules: known, today: '2026-11-22' });
    expect(run('type_changed')).toThrow(
      'config: unknown rule id "type_changed" (did you mean "type-changed"?) (the rule list is in docs/rules.md)',
    );
    expect(run('Property-Removd')).toThrow('(did you mean "property-removed"?)');
    expect(run('zzzz')).toThrow(/^config: unknown rule id "zzzz" \(the rule list/);
  });

  it('the approval label on the PR approves breaking changes only; other labels approve nothing', () => {
    const findings = [
      { ...f('type-changed', '/properties/a/type'), breaking: true },
      f('property-removed', '/properties/b'),
      f('unknown-attribute', '/matchers/0'),
    ];
    const base = { findings, ruleLevels: {}, ignores: [], knownRules: known, today: '2026-11-22' };
    const approved = triage({ ...base, approval: { label: 'ok-to-break', labels: ['docs', 'ok-to-break'] } });
    expect(approved.map((x) => x.suppressed)).toEqual([
      { reason: 'approved by the pull request label "ok-to-break"', by: 'label' },
      undefined,
      undefined,
    ]);
    const other = triage({ ...base, approval: { label: 'ok-to-break', labels: ['OK-to-break', 'docs'] } });
    expect(other.every((x) => x.suppressed === undefined)).toBe(true);
    // A config ignore wins over the label (its reason is the one recorded).
    const both = triage({
      ...base,
      ignores: [ignore({})],
      approval: { label: 'ok-to-break', labels: ['ok-to-break'] },
    });
    expect(both[0]!.suppressed).toEqual({ reason: 'approved', by: 'config' });
  });
});
