// A chosen baseline made concrete before the check runs: its git revision resolved to a commit
// (fetched into a shallow clone where the front allows), or found to name none (a new branch, a
// root commit: lint only). The front prints `baselineLine` first, so the log opens with the
// baseline that judged.

import { UsageError } from '../core/errors.js';
import { escapeControl } from '../core/log-safe.js';
import { noBaselineWarning, type BaselineChoice, type Front } from './choose.js';
import { resolveRevision } from './git-rev.js';

export interface ResolvedBaseline extends BaselineChoice {
  /** The commit of `git`, once resolved (unset: the choice has no git revision any more). */
  sha?: string;
  /** What resolving did, for the log (a fetch into a shallow clone). */
  log: string[];
  /** Warnings to annotate: no breaking-change check ran, or the pull request's base could not be read. */
  warnings: string[];
}

export interface ResolveContext {
  front: Front;
  /** The contract root: the repo that holds it is the one read. */
  root: string;
  /** Fetch a missing commit (the action's checkout is shallow). */
  fetch: boolean;
}

export async function resolveBaseline(choice: BaselineChoice, ctx: ResolveContext): Promise<ResolvedBaseline> {
  const out: ResolvedBaseline = { ...choice, notices: [...choice.notices], log: [], warnings: [] };
  const git = choice.git;
  if (git) {
    let r: Awaited<ReturnType<typeof resolveRevision>> | undefined;
    try {
      r = await resolveRevision(git.rev, {
        cwd: ctx.root,
        label: git.label,
        fetch: ctx.fetch,
        log: (l) => out.log.push(l),
      });
    } catch (err) {
      // The pull request's base, wanted only to mark pre-existing findings: a warning, and every finding counts.
      if (!(err instanceof UsageError && git.role === 'base' && git.automatic)) throw err;
      out.warnings.push(unreadBaseWarning(err.message));
      delete out.git;
    }
    if (r && 'sha' in r) out.sha = r.sha;
    else if (r) {
      delete out.git;
      if (git.role === 'judge') {
        out.judge = 'none';
        out.none = r.none;
      } else out.notices.push(`no base commit to tell pre-existing findings apart: ${r.none}`);
    }
  }
  if (out.judge === 'none') out.warnings.unshift(noBaselineWarning(out.none ?? 'no baseline is given', ctx.front));
  return out;
}

/** The warning when the pull request's base, wanted to mark pre-existing findings, cannot be resolved or read. */
export function unreadBaseWarning(why: string): string {
  return `Pre-existing breaking changes are not told apart: ${why}. Every finding counts as introduced by this pull request.`;
}

/** The log's first line: the baseline that judges, and the base that tells pre-existing findings. */
export function baselineLine(b: ResolvedBaseline, where: { export?: string; api?: string }): string {
  // The commit, and how it was named: (--against origin/main), (--against <sha>), (the pull request's base commit).
  const named =
    b.git && b.sha ? ` (${b.git.label}${b.git.automatic ? '' : ` ${escapeControl(b.git.rev.trim())}`})` : '';
  switch (b.judge) {
    case 'export':
    case 'api': {
      const judge =
        b.judge === 'export'
          ? `the registry export ${escapeControl(where.export ?? '')}`
          : `the live registry at ${escapeControl(where.api ?? '')}`;
      const base = b.git && b.sha ? `; findings already at git:${b.sha}${named} are marked pre-existing` : '';
      return `baseline: ${judge}${base}`;
    }
    case 'git':
      return `baseline: git:${b.sha ?? ''}, the contracts of that commit${named}`;
    case 'none':
      return `baseline: none — lint only, no breaking-change check ran (${b.none ?? 'no baseline is given'})`;
  }
}
