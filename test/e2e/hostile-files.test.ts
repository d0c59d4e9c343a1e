// The bundled CLI and action on a checkout whose files a pull request planted (issue 11): glob
// bombs in the config, a registry export that is a link out or a pipe, report files that are links
// to a file outside. Each is exit 2 with one line naming the file (and line) or input, no stack
// trace, nothing of the outside file printed, nothing outside written, and done within the test's timeout.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callConnectedExport, callConnectedYaml } from './call-connected.js';
import { CLI, hasStackTrace, runActionIn, runNodeAsync, tempRepo } from './helpers.js';

const SCHEMA = { 'cxone/schemas/call-connected.yaml': callConnectedYaml('integer', '1.0.0') };

async function victimFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-victim-'));
  const file = join(dir, 'victim');
  await writeFile(file, 'precious\n');
  return file;
}

const cli = (ws: string, args: string[]) => runNodeAsync(CLI, ['check', ...args], { cwd: ws });

function oneCleanLine(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.stderr.trim().replace(/^cxone-contract: error: /, '')).toMatch(pattern);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
}

describe('hostile config globs (the bundled CLI)', () => {
  it.each([
    ['schemas', JSON.stringify('{a,b}'.repeat(20)), /brace groups, over the limit of 8/],
    ['filters', JSON.stringify(`cxone/${'{a,b}'.repeat(17)}/*.yaml`), /brace groups, over the limit of 8/],
    ['schemas', JSON.stringify('{1..100000000}'), /expands to more than 100 patterns/],
    ['schemas', JSON.stringify('{9007199254740991..9007199254740995}'), /expands to more than 100 patterns/],
    ['schemas', JSON.stringify('*'.repeat(100_000)), /100000 characters long, over the limit of 512/],
    ['filters', JSON.stringify('{a,'.repeat(20_000)), /characters long, over the limit of 512/],
  ])('%s: %#', async (key, value, message) => {
    const ws = await tempRepo({ ...SCHEMA, '.cxone-contract.yml': `policy: additive\n${key}: ${value}\n` });
    const r = await cli(ws, []);
    oneCleanLine(r, new RegExp(`^\\.cxone-contract\\.yml:2: ${key}: .*${message.source}`));
    expect(r.stderr.length).toBeLessThan(500); // the glob is cut, not echoed whole
  });

  it('an unquoted star run (a YAML alias) is a short config error, not the whole line echoed', async () => {
    const ws = await tempRepo({ ...SCHEMA, '.cxone-contract.yml': `schemas: ${'*'.repeat(100_000)}\n` });
    const r = await cli(ws, []);
    oneCleanLine(r, /^\.cxone-contract\.yml:\d*:? ?Unresolved alias/);
    expect(r.stderr.length).toBeLessThan(500);
  });

  it('the same bounds hold for the --schemas flag', async () => {
    const ws = await tempRepo(SCHEMA);
    oneCleanLine(await cli(ws, ['--schemas', '{a,b}'.repeat(17)]), /^schemas: .*17 brace groups, over the limit of 8/);
  });
});

describe('a hostile registry export (the bundled CLI)', () => {
  it('a link to /proc/self/environ is refused, and nothing of the environment is printed', async () => {
    const ws = await tempRepo(SCHEMA);
    await symlink('/proc/self/environ', join(ws, 'export.json'));
    const r = await runNodeAsync(CLI, ['check', '--export', 'export.json'], {
      cwd: ws,
      env: { PLANTED_SECRET: 'env-value-9d1c' },
    });
    oneCleanLine(
      r,
      /^registry-export: export\.json: the export file resolves to a path outside the repository root; it was not read$/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/env-value-9d1c|SHELL=|PATH=/);
  });

  it('a link to a JSON export outside the root is not used as the baseline', async () => {
    const ws = await tempRepo(SCHEMA);
    const outside = await mkdtemp(join(tmpdir(), 'cxc-outside-'));
    await writeFile(join(outside, 'export.json'), JSON.stringify(callConnectedExport));
    await symlink(join(outside, 'export.json'), join(ws, 'export.json'));
    oneCleanLine(await cli(ws, ['--export', 'export.json']), /outside the repository root/);
  });

  it('a named pipe does not hang the run', async () => {
    const ws = await tempRepo(SCHEMA);
    execFileSync('mkfifo', [join(ws, 'export.json')]);
    oneCleanLine(await cli(ws, ['--export', 'export.json']), /not a regular file \(a pipe, socket or device\)/);
  });

  it('invalid JSON gives a line and column, not the bytes', async () => {
    const ws = await tempRepo({ ...SCHEMA, 'export.json': 'SECRET-BYTES-4b2a=1\n' });
    const r = await cli(ws, ['--export', 'export.json']);
    oneCleanLine(r, /^registry-export: export\.json is not valid JSON \(line 1, column 1\)$/);
    expect(r.stderr).not.toContain('SECRET-BYTES');
  });
});

describe('report files planted as links', () => {
  it('the CLI refuses --report-file through a link committed in the repo; the outside file is untouched', async () => {
    const victim = await victimFile();
    const ws = await tempRepo(SCHEMA);
    await symlink(victim, join(ws, 'results.out'));
    oneCleanLine(
      await cli(ws, ['--report-file', 'results.out']),
      /^--report-file: .*results\.out is a symbolic link in the repository/,
    );
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
  });

  it.each(['sarif-file', 'report-file'])(
    'the action refuses %s through a link; the outside file is untouched',
    async (input) => {
      const victim = await victimFile();
      const ws = await tempRepo({ ...SCHEMA, 'registry-export.json': JSON.stringify(callConnectedExport) });
      await symlink(victim, join(ws, 'results.out'));
      const r = await runActionIn(ws, { [input]: 'results.out', 'registry-export': 'registry-export.json' });
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stdout).toMatch(new RegExp(`::error::${input}: .*results\\.out is a symbolic link in the repository`));
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      expect(await readFile(victim, 'utf8')).toBe('precious\n');
    },
  );

  it('the action still writes report and SARIF files to plain paths in the workspace and under RUNNER_TEMP', async () => {
    const ws = await tempRepo({ ...SCHEMA, 'registry-export.json': JSON.stringify(callConnectedExport) });
    const r = await runActionIn(ws, {
      'sarif-file': 'reports/results.sarif',
      'registry-export': 'registry-export.json',
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(ws, 'reports/results.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(await readFile(join(r.out, 'cxone-contract-report.json'), 'utf8')).counts.errors).toBe(0);
  });
});
