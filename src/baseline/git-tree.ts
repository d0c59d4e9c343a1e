// The contract files of a commit, read from git's object store: `ls-tree` lists the tree under the
// contract root (paths relative to it, sizes included), the globs pick the contracts, and
// `cat-file --batch` reads their blobs in one process. Nothing is checked out and the working tree
// is never touched. The tree is as hostile as the working tree: only regular files are read (a
// link or a submodule is a name, never followed), a path that could climb out (`..`, absolute) is
// dropped, and the same limits as the working tree's contracts bound file count, file size and the
// bytes read in all, each checked on the sizes git lists before a byte is read.

import type { ContractKind } from '../core/contract.js';
import { UsageError } from '../core/errors.js';
import { listedMatcher } from '../core/glob.js';
import { escapeControl } from '../core/log-safe.js';
import { MAX_FILES_PER_RUN, RUN_LIMITS, type ParseLimits } from '../contracts/limits.js';
import { GIT_LOCAL_TIMEOUT_MS, runGit } from './git-run.js';
import type { GlobSet } from './git-config.js';
import { gitFailure } from './git-rev.js';

export interface TreeFile {
  /** Relative to the contract root, forward slashes. */
  file: string;
  kind: ContractKind;
  oid: string;
  size: number;
}

export interface TreeRead {
  /** Contract files that were read, with their bytes, in path order. */
  files: (TreeFile & { bytes: Buffer })[];
  /** Files matched by the globs but not read (too large), each with why. */
  skipped: string[];
}

export interface TreeOptions {
  /** The contract root: git runs here, so the listing is its subtree with paths relative to it. */
  cwd: string;
  sha: string;
  schemaGlobs: readonly string[];
  filterGlobs: readonly string[];
  /** The commit's own globs (./git-config.ts): a file either set matches is read. */
  ownGlobs?: GlobSet;
  limits: Pick<ParseLimits, 'maxFileBytes'>;
  maxFiles?: number;
  maxTotalBytes?: number;
}

/** What `ls-tree -r` may print: 300,000 entries of a long path each, far past any contract repo. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
const REGULAR_FILE = /^100(?:644|755)$/;
const ENTRY = /^(\d{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)\t([\s\S]+)$/;

export async function readTree(o: TreeOptions): Promise<TreeRead> {
  const listed = await listContracts(o);
  const skipped: string[] = [];
  const wanted: TreeFile[] = [];
  let total = 0;
  const maxTotal = o.maxTotalBytes ?? RUN_LIMITS.maxBytes;
  for (const f of listed) {
    if (f.size > o.limits.maxFileBytes) {
      skipped.push(
        `${escapeControl(f.file)} (${f.size} bytes, over the ${o.limits.maxFileBytes}-byte limit of a contract file)`,
      );
      continue;
    }
    total += f.size;
    if (total > maxTotal)
      throw new UsageError(
        `the contract files there total more than ${maxTotal} bytes, the limit for one run (${GLOBS_SAID})`,
      );
    wanted.push(f);
  }
  return { files: await readBlobs(wanted, o, total), skipped };
}

async function listContracts(o: TreeOptions): Promise<TreeFile[]> {
  let out: Buffer;
  try {
    out = await runGit(['ls-tree', '-r', '-l', '-z', '--end-of-options', o.sha], {
      cwd: o.cwd,
      timeoutMs: GIT_LOCAL_TIMEOUT_MS,
      maxBytes: MAX_LISTING_BYTES,
    });
  } catch (err) {
    throw gitFailure(err);
  }
  const listed = new Map<string, { oid: string; size: number }>();
  for (const entry of out.toString('utf8').split('\0')) {
    const m = ENTRY.exec(entry);
    if (!m || m[2] !== 'blob' || !REGULAR_FILE.test(m[1]!) || m[4] === '-') continue;
    const file = m[5]!;
    if (safePath(file)) listed.set(file, { oid: m[3]!, size: Number(m[4]) });
  }
  const sets = [{ schemaGlobs: o.schemaGlobs, filterGlobs: o.filterGlobs }, ...(o.ownGlobs ? [o.ownGlobs] : [])];
  const isSchema = anyOf(sets.map((g) => g.schemaGlobs));
  const isFilter = anyOf(sets.map((g) => g.filterGlobs));
  const maxFiles = o.maxFiles ?? MAX_FILES_PER_RUN;
  const files: TreeFile[] = [];
  // One pass over the listing; the file limit stops it as soon as it is passed.
  for (const [file, { oid, size }] of listed) {
    // Schemas first: a file matched by both globs is a schema, as in the working tree.
    const kind: ContractKind | undefined = isSchema(file) ? 'schema' : isFilter(file) ? 'filter' : undefined;
    if (!kind) continue;
    files.push({ file, kind, oid, size });
    if (files.length > maxFiles) {
      throw new UsageError(`more than ${maxFiles} files there match the globs, the limit for one run (${GLOBS_SAID})`);
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Which globs read a commit, for messages: the working tree's alone do not decide what is read there. */
const GLOBS_SAID = "the globs are the check's and those of the commit's own config";

/**
 * Whether any of `lists` matches a listed file, as the working tree's walk would select it
 * (../core/glob.ts): a file matches a list when one of its globs does and none of its `!globs` does.
 */
function anyOf(lists: readonly (readonly string[])[]): (file: string) => boolean {
  const matchers = lists.map(listedMatcher);
  return (file) => matchers.some((matches) => matches(file));
}

/** A relative path that stays below the root: no empty, `.` or `..` segment, not absolute. */
function safePath(file: string): boolean {
  if (file.startsWith('/') || file.includes('\\') || file.includes('\0')) return false;
  return file.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** The blobs of `files` through one `cat-file --batch`; `total` is what their sizes add up to. */
async function readBlobs(files: TreeFile[], o: TreeOptions, total: number): Promise<TreeRead['files']> {
  if (files.length === 0) return [];
  let out: Buffer;
  try {
    // Each answer is a header line, the blob and a newline: room for exactly that.
    out = await runGit(['cat-file', '--batch'], {
      cwd: o.cwd,
      timeoutMs: GIT_LOCAL_TIMEOUT_MS,
      maxBytes: total + files.length * 160,
      input: files.map((f) => f.oid).join('\n') + '\n',
    });
  } catch (err) {
    throw gitFailure(err);
  }
  const read: TreeRead['files'] = [];
  let at = 0;
  for (const f of files) {
    const eol = out.indexOf(0x0a, at);
    const header = eol < 0 ? '' : out.toString('utf8', at, eol);
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== f.oid || Number(m[2]) !== f.size || eol + 1 + f.size > out.length) {
      throw new UsageError(`git cat-file answered something unexpected for ${escapeControl(f.file)}`);
    }
    read.push({ ...f, bytes: out.subarray(eol + 1, eol + 1 + f.size) });
    at = eol + 1 + f.size + 1;
  }
  return read;
}
