// The text report for terminals and logs: one line per finding, the plan, a closing count line.
//
//   schemas/interaction-ended.yaml:14:7 error type-changed `duration_seconds` changed type ...
//
//   plan: 1 create, 1 update, 6 unchanged, 0 blocked
//     create   schema  CallTransferred 1.0.0  (schemas/call-transferred.yaml)
//
//   1 error, 0 warnings, 0 notices (1 breaking) in 15 files
//
// Suppressed findings are left out (they are in the JSON report); the closing line counts them.

import { canFail, sortFindings, type Finding, type Severity } from '../core/finding.js';
import { escapeControl } from '../core/log-safe.js';
import { PLAN_ACTIONS, planDetail, planOrder } from './plan-detail.js';
import type { PlanAction, PlanItem, Report } from '../core/report.js';
import { noWitnessNote } from '../evolution/judge.js';
import { approvalSentence, ignoreFlow, type ApprovalOptions } from './approval.js';
import { activeFindings, plural } from './order.js';
import { rankFindings } from './rank.js';

export interface TextOptions {
  /** ANSI colors; only for a terminal that wants them. */
  color?: boolean;
  /** When given, each breaking change says how to approve it (label or config ignore). */
  approval?: ApprovalOptions;
}

type Paint = (code: string, s: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { error: '1;31', warning: '33', notice: '36' };
const ACTION_COLOR: Record<PlanAction, string> = {
  create: '32',
  update: '33',
  unchanged: '2',
  blocked: '1;31',
  unknown: '35',
};

export function formatText(report: Report, opts: TextOptions = {}): string {
  const paint: Paint = opts.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const out: string[] = [];

  const findings = sortFindings(activeFindings(report.findings));
  // A pre-existing break (not counted) needs no approval from this change: no hint for it.
  const counts = (f: Finding) => canFail(f, report.base?.failOnExisting === true);
  for (const f of printable(findings)) {
    out.push(findingLine(f, paint));
    if (f.witness !== undefined)
      out.push(paint('2', `    e.g. this live-valid event is now rejected: ${shortJson(f.witness)}`));
    else if (f.breaking) {
      const why = noWitnessNote(f.help);
      if (why !== undefined) out.push(paint('2', `    no example event (${oneLine(why)})`));
    }
    if (f.breaking && opts.approval && counts(f))
      out.push(
        paint(
          '2',
          `    to approve: PR label "${opts.approval.label}", or in ${opts.approval.configFile}: ${ignoreFlow(f)}`,
        ),
      );
  }
  if (findings.length > MAX_PRINTED_FINDINGS) out.push(notPrinted(findings.length - MAX_PRINTED_FINDINGS));

  const plan = planLines(report.plan, paint);
  if (plan.length > 0) {
    if (out.length > 0) out.push('');
    out.push(...plan);
  }

  if (out.length > 0) out.push('');
  out.push(closingLine(report, paint));
  if (opts.approval && findings.some((f) => f.breaking && counts(f))) out.push(`${approvalSentence(opts.approval)}.`);
  return out.join('\n') + '\n';
}

/**
 * Findings printed; the rest are counted. A log of a million lines helps nobody and costs memory
 * and minutes; the JSON report keeps every finding.
 */
export const MAX_PRINTED_FINDINGS = 1000;

/** At most MAX_PRINTED_FINDINGS of `sorted`, the most important (rankFindings) kept, in their order. */
export function printable<T extends Finding>(sorted: readonly T[]): readonly T[] {
  if (sorted.length <= MAX_PRINTED_FINDINGS) return sorted;
  const keep = new Set(rankFindings(sorted).slice(0, MAX_PRINTED_FINDINGS));
  return sorted.filter((f) => keep.has(f));
}

export function notPrinted(n: number): string {
  return `... ${plural(n, 'more finding')} not printed (at most ${MAX_PRINTED_FINDINGS} are): every finding is in the JSON report (--format json, or the report-file)`;
}

const MAX_WITNESS_CHARS = 300;

/** An example event on one line, cut at MAX_WITNESS_CHARS (the JSON report has it whole). */
function shortJson(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length <= MAX_WITNESS_CHARS ? s : `${s.slice(0, MAX_WITNESS_CHARS - 1)}…`;
}

/** `file:line:col`, `file:line` when the column is unknown, `file` when the line is. */
export function location(f: Pick<Finding, 'file' | 'line' | 'column'>): string {
  const file = escapeControl(f.file);
  if (f.line <= 0) return file;
  if (f.column <= 0) return `${file}:${f.line}`;
  return `${file}:${f.line}:${f.column}`;
}

function findingLine(f: Finding, paint: Paint): string {
  return [
    location(f),
    paint(SEVERITY_COLOR[f.severity], f.severity),
    paint('2', f.rule),
    // Already at the git base: listed, but not this change's doing.
    ...(f.preExisting ? [paint('2', '(pre-existing)')] : []),
    oneLine(f.message),
  ].join(' ');
}

/**
 * Keep one finding on one line whatever its message holds; what a value brings (ESC, U+2028, ...)
 * shows as an escape.
 */
export function oneLine(s: string): string {
  return escapeControl(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function planLines(plan: readonly PlanItem[], paint: Paint): string[] {
  if (plan.length === 0) return [];
  const count = (a: PlanAction): number => plan.filter((p) => p.action === a).length;
  const lines = [
    `plan: ${PLAN_ACTIONS.filter((a) => a !== 'unknown' || count(a) > 0)
      .map((a) => `${count(a)} ${a}`)
      .join(', ')}`,
  ];
  for (const p of plan.filter((i) => i.action !== 'unchanged').sort(planOrder)) {
    let line = `  ${paint(ACTION_COLOR[p.action], p.action.padEnd(8))} ${p.kind.padEnd(6)}  ${escapeControl(p.name)}`;
    const version = versionText(p);
    if (version) line += ` ${escapeControl(version)}`;
    if (p.file !== undefined) line += `  (${escapeControl(p.file)})`;
    const detail = planDetail(p);
    if (detail.length > 0) line += `: ${detail.map(oneLine).join('; ')}`;
    lines.push(line);
  }
  return lines;
}

export function versionText(p: Pick<PlanItem, 'version' | 'liveVersion'>, arrow = '->'): string {
  if (p.liveVersion !== undefined && p.version !== undefined && p.liveVersion !== p.version) {
    return `${p.liveVersion} ${arrow} ${p.version}`;
  }
  return p.version ?? p.liveVersion ?? '';
}

function closingLine(report: Report, paint: Paint): string {
  const c = report.counts;
  const extras: string[] = [];
  if (c.breaking > 0) extras.push(`${c.breaking} breaking`);
  if (c.suppressed > 0) extras.push(`${c.suppressed} ignored`);
  if (c.preExisting) extras.push(`${c.preExisting} pre-existing${report.base?.failOnExisting ? '' : ', not failing'}`);
  const line =
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}` +
    (extras.length > 0 ? ` (${extras.join(', ')})` : '') +
    ` in ${plural(c.files, 'file')}`;
  return paint(report.failed ? '1;31' : '1;32', line);
}
