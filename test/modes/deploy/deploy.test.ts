// The deploy apply step against the emulator (a real HTTP server on loopback): creates, updates,
// activation, groups, idempotence, If-Match conflicts, FAILED activation, interrupted runs. Every
// test runs against each platform variant (src/emulator/variant.ts): DRAFT before activation,
// 409 or 412 on a stale filter ETag, cursors, error bodies without a code, extra filter fields.

import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../src/core/contract.js';
import { CxoneClient } from '../../../src/cxone/index.js';
import { VARIANTS, type Emulator } from '../../../src/emulator/index.js';
import type { PlanItem } from '../../../src/core/report.js';
import { applyDeploy, readDeployLive, type DeployResult } from '../../../src/modes/deploy/index.js';
import { formatDeploy } from '../../../src/report/deploy-text.js';
import type { Settings } from '../../../src/settings/types.js';
import { filter, schema } from '../../emulator/helpers.js';
import { contract, emulatorPerTest, liveFilter, liveSchema } from './helpers.js';

const settings = { maxConcurrency: 4, activationTimeoutSeconds: 5 } as Settings;

// Live: schema Account 1.0.0, filter Billing (ACTIVE, old matcher) and Other, both in grp-1.
const SEED = {
  schemas: [schema('Account', '1.0.0')],
  filters: [
    { id: 'flt-live1', ...filter('Billing') },
    { id: 'flt-live2', ...filter('Other', { channel: 'chat' }) },
  ],
  groups: { 'grp-1': ['flt-live2', 'flt-live1'] },
};

// Repo: Account 1.1.0 (additive), new Order; Billing changed, new Refunds (grp-2) and Sales (grp-1).
const REPO: Contract[] = [
  contract('schema', schema('Account', '1.1.0', { note: { type: 'string' } })),
  contract('schema', schema('Order', '1.0.0')),
  contract('filter', filter('Billing', { matchers: [{ attribute: 'queue', operator: 'equals', value: 'billing-2' }] })),
  contract('filter', filter('Refunds', { channel: 'email', target_group_id: 'grp-2' })),
  contract('filter', filter('Sales', { channel: 'sms' })),
];

const startEmulator = emulatorPerTest(SEED);

async function deploy(
  cx: CxoneClient,
  contracts: Contract[] = REPO,
  live?: Awaited<ReturnType<typeof readDeployLive>>,
  plan?: PlanItem[],
): Promise<DeployResult> {
  return applyDeploy(contracts, live ?? (await readDeployLive(cx)), {
    client: cx,
    settings,
    pollIntervalMs: 10,
    ...(plan ? { plan } : {}),
  });
}

const writes = (em: Emulator, from = 0) =>
  em.requests
    .slice(from)
    .filter((r) => r.method === 'POST' || r.method === 'PUT')
    .filter((r) => !r.path.endsWith('/oauth/token'));
const ops = (r: DeployResult) => r.operations.map((o) => `${o.operation} ${o.kind} ${o.name}: ${o.outcome}`);

/** Live == repo: every contract is stored with exactly its content, every filter ACTIVE and in its group. */
function expectConverged(em: Emulator, contracts: Contract[] = REPO): void {
  for (const c of contracts) {
    if (c.kind === 'schema') expect(liveSchema(em, c.name)!.doc).toEqual(c.doc);
    else {
      const f = liveFilter(em, c.name)!;
      expect(f.doc).toEqual(c.doc);
      expect(f.status).toBe('ACTIVE');
      expect(em.state.groups.get(String(c.doc.target_group_id))).toContain(f.id);
    }
  }
}

describe.each(Object.keys(VARIANTS))('applyDeploy against the %s platform', (variant) => {
  const start: typeof startEmulator = (opts = {}, clientOpts = {}) => startEmulator({ variant, ...opts }, clientOpts);

  it('creates, updates, activates and assigns groups; a second run writes nothing', async () => {
    const { em, cx } = await start();
    const first = await deploy(cx);
    expect(ops(first)).toEqual([
      'update schema Account: applied',
      'create schema Order: applied',
      'update filter Billing: applied',
      'activate filter Billing: applied',
      'create filter Refunds: applied',
      'activate filter Refunds: applied',
      'create filter Sales: applied',
      'activate filter Sales: applied',
      'assign-group group grp-1: applied',
      'assign-group group grp-2: applied',
    ]);
    expect(first).toMatchObject({ created: 3, updated: 2, conflicts: 0, failed: 0, deployed: true });
    const account = first.operations[0]!;
    expect(account).toMatchObject({ versionBefore: '1.0.0', versionAfter: '1.1.0', status: 200, attempts: 1 });
    expect(account.etagBefore).toMatch(/^"/);
    expect(account.etagAfter).not.toBe(account.etagBefore);
    expectConverged(em);
    // the group keeps its other member, in place, and gains ours
    expect(em.state.groups.get('grp-1')).toEqual(['flt-live2', 'flt-live1', liveFilter(em, 'Sales')!.id]);
    expect(em.state.groups.get('grp-2')).toEqual([liveFilter(em, 'Refunds')!.id]);
    const mark = em.requests.length;
    const second = await deploy(cx);
    expect(writes(em, mark)).toEqual([]);
    expect(second).toMatchObject({ created: 0, updated: 0, conflicts: 0, failed: 0, deployed: true });
    expect(second.operations.every((o) => o.outcome === 'unchanged')).toBe(true);
  });

  it('items the plan found unchanged get no request at all, not even a read', async () => {
    const { em, cx } = await start();
    const repo = [
      contract('schema', schema('Account', '1.0.0')),
      contract('filter', filter('Other', { channel: 'chat' })),
    ];
    const plan: PlanItem[] = [
      { kind: 'schema', name: 'Account', file: 'a.yaml', action: 'unchanged', reasons: [] },
      { kind: 'filter', name: 'Other', file: 'o.yaml', action: 'unchanged', reasons: [] },
    ];
    const live = await readDeployLive(cx);
    const before = em.requests.length;
    const result = await deploy(cx, repo, live, plan);
    expect(ops(result)).toEqual([
      'update schema Account: unchanged',
      'update filter Other: unchanged',
      'assign-group group grp-1: unchanged',
    ]);
    // the group membership is read before it would be written; the schema and the (ACTIVE) filter are not read at all
    expect(em.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v2/event-processing/filter-groups/grp-1/filters',
    ]);
  });

  /** Make a console edit land between our GET and our PUT of `Account` (a real 412 follows). */
  function editBetweenGetAndPut(em: Emulator, cx: CxoneClient, doc: Record<string, unknown>): void {
    const get = cx.getSchema.bind(cx);
    cx.getSchema = async (id) => {
      const res = await get(id);
      if (em.state.schemas.get(id)?.revision === 1)
        em.mutate('console-user', (s) => void (s.schemas.get(id)!.doc = doc));
      return res;
    };
  }

  it('an out-of-band compatible change to another node between GET and PUT: 412, three-way merge, theirs kept', async () => {
    const { em, cx } = await start();
    const live = await readDeployLive(cx);
    editBetweenGetAndPut(em, cx, schema('Account', '1.0.1', { region: { type: 'string' } }));
    const result = await deploy(cx, REPO, live);
    const account = result.operations.find((o) => o.name === 'Account')!;
    expect(account).toMatchObject({
      operation: 'update',
      outcome: 'applied',
      attempts: 2,
      keptLive: ['/properties/region'],
    });
    expect(em.requests.some((r) => r.method === 'PUT' && r.path.includes('/schemas/') && r.status === 412)).toBe(true);
    // both changes are live: the console's region and the repo's note, at the repo's version
    const props = liveSchema(em, 'Account')!.doc.properties as Record<string, unknown>;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['region', 'note']));
    expect(liveSchema(em, 'Account')!.doc.cxoneVersion).toBe('1.1.0');
    expect(result).toMatchObject({ conflicts: 0, failed: 0, created: 3, updated: 2, deployed: true });
  });

  it('an out-of-band change to the same node between GET and PUT: conflict, nothing overwritten', async () => {
    const { em, cx } = await start();
    const live = await readDeployLive(cx);
    const theirs = schema('Account', '1.0.1', { note: { type: 'integer' } });
    editBetweenGetAndPut(em, cx, theirs);
    const result = await deploy(cx, REPO, live);
    const account = result.operations.find((o) => o.name === 'Account')!;
    expect(account).toMatchObject({
      operation: 'update',
      outcome: 'conflict',
      status: 412,
      attempts: 1,
      versionBefore: '1.0.0',
      versionAfter: '1.0.1',
    });
    expect(account.error).toMatch(/both the live schema and the repo changed \/properties\/note\/type/);
    expect(liveSchema(em, 'Account')!.doc).toEqual(theirs);
    // the other items went on
    expect(result).toMatchObject({ conflicts: 1, failed: 0, created: 3, updated: 1, deployed: false });
  });

  it('an out-of-band filter change before the deploy starts is merged with ours when they touch different nodes', async () => {
    const { em, cx } = await start();
    const live = await readDeployLive(cx);
    const billing = liveFilter(em, 'Billing')!;
    em.mutate('console-user', (s) => {
      s.filters.get(billing.id)!.doc = filter('Billing', { channel: 'web' });
    });
    const result = await deploy(cx, REPO, live);
    expect(result.operations.find((o) => o.name === 'Billing' && o.operation === 'update')).toMatchObject({
      outcome: 'applied',
      keptLive: ['/channel'],
    });
    expect(liveFilter(em, 'Billing')!.doc).toEqual(
      filter('Billing', { channel: 'web', matchers: [{ attribute: 'queue', operator: 'equals', value: 'billing-2' }] }),
    );
    expect(result.deployed).toBe(true);
  });

  it('a live edit, since the plan, of items the repo does not change is kept without a write, and the result line says so', async () => {
    const { em, cx } = await start();
    const unchangedRepo = [
      contract('schema', schema('Account', '1.0.0')),
      contract('filter', filter('Other', { channel: 'chat' })),
    ];
    const live = await readDeployLive(cx);
    const other = liveFilter(em, 'Other')!;
    em.mutate('console-user', (s) => {
      [...s.schemas.values()].find((x) => x.doc.title === 'Account')!.doc = schema('Account', '1.0.1', {
        region: { type: 'string' },
      });
      s.filters.get(other.id)!.doc = filter('Other', { channel: 'web' });
    });
    // the console edit's activation has finished before the deploy runs
    em.mutate('platform', (s) => void (s.filters.get(other.id)!.status = 'ACTIVE'));
    const revision = liveFilter(em, 'Other')!.revision;
    const before = em.requests.length;
    const result = await deploy(cx, unchangedRepo, live);
    expect(writes(em, before)).toEqual([]);
    expect(result.operations.map((o) => [o.name, o.outcome, o.keptLive])).toEqual([
      ['Account', 'unchanged', ['/cxoneVersion', '/properties/region']],
      ['Other', 'unchanged', ['/channel']],
      ['grp-1', 'unchanged', undefined],
    ]);
    expect(liveFilter(em, 'Other')!.revision).toBe(revision);
    expect(result).toMatchObject({ created: 0, updated: 0, conflicts: 0, failed: 0, deployed: true });
    const text = formatDeploy(result);
    expect(text).toMatch(
      /unchanged +update +schema +Account .*kept live changes at \/cxoneVersion, \/properties\/region/,
    );
    expect(text).toMatch(/deployed: live differs from repo in 3 kept live changes/);
    expect(text).not.toMatch(/live == repo/);
  });

  it('a stale ETag with unchanged content is retried with the new ETag and applied', async () => {
    const { em, cx } = await start();
    const live = await readDeployLive(cx);
    let bumped = 0;
    const bump = (id: string, kind: 'schemas' | 'filters') => {
      if (bumped >= 2) return;
      bumped++;
      em.mutate('console-user', (s) => {
        s[kind].get(id)!.revision += 1; // same content, new ETag
      });
    };
    const getSchema = cx.getSchema.bind(cx);
    cx.getSchema = async (id) => {
      const res = await getSchema(id);
      if (bumped === 0) bump(id, 'schemas');
      return res;
    };
    const getFilter = cx.getFilter.bind(cx);
    cx.getFilter = async (id, o) => {
      const res = await getFilter(id, o);
      if (bumped === 1) bump(id, 'filters');
      return res;
    };
    const result = await deploy(cx, REPO, live);
    expect(result.operations.find((o) => o.name === 'Account')).toMatchObject({
      operation: 'update',
      outcome: 'applied',
      attempts: 2,
      status: 200,
    });
    // the platform answers a stale filter ETag with 409 or 412: both are handled alike
    expect(result.operations.find((o) => o.name === 'Billing' && o.operation === 'update')).toMatchObject({
      outcome: 'applied',
      attempts: 2,
    });
    const refused = em.requests.filter((r) => r.method === 'PUT' && (r.status === 412 || r.status === 409));
    expect(refused).toHaveLength(2);
    expect(result).toMatchObject({ conflicts: 0, failed: 0, deployed: true });
    expectConverged(em);
  });

  it('a FAILED activation is reported with the platform message, and the filter is not put in its group', async () => {
    const { em, cx } = await start({
      failActivation: (f) =>
        f.name === 'Sales' ? 'pattern_rules[0]: the pattern exceeds the evaluation budget' : undefined,
    });
    const result = await deploy(cx);
    const activation = result.operations.find((o) => o.operation === 'activate' && o.name === 'Sales')!;
    expect(activation.outcome).toBe('failed');
    expect(activation.error).toBe('activation FAILED: pattern_rules[0]: the pattern exceeds the evaluation budget');
    expect(result).toMatchObject({ failed: 1, created: 3, deployed: false });
    expect(em.state.groups.get('grp-1')).toEqual(['flt-live2', 'flt-live1']);
    // a re-run writes nothing and still reports it
    const mark = em.requests.length;
    const again = await deploy(cx);
    expect(writes(em, mark)).toEqual([]);
    expect(again.operations.find((o) => o.operation === 'activate' && o.name === 'Sales')).toMatchObject({
      outcome: 'failed',
      attempts: 0,
    });
  });

  it('an activation that never ends times out as failed', async () => {
    const { cx } = await start({ activationDelayMs: 60_000 });
    const result = await applyDeploy([REPO[4]!], await readDeployLive(cx), {
      client: cx,
      settings: { ...settings, activationTimeoutSeconds: 0.1 } as Settings,
      pollIntervalMs: 20,
    });
    expect(result.operations.find((o) => o.operation === 'activate')).toMatchObject({
      outcome: 'failed',
      error: expect.stringMatching(/not ACTIVE after 0.1 s \(status PENDING_ACTIVATION\)/),
    });
  });

  it('a filter the platform refuses to validate is failed, nothing is written for it, the rest goes on', async () => {
    const { em, cx } = await start();
    const bad = contract('filter', filter('Broken', { channel: 'fax' }));
    const result = await deploy(cx, [...REPO, bad]);
    expect(result.operations.find((o) => o.name === 'Broken')).toMatchObject({
      operation: 'create',
      outcome: 'failed',
      error: expect.stringMatching(/validation refused/),
    });
    expect(liveFilter(em, 'Broken')!).toBeUndefined();
    expect(result).toMatchObject({ failed: 1, created: 3, updated: 2 });
  });

  it("a refusal quotes the platform's own message (and its code when the body has one), never one of ours", async () => {
    const { em, cx } = await start();
    // not additive on the platform: a property removed
    const narrowed = contract('schema', { ...schema('Account', '2.0.0'), properties: {}, required: [] });
    const result = await deploy(cx, [narrowed]);
    const op = result.operations.find((o) => o.name === 'Account')!;
    expect(op).toMatchObject({ operation: 'update', outcome: 'failed', status: 400 });
    expect(op.error).toMatch(
      /not an additive evolution of the stored version: \/properties\/id: property "id" was removed/,
    );
    if (variant === 'flat-terse') expect(op.error).not.toMatch(/SCHEMA_EVOLUTION_REJECTED/);
    else expect(op.error).toMatch(/SCHEMA_EVOLUTION_REJECTED/);
    expect(op.error).not.toMatch(/NOT_ADDITIVE/);
    expect(liveSchema(em, 'Account')!.doc.cxoneVersion).toBe('1.0.0');
  });

  it('a deploy interrupted half-way converges when re-run, even against the plan made before it', async () => {
    const { em, cx } = await start();
    const plan = await readDeployLive(cx);
    // the first run "died" after the new schema and one new filter
    const partial = await deploy(cx, [REPO[1]!, REPO[3]!], plan);
    expect(partial).toMatchObject({ created: 2, deployed: true });
    // the re-run uses the stale plan: the creates meet 409, find our own content, and go on
    const rerun = await deploy(cx, REPO, plan);
    expect(rerun).toMatchObject({ conflicts: 0, failed: 0, deployed: true, created: 1, updated: 2 });
    expect(rerun.operations.find((o) => o.name === 'Order')).toMatchObject({
      operation: 'create',
      outcome: 'unchanged',
      status: 409,
    });
    expect(rerun.operations.find((o) => o.name === 'Refunds' && o.operation === 'create')).toMatchObject({
      outcome: 'unchanged',
    });
    expectConverged(em);
    expect([...em.state.schemas.values()].filter((s) => s.doc.title === 'Order')).toHaveLength(1);
    const mark = em.requests.length;
    await deploy(cx);
    expect(writes(em, mark)).toEqual([]);
  });

  it('respects max-concurrency', async () => {
    const { cx } = await start();
    let inFlight = 0;
    let peak = 0;
    const create = cx.createSchema.bind(cx);
    cx.createSchema = async (doc) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await create(doc);
      } finally {
        inFlight--;
      }
    };
    const many = Array.from({ length: 9 }, (_, i) => contract('schema', schema(`Bulk${i}`)));
    const result = await applyDeploy(many, await readDeployLive(cx), {
      client: cx,
      settings: { ...settings, maxConcurrency: 3 } as Settings,
    });
    expect(result.created).toBe(9);
    expect(peak).toBe(3);
  });

  it('a filter the repo moves to another group joins the new group and leaves the old one; others stay', async () => {
    const { em, cx } = await start();
    const moved = [
      contract('filter', filter('Billing', { target_group_id: 'grp-3' })),
      contract('filter', filter('Other', { channel: 'chat' })),
    ];
    const result = await deploy(cx, moved);
    expect(result.deployed).toBe(true);
    expect(em.state.groups.get('grp-3')).toEqual(['flt-live1']);
    expect(em.state.groups.get('grp-1')).toEqual(['flt-live2']);
    expect(ops(result)).toContain('assign-group group grp-1: applied');
    // and the second run has nothing to do
    const mark = em.requests.length;
    expect((await deploy(cx, moved)).deployed).toBe(true);
    expect(writes(em, mark)).toEqual([]);
  });

  it('a group write whose answer is lost is not repeated blindly: the membership is re-read first', async () => {
    // every group PUT has its connection reset after the emulator applied it
    const { em, cx } = await start({ faults: { seed: 1, rateResetAfter: 1, methods: ['PUT'] } });
    const only = [contract('filter', filter('Other', { channel: 'chat', target_group_id: 'grp-9' }))];
    const result = await deploy(cx, only);
    const assign = result.operations.find((o) => o.operation === 'assign-group' && o.name === 'grp-9')!;
    expect(assign).toMatchObject({ outcome: 'applied', attempts: 1, unknownOutcomes: 1 });
    expect(em.requests.filter((r) => r.method === 'PUT' && r.path.includes('/filter-groups/grp-9/'))).toHaveLength(1);
    expect(em.state.groups.get('grp-9')).toEqual(['flt-live2']);
  });
});
