// The pull-request experience end to end: the bundled action (dist/index.js) run as the runner
// runs it, on a pull_request event payload, talking to a loopback fake of the GitHub REST API.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { sarifSchemaErrors } from '../report/sarif-validator.js';
import { callConnectedExport, callConnectedYaml } from './call-connected.js';
import { ACTION, CLI, hasStackTrace, runNode, runNodeAsync, tempRepo } from './helpers.js';

const LABEL = 'cxone-breaking-change-approved';
const PR = 12;

const schema = callConnectedYaml;
const live = callConnectedExport;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.pullFiles.set(PR, ['cxone/schemas/call-connected.yaml', 'README.md']);
});
afterEach(async () => {
  await gh.stop();
});

interface Options {
  token?: string;
  labels?: string[];
  inputs?: Record<string, string>;
}

async function runOnPr(schemaText: string, opts: Options = {}) {
  const ws = await tempRepo({
    'cxone/schemas/call-connected.yaml': schemaText,
    'registry-export.json': JSON.stringify(live),
    'out/.keep': '',
  });
  const outputFile = join(ws, 'out/github-output');
  const summaryFile = join(ws, 'out/step-summary.md');
  const eventFile = join(ws, 'out/event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(
    eventFile,
    JSON.stringify({
      action: 'synchronize',
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
        labels: (opts.labels ?? []).map((name) => ({ name })),
      },
    }),
  );
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(ws, 'out'),
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/contracts',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKFLOW: 'contracts',
    GITHUB_JOB: 'check',
    GITHUB_RUN_ID: '4242',
    'INPUT_REGISTRY-EXPORT': 'registry-export.json',
    'INPUT_GITHUB-TOKEN': opts.token ?? 'write-token',
    INPUT_COMMENT: 'true',
    'INPUT_ALLOW-BREAKING-LABEL': LABEL,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const run = await runNodeAsync(ACTION, [], { cwd: ws, env });
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, 'utf8')).matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!;
  return { ...run, outputs, summary: await readFile(summaryFile, 'utf8'), ws };
}

const MARKER = '<!-- cxone-contract:contracts:check -->';

describe('the action on a pull request (fake GitHub API)', () => {
  it('creates the sticky comment, updates the same one, marks it resolved when clean; other comments untouched', async () => {
    const other = gh.addComment(PR, '<!-- other-bot -->\nI am another bot', 'other-bot[bot]');

    const first = await runOnPr(schema('string', '2.0.0'));
    expect(first.code).toBe(1);
    expect(hasStackTrace(first.stdout + first.stderr)).toBe(false);
    const mine = gh.commentsOn(PR).filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('## ❌ 1 breaking change blocks this pull request');
    expect(mine[0]!.body).toContain('Checked at `a1b2c3d4e5f6`');
    expect(mine[0]!.body).toContain('[job summary](https://github.example/acme/contracts/actions/runs/4242)');
    // The failure names the label and the config snippet that would approve the break.
    // …and says that the platform refuses the update whatever the approval (the way out: a new title).
    expect(first.stdout).toContain(
      `::error::2 error(s), 0 warning(s), 1 breaking change(s): fails at fail-on: error. The platform refuses 1 update(s) whatever the approval (platform-refuses-update): ship a breaking version under a new title. To approve intended breaking changes, add the pull request label "${LABEL}"`,
    );
    expect(first.stdout).toContain(
      'ignores:%0A  - rule: type-changed%0A    contract: "CallConnected"%0A    pointer: "/properties/wait_seconds/type"',
    );
    expect(first.stdout).toMatch(
      /::error title=type-changed,file=cxone\/schemas\/call-connected.yaml,line=11,col=5::type of "wait_seconds" changed from "integer" to "string"%0A%0ATo approve this intended break: add the label "cxone-breaking-change-approved"/,
    );
    expect(first.outputs).toMatchObject({ errors: '2', breaking: '1' });
    // The PR's changed files were asked for (to rank annotations).
    expect(gh.requests.some((q) => q.path === `/repos/acme/contracts/pulls/${PR}/files`)).toBe(true);
    // The same content is in the job summary.
    expect(first.summary).toContain('### Breaking changes');
    expect(first.summary).toContain(`label \`${LABEL}\``);
    expect(first.summary).toContain(`> The [pull-request comment](${mine[0]!.html_url}) has the breaking changes too.`);

    const second = await runOnPr(schema('number', '2.0.0'));
    expect(second.code).toBe(1);
    expect(
      gh
        .commentsOn(PR)
        .filter((c) => c.body.includes(MARKER))
        .map((c) => c.id),
    ).toEqual([mine[0]!.id]);
    expect(gh.commentsOn(PR).find((c) => c.id === mine[0]!.id)!.body).toContain('changed from "integer" to "number"');

    const third = await runOnPr(schema('integer', '1.0.0'));
    expect(third.code).toBe(0);
    const resolved = gh.commentsOn(PR).filter((c) => c.body.includes(MARKER));
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.body).toContain('## ✅ resolved — no breaking changes');

    expect(gh.comments.find((c) => c.id === other.id)!.body).toBe('<!-- other-bot -->\nI am another bot');
    expect(gh.writes().every((w) => w.path !== `/repos/acme/contracts/issues/comments/${other.id}`)).toBe(true);
    // The token is masked the moment it is read and never printed.
    expect(first.stdout).toContain('::add-mask::write-token');
    expect(
      (first.stdout.replace('::add-mask::write-token', '') + first.stderr + first.summary).includes('write-token'),
    ).toBe(false);
  });

  it('does not comment on a clean pull request that has no comment', async () => {
    const r = await runOnPr(schema('integer', '1.0.0'));
    expect(r.code).toBe(0);
    expect(gh.writes()).toEqual([]);
  });

  it('with a read-only token (a fork PR) warns, falls back to the job summary, and still fails on errors', async () => {
    const r = await runOnPr(schema('string', '2.0.0'), { token: 'read-token' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::warning::cxone-contract: could not update the pull-request comment: HTTP 403: Resource not accessible by integration/,
    );
    expect(r.summary).toContain('could not update the pull-request comment');
    expect(r.summary).toContain('### Breaking changes');
    expect(r.stdout).toContain('::error::2 error(s)');
    expect(gh.comments).toEqual([]);
  });

  it('honours the approval label from the event payload: the break listed as approved; the platform still refuses the update; a too-small bump still fails', async () => {
    const approved = await runOnPr(schema('string', '2.0.0'), { labels: ['documentation', LABEL] });
    // the break is approved (intended), but no approval makes the platform take a non-additive update
    expect(approved.code).toBe(1);
    expect(approved.outputs).toMatchObject({ errors: '1', breaking: '0' });
    expect(approved.stdout).toMatch(
      /::error title=platform-refuses-update,file=cxone\/schemas\/call-connected\.yaml,line=\d+,col=\d+::the platform will refuse this update/,
    );
    const body = gh.commentsOn(PR)[0]!.body;
    expect(body).toContain('## ❌ cxone-contract check failed (1 error, no unapproved breaking change)');
    expect(body).toMatch(
      /\| error \| `platform-refuses-update` \| `cxone\/schemas\/call-connected\.yaml:3` \| .*publish it under a new title \(e\.g\. "CallConnectedV2"\)/,
    );
    expect(body).toContain('✅ approved (label)');
    expect(approved.summary).toContain('✅ approved (label)');
    const report = JSON.parse(await readFile(approved.outputs['report-file']!, 'utf8'));
    expect(report.findings.find((f: { rule: string }) => f.rule === 'type-changed').suppressed).toEqual({
      reason: `approved by the pull request label "${LABEL}"`,
      by: 'label',
    });

    const minor = await runOnPr(schema('string', '1.1.0'), { labels: [LABEL] });
    expect(minor.code).toBe(1);
    expect(minor.stdout).toContain('::error title=version-bump-too-small');
    expect(minor.outputs).toMatchObject({ breaking: '0' });
  });

  it('a label with another name approves nothing', async () => {
    const r = await runOnPr(schema('string', '2.0.0'), { labels: ['breaking-ok'] });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ breaking: '1' });
  });

  it('writes the SARIF file and sets the sarif-file output', async () => {
    const r = await runOnPr(schema('string', '2.0.0'), {
      inputs: { 'sarif-file': 'out/results.sarif', comment: 'false' },
    });
    expect(r.outputs['sarif-file']).toBe(join(r.ws, 'out/results.sarif'));
    const sarif = JSON.parse(await readFile(r.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('type-changed');
    expect(gh.writes()).toEqual([]);
  });

  it('150 breaking changes: capped annotations plus one overflow notice; every finding in the summary and the JSON report', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `field_${String(i).padStart(3, '0')}`);
    const wide = {
      ...live.entities[0]!,
      id: 'sch-2',
      title: 'WideEvent',
      properties: Object.fromEntries(names.map((n) => [n, { type: 'integer' }])),
      required: [],
    };
    const repo =
      'title: CallConnected\ndescription: A call was connected to an agent.\ncxoneVersion: 2.0.0\n$schema: http://json-schema.org/draft-07/schema#\ntype: object\nadditionalProperties: false\nproperties:\n' +
      names.map((n) => `  ${n}:\n    type: string\n`).join('');
    live.entities.push(wide);
    try {
      const r = await runOnPr(repo.replace('CallConnected', 'WideEvent'), {});
      expect(r.code).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      // 9 findings + the step's own failure message = GitHub's 10 errors per step
      expect(errors.filter((l) => l.startsWith('::error title=type-changed'))).toHaveLength(9);
      expect(errors).toHaveLength(10);
      const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice'));
      expect(notices, notices.join('\n')).toHaveLength(1);
      expect(notices[0]).toContain('142 more findings not shown as annotations');
      expect(notices[0]).toContain(join(r.ws, 'out/cxone-contract-report.json'));
      const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
      expect(report.findings.filter((f: { rule: string }) => f.rule === 'type-changed')).toHaveLength(150);
      // (markdown-escaped in the summary: field\_000)
      for (const n of names) expect(r.summary).toContain(`type of "${n.replace('_', '\\_')}" changed`);
      expect(r.summary).toContain('142 more findings not shown as annotations');
    } finally {
      live.entities.pop();
    }
  });

  it('a removed property is annotated on the nearest surviving line', async () => {
    const without = schema('integer', '2.0.0').replace('  wait_seconds:\n    type: integer\n', '');
    const r = await runOnPr(without, { inputs: { comment: 'false' } });
    // `properties:` (line 7) is the nearest existing ancestor of /properties/wait_seconds
    expect(r.stdout).toMatch(
      /::error title=property-removed[a-z-]*,file=cxone\/schemas\/call-connected.yaml,line=7,col=1::/,
    );
  });

  it('the CLI prints the same SARIF with --format sarif', async () => {
    const ws = await tempRepo({
      'cxone/schemas/call-connected.yaml': schema('string', '2.0.0'),
      'registry-export.json': JSON.stringify(live),
    });
    const r = runNode(CLI, ['check', '--export', 'registry-export.json', '--format', 'sarif'], { cwd: ws });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const result = (rule: string) => sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === rule);
    expect(result('type-changed')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 11, startColumn: 5 } } }],
    });
    expect(result('platform-refuses-update')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3 } } }],
    });
  });
});
