// The ReDoS checker is a chunk of the bundle, loaded only ahead of a run that needs it: the
// synchronous engine cannot load it later (no node_modules beside dist/). Every mode that judges
// regexes must load it first: drift judges the live schemas' patterns against the repo's.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator } from '../../src/emulator/index.js';
import { chunksCompiled, CLI, REPO } from './helpers.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

// Alternation beside a star: the fast path cannot clear it, so the checker must judge it.
const LIVE_PATTERN = '^(a|b)c.*$';
const REPO_PATTERN = '^(a|b)c.*d$';

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the ReDoS checker in the bundle', () => {
  it('drift loads it before judging a live pattern the fast path cannot clear', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redos-bundle-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const exportDoc = JSON.parse(await readFile(join(REPO, 'examples/registry-export.json'), 'utf8')) as {
      entities: { title: string; properties: Record<string, Record<string, unknown>> }[];
    };
    exportDoc.entities.find((e) => e.title === 'AgentStateChanged')!.properties.event_id!.pattern = LIVE_PATTERN;
    const seed = join(dir, 'export.json');
    await writeFile(seed, JSON.stringify(exportDoc));
    await cp(join(REPO, 'examples/cxone'), join(dir, 'repo/cxone'), { recursive: true });
    const schema = join(dir, 'repo/cxone/schemas/agent-state-changed.yaml');
    await writeFile(
      schema,
      (await readFile(schema, 'utf8')).replace(
        '  event_id:\n    type: string\n',
        `  event_id:\n    type: string\n    pattern: '${REPO_PATTERN}'\n`,
      ),
    );
    const em = await startEmulator({ seed });
    cleanups.push(() => em.close());
    const tmp = join(dir, 'tmp');
    await mkdir(tmp);
    const r = await run(['drift', '--root', join(dir, 'repo'), '--format', 'json', '--requests-per-second', '0'], {
      CXONE_API_BASE_URL: em.url,
      CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
      CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
      TMPDIR: tmp,
    });
    expect([0, 1], r.out).toContain(r.code);
    expect(r.out).not.toMatch(/ReDoS checker failed|Cannot find module/);
    const chunks = chunksCompiled(tmp);
    expect(chunks.some((c) => /recheck\.automaton\.AutomatonChecker/.test(c))).toBe(true);
  });
});
