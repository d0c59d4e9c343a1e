import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { call, schema, token } from './helpers.js';

const BASE = '/api/v2/eventbridge/schemas';
let em: Emulator;
let tok: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cxone-emu-'));
  const file = join(dir, 'export.json');
  // Seeded out of order: the export must come back sorted by title.
  const titles = ['Gamma', 'Alpha', 'Eta', 'Beta', 'Zeta', 'Delta', 'Epsilon'];
  writeFileSync(file, JSON.stringify({ entities: titles.map((t) => schema(t)) }));
  em = await startEmulator({ seed: file });
  tok = await token(em);
});
afterAll(() => em.close());

describe('emulator schemas', () => {
  it('exports in title order across pages with opaque cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(
        em,
        tok,
        'GET',
        `${BASE}?export=true&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(r.status).toBe(200);
      seen.push(...r.body.entities.map((e: { title: string }) => e.title));
      for (const e of r.body.entities) expect(e).toHaveProperty('id');
      cursor = r.body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(seen.slice(0, 7)).toEqual(['Alpha', 'Beta', 'Delta', 'Epsilon', 'Eta', 'Gamma', 'Zeta']);
    // Same query, same pages.
    const again = await call(em, tok, 'GET', `${BASE}?export=true&limit=3`);
    const first = await call(em, tok, 'GET', `${BASE}?export=true&limit=3`);
    expect(again.body).toEqual(first.body);
  });

  it('refuses a bad cursor or page size', async () => {
    expect((await call(em, tok, 'GET', `${BASE}?cursor=garbage`)).status).toBe(400);
    expect((await call(em, tok, 'GET', `${BASE}?limit=0`)).status).toBe(400);
    expect((await call(em, tok, 'GET', `${BASE}?limit=abc`)).status).toBe(400);
    const filterCursor = (await call(em, tok, 'GET', '/api/v2/event-processing/filters?page_size=1')).body.next_cursor;
    if (filterCursor) expect((await call(em, tok, 'GET', `${BASE}?cursor=${filterCursor}`)).status).toBe(400);
  });

  it('creates with 201 and a strong ETag; a duplicate title is 409', async () => {
    const created = await call(em, tok, 'POST', BASE, schema('Created'));
    expect(created.status).toBe(201);
    expect(created.etag).toMatch(/^"[^"]+"$/);
    expect(created.body).toMatchObject({ title: 'Created', id: expect.any(String), etag: created.etag });
    const got = await call(em, tok, 'GET', `${BASE}/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.etag).toBe(created.etag);
    const dup = await call(em, tok, 'POST', BASE, schema('Created', '2.0.0'));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('DUPLICATE');
    expect((await call(em, tok, 'GET', `${BASE}/nope`)).status).toBe(404);
  });

  it('updates need If-Match: 428 without, 412 when stale, 200 with the current ETag', async () => {
    const created = await call(em, tok, 'POST', BASE, schema('Versioned'));
    const path = `${BASE}/${created.body.id}`;
    const next = schema('Versioned', '1.1.0', { note: { type: 'string' } });
    expect((await call(em, tok, 'PUT', path, next)).status).toBe(428);
    const ok = await call(em, tok, 'PUT', path, next, { 'if-match': created.etag! });
    expect(ok.status).toBe(200);
    expect(ok.etag).not.toBe(created.etag);
    const stale = await call(
      em,
      tok,
      'PUT',
      path,
      schema('Versioned', '1.2.0', { note: { type: 'string' }, more: { type: 'string' } }),
      { 'if-match': created.etag! },
    );
    expect(stale.status).toBe(412);
    expect((await call(em, tok, 'PUT', path, next, { 'if-match': `W/${ok.etag}` })).status).toBe(412);
    expect((await call(em, tok, 'GET', path)).etag).toBe(ok.etag);
  });

  it('rejects a non-additive update or a version that does not increase with 400', async () => {
    const created = await call(em, tok, 'POST', BASE, schema('Strict', '1.0.0', { n: { type: 'integer' } }));
    const path = `${BASE}/${created.body.id}`;
    const narrowed = await call(em, tok, 'PUT', path, schema('Strict', '1.1.0', { n: { type: 'string' } }), {
      'if-match': created.etag!,
    });
    expect(narrowed.status).toBe(400);
    expect(narrowed.body.code).toBe('SCHEMA_EVOLUTION_REJECTED');
    expect(narrowed.body.details.map((d: { pointer: string }) => d.pointer)).toContain('/properties/n/type');
    const removed = await call(em, tok, 'PUT', path, schema('Strict', '2.0.0'), { 'if-match': created.etag! });
    expect(removed.status).toBe(400);
    const sameVersion = await call(
      em,
      tok,
      'PUT',
      path,
      schema('Strict', '1.0.0', { n: { type: 'integer' }, m: { type: 'string' } }),
      { 'if-match': created.etag! },
    );
    expect(sameVersion.status).toBe(400);
    expect((await call(em, tok, 'GET', path)).etag).toBe(created.etag);
  });

  it('enforces each ingestion limit with 400 {message, code, details}', async () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 150; i++) many[`p${i}`] = { type: 'string' };
    // Each case names the pointer the platform's detail points at (the emulator's own reading of the contract).
    const cases: [string, Record<string, unknown>, string][] = [
      ['payload', { ...schema('Big'), description: 'x'.repeat(270_000) }, ''],
      ['properties', schema('Wide', '1.0.0', many), '/properties'],
      ['type', schema('Typed', '1.0.0', { when: { type: 'datetime' } }), '/properties/when/type'],
      [
        'nested type',
        schema('Deep', '1.0.0', { a: { type: 'array', items: { anyOf: [{ type: 'date' }] } } }),
        '/properties/a/items/anyOf/0/type',
      ],
      ['required', { ...schema('Req'), required: ['id', 'ghost'] }, '/required/1'],
      ['deprecated', { ...schema('Dep'), 'x-cxone-deprecated-fields': ['ghost'] }, '/x-cxone-deprecated-fields/0'],
      ['closed', { ...schema('Open'), additionalProperties: true }, '/additionalProperties'],
      ['version', { ...schema('NoVersion'), cxoneVersion: 'v1' }, '/cxoneVersion'],
      ['title', { ...schema('Untitled'), title: '  ' }, '/title'],
    ];
    for (const [what, doc, pointer] of cases) {
      const r = await call(em, tok, 'POST', BASE, doc);
      expect(r.status, what).toBe(400);
      expect(typeof r.body.message, what).toBe('string');
      expect(r.body.code, what).toBe(
        what === 'payload' || what === 'properties' ? 'INGESTION_LIMIT' : 'SCHEMA_INVALID',
      );
      expect(
        r.body.details.map((d: { pointer: string }) => d.pointer),
        what,
      ).toContain(pointer);
    }
    // 150 properties is still fine.
    const ok: Record<string, unknown> = {};
    for (let i = 0; i < 149; i++) ok[`p${i}`] = { type: 'string' };
    expect((await call(em, tok, 'POST', BASE, schema('Wide150', '1.0.0', ok))).status).toBe(201);
  });

  it('answers hostile input with 4xx, never a crash', async () => {
    expect((await call(em, tok, 'POST', BASE, '{not json')).status).toBe(400);
    expect((await call(em, tok, 'POST', BASE, '[1,2]')).status).toBe(400);
    expect((await call(em, tok, 'POST', BASE, '['.repeat(5000) + ']'.repeat(5000))).status).toBe(400);
    expect(
      (
        await call(
          em,
          tok,
          'POST',
          BASE,
          `{"__proto__": {"polluted": true}, ${JSON.stringify(schema('Proto')).slice(1)}`,
        )
      ).status,
    ).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const huge = await call(em, tok, 'POST', BASE, JSON.stringify({ description: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await call(em, tok, 'GET', '/api/v2/nothing-here')).status).toBe(404);
    expect((await call(em, tok, 'DELETE', BASE)).status).toBe(405);
    expect((await call(em, tok, 'GET', `${BASE}/%E0%A4%A`)).status).toBe(400);
    // Still serving.
    expect((await call(em, tok, 'GET', BASE)).status).toBe(200);
  });
});
