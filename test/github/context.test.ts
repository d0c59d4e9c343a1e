import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { readRunContext } from '../../src/github/context.js';
import { changedFiles } from '../../src/github/pr-files.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';

async function payloadFile(data: unknown): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'cxc-ctx-')), 'event.json');
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('readRunContext', () => {
  it('reads the repo, workflow, job, PR number, labels and head SHA of a pull_request event', async () => {
    const path = await payloadFile({
      action: 'labeled',
      number: 5,
      label: { name: 'x' },
      pull_request: {
        number: 5,
        labels: [{ name: 'a' }, { name: 'cxone-breaking-change-approved' }],
        head: { sha: 'abc' },
      },
    });
    const ctx = await readRunContext({
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: 'acme/contracts',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'check',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_RUN_ID: '9',
      GITHUB_SERVER_URL: 'https://ghe.example/',
    });
    expect(ctx).toEqual({
      owner: 'acme',
      repo: 'contracts',
      workflow: 'CI',
      job: 'check',
      eventName: 'pull_request',
      pullNumber: 5,
      labels: ['a', 'cxone-breaking-change-approved'],
      headSha: 'abc',
      runUrl: 'https://ghe.example/acme/contracts/actions/runs/9',
    });
  });

  it("reads the pull request's base commit on pull_request and pull_request_target only", async () => {
    const path = await payloadFile({
      number: 5,
      pull_request: { number: 5, base: { sha: 'b45e' }, head: { sha: 'abc' } },
    });
    for (const [event, base] of [
      ['pull_request', 'b45e'],
      ['pull_request_target', 'b45e'],
      ['pull_request_review', undefined],
      ['issue_comment', undefined],
    ] as const) {
      expect((await readRunContext({ GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: event })).baseSha, event).toBe(base);
    }
    const odd = await payloadFile({ number: 5, pull_request: { number: 5, base: { sha: 42 } } });
    expect(
      (await readRunContext({ GITHUB_EVENT_PATH: odd, GITHUB_EVENT_NAME: 'pull_request' })).baseSha,
    ).toBeUndefined();
  });

  it('a push event, a missing or broken payload: no PR and no labels, never an exception', async () => {
    for (const env of [
      { GITHUB_EVENT_PATH: await payloadFile({ ref: 'refs/heads/main' }) },
      { GITHUB_EVENT_PATH: await payloadFile('{not json') },
      { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      {},
    ]) {
      const ctx = await readRunContext(env);
      expect(ctx.pullNumber).toBeUndefined();
      expect(ctx.labels).toEqual([]);
    }
  });
});

describe('changedFiles', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.stop();
  });

  it('reads every page of the PR files', async () => {
    gh = await startFakeGitHub();
    gh.pullFiles.set(
      3,
      Array.from({ length: 250 }, (_, i) => `cxone/schemas/s${i}.yaml`),
    );
    const files = await changedFiles(createOctokit('read-token', gh.url), 'acme', 'contracts', 3);
    expect(files.size).toBe(250);
    expect(files.has('cxone/schemas/s249.yaml')).toBe(true);
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });
});
