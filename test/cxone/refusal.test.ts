// The platform refusing us (bad credentials, a token it will not take, a missing scope) is
// configuration, exit 2, with the setting or scope named; the platform failing (5xx, unreachable,
// timeouts) stays exit 3. Against a scripted server on loopback, in the variants tenants answer with.

import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/core/errors.js';
import { ApiError, secretForms } from '../../src/cxone/index.js';
import {
  leaks,
  makeClient,
  rejection,
  SECRET,
  startFake,
  type Fake,
  type FakeOptions,
  type Harness,
} from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

type Extra = Parameters<typeof makeClient>[1];
async function setup(fake: FakeOptions, extra: Extra = {}): Promise<Harness & { fake: Fake }> {
  const f = await startFake(fake);
  const h = makeClient(f.url, extra);
  cleanups.push(
    () => f.close(),
    () => h.client.close(),
  );
  return { ...h, fake: f };
}

const ok = { status: 200, body: { entities: [] } };

/** The error, its exit code, and that no form of the secret or token reached it or the logs. */
async function refused(h: Harness, p: Promise<unknown>): Promise<ApiError> {
  const err = await rejection(p);
  expect(err).toBeInstanceOf(ApiError);
  expect(
    leaks(
      [err.message, err.stack ?? '', JSON.stringify(err), ...h.logs],
      [...secretForms(SECRET, 'client-1'), 'tok-1', 'tok-2'],
    ),
  ).toEqual([]);
  expect(err.message).not.toContain('\n');
  return err as ApiError;
}

describe('the token endpoint refusing the credentials: exit 2, naming what to check', () => {
  const cases: {
    name: string;
    reply: { status: number; body?: unknown; headers?: Record<string, string> };
    says: RegExp;
  }[] = [
    {
      name: '400 invalid_client',
      reply: { status: 400, body: { error: 'invalid_client' } },
      says: /check client-id, client-secret and tenant \(CLI: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_TENANT\)/,
    },
    {
      name: '400 invalid_grant',
      reply: { status: 400, body: { error: 'invalid_grant', error_description: 'client disabled' } },
      says: /check client-id, client-secret and tenant .*the secret may have expired/,
    },
    {
      name: '400 unauthorized_client',
      reply: { status: 400, body: { error: 'unauthorized_client' } },
      says: /may not use the client_credentials grant — enable it for client-id/,
    },
    {
      name: '400 unsupported_grant_type',
      reply: { status: 400, body: { error: 'unsupported_grant_type' } },
      says: /does not offer the client_credentials grant — check token-url/,
    },
    {
      name: '400 invalid_request',
      reply: { status: 400, body: { error: 'invalid_request', error_description: 'send JSON' } },
      says: /check token-request-format \(form or json\)/,
    },
    {
      name: '401 with a JSON body',
      reply: { status: 401, body: { error: 'invalid_client', error_description: `bad secret ${SECRET}` } },
      says: /check client-id, client-secret and tenant/,
    },
    {
      name: '401 without a body',
      reply: { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } },
      says: /check client-id, client-secret and tenant/,
    },
    {
      name: '401 with an HTML body',
      reply: { status: 401, body: '<html>denied</html>', headers: { 'content-type': 'text/html' } },
      says: /check client-id, client-secret and tenant/,
    },
    {
      name: '403 without a code',
      reply: { status: 403, body: { message: 'client blocked' } },
      says: /check client-id, client-secret and tenant/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const h = await setup({ api: () => ok, token: () => c.reply });
      const err = await refused(h, h.client.exportSchemas());
      expect(err.status).toBe(c.reply.status);
      expect(err.message).toMatch(
        /^POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: 40[013] \w[\w ]* — the token request was refused — /,
      );
      expect(err.message).toMatch(c.says);
      expect(err.refused).toBe('credentials');
      expect(err.exitCode).toBe(2);
      expect(exitCodeOf(err)).toBe(2);
      expect(err.retryable).toBe(false);
      expect(h.fake.tokens).toHaveLength(1); // a refusal is not retried
      expect(h.fake.api).toHaveLength(0);
    });
  }

  it('400 invalid_scope names the scopes asked for, as a scope refusal', async () => {
    const h = await setup(
      {
        api: () => ok,
        token: () => ({ status: 400, body: { error: 'invalid_scope', error_description: 'not granted' } }),
      },
      { scopes: ['eventbridge:schemas:read', 'analytics:read'] },
    );
    const err = await refused(h, h.client.exportSchemas());
    expect(err.message).toMatch(
      /the OAuth client was refused scopes eventbridge:schemas:read, analytics:read — grant them to the client \(invalid_scope: not granted\)$/,
    );
    expect(err.refused).toBe('scope');
    expect(err.scope).toBe('eventbridge:schemas:read analytics:read');
    expect(exitCodeOf(err)).toBe(2);
  });
});

describe('the API refusing a call: exit 2', () => {
  it('401 again after a fresh token: the token is refused, not the platform down', async () => {
    const h = await setup({
      api: () => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }),
    });
    const err = await refused(h, h.client.exportSchemas());
    expect(err.message).toMatch(
      /^GET \/api\/v2\/eventbridge\/schemas\?export=true: 401 Unauthorized — the API refused a freshly issued token — check that token-url issues tokens for this api-base-url/,
    );
    expect(h.fake.tokens).toHaveLength(2); // refreshed once first
    expect(err.refused).toBe('credentials');
    expect(exitCodeOf(err)).toBe(2);
  });

  it('a single 401 (an expired token) is healed by the refresh', async () => {
    const h = await setup({ api: (_r, n) => (n === 0 ? { status: 401 } : ok) });
    await expect(h.client.exportSchemas()).resolves.toEqual([]);
  });

  const scopes: {
    name: string;
    reply: { status: number; body?: unknown; headers?: Record<string, string> };
    scope: string;
    says: string;
  }[] = [
    {
      name: 'WWW-Authenticate insufficient_scope with scope="…"',
      reply: {
        status: 403,
        headers: {
          'www-authenticate': 'Bearer realm="cxone", error="insufficient_scope", scope="eventbridge:registry:read"',
        },
      },
      scope: 'eventbridge:registry:read',
      says: 'the token lacks scope eventbridge:registry:read (grant it to the OAuth client)',
    },
    {
      name: 'WWW-Authenticate with an unquoted scope',
      reply: {
        status: 403,
        body: { message: 'forbidden' },
        headers: { 'www-authenticate': 'Bearer error=insufficient_scope, Scope=schemas.read' },
      },
      scope: 'schemas.read',
      says: 'the token lacks scope schemas.read (grant it to the OAuth client) (platform: forbidden)',
    },
    {
      name: 'WWW-Authenticate naming two scopes',
      reply: {
        status: 403,
        headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="a:read b:read"' },
      },
      scope: 'a:read b:read',
      says: 'the token lacks scopes a:read, b:read (grant them to the OAuth client)',
    },
    {
      name: 'details[].required_scope',
      reply: {
        status: 403,
        body: {
          message: 'nope',
          code: 'INSUFFICIENT_SCOPE',
          details: [{ message: 'x' }, { required_scope: 'tenant:eventbridge:read' }],
        },
      },
      scope: 'tenant:eventbridge:read',
      says: 'the token lacks scope tenant:eventbridge:read (grant it to the OAuth client) (platform: nope; code INSUFFICIENT_SCOPE)',
    },
    {
      name: 'neither: the scope from the path and method',
      reply: { status: 403, body: { message: 'forbidden' } },
      scope: 'eventbridge:schemas:read',
      says: 'the token lacks scope eventbridge:schemas:read (grant it to the OAuth client) (platform: forbidden)',
    },
    {
      name: 'a scope that is no scope (a backslash, 300 characters): the path and method decide',
      reply: {
        status: 403,
        headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="\\"x"' },
        body: { details: [{ required_scope: 'x'.repeat(300) }] },
      },
      scope: 'eventbridge:schemas:read',
      says: 'the token lacks scope eventbridge:schemas:read (grant it to the OAuth client)',
    },
  ];
  for (const c of scopes) {
    it(`403, ${c.name}`, async () => {
      const h = await setup({ api: () => c.reply });
      const err = await refused(h, h.client.exportSchemas());
      expect(err.message).toBe(`GET /api/v2/eventbridge/schemas?export=true: 403 Forbidden — ${c.says}`);
      expect(err.refused).toBe('scope');
      expect(err.scope).toBe(c.scope);
      expect(exitCodeOf(err)).toBe(2);
      expect(h.fake.api).toHaveLength(1);
    });
  }

  it('a write names the write scope of its path', async () => {
    const h = await setup({ api: () => ({ status: 403 }) });
    const err = await refused(h, h.client.updateFilter('f1', { name: 'F' }, '"e1"'));
    expect(err.message).toBe(
      'PUT /api/v2/event-processing/filters/f1: 403 Forbidden — the token lacks scope event-processing:write (grant it to the OAuth client)',
    );
    expect(exitCodeOf(err)).toBe(2);
  });

  it('a create whose first answer was lost keeps the refusal of its second attempt', async () => {
    const h = await setup({
      api: (req, n) => (req.method === 'GET' ? ok : n === 0 ? 'reset' : { status: 403 }),
    });
    const err = await refused(h, h.client.createSchema({ title: 'A' }));
    expect(h.fake.api.map((r) => r.method)).toEqual(['POST', 'GET', 'POST']);
    expect(err.message).toMatch(
      /^POST \/api\/v2\/eventbridge\/schemas: 403 Forbidden — the token lacks scope eventbridge:schemas:write/,
    );
    expect(err.sent).toBe(2);
    expect(err.refused).toBe('scope');
    expect(exitCodeOf(err)).toBe(2);
  });
});

describe('the platform failing: still exit 3', () => {
  const failing: { name: string; fake: FakeOptions }[] = [
    { name: 'API 503 after the retries', fake: { api: () => ({ status: 503 }) } },
    { name: 'API 500 without a body', fake: { api: () => ({ status: 500 }) } },
    { name: 'API 429 that never ends', fake: { api: () => ({ status: 429, headers: { 'retry-after': '1' } }) } },
    { name: 'API 404 (a wrong base path)', fake: { api: () => undefined } },
    { name: 'token endpoint 503 after the retries', fake: { api: () => ok, token: () => ({ status: 503 }) } },
    { name: 'token endpoint 404 (no token endpoint there)', fake: { api: () => ok, token: () => ({ status: 404 }) } },
    { name: 'token endpoint 200 without a token', fake: { api: () => ok, token: () => ({ status: 200, body: {} }) } },
    { name: 'API connection reset every time', fake: { api: () => 'reset' } },
  ];
  for (const c of failing) {
    it(c.name, async () => {
      const h = await setup(c.fake, { maxRetries: 1 });
      const err = await refused(h, h.client.exportSchemas());
      expect(err.refused).toBeUndefined();
      expect(err.exitCode).toBe(3);
      expect(exitCodeOf(err)).toBe(3);
    });
  }

  it('a stalled API times out: exit 3', async () => {
    const h = await setup({ api: () => 'stall' }, { maxRetries: 0, requestTimeoutMs: 200 });
    const err = await refused(h, h.client.exportSchemas());
    expect(err.message).toMatch(/no response within 200 ms/);
    expect(exitCodeOf(err)).toBe(3);
  });

  it('nothing listening: exit 3', async () => {
    const f = await startFake({ api: () => ok });
    await f.close();
    const h = makeClient(f.url);
    cleanups.push(() => h.client.close());
    const err = await refused(h, h.client.exportSchemas());
    expect(err.message).toMatch(/could not connect .*ECONNREFUSED/);
    expect(exitCodeOf(err)).toBe(3);
  });
});
