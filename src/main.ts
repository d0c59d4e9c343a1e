// The action front: read inputs (masking secrets at once), build Settings, run the mode, report
// through annotations, the job summary and outputs. The only place that touches action inputs.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { exitCodeOf, UsageError } from './core/errors.js';
import type { Report } from './core/report.js';
import { runCheck } from './modes/index.js';
import { annotate, formatText, toJson, writeJobSummary } from './report/index.js';
import { buildSettings, INPUT_NAMES, SECRET_INPUTS, type RawInputs, type Settings } from './settings/index.js';

export async function run(): Promise<void> {
  try {
    const settings = await buildSettings(readInputs(), {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      defaults: {
        format: 'github',
        reportFile: join(process.env.RUNNER_TEMP || tmpdir(), 'cxone-contract-report.json'),
        auditFile: join(process.env.RUNNER_TEMP || tmpdir(), 'cxone-contract-audit.jsonl'),
      },
    });
    const mask = (secret: string) => core.setSecret(secret);
    if (settings.mode === 'deploy') return await deploy(settings, mask);
    if (settings.mode !== 'check') {
      throw new UsageError(`mode: "${settings.mode}" is not available in this version of cxone-contract (use mode: check or deploy)`);
    }
    const report = await runCheck(settings, { mask });
    await publish(report, settings);
    if (report.failed) {
      const c = report.counts;
      core.setFailed(`${c.errors} error(s), ${c.warnings} warning(s)${c.breaking ? `, ${c.breaking} breaking change(s)` : ''}: fails at fail-on: ${report.failOn}`);
    }
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
    process.exitCode = exitCodeOf(err);
  }
}

async function deploy(settings: Settings, mask: (secret: string) => void): Promise<void> {
  const { runDeploy } = await import('./modes/deploy/run.js');
  const { deployContextFromEnv } = await import('./modes/deploy/gate.js');
  const { deployMarkdown, formatDeploy } = await import('./modes/deploy/text.js');
  const run = await runDeploy(settings, { context: await deployContextFromEnv(process.env), mask });
  await publish(run.check, settings);
  if (!run.result) {
    core.setOutput('deployed', false);
    core.setFailed('deploy stopped before any write: the check has blocking findings (see the annotations)');
    return;
  }
  const r = run.result;
  core.info(formatDeploy(r, settings.dryRun).trimEnd());
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(deployMarkdown(r, settings.dryRun)).write();
  core.setOutput('deployed', r.deployed);
  core.setOutput('created', r.created);
  core.setOutput('updated', r.updated);
  core.setOutput('conflicts', r.conflicts);
  if (run.auditFile) core.setOutput('audit-file', run.auditFile);
  if (!r.deployed && !settings.dryRun) {
    core.setFailed(`deploy incomplete: ${r.conflicts} conflict(s), ${r.failed} failure(s); the rest was applied and a re-run finishes the job`);
    process.exitCode = 3;
  }
}

/** Every input, secrets masked the moment they are read. */
function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = core.getInput(name);
    if (value && SECRET_INPUTS.includes(name)) core.setSecret(value);
    raw[name] = value;
  }
  return raw;
}

async function publish(report: Report, settings: Settings): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const prefix = relative(workspace, settings.root).split(sep).join('/');
  annotate(report.findings, { pathPrefix: prefix && !prefix.startsWith('..') ? prefix : undefined });
  core.info(formatText({ ...report, findings: [] }).trimEnd());
  await writeJobSummary(report);
  if (settings.reportFile) {
    await mkdir(dirname(settings.reportFile), { recursive: true });
    await writeFile(settings.reportFile, toJson(report));
    core.setOutput('report-file', settings.reportFile);
  }
  core.setOutput('errors', report.counts.errors);
  core.setOutput('warnings', report.counts.warnings);
  core.setOutput('breaking', report.counts.breaking);
  core.setOutput('plan', JSON.stringify(report.plan.map(({ kind, name, action, version, liveVersion }) => ({ kind, name, action, version, liveVersion }))));
}
