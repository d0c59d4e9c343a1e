import { afterEach, describe, expect, it } from 'vitest';
import { makeClient, startFake, type Fake, type FakeOptions, type Harness } from './helpers.js';

const FILTERS = '/api/v2/event-processing/filters';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup(fake: FakeOptions): Promise<Harness & { fake: Fake }> {
  const f = await startFake(fake);
  const h = makeClient(f.url);
  cleanups.push(
    () => f.close(),
    () => h.client.close(),
  );
  return { ...h, fake: f };
}

const q = (url: string) => new URL(url, 'http://x').searchParams;

describe('filters, groups, audit, metrics', () => {
  it('lists filters across pages with page_size', async () => {
    const h = await setup({
      api: (req) =>
        q(req.url).get('cursor') === 'n2'
          ? { status: 200, body: { entities: [{ name: 'b' }] } }
          : { status: 200, body: { entities: [{ name: 'a' }], next_cursor: 'n2' } },
    });
    await expect(h.client.listFilters()).resolves.toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(h.fake.api.map((r) => r.url)).toEqual([`${FILTERS}?page_size=100`, `${FILTERS}?page_size=100&cursor=n2`]);
  });

  it('gets a filter with its ETag (header, else the body field), optionally with export_state', async () => {
    const h = await setup({
      api: (req) =>
        req.url.includes('f2')
          ? { status: 200, body: { id: 'f2', etag: '"b"' } }
          : { status: 200, body: { id: 'f1' }, headers: { etag: '"h"' } },
    });
    await expect(h.client.getFilter('f1', { exportState: true })).resolves.toEqual({ body: { id: 'f1' }, etag: '"h"' });
    await expect(h.client.getFilter('f2')).resolves.toEqual({ body: { id: 'f2', etag: '"b"' }, etag: '"b"' });
    expect(h.fake.api[0]!.url).toBe(`${FILTERS}/f1?export_state=true`);
  });

  it('validates a filter: 200 valid, 400 invalid with the message, retried on 503', async () => {
    const h = await setup({
      api: (req, n) => {
        if (n === 0) return { status: 503 };
        return JSON.parse(req.body).name === 'ok'
          ? { status: 200, body: { valid: true } }
          : { status: 400, body: { valid: false, message: 'bad channel' } };
      },
    });
    await expect(h.client.validateFilter({ name: 'ok' })).resolves.toEqual({ valid: true });
    await expect(h.client.validateFilter({ name: 'bad' })).resolves.toEqual({ valid: false, message: 'bad channel' });
    expect(h.fake.api.map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill(`POST ${FILTERS}/validate`));
  });

  it('creates and updates a filter with If-Match; recovers a failed create by name', async () => {
    const doc = { name: 'F', channel: 'chat' };
    let posts = 0;
    const h = await setup({
      api: (req) => {
        if (req.method === 'POST')
          return ++posts === 1
            ? { status: 500 }
            : { status: 201, body: { ...doc, id: 'f1', status: 'PENDING_ACTIVATION' }, headers: { etag: '"1"' } };
        if (req.method === 'PUT')
          return { status: 200, body: { ...JSON.parse(req.body), id: 'f1' }, headers: { etag: '"2"' } };
        if (req.url.startsWith(`${FILTERS}?`))
          return {
            status: 200,
            body: { entities: posts === 1 ? [{ ...doc, id: 'f1', status: 'PENDING_ACTIVATION' }] : [] },
          };
        return { status: 200, body: { ...doc, id: 'f1', status: 'PENDING_ACTIVATION' }, headers: { etag: '"1"' } };
      },
    });
    await expect(h.client.createFilter(doc)).resolves.toEqual({
      body: { ...doc, id: 'f1', status: 'PENDING_ACTIVATION' },
      etag: '"1"',
      status: 200,
      sent: 1,
      unknown: 1,
    });
    expect(posts).toBe(1); // found by name: not posted again
    await expect(h.client.updateFilter('f1', { ...doc, channel: 'sms' }, '"1"')).resolves.toMatchObject({
      etag: '"2"',
      status: 200,
    });
    expect(h.fake.api.at(-1)!.headers['if-match']).toBe('"1"');
  });

  it('reads the filter status', async () => {
    const h = await setup({
      api: (req) =>
        req.url.includes('f1')
          ? { status: 200, body: { status: 'FAILED', message: 'bad regex' } }
          : { status: 200, body: {} },
    });
    await expect(h.client.filterStatus('f1')).resolves.toEqual({ status: 'FAILED', message: 'bad regex' });
    await expect(h.client.filterStatus('f2')).rejects.toThrow(/has no "status"/);
    expect(h.fake.api[0]!.url).toBe(`${FILTERS}/f1/status`);
  });

  it('reads and sets group assignments', async () => {
    const h = await setup({
      api: (req) => {
        if (req.method === 'PUT') return { status: 200, body: { filter_ids: JSON.parse(req.body).filter_ids } };
        return q(req.url).get('cursor')
          ? { status: 200, body: { filter_ids: ['f3'], next_cursor: null } }
          : { status: 200, body: { filter_ids: ['f1', 'f2'], next_cursor: 'p2' } };
      },
    });
    await expect(h.client.groupFilters('g 1')).resolves.toEqual(['f1', 'f2', 'f3']);
    await h.client.setGroupFilters('g 1', ['f2', 'f1']);
    const put = h.fake.api.at(-1)!;
    expect(put.url).toBe('/api/v2/event-processing/filter-groups/g%201/filters');
    expect(JSON.parse(put.body)).toEqual({ filter_ids: ['f2', 'f1'] });
    expect(h.fake.api[0]!.url).toBe('/api/v2/event-processing/filter-groups/g%201/filters?page_size=100');
  });

  it('reads audit logs across pages', async () => {
    const h = await setup({
      api: (req) =>
        q(req.url).get('cursor')
          ? { status: 200, body: { entries: [{ actor: 'b' }] } }
          : { status: 200, body: { entries: [{ actor: 'a' }], next_cursor: 'x' } },
    });
    await expect(h.client.auditLogs('f1')).resolves.toEqual([{ actor: 'a' }, { actor: 'b' }]);
    expect(h.fake.api[0]!.url).toBe('/api/v2/event-processing/audit-logs?filter_id=f1&page_size=50');
  });

  it('asks for filter metrics with the documented defaults', async () => {
    const h = await setup({ api: () => ({ status: 200, body: { series: [1, 2] } }) });
    await expect(h.client.filterMetrics('f1')).resolves.toEqual({ series: [1, 2] });
    const params = Object.fromEntries(q(h.fake.api[0]!.url));
    expect(params).toEqual({
      filter_id: 'f1',
      interval: 'PT5M',
      metrics: 'hit_count,throughput_rate,match_ratio',
      start_time: '-PT3600S',
      end_time: '2030-01-01T00:00:00.000Z',
    });
    await h.client.filterMetrics('f1', {
      interval: 'PT1H',
      metrics: ['hit_count'],
      startTime: '2029-12-31T00:00:00Z',
      endTime: '2030-01-01T00:00:00Z',
    });
    expect(q(h.fake.api[1]!.url).get('interval')).toBe('PT1H');
  });
});
