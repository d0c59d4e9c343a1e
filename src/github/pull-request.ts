// What a check run does on its pull request through the API: learn the changed files (to rank
// annotations) and keep the sticky comment current. Nothing here may fail the step or pass it:
// trouble (a fork's read-only token, an API outage) comes back as warnings for the front to show.

import type { Report } from '../core/report.js';
import { isClean, prCommentBody, resolvedCommentBody, type ApprovalOptions } from '../report/index.js';
import { createOctokit, type Octokit } from './client.js';
import type { RunContext } from './context.js';
import { describeGitHubError, isAccessDenied } from './errors.js';
import { hiddenMarker } from './marker.js';
import { changedFiles } from './pr-files.js';
import { syncStickyComment, type StickyResult } from './sticky-comment.js';

export interface PullRequestTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  pullNumber: number;
}

/** The PR this run can talk to, or undefined (no token, not a pull_request event, no repo). */
export function pullRequestTarget(
  ctx: RunContext,
  token: string | undefined,
  apiUrl?: string,
): PullRequestTarget | undefined {
  if (!token || ctx.pullNumber === undefined || !ctx.owner || !ctx.repo) return undefined;
  return { octokit: createOctokit(token, apiUrl), owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber };
}

/** The PR's changed files, or undefined with a warning when they cannot be listed. */
export async function prChangedFiles(target: PullRequestTarget, warnings: string[]): Promise<Set<string> | undefined> {
  try {
    return await changedFiles(target.octokit, target.owner, target.repo, target.pullNumber);
  } catch (err) {
    warnings.push(
      `cxone-contract: could not list the pull request's changed files (${describeGitHubError(err)}); annotations are ranked without them.`,
    );
    return undefined;
  }
}

/** The sticky comment's marker: one comment per workflow + job. */
export function commentMarker(ctx: Pick<RunContext, 'workflow' | 'job'>): string {
  return hiddenMarker(`${ctx.workflow}:${ctx.job}`);
}

export interface CommentOutcome {
  result?: StickyResult;
  /** A warning for the log (and a note for the job summary) when the comment could not be written. */
  warning?: string;
}

export async function publishComment(
  report: Report,
  target: PullRequestTarget,
  ctx: RunContext,
  approval: ApprovalOptions,
): Promise<CommentOutcome> {
  const opts = {
    ...approval,
    marker: commentMarker(ctx),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    ...(ctx.headSha ? { sha: ctx.headSha } : {}),
  };
  try {
    const result = await syncStickyComment({
      octokit: target.octokit,
      owner: target.owner,
      repo: target.repo,
      pullNumber: target.pullNumber,
      marker: opts.marker,
      clean: isClean(report),
      body: prCommentBody(report, opts),
      resolvedBody: resolvedCommentBody(report, opts),
    });
    return { result };
  } catch (err) {
    const why = isAccessDenied(err)
      ? 'the token may not write comments here (pull requests from forks get a read-only GITHUB_TOKEN; give the job `permissions: pull-requests: write`, or set `comment: false`)'
      : 'the GitHub API failed';
    return {
      warning: `cxone-contract: could not update the pull-request comment: ${describeGitHubError(err)}; ${why}. The findings are in the job summary.`,
    };
  }
}
