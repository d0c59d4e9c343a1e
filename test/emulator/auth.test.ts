import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { call, token } from './helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});
const json = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(fields),
});
const creds = { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' };

describe('emulator OAuth', () => {
  it('issues opaque bearer tokens for a form or a JSON body', async () => {
    em = await startEmulator({ tokenTtlSeconds: 120 });
    for (const init of [form(creds), json(creds)]) {
      const res = await fetch(em.tokenUrl, init);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120 });
      expect(typeof body.access_token).toBe('string');
      expect((await call(em, String(body.access_token), 'GET', '/api/v2/eventbridge/schemas')).status).toBe(200);
    }
    expect(em.state.tokens.size).toBe(2);
  });

  it('accepts HTTP Basic client authentication', async () => {
    em = await startEmulator();
    const res = await fetch(em.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('emulator-client:emulator-secret').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(200);
  });

  it('refuses the format the tenant does not take', async () => {
    em = await startEmulator({ tokenFormats: ['json'] });
    const res = await fetch(em.tokenUrl, form(creds));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
    expect((await fetch(em.tokenUrl, json(creds))).status).toBe(200);
  });

  it('answers bad credentials with 400/401 and an OAuth error body', async () => {
    em = await startEmulator();
    const wrong = await fetch(em.tokenUrl, form({ ...creds, client_secret: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    const unknown = await fetch(em.tokenUrl, form({ ...creds, client_id: 'who' }));
    expect(unknown.status).toBe(401);
    const grant = await fetch(em.tokenUrl, form({ ...creds, grant_type: 'password' }));
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const missing = await fetch(em.tokenUrl, form({ grant_type: 'client_credentials' }));
    expect(missing.status).toBe(400);
    const badJson = await fetch(em.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
  });

  it('grants only scopes the client has', async () => {
    em = await startEmulator({
      clients: [{ clientId: 'ro', clientSecret: 's', scopes: ['eventbridge:schemas:read'] }],
    });
    const res = await fetch(
      em.tokenUrl,
      form({
        grant_type: 'client_credentials',
        client_id: 'ro',
        client_secret: 's',
        scope: 'eventbridge:schemas:read eventbridge:schemas:write',
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('expires tokens after the TTL (on the emulator clock)', async () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    em = await startEmulator({ tokenTtlSeconds: 60, now: () => new Date(t) });
    const tok = await token(em);
    expect((await call(em, tok, 'GET', '/api/v2/eventbridge/schemas')).status).toBe(200);
    t += 61_000;
    const expired = await call(em, tok, 'GET', '/api/v2/eventbridge/schemas');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await call(em, 'made-up', 'GET', '/api/v2/eventbridge/schemas')).status).toBe(401);
    const none = await fetch(`${em.url}/api/v2/eventbridge/schemas`);
    expect(none.status).toBe(401);
  });

  it('answers 403 naming the scope the call needs', async () => {
    em = await startEmulator();
    const tok = await token(em, ['eventbridge:schemas:read']);
    const cases: [string, string, string][] = [
      ['POST', '/api/v2/eventbridge/schemas', 'eventbridge:schemas:write'],
      ['GET', '/api/v2/event-processing/filters', 'event-processing:read'],
      ['PUT', '/api/v2/event-processing/filter-groups/g/filters', 'event-processing:write'],
      ['GET', '/api/v2/event-processing/audit-logs', 'event-processing:read'],
      ['GET', '/api/v2/analytics/event-processing/filter-metrics?filter_id=x', 'analytics:read'],
    ];
    for (const [method, path, scope] of cases) {
      const r = await call(em, tok, method, path, method === 'GET' ? undefined : {});
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.body.message).toContain(scope);
      expect(r.body.code).toBe('INSUFFICIENT_SCOPE');
    }
  });
});
