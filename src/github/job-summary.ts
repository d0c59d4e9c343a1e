// Writing the job summary: only inside a GitHub Actions step (GITHUB_STEP_SUMMARY set).

import * as core from '@actions/core';
import type { Report } from '../core/report.js';
import { summaryMarkdown, type SummaryOptions } from './summary.js';

/** Append the summary of `report` to the step summary. Returns false (and writes nothing) outside Actions. */
export async function writeJobSummary(report: Report, options: SummaryOptions = {}): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return false;
  await core.summary.addRaw(summaryMarkdown(report, options)).write();
  return true;
}
