// The check's word is the deploy's deed (issue 13), through the bundled CLI against the emulator:
// `deploy --dry-run` prints the plan and writes nothing; the real deploy that follows writes exactly
// the plan's create and update items (schemas, filters, group memberships) — on a first deploy and
// after repo changes and a console edit. And the deploy says what it did as it happens.

import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { CLI, REPO, deployableRepo, runNodeAsync } from './helpers.js';

const EXAMPLES = join(REPO, 'examples');
const SEED = join(EXAMPLES, 'registry-export.json');

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emulator(): Promise<Emulator> {
  const em = await startEmulator({ seed: SEED, activationDelayMs: 20 });
  cleanups.push(() => em.close());
  return em;
}

const envOf = (em: Emulator) => ({
  CXONE_API_BASE_URL: em.url,
  CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
  CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
});

async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  await writeFile(join(root, file), text.replace(from, to));
}

type PlanItem = {
  kind: string;
  name: string;
  action: string;
  reverts?: { actor: string };
  validation?: { valid: boolean };
};
type Operation = { operation: string; kind: string; name: string; outcome: string };

async function dryRun(em: Emulator, root: string): Promise<PlanItem[]> {
  const before = em.requests.length;
  const r = await runNodeAsync(CLI, ['deploy', '--root', root, '--dry-run', '--format', 'json'], { env: envOf(em) });
  expect(r.code, r.stderr).toBe(0);
  expect(writesIn(em, before)).toEqual([]);
  return (JSON.parse(r.stdout) as { check: { plan: PlanItem[] } }).check.plan;
}

async function deploy(em: Emulator, root: string): Promise<{ ops: Operation[]; writes: string[] }> {
  const before = em.requests.length;
  const r = await runNodeAsync(CLI, ['deploy', '--root', root, '--format', 'json'], { env: envOf(em) });
  expect(r.code, r.stderr).toBe(0);
  return { ops: (JSON.parse(r.stdout) as { operations: Operation[] }).operations, writes: writesIn(em, before) };
}

/** Content writes the platform received (validation stores nothing, the token is not a write). */
function writesIn(em: Emulator, from: number): string[] {
  return em.requests
    .slice(from)
    .filter(
      (r) =>
        (r.method === 'POST' || r.method === 'PUT') &&
        !r.path.endsWith('/validate') &&
        !r.path.endsWith('/oauth/token'),
    )
    .map((r) => `${r.method} ${r.path}`);
}

/** What the plan says will be written, and what the deploy says it wrote, in one vocabulary. */
const planned = (plan: PlanItem[]) =>
  plan
    .filter((p) => p.action === 'create' || p.action === 'update')
    .map((p) => `${p.kind} ${p.name} ${p.action}`)
    .sort();
const written = (ops: Operation[]) =>
  ops
    .filter((o) => o.outcome === 'applied' && o.operation !== 'activate')
    .map((o) => `${o.kind} ${o.name} ${o.operation === 'assign-group' ? 'update' : o.operation}`)
    .sort();

describe('the dry-run plan is what the deploy writes', () => {
  it('on a first deploy, then after repo changes and a console edit', async () => {
    const em = await emulator();
    const root = await deployableRepo();

    const first = await dryRun(em, root);
    expect(
      first.filter((p) => p.kind === 'filter').every((p) => p.action === 'create' && p.validation?.valid === true),
    ).toBe(true);
    expect(first.some((p) => p.kind === 'group' && p.action === 'update')).toBe(true);
    const one = await deploy(em, root);
    expect(written(one.ops)).toEqual(planned(first));
    expect(one.writes).toHaveLength(planned(first).length);

    // The repo moves a filter to another group and changes another; the console edits a third.
    await edit(
      root,
      'cxone/filters/chat-abandonments.yaml',
      'target_group_id: grp_winback_callbacks',
      'target_group_id: grp_retention_desk',
    );
    await edit(root, 'cxone/filters/sms-shipping-updates.yaml', 'channel: sms', 'channel: email');
    const toll = [...em.state.filters.values()].find((f) => f.doc.name === 'toll_free_inbound')!;
    em.mutate('alice@console', (s) => void (s.filters.get(toll.id)!.doc.description = 'edited in the console'));

    const second = await dryRun(em, root);
    expect(planned(second)).toEqual([
      'filter chat_abandonments update',
      'filter sms_shipping_updates update',
      'filter toll_free_inbound update',
      'group grp_retention_desk update',
      'group grp_winback_callbacks update',
    ]);
    expect(second.find((p) => p.name === 'toll_free_inbound')!.reverts).toMatchObject({ actor: 'alice@console' });
    const two = await deploy(em, root);
    expect(written(two.ops)).toEqual(planned(second));
    expect(two.writes).toHaveLength(planned(second).length);

    // Nothing left to do: the plan is all unchanged, and the deploy sends no write.
    const third = await dryRun(em, root);
    expect(planned(third)).toEqual([]);
    expect((await deploy(em, root)).writes).toEqual([]);
  }, 90_000);
});

describe('progress', () => {
  it('the deploy prints each finished operation as it happens, well before it ends', async () => {
    const em = await emulator();
    const root = await deployableRepo();
    // A slow tenant (10 requests a second): the run takes seconds, as a large deploy does.
    const child = spawn(process.execPath, [CLI, 'deploy', '--root', root, '--requests-per-second', '10'], {
      env: { ...process.env, ...envOf(em), NO_COLOR: '1' },
    });
    const chunks: string[] = [];
    let exited = false;
    let linesBeforeExit = 0;
    let stillRunningAfterFirst: boolean | undefined;
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d.toString());
      const text = chunks.join('');
      if (stillRunningAfterFirst === undefined && /^\[1\/\d+\] /m.test(text)) stillRunningAfterFirst = !exited;
      if (!exited) linesBeforeExit = (text.match(/^\[(\d+\/\d+|group \d+\/\d+)\] /gm) ?? []).length;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => ((exited = true), resolve(c))));
    expect(code).toBe(0);
    const out = chunks.join('');
    expect(stillRunningAfterFirst).toBe(true);
    // The first line came on its own, not in one burst with the end: later chunks carry the rest.
    const firstChunk = chunks.findIndex((c) => /^\[1\/\d+\] /m.test(c));
    const lastChunk = chunks.findIndex((c) => /^deploy: \d+ created/m.test(c));
    expect(firstChunk).toBeGreaterThanOrEqual(0);
    expect(lastChunk).toBeGreaterThan(firstChunk);
    expect(linesBeforeExit).toBe((out.match(/^\[(\d+\/\d+|group \d+\/\d+)\] /gm) ?? []).length);
    expect(out).toMatch(/^\[1\/15\] (created|unchanged) (schema|filter) \S+/m);
  }, 60_000);
});
