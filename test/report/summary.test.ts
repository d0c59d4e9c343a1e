import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import { writeJobSummary } from '../../src/github/job-summary.js';
import { cell, escapeText, inlineCode } from '../../src/report/markdown.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { realisticReport } from './report-fixture.js';

/** Body rows of the markdown table that follows `heading`. */
function tableRows(md: string, heading: string): string[] {
  const start = md.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (const l of lines.slice(first + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l);
  }
  return rows;
}

/** Splits a table row on unescaped pipes, the way GFM does. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\)\| /)
    .map((c) => c.trim());
}

describe('summaryMarkdown', () => {
  it('has a failing header, the counts, the findings by severity, the witness and the plan', () => {
    const md = summaryMarkdown(realisticReport());
    expect(md.startsWith('## ❌ failed: cxone-contract check\n\n')).toBe(true);
    expect(md).toContain(
      '1 error, 1 warning, 1 notice (1 breaking) in 15 files. Policy `additive`, fails on `error` or worse, baseline `export:examples/registry-export.json`.',
    );
    expect(tableRows(md, '| Errors')).toEqual(['| 1 | 1 | 1 | 1 | 1 | 15 | 8 | 7 |']);

    const rows = tableRows(md, '### Findings');
    expect(rows.map(cells)).toEqual([
      [
        '🔴 error (breaking)',
        '`type-changed`',
        '`cxone/schemas/interaction-ended.yaml:30`<br>`/properties/interaction/properties/duration_seconds/type`',
        'InteractionEnded',
        '`duration_seconds` changed type from integer to string: events with a number no longer validate',
      ],
      [
        '🟡 warning',
        '`regex-unanchored`',
        '`cxone/filters/premium-voice-routing.yaml:18`<br>`/pattern_rules/0/pattern`',
        'premium\\_voice\\_routing',
        'pattern "skill\\_.\\*" is not anchored; add ^ and $',
      ],
      [
        '🔵 notice',
        '`version-not-bumped`',
        '`cxone/schemas/call-connected.yaml:5`<br>`/cxoneVersion`',
        'CallConnected',
        'description changed but cxoneVersion stayed 1.0.0',
      ],
    ]);
    // the suppressed finding is not among the findings, but listed with its reason below them
    expect(tableRows(md, '### Findings').join('\n')).not.toContain('filter-dead');
    expect(tableRows(md, '### Ignored and approved findings').map(cells)).toEqual([
      [
        '🟡 warning',
        '`filter-dead`',
        '`cxone/filters/sms-opt-out.yaml`',
        'sms\\_opt\\_out',
        'config ignore',
        'seasonal campaign',
      ],
    ]);

    expect(md).toContain(
      '<details><summary><code>type-changed</code> in <code>cxone/schemas/interaction-ended.yaml:30</code> at <code>/properties/interaction/properties/duration_seconds/type</code></summary>\n\n' +
        '```json\n{\n  "interaction": {\n    "id": "int-1",\n    "duration_seconds": 0\n  }\n}\n```\n\n</details>',
    );

    expect(md).toContain('### Plan\n\n1 create, 1 update, 2 unchanged, 1 blocked (unchanged items are not listed).');
    expect(tableRows(md, '### Plan').map(cells)).toEqual([
      ['🆕 create', 'schema', 'CallTransferred', '1.0.0', '`cxone/schemas/call-transferred.yaml`', ''],
      ['🔄 update', 'schema', 'OrderPlaced', '1.2.0 → 1.3.0', '`cxone/schemas/order-placed.yaml`', ''],
      [
        '⛔ blocked',
        'schema',
        'InteractionEnded',
        '2.1.0 → 3.0.0',
        '`cxone/schemas/interaction-ended.yaml`',
        'type-changed: `duration_seconds` changed type from integer to string',
      ],
    ]);
  });

  it('says passed when nothing fails the run', () => {
    const report: Report = { ...realisticReport(), failed: false, failOn: 'never' };
    expect(summaryMarkdown(report)).toMatch(/^## ✅ passed: cxone-contract check\n/);
    expect(summaryMarkdown(report)).toContain('never fails');
  });

  it('escapes pipes, newlines, HTML and markdown in user text so a row stays one row', () => {
    const nasty: Finding = {
      rule: 'pattern-invalid',
      severity: 'error',
      message: 'pattern `a|b` in field "x|y" is <b>bad</b>\nsee *docs* & [link](http://x) @octocat',
      file: 'filters/a|b.yaml',
      pointer: '/pattern_rules/0/a~1b',
      line: 2,
      column: 3,
      contract: 'a|b',
    };
    const md = summaryMarkdown({ ...realisticReport(), findings: [nasty], plan: [] });
    const rows = tableRows(md, '### Findings');
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!)).toEqual([
      '🔴 error',
      '`pattern-invalid`',
      '`filters/a\\|b.yaml:2`<br>`/pattern_rules/0/a~1b`',
      'a\\|b',
      'pattern `a\\|b` in field "x\\|y" is &lt;b&gt;bad&lt;/b&gt;<br>see \\*docs\\* &amp; \\[link\\](http://x) &#64;octocat',
    ]);
  });

  it('stays under its byte budget with many findings and says how many it left out', () => {
    const many: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      rule: 'description-missing',
      severity: 'warning',
      message: `property \`p${i}\` has no description; consumers need one to know what it carries`,
      file: `schemas/s${String(i).padStart(5, '0')}.yaml`,
      pointer: `/properties/p${i}`,
      line: 10,
      column: 5,
      contract: `Schema${i}`,
    }));
    const report: Report = {
      ...realisticReport(),
      findings: many,
      counts: {
        errors: 0,
        warnings: 20_000,
        notices: 0,
        breaking: 0,
        files: 20_000,
        schemas: 20_000,
        filters: 0,
        suppressed: 0,
      },
    };
    // GitHub's cap is 1 MiB per step: as many rows as fit under it, and a note naming the report file.
    const md = summaryMarkdown(report, { reportFile: '/tmp/r/cxone-contract-report.json' });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const rows = tableRows(md, '### Findings').length;
    expect(rows).toBeGreaterThan(4000);
    expect(rows).toBeLessThan(20_000);
    expect(md).toContain(
      `> ${rows} of 20000 findings shown (most severe first); ${20_000 - rows} more findings left out to stay within GitHub's 1 MiB summary limit.`,
    );
    expect(md).toContain('The JSON report (`/tmp/r/cxone-contract-report.json`) holds all of them.');
    expect(tableRows(summaryMarkdown(report, { maxFindings: 1000 }), '### Findings')).toHaveLength(1000);

    const small = summaryMarkdown(report, { maxBytes: 20_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(20_000);
    const shown = tableRows(small, '### Findings').length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(1000);
    expect(small).toContain(`> ${shown} of 20000 findings shown`);
    // the plan is kept even when findings fill the budget
    expect(small).toContain('### Plan');
  });

  it('cuts very long messages', () => {
    const long: Finding = {
      rule: 'r',
      severity: 'error',
      message: 'x'.repeat(5000),
      file: 'a.yaml',
      pointer: '',
      line: 1,
      column: 1,
    };
    const row = tableRows(summaryMarkdown({ ...realisticReport(), findings: [long] }), '### Findings')[0]!;
    expect(cells(row)[4]).toBe('x'.repeat(599) + '…');
  });
});

describe('markdown helpers', () => {
  it('code spans survive backticks and pipes', () => {
    expect(inlineCode('/properties/a|b')).toBe('`/properties/a\\|b`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a|b', false)).toBe('`a|b`');
    expect(inlineCode('two\nlines')).toBe('`two lines`');
  });

  it('escapes text and keeps the code spans a message author wrote', () => {
    expect(escapeText('a_b *c* #1 ~d~ \\')).toBe('a\\_b \\*c\\* \\#1 \\~d\\~ \\\\');
    expect(cell('field `customer.tier` and `a|b` with_x')).toBe('field `customer.tier` and `a\\|b` with\\_x');
    expect(cell('stray ` tick')).toBe('stray \\` tick');
    expect(cell('line one\r\nline two')).toBe('line one<br>line two');
  });
});

describe('writeJobSummary', () => {
  const saved = process.env['GITHUB_STEP_SUMMARY'];
  let dir: string | undefined;

  afterEach(() => {
    if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
    else process.env['GITHUB_STEP_SUMMARY'] = saved;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('does nothing outside GitHub Actions', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(await writeJobSummary(realisticReport())).toBe(false);
  });

  it('appends the summary to the GITHUB_STEP_SUMMARY file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cxone-summary-'));
    const file = join(dir, 'step_summary.md');
    writeFileSync(file, 'before\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    expect(await writeJobSummary(realisticReport())).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('before\n' + summaryMarkdown(realisticReport()));
  });
});
