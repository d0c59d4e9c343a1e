// The sticky PR comment against a loopback fake of the GitHub REST API.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import type { RunContext } from '../../src/github/context.js';
import { commentMarker, publishComment, pullRequestTarget } from '../../src/github/pull-request.js';
import { DEFAULT_APPROVAL, MAX_COMMENT_CHARS } from '../../src/report/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { breakingFinding, realisticReport } from '../report/report-fixture.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.stop();
});

const PR = 7;
const ctx: RunContext = {
  owner: 'acme',
  repo: 'contracts',
  workflow: 'contracts',
  job: 'check',
  eventName: 'pull_request',
  pullNumber: PR,
  labels: [],
  runUrl: 'https://github.example/acme/contracts/actions/runs/42',
};

function clean(): Report {
  const r = realisticReport();
  return {
    ...r,
    findings: [],
    failed: false,
    counts: { ...r.counts, errors: 0, warnings: 0, notices: 0, breaking: 0, suppressed: 0 },
  };
}

function breaking(n: number): Report {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    ...breakingFinding(),
    pointer: `/properties/p${i}/type`,
    message: `type of "p${i}" changed from "integer" to "string"`,
    line: i + 1,
  }));
  return { ...realisticReport(), findings, failed: true };
}

const publish = (report: Report, token = 'write-token') =>
  publishComment(report, pullRequestTarget(ctx, token, gh.url)!, ctx, DEFAULT_APPROVAL);

describe('sticky PR comment', () => {
  it('first run creates it, the second updates the same one, a clean run marks it resolved', async () => {
    const first = await publish(breaking(1));
    expect(first.result?.action).toBe('created');
    expect(gh.commentsOn(PR)).toHaveLength(1);
    const body1 = gh.commentsOn(PR)[0]!.body;
    expect(body1.startsWith(`${commentMarker(ctx)}\n\n## ❌ 1 breaking change blocks this pull request`)).toBe(true);
    expect(body1).toContain('| Status | Rule | Schema | Pointer | Witness event | Fix | How to approve |');
    expect(body1).toContain('`{"interaction":{"id":"int-1","duration_seconds":0}}`');
    expect(body1).toContain('label `cxone-breaking-change-approved`');
    expect(body1).toContain(
      'ignores: [{rule: type-changed, contract: "InteractionEnded", pointer: "/properties/p0/type", reason: "…"}]',
    );

    const second = await publish(breaking(2));
    expect(second.result).toMatchObject({ action: 'updated', id: first.result!.id });
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.commentsOn(PR)[0]!.body).toContain('## ❌ 2 breaking changes block');

    const third = await publish(clean());
    expect(third.result).toMatchObject({ action: 'resolved', id: first.result!.id });
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.commentsOn(PR)[0]!.body).toContain('## ✅ resolved — no breaking changes');

    // Resolved and still clean: nothing to write.
    const fourth = await publish(clean());
    expect(fourth.result?.action).toBe('unchanged');
    expect(gh.writes()).toHaveLength(3);
  });

  it('creates nothing for a clean PR that has no comment yet', async () => {
    expect((await publish(clean())).result?.action).toBe('none');
    expect(gh.writes()).toEqual([]);
  });

  it('finds its comment on page 3 of 250 and touches no other comment', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(PR, i === 5 ? '<!-- other-bot:sticky -->\nother bot' : `comment ${i}`);
    // Another job of ours, and someone quoting a marker of a different workflow: both not ours.
    gh.addComment(PR, '<!-- cxone-contract:contracts:other-job -->\nother job');
    gh.addComment(PR, '<!-- cxone-contract:other-workflow:check -->\nother workflow');
    const mine = gh.addComment(PR, `${commentMarker(ctx)}\nold body`, 'github-actions[bot]');
    for (let i = 0; i < 17; i++) gh.addComment(PR, `later ${i}`);
    const before = new Map(gh.comments.map((c) => [c.id, c.body]));

    const r = await publish(breaking(1));
    expect(r.result).toMatchObject({ action: 'updated', id: mine.id });
    const pages = gh.requests
      .filter((q) => q.method === 'GET' && q.path.endsWith(`/issues/${PR}/comments`))
      .map((q) => q.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/acme/contracts/issues/comments/${mine.id}`,
    ]);
    for (const c of gh.comments) if (c.id !== mine.id) expect(c.body).toBe(before.get(c.id));
  });

  it('keeps the body under 65,536 characters with 2,000 breaking changes and points to the job summary', async () => {
    const r = await publish(breaking(2000));
    expect(r.result?.action).toBe('created');
    const body = gh.commentsOn(PR)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS / 2);
    const rows = body.split('\n').filter((l) => l.startsWith('| ❌ blocking')).length;
    expect(rows).toBeGreaterThan(20);
    expect(body).toContain(
      `Not shown here (a comment holds at most 65,536 characters): ${2000 - rows} of 2000 breaking changes. Every finding is in the [job summary](https://github.example/acme/contracts/actions/runs/42) and in the JSON report.`,
    );
  });

  it('falls back with a warning when the token is read-only (a fork PR)', async () => {
    gh.addComment(PR, `${commentMarker(ctx)}\nold`, 'github-actions[bot]');
    const r = await publish(breaking(1), 'read-token');
    expect(r.result).toBeUndefined();
    expect(r.warning).toContain('could not update the pull-request comment: HTTP 403');
    expect(r.warning).toContain('pull requests from forks get a read-only GITHUB_TOKEN');
    expect(r.warning).not.toContain('read-token');
    expect(gh.commentsOn(PR)[0]!.body).toBe(`${commentMarker(ctx)}\nold`);
  });

  it('lists approved breaking changes as approved and does not call the PR blocked', async () => {
    const report = breaking(1);
    report.findings[0]!.suppressed = {
      reason: 'approved by the pull request label "cxone-breaking-change-approved"',
      by: 'label',
    };
    report.failed = false;
    await publish(report);
    const body = gh.commentsOn(PR)[0]!.body;
    expect(body).toContain('## ✅ 1 breaking change approved');
    expect(body).toContain('| ✅ approved (label) |');
    expect(body).not.toContain('❌');
  });
});
