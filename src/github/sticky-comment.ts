// The sticky PR comment: one per workflow + job, found among the PR's comments (all pages) as the
// one written by the token's own identity whose body starts with our exact marker; updated in
// place, created only when there is something to say. Every other comment (other bots, people
// quoting or forging the marker, our other jobs) is never touched.

import type { Octokit } from './client.js';
import { isAuthoredBy, tokenIdentity, type AuthorLike } from './identity.js';
import { findMarked } from './marker.js';

export interface StickyCommentInput {
  octokit: Octokit;
  owner: string;
  repo: string;
  pullNumber: number;
  /** The hidden marker (see hiddenMarker), already part of both bodies below. */
  marker: string;
  /** The body while there is something to report. */
  body: string;
  /** true: the PR is clean. An existing comment gets `resolvedBody`; none is created. */
  clean: boolean;
  resolvedBody: string;
}

export type StickyAction = 'created' | 'updated' | 'resolved' | 'unchanged' | 'none';

export interface StickyResult {
  action: StickyAction;
  id?: number;
  url?: string;
}

export async function syncStickyComment(input: StickyCommentInput): Promise<StickyResult> {
  const { octokit, owner, repo } = input;
  const existing = await findComment(octokit, owner, repo, input.pullNumber, input.marker);
  const body = input.clean ? input.resolvedBody : input.body;
  if (!existing) {
    if (input.clean) return { action: 'none' };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: input.pullNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  }
  if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: input.clean ? 'resolved' : 'updated', id: data.id, url: data.html_url };
}

interface CommentLike {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: AuthorLike | null;
}

/** The first comment the token's identity wrote that starts with `marker`. */
async function findComment(
  octokit: Octokit,
  owner: string,
  repo: string,
  issue: number,
  marker: string,
): Promise<CommentLike | undefined> {
  const me = await tokenIdentity(octokit);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100,
  });
  return findMarked<CommentLike>(pages, marker, (c) => isAuthoredBy(c.user, me));
}
