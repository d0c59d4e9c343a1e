// `check` against a live tenant over HTTP: the emulator run as users run it
// (`cxone-contract emulator --seed FILE`, a child process; the resource-draft variant: no
// next_cursor on last pages, extra filter fields), and the bundled CLI pointed at it.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, hasStackTrace, runNode } from './helpers.js';

const EXAMPLES = join(REPO, 'examples');
let emulator: ChildProcess;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = spawn(
    process.execPath,
    [CLI, 'emulator', '--port', '0', '--variant', 'resource-draft', '--seed', join(EXAMPLES, 'registry-export.json')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  env = await new Promise<Record<string, string>>((resolve, reject) => {
    let out = '';
    emulator.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const vars = Object.fromEntries([...out.matchAll(/^\s*(CXONE_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
      if (vars.CXONE_API_BASE_URL && vars.CXONE_CLIENT_SECRET) resolve(vars);
    });
    emulator.on('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 15_000);
  });
}, 20_000);

afterAll(() => {
  emulator?.kill('SIGTERM');
});

describe('check against the live registry (the emulator over HTTP)', () => {
  it('fetches the whole export and finds what the export file gives', () => {
    const live = runNode(CLI, ['check', '--root', EXAMPLES, '--format', 'json'], { env });
    const file = runNode(CLI, [
      'check',
      '--root',
      EXAMPLES,
      '--export',
      join(EXAMPLES, 'registry-export.json'),
      '--format',
      'json',
    ]);
    expect(live.code).toBe(1);
    const a = JSON.parse(live.stdout);
    const b = JSON.parse(file.stdout);
    expect(a.baseline).toBe(`api:${env.CXONE_API_BASE_URL}`);
    type Item = { kind: string; name: string; action: string; etag?: string };
    const strip = (r: { findings: unknown[]; plan: Item[] }) => ({
      findings: r.findings,
      plan: r.plan.filter((p) => p.kind === 'schema').map(({ etag: _e, ...p }) => p),
    });
    expect(strip(a)).toEqual(strip(b));
    // filters: the API knows the live ones (none here: every repo filter is a create); an export file holds none
    const filters = (r: { plan: Item[] }) => r.plan.filter((p) => p.kind === 'filter');
    expect(filters(a).length).toBeGreaterThan(0);
    expect(filters(a).every((p) => p.action === 'create')).toBe(true);
    expect(filters(b).map((p) => p.action)).toEqual(filters(a).map(() => 'unknown'));
    // the plan carries the live ETags the API returned
    expect(a.plan.find((p: { name: string }) => p.name === 'OrderPlaced').etag).toMatch(/^"/);
    expect(live.stdout + live.stderr).not.toContain(env.CXONE_CLIENT_SECRET);
  });

  it('an unknown emulator variant is a usage error (exit 2) naming the known ones', () => {
    const r = runNode(CLI, ['emulator', '--variant', 'strict-ish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--variant: "strict-ish" is not one of reference, resource-draft, flat-terse/);
  });

  it('wrong credentials: exit 2 (configuration) with one line naming the endpoint and status, no secret', () => {
    const r = runNode(CLI, ['check', '--root', EXAMPLES], {
      env: { ...env, CXONE_CLIENT_SECRET: 'not-the-secret-123' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/oauth\/token.*40[01]/);
    expect(r.stderr).not.toContain('not-the-secret-123');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('an unreachable API: exit 3 with a clear message, never a silent fallback', () => {
    const r = runNode(CLI, ['check', '--root', EXAMPLES], {
      env: { ...env, CXONE_API_BASE_URL: 'http://127.0.0.1:1', CXONE_TOKEN_URL: 'http://127.0.0.1:1/oauth/token' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(r.stderr).toMatch(/ECONNREFUSED|could not connect/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('plain http to a non-loopback host is refused before any request', () => {
    const r = runNode(CLI, ['check', '--root', EXAMPLES], {
      env: { ...env, CXONE_API_BASE_URL: 'http://api.example.com', CXONE_TOKEN_URL: '' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/https/);
  });
});
