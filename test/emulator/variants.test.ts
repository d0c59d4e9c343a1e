// The switches where docs/cxone-api.md is silent (src/emulator/variant.ts), each observed over HTTP:
// the lifecycle DRAFT -> PENDING_ACTIVATION -> ACTIVE | FAILED and its audit entries, the audit
// shapes, the last page's cursor, the stale-ETag status of filters, terse error bodies and extra
// filter fields. The product's drift and deploy tests run against every named variant.

import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, VARIANTS, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { call, filter, schema, token, until } from './helpers.js';

const FILTERS = '/api/v2/event-processing/filters';
const AUDIT = '/api/v2/event-processing/audit-logs';
let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

async function setup(options: EmulatorOptions) {
  em = await startEmulator({ activationDelayMs: 30, ...options });
  return { em, tok: await token(em) };
}

describe('emulator variants', () => {
  it('the lifecycle: DRAFT, then PENDING_ACTIVATION, then ACTIVE, each move an audit entry of the platform', async () => {
    const { em, tok } = await setup({ variant: { draftMs: 30, lifecycleAudit: true } });
    const created = await call(em, tok, 'POST', FILTERS, filter('f'));
    const id = created.body.id as string;
    expect(created.body.status).toBe('DRAFT');
    const seen: string[] = [];
    await until(async () => {
      const s = (await call(em, tok, 'GET', `${FILTERS}/${id}/status`)).body.status as string;
      if (seen.at(-1) !== s) seen.push(s);
      return s === 'ACTIVE';
    });
    expect(seen[0]).toBe('DRAFT');
    expect(seen.at(-1)).toBe('ACTIVE');
    const log = (await call(em, tok, 'GET', `${AUDIT}?filter_id=${id}`)).body.entries;
    expect(
      log.map((e: { actor: string; action: string; status?: string }) =>
        `${e.actor} ${e.action} ${e.status ?? ''}`.trim(),
      ),
    ).toEqual(['emulator-client create', 'platform status_change PENDING_ACTIVATION', 'platform status_change ACTIVE']);
  });

  it('a failed activation ends FAILED with the message, logged as the platform', async () => {
    const { em, tok } = await setup({ variant: 'flat-terse', failActivation: () => 'target group missing' });
    const id = (await call(em, tok, 'POST', FILTERS, filter('f'))).body.id as string;
    await until(async () => (await call(em, tok, 'GET', `${FILTERS}/${id}/status`)).body.status === 'FAILED');
    expect((await call(em, tok, 'GET', `${FILTERS}/${id}/status`)).body).toMatchObject({
      status: 'FAILED',
      message: 'target group missing',
    });
    const log = (await call(em, tok, 'GET', `${AUDIT}?filter_id=${id}`)).body.entries;
    expect(log).toEqual([
      { timestamp: expect.any(String), actor: 'emulator-client', action: 'create', filter_id: id },
      { timestamp: expect.any(String), actor: 'platform', action: 'ACTIVATION_FAILED', filter_id: id },
    ]);
  });

  it('audit shapes: the same changes, named as each shape names them, and nothing else', async () => {
    const shown: Record<string, unknown[]> = {};
    for (const shape of ['entity', 'resource', 'flat'] as const) {
      const { em, tok } = await setup({
        seed: { schemas: [{ ...schema('S'), id: 'sch-1' }] },
        variant: { auditShape: shape },
      });
      em.mutate('ann@console', (s) => void (s.schemas.get('sch-1')!.doc.description = 'edited'));
      await call(em, tok, 'PUT', '/api/v2/event-processing/filter-groups/g1/filters', { filter_ids: [] });
      shown[shape] = (await call(em, tok, 'GET', AUDIT)).body.entries.map(
        ({ timestamp: _t, ...rest }: Record<string, unknown>) => rest,
      );
      await em.close();
    }
    expect(shown).toEqual({
      entity: [
        {
          actor: 'ann@console',
          action: 'update',
          entity_kind: 'schema',
          entity_id: 'sch-1',
          entity_name: 'S',
          source: 'console',
        },
        {
          actor: 'emulator-client',
          action: 'assign',
          entity_kind: 'group',
          entity_id: 'g1',
          filter_ids: [],
          source: 'api',
        },
      ],
      resource: [
        { actor: 'ann@console', action: 'UPDATE', resource_type: 'schema', resource_id: 'sch-1', resource_name: 'S' },
        { actor: 'emulator-client', action: 'ASSIGN', resource_type: 'group', resource_id: 'g1', filter_ids: [] },
      ],
      flat: [
        { actor: 'ann@console', action: 'update', schema_id: 'sch-1', title: 'S' },
        { actor: 'emulator-client', action: 'assign', group_id: 'g1', filter_ids: [] },
      ],
    });
  });

  it('the last page: next_cursor null, or no next_cursor at all', async () => {
    for (const [lastPageCursor, expected] of [
      ['null', { next_cursor: null }],
      ['absent', {}],
    ] as const) {
      const { em, tok } = await setup({ seed: { schemas: [schema('A'), schema('B')] }, variant: { lastPageCursor } });
      const first = await call(em, tok, 'GET', '/api/v2/eventbridge/schemas?export=true&limit=1');
      expect(typeof first.body.next_cursor).toBe('string');
      const last = await call(
        em,
        tok,
        'GET',
        `/api/v2/eventbridge/schemas?export=true&limit=1&cursor=${first.body.next_cursor}`,
      );
      const { entities: _e, ...rest } = last.body;
      expect(rest, lastPageCursor).toEqual(expected);
      await em.close();
    }
  });

  it('a stale filter ETag: always 409, always 412, or fixed per filter', async () => {
    for (const staleFilterStatus of [409, 412] as const) {
      const { em, tok } = await setup({ variant: { staleFilterStatus } });
      for (const name of ['a', 'b', 'c', 'd']) {
        const f = (await call(em, tok, 'POST', FILTERS, filter(name))).body;
        await call(em, tok, 'PUT', `${FILTERS}/${f.id}`, filter(name, { description: 'v2' }), { 'if-match': f.etag });
        expect(
          (
            await call(em, tok, 'PUT', `${FILTERS}/${f.id}`, filter(name, { description: 'v3' }), {
              'if-match': f.etag,
            })
          ).status,
        ).toBe(staleFilterStatus);
      }
      await em.close();
    }
  });

  it('terse error bodies carry the message alone', async () => {
    const { em, tok } = await setup({ variant: 'flat-terse' });
    const r = await call(em, tok, 'POST', FILTERS, filter('x', { channel: 'fax' }));
    expect(r.status).toBe(400);
    expect(Object.keys(r.body)).toEqual(['message']);
    expect(r.body.message).toMatch(/channel "fax"/);
  });

  it('filters with created_at and updated_at: an update moves updated_at; a client that sends them back is not refused', async () => {
    let now = Date.parse('2026-05-01T00:00:00Z');
    const { em, tok } = await setup({ variant: 'resource-draft', now: () => new Date(now) });
    const created = await call(em, tok, 'POST', FILTERS, filter('t'));
    expect(created.body).toMatchObject({
      created_at: '2026-05-01T00:00:00.000Z',
      updated_at: '2026-05-01T00:00:00.000Z',
    });
    now += 60_000;
    const updated = await call(
      em,
      tok,
      'PUT',
      `${FILTERS}/${created.body.id}`,
      { ...created.body, description: 'v2' },
      { 'if-match': created.etag! },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      created_at: '2026-05-01T00:00:00.000Z',
      updated_at: '2026-05-01T00:01:00.000Z',
    });
  });

  it('every named variant starts, and an unknown name is refused', async () => {
    for (const name of Object.keys(VARIANTS)) {
      const { em, tok } = await setup({ variant: name });
      expect((await call(em, tok, 'GET', FILTERS)).status).toBe(200);
      await em.close();
    }
    await expect(startEmulator({ variant: 'nope' })).rejects.toThrow(/unknown emulator variant "nope"/);
  });
});
