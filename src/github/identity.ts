// Who the token is, so the sticky comment and the tracking issue are only ever looked for among
// what this identity wrote: anyone can paste our marker into a comment, nobody else can post as us.
//
// GraphQL `viewer { login }` first: it answers for a personal token and for an installation token
// alike (the Actions GITHUB_TOKEN, a GitHub App's token), where REST `GET /user` answers 403
// "Resource not accessible by integration". REST `GET /user` second (a GraphQL outage, a proxy
// that blocks it). When neither answers, the identity is `github-actions[bot]`, the author of
// everything written with the default GITHUB_TOKEN: a personal token then finds nothing of its own
// and writes a new comment, which is the safe way to be wrong (it never edits another's).

import type { Octokit } from './client.js';
import { memo } from '../core/memo.js';

/** The author of comments and issues written with the workflow's GITHUB_TOKEN. */
export const FALLBACK_LOGIN = 'github-actions[bot]';

export interface TokenIdentity {
  login: string;
  /** An app (installation token): REST lists its writes as `<slug>[bot]`, type `Bot`. */
  bot: boolean;
  /** Where the login came from; `fallback` when the API would not say. */
  source: 'graphql' | 'rest' | 'fallback';
}

/** The author of an issue or comment, as REST lists it. */
export interface AuthorLike {
  login?: string | null;
  type?: string | null;
}

// One lookup per client: a run makes one client per surface (comment or tracking issue).
const cache = new WeakMap<Octokit, Promise<TokenIdentity>>();

/** The identity of the token behind `octokit`, asked once and remembered for that client. */
export function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  return memo(cache, octokit, probe);
}

async function probe(octokit: Octokit): Promise<TokenIdentity> {
  try {
    const r = await octokit.graphql<{ viewer?: { login?: unknown; __typename?: unknown } }>(
      'query { viewer { login __typename } }',
    );
    const login = r.viewer?.login;
    if (typeof login === 'string' && login !== '')
      return { login, bot: r.viewer?.__typename === 'Bot' || isBotLogin(login), source: 'graphql' };
  } catch {
    // fall through to REST
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login !== '')
      return { login: data.login, bot: data.type === 'Bot' || isBotLogin(data.login), source: 'rest' };
  } catch {
    // 403 for installation tokens: fall back below
  }
  return { login: FALLBACK_LOGIN, bot: true, source: 'fallback' };
}

/**
 * True when `author` is `me`. GitHub logins are case-insensitive; an app is `slug[bot]` in REST
 * and may be plain `slug` in GraphQL, so the suffix is compared through `bot`, never dropped: a
 * person named like an app's slug is not that app.
 */
export function isAuthoredBy(author: AuthorLike | null | undefined, me: TokenIdentity): boolean {
  const login = author?.login;
  if (typeof login !== 'string' || login === '') return false;
  const bot = author?.type === 'Bot' || isBotLogin(login);
  return bot === me.bot && baseName(login) === baseName(me.login);
}

function isBotLogin(login: string): boolean {
  return /\[bot\]$/i.test(login);
}

function baseName(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}
