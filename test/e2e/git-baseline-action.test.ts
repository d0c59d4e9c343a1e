// The git baseline in the bundled action (dist/index.js), run as the runner runs it on a
// pull_request event: a depth-1 clone of the pull request's head (as actions/checkout makes) whose
// base commit is not in the clone, no platform credentials, no export. Then the same with the live
// registry (the emulator) judging and the base commit telling pre-existing breaks apart, and a
// check with no baseline at all.

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { callConnectedExport, callConnectedYaml } from './call-connected.js';
import { commitFiles, git, gitRepo, hasStackTrace, runActionIn, tempRepo } from './helpers.js';
import { workflowCommands } from './workflow-commands.js';

const CONNECTED = 'cxone/schemas/call-connected.yaml';
const ENDED = 'cxone/schemas/call-ended.yaml';
const PR = 7;

const callEnded = (type: string, version: string) => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: CallEnded
description: A call ended.
cxoneVersion: ${version}
additionalProperties: false
properties:
  call_id:
    type: string
  duration_seconds:
    type: ${type}
required: [call_id]
`;

/**
 * An origin repo whose main holds `base`, a pull request commit on top holding `head`, and a
 * depth-1 clone of that head.
 */
async function pullRequestClone(base: Record<string, string>, head: Record<string, string | null>) {
  const { dir: origin, first: baseSha } = await gitRepo(base);
  const headSha = await commitFiles(origin, head, 'the pull request');
  const parent = await tempRepo({});
  git(parent, 'clone', '--quiet', '--depth=1', `file://${origin}`, 'ws');
  const ws = join(parent, 'ws');
  return { ws, baseSha, headSha };
}

/** A pull_request event payload naming the base and head commits, outside the workspace. */
async function prEvent(baseSha: string, headSha: string): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-event-'));
  const path = join(dir, 'event.json');
  await writeFile(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: PR,
      pull_request: { number: PR, head: { sha: headSha }, base: { sha: baseSha, ref: 'main' }, labels: [] },
    }),
  );
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path };
}

/** The lines of the log that are not workflow commands. */
function plainLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l !== '' && !l.startsWith('::'));
}

function outputsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

describe('the action on a fork pull request: the base commit is the baseline', () => {
  it('fetches the base commit missing from the depth-1 clone, fails on the breaking change on its line, and names the baseline commit', async () => {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      { [CONNECTED]: callConnectedYaml('string', '2.0.0') },
    );
    expect(() => git(ws, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();

    const r = await runActionIn(ws, {}, await prEvent(baseSha, headSha));
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const lines = plainLines(r.stdout);
    expect(lines[0]).toBe(`baseline: git:${baseSha}, the contracts of that commit (the pull request's base commit)`);
    expect(lines[1]).toBe(
      `the pull request's base commit ${baseSha} is not in this clone (a shallow checkout): fetching that one commit (git fetch --no-tags --depth=1 origin ${baseSha})`,
    );
    expect(lines[2]).toBe(`fetched ${baseSha}`);
    expect(r.stdout).toContain(
      '::error title=type-changed,file=cxone/schemas/call-connected.yaml,line=11,col=5::type of "wait_seconds" changed from "integer" to "string"',
    );
    expect(r.summary).toContain(`baseline \`git:${baseSha}\``);
    const report = JSON.parse(await readFile(outputsOf(r.outputs)['report-file']!, 'utf8'));
    expect(report.baseline).toBe(`git:${baseSha}`);
    expect(report.counts.breaking).toBe(1);
    // Only the object store learned the commit: HEAD and the checked-out files are as they were.
    expect(git(ws, 'rev-parse', 'HEAD')).toBe(headSha);
    expect(git(ws, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('with api-base-url set and the secrets empty (a fork), falls through to the base commit with a notice, not an error', async () => {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      { [CONNECTED]: callConnectedYaml('string', '2.0.0') },
    );
    const r = await runActionIn(
      ws,
      { 'api-base-url': 'https://api-us-1.cxone.example', 'client-id': '', 'client-secret': '' },
      await prEvent(baseSha, headSha),
    );
    expect(r.code).toBe(1);
    const notices = workflowCommands(r.stdout).filter(
      (c) => c.name === 'notice' && c.props.title === 'cxone-contract: baseline',
    );
    expect(notices.map((c) => c.data)).toEqual([
      "api-base-url is set but client-id / client-secret are empty (a pull request from a fork gets no secrets): the live registry is not read; the pull request's base commit judges instead",
    ]);
    expect(plainLines(r.stdout)[0]).toBe(
      `baseline: git:${baseSha}, the contracts of that commit (the pull request's base commit)`,
    );
    expect(r.stdout).toContain('::error title=type-changed,file=cxone/schemas/call-connected.yaml,line=11,col=5::');
  });

  it('when the base commit cannot be fetched, one clear error names fetch-depth: 0 (exit 2)', async () => {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      { [CONNECTED]: callConnectedYaml('string', '2.0.0') },
    );
    git(ws, 'remote', 'set-url', 'origin', `file://${join(ws, 'no-such-origin')}`);
    const r = await runActionIn(ws, {}, await prEvent(baseSha, headSha));
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.data).toMatch(
      new RegExp(
        `^the pull request's base commit ${baseSha} is not in this clone and could not be fetched from origin \\(git: .+\\); give the check the history: actions/checkout with fetch-depth: 0$`,
      ),
    );
  });

  it('a schema the pull request adds is a create, not a finding', async () => {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      { [ENDED]: callEnded('integer', '1.0.0') },
    );
    const r = await runActionIn(ws, {}, await prEvent(baseSha, headSha));
    expect(r.code).toBe(0);
    expect(JSON.parse(outputsOf(r.outputs).plan!)).toEqual([
      expect.objectContaining({ name: 'CallConnected', action: 'unchanged' }),
      expect.objectContaining({ name: 'CallEnded', action: 'create' }),
    ]);
  });
});

describe('the action with no baseline at all', () => {
  it('lints only, and says so: a warning annotation and a note in the job summary', async () => {
    const ws = await tempRepo({ [CONNECTED]: callConnectedYaml('string', '2.0.0') });
    const r = await runActionIn(ws, {});
    expect(r.code).toBe(0);
    const warning = workflowCommands(r.stdout).filter((c) => c.name === 'warning');
    expect(warning).toHaveLength(1);
    expect(warning[0]!.props.title).toBe('cxone-contract: baseline');
    expect(warning[0]!.data).toMatch(
      /^No breaking-change check ran: no baseline is given, so the schemas were linted only\. For one, run the check on pull_request/,
    );
    expect(plainLines(r.stdout)[0]).toBe(
      'baseline: none — lint only, no breaking-change check ran (no baseline is given)',
    );
    expect(r.summary).toContain('No breaking-change check ran: no baseline is given');
    expect(r.summary).toContain('baseline `none`');
  });

  it('a push whose `against` is the all-zero `before` of a new branch is no baseline: the same warning, with why', async () => {
    const { dir } = await gitRepo({ [CONNECTED]: callConnectedYaml('string', '2.0.0') });
    const r = await runActionIn(
      dir,
      { against: '0000000000000000000000000000000000000000' },
      { GITHUB_EVENT_NAME: 'push' },
    );
    expect(r.code).toBe(0);
    const warning = workflowCommands(r.stdout).find((c) => c.name === 'warning');
    expect(warning?.data).toMatch(
      /^No breaking-change check ran: against is the all-zero SHA \(a new branch: there is no earlier commit\)/,
    );
  });
});

describe('the action with the live registry judging and the base commit telling pre-existing breaks apart', () => {
  let em: Emulator;
  let gh: FakeGitHub;
  beforeEach(async () => {
    // Live: CallConnected with an integer wait_seconds, CallEnded with an integer duration_seconds.
    const ended = {
      ...callConnectedExport.entities[0]!,
      id: 'sch-2',
      title: 'CallEnded',
      description: 'A call ended.',
      properties: { call_id: { type: 'string' }, duration_seconds: { type: 'integer' } },
    };
    em = await startEmulator({ seed: { schemas: [callConnectedExport.entities[0]!, ended] } });
    gh = await startFakeGitHub();
    gh.pullFiles.set(PR, [ENDED]);
  });
  afterEach(async () => {
    await em.close();
    await gh.stop();
  });

  /** main already breaks CallConnected against the live registry; the pull request changes CallEnded as given. */
  async function run(endedType: string, endedVersion: string, inputs: Record<string, string> = {}) {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('string', '2.0.0'), [ENDED]: callEnded('integer', '1.0.0') },
      { [ENDED]: callEnded(endedType, endedVersion) },
    );
    const env = {
      ...(await prEvent(baseSha, headSha)),
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/contracts',
      GITHUB_RUN_ID: '99',
      GITHUB_SERVER_URL: 'https://github.example',
    };
    const r = await runActionIn(
      ws,
      {
        'api-base-url': em.url,
        'client-id': DEFAULT_CLIENT.clientId,
        'client-secret': DEFAULT_CLIENT.clientSecret,
        'github-token': 'write-token',
        ...inputs,
      },
      env,
    );
    const report = JSON.parse(await readFile(outputsOf(r.outputs)['report-file']!, 'utf8'));
    return { ...r, report, baseSha };
  }

  it('a break already on the base branch is marked pre-existing and does not fail the check; fail-on-existing: true counts it', async () => {
    const r = await run('integer', '1.0.0');
    expect(r.code).toBe(0);
    expect(plainLines(r.stdout)[0]).toBe(
      `baseline: the live registry at ${em.url}; findings already at git:${r.baseSha} (the pull request's base commit) are marked pre-existing`,
    );
    expect(r.report.baseline).toBe(`api:${em.url}`);
    expect(r.report.base).toEqual({ source: `git:${r.baseSha}`, failOnExisting: false });
    expect(r.report.findings.find((f: { rule: string }) => f.rule === 'type-changed')).toMatchObject({
      contract: 'CallConnected',
      breaking: true,
      preExisting: true,
    });
    // annotated, but not as an error of this pull request
    expect(r.stdout).not.toMatch(/^::error title=type-changed/m);
    expect(r.stdout).toMatch(
      /^::warning title=type-changed,file=cxone\/schemas\/call-connected\.yaml,line=11,col=5::Already on the base branch \(pre-existing: not introduced by this change\)\. type of "wait_seconds"/m,
    );
    expect(r.summary).toContain('⚠️ pre-existing (already on the base branch)');
    expect(r.summary).toContain(
      `already on the base branch (\`git:${r.baseSha}\`): this pull request did not introduce`,
    );
    // passed only because the breaks were already there: the header says so
    expect(r.summary).toMatch(
      /^## ✅ passed: cxone-contract check — \d+ pre-existing findings \(1 breaking change\) not counted$/m,
    );
    // nothing this pull request broke: no comment
    expect(gh.commentsOn(PR)).toEqual([]);

    const counted = await run('integer', '1.0.0', { 'fail-on-existing': 'true' });
    expect(counted.code).toBe(1);
    expect(counted.report.base).toEqual({ source: `git:${counted.baseSha}`, failOnExisting: true });
    expect(counted.stdout).toMatch(/^::error title=type-changed,file=cxone\/schemas\/call-connected\.yaml/m);
  });

  it('a break the pull request introduces fails the check; the comment and the summary mark the pre-existing one apart', async () => {
    const r = await run('string', '2.0.0');
    expect(r.code).toBe(1);
    const changed = r.report.findings.filter((f: { rule: string }) => f.rule === 'type-changed');
    expect(
      changed.map((f: { contract: string; preExisting?: boolean }) => [f.contract, f.preExisting ?? false]),
    ).toEqual([
      ['CallConnected', true],
      ['CallEnded', false],
    ]);
    expect(r.stdout).toMatch(
      /^::error title=type-changed,file=cxone\/schemas\/call-ended\.yaml,line=11,col=5::type of "duration_seconds"/m,
    );
    expect(r.stdout).toMatch(
      /::error::\d+ error\(s\), 0 warning\(s\), 2 breaking change\(s\) \(\d+ of them already on the base branch, not counted\): fails at fail-on: error/,
    );
    const body = gh.commentsOn(PR)[0]!.body;
    expect(body).toContain('## ❌ 1 breaking change blocks this pull request');
    expect(body).toContain(`(base \`git:${r.baseSha}\`)`);
    const [introduced, existing] = body.split('### Breaking changes already on the base branch');
    expect(introduced).toContain('❌ blocking');
    expect(introduced).toContain('CallEnded');
    expect(introduced).not.toContain('CallConnected<br>');
    expect(existing).toContain('⚠️ pre-existing (already on the base branch)');
    expect(existing).toContain('CallConnected<br>');
    expect(r.summary).toContain('⚠️ pre-existing (already on the base branch)');
    expect(r.summary).toContain('❌ blocking');
  });
});

describe("the action reads the base with the base commit's own globs, and a base it cannot read", () => {
  it("a pull request whose config narrows the globs to a renamed schema's new name still meets the base version and fails on the break", async () => {
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      {
        [CONNECTED]: null,
        'cxone/schemas/call-connected.yml': callConnectedYaml('string', '2.0.0'),
        '.cxone-contract.yml': 'schemas: ["cxone/schemas/**/*.yml"]\n',
      },
    );
    const r = await runActionIn(ws, {}, await prEvent(baseSha, headSha));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=type-changed,file=cxone/schemas/call-connected.yml,line=11,col=5::type of "wait_seconds" changed from "integer" to "string"',
    );
    expect(JSON.parse(outputsOf(r.outputs).plan!)).toEqual([
      expect.objectContaining({ name: 'CallConnected', action: 'blocked' }),
    ]);
  });

  it("when the pull request's base cannot be read (more files than a run may read), a warning says so and every finding counts", async () => {
    const junk = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`cxone/schemas/junk/${i}.yaml`, '']));
    const exportFile = JSON.stringify(callConnectedExport);
    // The base already breaks CallConnected against the export: were it read, the break would be pre-existing.
    const { ws, baseSha, headSha } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('string', '2.0.0'), 'registry-export.json': exportFile, ...junk },
      Object.fromEntries(Object.keys(junk).map((k) => [k, null])),
    );
    const r = await runActionIn(ws, { 'registry-export': 'registry-export.json' }, await prEvent(baseSha, headSha));
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const warnings = workflowCommands(r.stdout).filter(
      (c) => c.name === 'warning' && c.props.title === 'cxone-contract: baseline',
    );
    expect(warnings.map((c) => c.data)).toEqual([
      `Pre-existing breaking changes are not told apart: the pull request's base commit ${baseSha} cannot be read as a baseline: more than 10000 files there match the globs, the limit for one run (the globs are the check's and those of the commit's own config). Every finding counts as introduced by this pull request.`,
    ]);
    const report = JSON.parse(await readFile(outputsOf(r.outputs)['report-file']!, 'utf8'));
    expect(report.base).toBeUndefined();
    expect(report.findings.find((f: { rule: string }) => f.rule === 'type-changed').preExisting).toBeUndefined();
    expect(r.stdout).toMatch(/^::error title=type-changed,file=cxone\/schemas\/call-connected\.yaml/m);
  }, 120_000);

  it('an `against` SHA that origin does not have says so, not fetch-depth: 0 (exit 2)', async () => {
    const { ws } = await pullRequestClone(
      { [CONNECTED]: callConnectedYaml('integer', '1.0.0') },
      { [CONNECTED]: callConnectedYaml('string', '2.0.0') },
    );
    const missing = 'ab'.repeat(20);
    const r = await runActionIn(ws, { against: missing }, { GITHUB_EVENT_NAME: 'push' });
    expect(r.code).toBe(2);
    const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.data).toMatch(
      new RegExp(
        `^against ${missing} is not a commit of origin \\(git: .*not our ref.*\\): check the revision; a commit only in a fork, or gone from origin, cannot be the baseline$`,
      ),
    );
    expect(errors[0]!.data).not.toContain('fetch-depth');
  });
});
