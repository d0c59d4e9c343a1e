// Filter health against the emulator: filters with no hits over the dead-filter window, and
// filters stuck outside ACTIVE (a filter being activated right now is not stuck). Every test runs
// against each platform variant (src/emulator/variant.ts).

import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import reportSchema from '../../../schemas/drift-report.schema.json' with { type: 'json' };
import { DEFAULT_CLIENT, VARIANTS, type Emulator } from '../../../src/emulator/index.js';
import { runDrift } from '../../../src/modes/drift/index.js';
import { exportedRepo, filterByName, settingsFor, tenant as startTenant } from './helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

const DAY = 86_400_000;

describe.each(Object.keys(VARIANTS))('filter health against the %s platform', (variant) => {
  const tenant = (options: Parameters<typeof startTenant>[0] = {}) => startTenant({ variant, ...options });

  it('reports filters without hits over the window, and only over the window', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    const now = Date.now();
    em.mutate('ops', (s) => {
      s.deadFilters.add(filterByName(s, 'old_queue').id);
      // Quiet for 10 days: dead under a 7-day window, alive under a 14-day one.
      s.lastHitAt.set(filterByName(s, 'sms_updates').id, new Date(now - 10 * DAY).toISOString());
      // Quiet for 2 days only.
      s.lastHitAt.set(filterByName(s, 'vip_calls').id, new Date(now - 2 * DAY).toISOString());
    });

    const week = await runDrift(await settingsFor(em, root));
    expect(week.items.map((i) => [i.rule, i.name, i.hits])).toEqual([
      ['filter-dead', 'old_queue', 0],
      ['filter-dead', 'sms_updates', 0],
    ]);
    expect(week.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['filter-dead', 'warning', 'cxone/filters/old-queue.yaml'],
      ['filter-dead', 'warning', 'cxone/filters/sms-updates.yaml'],
    ]);
    expect(week.counts).toMatchObject({ deadFilters: 2, drifted: 0, warnings: 2 });
    // A dead filter is a warning: it does not fail the run at the default fail-on (error).
    expect(week.failed).toBe(false);

    const fortnight = await runDrift(await settingsFor(em, root, { 'dead-filter-window': '14d' }));
    expect(fortnight.items.map((i) => i.name)).toEqual(['old_queue']);
    const twoDays = await runDrift(await settingsFor(em, root, { 'dead-filter-window': '36h' }));
    expect(twoDays.items.map((i) => i.name)).toEqual(['old_queue', 'sms_updates', 'vip_calls']);
  });

  it('reports filters stuck outside ACTIVE, with the platform message and who changed them last', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    em.mutate('ops', (s) => {
      const failed = filterByName(s, 'old_queue');
      failed.status = 'FAILED';
      failed.message = 'target group grp-1 does not exist';
      filterByName(s, 'sms_updates').status = 'DRAFT';
      // Pending since the seed (no recent change): stuck.
      filterByName(s, 'chat_abandonments').status = 'PENDING_ACTIVATION';
    });
    // Pending because it was changed just now: being activated, not stuck. (Its content change is drift.)
    em.mutate('mallory@console', (s) => {
      const f = filterByName(s, 'vip_calls');
      f.doc.description = 'edited';
      f.status = 'PENDING_ACTIVATION';
    });
    const r = await runDrift(await settingsFor(em, root));
    const stuck = r.items.filter((i) => i.rule === 'filter-not-active');
    expect(stuck.map((i) => [i.name, i.status])).toEqual([
      ['chat_abandonments', 'PENDING_ACTIVATION'],
      ['old_queue', 'FAILED'],
      ['sms_updates', 'DRAFT'],
    ]);
    expect(stuck.find((i) => i.name === 'old_queue')!.statusMessage).toBe('target group grp-1 does not exist');
    expect(r.findings.find((f) => f.contract === 'old_queue')!.message).toContain(
      'FAILED (target group grp-1 does not exist)',
    );
    // Stuck filters are not also reported dead (their metrics are not read).
    expect(r.items.filter((i) => i.rule === 'filter-dead')).toEqual([]);
    expect(r.items.filter((i) => i.name === 'vip_calls').map((i) => i.rule)).toEqual(['drift-modified']);
    expect(r.counts).toMatchObject({ notActive: 3, drifted: 1 });
    // one audit-log read per filter that needs one (3 stuck + vip_calls, one page each): the pending
    // filter's log serves both the stuck test and the attribution
    expect(em.requests.filter((q) => q.path === '/api/v2/event-processing/audit-logs')).toHaveLength(4);
    const validate = new Ajv({ strict: false }).compile(reportSchema);
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
    expect(r.failed).toBe(true);
  });

  it('DRAFT is activating like PENDING_ACTIVATION: not stuck within activation-timeout of the last update, stuck after', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    // an update just now leaves the filter in DRAFT, the lifecycle's first state
    em.mutate('alice@console', (s) => {
      const f = filterByName(s, 'sms_updates');
      f.doc.description = 'edited';
      f.status = 'DRAFT';
    });
    const settings = await settingsFor(em, root, { 'activation-timeout': '60' });
    const now = await runDrift(settings);
    expect(now.items.filter((i) => i.rule === 'filter-not-active')).toEqual([]);
    const later = await runDrift(settings, { now: new Date(Date.now() + 120_000) });
    expect(later.items.filter((i) => i.rule === 'filter-not-active').map((i) => [i.name, i.status])).toEqual([
      ['sms_updates', 'DRAFT'],
    ]);
  });

  it("the platform's own status entries are not an update: a filter they keep touching is still stuck", async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    em.mutate('alice@console', (s) => {
      const f = filterByName(s, 'sms_updates');
      f.doc.description = 'edited';
      f.status = 'PENDING_ACTIVATION';
    });
    const f = filterByName(em.state, 'sms_updates');
    const later = Date.now() + 120_000;
    // the platform retried the activation a moment ago: an entry of its lifecycle, not a change
    em.state.audit.push({
      timestamp: new Date(later - 5_000).toISOString(),
      actor: 'platform',
      source: 'platform',
      action: 'status',
      status: 'PENDING_ACTIVATION',
      entity_kind: 'filter',
      entity_id: f.id,
      filter_id: f.id,
      before_version: f.revision,
      after_version: f.revision,
    });
    const r = await runDrift(await settingsFor(em, root, { 'activation-timeout': '60' }), { now: new Date(later) });
    expect(r.items.filter((i) => i.rule === 'filter-not-active').map((i) => [i.name, i.status])).toEqual([
      ['sms_updates', 'PENDING_ACTIVATION'],
    ]);
  });

  it('still reports drift when the client may not read analytics (403), and says why health is missing', async () => {
    em = await tenant({
      clients: [
        DEFAULT_CLIENT,
        {
          clientId: 'no-analytics',
          clientSecret: 'no-analytics-secret',
          scopes: ['eventbridge:schemas:read', 'event-processing:read'],
        },
      ],
    });
    const root = await exportedRepo(em);
    em.mutate('ops', (s) => s.deadFilters.add(filterByName(s, 'old_queue').id));
    const r = await runDrift(
      await settingsFor(em, root, { 'client-id': 'no-analytics', 'client-secret': 'no-analytics-secret' }),
    );
    expect(r.items).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/filter hit counts not read: .*403.*analytics:read/);
    expect(JSON.stringify(r)).not.toContain('no-analytics-secret');
  });
});
