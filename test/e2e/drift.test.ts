// `cxone-contract export` and `drift` (the bundled CLI) and `mode: drift` (the bundled action)
// against the emulator: export -> drift reports nothing and check passes; an out-of-band change
// fails the run with the actor named; the tracking issue (fake GitHub API) is created once,
// updated in place, and closed when the drift is gone.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, type Emulator } from '../../src/emulator/index.js';
import { hiddenMarker } from '../../src/github/marker.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { filterByName, schemaByTitle, tenant } from '../modes/drift/helpers.js';
import { ACTION, CLI, hasStackTrace, runNodeAsync, tempRepo } from './helpers.js';

let em: Emulator;
let env: Record<string, string>;
beforeEach(async () => {
  em = await tenant();
  env = {
    CXONE_API_BASE_URL: em.url,
    CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
    CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
  };
});
afterEach(async () => {
  await em.close();
});

async function exported(): Promise<string> {
  const root = await tempRepo({});
  const r = await runNodeAsync(CLI, ['export', '--out', root], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^exported 5 schemas and 4 filters from http:\/\/127\.0\.0\.1:\d+ to /);
  return root;
}

describe('cxone-contract export and drift', () => {
  it('export, then drift reports nothing and check passes', async () => {
    const root = await exported();
    const drift = await runNodeAsync(CLI, ['drift', '--root', root, '--format', 'json'], { env });
    expect(drift.code).toBe(0);
    const report = JSON.parse(drift.stdout);
    expect(report).toMatchObject({
      mode: 'drift',
      items: [],
      findings: [],
      failed: false,
      counts: { drifted: 0, liveSchemas: 5, liveFilters: 4 },
    });
    const check = await runNodeAsync(CLI, ['check', '--root', root], { env });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/0 errors, 0 warnings/);
    // A second export into the same repo is refused: it would overwrite work.
    const again = await runNodeAsync(CLI, ['export', '--out', root], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds contract files/);
  });

  it('an out-of-band change fails the run (exit 1) and names who made it; no secret in the output', async () => {
    const root = await exported();
    em.mutate(
      'alice@console',
      (s) =>
        void ((schemaByTitle(s, 'OrderPlaced').doc.properties as Record<string, unknown>).coupon = { type: 'string' }),
    );
    const r = await runNodeAsync(CLI, ['drift', '--root', root, '--format', 'text'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^cxone\/schemas\/order-placed\.yaml:\d+:\d+ error drift-version-mismatch schema "OrderPlaced" was changed live without a version bump .*last update by alice@console \(console\)/m,
    );
    expect(r.stdout).toContain('live edit (repo -> live):');
    expect(r.stdout).toMatch(/drift: 1 drifted \(0 modified, 1 version mismatch, 0 live only, 0 repo only\)/);
    expect(r.stdout + r.stderr).not.toContain(DEFAULT_CLIENT.clientSecret);
    const lenient = await runNodeAsync(CLI, ['drift', '--root', root, '--fail-on', 'never'], { env });
    expect(lenient.code).toBe(0);
  });

  it('without the API it is a usage error (exit 2), one line', async () => {
    const root = await tempRepo({ 'cxone/schemas/x.yaml': 'title: X\n' });
    const r = await runNodeAsync(CLI, ['drift', '--root', root], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cxone-contract: error: drift needs api-base-url/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('mode: drift (the bundled action) with the tracking issue', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => {
    await gh.stop();
  });

  async function runAction(root: string) {
    const out = await tempRepo({ 'github-output': '', 'step-summary.md': '' });
    const r = await runNodeAsync(ACTION, [], {
      cwd: root,
      env: {
        GITHUB_WORKSPACE: root,
        GITHUB_OUTPUT: join(out, 'github-output'),
        GITHUB_STEP_SUMMARY: join(out, 'step-summary.md'),
        RUNNER_TEMP: out,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/contracts',
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '42',
        INPUT_MODE: 'drift',
        'INPUT_API-BASE-URL': em.url,
        'INPUT_CLIENT-ID': DEFAULT_CLIENT.clientId,
        'INPUT_CLIENT-SECRET': DEFAULT_CLIENT.clientSecret,
        'INPUT_GITHUB-TOKEN': 'write-token',
        'INPUT_DRIFT-ISSUE': 'true',
        'INPUT_DEAD-FILTER-WINDOW': '7d',
        'INPUT_TOKEN-REQUEST-FORMAT': 'form',
        'INPUT_MAX-CONCURRENCY': '4',
        'INPUT_REQUEST-TIMEOUT': '30',
        'INPUT_MAX-RETRIES': '5',
        'INPUT_ACTIVATION-TIMEOUT': '60',
        INPUT_CONFIG: '.cxone-contract.yml',
        INPUT_COMMENT: 'true',
        'INPUT_DRY-RUN': 'false',
      },
    });
    const outputs = Object.fromEntries(
      [...(await readFile(join(out, 'github-output'), 'utf8')).matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [
        m[1]!,
        m[3]!,
      ]),
    );
    return { ...r, outputs, summary: await readFile(join(out, 'step-summary.md'), 'utf8') };
  }

  it('creates the issue once, updates it in place, and closes it when the drift is gone', async () => {
    const root = await exported();
    // Nothing drifted: no issue is opened.
    const clean = await runAction(root);
    expect(clean.code).toBe(0);
    expect(clean.outputs.drift).toBe('0');
    expect(gh.issues).toHaveLength(0);

    em.mutate(
      'bob@console',
      (s) => void ((filterByName(s, 'vip_calls').doc.matchers as { value: unknown }[])[0]!.value = 'gold'),
    );
    const first = await runAction(root);
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ drift: '1', errors: '1' });
    expect(first.stdout).toContain('::error title=drift-modified,file=cxone/filters/vip-calls.yaml');
    expect(first.summary).toContain('| modified live | filter | `vip_calls` |');
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    expect(issue).toMatchObject({ state: 'open', title: 'Contract drift: the live tenant differs from the repo' });
    expect(issue.body.startsWith(hiddenMarker('drift'))).toBe(true);
    expect(issue.body).toContain('bob&#64;console');
    expect(issue.body).toContain('https://github.example/acme/contracts/actions/runs/42');

    em.mutate('carol@console', (s) => void s.schemas.delete(schemaByTitle(s, 'Retired').id));
    const second = await runAction(root);
    expect(second.outputs.drift).toBe('2');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.body).toContain('carol&#64;console');
    expect(gh.issues[0]!.state).toBe('open');

    // The repo takes the live state in (as a PR would): no drift, the issue is closed.
    await writeFile(
      join(root, 'cxone/filters/vip-calls.yaml'),
      (await readFile(join(root, 'cxone/filters/vip-calls.yaml'), 'utf8')).replace('value: billing', 'value: gold'),
    );
    const { rm } = await import('node:fs/promises');
    await rm(join(root, 'cxone/schemas/retired.yaml'));
    const fixed = await runAction(root);
    expect(fixed.code).toBe(0);
    expect(fixed.outputs.drift).toBe('0');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.state).toBe('closed');
    const all = JSON.stringify(gh.issues) + first.stdout + second.stdout + fixed.stdout;
    expect(all.split(`::add-mask::${DEFAULT_CLIENT.clientSecret}`).join('')).not.toContain(DEFAULT_CLIENT.clientSecret);
    expect(hasStackTrace(first.stdout + first.stderr)).toBe(false);
  });
});
