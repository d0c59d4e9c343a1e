// Writing the job summary: only inside a GitHub Actions step (GITHUB_STEP_SUMMARY set). The
// markdown comes from the report stage; this appends it.

import * as core from '@actions/core';
import type { Report } from '../core/report.js';
import { summaryMarkdown, type SummaryOptions } from '../report/summary.js';

/** Append `markdown` to the step summary. Returns false (and writes nothing) outside Actions. */
export async function appendJobSummary(markdown: string): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return false;
  await core.summary.addRaw(markdown).write();
  return true;
}

/** Append the summary of `report` to the step summary. Returns false (and writes nothing) outside Actions. */
export async function writeJobSummary(report: Report, options: SummaryOptions = {}): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return false;
  return appendJobSummary(summaryMarkdown(report, options));
}
