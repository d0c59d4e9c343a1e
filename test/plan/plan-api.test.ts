// The one plan (issue 13): schemas, filters and routing-group memberships, with the pointers an
// update changes and the live change it reverts (from the audit log), computed by the check against
// the emulator on loopback, against each platform variant (src/emulator/variant.ts). A check from
// an export file, which holds no filters, says "unknown".

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VARIANTS, type Emulator } from '../../src/emulator/index.js';
import { checkRepo } from '../../src/modes/check.js';
import { buildSettings } from '../../src/settings/index.js';
import {
  exportedRepo,
  filterByName,
  schemaByTitle,
  settingsFor,
  tenant as startTenant,
} from '../modes/drift/helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  await writeFile(path, text.replace(from, to));
}

let variant = 'reference';
const tenant = (options: Parameters<typeof startTenant>[0] = {}) => startTenant({ variant, ...options });

/** The tenant exported as the repo, every filter in grp-1; then a console edit and the repo's own changes. */
async function changedRepo(): Promise<string> {
  em = await tenant({ activationDelayMs: 5 });
  em.mutate('setup', (s) => void s.groups.set('grp-1', [...s.filters.keys()]));
  const root = await exportedRepo(em);
  em.mutate('alice@console', (s) => void (schemaByTitle(s, 'OrderShipped').doc.description = 'edited in the console'));
  await edit(root, 'cxone/schemas/order-shipped.yaml', 'cxoneVersion: 1.2.0', 'cxoneVersion: 1.2.1');
  await edit(root, 'cxone/filters/vip-calls.yaml', 'channel: voice', 'channel: chat');
  await edit(root, 'cxone/filters/vip-calls.yaml', 'target_group_id: grp-1', 'target_group_id: grp-2');
  const route = (await readFile(join(root, 'cxone/filters/sms-updates.yaml'), 'utf8'))
    .replace('name: sms_updates', 'name: new_route')
    .replace('target_group_id: grp-1', 'target_group_id: grp-2');
  await writeFile(join(root, 'cxone/filters/new-route.yaml'), route);
  return root;
}

describe.each(Object.keys(VARIANTS))('the plan against the %s platform', (name) => {
  beforeEach(() => void (variant = name));

  it('lists every schema, filter and group the deploy would write, with what changes and what it reverts', async () => {
    const root = await changedRepo();
    const { report } = await checkRepo(await settingsFor(em!, root, { mode: 'check' }));
    expect(report.failed).toBe(false);
    const changed = report.plan.filter((p) => p.action !== 'unchanged').map(({ etag: _e, ...p }) => p);
    // in the order the repo's files are read (filters, then schemas), groups last
    expect(changed).toEqual([
      { kind: 'filter', name: 'new_route', file: 'cxone/filters/new-route.yaml', action: 'create', reasons: [] },
      {
        kind: 'filter',
        name: 'vip_calls',
        file: 'cxone/filters/vip-calls.yaml',
        action: 'update',
        changes: ['/channel', '/target_group_id'],
        reasons: [],
      },
      {
        kind: 'schema',
        name: 'OrderShipped',
        file: 'cxone/schemas/order-shipped.yaml',
        version: '1.2.1',
        liveVersion: '1.2.0',
        action: 'update',
        changes: ['/description', '/cxoneVersion'],
        reverts: { actor: 'alice@console', timestamp: expect.any(String) },
        reasons: [],
      },
      { kind: 'group', name: 'grp-1', action: 'update', members: { add: [], remove: ['vip_calls'] }, reasons: [] },
      {
        kind: 'group',
        name: 'grp-2',
        action: 'update',
        members: { add: ['new_route', 'vip_calls'], remove: [] },
        reasons: [],
      },
    ]);
    expect(
      report.plan
        .filter((p) => p.action === 'unchanged')
        .map((p) => `${p.kind} ${p.name}`)
        .sort(),
    ).toEqual([
      'filter chat_abandonments',
      'filter old_queue',
      'filter sms_updates',
      'schema AgentBusy',
      'schema CallEnded',
      'schema OrderPlaced',
      'schema Retired',
    ]);
  });

  it('an update of an item last changed by this tool itself reverts nothing', async () => {
    const root = await changedRepo();
    // the console edit is followed by a write of this tool's own client (the deploy identity)
    em!.mutate(
      'emulator-client',
      (s) => void (schemaByTitle(s, 'OrderShipped').doc.description = 'OrderShipped event'),
    );
    const { report } = await checkRepo(await settingsFor(em!, root, { mode: 'check' }));
    const shipped = report.plan.find((p) => p.name === 'OrderShipped')!;
    expect(shipped).toMatchObject({ action: 'update', changes: ['/cxoneVersion'] });
    expect(shipped.reverts).toBeUndefined();
  });

  it('a filter edited live and in the repo alike is unchanged; one edited live only is an update that reverts it', async () => {
    const root = await changedRepo();
    em!.mutate('bob@console', (s) => {
      filterByName(s, 'old_queue').doc.description = 'bob was here';
      Object.assign(filterByName(s, 'vip_calls').doc, { channel: 'chat', target_group_id: 'grp-2' });
    });
    const { report } = await checkRepo(await settingsFor(em!, root, { mode: 'check' }));
    expect(report.plan.find((p) => p.name === 'vip_calls')).toMatchObject({ action: 'unchanged' });
    expect(report.plan.find((p) => p.name === 'old_queue')).toMatchObject({
      action: 'update',
      changes: ['/description'],
      reverts: { actor: 'bob@console' },
    });
  });

  it('a check client with the schema scope only: filters are unknown and say which scope to grant; the check still runs', async () => {
    const root = await changedRepo();
    await em!.close();
    em = await tenant({
      clients: [{ clientId: 'reader', clientSecret: 'reader-secret', scopes: ['eventbridge:schemas:read'] }],
    });
    const { report } = await checkRepo(
      await settingsFor(em, root, { mode: 'check', 'client-id': 'reader', 'client-secret': 'reader-secret' }),
    );
    const filters = report.plan.filter((p) => p.kind === 'filter');
    expect(filters.length).toBe(5);
    expect(
      filters.every(
        (p) => p.action === 'unknown' && /grant the check's client event-processing:read/.test(p.reasons[0]!),
      ),
    ).toBe(true);
    expect(report.plan.find((p) => p.name === 'OrderShipped')).toMatchObject({ action: 'update' });
  });

  it("the deploy's own client (deploy-client-id) is not a live change; garbage audit entries are skipped", async () => {
    const root = await changedRepo();
    // the newest change is the deploy's (another client than the check's), after alice's
    em!.mutate(
      'ci-writer',
      (s) => void (schemaByTitle(s, 'OrderShipped').doc.description = 'OrderShipped event, deployed'),
    );
    em!.state.audit.push(
      'garbage' as never,
      [] as never,
      { actor: { toString: 1 }, timestamp: { toString: 1 }, entity_id: { toString: 1 } } as never,
    );
    const flagged = (await checkRepo(await settingsFor(em!, root, { mode: 'check' }))).report.plan.find(
      (p) => p.name === 'OrderShipped',
    )!;
    expect(flagged.reverts).toMatchObject({ actor: 'ci-writer' });
    const own = (
      await checkRepo(await settingsFor(em!, root, { mode: 'check', 'deploy-client-id': 'ci-writer' }))
    ).report.plan.find((p) => p.name === 'OrderShipped')!;
    expect(own).toMatchObject({ action: 'update' });
    expect(own.reverts).toBeUndefined();
  });

  it('an integer target_group_id (the filter schema allows it) is a group like any other', async () => {
    const root = await changedRepo();
    await edit(root, 'cxone/filters/old-queue.yaml', 'target_group_id: grp-1', 'target_group_id: 4242');
    const { report } = await checkRepo(await settingsFor(em!, root, { mode: 'check' }));
    expect(report.plan.find((p) => p.kind === 'group' && p.name === '4242')).toMatchObject({
      action: 'update',
      members: { add: ['old_queue'], remove: [] },
    });
    expect(report.plan.find((p) => p.kind === 'group' && p.name === 'grp-1')!.members!.remove).toContain('old_queue');
  });

  it('from a registry export file: filters are unknown, and say why', async () => {
    const root = await changedRepo();
    await writeFile(
      join(root, 'export.json'),
      JSON.stringify({ entities: [...em!.state.schemas.values()].map((s) => ({ id: s.id, ...s.doc })) }),
    );
    const { report } = await checkRepo(await buildSettings({ root, 'registry-export': 'export.json' }, { cwd: root }));
    const filters = report.plan.filter((p) => p.kind === 'filter');
    expect(filters).toHaveLength(5);
    expect(filters.every((p) => p.action === 'unknown' && /an export file holds no filters/.test(p.reasons[0]!))).toBe(
      true,
    );
    expect(report.plan.some((p) => p.kind === 'group')).toBe(false);
  });
});
