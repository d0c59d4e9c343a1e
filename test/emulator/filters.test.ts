import { afterEach, describe, expect, it } from 'vitest';
import { filterConflictStatus, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { call, filter, sleep, token, until } from './helpers.js';

const BASE = '/api/v2/event-processing/filters';
let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

async function setup(options: Parameters<typeof startEmulator>[0] = {}) {
  em = await startEmulator({ activationDelayMs: 80, ...options });
  return { em, tok: await token(em) };
}

describe('emulator filters', () => {
  it('validates without storing', async () => {
    const { em, tok } = await setup();
    const ok = await call(em, tok, 'POST', `${BASE}/validate`, filter('v'));
    expect(ok).toMatchObject({ status: 200, body: { valid: true } });
    const bad = await call(
      em,
      tok,
      'POST',
      `${BASE}/validate`,
      filter('v', { channel: 'fax', matchers: [{ attribute: 'a', operator: 'eq', value: 1 }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/fax/);
    expect(bad.body.details.map((d: { pointer: string }) => d.pointer)).toEqual(
      expect.arrayContaining(['/channel', '/matchers/0/operator']),
    );
    expect(em.state.filters.size).toBe(0);
    expect((await call(em, tok, 'POST', BASE, filter('x', { channel: 'fax' }))).status).toBe(400);
  });

  it('creates PENDING_ACTIVATION, activates after the delay; duplicate names are 409', async () => {
    const { em, tok } = await setup();
    const created = await call(em, tok, 'POST', BASE, filter('billing'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), status: 'PENDING_ACTIVATION', etag: created.etag });
    const id = created.body.id as string;
    expect((await call(em, tok, 'GET', `${BASE}/${id}/status`)).body.status).toBe('PENDING_ACTIVATION');
    await sleep(30);
    expect((await call(em, tok, 'GET', `${BASE}/${id}/status`)).body.status).toBe('PENDING_ACTIVATION');
    await until(async () => (await call(em, tok, 'GET', `${BASE}/${id}/status`)).body.status === 'ACTIVE');
    const got = await call(em, tok, 'GET', `${BASE}/${id}?export_state=true`);
    expect(got.body).toMatchObject({ status: 'ACTIVE', activated_at: expect.any(String) });
    // Activation is platform state: the ETag does not move.
    expect(got.etag).toBe(created.etag);
    expect((await call(em, tok, 'POST', BASE, filter('billing'))).status).toBe(409);
  });

  it('fails activation with a message when failActivation says so', async () => {
    const { em, tok } = await setup({
      failActivation: (f) => (f.name === 'doomed' ? 'target group grp-1 is full' : undefined),
    });
    const id = (await call(em, tok, 'POST', BASE, filter('doomed'))).body.id as string;
    await until(async () => (await call(em, tok, 'GET', `${BASE}/${id}/status`)).body.status !== 'PENDING_ACTIVATION');
    expect((await call(em, tok, 'GET', `${BASE}/${id}/status`)).body).toEqual({
      id,
      status: 'FAILED',
      message: 'target group grp-1 is full',
    });
  });

  it('updates need If-Match: 428 without; a stale ETag is 409 or 412, fixed per filter id', async () => {
    const { em, tok } = await setup();
    const statuses = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const created = await call(em, tok, 'POST', BASE, filter(`f${i}`));
      const path = `${BASE}/${created.body.id}`;
      expect((await call(em, tok, 'PUT', path, filter(`f${i}`, { description: 'new' }))).status).toBe(428);
      const ok = await call(
        em,
        tok,
        'PUT',
        path,
        { ...created.body, description: 'new' },
        { 'if-match': created.etag! },
      );
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('PENDING_ACTIVATION');
      const stale = await call(em, tok, 'PUT', path, filter(`f${i}`, { description: 'newer' }), {
        'if-match': created.etag!,
      });
      expect(stale.status).toBe(filterConflictStatus(created.body.id));
      statuses.add(stale.status);
      const again = await call(em, tok, 'PUT', path, filter(`f${i}`, { description: 'newer' }), {
        'if-match': created.etag!,
      });
      expect(again.status).toBe(stale.status);
    }
    expect([...statuses].sort()).toEqual([409, 412]);
  });

  it('lists filters by name across pages', async () => {
    const { em, tok } = await setup();
    for (const n of ['e', 'a', 'd', 'c', 'b']) await call(em, tok, 'POST', BASE, filter(n));
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(em, tok, 'GET', `${BASE}?page_size=2${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...r.body.entities.map((f: { name: string }) => f.name));
      cursor = r.body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('close() clears pending activations', async () => {
    const { em: e, tok } = await setup({ activationDelayMs: 60_000 });
    await call(e, tok, 'POST', BASE, filter('slow'));
    await e.close();
    em = undefined;
  });
});

describe('emulator groups, audit, metrics', () => {
  it('assigns and reads group membership with pagination', async () => {
    const { em, tok } = await setup({
      seed: { filters: [1, 2, 3, 4, 5].map((i) => ({ ...filter(`s${i}`), id: `flt-s${i}` })) },
    });
    const ids = ['flt-s3', 'flt-s1', 'flt-s5', 'flt-s2', 'flt-s4'];
    const put = await call(em, tok, 'PUT', '/api/v2/event-processing/filter-groups/grp-9/filters', { filter_ids: ids });
    expect(put).toMatchObject({ status: 200, body: { filter_ids: ids } });
    const got: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(
        em,
        tok,
        'GET',
        `/api/v2/event-processing/filter-groups/grp-9/filters?page_size=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.status).toBe(200);
      got.push(...r.body.filter_ids);
      cursor = r.body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(got).toEqual(ids);
    expect((await call(em, tok, 'GET', '/api/v2/event-processing/filter-groups/empty/filters')).body).toMatchObject({
      filter_ids: [],
      next_cursor: null,
    });
    expect(
      (await call(em, tok, 'PUT', '/api/v2/event-processing/filter-groups/grp-9/filters', { filter_ids: ['nope'] }))
        .status,
    ).toBe(400);
    expect(
      (await call(em, tok, 'PUT', '/api/v2/event-processing/filter-groups/grp-9/filters', { ids: [] })).status,
    ).toBe(400);
    expect(em.state.audit.filter((e) => e.entity_kind === 'group')).toHaveLength(1);
  });

  it('records API and out-of-band mutations in the audit log', async () => {
    const t0 = Date.parse('2026-03-01T12:00:00Z');
    const { em, tok } = await setup({ now: () => new Date(t0) });
    const a = (await call(em, tok, 'POST', BASE, filter('audited'))).body;
    await call(em, tok, 'POST', BASE, filter('other'));
    await call(em, tok, 'PUT', `${BASE}/${a.id}`, filter('audited', { description: 'v2' }), { 'if-match': a.etag });
    em.mutate('jane.doe@example.com', (s) => {
      s.filters.get(a.id)!.doc.description = 'changed in the console';
    });
    em.mutate('nobody', () => {}); // no change, no entry
    const log = await call(em, tok, 'GET', `/api/v2/event-processing/audit-logs?filter_id=${a.id}&page_size=2`);
    expect(log.status).toBe(200);
    expect(log.body.entries).toHaveLength(2);
    // The contract's fields, plus the reference variant's documented extras, and nothing else.
    expect(log.body.entries[0]).toEqual({
      timestamp: '2026-03-01T12:00:00.000Z',
      actor: 'emulator-client',
      action: 'create',
      filter_id: a.id,
      entity_kind: 'filter',
      entity_id: a.id,
      entity_name: 'audited',
      source: 'api',
    });
    const rest = await call(
      em,
      tok,
      'GET',
      `/api/v2/event-processing/audit-logs?filter_id=${a.id}&page_size=2&cursor=${log.body.next_cursor}`,
    );
    expect(rest.body.next_cursor).toBeNull();
    expect(rest.body.entries).toEqual([
      expect.objectContaining({ actor: 'jane.doe@example.com', action: 'update', source: 'console' }),
    ]);
    expect(em.state.filters.get(a.id)!.revision).toBe(3);
    // The console change moved the ETag: the stale one is refused.
    expect((await call(em, tok, 'PUT', `${BASE}/${a.id}`, filter('audited'), { 'if-match': a.etag })).status).toBe(
      filterConflictStatus(a.id),
    );
    const all = await call(em, tok, 'GET', '/api/v2/event-processing/audit-logs');
    expect(all.body.entries).toHaveLength(4);
  });

  it('records out-of-band schema creation and update with versions', async () => {
    const { em } = await setup();
    em.mutate('console-user', (s) => {
      s.schemas.set('sch-x', { id: 'sch-x', revision: 1, doc: { title: 'X', cxoneVersion: '1.0.0' } });
    });
    em.mutate('console-user', (s) => {
      s.schemas.get('sch-x')!.doc.cxoneVersion = '1.0.1';
    });
    expect(em.state.audit.map((e) => [e.action, e.entity_kind, e.before_cxone_version, e.after_cxone_version])).toEqual(
      [
        ['create', 'schema', null, '1.0.0'],
        ['update', 'schema', '1.0.0', '1.0.1'],
      ],
    );
    expect(em.state.schemas.get('sch-x')!.revision).toBe(2);
  });

  it('serves a deterministic metrics series, zero for a dead filter', async () => {
    const end = '2026-03-01T12:00:00.000Z';
    const { em, tok } = await setup({
      seed: {
        filters: [
          { ...filter('live'), id: 'flt-live' },
          { ...filter('dead'), id: 'flt-dead' },
        ],
      },
    });
    em.state.deadFilters.add('flt-dead');
    const q = (id: string) =>
      `/api/v2/analytics/event-processing/filter-metrics?filter_id=${id}&interval=PT5M&metrics=hit_count,throughput_rate,match_ratio&start_time=-PT3600S&end_time=${end}`;
    const live = await call(em, tok, 'GET', q('flt-live'));
    expect(live.status).toBe(200);
    expect(live.body.series).toHaveLength(12);
    expect(live.body.series[0]).toEqual({
      timestamp: '2026-03-01T11:00:00.000Z',
      hit_count: expect.any(Number),
      throughput_rate: expect.any(Number),
      match_ratio: expect.any(Number),
    });
    expect(live.body.series.every((p: { hit_count: number }) => p.hit_count > 0)).toBe(true);
    expect((await call(em, tok, 'GET', q('flt-live'))).body).toEqual(live.body);
    const dead = await call(em, tok, 'GET', q('flt-dead'));
    expect(dead.body.totals.hit_count).toBe(0);
    expect((await call(em, tok, 'GET', q('flt-none'))).status).toBe(404);
    expect((await call(em, tok, 'GET', q('flt-live').replace('PT5M', 'bogus'))).status).toBe(400);
  });
});
