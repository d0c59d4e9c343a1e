// `cxone-contract deploy` (the bundled CLI) against the emulator: refusal where a deploy must not
// run, a blocked plan stops before any write, a clean plan is applied completely with an audit
// file, and a second run writes nothing.

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator } from '../../src/emulator/index.js';
import { CLI, REPO, runNodeAsync, tempRepo } from './helpers.js';

const EXAMPLES = join(REPO, 'examples');
const writes = (requests: { method: string; path: string }[]) => requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && !r.path.endsWith('/validate') && r.path !== '/oauth/token');

/** The example repo; with `fixed`, its breaking change is reverted to the live version. */
async function exampleRepo(fixed: boolean): Promise<string> {
  const dir = await tempRepo({});
  await cp(join(EXAMPLES, 'cxone'), join(dir, 'cxone'), { recursive: true });
  if (fixed) {
    const { entities } = JSON.parse(await readFile(join(EXAMPLES, 'registry-export.json'), 'utf8')) as { entities: Record<string, unknown>[] };
    const { id: _id, ...live } = entities.find((e) => e.title === 'InteractionEnded')!;
    await rm(join(dir, 'cxone/schemas/interaction-ended.yaml'));
    await writeFile(join(dir, 'cxone/schemas/interaction-ended.json'), JSON.stringify(live, null, 2));
  }
  return dir;
}

async function withEmulator<T>(fn: (env: Record<string, string>, em: Awaited<ReturnType<typeof startEmulator>>) => Promise<T>): Promise<T> {
  const em = await startEmulator({ seed: join(EXAMPLES, 'registry-export.json'), activationDelayMs: 50 });
  try {
    return await fn({ CXONE_API_BASE_URL: em.url, CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId, CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret }, em);
  } finally {
    await em.close();
  }
}

describe('cxone-contract deploy', () => {
  it('stops before any write when the plan is blocked by a breaking change', async () => {
    await withEmulator(async (env, em) => {
      const r = await runNodeAsync(CLI, ['deploy', '--root', await exampleRepo(false)], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('deploy stopped before any write');
      expect(writes(em.requests)).toEqual([]);
    });
  });

  it('is refused on a pull_request event', async () => {
    await withEmulator(async (env, em) => {
      const r = await runNodeAsync(CLI, ['deploy', '--root', await exampleRepo(true)], { env: { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/deploy refused on a pull_request event/);
      expect(em.requests).toEqual([]);
    });
  });

  it('applies the repo completely, records every operation, and a second run writes nothing', async () => {
    await withEmulator(async (env, em) => {
      const root = await exampleRepo(true);
      const audit = join(root, 'audit.jsonl');
      const first = await runNodeAsync(CLI, ['deploy', '--root', root, '--audit-file', audit], { env });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/deploy: 8 created, 1 updated, .* 0 conflicts, 0 failed — deployed: live == repo/);
      const titles = [...em.state.schemas.values()].map((s) => s.doc.title);
      expect(titles).toContain('CallTransferred');
      const filters = [...em.state.filters.values()];
      expect(filters).toHaveLength(7);
      expect(filters.every((f) => f.status === 'ACTIVE')).toBe(true);

      const lines = (await readFile(audit, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ record: 'header', policy: 'additive', dryRun: false });
      expect(String(lines[0]!.planDigest)).toMatch(/^sha256:[0-9a-f]{64}$/);
      const applied = lines.filter((l) => l.outcome === 'applied');
      expect(applied.filter((l) => l.operation === 'create')).toHaveLength(8);
      // every write the emulator saw is in the audit file
      expect(writes(em.requests).length).toBe(applied.filter((l) => l.operation === 'create' || l.operation === 'update' || l.operation === 'assign-group').length);
      expect(JSON.stringify(lines)).not.toContain(DEFAULT_CLIENT.clientSecret);

      const before = writes(em.requests).length;
      const second = await runNodeAsync(CLI, ['deploy', '--root', root], { env });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/deploy: 0 created, 0 updated, .* 0 conflicts, 0 failed — deployed/);
      expect(writes(em.requests).length).toBe(before);
    });
  }, 60_000);
});

describe('the bundled action with mode: deploy', () => {
  async function runAction(root: string, env: Record<string, string>, extra: Record<string, string> = {}) {
    const out = join(root, 'out');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out, { recursive: true });
    const event = join(out, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { default_branch: 'main' } }));
    for (const f of ['github-output', 'step-summary.md']) await writeFile(join(out, f), '');
    const r = await runNodeAsync(join(REPO, 'dist/index.js'), [], {
      cwd: root,
      env: {
        GITHUB_WORKSPACE: root,
        GITHUB_OUTPUT: join(out, 'github-output'),
        GITHUB_STEP_SUMMARY: join(out, 'step-summary.md'),
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        RUNNER_TEMP: out,
        INPUT_MODE: 'deploy',
        'INPUT_API-BASE-URL': env.CXONE_API_BASE_URL!,
        'INPUT_CLIENT-ID': env.CXONE_CLIENT_ID!,
        'INPUT_CLIENT-SECRET': env.CXONE_CLIENT_SECRET!,
        ...extra,
      },
    });
    const outputs = await readFile(join(out, 'github-output'), 'utf8');
    const get = (name: string) => new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs)?.[2];
    return { ...r, get, summary: await readFile(join(out, 'step-summary.md'), 'utf8') };
  }

  it('deploys on a push to the default branch: outputs, audit file and job summary', async () => {
    await withEmulator(async (env) => {
      const r = await runAction(await exampleRepo(true), env);
      expect(r.code).toBe(0);
      expect(r.get('deployed')).toBe('true');
      expect(r.get('created')).toBe('8');
      expect(r.get('updated')).toBe('1');
      expect(r.get('conflicts')).toBe('0');
      const audit = (await readFile(r.get('audit-file')!, 'utf8')).trim().split('\n');
      expect(JSON.parse(audit[0]!)).toMatchObject({ record: 'header', ref: 'refs/heads/main' });
      expect(r.summary).toContain('### Deploy: live == repo');
      expect(r.summary).toMatch(/\| applied \| create \| schema \| CallTransferred \|/);
    });
  }, 60_000);

  it('refuses a pull_request event before talking to the platform', async () => {
    await withEmulator(async (env, em) => {
      const r = await runAction(await exampleRepo(true), env, { GITHUB_EVENT_NAME: 'pull_request' });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('::error::deploy refused on a pull_request event');
      expect(em.requests).toEqual([]);
    });
  });
});
