// The text report prints at most MAX_PRINTED_FINDINGS findings, the most important kept (errors
// and breaking changes before warnings, whatever their files), and says how many more the JSON
// report holds; values in printed lines cannot break the line.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { formatText, MAX_PRINTED_FINDINGS } from '../../src/report/text.js';
import { breakingFinding, realisticReport } from './report-fixture.js';

const warning = (i: number): Finding => ({
  rule: 'unknown-attribute',
  severity: 'warning',
  message: `attribute a${i} is not in any schema`,
  file: `cxone/filters/a-${String(i).padStart(6, '0')}.yaml`,
  pointer: '/matchers/0/attribute',
  line: 3,
  column: 5,
  help: 'h',
});

describe('printed findings are bounded', () => {
  it('past the cap: the errors are printed, the rest counted, the closing line counts them all', () => {
    const report = realisticReport();
    const many = Array.from({ length: MAX_PRINTED_FINDINGS + 500 }, (_, i) => warning(i));
    // The one error sorts after every warning by file name: it must still be printed.
    const error = { ...breakingFinding(), file: 'zz/last.yaml' };
    report.findings = [...many, error];
    report.counts = { ...report.counts, errors: 1, warnings: many.length };
    const text = formatText(report);
    const lines = text.split('\n');
    expect(lines.filter((l) => / warning unknown-attribute /.test(l))).toHaveLength(MAX_PRINTED_FINDINGS - 1);
    expect(text).toContain('zz/last.yaml:30:17 error type-changed');
    expect(text).toContain(
      `... 501 more findings not printed (at most ${MAX_PRINTED_FINDINGS} are): every finding is in the JSON report`,
    );
    expect(text).toMatch(/1 error, 1500 warnings/);
  });

  it('under the cap: everything printed, no note', () => {
    const text = formatText(realisticReport());
    expect(text).not.toContain('not printed');
  });

  it('file names, messages and plan names with control characters stay on their line, escaped', () => {
    const report = realisticReport();
    report.findings = [
      { ...breakingFinding(), file: 'cxone/schemas/a\n::error::x.yaml', message: 'title "T\r::add-mask::x\u001b[2J"' },
    ];
    report.plan = [
      {
        action: 'create',
        kind: 'schema',
        name: 'New\n::stop-commands::x',
        file: 'cxone/schemas/n\u2028.yaml',
        version: '1.0.0',
        reasons: [],
      } as never,
    ];
    const text = formatText(report);
    expect(text).toContain(
      'cxone/schemas/a\\n::error::x.yaml:30:17 error type-changed title "T ::add-mask::x\\u001b[2J"',
    );
    expect(text).toContain('New\\n::stop-commands::x 1.0.0  (cxone/schemas/n\\u2028.yaml)');
    expect(['\r', '\u001b', '\u2028'].some((c) => text.includes(c))).toBe(false);
  });
});
