// The table of breaking changes, shared by the PR comment and the job summary so a reviewer sees
// the same thing in both: status, rule (and what happened), schema, pointer, witness event, fix and
// how to approve. Rows are added until a size budget is met; the caller says where the rest is.

import { canFail, type Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { type ApprovalOptions, ignoreFlow } from './approval.js';
import { cell, escapeText, inlineCode, table } from './markdown.js';
import { plural } from './order.js';
import { ruleDocUrl } from './rule-docs.js';

const MAX_WITNESS_CHARS = 240;

export const BREAKING_HEADER = [
  'Status',
  'Rule',
  'Schema',
  'Pointer',
  'Witness event',
  'Fix',
  'How to approve',
] as const;

/**
 * Breaking changes of the report: those that still block, those approved (label or config), and
 * those already on the git base that do not count (pre-existing, without fail-on-existing).
 */
export function breakingChanges(report: Pick<Report, 'findings' | 'base'>): {
  blocking: Finding[];
  approved: Finding[];
  existing: Finding[];
} {
  const breaking = report.findings.filter((f) => f.breaking === true);
  const countExisting = report.base?.failOnExisting === true;
  return {
    blocking: breaking.filter((f) => canFail(f, countExisting)),
    approved: breaking.filter((f) => f.suppressed),
    existing: breaking.filter((f) => !f.suppressed && !canFail(f, countExisting)),
  };
}

function status(f: Finding): string {
  if (f.suppressed) return f.suppressed.by === 'label' ? '✅ approved (label)' : '✅ approved (config)';
  return f.preExisting ? '⚠️ pre-existing (already on the base branch)' : '❌ blocking';
}

export function breakingRow(f: Finding, opts: ApprovalOptions): string[] {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const approve = !f.suppressed
    ? `label ${inlineCode(opts.label)} (and a major bump), or in ${inlineCode(opts.configFile)}: ${inlineCode(ignoreFlow(f))}`
    : cell(f.suppressed.reason, 300);
  return [
    status(f),
    `[${inlineCode(f.rule)}](${ruleDocUrl(f.rule)})<br>${cell(f.message, 300)}`,
    `${f.contract !== undefined ? escapeText(f.contract) + '<br>' : ''}${inlineCode(where)}`,
    inlineCode(f.pointer === '' ? '/' : f.pointer),
    f.witness === undefined ? '—' : inlineCode(shortJson(f.witness)),
    cell(f.help ?? '', 300),
    approve,
  ];
}

/**
 * The table of `findings` within `budget` characters (as measured by `size`): as many rows as fit,
 * in order. Returns the markdown and how many rows it holds.
 */
export function breakingTable(
  findings: readonly Finding[],
  opts: ApprovalOptions,
  budget: number,
  size: (s: string) => number = (s) => s.length,
): { markdown: string; shown: number } {
  const head = table([...BREAKING_HEADER], []);
  let used = size(head);
  const rows: string[] = [];
  for (const f of findings) {
    const row = `\n| ${breakingRow(f, opts).join(' | ')} |`;
    if (used + size(row) > budget) break;
    rows.push(row);
    used += size(row);
  }
  return { markdown: rows.length > 0 ? head + rows.join('') : '', shown: rows.length };
}

function shortJson(v: unknown): string {
  const s = JSON.stringify(v) ?? 'null';
  return s.length <= MAX_WITNESS_CHARS ? s : `${s.slice(0, MAX_WITNESS_CHARS - 1)}…`;
}

/** Why pre-existing breaks are listed and do not fail: the base that has them, and how to count them. */
export function existingNote(report: Pick<Report, 'base'>, n: number): string {
  const base = report.base ? ` (${inlineCode(report.base.source, false)})` : '';
  return (
    `> [!NOTE]\n> ${plural(n, 'breaking change')} ${n === 1 ? 'is' : 'are'} already on the base branch${base}: this pull request did not introduce ` +
    `${n === 1 ? 'it' : 'them'}, and ${n === 1 ? 'it does' : 'they do'} not fail the check (\`fail-on-existing: true\` counts them).`
  );
}
