// Everything a check run shows on GitHub, in the order that keeps GitHub's caps honest: the PR
// comment first (its trouble becomes warnings, which count against the annotation caps), then
// the annotations within the caps, the job summary (every finding), the report and SARIF files,
// and the step outputs. Failing the step stays with the front: reporting never decides it.

import * as core from '@actions/core';
import type { RepoPaths } from '../core/paths.js';
import type { Report } from '../core/report.js';
import { writeReportFile } from '../core/report-file.js';
import type { Rule } from '../core/rule.js';
import { rootPaths, sarifJson, toJson, type ApprovalOptions } from '../report/index.js';
import { annotate } from './annotate.js';
import { writeJobSummary } from './job-summary.js';
import type { Settings } from '../settings/types.js';
import type { RunContext } from './context.js';
import { prChangedFiles, publishComment, pullRequestTarget } from './pull-request.js';

export interface PublishOptions {
  /** The contract root and the repository directory (src/core/paths.ts): where GitHub's paths start. */
  repo: RepoPaths;
  approval: ApprovalOptions;
  /** The front will fail the step (its `::error::` counts against the error cap). */
  willFail: boolean;
  /** Every rule, from the rule registry (the front hands it in): the SARIF file's rule metadata. */
  rules: readonly Rule[];
  /** Warnings about the run itself (no breaking-change check ran): annotated and put at the top of the job summary. */
  warnings?: readonly string[];
}

export async function publishCheck(
  report: Report,
  settings: Settings,
  ctx: RunContext,
  opts: PublishOptions,
): Promise<void> {
  const warnings: string[] = [];
  const notes: string[] = [...(opts.warnings ?? [])];
  for (const w of opts.warnings ?? []) core.warning(w, { title: 'cxone-contract: baseline' });
  let commentUrl: string | undefined;
  const target = pullRequestTarget(ctx, settings.github.token);
  let changed: Set<string> | undefined;
  if (target) {
    const files = await prChangedFiles(target, warnings);
    changed = files && rootPaths(files, opts.repo);
    if (settings.github.comment) {
      const outcome = await publishComment(report, target, ctx, opts.approval);
      if (outcome.warning) {
        warnings.push(outcome.warning);
        notes.push(outcome.warning);
      } else if (outcome.result?.action !== 'none') {
        commentUrl = outcome.result?.url;
      }
    }
  }
  for (const w of warnings) core.warning(w);

  const fullListAt = settings.reportFile
    ? `the job summary and the JSON report (${settings.reportFile})`
    : 'the job summary';
  const plan = annotate(report.findings, {
    repo: opts.repo,
    changedFiles: changed,
    reserved: { error: opts.willFail ? 1 : 0, warning: warnings.length + (opts.warnings?.length ?? 0) },
    fullListAt,
    approval: opts.approval,
    countExisting: report.base?.failOnExisting === true,
  });
  if (plan.overflow) notes.unshift(plan.overflow);

  await writeJobSummary(report, {
    approval: opts.approval,
    notes,
    ...(commentUrl ? { commentUrl } : {}),
    ...(settings.reportFile ? { reportFile: settings.reportFile } : {}),
  });
  if (settings.reportFile) {
    await writeReportFile(settings, 'report-file', settings.reportFile, toJson(report));
    core.setOutput('report-file', settings.reportFile);
  }
  if (settings.sarifFile) {
    await writeReportFile(
      settings,
      'sarif-file',
      settings.sarifFile,
      sarifJson(report, { rules: opts.rules, repo: opts.repo }),
    );
    core.setOutput('sarif-file', settings.sarifFile);
  }
  core.setOutput('errors', report.counts.errors);
  core.setOutput('warnings', report.counts.warnings);
  core.setOutput('breaking', report.counts.breaking);
}
