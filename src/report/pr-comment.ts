// The body of the sticky PR comment: what blocks the PR (breaking changes first, as a table with a
// witness event, the fix and how to approve), what was approved, and a pointer to the job summary
// for everything else. GitHub rejects comment bodies over 65,536 characters, so rows stop at a
// budget and the comment says how many it left out and where they are.

import { atLeast, canFail, type Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { ignoreSnippet, type ApprovalOptions } from './approval.js';
import { breakingChanges, breakingTable, existingNote } from './breaking-table.js';
import { cell, codeBlock, fitMarkdown, inlineCode, table } from './markdown.js';
import { activeFindings, bySeverity, plural } from './order.js';
import { thousands } from '../core/thousands.js';

/** GitHub's limit on an issue comment body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;
/** Characters kept free for the parts written after the tables (notes, approval help, footer). */
const TAIL_RESERVE = 6_000;
const MAX_SNIPPET_ENTRIES = 10;
const MAX_OTHER_ROWS = 50;

export interface PrCommentOptions extends ApprovalOptions {
  /** The hidden marker that makes this comment ours (first line of the body). */
  marker: string;
  /** Link to the run, whose job summary has the full report. */
  runUrl?: string;
  /** The commit checked. */
  sha?: string;
  /** Body limit in characters (default 65,536; tests use less). */
  maxChars?: number;
}

/** Nothing for the comment to say: no breaking change (blocking or approved) and a passing check. */
export function isClean(report: Report): boolean {
  const { blocking, approved } = breakingChanges(report);
  return !report.failed && blocking.length === 0 && approved.length === 0;
}

export function prCommentBody(report: Report, opts: PrCommentOptions): string {
  const max = opts.maxChars ?? MAX_COMMENT_CHARS;
  const { blocking, approved, existing } = breakingChanges(report);
  const countExisting = report.base?.failOnExisting === true;
  const others = bySeverity(activeFindings(report.findings)).filter(
    (f) => !f.breaking && canFail(f, countExisting) && report.failOn !== 'never' && atLeast(f.severity, report.failOn),
  );
  const summary = opts.runUrl ? `[job summary](${opts.runUrl})` : 'job summary';

  const parts: string[] = [opts.marker, heading(report, blocking, approved), checkedLine(report, opts)];
  let budget = max - TAIL_RESERVE - parts.join('\n\n').length;
  const omitted: string[] = [];

  const section = (title: string, items: Finding[]) => {
    if (items.length === 0) return;
    const t = breakingTable(items, opts, budget - title.length - 4);
    if (t.shown > 0) {
      parts.push(title, t.markdown);
      budget -= title.length + t.markdown.length + 4;
    }
    if (t.shown < items.length)
      omitted.push(
        `${items.length - t.shown} of ${plural(items.length, title.includes('Approved') ? 'approved breaking change' : title.includes('base') ? 'pre-existing breaking change' : 'breaking change')}`,
      );
  };
  section('### Breaking changes', blocking);
  section('### Approved breaking changes', approved);
  section('### Breaking changes already on the base branch', existing);
  if (existing.length > 0) {
    const note = existingNote(report, existing.length);
    parts.push(note);
    budget -= note.length + 2;
  }

  if (others.length > 0) {
    const title = `### Other findings that fail the check (fail-on ${inlineCode(report.failOn, false)})`;
    const rows: string[][] = [];
    let used = title.length + 100;
    for (const f of others.slice(0, MAX_OTHER_ROWS)) {
      const row = [
        f.severity,
        inlineCode(f.rule),
        inlineCode(f.line > 0 ? `${f.file}:${f.line}` : f.file),
        cell(f.message, 300),
      ];
      const len = row.join(' | ').length + 6;
      if (used + len > budget) break;
      rows.push(row);
      used += len;
    }
    if (rows.length > 0) {
      const md = table(['Severity', 'Rule', 'Where', 'Message'], rows);
      parts.push(title, md);
    }
    if (rows.length < others.length)
      omitted.push(`${others.length - rows.length} of ${plural(others.length, 'other failing finding')}`);
  }

  if (omitted.length > 0) {
    parts.push(
      `> [!NOTE]\n> Not shown here (a comment holds at most ${thousands(MAX_COMMENT_CHARS)} characters): ${omitted.join(', ')}. Every finding is in the ${summary} and in the JSON report.`,
    );
  }
  if (blocking.length > 0) parts.push(howToApprove(blocking, opts));
  parts.push(`<sub>Full report: ${summary}. Updated in place by cxone-contract on every run of this job.</sub>`);
  return fit(parts.join('\n\n') + '\n', max, summary);
}

/** The body once the PR is clean: the comment stays (it is history) but says it is resolved. */
export function resolvedCommentBody(report: Report, opts: PrCommentOptions): string {
  const summary = opts.runUrl ? ` See the [job summary](${opts.runUrl}).` : '';
  return `${opts.marker}\n## ✅ resolved — no breaking changes\n\n${checkedLine(report, opts)}${summary}\n`;
}

function heading(report: Report, blocking: Finding[], approved: Finding[]): string {
  if (blocking.length > 0)
    return `## ❌ ${plural(blocking.length, 'breaking change')} ${blocking.length === 1 ? 'blocks' : 'block'} this pull request`;
  if (report.failed)
    return `## ❌ cxone-contract check failed (${plural(report.counts.errors, 'error')}, no unapproved breaking change)`;
  return `## ✅ ${plural(approved.length, 'breaking change')} approved`;
}

function checkedLine(report: Report, opts: PrCommentOptions): string {
  const c = report.counts;
  const at = opts.sha ? ` at ${inlineCode(opts.sha.slice(0, 12), false)}` : '';
  const base = report.base ? ` (base ${inlineCode(report.base.source, false)})` : '';
  return (
    `Checked${at} against ${inlineCode(report.baseline, false)}${base} under policy ${inlineCode(report.policy, false)}: ` +
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}.`
  );
}

function howToApprove(blocking: Finding[], opts: ApprovalOptions): string {
  const shown = blocking.slice(0, MAX_SNIPPET_ENTRIES);
  const more =
    blocking.length > shown.length
      ? `\n\n(${blocking.length - shown.length} more: one entry per breaking change, as above.)`
      : '';
  return [
    '<details><summary>How to approve an intended break</summary>',
    '',
    `Add the label ${inlineCode(opts.label, false)} to this pull request (the check runs again on \`labeled\`), ` +
      `or accept each change in ${inlineCode(opts.configFile, false)}:`,
    '',
    codeBlock(ignoreSnippet(shown), 'yaml') + more,
    '',
    'Approved breaks stay listed here, and `cxoneVersion` still needs a new major version: consumers pinned to the old major must not receive the new shape.',
    '',
    '</details>',
  ].join('\n');
}

/** Last line of defence: never hand GitHub a body it rejects, nor one cut inside a fence or `<details>`. */
function fit(body: string, max: number, summary: string): string {
  return fitMarkdown(body, max, `\n\n… (cut to fit GitHub's comment limit; the full report is in the ${summary})\n`);
}
