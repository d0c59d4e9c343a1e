// Which commit a git baseline names. REV comes from a flag, an input or an event payload, and is
// treated as hostile: it must not look like an option, it is passed after --end-of-options, and it
// must name a commit (`REV^{commit}`). A shallow clone (actions/checkout's default) may lack the
// commit: when allowed, exactly that commit is fetched. Some revisions name no commit on purpose:
// the all-zero SHA of a new branch's `before`, the parent of a root commit, HEAD before the first
// commit. Those mean "no baseline", not an error.

import { UsageError } from '../core/errors.js';
import { escapeControl, hasControlCharacter } from '../core/log-safe.js';
import { GIT_FETCH_TIMEOUT_MS, GIT_LOCAL_TIMEOUT_MS, GitError, runGit } from './git-run.js';

export type Resolution = { sha: string } | { none: string };

export interface ResolveOptions {
  /** The directory whose repo is meant (the contract root). */
  cwd: string;
  /** How the revision is named in messages: `--against`, `against`, `the pull request's base commit`. */
  label: string;
  /** Fetch a full commit SHA that the clone lacks (the action: its checkout is shallow). */
  fetch: boolean;
  /** A line for the log (the fetch says what it does). */
  log?: (line: string) => void;
}

const MAX_REV_CHARS = 256;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const NULL_SHA = /^(?:0{40}|0{64})$/;
const SMALL = 64 * 1024;
/** What git says when origin has no object of that name (GitHub and git's own upload-pack). */
const NO_SUCH_COMMIT = /not our ref|unadvertised object|couldn't find remote ref/i;

/** REV as given, or a usage error when it cannot be a revision (and could be an option). */
export function checkRev(rev: string, label: string): string {
  const r = rev.trim();
  const shown = `"${escapeControl(r.length > 80 ? r.slice(0, 79) + '…' : r)}"`;
  if (r === '') throw new UsageError(`${label}: empty revision`);
  if (r.startsWith('-'))
    throw new UsageError(`${label}: ${shown} starts with "-": a revision cannot (git would read it as an option)`);
  if (hasControlCharacter(r) || /\s/.test(r))
    throw new UsageError(`${label}: ${shown} holds white space or a control character: not a revision`);
  if (r.length > MAX_REV_CHARS)
    throw new UsageError(`${label}: the revision is longer than ${MAX_REV_CHARS} characters`);
  return r;
}

export async function resolveRevision(rev: string, o: ResolveOptions): Promise<Resolution> {
  const r = checkRev(rev, o.label);
  const shown = `"${escapeControl(r)}"`;
  if (NULL_SHA.test(r)) return { none: `${o.label} is the all-zero SHA (a new branch: there is no earlier commit)` };
  await insideRepo(o);
  const sha = await verify(r, o.cwd);
  if (sha) return { sha };
  const none = await namesNoCommit(r, o.cwd);
  if (none) return { none: `${o.label} ${shown} ${none}` };
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], o.cwd)).trim() === 'true';
  if (FULL_SHA.test(r) && o.fetch) return { sha: await fetchCommit(r.toLowerCase(), o) };
  const fix = shallow
    ? `; the clone is shallow: fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`
    : '';
  throw new UsageError(`${o.label}: ${shown} is not a commit in the repository at ${escapeControl(o.cwd)}${fix}`);
}

async function insideRepo(o: ResolveOptions): Promise<void> {
  try {
    await git(['rev-parse', '--is-inside-work-tree'], o.cwd);
  } catch (err) {
    const said = err instanceof GitError && err.said ? ` (git: ${escapeControl(err.said)})` : '';
    if (err instanceof GitError && err.why === 'missing')
      throw new UsageError(`${o.label}: ${err.message}; a git baseline needs git`);
    throw new UsageError(`${o.label}: ${escapeControl(o.cwd)} is not inside a git repository${said}`);
  }
}

/** The full SHA of the commit `rev` names, or undefined when there is none in the repo. */
async function verify(rev: string, cwd: string): Promise<string | undefined> {
  try {
    const out = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd)).trim();
    return FULL_SHA.test(out) ? out.toLowerCase() : undefined;
  } catch (err) {
    if (err instanceof GitError && err.why === 'failed') return undefined;
    throw gitFailure(err);
  }
}

/**
 * Why `rev` names no commit although nothing is wrong: the parent of a root commit (`X^`, `X~1`
 * where X has no parent), or HEAD in a repo without commits. Undefined for anything else.
 */
async function namesNoCommit(rev: string, cwd: string): Promise<string | undefined> {
  const parentOf = /^(.+?)(?:\^1?|~1?)$/.exec(rev);
  if (parentOf) {
    const child = await verify(parentOf[1]!, cwd);
    // The commit object lists its parents even when a shallow clone does not hold them.
    if (child && !/^parent /m.test(headerOf(await git(['cat-file', 'commit', child], cwd)))) {
      return `is the parent of the root commit ${child.slice(0, 12)}: there is no earlier commit`;
    }
  }
  if (/^HEAD(?:$|[~^@])/.test(rev)) {
    const born = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd).then(
      () => true,
      () => false,
    );
    if (!born) return 'names no commit: the repository has no commit yet';
  }
  return undefined;
}

function headerOf(commit: string): string {
  const end = commit.indexOf('\n\n');
  return end < 0 ? commit : commit.slice(0, end);
}

/** Fetch exactly `sha` (one commit, no tags) with the checkout's own remote and credentials. */
async function fetchCommit(sha: string, o: ResolveOptions): Promise<string> {
  o.log?.(
    `${o.label} ${sha} is not in this clone (a shallow checkout): fetching that one commit (git fetch --no-tags --depth=1 origin ${sha})`,
  );
  try {
    await runGit(['fetch', '--no-tags', '--depth=1', 'origin', '--end-of-options', sha], {
      cwd: o.cwd,
      timeoutMs: GIT_FETCH_TIMEOUT_MS,
      maxBytes: SMALL,
    });
  } catch (err) {
    const said =
      err instanceof GitError
        ? err.said
          ? `git: ${escapeControl(err.said)}`
          : escapeControl(err.message)
        : String(err);
    // Origin answered, and has no such commit: more history would not help, the revision is wrong.
    if (err instanceof GitError && NO_SUCH_COMMIT.test(err.said)) {
      throw new UsageError(
        `${o.label} ${sha} is not a commit of origin (${said}): check the revision; a commit only in a fork, or gone from origin, cannot be the baseline`,
      );
    }
    throw new UsageError(
      `${o.label} ${sha} is not in this clone and could not be fetched from origin (${said}); ` +
        'give the check the history: actions/checkout with fetch-depth: 0',
    );
  }
  const got = await verify(sha, o.cwd);
  if (!got)
    throw new UsageError(
      `${o.label} ${sha}: fetched from origin, but it is not a commit; actions/checkout with fetch-depth: 0 fetches the history`,
    );
  o.log?.(`fetched ${sha}`);
  return got;
}

async function git(args: string[], cwd: string): Promise<string> {
  return (await runGit(args, { cwd, timeoutMs: GIT_LOCAL_TIMEOUT_MS, maxBytes: SMALL })).toString('utf8');
}

/** A git call that failed for another reason than the answer "no": timeout, git missing, too much output. */
export function gitFailure(err: unknown): Error {
  if (err instanceof GitError) return new UsageError(`git baseline: ${escapeControl(err.message)}`);
  return err instanceof Error ? err : new Error(String(err));
}
