// The drift report for people: text for terminals and logs, markdown for the job summary and the
// tracking issue. Every live value (names, actors, messages) is user data: escaped in markdown.

import { escapeControl } from '../core/log-safe.js';
import { findingKey, itemKey, type DriftItem, type DriftReport } from '../core/drift-report.js';
import { location, MAX_PRINTED_FINDINGS, notPrinted, oneLine, printable } from './text.js';
import { cell, escapeText, fitMarkdown, inlineCode, table } from './markdown.js';

/** The table's word for each drift rule (test/report/drift-text.test.ts checks that every drift rule has one). */
export const KIND_LABEL: Readonly<Record<string, string>> = {
  'drift-modified': 'modified live',
  'drift-version-mismatch': 'version mismatch',
  'drift-live-only': 'live only',
  'drift-repo-only': 'repo only',
  'drift-group-membership': 'group membership',
  'drift-undeployed': 'not deployed',
  'filter-dead': 'dead filter',
  'filter-not-active': 'not active',
};

const MAX_DETAIL_LINES = 8;

export function formatDrift(report: DriftReport): string {
  const out: string[] = [];
  const active = report.findings.filter((x) => !x.suppressed);
  for (const f of printable(active)) {
    out.push(`${location(f)} ${f.severity} ${f.rule} ${oneLine(f.message)}`);
    const item = report.items.find((i) => itemKey(i) === findingKey(f));
    if (item) out.push(...detailLines(item).map((l) => `    ${escapeControl(l)}`));
  }
  if (active.length > MAX_PRINTED_FINDINGS) out.push(notPrinted(active.length - MAX_PRINTED_FINDINGS));
  for (const note of report.notes) out.push(`note: ${oneLine(note)}`);
  if (out.length > 0) out.push('');
  out.push(closingLine(report));
  return out.join('\n') + '\n';
}

function detailLines(item: DriftItem): string[] {
  const lines: string[] = [];
  const cut = (xs: string[]) =>
    xs.length > MAX_DETAIL_LINES
      ? [...xs.slice(0, MAX_DETAIL_LINES), `... ${xs.length - MAX_DETAIL_LINES} more (see the JSON report)`]
      : xs;
  if (item.changes && item.changes.outOfBand.length > 0) {
    lines.push(
      'live edit (repo -> live):',
      ...cut(item.changes.outOfBand.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)),
    );
    lines.push(
      'a deploy would (live -> repo):',
      ...cut(item.changes.deploy.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)),
    );
  }
  if (item.fields)
    lines.push(...cut(item.fields.map((d) => `${d.pointer}: repo ${short(d.repo)} -> live ${short(d.live)}`)));
  if (item.attribution === null && item.attributionNote) lines.push(`who: unknown (${item.attributionNote})`);
  return lines;
}

function short(v: unknown): string {
  if (v === undefined) return '(absent)';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export function closingLine(report: DriftReport): string {
  const c = report.counts;
  const health = `${c.deadFilters} dead filter(s) (no hits in ${report.deadFilterWindowDays} days), ${c.notActive} not active`;
  const verdict =
    c.drifted === 0
      ? 'no drift'
      : `${c.drifted} drifted (${c.modified} modified, ${c.versionMismatch} version mismatch, ${c.liveOnly} live only, ${c.repoOnly} repo only${c.groupMembership ? `, ${c.groupMembership} group membership` : ''}${c.undeployed ? `, ${c.undeployed} not deployed` : ''})`;
  return `drift: ${verdict}; ${health} — ${c.liveSchemas} live schemas and ${c.liveFilters} filters vs ${c.repoSchemas} + ${c.repoFilters} in the repo (${escapeControl(report.baseline)})`;
}

/** Markdown for the job summary and the tracking issue's body. */
export function driftMarkdown(report: DriftReport): string {
  const c = report.counts;
  const parts = [`## Contract drift`, '', escapeText(closingLine(report).replace(/^drift: /, '')), ''];
  const active = new Set(report.findings.filter((f) => !f.suppressed).map(findingKey));
  const rows = report.items
    .filter((i) => active.has(itemKey(i)))
    .map((i) => [
      cell(KIND_LABEL[i.rule] ?? i.rule),
      cell(i.kind),
      inlineCode(i.name),
      inlineCode(i.file),
      i.attribution
        ? `${cell(i.attribution.actor)} (${cell(i.attribution.action)}, ${cell(i.attribution.timestamp)})`
        : cell(i.attributionNote ?? ''),
      cell(summaryOf(i)),
    ]);
  if (rows.length > 0) parts.push(table(['drift', 'kind', 'name', 'file', 'last changed by', 'what'], rows), '');
  for (const note of report.notes) parts.push(`> ${cell(note)}`, '');
  if (c.drifted > 0)
    parts.push(
      'Take live changes into the repo with a pull request (`cxone-contract export` writes the live tenant as files), or re-run the deploy to put the repo back.',
      '',
    );
  return parts.join('\n');
}

function summaryOf(i: DriftItem): string {
  if (i.changes && i.changes.outOfBand.length > 0) {
    const b = i.changes.outOfBand.filter((x) => x.breaking).length;
    return `${i.changes.outOfBand.length} change(s)${b ? `, ${b} breaking` : ''}: ${i.changes.outOfBand[0]!.message}`;
  }
  if (i.fields)
    return (
      i.fields
        .slice(0, 3)
        .map((d) => `${d.pointer}: ${short(d.repo)} → ${short(d.live)}`)
        .join('; ') + (i.fields.length > 3 ? '; ...' : '')
    );
  if (i.rule === 'drift-version-mismatch') return `live ${i.liveVersion ?? 'none'}, repo ${i.repoVersion ?? 'none'}`;
  if (i.rule === 'filter-not-active') return `${i.status ?? ''}${i.statusMessage ? `: ${i.statusMessage}` : ''}`;
  if (i.rule === 'filter-dead') return 'no hits';
  return '';
}

/** GitHub caps an issue body at 65,536 characters: the table is cut well before that. */
const MAX_ISSUE_CHARS = 60_000;

/** The tracking issue's body: the summary markdown, cut to fit, with a pointer to the full report. */
export function driftIssueBody(report: DriftReport, runUrl?: string): string {
  const body = fitMarkdown(
    driftMarkdown(report),
    MAX_ISSUE_CHARS,
    "\n\n… cut to fit an issue; every item is in the run's job summary and JSON report.\n",
  );
  return runUrl && report.items.length > 0 ? `${body}\nLast checked by ${runUrl}\n` : body;
}
