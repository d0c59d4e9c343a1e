import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/core/report.js';
import { realisticReport } from './report-fixture.js';

describe('formatText', () => {
  it('prints one line per unsuppressed finding, the plan and the closing counts', () => {
    expect(formatText(realisticReport()).split('\n')).toEqual([
      'cxone/filters/premium-voice-routing.yaml:18:14 warning regex-unanchored pattern "skill_.*" is not anchored; add ^ and $',
      'cxone/schemas/call-connected.yaml:5:15 notice version-not-bumped description changed but cxoneVersion stayed 1.0.0',
      'cxone/schemas/interaction-ended.yaml:30:17 error type-changed `duration_seconds` changed type from integer to string: events with a number no longer validate',
      '    e.g. this live-valid event is now rejected: {"interaction":{"id":"int-1","duration_seconds":0}}',
      '',
      'plan: 1 create, 1 update, 2 unchanged, 1 blocked',
      '  create   schema  CallTransferred 1.0.0  (cxone/schemas/call-transferred.yaml)',
      '  update   schema  OrderPlaced 1.2.0 -> 1.3.0  (cxone/schemas/order-placed.yaml)',
      '  blocked  schema  InteractionEnded 2.1.0 -> 3.0.0  (cxone/schemas/interaction-ended.yaml): type-changed: `duration_seconds` changed type from integer to string',
      '',
      '1 error, 1 warning, 1 notice (1 breaking, 1 ignored) in 15 files',
      '',
    ]);
  });

  it('cuts a long example event to one readable line', () => {
    const report = realisticReport();
    const f = report.findings.find((x) => x.witness !== undefined)!;
    f.witness = { note: 'x'.repeat(1000) };
    const line = formatText(report)
      .split('\n')
      .find((l) => l.includes('e.g. this live-valid event'))!;
    expect(line.length).toBeLessThan(400);
    expect(line.endsWith('…')).toBe(true);
  });

  it('has no ANSI escapes unless asked, and colors severities when asked', () => {
    const plain = formatText(realisticReport());
    expect(plain.includes('\u001b')).toBe(false);
    const colored = formatText(realisticReport(), { color: true });
    expect(colored).toContain('\u001b[1;31merror\u001b[0m');
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
    // stripping the escapes gives back the plain text
    // eslint-disable-next-line no-control-regex -- ANSI escapes are what this test is about
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('leaves out unknown positions and keeps a multi-line message on one line', () => {
    const report: Report = {
      ...realisticReport(),
      plan: [],
      counts: { errors: 1, warnings: 0, notices: 0, breaking: 0, files: 1, schemas: 1, filters: 0, suppressed: 0 },
      findings: [
        {
          rule: 'yaml-syntax',
          severity: 'error',
          message: 'bad indentation\n  at line 3',
          file: 'a.yaml',
          pointer: '',
          line: 0,
          column: 0,
        },
        {
          rule: 'required-missing',
          severity: 'error',
          message: 'x',
          file: 'b.yaml',
          pointer: '/required/0',
          line: 4,
          column: 0,
        },
      ],
    };
    expect(formatText(report)).toBe(
      'a.yaml error yaml-syntax bad indentation at line 3\n' +
        'b.yaml:4 error required-missing x\n' +
        '\n' +
        '1 error, 0 warnings, 0 notices in 1 file\n',
    );
  });

  it('prints only the closing line for a clean run without a plan', () => {
    const report: Report = {
      ...realisticReport(),
      plan: [],
      findings: [],
      failed: false,
      counts: { errors: 0, warnings: 0, notices: 0, breaking: 0, files: 18, schemas: 10, filters: 8, suppressed: 0 },
    };
    expect(formatText(report)).toBe('0 errors, 0 warnings, 0 notices in 18 files\n');
  });
});
