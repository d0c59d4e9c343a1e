// The table of breaking changes, shared by the PR comment and the job summary so a reviewer sees
// the same thing in both: status, rule (and what happened), schema, pointer, witness event, fix and
// how to approve. Rows are added until a size budget is met; the caller says where the rest is.

import type { Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { type ApprovalOptions, ignoreFlow } from './approval.js';
import { cell, escapeText, inlineCode, table } from './markdown.js';
import { ruleDocUrl } from './rule-docs.js';

const MAX_WITNESS_CHARS = 240;

export const BREAKING_HEADER = ['Status', 'Rule', 'Schema', 'Pointer', 'Witness event', 'Fix', 'How to approve'] as const;

/** Breaking changes of the report: those that still block, and those approved (label or config). */
export function breakingChanges(report: Pick<Report, 'findings'>): { blocking: Finding[]; approved: Finding[] } {
  const breaking = report.findings.filter((f) => f.breaking === true);
  return { blocking: breaking.filter((f) => !f.suppressed), approved: breaking.filter((f) => f.suppressed) };
}

export function breakingRow(f: Finding, opts: ApprovalOptions): string[] {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const status = !f.suppressed ? '❌ blocking' : f.suppressed.by === 'label' ? '✅ approved (label)' : '✅ approved (config)';
  const approve = !f.suppressed
    ? `label ${inlineCode(opts.label)} (and a major bump), or in ${inlineCode(opts.configFile)}: ${inlineCode(ignoreFlow(f))}`
    : cell(f.suppressed.reason, 300);
  return [
    status,
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
