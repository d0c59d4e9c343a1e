// GitHub annotations: one workflow command per finding, on the exact YAML line, within GitHub's
// caps. GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step (50 per job)
// and drops the rest silently, so findings are ranked (./rank.ts), spent against the caps, and
// one notice says how many were left out and where the full list is. This is the plan and the
// texts only: src/github/annotate.ts writes them through @actions/core.

import type { Finding, Severity } from '../core/finding.js';
import { escapeControl } from '../core/log-safe.js';
import { repoLocation, type RepoPaths } from '../core/paths.js';
import { approvalText, type ApprovalOptions } from './approval.js';
import { activeFindings, plural } from './order.js';
import { rankFindings } from './rank.js';

/** GitHub's per-step caps per severity, and its cap per job. */
export const STEP_CAPS: Readonly<Record<Severity, number>> = { error: 10, warning: 10, notice: 10 };
export const JOB_CAP = 50;

export interface AnnotateOptions {
  /**
   * The contract root and the repository directory (src/core/paths.ts): annotations need paths
   * relative to the repository, e.g. `contracts/cxone/schemas/a.yaml` for root `contracts`.
   * Unset: finding files are taken as repository paths.
   */
  repo?: RepoPaths;
  /** Files the pull request changed (relative to the contract root, like finding files). */
  changedFiles?: ReadonlySet<string>;
  /**
   * Annotations of this step written by others, per severity (e.g. 1 error for the failure
   * message, warnings about the PR comment): they count against the same caps.
   */
  reserved?: Partial<Record<Severity, number>>;
  /** Where the full list is, for the overflow notice (e.g. `the job summary and /tmp/report.json`). */
  fullListAt?: string;
  /** Breaking changes get the label and config snippet that would approve them. */
  approval?: ApprovalOptions;
  /** Pre-existing findings fail the run too (fail-on-existing): annotated at their own severity. */
  countExisting?: boolean;
}

/**
 * The severity a finding is annotated at: a pre-existing one that does not count is at most a
 * warning, so a passing check shows no error on a line the pull request did not break.
 */
export function annotationSeverity(f: Finding, opts: Pick<AnnotateOptions, 'countExisting'> = {}): Severity {
  return f.preExisting && !opts.countExisting && f.severity === 'error' ? 'warning' : f.severity;
}

/**
 * Where an annotation points: @actions/core's AnnotationProperties, the fields this tool sets. No
 * file (and no line) for a file outside the repository: GitHub could not place it.
 */
export interface AnnotationProperties {
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  shown: Finding[];
  /** Findings left out because of the caps. */
  hidden: number;
  /** The overflow notice, when something was left out. */
  overflow?: string;
}

/** Properties of the annotation for `f`: title = rule id; line/col only when known (1-based). */
export function annotationProperties(f: Finding, opts: AnnotateOptions = {}): AnnotationProperties {
  const where = repoLocation(f.file, opts.repo);
  if ('absolute' in where) return { title: f.rule };
  const props: AnnotationProperties = { title: f.rule, file: where.relative };
  if (f.line > 0) {
    props.startLine = f.line;
    if (f.column > 0) props.startColumn = f.column;
  }
  return props;
}

/** Which unsuppressed findings get an annotation, in emission order, and the overflow notice. */
export function planAnnotations(findings: readonly Finding[], opts: AnnotateOptions = {}): AnnotationPlan {
  const active = activeFindings(findings);
  const left: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const s of Object.keys(left) as Severity[]) left[s] = Math.max(0, STEP_CAPS[s] - (opts.reserved?.[s] ?? 0));
  const reservedTotal = Object.values(opts.reserved ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  let total = Math.max(0, JOB_CAP - reservedTotal);

  const pick = (noticeRoom: number): Finding[] => {
    const room = { ...left, notice: noticeRoom };
    let all = total;
    const shown: Finding[] = [];
    for (const f of rankFindings(active, opts.changedFiles)) {
      const severity = annotationSeverity(f, opts);
      if (room[severity] <= 0 || all <= 0) continue;
      room[severity]--;
      all--;
      shown.push(f);
    }
    return shown;
  };
  let shown = pick(left.notice);
  if (shown.length === active.length) return { shown, hidden: 0 };
  // The overflow notice is a notice too: make room for it among the notices.
  total -= 1;
  shown = pick(Math.max(0, left.notice - 1));
  const hidden = active.length - shown.length;
  const where = opts.fullListAt ?? 'the job summary and the JSON report';
  const overflow =
    `${plural(hidden, 'more finding')} not shown as annotations (GitHub shows at most ${STEP_CAPS.error} errors, ` +
    `${STEP_CAPS.warning} warnings and ${STEP_CAPS.notice} notices per step): every finding is in ${where}.`;
  return { shown, hidden, overflow };
}

/**
 * The annotation's text: a pre-existing finding says so; a breaking change gets what would approve
 * it; a finding on a file outside the repository (no `file=`) starts with where it is.
 */
export function annotationMessage(f: Finding, opts: Pick<AnnotateOptions, 'approval' | 'repo'> = {}): string {
  const where = repoLocation(f.file, opts.repo);
  const outside = 'absolute' in where ? `${escapeControl(where.absolute)}${f.line > 0 ? `:${f.line}` : ''}: ` : '';
  const existing = f.preExisting ? 'Already on the base branch (pre-existing: not introduced by this change). ' : '';
  return f.breaking && opts.approval && !f.preExisting
    ? `${outside}${f.message}\n\n${approvalText(f, opts.approval)}`
    : `${outside}${existing}${f.message}`;
}
