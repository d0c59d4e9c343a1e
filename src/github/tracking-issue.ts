// One tracking issue per marker (the nightly drift run keeps one up to date): found among all
// issues (open and closed, paginated) as the one the token's own identity opened whose body starts
// with the hidden marker; created or updated in place while there is something to track, and
// closed (with the final body) once there is not. Issues by anyone else are never touched.

import type { Octokit } from './client.js';
import { isAuthoredBy, tokenIdentity, type AuthorLike } from './identity.js';
import { findMarked, hiddenMarker } from './marker.js';

export interface TrackingIssueInput {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** Marker id, e.g. `drift`; written as a hidden HTML comment at the top of the body. */
  marker: string;
  title: string;
  /** Markdown body, without the marker (it is added). */
  body: string;
  /** true: there is something to track (create/update/reopen); false: close it if it exists. */
  open: boolean;
  /** Labels to put on a new issue; when given, the search also narrows to issues with them. */
  labels?: string[];
}

export type TrackingAction = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export interface TrackingResult {
  action: TrackingAction;
  /** Issue number, when an issue exists (or was created). */
  number?: number;
  url?: string;
}

interface IssueLike {
  number: number;
  body?: string | null;
  state?: string;
  html_url?: string;
  pull_request?: unknown;
  user?: AuthorLike | null;
}

export async function syncTrackingIssue(input: TrackingIssueInput): Promise<TrackingResult> {
  const { octokit, owner, repo } = input;
  const marker = hiddenMarker(input.marker);
  const body = `${marker}\n${input.body}`;
  const existing = await findIssue(octokit, owner, repo, marker, input.labels);

  if (!existing) {
    if (!input.open) return { action: 'none' };
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: input.title,
      body,
      ...(input.labels?.length ? { labels: input.labels } : {}),
    });
    return { action: 'created', number: data.number, url: data.html_url };
  }
  const wasOpen = existing.state !== 'closed';
  if (!input.open && !wasOpen && existing.body === body)
    return { action: 'none', number: existing.number, url: existing.html_url };
  const { data } = await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: existing.number,
    title: input.title,
    body,
    state: input.open ? 'open' : 'closed',
  });
  const action: TrackingAction = input.open ? (wasOpen ? 'updated' : 'reopened') : wasOpen ? 'closed' : 'updated';
  return { action, number: data.number, url: data.html_url };
}

/** The newest issue (not pull request) the token's identity opened that starts with `marker`, open or closed. */
async function findIssue(
  octokit: Octokit,
  owner: string,
  repo: string,
  marker: string,
  labels?: string[],
): Promise<IssueLike | undefined> {
  const me = await tokenIdentity(octokit);
  const params = {
    owner,
    repo,
    state: 'all' as const,
    per_page: 100,
    sort: 'created' as const,
    direction: 'desc' as const,
    ...(labels?.length ? { labels: labels.join(',') } : {}),
  };
  // GitHub lists pull requests among issues: skip them.
  return findMarked<IssueLike>(
    octokit.paginate.iterator(octokit.rest.issues.listForRepo, params),
    marker,
    (i) => !i.pull_request && isAuthoredBy(i.user, me),
  );
}
