// What a path is relative to: one rule for both fronts (docs/architecture.md, "Paths").
//
//   - A path the user gives (root, registry-export, report-file, sarif-file, audit-file, the CLI's
//     --out) is relative to where the command runs: the action's workspace, the CLI's current
//     directory. The two play the same part, so the same layout gives the same files.
//   - What the repo itself names (the globs, the config file) and a finding's `file` are relative to
//     the contract root.
//   - What GitHub or a SARIF tool is told (SARIF URIs, annotation `file=`, a pull request's changed
//     files) is relative to the repository: the top of the git repository that holds the root,
//     else the workspace when it holds the root, else the root itself. Nothing is written with `..`:
//     a file outside the repository is an absolute file URI (SARIF) and carries no `file=`
//     (annotations).
//
// A file that cannot be read names the absolute path it was resolved to and what it was resolved
// against, escaped and bounded: a file name is input like any other.

import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside } from './inside-root.js';
import { escapedShort } from './log-safe.js';

/** A path as the user gave it, and where it leads. */
export interface GivenPath {
  /** Absolute. */
  path: string;
  /** As given (an input, a flag, a config name). */
  given: string;
  /** The directory a relative `given` was resolved against (absolute). */
  base: string;
  /** What that directory is, for messages: "the workspace", "the current directory", "the contract root". */
  baseName: string;
}

export function resolveGiven(given: string, base: string, baseName: string): GivenPath {
  const dir = path.resolve(base);
  return { path: path.resolve(dir, given), given, base: dir, baseName };
}

/** How a report names it: relative to its base when inside it, else absolute (never `../`). */
export function shownPath(p: GivenPath): string {
  return isInside(p.base, p.path) ? path.relative(p.base, p.path) || '.' : p.path;
}

/**
 * How an error names it: `/ws/x.json (from "x.json", relative to the workspace /ws)`; a path given
 * absolute is its path alone. Escaped and bounded.
 */
export function describeGiven(p: GivenPath): string {
  const abs = bounded(p.path);
  if (path.isAbsolute(p.given)) return abs;
  return `${abs} (from "${bounded(p.given)}", relative to ${p.baseName} ${bounded(p.base)})`;
}

const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * What went wrong reading a file, in words: from Node's error code (given, or the error's), else
 * the code itself, or for an error without a known code its own message.
 */
export function readProblem(codeOrError: unknown): string {
  const code = typeof codeOrError === 'string' ? codeOrError : (codeOrError as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && Object.hasOwn(READ_PROBLEMS, code)) return READ_PROBLEMS[code]!;
  if (typeof codeOrError === 'string') return codeOrError;
  return codeOrError instanceof Error ? codeOrError.message : String(codeOrError);
}

const MAX_SHOWN = 240;

/** `text` escaped for one line, its middle cut when it is long. */
const bounded = (text: string): string => escapedShort(text, MAX_SHOWN);

/** The contract root and the repository directory that GitHub and SARIF paths are relative to (both absolute). */
export interface RepoPaths {
  root: string;
  base: string;
}

/**
 * The repository directory for `root`: the top of the git repository that holds it (found by
 * walking up from root, as given, to the first directory with a `.git` directory or file: a clone,
 * a worktree or a submodule), else `workspace` when it holds root, else root. With `within`, the
 * walk stops there: a `.git` above it belongs to something else.
 */
export async function repoBaseOf(root: string, workspace: string | undefined, within?: string): Promise<string> {
  return (await gitTop(path.resolve(root), within)) ?? baseWithoutGit(root, workspace);
}

/** The run's RepoPaths, from Settings (root, workspace, and the repoBase the settings found). */
export function repoPathsOf(s: { root: string; workspace?: string; repoBase?: string }): RepoPaths {
  return { root: path.resolve(s.root), base: s.repoBase ?? baseWithoutGit(s.root, s.workspace) };
}

/** The repository directory when no git repository holds root. */
export function baseWithoutGit(root: string, workspace: string | undefined): string {
  const r = path.resolve(root);
  return workspace !== undefined && isInside(path.resolve(workspace), r) ? path.resolve(workspace) : r;
}

/**
 * What `p` is, or undefined when it is not there or cannot be read. Synchronous: a thread-pool round
 * trip costs more than the call, and node:fs/promises alone takes about 1.4 ms to load at start-up.
 */
export function statQuietly(p: string): Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A `.git` directory or file (a worktree's) at `p`. */
function isGitEntry(p: string): boolean {
  const s = statQuietly(p);
  return s !== undefined && (s.isDirectory() || s.isFile());
}

async function gitTop(dir: string, within?: string): Promise<string | undefined> {
  const stop = within === undefined ? undefined : path.resolve(within);
  if (stop !== undefined && !isInside(stop, dir)) return undefined;
  for (let d = dir; ; d = path.dirname(d)) {
    if (isGitEntry(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d || d === stop) return undefined;
  }
}

/** Where a finding's file is for GitHub and SARIF: a repository path (forward slashes), or absolute outside it. */
export type RepoLocation = { relative: string } | { absolute: string };

/**
 * `file` (relative to the root, or absolute) as a repository location. Without `paths`, `file` is
 * taken as a repository path already.
 */
export function repoLocation(file: string, paths: RepoPaths | undefined): RepoLocation {
  if (!paths) return path.isAbsolute(file) ? { absolute: file } : { relative: file };
  const abs = path.resolve(paths.root, file);
  if (!isInside(paths.base, abs)) return { absolute: abs };
  return { relative: toSlashes(path.relative(paths.base, abs)) };
}

/** The root as a repository path: `contracts`, or '' when root is the repository directory. */
export function rootPrefix(paths: RepoPaths | undefined): string {
  return paths ? toSlashes(path.relative(paths.base, paths.root)) : '';
}

/** A repository location as a SARIF artifactLocation: a relative reference on %SRCROOT%, or an absolute file URI. */
export function sarifArtifactLocation(loc: RepoLocation): { uri: string; uriBaseId?: string } {
  if ('absolute' in loc) return { uri: pathToFileURL(loc.absolute).href };
  // Each segment percent-encoded (space, #, %, ?, :, non-ASCII), slashes kept.
  return { uri: loc.relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export const SRCROOT = '%SRCROOT%';

/** The repository directory as an absolute file URI ending in `/`, for SARIF's originalUriBaseIds. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
