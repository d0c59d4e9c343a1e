// The job summary: pass/fail header, counts, the breaking changes (the same table as the PR
// comment), every finding, the ignored and approved ones, witnesses, the plan. GitHub caps a
// step's summary at 1 MiB, so the tables stop at a byte budget under that and say how many rows
// they left out and that the JSON report file holds them all.

import { PLAN_ACTIONS, planDetail, planOrder } from './plan-detail.js';
import { atLeast, type Finding, type Severity } from '../core/finding.js';
import type { PlanAction, PlanItem, Report } from '../core/report.js';
import { DEFAULT_APPROVAL, type ApprovalOptions } from './approval.js';
import { breakingChanges, breakingTable, existingNote } from './breaking-table.js';
import { byteLength, cell, codeBlock, escapeText, fitMarkdown, htmlCode, inlineCode, table } from './markdown.js';
import { activeFindings, bySeverity, plural } from './order.js';
import { versionText } from './text.js';

export interface SummaryOptions {
  /**
   * Byte budget of the whole summary. Default 900 KiB: GitHub caps a step at 1 MiB, and a deploy
   * adds its own table after this.
   */
  maxBytes?: number;
  /** Most finding rows shown. Default: all that fit in maxBytes. */
  maxFindings?: number;
  /** Most plan rows shown. Default 500. */
  maxPlanItems?: number;
  /** Most witnesses shown. Default 10. */
  maxWitnesses?: number;
  /** The approval label and config file, for the breaking-changes table. */
  approval?: ApprovalOptions;
  /** The JSON report file, named where the summary has to leave rows out. */
  reportFile?: string;
  /** Lines about the run's reporting (annotations left out, a comment that failed), shown under the header. */
  notes?: readonly string[];
  /** The sticky PR comment, linked under the header. */
  commentUrl?: string;
}

type Extras = 'reportFile' | 'notes' | 'commentUrl';
type Limits = Required<Omit<SummaryOptions, Extras>> & Pick<SummaryOptions, Extras>;

const DEFAULTS: Limits = {
  maxBytes: 900 * 1024,
  maxFindings: Number.POSITIVE_INFINITY,
  maxPlanItems: 500,
  maxWitnesses: 10,
  approval: DEFAULT_APPROVAL,
};

/** Bytes kept free for the truncation notes. */
const NOTE_RESERVE = 1024;
const MAX_WITNESS_CHARS = 4000;

const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };
const ACTION_ICON: Record<PlanAction, string> = {
  create: '🆕',
  update: '🔄',
  unchanged: '',
  blocked: '⛔',
  unknown: '❔',
};

export function summaryMarkdown(report: Report, options: SummaryOptions = {}): string {
  const opts: Limits = { ...DEFAULTS, ...options };
  const lines = (opts.notes ?? []).map((n) => `> ${escapeText(n)}`);
  if (opts.commentUrl && /^https?:\/\/[^\s()<>]+$/.test(opts.commentUrl))
    lines.push(`> The [pull-request comment](${opts.commentUrl}) has the breaking changes too.`);
  const notes = lines.join('\n>\n');
  const head = [header(report), countsTable(report), notes].filter((s) => s !== '').join('\n\n');
  const plan = planSection(report.plan, opts.maxPlanItems);
  const findings = bySeverity(activeFindings(report.findings));
  const reportFile = opts.reportFile ? ` (${inlineCode(opts.reportFile, false)})` : '';

  let budget = opts.maxBytes - byteLength(head) - byteLength(plan) - NOTE_RESERVE * 3;
  // Breaking changes first, with at most half the room: the findings table repeats them anyway.
  const breakingPart = breakingSection(report, opts.approval, Math.floor(budget / 2), reportFile);
  budget -= byteLength(breakingPart);
  const findingsPart = findingsSection(findings, opts.maxFindings, budget, reportFile);
  budget -= byteLength(findingsPart);
  const ignoredPart = ignoredSection(
    report.findings.filter((f) => f.suppressed),
    budget,
    reportFile,
  );
  budget -= byteLength(ignoredPart);
  const witnessPart = witnessSection(findings, opts.maxWitnesses, budget);

  const md =
    [head, breakingPart, findingsPart, ignoredPart, witnessPart, plan].filter((s) => s !== '').join('\n\n') + '\n';
  // The tables keep to their budgets; the plan does not, so this is the last line of defence.
  return fitMarkdown(
    md,
    opts.maxBytes,
    `\n\n> [!NOTE]\n> Cut to fit GitHub's 1 MiB summary limit; the JSON report${reportFile} holds everything.\n`,
    byteLength,
  );
}

function breakingSection(report: Report, approval: ApprovalOptions, budget: number, reportFile: string): string {
  const { blocking, approved, existing } = breakingChanges(report);
  const all = [...blocking, ...existing, ...approved];
  if (all.length === 0) return '';
  const title = '### Breaking changes';
  const t = breakingTable(all, approval, budget - byteLength(title) - NOTE_RESERVE, byteLength);
  let out = `${title}\n\n${t.markdown}`;
  if (t.shown < all.length) {
    out += `\n\n> [!NOTE]\n> ${t.shown} of ${plural(all.length, 'breaking change')} shown here to stay within GitHub's 1 MiB summary limit; the findings table below and the JSON report${reportFile} list them all.`;
  }
  if (existing.length > 0) out += `\n\n${existingNote(report, existing.length)}`;
  if (blocking.length > 0) {
    out +=
      `\n\nTo approve an intended break, add the pull request label ${inlineCode(approval.label, false)} or accept each change under ` +
      `${inlineCode('ignores:', false)} in ${inlineCode(approval.configFile, false)}; approved breaks still need a new major ${inlineCode('cxoneVersion', false)}.`;
  }
  return out;
}

function ignoredSection(findings: readonly Finding[], budget: number, reportFile: string): string {
  if (findings.length === 0) return '';
  const title = '### Ignored and approved findings';
  const head = table(['Severity', 'Rule', 'Location', 'Contract', 'Approved by', 'Reason'], []);
  const rows: string[] = [];
  let used = byteLength(title) + byteLength(head) + 4;
  for (const f of findings) {
    const [severity, rule, location, contract] = findingRow(f);
    const row = `\n| ${[severity, rule, location, contract, f.suppressed?.by === 'label' ? 'PR label' : 'config ignore', cell(f.suppressed?.reason ?? '', 300)].join(' | ')} |`;
    if (used + byteLength(row) > budget) break;
    rows.push(row);
    used += byteLength(row);
  }
  let out = `${title}\n\n${head}${rows.join('')}`;
  if (rows.length < findings.length) {
    out += `\n\n> [!NOTE]\n> ${rows.length} of ${plural(findings.length, 'ignored finding')} shown to stay within GitHub's 1 MiB summary limit; the JSON report${reportFile} holds all of them.`;
  }
  return out;
}

function header(report: Report): string {
  const c = report.counts;
  // Passed only because what would fail was already on the base branch: the header says so, not a bare "passed".
  const threshold = report.failOn;
  const uncounted =
    report.base?.failOnExisting || threshold === 'never'
      ? []
      : report.findings.filter((f) => !f.suppressed && f.preExisting && atLeast(f.severity, threshold));
  const breakingUncounted = uncounted.filter((f) => f.breaking).length;
  const verdict = report.failed ? '❌ failed' : '✅ passed';
  const aside =
    !report.failed && uncounted.length > 0
      ? ` — ${plural(uncounted.length, 'pre-existing finding')}${breakingUncounted > 0 ? ` (${plural(breakingUncounted, 'breaking change')})` : ''} not counted`
      : '';
  const tally =
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}` +
    (c.breaking > 0 ? ` (${c.breaking} breaking)` : '') +
    ` in ${plural(c.files, 'file')}`;
  const failOn = report.failOn === 'never' ? 'never fails' : `fails on ${inlineCode(report.failOn, false)} or worse`;
  const base = report.base ? ` (findings already at ${inlineCode(report.base.source, false)} marked pre-existing)` : '';
  return [
    `## ${verdict}: cxone-contract ${report.mode}${aside}`,
    '',
    `${tally}. Policy ${inlineCode(report.policy, false)}, ${failOn}, baseline ${inlineCode(report.baseline, false)}${base}.`,
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
    `${SEVERITY_ICON[f.severity]} ${f.severity}${marks(f)}`,
    inlineCode(f.rule),
    location,
    f.contract !== undefined ? escapeText(f.contract) : '',
    cell(f.message),
  ];
}

/** ` (breaking)`, ` (pre-existing)`, ` (breaking, pre-existing)` or nothing. */
function marks(f: Finding): string {
  const m = [...(f.breaking ? ['breaking'] : []), ...(f.preExisting ? ['pre-existing'] : [])];
  return m.length > 0 ? ` (${m.join(', ')})` : '';
}

function findingsSection(findings: readonly Finding[], maxRows: number, budget: number, reportFile = ''): string {
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
      `${plural(left, 'more finding')} left out to stay within GitHub's 1 MiB summary limit. ` +
      `The JSON report${reportFile || ' (`--format json`, output `report-file`)'} holds all of them.`;
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
  const tally = PLAN_ACTIONS.filter((a) => a !== 'unknown' || count(a) > 0)
    .map((a) => `${count(a)} ${a}`)
    .join(', ');
  const items = plan.filter((p) => p.action !== 'unchanged').sort(planOrder);
  const parts = ['### Plan', tally + (count('unchanged') > 0 ? ' (unchanged items are not listed).' : '.')];
  if (items.length > 0) {
    const rows = items.slice(0, maxRows).map((p) => [
      `${ACTION_ICON[p.action]} ${p.action}`,
      p.kind,
      escapeText(p.name),
      p.kind === 'schema' ? escapeText(versionText(p, '→')) : '',
      p.file !== undefined ? inlineCode(p.file) : '',
      planDetail(p)
        .map((r) => cell(r, 300))
        .join('<br>'),
    ]);
    parts.push(table(['Action', 'Kind', 'Name', 'Version', 'File', 'Details'], rows));
    if (items.length > maxRows) parts.push(`> [!NOTE]\n> ${maxRows} of ${items.length} plan items shown.`);
  }
  return parts.join('\n\n');
}
