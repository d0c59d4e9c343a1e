// The action front: read inputs (masking secrets at once), build Settings, run the mode, report
// through annotations, the job summary and outputs. The only place that touches action inputs.

import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { exitCodeOf, failureLine, UsageError } from './core/errors.js';
import { canFail } from './core/finding.js';
import { repoPathsOf, shownPath } from './core/paths.js';
import { writeReportFile } from './core/report-file.js';
import { escapeControl, neutraliseCommands, routeProcessWarnings } from './core/log-safe.js';
import type { Report } from './core/report.js';
import { runCheck } from './modes/index.js';
import { TOOL_VERSION } from './core/version.js';
import { approvalOf, approvalSentence, driftJson, formatText, ignoreSnippet, toJson } from './report/index.js';
import { annotate } from './github/annotate.js';
import { appendJobSummary } from './github/job-summary.js';
import { buildSettings, INPUT_NAMES, SECRET_INPUTS, type RawInputs, type Settings } from './settings/index.js';
import { secretForms } from './cxone/secret-forms.js';
import type { RunContext } from './github/context.js';
import { baselineLine, chooseBaseline, resolveBaseline, type ResolvedBaseline } from './baseline/index.js';
import { PLATFORM_DECIDES } from './plan/platform.js';
import { allRules, knownRuleIds } from './rule-registry.js';

export async function run(): Promise<void> {
  routeProcessWarnings((t) => info(t.trimEnd()));
  try {
    const raw = readInputs();
    actionFormat(raw.format);
    // The workspace is where the action runs, as the current directory is for the CLI (src/core/paths.ts).
    const settings = await buildSettings(raw, {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      cwdName: 'the workspace',
      repoWithinCwd: true,
      defaults: {
        format: 'github',
        reportFile: join(process.env.RUNNER_TEMP || tmpdir(), 'cxone-contract-report.json'),
        auditFile: join(process.env.RUNNER_TEMP || tmpdir(), 'cxone-contract-audit.jsonl'),
      },
    });
    const mask = (secret: string) => core.setSecret(secret);
    if (settings.mode === 'deploy') return await deploy(settings, mask);
    if (settings.mode === 'drift') return await drift(settings, mask);
    if (settings.mode !== 'check') {
      throw new UsageError(
        `mode: "${settings.mode}" is not available in this version of cxone-contract (use mode: check, deploy or drift)`,
      );
    }
    const { readRunContext } = await import('./github/context.js');
    const ctx = await readRunContext(process.env);
    const baseline = await actionBaseline(settings, ctx);
    // The approval label is read from the event payload: only a pull request run can approve.
    const warnings = [...baseline.warnings];
    const report = await runCheck(settings, {
      mask,
      baseline,
      // One line each (notes that may quote a commit's config or file names): escaped where written.
      log: (line) => info(escapeControl(line)),
      warn: (w) => warnings.push(w),
      knownRules: knownRuleIds(),
      ...(ctx.pullNumber !== undefined ? { prLabels: ctx.labels } : {}),
    });
    await publish(report, settings, ctx, { log: true, warnings });
    if (report.failed) core.setFailed(failureMessage(report, settings));
  } catch (err) {
    core.setFailed(failureLine(err, TOOL_VERSION));
    process.exitCode = exitCodeOf(err);
  }
}

/**
 * The check's baseline (export, live registry, the pull request's base commit or `against`, else
 * none), resolved before anything else runs, a commit missing from the shallow checkout fetched:
 * the log opens with the baseline that judges, then notices of sources passed over.
 */
async function actionBaseline(settings: Settings, ctx: RunContext): Promise<ResolvedBaseline> {
  const choice = chooseBaseline(settings, {
    front: 'action',
    ...(ctx.baseSha !== undefined ? { pullRequestBase: ctx.baseSha } : {}),
  });
  const baseline = await resolveBaseline(choice, { front: 'action', root: settings.root, fetch: true });
  const exportShown = settings.registryExport && shownPath(settings.registryExport);
  info(
    baselineLine(baseline, {
      ...(exportShown ? { export: exportShown } : {}),
      ...(settings.api.baseUrl ? { api: settings.api.baseUrl } : {}),
    }),
  );
  for (const line of baseline.log) info(line);
  for (const n of baseline.notices) core.notice(n, { title: 'cxone-contract: baseline' });
  return baseline;
}

async function deploy(settings: Settings, mask: (secret: string) => void): Promise<void> {
  const { runDeploy } = await import('./modes/deploy/run.js');
  const { deployEnd } = await import('./core/deploy-result.js');
  const { deployMarkdown, dryRunLine, formatDeploy } = await import('./report/deploy-text.js');
  const { progressLine } = await import('./report/deploy-progress.js');
  // The event payload is read once: the deploy's gate and the check's publishing both come from it.
  const { deployOriginOf, readGitHubEvent, runContextOf } = await import('./github/context.js');
  const event = await readGitHubEvent(process.env);
  // A break approved by label on the PR stays approved when its merge is deployed.
  const { pushedPullRequest } = await import('./github/merged-pr.js');
  const merged = await pushedPullRequest(settings.github.token, process.env);
  if (merged.warning) core.warning(merged.warning);
  // Progress as it happens, folded in one group of the log (core.startGroup) so the log stays readable.
  // eslint-disable-next-line no-restricted-syntax -- a constant title: nothing of the user's reaches the runner here
  core.startGroup(settings.dryRun ? 'deploy --dry-run: the plan' : 'deploy: progress, one line per finished operation');
  let run: Awaited<ReturnType<typeof runDeploy>>;
  try {
    run = await runDeploy(settings, {
      context: deployOriginOf(event),
      mask,
      knownRules: knownRuleIds(),
      onProgress: (op, at) => info(progressLine(op, at)),
      ...(merged.pr ? { pullRequest: merged.pr } : {}),
    });
  } finally {
    core.endGroup();
  }
  // format: json logs one document, the deploy report (the check inside it); the others log the
  // check, then the deploy's lines.
  const json = settings.format === 'json';
  await publish(run.check, settings, runContextOf(event), { log: !json });
  if (json) {
    const { deployJson } = await import('./report/deploy-json.js');
    info(deployJson(run, settings.dryRun).trimEnd());
  }
  const { end, exitCode } = deployEnd(run, settings.dryRun);
  if (!run.result) {
    core.setOutput('deployed', false);
    if (end === 'blocked')
      core.setFailed('deploy stopped before any write: the check has blocking findings (see the annotations)');
    else {
      if (!json) info(dryRunLine(run.check.plan).trimEnd());
      if (exitCode !== 0) core.setFailed(dryRunLine(run.check.plan).trimEnd());
    }
    return;
  }
  const r = run.result;
  if (!json) info(formatDeploy(r).trimEnd());
  await appendJobSummary(deployMarkdown(r));
  core.setOutput('deployed', r.deployed);
  core.setOutput('created', r.created);
  core.setOutput('updated', r.updated);
  core.setOutput('conflicts', r.conflicts);
  if (run.auditFile) {
    core.setOutput('audit-file', run.auditFile);
    await uploadAudit(run.auditFile, settings);
  }
  if (end === 'incomplete') {
    const cause = r.stopped
      ? `stopped after ${r.stopped}; ${r.notAttempted} item(s) not attempted`
      : `${r.conflicts} conflict(s), ${r.failed} failure(s)`;
    core.setFailed(`deploy incomplete: ${cause}; the rest was applied and a re-run finishes the job`);
    process.exitCode = exitCode;
  }
}

/**
 * The audit record is part of the deploy: an upload that fails fails the step (the file itself
 * stays at audit-file).
 */
async function uploadAudit(file: string, settings: Settings): Promise<void> {
  const { artifactServiceAvailable, uploadAuditArtifact } = await import('./github/artifact.js');
  if (!artifactServiceAvailable(process.env)) {
    info(
      `audit artifact not uploaded: no results service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are set only inside a job); the audit file is ${file}`,
    );
    return;
  }
  try {
    const artifact = await uploadAuditArtifact(file, {
      env: process.env,
      ...(settings.auditArtifact ? { name: settings.auditArtifact } : {}),
    });
    core.setOutput('audit-artifact-id', artifact.id);
    info(`audit artifact ${artifact.name} uploaded (id ${artifact.id}, ${artifact.size} bytes)`);
  } catch (err) {
    core.setFailed(
      `the deploy was applied as reported above, but uploading the audit artifact failed: ${err instanceof Error ? err.message : String(err)} — the audit file is ${file}`,
    );
    process.exitCode = 3;
  }
}

/** Nightly drift: report, summary, outputs, the optional tracking issue; fails when drift is at or above fail-on. */
async function drift(settings: Settings, mask: (secret: string) => void): Promise<void> {
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (settings.driftIssue && (!settings.github.token || !repository.includes('/'))) {
    throw new UsageError('drift-issue: true needs github-token and GITHUB_REPOSITORY (owner/repo)');
  }
  const { runDrift } = await import('./modes/drift/index.js');
  const { driftIssueBody, driftMarkdown, formatDrift } = await import('./report/drift-text.js');
  // eslint-disable-next-line no-restricted-syntax -- a constant title: nothing of the user's reaches the runner here
  core.startGroup('drift: progress, a line per phase');
  let report: Awaited<ReturnType<typeof runDrift>>;
  try {
    report = await runDrift(settings, { mask, knownRules: knownRuleIds(), onProgress: (line) => info(line) });
  } finally {
    core.endGroup();
  }
  annotate(report.findings, { repo: repoPathsOf(settings) });
  // github: the notes and the closing line (the findings are the annotations); text: every finding; json: the report.
  if (settings.format === 'json') info(driftJson(report).trimEnd());
  else info(formatDrift(settings.format === 'text' ? report : { ...report, findings: [] }).trimEnd());
  await appendJobSummary(driftMarkdown(report));
  if (settings.reportFile) {
    await writeReportFile(settings, 'report-file', settings.reportFile, driftJson(report));
    core.setOutput('report-file', settings.reportFile);
  }
  core.setOutput('drift', report.counts.drifted);
  core.setOutput('errors', report.counts.errors);
  core.setOutput('warnings', report.counts.warnings);
  if (settings.driftIssue) {
    const { createOctokit } = await import('./github/client.js');
    const { syncTrackingIssue } = await import('./github/tracking-issue.js');
    const { workflowRunUrl } = await import('./github/context.js');
    const [owner, repo] = repository.split('/') as [string, string];
    const c = report.counts;
    try {
      const issue = await syncTrackingIssue({
        octokit: createOctokit(settings.github.token!),
        owner,
        repo,
        marker: 'drift',
        title: 'Contract drift: the live tenant differs from the repo',
        body: driftIssueBody(report, workflowRunUrl(process.env)),
        open: c.drifted + c.deadFilters + c.notActive > 0,
      });
      if (issue.action !== 'none') info(`drift issue #${issue.number}: ${issue.action}`);
    } catch (err) {
      // The drift result still decides the step; a tracking issue that could not be written is a warning.
      core.warning(
        `drift issue not updated: ${err instanceof Error ? err.message : String(err)} (needs permissions: issues: write)`,
      );
    }
  }
  if (report.failed)
    core.setFailed(
      `${report.counts.drifted} drifted item(s), ${report.counts.errors} error(s), ${report.counts.warnings} warning(s): fails at fail-on: ${report.failOn}`,
    );
}

/** Every input, secrets masked the moment they are read. */
function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = core.getInput(name);
    // Encoded forms too (percent, form, JSON, base64): an echo of a request shows them, not the raw value.
    if (value && SECRET_INPUTS.includes(name)) for (const form of secretForms(value)) core.setSecret(form);
    raw[name] = value;
  }
  return raw;
}

/** The step's failure line: counts, and for breaking changes the exact label and config snippet that approve them. */
function failureMessage(report: Report, settings: Settings): string {
  const c = report.counts;
  const refused = report.findings.filter(
    (f) => PLATFORM_DECIDES.has(f.rule) && canFail(f, report.base?.failOnExisting === true),
  );
  const platform =
    refused.length > 0
      ? `. The platform refuses ${refused.length} update(s) whatever the approval (platform-refuses-update): ship a breaking version under a new title`
      : '';
  const existing = c.preExisting
    ? ` (${c.preExisting} of them already on the base branch${report.base?.failOnExisting ? '' : ', not counted'})`
    : '';
  const head = `${c.errors} error(s), ${c.warnings} warning(s)${c.breaking ? `, ${c.breaking} breaking change(s)` : ''}${existing}: fails at fail-on: ${report.failOn}${platform}`;
  if (!c.breaking) return head;
  const blocking = report.findings.filter((f) => f.breaking && canFail(f, report.base?.failOnExisting === true));
  const approval = approvalOf(settings);
  return `${head}. ${approvalSentence(approval)}:\n${ignoreSnippet(blocking.slice(0, 10))}${blocking.length > 10 ? '\n  # … one entry per breaking change (see the job summary)' : ''}`;
}

async function publish(
  report: Report,
  settings: Settings,
  ctx: RunContext,
  opts: { log: boolean; warnings?: readonly string[] } = { log: true },
): Promise<void> {
  if (opts.log) info(checkLog(report, settings).trimEnd());
  const { publishCheck } = await import('./github/publish.js');
  await publishCheck(report, settings, ctx, {
    repo: repoPathsOf(settings),
    approval: approvalOf(settings),
    willFail: report.failed,
    rules: allRules(),
    ...(opts.warnings ? { warnings: opts.warnings } : {}),
  });
  // Every item the deploy would write (schemas, filters, group memberships), as the JSON report has it, less the ETags.
  core.setOutput('plan', JSON.stringify(report.plan.map(({ etag: _etag, file: _file, ...item }) => item)));
}

/**
 * The formats the action logs in (action.yml `format`). Every one also writes the annotations, the
 * job summary, the PR comment and the outputs; SARIF is a file (`sarif-file`), not a log. Checked
 * before anything is read.
 */
const ACTION_FORMATS = ['github', 'text', 'json'] as const;

function actionFormat(value: string | undefined): void {
  const v = value?.trim() ?? '';
  if (v === '' || (ACTION_FORMATS as readonly string[]).includes(v)) return;
  if (v === 'sarif')
    throw new UsageError(
      'format: sarif is not a log format: set sarif-file (e.g. results.sarif) to write SARIF for github/codeql-action/upload-sarif, and keep format: github, text or json',
    );
  throw new UsageError(`format: "${escapeControl(v)}" is not one of ${ACTION_FORMATS.join(', ')}`);
}

/**
 * The check's account in the log: github, the plan and the counts (the findings are the
 * annotations); text, every finding too; json, the report.
 */
function checkLog(report: Report, settings: Settings): string {
  if (settings.format === 'json') return toJson(report);
  if (settings.format === 'text') return formatText(report, { approval: approvalOf(settings) });
  return formatText({ ...report, findings: [] });
}

/** The action's only plain log line: made inert for the runner's command parser (src/core/log-safe.ts). */
function info(text: string): void {
  // eslint-disable-next-line no-restricted-syntax -- the one place that writes a plain log line
  core.info(neutraliseCommands(text));
}
