// Every Markdown surface (PR comment, job summary, deploy and drift summaries, tracking issue)
// escapes what a PR author or the tenant wrote: no HTML comment that could forge a hidden marker,
// no HTML that swallows the rest (an unclosed `<details>`), no row broken by a pipe or a newline.
// And cut-to-fit closes what it opened: a body big enough to be cut still parses whole.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import { deployMarkdown } from '../../src/report/deploy-text.js';
import type { DeployOperation, DeployResult } from '../../src/core/deploy-result.js';
import { driftIssueBody, driftMarkdown } from '../../src/report/drift-text.js';
import type { DriftItem, DriftReport } from '../../src/core/drift-report.js';
import { codeBlock, fitMarkdown, inlineCode } from '../../src/report/markdown.js';
import { DEFAULT_APPROVAL, prCommentBody, summaryMarkdown } from '../../src/report/index.js';
import { markdownShape, WELL_FORMED } from './markdown-check.js';
import { breakingFinding, realisticReport } from './report-fixture.js';

const OTHER_MARKER = '<!-- cxone-contract:contracts:other-job -->';
/** Everything at once: a marker, HTML that would swallow the page, pipes, newlines, backticks, a fence, a mention. */
const HOSTILE = [
  OTHER_MARKER,
  '</details><details><summary>swallow',
  '<img src=x onerror=alert(1)>',
  'a|b\nc\r\nd',
  'tick`s``here',
  'close --> here',
  '```\nfence',
  '@someone',
].join(' ');
const MARKER = '<!-- cxone-contract:contracts:check -->';

function hostileReport(): Report {
  const base = realisticReport();
  const breaking: Finding = {
    ...breakingFinding(),
    contract: HOSTILE,
    file: HOSTILE,
    pointer: `/properties/${HOSTILE}/type`,
    message: `\`${HOSTILE}\` ${HOSTILE}`,
    help: HOSTILE,
    witness: { [HOSTILE]: HOSTILE },
  };
  const error: Finding = {
    ...breakingFinding(),
    breaking: false,
    rule: 'schema-invalid',
    contract: HOSTILE,
    file: HOSTILE,
    message: HOSTILE,
    witness: { [HOSTILE]: 1 },
  };
  const approved: Finding = { ...breaking, suppressed: { reason: HOSTILE, by: 'label' } };
  const ignored: Finding = { ...error, severity: 'warning', suppressed: { reason: HOSTILE } };
  return {
    ...base,
    baseline: HOSTILE,
    policy: 'additive',
    findings: [breaking, error, approved, ignored],
    plan: [
      {
        kind: 'schema',
        name: HOSTILE,
        file: HOSTILE,
        action: 'blocked',
        version: HOSTILE,
        liveVersion: HOSTILE,
        reasons: [HOSTILE, `\`${HOSTILE}\``],
      },
    ],
    failed: true,
  };
}

/** HTML comment delimiters in `md`, and whether user text got through unescaped. */
function htmlComments(md: string): { opens: number; closes: number } {
  return { opens: md.split('<!--').length - 1, closes: md.split('-->').length - 1 };
}

describe('no Markdown surface lets user text carry a marker or raw HTML', () => {
  it('PR comment: the only HTML comment is its own marker, first; tables, details and fences stay whole', () => {
    const body = prCommentBody(hostileReport(), {
      ...DEFAULT_APPROVAL,
      label: HOSTILE,
      configFile: HOSTILE,
      marker: MARKER,
    });
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(htmlComments(body)).toEqual({ opens: 1, closes: 1 });
    expect(markdownShape(body)).toEqual(WELL_FORMED);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Mentions outside code are escaped (no notification for whoever the PR author names).
    expect(body.replace(/<pre[\s\S]*?<\/pre>/g, '')).not.toMatch(/@someone/);
  });

  it('PR comment once resolved: the same', () => {
    const report = { ...hostileReport(), findings: [], failed: false };
    const body = prCommentBody(report, { ...DEFAULT_APPROVAL, marker: MARKER, sha: HOSTILE });
    expect(htmlComments(body)).toEqual({ opens: 1, closes: 1 });
    expect(markdownShape(body)).toEqual(WELL_FORMED);
  });

  it('job summary: no HTML comment at all, every table row whole, witnesses in closed blocks', () => {
    const md = summaryMarkdown(hostileReport(), {
      approval: { label: HOSTILE, configFile: HOSTILE },
      notes: [HOSTILE],
      reportFile: HOSTILE,
      commentUrl: `https://x/${OTHER_MARKER}`,
    });
    expect(htmlComments(md)).toEqual({ opens: 0, closes: 0 });
    expect(markdownShape(md)).toEqual(WELL_FORMED);
    // The witness summary line stays one line of HTML with the values escaped.
    expect(md).toMatch(
      /^<details><summary><code>type-changed<\/code> in <code>&lt;!-- cxone-contract:contracts:other-job --&gt; .*<\/summary>$/m,
    );
  });

  it('deploy summary: names, versions and API messages are escaped like the check tables', () => {
    const op = (over: Partial<DeployOperation>): DeployOperation => ({
      timestamp: '2026-12-04T00:00:00Z',
      operation: 'update',
      kind: 'schema',
      name: HOSTILE,
      latencyMs: 1,
      attempts: 1,
      outcome: 'failed',
      ...over,
    });
    const result: DeployResult = {
      operations: [
        op({ versionBefore: HOSTILE, versionAfter: '2.0.0', error: HOSTILE }),
        op({ outcome: 'applied', keptLive: [HOSTILE, '/x'] }),
        op({ outcome: 'unchanged' }),
      ],
      created: 0,
      updated: 1,
      conflicts: 0,
      notAttempted: 0,
      failed: 1,
      deployed: false,
    };
    {
      const md = deployMarkdown(result);
      expect(htmlComments(md)).toEqual({ opens: 0, closes: 0 });
      expect(markdownShape(md)).toEqual(WELL_FORMED);
      const rows = md.split('\n').filter((l) => l.startsWith('| failed') || l.startsWith('| applied'));
      expect(rows).toHaveLength(2);
    }
  });

  it('drift summary and tracking issue: live names, actors, messages and notes are escaped', () => {
    const report = driftReport([
      driftItem({ attribution: { actor: HOSTILE, action: HOSTILE, timestamp: HOSTILE } }),
      driftItem({
        rule: 'filter-not-active',
        kind: 'filter',
        status: 'FAILED',
        statusMessage: HOSTILE,
        attribution: null,
        attributionNote: HOSTILE,
      }),
      driftItem({
        rule: 'drift-modified',
        kind: 'filter',
        fields: [{ pointer: `/${HOSTILE}`, repo: HOSTILE, live: HOSTILE }],
      }),
    ]);
    for (const md of [
      driftMarkdown(report),
      driftIssueBody(report, 'https://github.example/acme/contracts/actions/runs/1'),
    ]) {
      expect(htmlComments(md)).toEqual({ opens: 0, closes: 0 });
      expect(markdownShape(md)).toEqual(WELL_FORMED);
    }
  });

  it('building blocks: code spans and blocks holding an HTML comment delimiter render it escaped, others stay plain', () => {
    expect(inlineCode('a|b')).toBe('`a\\|b`');
    expect(inlineCode(`x ${OTHER_MARKER}`)).toBe('<code>x &lt;!-- cxone-contract:contracts:other-job --&gt;</code>');
    expect(inlineCode('a --> b|c', false)).toBe('<code>a --&gt; b\\|c</code>');
    expect(codeBlock('a: 1', 'yaml')).toBe('```yaml\na: 1\n```');
    expect(codeBlock(`a: "${OTHER_MARKER}"\n</pre>`, 'yaml')).toBe(
      '<pre lang="yaml"><code>a: "&lt;!-- cxone-contract:contracts:other-job --&gt;"\n&lt;/pre&gt;\n</code></pre>',
    );
  });
});

describe('cut-to-fit closes what it opened', () => {
  it('PR comment: cut inside the approval snippet (a fence inside <details>) at every size, it still parses whole', () => {
    // Long pointers make the "how to approve" snippet bigger than the room kept for it, so the cut lands inside.
    for (const pointer of ['/properties/' + 'p'.repeat(900), `/properties/${OTHER_MARKER}${'p'.repeat(900)}`]) {
      const findings = Array.from({ length: 40 }, (_, i): Finding => ({
        ...breakingFinding(),
        pointer: `${pointer}${i}`,
        line: i + 1,
      }));
      const report = { ...realisticReport(), findings, failed: true };
      let cut = 0;
      for (let max = 9_000; max <= 20_000; max += 173) {
        const body = prCommentBody(report, { ...DEFAULT_APPROVAL, marker: MARKER, maxChars: max });
        expect(body.length).toBeLessThanOrEqual(max);
        expect(markdownShape(body), `max ${max}`).toEqual(WELL_FORMED);
        expect(htmlComments(body)).toEqual({ opens: 1, closes: 1 });
        if (body.includes('cut to fit')) cut++;
      }
      expect(cut).toBeGreaterThan(10);
    }
  });

  it('tracking issue: a drift table too big for an issue is cut between rows', () => {
    const items = Array.from({ length: 600 }, (_, i) =>
      driftItem({ name: `${HOSTILE}-${i}`.repeat(3), file: `cxone/schemas/s${i}.yaml` }),
    );
    const body = driftIssueBody(driftReport(items));
    expect(body.length).toBeLessThanOrEqual(60_000 + 200);
    expect(body).toContain('cut to fit an issue');
    expect(markdownShape(body)).toEqual(WELL_FORMED);
  });

  it('job summary: a plan bigger than the byte budget is cut whole', () => {
    const plan = Array.from({ length: 400 }, (_, i) => ({
      kind: 'schema' as const,
      name: `S${i}`,
      file: `cxone/schemas/s${i}.yaml`,
      action: 'update' as const,
      version: '2.0.0',
      liveVersion: '1.0.0',
      reasons: [HOSTILE.repeat(2)],
    }));
    const md = summaryMarkdown({ ...hostileReport(), plan }, { maxBytes: 30_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(30_000);
    expect(md).toContain('Cut to fit');
    expect(markdownShape(md)).toEqual(WELL_FORMED);
  });

  it('fitMarkdown: closes a fence, a <pre> block and nested <details>; never leaves a table header without its delimiter row', () => {
    const md = [
      '<details><summary>a</summary>',
      '',
      '<details><summary>b</summary>',
      '',
      '````yaml',
      ...Array.from({ length: 50 }, (_, i) => `line ${i}`),
      '````',
      '',
      '</details>',
      '',
      '</details>',
      '',
    ].join('\n');
    for (let max = 60; max < md.length; max += 7) {
      const out = fitMarkdown(md, max, '\n\n(cut)\n');
      expect(out.length).toBeLessThanOrEqual(max);
      expect(markdownShape(out)).toEqual(WELL_FORMED);
    }
    const pre = `intro\n\n${codeBlock(Array.from({ length: 40 }, (_, i) => `${OTHER_MARKER} ${i}`).join('\n'))}\n\nafter\n`;
    const cutPre = fitMarkdown(pre, 400, '\n(cut)\n');
    expect(cutPre).toContain('</code></pre>\n(cut)');
    expect(markdownShape(cutPre)).toEqual(WELL_FORMED);
    const tbl = `text\n\n| a | b |\n| --- | --- |\n${'| 1 | 2 |\n'.repeat(20)}`;
    expect(fitMarkdown(tbl, 'text\n\n| a | b |\n'.length + 4, '').trimEnd()).toBe('text');
    expect(fitMarkdown('short', 10, '(cut)')).toBe('short');
  });
});

function driftItem(over: Partial<DriftItem> = {}): DriftItem {
  return {
    rule: 'drift-live-only',
    kind: 'schema',
    name: HOSTILE,
    file: `cxone/schemas/${HOSTILE}.yaml`,
    pointer: '',
    ...over,
  };
}

function driftReport(items: DriftItem[]): DriftReport {
  const findings: Finding[] = items.map((i) => ({
    rule: i.rule,
    severity: 'error',
    message: HOSTILE,
    file: i.file,
    pointer: '',
    line: 0,
    column: 0,
    contract: i.name,
  }));
  const counts = {
    drifted: items.length,
    modified: 0,
    versionMismatch: 0,
    liveOnly: items.length,
    repoOnly: 0,
    groupMembership: 0,
    undeployed: 0,
    deadFilters: 0,
    notActive: 0,
    errors: items.length,
    warnings: 0,
    notices: 0,
    suppressed: 0,
    liveSchemas: 1,
    liveFilters: 1,
    repoSchemas: 1,
    repoFilters: 1,
  };
  return {
    tool: { name: 'cxone-contract', version: '0.1.0' },
    mode: 'drift',
    baseline: HOSTILE,
    failOn: 'error',
    deadFilterWindowDays: 7,
    counts,
    items,
    findings,
    notes: [HOSTILE],
    failed: true,
  };
}
