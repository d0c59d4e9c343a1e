// The npm package is the bundled CLI and nothing else: `npm pack` in the repo, the tarball installed
// offline into an empty directory, and its bin run from there as a user's `npx cxone-contract` would.
// It has no dependencies (dist/cli/ is a self-contained ncc bundle), so the install needs no network.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };

interface Packed {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

let tmp: string;
/** The empty directory the tarball is installed into, and the children's working directory. */
let user: string;
let env: NodeJS.ProcessEnv;
let packed: Packed;

/**
 * This process's environment without npm's own variables (`npm test` exports its config, a
 * userconfig with a token included), the runner's and the tool's; npm's cache in the temp dir and
 * no reachable registry.
 */
function isolatedEnv(): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$|INPUT_|GITHUB_|CXONE_)/i.test(k)),
  );
  return {
    ...clean,
    NO_COLOR: '1',
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_userconfig: join(tmp, 'npmrc'),
    npm_config_update_notifier: 'false',
    // Nothing listens there: a package that needed the registry would fail here, not download.
    npm_config_registry: 'http://127.0.0.1:9/',
  };
}

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });

/** The installed bin, found by npx in the user's directory's node_modules and never downloaded. */
const npx = (args: string[]) =>
  spawnSync('npx', ['--no-install', 'cxone-contract', ...args], {
    cwd: user,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cxc-pack-'));
  user = join(tmp, 'user');
  mkdirSync(user);
  mkdirSync(join(tmp, 'pack'));
  env = isolatedEnv();
  packed = (
    JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', join(tmp, 'pack')], REPO)) as Packed[]
  )[0]!;
  // --prefix keeps npm from settling in a parent directory that holds a package.json.
  npm(
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      user,
      join(tmp, 'pack', packed.filename),
    ],
    user,
  );
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the CLI bundle with every chunk, the schemas and the notices, and nothing else', () => {
    const files = packed.files.map((f) => f.path).sort();
    const expected = [
      // The launcher and the bundle it runs (dist/cli/app/).
      ...(readdirSync(join(REPO, 'dist/cli'), { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((d) => d.isFile())
        .map((d) => relative(REPO, join(d.parentPath, d.name)).split(sep).join('/')),
      ...readdirSync(join(REPO, 'schemas')).map((f) => `schemas/${f}`),
      // The demo's repo and export: `cxone-contract demo` checks them.
      ...(readdirSync(join(REPO, 'examples'), { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((d) => d.isFile())
        .map((d) => relative(REPO, join(d.parentPath, d.name)).split(sep).join('/')),
      'dist/licenses.txt',
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ].sort();
    expect(files).toEqual(expected);
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/cli/app/index.cjs');
    expect(files.filter((f) => /^dist\/cli\/app\/\d+\.index\.cjs\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^schemas\/.+\.schema\.json$/.test(f)).length).toBeGreaterThan(0);
    for (const f of files) expect(f).not.toMatch(/^(src|lib|test|node_modules)\/|^dist\/index\.js$/);
    expect([packed.name, packed.version]).toEqual(['cxone-contract', pkg.version]);

    // What `npm publish` would upload is what was packed.
    const dry = JSON.parse(npm(['pack', '--dry-run', '--ignore-scripts', '--json'], REPO)) as Packed[];
    expect(dry[0]!.files.map((f) => f.path).sort()).toEqual(files);
  });

  it('installs nothing but itself: no dependencies of any kind', () => {
    const installed = JSON.parse(
      readFileSync(join(user, 'node_modules/cxone-contract/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
      expect(installed[field], field).toBeUndefined();
    }
    expect(readdirSync(join(user, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['cxone-contract']);
    expect(readFileSync(join(user, 'node_modules/cxone-contract/dist/cli/index.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
  });

  it("prints package.json's version through npx", () => {
    const r = npx(['--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("checks a copy of examples/ from the empty directory as the repo's bin checks examples/", () => {
    const examples = join(tmp, 'examples');
    cpSync(join(REPO, 'examples'), examples, { recursive: true });
    const args = ['check', '--format', 'json'];
    const repo = spawnSync(
      process.execPath,
      [join(REPO, 'dist/cli/index.js'), ...args, '--root', 'examples', '--export', 'examples/registry-export.json'],
      { cwd: REPO, env, encoding: 'utf8', timeout: 60_000 },
    );
    const installed = npx([...args, '--root', examples, '--export', join(examples, 'registry-export.json')]);

    // examples/ has a breaking change against its export: findings, exit 1.
    expect(repo.status).toBe(1);
    expect(installed.status).toBe(repo.status);
    const want = JSON.parse(repo.stdout) as Record<string, unknown>;
    const got = JSON.parse(installed.stdout) as Record<string, unknown>;
    expect(want.counts).toMatchObject({ errors: expect.any(Number) as number, breaking: 1 });
    expect({ counts: got.counts, failed: got.failed, findings: got.findings }).toEqual({
      counts: want.counts,
      failed: want.failed,
      findings: want.findings,
    });
    expect(got.baseline).toMatch(/^export:.*registry-export\.json$/);
  });

  // The installed CLI lists `demo`: it must find its examples in the package (it found none, exit 2),
  // and only there (a user's project above node_modules may have an examples/ of its own).
  it('runs the demo from the empty directory, on the examples in the package', () => {
    mkdirSync(join(user, 'examples'), { recursive: true });
    cpSync(join(REPO, 'examples/registry-export.json'), join(user, 'examples/registry-export.json'));
    const r = npx(['demo', '--no-color']);
    expect(r.stderr).not.toMatch(/error/);
    // examples/ has a breaking change against its export.
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('node_modules/cxone-contract/examples/cxone/schemas/');
    expect(r.stdout).toContain('The check fails (exit 1)');
  });

  it('lists the rules as JSON', () => {
    const r = npx(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const { rules } = JSON.parse(r.stdout) as { rules: { id: string }[] };
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.map((x) => x.id)).toContain('platform-refuses-update');
  });
});
