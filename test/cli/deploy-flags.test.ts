// --activation-timeout and --allow-deploy-from through the CLI in-process, against the platform
// emulator on loopback: a bad value is the action input's own usage error (same settings code, same
// message, exit 2); the deploy gate reads GITHUB_REF in a GitHub Actions run as the action's does.

import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { DEFAULT_CLIENT, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { buildSettings } from '../../src/settings/index.js';
import { deployableRepo, pushEvent, REPO } from '../e2e/helpers.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SEED = join(REPO, 'examples/registry-export.json');
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emulator(): Promise<Emulator> {
  const em = await startEmulator({ seed: SEED, activationDelayMs: 20 });
  cleanups.push(() => em.close());
  return em;
}

async function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd, color: false });
  return { code, out: out.join(''), err: err.join('') };
}

const credentials = (em: Emulator) => ({
  CXONE_API_BASE_URL: em.url,
  CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
  CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
});

/** The action's message for `value` as its activation-timeout input (the same settings code). */
async function actionMessage(value: string, cwd: string): Promise<string> {
  const err = await buildSettings({ 'activation-timeout': value }, { cwd }).catch((e: Error) => e);
  return (err as Error).message;
}

describe('--activation-timeout', () => {
  for (const command of ['deploy', 'drift'])
    it(`${command}: a bad value is exit 2 with the action input's message, before the tenant is read`, async () => {
      const em = await emulator();
      const ws = await deployableRepo();
      for (const value of ['0', 'ten', '3601']) {
        const r = await run([command, '--activation-timeout', value], credentials(em), ws);
        const message = await actionMessage(value, ws);
        expect(message).toMatch(/^activation-timeout: ".*" is not a whole number from 1 to 3600$/);
        expect(r.code, value).toBe(2);
        expect(r.err).toBe(`cxone-contract: error: ${message}\n`);
      }
      expect(em.requests).toEqual([]);
    });

  it('check refuses it (check never waits for a filter), as its help says', async () => {
    const r = await run(['check', '--activation-timeout', '60'], {}, await deployableRepo());
    expect(r.code).toBe(2);
    expect(r.err).toContain('--activation-timeout is not a flag of check (deploy and drift take it)');
  });
});

describe('--allow-deploy-from', () => {
  /** A push to refs/heads/release/1 of a repo whose default branch is main. */
  const releasePush = async (ws: string) => ({ ...(await pushEvent(ws)), GITHUB_REF: 'refs/heads/release/1' });

  it('in a GitHub Actions run, a ref it does not list is refused (exit 2) before any request', async () => {
    const em = await emulator();
    const ws = await deployableRepo();
    const env = { ...credentials(em), ...(await releasePush(ws)) };
    for (const flags of [[], ['--allow-deploy-from', 'refs/heads/hotfix/*']]) {
      const r = await run(['deploy', '--dry-run', ...flags], env, ws);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        'cxone-contract: error: deploy refused from refs/heads/release/1: only refs/heads/main deploys unless allow-deploy-from lists the ref (e.g. "refs/heads/release/*").\n',
      );
    }
    expect(em.requests).toEqual([]);
  });

  it('a ref it lists (a glob; the flag repeats) proceeds: the dry run plans and writes nothing', async () => {
    const em = await emulator();
    const ws = await deployableRepo();
    const env = { ...credentials(em), ...(await releasePush(ws)) };
    const r = await run(
      [
        'deploy',
        '--dry-run',
        '--allow-deploy-from',
        'refs/heads/hotfix/*',
        '--allow-deploy-from',
        'refs/heads/release/*',
      ],
      env,
      ws,
    );
    expect(r.err).not.toContain('refused');
    expect(r.code).toBe(0);
    expect(em.requests.length).toBeGreaterThan(0);
    expect(
      em.requests.filter(
        (q) =>
          q.method === 'PUT' || (q.method === 'POST' && !q.path.endsWith('/validate') && q.path !== '/oauth/token'),
      ),
    ).toEqual([]);
  });

  it('outside a GitHub Actions run there is no ref to gate: the deploy proceeds, and says so on stderr', async () => {
    const em = await emulator();
    const ws = await deployableRepo();
    const r = await run(['deploy', '--dry-run', '--allow-deploy-from', 'refs/heads/release/*'], credentials(em), ws);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'note: --allow-deploy-from applies in a GitHub Actions run (GITHUB_EVENT_NAME, GITHUB_REF)',
    );
  });
});

describe('--report-file and export flags, as the action reads them', () => {
  it("deploy --report-file writes the check's JSON report, as the action does in deploy mode", async () => {
    const em = await emulator();
    const ws = await deployableRepo();
    const r = await run(['deploy', '--dry-run', '--report-file', 'out/report.json'], credentials(em), ws);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(join(ws, 'out/report.json'), 'utf8'));
    expect(report.plan.length).toBeGreaterThan(0);
    expect(report).toHaveProperty('counts');
  });

  it('export refuses the repo flags it has no use for, naming the commands that take them', async () => {
    for (const flag of ['--root', '--export', '--policy', '--fail-on', '--schemas', '--report-file']) {
      const r = await run(['export', flag, 'x'], {}, process.cwd());
      expect(r.code, flag).toBe(2);
      expect(r.err, flag).toContain(`${flag} is not a flag of export`);
    }
  });
});
