// Running git for the git baseline: an argument array (never a shell), a timeout, a cap on what it
// may print, and an environment that finds the repo from the working directory alone. Nothing here
// knows what the arguments mean; ./git-rev.ts and ./git-tree.ts do.

import { GROUPS, trackGroup } from './git-group.js';

export interface GitOptions {
  /** Directory git runs in: the repo is the one that holds it. */
  cwd: string;
  timeoutMs: number;
  /** Most bytes of stdout kept; past it git is stopped and the call fails (GitError `tooMuch`). */
  maxBytes: number;
  /** Written to git's stdin, then closed. */
  input?: string;
}

/** git failed, timed out, could not be started, or printed more than allowed. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    message: string,
    /** The exit status; undefined when git did not exit on its own. */
    readonly status: number | undefined,
    /** The first line of git's stderr, when it said something. */
    readonly said: string,
    readonly why: 'failed' | 'timeout' | 'tooMuch' | 'missing',
  ) {
    super(message);
  }
}

/** Local reads (rev-parse, ls-tree, cat-file) take milliseconds; a minute means something hangs. */
export const GIT_LOCAL_TIMEOUT_MS = 60_000;
/** One commit fetched over the network. */
export const GIT_FETCH_TIMEOUT_MS = 180_000;
const STDERR_KEPT = 4096;

/**
 * Variables that point git at another repo, index or object store. A pre-commit hook runs with
 * GIT_DIR and GIT_INDEX_FILE set (relative to the top level): the repo must be found from the root.
 */
const LOCATING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of LOCATING) delete env[name];
  // Never wait for a password on a terminal nobody watches; messages in one language to read them by.
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C', LANGUAGE: 'C' };
}

export function runGit(args: readonly string[], o: GitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Its own process group: `git fetch` runs helpers (git-remote-http) that hold the pipes open
    // after git itself is killed; a timeout kills the whole group (./git-group.ts).
    // node:child_process when git runs: a check without --against never loads it.
    const child = process.getBuiltinModule('node:child_process').spawn('git', args, {
      cwd: o.cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      detached: GROUPS,
    });
    const group = trackGroup(child);
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const command = `git ${args[0] ?? ''}`;
    const said = () => firstLine(stderr);
    const settle = (err: GitError | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      group.release();
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    // Stopped: kill the group and answer now, from here, not from 'close' (which a surviving
    // helper holding a pipe could delay for ever); the pipes are closed on our side.
    const stop = (err: GitError) => {
      if (settled) return;
      group.kill();
      for (const s of [child.stdin, child.stdout, child.stderr]) s.destroy();
      settle(err);
    };
    const timer = setTimeout(
      () =>
        stop(
          new GitError(
            `${command} did not finish within ${Math.round(o.timeoutMs / 1000)} s`,
            undefined,
            said(),
            'timeout',
          ),
        ),
      o.timeoutMs,
    );
    child.stdout.on('data', (d: Buffer) => {
      if (settled) return;
      size += d.length;
      if (size > o.maxBytes)
        stop(new GitError(`${command} printed more than ${o.maxBytes} bytes`, undefined, said(), 'tooMuch'));
      else chunks.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < STDERR_KEPT) stderr += d.toString('utf8').slice(0, STDERR_KEPT - stderr.length);
    });
    // git may exit before reading all of stdin (a bad revision): that is its answer, not ours to report.
    child.stdin.on('error', () => undefined);
    child.stdin.end(o.input ?? '');
    child.on('error', (err: NodeJS.ErrnoException) => {
      const missing = err.code === 'ENOENT';
      settle(
        new GitError(
          missing ? 'git is not installed (or not on PATH)' : `git could not be started (${err.code ?? err.message})`,
          undefined,
          '',
          missing ? 'missing' : 'failed',
        ),
      );
    });
    child.on('close', (status) => {
      if (status !== 0)
        settle(
          new GitError(
            `${command} failed (exit ${status ?? 'signal'})${said() ? `: ${said()}` : ''}`,
            status ?? undefined,
            said(),
            'failed',
          ),
        );
      else settle(undefined);
    });
  });
}

/**
 * The first non-empty line of git's stderr, cut: git's words, for a message of ours. A remote URL
 * may carry credentials (`https://user:token@host`): they are cut out before anything is shown.
 */
export function firstLine(text: string): string {
  const line = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@')
    .trim();
  return line.length > 300 ? line.slice(0, 299) + '…' : line;
}
