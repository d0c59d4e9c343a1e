// The action edits only what it wrote: the sticky comment and the tracking issue are looked for
// among what the token's own identity wrote, whose body starts with the marker. Against the
// loopback fake of the GitHub API, which answers "who am I" the way GitHub does for an
// installation token (the Actions GITHUB_TOKEN) and for a personal token.

import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import { createOctokit } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { FALLBACK_LOGIN, isAuthoredBy, tokenIdentity } from '../../src/github/identity.js';
import { hiddenMarker } from '../../src/github/marker.js';
import { commentMarker, publishComment, pullRequestTarget } from '../../src/github/pull-request.js';
import { syncTrackingIssue } from '../../src/github/tracking-issue.js';
import { DEFAULT_APPROVAL } from '../../src/report/index.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../fakes/github-api.js';
import { breakingFinding, realisticReport } from '../report/report-fixture.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.stop();
  gh = undefined;
});
async function fake(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  gh = await startFakeGitHub(opts);
  return gh;
}

const PR = 7;
const ctx = (job = 'check'): RunContext => ({
  owner: 'acme',
  repo: 'contracts',
  workflow: 'contracts',
  job,
  eventName: 'pull_request',
  pullNumber: PR,
  labels: [],
});

function breaking(over: Partial<Finding> = {}): Report {
  return { ...realisticReport(), findings: [{ ...breakingFinding(), ...over }], failed: true };
}

const publish = (g: FakeGitHub, report: Report, opts: { token?: string; job?: string } = {}) =>
  publishComment(
    report,
    pullRequestTarget(ctx(opts.job), opts.token ?? 'write-token', g.url)!,
    ctx(opts.job),
    DEFAULT_APPROVAL,
  );

const writePaths = (g: FakeGitHub) => g.writes().map((w) => `${w.method} ${w.path}`);

describe('who the token is', () => {
  it('an installation token (GITHUB_TOKEN) is github-actions[bot] by GraphQL viewer, though GET /user is 403 for it', async () => {
    const g = await fake();
    const octokit = createOctokit('write-token', g.url);
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect(await tokenIdentity(octokit)).toEqual({ login: 'github-actions[bot]', bot: true, source: 'graphql' });
  });

  it('a personal token is its user', async () => {
    const g = await fake();
    expect(await tokenIdentity(createOctokit('pat-token', g.url))).toEqual({
      login: 'octocat',
      bot: false,
      source: 'graphql',
    });
  });

  it('without GraphQL: GET /user for a personal token, github-actions[bot] when nothing answers', async () => {
    const g = await fake({ graphql: false });
    expect(await tokenIdentity(createOctokit('pat-token', g.url))).toEqual({
      login: 'octocat',
      bot: false,
      source: 'rest',
    });
    expect(await tokenIdentity(createOctokit('write-token', g.url))).toEqual({
      login: FALLBACK_LOGIN,
      bot: true,
      source: 'fallback',
    });
  });

  it('is asked once per client', async () => {
    const g = await fake();
    const octokit = createOctokit('write-token', g.url);
    await Promise.all([tokenIdentity(octokit), tokenIdentity(octokit)]);
    await tokenIdentity(octokit);
    expect(g.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('compares logins case-insensitively and never takes a person for an app of the same name', () => {
    const bot = { login: 'github-actions[bot]', bot: true, source: 'graphql' as const };
    expect(isAuthoredBy({ login: 'GitHub-Actions[bot]', type: 'Bot' }, bot)).toBe(true);
    // GraphQL may name an app without the suffix: still the same app.
    expect(isAuthoredBy({ login: 'github-actions[bot]', type: 'Bot' }, { ...bot, login: 'github-actions' })).toBe(true);
    expect(isAuthoredBy({ login: 'github-actions', type: 'User' }, bot)).toBe(false);
    expect(isAuthoredBy({ login: 'octocat[bot]', type: 'Bot' }, { login: 'octocat', bot: false, source: 'rest' })).toBe(
      false,
    );
    expect(isAuthoredBy(null, bot)).toBe(false);
    expect(isAuthoredBy({ login: '' }, bot)).toBe(false);
  });
});

describe('sticky comment: only our own, only when it starts with the marker', () => {
  it('never edits a comment by someone else that starts with our exact marker', async () => {
    const g = await fake();
    const marker = commentMarker(ctx());
    const forged = g.addComment(PR, `${marker}\nforged by a PR author`, 'mallory');
    const otherApp = g.addComment(PR, `${marker}\nanother app`, 'other-app[bot]');
    const namesake = g.addComment(PR, `${marker}\na person named like the bot`, 'github-actions');

    const r = await publish(g, breaking());
    expect(r.result?.action).toBe('created');
    expect(writePaths(g)).toEqual([`POST /repos/acme/contracts/issues/${PR}/comments`]);
    expect(g.comments.find((c) => c.id === forged.id)!.body).toBe(`${marker}\nforged by a PR author`);
    expect(g.comments.find((c) => c.id === otherApp.id)!.body).toBe(`${marker}\nanother app`);
    expect(g.comments.find((c) => c.id === namesake.id)!.body).toBe(`${marker}\na person named like the bot`);
    expect(g.comments.find((c) => c.id === r.result!.id)!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });

    // The next run finds the one it wrote, and only that one.
    const again = await publish(g, breaking({ message: 'changed again' }));
    expect(again.result).toMatchObject({ action: 'updated', id: r.result!.id });
  });

  it('never adopts our own comment that only carries the marker further down', async () => {
    const g = await fake();
    const marker = commentMarker(ctx());
    const quoting = g.addComment(PR, `Some other report.\n${marker}\n`, 'github-actions[bot]');
    const indented = g.addComment(PR, ` ${marker}\n`, 'github-actions[bot]');
    const r = await publish(g, breaking());
    expect(r.result?.action).toBe('created');
    expect(r.result?.id).not.toBe(quoting.id);
    expect(g.comments.find((c) => c.id === quoting.id)!.body).toBe(`Some other report.\n${marker}\n`);
    expect(g.comments.find((c) => c.id === indented.id)!.body).toBe(` ${marker}\n`);
  });

  it('with a personal token: edits the comment that user wrote, not github-actions[bot]’s', async () => {
    const g = await fake();
    const marker = commentMarker(ctx());
    const bots = g.addComment(PR, `${marker}\nwritten with GITHUB_TOKEN`, 'github-actions[bot]');
    const mine = g.addComment(PR, `${marker}\nwritten with the PAT`, 'octocat');
    const r = await publish(g, breaking(), { token: 'pat-token' });
    expect(r.result).toMatchObject({ action: 'updated', id: mine.id });
    expect(writePaths(g)).toEqual([`PATCH /repos/acme/contracts/issues/comments/${mine.id}`]);
    expect(g.comments.find((c) => c.id === bots.id)!.body).toBe(`${marker}\nwritten with GITHUB_TOKEN`);
  });

  it('a property name carrying another job’s marker does not make that job adopt this job’s comment', async () => {
    const g = await fake();
    const otherJobMarker = commentMarker(ctx('other-job'));
    const hostile = breaking({
      pointer: `/properties/${otherJobMarker}/type`,
      contract: otherJobMarker,
      message: `\`${otherJobMarker}\` changed type; ${otherJobMarker}`,
      help: `rename ${otherJobMarker}`,
      witness: { [otherJobMarker]: 0 },
      file: `cxone/schemas/${otherJobMarker}.yaml`,
    });
    const check = await publish(g, hostile);
    expect(check.result?.action).toBe('created');
    const body = g.comments.find((c) => c.id === check.result!.id)!.body;
    // The only HTML comment in the body is its own marker, on the first line.
    expect(body.startsWith(commentMarker(ctx()))).toBe(true);
    expect(body.split('<!--')).toHaveLength(2);
    expect(body.split('-->')).toHaveLength(2);
    expect(body).toContain('other-job');

    const other = await publish(g, breaking(), { job: 'other-job' });
    expect(other.result?.action).toBe('created');
    expect(other.result?.id).not.toBe(check.result!.id);
    expect(g.comments.find((c) => c.id === check.result!.id)!.body).toBe(body);
  });

  it('asks who it is once per run, however many pages it reads', async () => {
    const g = await fake();
    for (let i = 0; i < 230; i++) g.addComment(PR, `comment ${i}`);
    await publish(g, breaking());
    expect(g.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    expect(g.requests.filter((r) => r.path.endsWith(`/issues/${PR}/comments`) && r.method === 'GET')).toHaveLength(3);
  });
});

describe('tracking issue: only our own, only when it starts with the marker', () => {
  const base = (g: FakeGitHub, token = 'write-token') => ({
    octokit: createOctokit(token, g.url),
    owner: 'acme',
    repo: 'contracts',
    marker: 'drift',
    title: 'Contract drift',
  });

  it('never edits an issue someone else opened with our marker, nor one of ours with the marker further down', async () => {
    const g = await fake();
    const marker = hiddenMarker('drift');
    const forged = g.addIssue({ title: 'forged', body: `${marker}\nforged`, login: 'mallory' });
    const quoted = g.addIssue({ title: 'quoted', body: `notes\n${marker}`, login: 'github-actions[bot]' });
    const r = await syncTrackingIssue({ ...base(g), body: '1 drifted', open: true });
    expect(r.action).toBe('created');
    expect(writePaths(g)).toEqual(['POST /repos/acme/contracts/issues']);
    expect(g.issues.find((i) => i.number === forged.number)).toMatchObject({
      title: 'forged',
      body: `${marker}\nforged`,
      state: 'open',
    });
    expect(g.issues.find((i) => i.number === quoted.number)).toMatchObject({
      title: 'quoted',
      body: `notes\n${marker}`,
    });
    expect(g.issues.find((i) => i.number === r.number)!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });

    // Closing finds ours, and leaves the forged one open.
    const closed = await syncTrackingIssue({ ...base(g), body: 'no drift', open: false });
    expect(closed).toMatchObject({ action: 'closed', number: r.number });
    expect(g.issues.find((i) => i.number === forged.number)!.state).toBe('open');
  });

  it('with a personal token: the issue that user opened', async () => {
    const g = await fake();
    const marker = hiddenMarker('drift');
    const bots = g.addIssue({ title: 'bot', body: `${marker}\nold`, login: 'github-actions[bot]' });
    const mine = g.addIssue({ title: 'mine', body: `${marker}\nold`, login: 'octocat' });
    const r = await syncTrackingIssue({ ...base(g, 'pat-token'), body: 'new', open: true });
    expect(r).toMatchObject({ action: 'updated', number: mine.number });
    expect(g.issues.find((i) => i.number === bots.number)!.body).toBe(`${marker}\nold`);
  });
});
