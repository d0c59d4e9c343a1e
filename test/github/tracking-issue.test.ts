import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { hiddenMarker } from '../../src/github/marker.js';
import { syncTrackingIssue } from '../../src/github/tracking-issue.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.stop();
});

const base = () => ({
  octokit: createOctokit('write-token', gh.url),
  owner: 'acme',
  repo: 'contracts',
  marker: 'drift',
  title: 'Contract drift',
});

describe('syncTrackingIssue', () => {
  it('does nothing when there is nothing to track and no issue exists', async () => {
    expect(await syncTrackingIssue({ ...base(), body: 'clean', open: false })).toEqual({ action: 'none' });
    expect(gh.writes()).toEqual([]);
  });

  it('creates the issue once, then updates the same one in place, then closes it with the final body', async () => {
    const first = await syncTrackingIssue({ ...base(), body: '2 drifted', open: true, labels: ['drift'] });
    expect(first.action).toBe('created');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.body).toBe(`${hiddenMarker('drift')}\n2 drifted`);
    expect(gh.issues[0]!.labels).toEqual([{ name: 'drift' }]);

    const second = await syncTrackingIssue({ ...base(), body: '3 drifted', open: true, labels: ['drift'] });
    expect(second).toMatchObject({ action: 'updated', number: first.number });
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.body).toContain('3 drifted');

    const closed = await syncTrackingIssue({ ...base(), body: 'no drift', open: false, labels: ['drift'] });
    expect(closed).toMatchObject({ action: 'closed', number: first.number });
    expect(gh.issues[0]).toMatchObject({ state: 'closed', body: `${hiddenMarker('drift')}\nno drift` });

    const reopened = await syncTrackingIssue({ ...base(), body: 'drift again', open: true });
    expect(reopened).toMatchObject({ action: 'reopened', number: first.number });
    expect(gh.issues[0]!.state).toBe('open');
  });

  it('finds its issue past the first page, skipping pull requests and issues with other markers', async () => {
    const mine = gh.addIssue({
      title: 'old',
      body: `${hiddenMarker('drift')}\nold`,
      state: 'closed',
      login: 'github-actions[bot]',
    });
    gh.addIssue({ title: 'someone else', body: '<!-- other-bot:drift -->' });
    gh.addIssue({ title: 'a PR quoting the marker', body: hiddenMarker('drift'), pull: true });
    for (let i = 0; i < 230; i++) gh.addIssue({ title: `noise ${i}` });

    const r = await syncTrackingIssue({ ...base(), body: 'new', open: true });
    expect(r).toMatchObject({ action: 'reopened', number: mine.number });
    const listed = gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/issues'));
    expect(listed.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(listed[0]!.query.state).toBe('all');
    expect(gh.writes()).toHaveLength(1);
    expect(
      gh.issues
        .filter((i) => i.body.includes('cxone-contract:drift') && i.number !== mine.number)
        .every((i) => i.body === hiddenMarker('drift')),
    ).toBe(true);
  });

  it('leaves an already closed issue alone when its body would not change', async () => {
    await syncTrackingIssue({ ...base(), body: 'x', open: true });
    await syncTrackingIssue({ ...base(), body: 'fine', open: false });
    const before = gh.writes().length;
    expect((await syncTrackingIssue({ ...base(), body: 'fine', open: false })).action).toBe('none');
    expect(gh.writes()).toHaveLength(before);
  });

  it('surfaces a read-only token as a 403 error the caller can fall back on', async () => {
    await expect(
      syncTrackingIssue({ ...base(), octokit: createOctokit('read-token', gh.url), body: 'x', open: true }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
