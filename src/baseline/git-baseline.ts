// The contract repo at another commit as a baseline, in the shape of the live state: its schemas
// by title and its filters by name, parsed by the same parser and under the same limits as the
// working tree's contracts. Its source is `git:<sha>`. A file of that commit that does not parse
// (or is too large) is no baseline for anything: the working tree's schema of that title is then
// new to the check, and the skipped files are listed for the log.

import { parseContract } from '../contracts/parse.js';
import { RUN_LIMITS, resolveLimits, type ParseLimits } from '../contracts/limits.js';
import { UsageError } from '../core/errors.js';
import { escapeControl } from '../core/log-safe.js';
import { readTree } from './git-tree.js';
import { filterContent, type LiveFilterState, type LiveSchema, type LiveState } from './types.js';

export interface GitBaselineOptions {
  /** The contract root: its repo, and the subtree the globs apply to. */
  root: string;
  /** A full commit SHA (./git-rev.ts resolved it). */
  sha: string;
  schemaGlobs: readonly string[];
  filterGlobs: readonly string[];
  limits?: Partial<ParseLimits>;
  maxNodes?: number;
}

export interface GitBaseline {
  live: LiveState;
  /** Contract files of that commit that could not serve as a baseline, and why. */
  skipped: string[];
}

export async function readGitBaseline(o: GitBaselineOptions): Promise<GitBaseline> {
  const limits = resolveLimits(o.limits);
  const tree = await readTree({ cwd: o.root, sha: o.sha, schemaGlobs: o.schemaGlobs, filterGlobs: o.filterGlobs, limits });
  const skipped = [...tree.skipped];
  const schemas = new Map<string, LiveSchema>();
  const filters = new Map<string, LiveFilterState>();
  const maxNodes = o.maxNodes ?? RUN_LIMITS.maxNodes;
  let nodes = 0;
  for (const f of tree.files) {
    const parsed = parseContract(f.kind, f.file, f.bytes, limits);
    nodes += parsed.nodes ?? 0;
    if (nodes > maxNodes) throw new UsageError(`git baseline: the contract files at ${o.sha.slice(0, 12)} hold more than ${maxNodes} YAML nodes, the limit for one run; narrow the globs`);
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
  return { live: { source: `git:${o.sha}`, repo: true, schemas, filters }, skipped };
}
