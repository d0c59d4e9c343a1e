// `cxone-contract deploy` (the bundled CLI) against the emulator: refusal where a deploy must not
// run, a blocked plan stops before any write, a clean plan is applied completely with an audit
// file, and a second run writes nothing.

import { spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator } from '../../src/emulator/index.js';
import { startFakeGitHub } from '../fakes/github-api.js';
import { JOB_BACKEND_ID, RUN_BACKEND_ID, unzip, withResultsService } from '../fakes/results-service.js';
import { CLI, REPO, runNodeAsync, tempRepo } from './helpers.js';

const EXAMPLES = join(REPO, 'examples');
const writes = (requests: { method: string; path: string }[]) =>
  requests.filter(
    (r) => (r.method === 'POST' || r.method === 'PUT') && !r.path.endsWith('/validate') && r.path !== '/oauth/token',
  );

/** The example repo; with `fixed`, its breaking change is reverted to the live version. */
async function exampleRepo(fixed: boolean): Promise<string> {
  const dir = await tempRepo({});
  await cp(join(EXAMPLES, 'cxone'), join(dir, 'cxone'), { recursive: true });
  if (fixed) {
    const { entities } = JSON.parse(await readFile(join(EXAMPLES, 'registry-export.json'), 'utf8')) as {
      entities: Record<string, unknown>[];
    };
    const { id: _id, ...live } = entities.find((e) => e.title === 'InteractionEnded')!;
    await rm(join(dir, 'cxone/schemas/interaction-ended.yaml'));
    await writeFile(join(dir, 'cxone/schemas/interaction-ended.json'), JSON.stringify(live, null, 2));
  }
  return dir;
}

async function withEmulator<T>(
  fn: (env: Record<string, string>, em: Awaited<ReturnType<typeof startEmulator>>) => Promise<T>,
): Promise<T> {
  const em = await startEmulator({ seed: join(EXAMPLES, 'registry-export.json'), activationDelayMs: 50 });
  try {
    return await fn(
      {
        CXONE_API_BASE_URL: em.url,
        CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
        CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
      },
      em,
    );
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
      const r = await runNodeAsync(CLI, ['deploy', '--root', await exampleRepo(true)], {
        env: { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' },
      });
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

      const lines = (await readFile(audit, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ record: 'header', policy: 'additive', dryRun: false });
      expect(String(lines[0]!.planDigest)).toMatch(/^sha256:[0-9a-f]{64}$/);
      const applied = lines.filter((l) => l.outcome === 'applied');
      expect(applied.filter((l) => l.operation === 'create')).toHaveLength(8);
      // every write the emulator saw is in the audit file
      expect(writes(em.requests).length).toBe(
        applied.filter((l) => l.operation === 'create' || l.operation === 'update' || l.operation === 'assign-group')
          .length,
      );
      expect(JSON.stringify(lines)).not.toContain(DEFAULT_CLIENT.clientSecret);

      const before = writes(em.requests).length;
      const second = await runNodeAsync(CLI, ['deploy', '--root', root], { env });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/deploy: 0 created, 0 updated, .* 0 conflicts, 0 failed — deployed/);
      expect(writes(em.requests).length).toBe(before);
    });
  }, 60_000);

  it('a deploy killed half-way (SIGKILL) converges when re-run: everything applied once, nothing duplicated', async () => {
    const root = await exampleRepo(true);
    // 30 more new schemas, and pacing at 20 requests/s, so the kill lands in the middle of the run
    for (let i = 0; i < 30; i++) {
      const doc = {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: `BulkEvent${i}`,
        description: `Bulk event ${i}.`,
        cxoneVersion: '1.0.0',
        type: 'object',
        additionalProperties: false,
        required: ['event_id'],
        properties: { event_id: { type: 'string', description: 'Unique id.' } },
      };
      await writeFile(join(root, `cxone/schemas/bulk-${i}.json`), JSON.stringify(doc));
    }
    await withEmulator(async (env, em) => {
      const apiWrites = () => em.state.audit.filter((e) => e.source === 'api').length;
      const audit = join(root, 'killed-audit.jsonl');
      const child = spawn(
        process.execPath,
        [CLI, 'deploy', '--root', root, '--requests-per-second', '20', '--audit-file', audit],
        { env: { ...process.env, ...env }, stdio: 'ignore' },
      );
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const deadline = Date.now() + 30_000;
      while (apiWrites() < 12 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      await exited;
      const atKill = apiWrites();
      expect(atKill).toBeGreaterThanOrEqual(12);
      expect(
        [...em.state.schemas.values()].filter((s) => String(s.doc.title).startsWith('BulkEvent')).length,
      ).toBeLessThan(30);
      // the audit of the killed run: its header, every operation it finished, and no result line
      const records = (await readFile(audit, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records[0]).toMatchObject({ record: 'header' });
      expect(records.some((r) => r.record === 'result')).toBe(false);
      const created = records.filter((r) => r.operation === 'create' && r.outcome === 'applied').map((r) => r.name);
      expect(created.length).toBeGreaterThan(0);
      const liveTitles = new Set([...em.state.schemas.values()].map((s) => s.doc.title));
      for (const name of created) expect(liveTitles.has(name)).toBe(true);
      // at most the writes in flight at the kill (max-concurrency 4) are missing from it
      const written = records.filter(
        (r) => (r.operation === 'create' || r.operation === 'update') && r.outcome === 'applied',
      );
      expect(atKill - written.length).toBeGreaterThanOrEqual(0);
      expect(atKill - written.length).toBeLessThanOrEqual(4);

      const rerun = await runNodeAsync(CLI, ['deploy', '--root', root], { env });
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toMatch(/0 conflicts, 0 failed — deployed: live == repo/);
      const titles = [...em.state.schemas.values()].map((s) => String(s.doc.title));
      for (let i = 0; i < 30; i++) expect(titles.filter((t) => t === `BulkEvent${i}`)).toHaveLength(1);
      expect(new Set(titles).size).toBe(titles.length);
      expect([...em.state.filters.values()].every((f) => f.status === 'ACTIVE')).toBe(true);

      const before = writes(em.requests).length;
      const third = await runNodeAsync(CLI, ['deploy', '--root', root], { env });
      expect(third.code).toBe(0);
      expect(writes(em.requests).length).toBe(before);
    });
  }, 90_000);
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

  it('uploads the audit file as an artifact through the results service (create, block blob, finalize)', async () => {
    await withResultsService({ artifactId: 777 }, (results) =>
      withEmulator(async (env) => {
        const r = await runAction(await exampleRepo(true), env, {
          ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
          ACTIONS_RESULTS_URL: `${results.url}/`,
          GITHUB_RUN_ID: '987654',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_SERVER_URL: 'https://github.com',
        });
        expect(
          r.code,
          r.stdout
            .split('\n')
            .filter((l) => /error|artifact|blob/i.test(l))
            .join('\n') + r.stderr,
        ).toBe(0);
        expect(r.get('audit-artifact-id')).toBe('777');
        const twirp = results.calls.filter((c) => c.url.startsWith('/twirp/')).map((c) => c.url.split('/').pop());
        expect(twirp).toEqual(['CreateArtifact', 'FinalizeArtifact']);
        expect(results.calls.some((c) => c.method === 'PUT' && c.url.startsWith('/blob/'))).toBe(true);
        const create = results.calls.find((c) => c.url.endsWith('/CreateArtifact'))!;
        expect(create.json).toMatchObject({
          name: 'cxone-contract-audit-987654',
          workflow_run_backend_id: RUN_BACKEND_ID,
          workflow_job_run_backend_id: JOB_BACKEND_ID,
        });
        // what was uploaded is exactly the audit file
        const files = await unzip(results.blobs.get('cxone-contract-audit-987654')!);
        const auditFile = r.get('audit-file')!;
        expect([...files.keys()]).toEqual([basename(auditFile)]);
        expect(files.get(basename(auditFile))!.toString('utf8')).toBe(await readFile(auditFile, 'utf8'));
        // and no secret travelled with it
        expect(files.get(basename(auditFile))!.toString('utf8')).not.toContain(env.CXONE_CLIENT_SECRET!);
      }),
    );
  }, 60_000);

  it('an artifact upload that fails fails the step, says the deploy was applied, and names the audit file', async () => {
    await withResultsService({ failCreate: true }, (results) =>
      withEmulator(async (env) => {
        const r = await runAction(await exampleRepo(true), env, {
          ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
          ACTIONS_RESULTS_URL: `${results.url}/`,
          GITHUB_RUN_ID: '987654',
          'INPUT_AUDIT-ARTIFACT': 'my-audit',
        });
        expect(r.code).toBe(3);
        expect(r.get('deployed')).toBe('true');
        expect(r.stdout).toMatch(
          /::error::the deploy was applied as reported above, but uploading the audit artifact failed: .*the audit file is /,
        );
        expect(results.calls.find((c) => c.url.endsWith('/CreateArtifact'))!.json).toMatchObject({ name: 'my-audit' });
      }),
    );
  }, 60_000);

  // The label approves the break on the push too (read from the API: a push event has no labels);
  // but the platform accepts only additive updates, so the check itself blocks the update (as it
  // did on the PR) and says how a breaking version ships, instead of failing half-way on the 400.
  it('a breaking change approved by label on the merged PR: the approval carries over, the platform rule blocks it before any write', async () => {
    const github = await startFakeGitHub();
    try {
      await withEmulator(async (env, em) => {
        // the example's breaking change, with the major bump an approved break needs
        const root = await exampleRepo(false);
        const file = join(root, 'cxone/schemas/interaction-ended.yaml');
        await writeFile(file, (await readFile(file, 'utf8')).replace('cxoneVersion: 2.2.0', 'cxoneVersion: 3.0.0'));
        const sha = 'abc123def4567890abc123def4567890abc12345';
        const push = {
          GITHUB_SHA: sha,
          GITHUB_REPOSITORY: github.repo,
          GITHUB_API_URL: github.url,
          'INPUT_GITHUB-TOKEN': 'write-token',
        };

        github.commitPulls.set(sha, [
          { number: 12, merged_at: '2026-11-20T10:00:00Z', merge_commit_sha: sha, labels: [{ name: 'documentation' }] },
        ]);
        const refused = await runAction(root, env, push);
        expect(refused.code).toBe(1);
        expect(refused.stdout).toContain('deploy stopped before any write');
        expect(writes(em.requests)).toEqual([]);

        github.commitPulls.set(sha, [
          {
            number: 12,
            merged_at: '2026-11-20T10:00:00Z',
            merge_commit_sha: sha,
            labels: [{ name: 'cxone-breaking-change-approved' }],
          },
        ]);
        const r = await runAction(root, env, push);
        expect(r.code).toBe(1);
        expect(r.get('deployed')).toBe('false');
        expect(r.stdout).toContain('deploy stopped before any write');
        expect(r.stdout).toMatch(
          /::error title=platform-refuses-update[^\n]*file=cxone\/schemas\/interaction-ended\.yaml,line=\d+[^\n]*::the platform will refuse this update of the live version 2\.1\.0 \(it answers 400\)[^\n]*type-changed at \/properties\/interaction\/properties\/duration_seconds/,
        );
        expect(r.stdout).toContain('publish it under a new title (e.g. "InteractionEndedV2")');
        // the break itself is approved by the PR's label; the one error is the platform's refusal
        expect(r.get('errors')).toBe('1');
        expect(writes(em.requests)).toEqual([]);
        expect(github.requests.some((q) => q.path === `/repos/${github.repo}/commits/${sha}/pulls`)).toBe(true);
      });
    } finally {
      await github.stop();
    }
  }, 90_000);

  it('refuses a pull_request event before talking to the platform', async () => {
    await withEmulator(async (env, em) => {
      const r = await runAction(await exampleRepo(true), env, { GITHUB_EVENT_NAME: 'pull_request' });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('::error::deploy refused on a pull_request event');
      expect(em.requests).toEqual([]);
    });
  });
});
