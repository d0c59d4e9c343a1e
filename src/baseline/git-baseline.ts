// The contract repo at another commit as a baseline, in the shape of the live state: its schemas
// by title and its filters by name, parsed by the same parser and under the same limits as the
// working tree's contracts. Its source is `git:<sha>`. The files are those the check's globs or the
// commit's own config's globs match there (./git-config.ts): a pull request's config cannot hide
// its base. A file of that commit that does not parse (or is too large) is no baseline for
// anything: the working tree's schema of that title is then new to the check, and the skipped
// files are listed for the log. A commit that cannot be read at all (git fails, a limit of one
// run is passed) is a GitBaselineError, which the check reports as the commit's, not the globs'.

import { parseContract } from '../contracts/parse.js';
import { RUN_LIMITS, resolveLimits, type ParseLimits } from '../contracts/limits.js';
import { UsageError } from '../core/errors.js';
import { escapeControl } from '../core/log-safe.js';
import { commitLayout, type CommitLayoutOptions } from './git-config.js';
import { readTree } from './git-tree.js';
import { filterContent, type LiveFilterState, type LiveSchema, type LiveState } from './types.js';

export interface GitBaselineOptions {
  /** The contract root: its repo, and the subtree the globs apply to. */
  root: string;
  /** A full commit SHA (./git-rev.ts resolved it). */
  sha: string;
  /** How the commit is named in messages (`--against`, `the pull request's base commit`). */
  label?: string;
  schemaGlobs: readonly string[];
  filterGlobs: readonly string[];
  /** The working tree's config path (relative to the root) and which globs were given as inputs. */
  config?: Pick<CommitLayoutOptions, 'configPath' | 'given'>;
  limits?: Partial<ParseLimits>;
  maxNodes?: number;
}

export interface GitBaseline {
  live: LiveState;
  /** Contract files of that commit that could not serve as a baseline, and why. */
  skipped: string[];
  /** Lines for the log: the root missing at that commit, its config unreadable. */
  notes: string[];
}

/** The commit could not be read as a baseline: git failed or it holds more than one run may read. */
export class GitBaselineError extends UsageError {}

export async function readGitBaseline(o: GitBaselineOptions): Promise<GitBaseline> {
  try {
    return await read(o);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const why = err.message.replace(/^git baseline: /, '');
    throw new GitBaselineError(`${o.label ? `${o.label} ` : ''}${o.sha} cannot be read as a baseline: ${why}`);
  }
}

async function read(o: GitBaselineOptions): Promise<GitBaseline> {
  const limits = resolveLimits(o.limits);
  const layout = await commitLayout({ cwd: o.root, sha: o.sha, ...o.config });
  const notes = [...layout.notes];
  if (!layout.rootExists)
    notes.push('the contract root does not exist at that commit: every schema of the working tree is new to it');
  const tree = await readTree({
    cwd: o.root,
    sha: o.sha,
    schemaGlobs: o.schemaGlobs,
    filterGlobs: o.filterGlobs,
    ...(layout.globs ? { ownGlobs: layout.globs } : {}),
    limits,
  });
  const skipped = [...tree.skipped];
  const schemas = new Map<string, LiveSchema>();
  const filters = new Map<string, LiveFilterState>();
  const maxNodes = o.maxNodes ?? RUN_LIMITS.maxNodes;
  let nodes = 0;
  for (const f of tree.files) {
    const parsed = parseContract(f.kind, f.file, f.bytes, limits);
    nodes += parsed.nodes ?? 0;
    if (nodes > maxNodes)
      throw new UsageError(`the contract files there hold more than ${maxNodes} YAML nodes, the limit for one run`);
    const c = parsed.contract;
    if (!c) {
      skipped.push(`${escapeControl(f.file)} (${parsed.findings[0]?.rule ?? 'unreadable'})`);
      continue;
    }
    // Titles and names are identities: the first file in path order holds one (a duplicate is a lint error there).
    if (c.kind === 'schema') {
      if (typeof c.doc.title !== 'string' || c.doc.title === '') skipped.push(`${escapeControl(f.file)} (no title)`);
      else if (!schemas.has(c.name)) schemas.set(c.name, { title: c.name, file: c.file, doc: c.doc });
    } else if (!filters.has(c.name)) {
      filters.set(c.name, { doc: filterContent(c.doc) });
    }
  }
  // No routing groups: a commit holds filters, not the platform's group membership.
  return { live: { source: `git:${o.sha}`, repo: true, schemas, filters }, skipped, notes };
}
