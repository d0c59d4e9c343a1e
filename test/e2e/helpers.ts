// Helpers for end-to-end tests: run the bundled dist/ as a child process, the way the Actions
// runner (dist/index.js) and a user's shell (dist/cli/index.js) do.

import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const ACTION = join(REPO, 'dist/index.js');
export const CLI = join(REPO, 'dist/cli/index.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment without the runner's and the tool's own variables, plus `extra`. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('CXONE_'),
    ),
  );
  return { ...clean, NO_COLOR: '1', ...extra };
}

export function runNode(
  script: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: opts.cwd ?? REPO,
    env: childEnv(opts.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runNode, without blocking this process: for children that talk to a server running in the test itself. */
export function runNodeAsync(
  script: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd ?? REPO, env: childEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Write `files` (path -> content) under a new temp directory and return it. */
export async function tempRepo(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-e2e-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** No stack trace: no `    at fn (file:line)` frames and no bare Error class dumps. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(].*\d+/m.test(text) || /\n\s*at (?:async )?[\w.<>]+ \(/.test(text);
}

export interface ActionRun extends Run {
  /** The GITHUB_OUTPUT file's text (heredocs). */
  outputs: string;
  /** The job summary written. */
  summary: string;
  /** `ws/out`: RUNNER_TEMP, where the report and audit files go by default. */
  out: string;
}

/** A push to the default branch, as deploy's gate wants it (the event payload names the branch). */
export async function pushEvent(ws: string): Promise<Record<string, string>> {
  const event = join(ws, 'out/event.json');
  await mkdir(dirname(event), { recursive: true });
  await writeFile(event, JSON.stringify({ repository: { default_branch: 'main' } }));
  return { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
}

/**
 * Run the bundled action in the workspace `ws` as the runner does: GITHUB_OUTPUT, the step summary
 * and RUNNER_TEMP under `ws/out`, each of `inputs` as INPUT_<NAME>, plus `env`.
 */
export async function runActionIn(
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const { readFile } = await import('node:fs/promises');
  const out = join(ws, 'out');
  await mkdir(out, { recursive: true });
  const outputFile = join(out, 'github-output');
  const summaryFile = join(out, 'step-summary.md');
  await Promise.all([outputFile, summaryFile].map((f) => writeFile(f, '')));
  const r = await runNodeAsync(ACTION, [], {
    cwd: ws,
    env: {
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: out,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  return { ...r, outputs: await readFile(outputFile, 'utf8'), summary: await readFile(summaryFile, 'utf8'), out };
}

/** Every file under `root`, repo-relative. */
export async function listFiles(root: string, dir = root): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(root, p)));
    else out.push(relative(root, p));
  }
  return out;
}

/**
 * The example repo with its breaking change reverted to the live version
 * (examples/registry-export.json): a deploy applies it completely.
 */
export async function deployableRepo(): Promise<string> {
  const examples = join(REPO, 'examples');
  const dir = await tempRepo({});
  await cp(join(examples, 'cxone'), join(dir, 'cxone'), { recursive: true });
  const { entities } = JSON.parse(await readFile(join(examples, 'registry-export.json'), 'utf8')) as {
    entities: Record<string, unknown>[];
  };
  const { id: _id, ...live } = entities.find((e) => e.title === 'InteractionEnded')!;
  await rm(join(dir, 'cxone/schemas/interaction-ended.yaml'));
  await writeFile(join(dir, 'cxone/schemas/interaction-ended.json'), JSON.stringify(live, null, 2));
  return dir;
}

/**
 * Run git in `dir` the way a user would (tests build real repos with it); its stdout, trimmed.
 * Throws when git fails.
 */
export function git(dir: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Write `files` into the git repo `dir` (null deletes one), commit everything, and return the commit's SHA. */
export async function commitFiles(
  dir: string,
  files: Record<string, string | null>,
  message = 'change',
): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) await rm(join(dir, path), { force: true });
    else {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  }
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/**
 * A new git repo (branch main) in a temp directory, with `files` as its first commit; the directory
 * and that commit.
 */
export async function gitRepo(files: Record<string, string>): Promise<{ dir: string; first: string }> {
  const dir = await tempRepo({});
  git(dir, 'init', '--quiet', '-b', 'main');
  return { dir, first: await commitFiles(dir, files, 'first') };
}

/**
 * The text of every bundle file (dist/cli/app/) a CLI run compiled, read from the code cache it
 * wrote (src/launcher/index.cts): run the CLI with TMPDIR set to a fresh `tmp`, and every
 * chunk it loaded has a cache file `<chunk>-<mtime>.v8` there.
 */
export function chunksCompiled(tmp: string): string[] {
  const names = (readdirSync(tmp, { recursive: true }) as string[])
    .map((f) => basename(f))
    // (the bundle's files, `<file>-<mtime>.v8`; not the kept validators' code caches)
    .filter((f) => /^(index\.cjs|\d+\.index\.cjs\.js)-\d+\.v8$/.test(f))
    .map((f) => f.replace(/-\d+\.v8$/, ''));
  return [...new Set(names)].map((name) => readFileSync(join(REPO, 'dist/cli/app', name), 'utf8'));
}
