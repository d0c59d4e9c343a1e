// Paths mean the same in both fronts (docs/architecture.md, "Paths"; src/core/paths.ts): on one
// layout, the action (src/main.ts, run in this process with the runner's variables) and the CLI
// (cli()) resolve registry-export against where they run (the workspace, the current directory),
// write the same SARIF URIs (relative to the repository: the top of the git repository holding
// root, else the workspace) and the action's annotations name the same files. A file name with a
// space, `#`, `%` and a non-ASCII letter is percent-encoded in URIs and never climbs out with `..`.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { cli } from '../../src/cli.js';
import { run } from '../../src/main.js';
import { callConnectedExport, callConnectedYaml } from '../e2e/call-connected.js';
import { git, tempRepo } from '../e2e/helpers.js';

const NAME = 'call connected #1 %ä.yaml';
const ENCODED = 'call%20connected%20%231%20%25%C3%A4.yaml';
const EXPORT = JSON.stringify(callConnectedExport);

interface Sarif {
  runs: {
    originalUriBaseIds: Record<string, { uri?: string }>;
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: object } }[] }[];
    properties: { baseline: string };
  }[];
}

/** Where each result points, and what %SRCROOT% is. */
function locations(sarif: Sarif): { base: string | undefined; files: object[] } {
  const r = sarif.runs[0]!;
  return {
    base: r.originalUriBaseIds['%SRCROOT%']?.uri,
    files: [...new Set(r.results.map((x) => JSON.stringify(x.locations[0]!.physicalLocation.artifactLocation)))].map(
      (s) => JSON.parse(s) as object,
    ),
  };
}

let stdout: string[] = [];
let write: MockInstance<typeof process.stdout.write>;
beforeEach(() => {
  stdout = [];
  write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => write.mockRestore());

interface ActionResult {
  exitCode: number;
  log: string;
  sarif?: Sarif;
}

/**
 * The action as the runner starts it, in this process: GITHUB_WORKSPACE = `ws`, INPUT_* from
 * `inputs`, outputs, the summary and the SARIF file in `<ws>-out` beside it; the environment and
 * exit code restored after.
 */
async function action(ws: string, inputs: Record<string, string>): Promise<ActionResult> {
  const out = `${ws}-out`;
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'output'), '');
  await writeFile(join(out, 'summary.md'), '');
  const saved = { ...process.env };
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('CXONE_') || k === 'RUNNER_TEMP')
      delete process.env[k];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: join(out, 'output'),
    GITHUB_STEP_SUMMARY: join(out, 'summary.md'),
    RUNNER_TEMP: out,
    INPUT_COMMENT: 'false',
    'INPUT_SARIF-FILE': join(out, 'results.sarif'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  const before = stdout.length;
  try {
    await run();
    const sarif = await readFile(join(out, 'results.sarif'), 'utf8').then(
      (t) => JSON.parse(t) as Sarif,
      () => undefined,
    );
    return { exitCode: Number(process.exitCode ?? 0), log: stdout.slice(before).join(''), ...(sarif ? { sarif } : {}) };
  } finally {
    process.env = saved;
    process.exitCode = undefined;
  }
}

/** The CLI's `check` with `cwd` as its current directory. */
async function command(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(['check', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    cwd,
    color: false,
  });
  return { code, out, err };
}

/** `::error title=type-changed,file=…` lines of the log: the files annotations name. */
function annotated(log: string): string[] {
  return [...log.matchAll(/^::error title=type-changed,file=([^,]*),line=\d+/gm)].map((m) => m[1]!);
}

describe('paths in both fronts', () => {
  it('root: sub of a git workspace — SARIF URIs and annotations relative to the repository, registry-export to where the command runs', async () => {
    const ws = await tempRepo({
      [`sub/cxone/schemas/${NAME}`]: callConnectedYaml('string', '2.0.0'),
      'sub/export.json': EXPORT,
    });
    git(ws, 'init', '--quiet', '-b', 'main');

    const a = await action(ws, { root: 'sub', 'registry-export': 'sub/export.json' });
    const fromWs = await command(ws, ['--root', 'sub', '--export', 'sub/export.json', '--format', 'sarif']);
    // The same repo from inside it: the paths the user types change, what GitHub is told does not.
    const fromSub = await command(join(ws, 'sub'), ['--export', 'export.json', '--format', 'sarif']);

    expect([a.exitCode, fromWs.code, fromSub.code]).toEqual([1, 1, 1]);
    const expected = {
      base: pathToFileURL(ws).href + '/',
      files: [{ uri: `sub/cxone/schemas/${ENCODED}`, uriBaseId: '%SRCROOT%' }],
    };
    expect(locations(a.sarif!)).toEqual(expected);
    // The action's sarif-file and the CLI's --format sarif from the workspace: one document.
    expect(JSON.parse(fromWs.out)).toEqual(a.sarif);
    expect(locations(JSON.parse(fromSub.out) as Sarif)).toEqual(expected);
    // registry-export is shown relative to where the command runs.
    expect(a.sarif!.runs[0]!.properties.baseline).toBe('export:sub/export.json');
    expect((JSON.parse(fromSub.out) as Sarif).runs[0]!.properties.baseline).toBe('export:export.json');
    // Annotations: the repository path (the toolkit escapes `%` in properties).
    expect(new Set(annotated(a.log))).toEqual(new Set([`sub/cxone/schemas/${NAME.replace('%', '%25')}`]));
  });

  it('root: . — the workspace is the repository: paths start at it in both fronts', async () => {
    const ws = await tempRepo({
      [`cxone/schemas/${NAME}`]: callConnectedYaml('string', '2.0.0'),
      'export.json': EXPORT,
    });
    git(ws, 'init', '--quiet', '-b', 'main');
    const a = await action(ws, { root: '.', 'registry-export': 'export.json' });
    const c = await command(ws, ['--root', '.', '--export', 'export.json', '--format', 'sarif']);
    const expected = {
      base: pathToFileURL(ws).href + '/',
      files: [{ uri: `cxone/schemas/${ENCODED}`, uriBaseId: '%SRCROOT%' }],
    };
    expect(locations(a.sarif!)).toEqual(expected);
    expect(JSON.parse(c.out)).toEqual(a.sarif);
    expect(new Set(annotated(a.log))).toEqual(new Set([`cxone/schemas/${NAME.replace('%', '%25')}`]));
  });

  it('no git: the workspace (the current directory) is the repository when it holds root', async () => {
    const ws = await tempRepo({
      [`sub/cxone/schemas/${NAME}`]: callConnectedYaml('string', '2.0.0'),
      'sub/export.json': EXPORT,
    });
    const a = await action(ws, { root: 'sub', 'registry-export': 'sub/export.json' });
    const c = await command(ws, ['--root', 'sub', '--export', 'sub/export.json', '--format', 'sarif']);
    expect(locations(a.sarif!).files).toEqual([{ uri: `sub/cxone/schemas/${ENCODED}`, uriBaseId: '%SRCROOT%' }]);
    expect(JSON.parse(c.out)).toEqual(a.sarif);
    expect(new Set(annotated(a.log))).toEqual(new Set([`sub/cxone/schemas/${NAME.replace('%', '%25')}`]));
  });

  it('a repository checked out into a sub-directory of the workspace (checkout path: sub): paths start at its top', async () => {
    const ws = await tempRepo({
      [`sub/cxone/schemas/${NAME}`]: callConnectedYaml('string', '2.0.0'),
      'export.json': EXPORT,
    });
    git(join(ws, 'sub'), 'init', '--quiet', '-b', 'main');
    const a = await action(ws, { root: 'sub', 'registry-export': 'export.json' });
    const c = await command(ws, ['--root', 'sub', '--export', 'export.json', '--format', 'sarif']);
    expect(locations(a.sarif!)).toEqual({
      base: pathToFileURL(join(ws, 'sub')).href + '/',
      files: [{ uri: `cxone/schemas/${ENCODED}`, uriBaseId: '%SRCROOT%' }],
    });
    expect(JSON.parse(c.out)).toEqual(a.sarif);
    expect(new Set(annotated(a.log))).toEqual(new Set([`cxone/schemas/${NAME.replace('%', '%25')}`]));
  });

  it('a missing registry-export names the absolute path and what it was resolved against, in both fronts', async () => {
    const ws = await tempRepo({ [`sub/cxone/schemas/${NAME}`]: callConnectedYaml('string', '2.0.0') });
    const missing = 'sub/export.json\u001b[31mx';
    const shown = `${join(ws, 'sub/export.json')}\\u001b[31mx (from "sub/export.json\\u001b[31mx", relative to`;
    const a = await action(ws, { root: 'sub', 'registry-export': missing });
    expect(a.exitCode).toBe(2);
    expect(a.log).toContain(`::error::registry-export: cannot read ${shown} the workspace ${ws}): no such file`);
    const c = await command(ws, ['--root', 'sub', '--export', missing]);
    expect(c.code).toBe(2);
    expect(c.err).toBe(
      `cxone-contract: error: registry-export: cannot read ${shown} the current directory ${ws}): no such file\n`,
    );
  });

  it('a directory given as registry-export or config is named the same way', async () => {
    const ws = await tempRepo({ 'sub/cxone/schemas/a.yaml': callConnectedYaml('string', '2.0.0'), 'sub/dir/x': '' });
    const a = await action(ws, { root: 'sub', 'registry-export': 'sub/dir' });
    expect(a.log).toContain(
      `::error::registry-export: cannot read ${join(ws, 'sub/dir')} (from "sub/dir", relative to the workspace ${ws}): it is a directory`,
    );
    const c = await command(ws, ['--root', 'sub', '--config', 'dir']);
    expect(c.err).toBe(
      `cxone-contract: error: config: cannot read ${join(ws, 'sub/dir')} (from "dir", relative to the contract root ${join(ws, 'sub')}): it is a directory\n`,
    );
  });
});
