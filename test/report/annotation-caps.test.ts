// GitHub keeps 10 errors, 10 warnings and 10 notices per step (50 per job) and drops the rest
// silently: the annotations must be chosen, not truncated by GitHub.

import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import { annotate } from '../../src/github/annotate.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { rankFindings } from '../../src/report/rank.js';
import { captureStdout } from './capture-stdout.js';

const out = captureStdout();

function f(i: number, over: Partial<Finding> = {}): Finding {
  return {
    rule: 'some-rule',
    severity: 'error',
    message: `finding ${i}`,
    file: `f${String(i).padStart(3, '0')}.yaml`,
    pointer: '',
    line: 1,
    column: 1,
    ...over,
  };
}

/** 150 findings: 50 of each severity; 5 breaking errors at the end of the file order. */
function many(): Finding[] {
  const sev: Severity[] = ['error', 'warning', 'notice'];
  return Array.from({ length: 150 }, (_, i) =>
    f(i, { severity: sev[i % 3]!, ...(i >= 135 && i % 3 === 0 ? { breaking: true, rule: 'type-changed' } : {}) }),
  );
}

const kind = (l: string) => l.slice(2, l.indexOf(' '));

describe('annotations within the caps', () => {
  it('150 findings: exactly 10 errors, 10 warnings, 9 notices and one overflow notice', () => {
    const plan = annotate(many(), { fullListAt: 'the job summary and the JSON report (/tmp/report.json)' });
    expect(out.lines.filter((l) => kind(l) === 'error')).toHaveLength(10);
    expect(out.lines.filter((l) => kind(l) === 'warning')).toHaveLength(10);
    expect(out.lines.filter((l) => kind(l) === 'notice')).toHaveLength(10);
    expect(out.lines).toHaveLength(30);
    expect(plan.shown).toHaveLength(29);
    expect(plan.hidden).toBe(121);
    expect(out.lines.at(-1)).toBe(
      '::notice title=cxone-contract%3A more findings::121 more findings not shown as annotations (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): every finding is in the job summary and the JSON report (/tmp/report.json).\n',
    );
  });

  it('spends the error cap on breaking changes first, then on errors in the files the PR changed', () => {
    const changed = new Set(['f042.yaml', 'f099.yaml']);
    const plan = planAnnotations(many(), { changedFiles: changed });
    const errors = plan.shown.filter((x) => x.severity === 'error');
    expect(errors.slice(0, 5).every((x) => x.breaking)).toBe(true);
    expect(errors.slice(5, 7).map((x) => x.file)).toEqual(['f042.yaml', 'f099.yaml']);
    // warnings in changed files come before other warnings too
    const warned = planAnnotations(
      [
        f(1, { severity: 'warning', file: 'z.yaml' }),
        ...Array.from({ length: 12 }, (_, i) => f(i, { severity: 'warning' })),
      ],
      { changedFiles: new Set(['z.yaml']) },
    );
    expect(warned.shown[0]!.file).toBe('z.yaml');
  });

  it('counts annotations others write in the same step (the failure message, reporting warnings)', () => {
    const plan = planAnnotations(many(), { reserved: { error: 1, warning: 2 } });
    const count = (s: Severity) => plan.shown.filter((x) => x.severity === s).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 8, 9]);
  });

  it('writes no overflow notice when everything fits, and never more than the caps', () => {
    const few = Array.from({ length: 10 }, (_, i) => f(i));
    expect(planAnnotations(few)).toEqual({ shown: rankFindings(few), hidden: 0 });
    const plan = annotate(Array.from({ length: 11 }, (_, i) => f(i)));
    expect(plan.shown).toHaveLength(10);
    expect(plan.hidden).toBe(1);
    expect(out.lines.filter((l) => kind(l) === 'error')).toHaveLength(10);
    expect(out.lines.at(-1)).toContain('1 more finding not shown as annotations');
  });

  it('a breaking change annotation names the approval label and the config snippet', () => {
    annotate(
      [f(1, { breaking: true, rule: 'type-changed', contract: 'CallConnected', pointer: '/properties/a/type' })],
      {
        approval: { label: 'cxone-breaking-change-approved', configFile: '.cxone-contract.yml' },
      },
    );
    expect(out.lines[0]).toContain('add the label "cxone-breaking-change-approved" to the pull request');
    // @actions/core escapes newlines in messages as %0A
    expect(out.lines[0]).toContain(
      'ignores:%0A  - rule: type-changed%0A    contract: "CallConnected"%0A    pointer: "/properties/a/type"%0A',
    );
  });
});
