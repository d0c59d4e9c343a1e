// The job summary: pass/fail header, counts, findings, witnesses of breaking changes, the plan.
// GitHub caps a step's summary at 1 MiB, so the findings table stops at a byte budget well under
// that (and at a row cap) and says how many it left out.

import type { Finding, Severity } from '../core/finding.js';
import type { PlanAction, PlanItem, Report } from '../core/report.js';
import { byteLength, cell, codeBlock, escapeText, htmlCode, inlineCode, table } from './markdown.js';
import { activeFindings, bySeverity, plural } from './order.js';
import { versionText } from './text.js';

export interface SummaryOptions {
  /** Byte budget of the whole summary. Default 512 KiB (GitHub's cap is 1 MiB per step). */
  maxBytes?: number;
  /** Most finding rows shown. Default 1000. */
  maxFindings?: number;
  /** Most plan rows shown. Default 500. */
  maxPlanItems?: number;
  /** Most witnesses shown. Default 10. */
  maxWitnesses?: number;
}

const DEFAULTS: Required<SummaryOptions> = {
  maxBytes: 512 * 1024,
  maxFindings: 1000,
  maxPlanItems: 500,
  maxWitnesses: 10,
};

/** Bytes kept free for the truncation notes. */
const NOTE_RESERVE = 1024;
const MAX_WITNESS_CHARS = 4000;

const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };
const ACTIONS: readonly PlanAction[] = ['create', 'update', 'unchanged', 'blocked'];
const ACTION_ICON: Record<PlanAction, string> = { create: '🆕', update: '🔄', unchanged: '', blocked: '⛔' };

export function summaryMarkdown(report: Report, options: SummaryOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  const head = [header(report), countsTable(report)].join('\n\n');
  const plan = planSection(report.plan, opts.maxPlanItems);
  const findings = bySeverity(activeFindings(report.findings));

  let budget = opts.maxBytes - byteLength(head) - byteLength(plan) - NOTE_RESERVE;
  const findingsPart = findingsSection(findings, opts.maxFindings, budget);
  budget -= byteLength(findingsPart);
  const witnessPart = witnessSection(findings, opts.maxWitnesses, budget);

  return [head, findingsPart, witnessPart, plan].filter((s) => s !== '').join('\n\n') + '\n';
}

function header(report: Report): string {
  const verdict = report.failed ? '❌ failed' : '✅ passed';
  const c = report.counts;
  const tally =
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}` +
    (c.breaking > 0 ? ` (${c.breaking} breaking)` : '') +
    ` in ${plural(c.files, 'file')}`;
  const failOn = report.failOn === 'never' ? 'never fails' : `fails on ${inlineCode(report.failOn, false)} or worse`;
  return [
    `## ${verdict}: cxone-contract ${report.mode}`,
    '',
    `${tally}. Policy ${inlineCode(report.policy, false)}, ${failOn}, baseline ${inlineCode(report.baseline, false)}.`,
  ].join('\n');
}

function countsTable(report: Report): string {
  const c = report.counts;
  return table(
    ['Errors', 'Warnings', 'Notices', 'Breaking', 'Ignored', 'Files', 'Schemas', 'Filters'],
    [[c.errors, c.warnings, c.notices, c.breaking, c.suppressed, c.files, c.schemas, c.filters].map(String)],
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function findingRow(f: Finding): string[] {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const location = f.pointer === '' ? inlineCode(where) : `${inlineCode(where)}<br>${inlineCode(f.pointer)}`;
  return [
    `${SEVERITY_ICON[f.severity]} ${f.severity}${f.breaking ? ' (breaking)' : ''}`,
    inlineCode(f.rule),
    location,
    f.contract !== undefined ? escapeText(f.contract) : '',
    cell(f.message),
  ];
}

function findingsSection(findings: readonly Finding[], maxRows: number, budget: number): string {
  if (findings.length === 0) return '';
  const title = '### Findings';
  const head = table(['Severity', 'Rule', 'Location', 'Contract', 'Message'], []);
  const rows: string[] = [];
  let used = byteLength(title) + byteLength(head) + 4;
  for (const f of findings) {
    if (rows.length >= maxRows) break;
    const row = `\n| ${findingRow(f).join(' | ')} |`;
    if (used + byteLength(row) > budget) break;
    rows.push(row);
    used += byteLength(row);
  }
  let out = `${title}\n\n${head}${rows.join('')}`;
  const left = findings.length - rows.length;
  if (left > 0) {
    out +=
      `\n\n> [!NOTE]\n> ${rows.length} of ${findings.length} findings shown (most severe first); ` +
      `${plural(left, 'more finding')} left out to keep this summary small. ` +
      'The JSON report (`--format json`, output `report-file`) holds all of them.';
  }
  return out;
}

function witnessSection(findings: readonly Finding[], max: number, budget: number): string {
  const withWitness = findings.filter((f) => f.witness !== undefined);
  if (withWitness.length === 0 || max <= 0) return '';
  const title = '### Witnesses\n\nEvents the live schema accepts and the repo version rejects:';
  const blocks: string[] = [];
  let used = byteLength(title);
  for (const f of withWitness.slice(0, max)) {
    let json = JSON.stringify(f.witness, null, 2) ?? 'null';
    if (json.length > MAX_WITNESS_CHARS) json = json.slice(0, MAX_WITNESS_CHARS) + '\n… (cut)';
    const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
    const block =
      `<details><summary>${htmlCode(f.rule)} in ${htmlCode(where)}` +
      (f.pointer !== '' ? ` at ${htmlCode(f.pointer)}` : '') +
      `</summary>\n\n${codeBlock(json, 'json')}\n\n</details>`;
    if (used + byteLength(block) + 2 > budget) break;
    blocks.push(block);
    used += byteLength(block) + 2;
  }
  if (blocks.length === 0) return '';
  return [title, ...blocks].join('\n\n');
}

function planSection(plan: readonly PlanItem[], maxRows: number): string {
  if (plan.length === 0) return '';
  const count = (a: PlanAction): number => plan.filter((p) => p.action === a).length;
  const tally = ACTIONS.map((a) => `${count(a)} ${a}`).join(', ');
  const items = plan
    .filter((p) => p.action !== 'unchanged')
    .sort((a, b) => ACTIONS.indexOf(a.action) - ACTIONS.indexOf(b.action) || a.file.localeCompare(b.file));
  const parts = ['### Plan', tally + (count('unchanged') > 0 ? ' (unchanged contracts are not listed).' : '.')];
  if (items.length > 0) {
    const rows = items.slice(0, maxRows).map((p) => [
      `${ACTION_ICON[p.action]} ${p.action}`,
      p.kind,
      escapeText(p.name),
      p.kind === 'schema' ? escapeText(versionText(p, '→')) : '',
      inlineCode(p.file),
      p.reasons.map((r) => cell(r, 300)).join('<br>'),
    ]);
    parts.push(table(['Action', 'Kind', 'Contract', 'Version', 'File', 'Reasons'], rows));
    if (items.length > maxRows) parts.push(`> [!NOTE]\n> ${maxRows} of ${items.length} plan items shown.`);
  }
  return parts.join('\n\n');
}
