// The globs a commit itself reads its contracts with: its own config file (at the same path as the
// working tree's, parsed by the same parser), else the defaults. A pull request controls the
// working tree's config: were the base read with the pull request's globs alone, it could hide its
// base (a schema renamed to a name only the new globs match looks created, its break unseen). So
// the base is read with the union of both (./git-tree.ts); globs given as inputs win over any
// config, the commit's too, as they do over the working tree's.

import { escapeControl, hasControlCharacter } from '../core/log-safe.js';
import { MAX_CONFIG_BYTES } from '../settings/config-read.js';
import { DEFAULT_CONFIG_FILE, DEFAULT_FILTER_GLOBS, DEFAULT_SCHEMA_GLOBS } from '../settings/types.js';
import { GIT_LOCAL_TIMEOUT_MS, runGit } from './git-run.js';
import { gitFailure } from './git-rev.js';

export interface GlobSet {
  schemaGlobs: readonly string[];
  filterGlobs: readonly string[];
}

export interface CommitLayout {
  /** The commit's own globs (undefined: the same as the check's, nothing to add). */
  globs: GlobSet | undefined;
  /** Whether the contract root exists at the commit (a directory there). */
  rootExists: boolean;
  /** Lines for the log: a config of the commit that could not be read, and why. */
  notes: string[];
}

export interface CommitLayoutOptions {
  /** The contract root: git runs here, paths are relative to it. */
  cwd: string;
  sha: string;
  /** The config file's path relative to the root, forward slashes (the working tree's name for it). */
  configPath?: string;
  /** Globs given as inputs or flags: they win over the commit's config. */
  given?: { schemas: boolean; filters: boolean };
}

/** Where the commit keeps its contracts: whether the root exists there, and its own globs. */
export async function commitLayout(o: CommitLayoutOptions): Promise<CommitLayout> {
  const configPath = o.configPath ?? DEFAULT_CONFIG_FILE;
  const given = o.given ?? { schemas: false, filters: false };
  const notes: string[] = [];
  // A path that leaves the root, or that would break git's line-based input, names no config there.
  const usable =
    !configPath.split('/').includes('..') &&
    !configPath.startsWith('/') &&
    !hasControlCharacter(configPath) &&
    configPath !== '';
  const [root, config] = await objects(o, usable ? ['./', `./${configPath}`] : ['./']);
  const rootExists = root?.type === 'tree';
  let text: string | undefined;
  if (config?.type === 'blob' && config.size <= MAX_CONFIG_BYTES) {
    text = await blob(o, config.oid, config.size);
  } else if (config && config.type !== 'missing') {
    notes.push(
      `${escapeControl(configPath)} at that commit is ${config.type === 'blob' ? `larger than ${MAX_CONFIG_BYTES} bytes` : `a ${config.type}`}: its globs are the defaults`,
    );
  }
  let own: GlobSet = { schemaGlobs: DEFAULT_SCHEMA_GLOBS, filterGlobs: DEFAULT_FILTER_GLOBS };
  if (text !== undefined) {
    // Outside the try: a parser that fails to load is a bug to report, not a config to ignore.
    const { parseRepoConfig } = await import('../settings/config-file.js');
    try {
      const c = parseRepoConfig(text, `${escapeControl(configPath)} at ${o.sha.slice(0, 12)}`);
      own = { schemaGlobs: c.schemas ?? DEFAULT_SCHEMA_GLOBS, filterGlobs: c.filters ?? DEFAULT_FILTER_GLOBS };
    } catch (err) {
      // The message quotes the commit's config (an unknown key, a value): one line, escaped.
      const said = escapeControl(err instanceof Error ? err.message : String(err)).replace(/[:\s]+$/, '');
      notes.push(`${said}; its globs are the defaults`);
    }
  }
  const globs =
    given.schemas && given.filters
      ? undefined
      : { schemaGlobs: given.schemas ? [] : own.schemaGlobs, filterGlobs: given.filters ? [] : own.filterGlobs };
  return { globs, rootExists, notes };
}

interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

/** Type and size of `<sha>:<path>` for each path (relative to the root), or type `missing`. */
async function objects(o: CommitLayoutOptions, paths: string[]): Promise<(ObjectInfo | undefined)[]> {
  let out: string;
  try {
    const input = paths.map((p) => `${o.sha}:${p}`).join('\n') + '\n';
    out = (
      await runGit(['cat-file', '--batch-check'], {
        cwd: o.cwd,
        timeoutMs: GIT_LOCAL_TIMEOUT_MS,
        maxBytes: 64 * 1024,
        input,
      })
    ).toString('utf8');
  } catch (err) {
    throw gitFailure(err);
  }
  return out
    .split('\n')
    .slice(0, paths.length)
    .map((line) => {
      const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
      return m ? { oid: m[1]!, type: m[2]!, size: Number(m[3]) } : { oid: '', type: 'missing', size: 0 };
    });
}

async function blob(o: CommitLayoutOptions, oid: string, size: number): Promise<string> {
  try {
    return (
      await runGit(['cat-file', 'blob', oid], { cwd: o.cwd, timeoutMs: GIT_LOCAL_TIMEOUT_MS, maxBytes: size })
    ).toString('utf8');
  } catch (err) {
    throw gitFailure(err);
  }
}
