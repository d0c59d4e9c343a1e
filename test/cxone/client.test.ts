import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.js';
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

const SCHEMAS = '/api/v2/eventbridge/schemas';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

type Extra = Parameters<typeof makeClient>[1];
async function setup(
  fake: FakeOptions,
  extra: Extra | ((url: string) => Extra) = {},
): Promise<Harness & { fake: Fake }> {
  const f = await startFake(fake);
  const h = makeClient(f.url, typeof extra === 'function' ? extra(f.url) : extra);
  cleanups.push(
    () => f.close(),
    () => h.client.close(),
  );
  return { ...h, fake: f };
}

const schema = (id: string) => ({ status: 200, body: { id, title: `T-${id}` }, headers: { etag: `"e-${id}"` } });

describe('auth', () => {
  it('sends a form token request, masks the token, and one token serves many calls', async () => {
    const h = await setup(
      { api: (req) => schema(req.url.split('/').pop() ?? '') },
      { tenant: 'acme', scopes: ['eventbridge:schemas:read', 'analytics:read'] },
    );
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => h.client.getSchema(id)));
    expect(h.fake.tokens).toHaveLength(1);
    const t = h.fake.tokens[0]!;
    expect(t.method).toBe('POST');
    expect(t.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(t.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: SECRET,
      scope: 'eventbridge:schemas:read analytics:read',
      tenant: 'acme',
    });
    expect(
      h.fake.api.every((r) => r.headers.authorization === 'Bearer tok-1' && r.headers.accept === 'application/json'),
    ).toBe(true);
    // every form of the secret and of the id:secret pair at construction, then each token's forms on receipt
    expect(h.masked).toEqual([...new Set([...secretForms(SECRET, 'client-1'), ...secretForms('tok-1')])]);
    expect(h.client.stats()).toEqual({ requests: 6, retries: 0, tokenRequests: 1, throttled: 0 });
  });

  it('sends no scope unless scopes are configured', async () => {
    const h = await setup({ api: () => schema('a') });
    await h.client.getSchema('a');
    expect(Object.fromEntries(new URLSearchParams(h.fake.tokens[0]!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: SECRET,
    });
  });

  it('sends a JSON token request on request, to a configured token URL', async () => {
    const h = await setup({ api: () => schema('a'), tokenPath: '/as/token.oauth2' }, (url) => ({
      tokenRequestFormat: 'json',
      tokenUrl: `${url}/as/token.oauth2`,
    }));
    await h.client.getSchema('a');
    expect(h.fake.tokens).toHaveLength(1);
    expect(h.fake.tokens[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(h.fake.tokens[0]!.body)).toMatchObject({
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: SECRET,
    });
  });

  it('refreshes the token 60 s before it expires', async () => {
    const h = await setup({ api: () => schema('a'), ttl: 600 });
    await h.client.getSchema('a');
    h.time.t.now += 539_000; // 61 s left
    await h.client.getSchema('a');
    expect(h.fake.tokens).toHaveLength(1);
    h.time.t.now += 2_000; // 59 s left
    await h.client.getSchema('a');
    expect(h.fake.tokens).toHaveLength(2);
    expect(h.fake.api.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
    expect(h.masked).toEqual([
      ...new Set([...secretForms(SECRET, 'client-1'), ...secretForms('tok-1'), ...secretForms('tok-2')]),
    ]);
  });

  it('on a 401 refreshes once and retries once; concurrent 401s share one refresh', async () => {
    const h = await setup({
      api: (req) =>
        req.headers.authorization === 'Bearer tok-1' ? { status: 401, body: { message: 'expired' } } : schema('x'),
    });
    await h.client.getSchema('warm').catch(() => undefined); // tok-1 is now cached… and refreshed
    const before = h.fake.tokens.length;
    expect(before).toBe(2);
    const results = await Promise.all([1, 2, 3].map(() => h.client.getSchema('x')));
    expect(results.every((r) => r.etag === '"e-x"')).toBe(true);
    expect(h.fake.tokens).toHaveLength(2);
  });

  it('concurrent 401s with the same stale token trigger a single refresh', async () => {
    let tokenCalls = 0;
    const h = await setup({
      api: (req) => (req.headers.authorization === 'Bearer tok-1' ? { status: 401 } : schema('x')),
      token: () => ({ status: 200, body: { access_token: `tok-${++tokenCalls}`, expires_in: 3600 } }),
    });
    await Promise.all([1, 2, 3, 4].map(() => h.client.getSchema('x')));
    expect(tokenCalls).toBe(2);
  });

  it('a second 401 is an error that names the endpoint and never shows a token', async () => {
    const h = await setup({
      api: (req) => ({ status: 401, body: { message: `token ${req.headers.authorization} refused` } }),
    });
    const err = await rejection(h.client.getSchema('a'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toBeInstanceOf(PlatformError);
    expect((err as ApiError).status).toBe(401);
    expect(err.message).toMatch(
      /^GET \/api\/v2\/eventbridge\/schemas\/a: 401 Unauthorized — the API refused a freshly issued token — check that token-url/,
    );
    // a token the API will not take is configuration, not an outage
    expect((err as ApiError).exitCode).toBe(2);
    expect((err as ApiError).refused).toBe('credentials');
    expect(err.message).toContain('Bearer ***');
    expect(h.fake.api).toHaveLength(2);
    expect(h.fake.tokens).toHaveLength(2);
    expect(leaks([err.message, err.stack ?? '', ...h.logs], [SECRET, 'tok-1', 'tok-2'])).toEqual([]);
  });

  it('a refused token request is a one-line error without the secret, even when the server echoes it', async () => {
    const h = await setup({
      api: () => schema('a'),
      token: (req) => ({
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: `bad secret ${new URLSearchParams(req.body).get('client_secret')}`,
        },
      }),
    });
    const err = (await rejection(h.client.exportSchemas())) as ApiError;
    expect(err.status).toBe(401);
    expect(err.message).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: 401 Unauthorized — the token request was refused — check client-id, client-secret/,
    );
    expect(err.message).toContain('invalid_client: bad secret ***');
    expect(err.message).not.toContain('\n');
    expect(leaks([err.message, ...h.logs], [SECRET])).toEqual([]);
    expect(h.fake.api).toHaveLength(0);
  });

  it('masks a token before complaining about the rest of the response', async () => {
    const h = await setup(
      {
        api: () => schema('a'),
        token: () => ({ status: 500, body: { access_token: 'half-baked-token', message: 'oops half-baked-token' } }),
      },
      { maxRetries: 0 },
    );
    const err = await rejection(h.client.getSchema('a'));
    expect(h.masked).toContain('half-baked-token');
    expect(err.message).not.toContain('half-baked-token');
  });

  it('a token response without access_token is an error', async () => {
    const h = await setup({ api: () => schema('a'), token: () => ({ status: 200, body: { token_type: 'Bearer' } }) });
    await expect(h.client.getSchema('a')).rejects.toThrow(/without an access_token — check token-url/);
  });

  it('retries a token request on 503', async () => {
    const h = await setup({
      api: () => schema('a'),
      token: (_r, n) => (n < 2 ? { status: 503 } : { status: 200, body: { access_token: 'tok-ok', expires_in: 60 } }),
    });
    await h.client.getSchema('a');
    expect(h.client.stats()).toEqual({ requests: 1, retries: 2, tokenRequests: 3, throttled: 0 });
    expect(h.fake.api[0]!.headers.authorization).toBe('Bearer tok-ok');
  });

  it('a token that lives less than two minutes is refreshed at half its lifetime', async () => {
    const h = await setup({ api: () => schema('a'), ttl: 60 });
    await h.client.getSchema('a');
    h.time.t.now += 29_000;
    await h.client.getSchema('a');
    h.time.t.now += 2_000;
    await h.client.getSchema('a');
    expect(h.fake.tokens).toHaveLength(2);
  });
});

describe('retries', () => {
  it('obeys Retry-After in seconds on 429', async () => {
    const h = await setup({
      api: (_r, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '2' } } : schema('a')),
    });
    await h.client.getSchema('a');
    expect(h.time.t.sleeps).toEqual([2000]);
    expect(h.logs.some((l) => /429 Too Many Requests; retry 1\/5 in 2000 ms \(Retry-After\)/.test(l))).toBe(true);
  });

  it('obeys Retry-After as an HTTP date', async () => {
    const h = await setup({
      api: (_r, n) =>
        n === 0 ? { status: 429, headers: { 'retry-after': 'Tue, 01 Jan 2030 00:00:03 GMT' } } : schema('a'),
    });
    await h.client.getSchema('a');
    expect(h.time.t.sleeps).toEqual([3000]);
  });

  it('backs off exponentially with full jitter on 5xx without Retry-After', async () => {
    const h = await setup({ api: (_r, n) => (n < 4 ? { status: [500, 502, 503, 504][n]! } : schema('a')) });
    const got = await h.client.getSchema('a');
    expect(got.etag).toBe('"e-a"');
    expect(h.time.t.sleeps).toEqual([125, 250, 500, 1000]); // random() = 0.5, base 250
    expect(h.client.stats()).toMatchObject({ requests: 5, retries: 4 });
  });

  it('caps the backoff at backoffMaxMs', async () => {
    const h = await setup(
      { api: (_r, n) => (n < 4 ? { status: 503 } : schema('a')) },
      { backoffBaseMs: 100, backoffMaxMs: 300, random: () => 1 },
    );
    await h.client.getSchema('a');
    expect(h.time.t.sleeps).toEqual([100, 200, 300, 300]);
  });

  it('gives up after maxRetries with a one-line error naming endpoint and status', async () => {
    const h = await setup({ api: () => ({ status: 503, body: { message: 'maintenance' } }) }, { maxRetries: 2 });
    const err = (await rejection(h.client.exportSchemas())) as ApiError;
    expect(err.message).toBe(
      'GET /api/v2/eventbridge/schemas?export=true: 503 Service Unavailable — the platform failed after 2 retries (try again later) (platform: maintenance)',
    );
    expect(err.status).toBe(503);
    expect(err.retryable).toBe(true);
    expect(err.endpoint).toBe('GET /api/v2/eventbridge/schemas?export=true');
    expect(err.exitCode).toBe(3);
    expect(h.fake.api).toHaveLength(3);
  });

  it('429 that never ends says so', async () => {
    const h = await setup({ api: () => ({ status: 429, headers: { 'retry-after': '1' } }) }, { maxRetries: 1 });
    await expect(h.client.getSchema('a')).rejects.toThrow(/429 Too Many Requests — still rate-limited after 1 retry/);
  });

  it('retries a connection reset on GET', async () => {
    const h = await setup({ api: (_r, n) => (n === 0 ? 'reset' : schema('a')) });
    await expect(h.client.getSchema('a')).resolves.toMatchObject({ etag: '"e-a"' });
    expect(h.fake.api).toHaveLength(2);
    expect(h.client.stats().retries).toBe(1);
  });

  it('times out a stalled request and retries it', async () => {
    const h = await setup({ api: (_r, n) => (n === 0 ? 'stall' : schema('a')) }, { requestTimeoutMs: 300 });
    const started = Date.now();
    await expect(h.client.getSchema('a')).resolves.toMatchObject({ etag: '"e-a"' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(h.logs.some((l) => l.includes('UND_ERR_HEADERS_TIMEOUT'))).toBe(true);
  });

  it('a request that always stalls fails with the timeout and the host', async () => {
    const h = await setup({ api: () => 'stall' }, { requestTimeoutMs: 150, maxRetries: 1 });
    const err = (await rejection(h.client.getSchema('a'))) as ApiError;
    expect(err.message).toMatch(
      /^GET \/api\/v2\/eventbridge\/schemas\/a: no response within 150 ms from http:\/\/127\.0\.0\.1:\d+ \(UND_ERR_HEADERS_TIMEOUT\) after 1 retry — check api-base-url/,
    );
    expect(err.retryable).toBe(true);
  });

  it('retries a PUT with If-Match on 503 and sends If-Match every time', async () => {
    const h = await setup({
      api: (_r, n) =>
        n === 0 ? { status: 503 } : { status: 200, body: { id: 'a', title: 'A' }, headers: { etag: '"e2"' } },
    });
    const res = await h.client.updateSchema('a', { title: 'A' }, '"e1"');
    // two requests sent; the 503 one might have been applied (the If-Match makes its repeat safe)
    expect(res).toEqual({ body: { id: 'a', title: 'A' }, etag: '"e2"', status: 200, sent: 2, unknown: 1 });
    expect(h.fake.api.map((r) => [r.method, r.headers['if-match'], r.headers['content-type']])).toEqual([
      ['PUT', '"e1"', 'application/json'],
      ['PUT', '"e1"', 'application/json'],
    ]);
    expect(JSON.parse(h.fake.api[1]!.body)).toEqual({ title: 'A' });
  });

  it('does not retry a 4xx', async () => {
    const h = await setup({ api: () => ({ status: 412, body: { message: 'etag mismatch' } }) });
    const err = (await rejection(h.client.updateSchema('a', { title: 'A' }, '"old"'))) as ApiError;
    expect(err.message).toBe(
      'PUT /api/v2/eventbridge/schemas/a: 412 Precondition Failed — the ETag is stale: the entity changed since it was read (re-read and re-check) (platform: etag mismatch)',
    );
    expect(err.retryable).toBe(false);
    expect(h.fake.api).toHaveLength(1);
  });
});

describe('errors', () => {
  it('a 403 names the scope the call needed', async () => {
    const h = await setup({ api: () => ({ status: 403, body: { message: 'forbidden', code: 'FORBIDDEN' } }) });
    const err = (await rejection(h.client.exportSchemas())) as ApiError;
    expect(err.message).toBe(
      'GET /api/v2/eventbridge/schemas?export=true: 403 Forbidden — the token lacks scope eventbridge:schemas:read (grant it to the OAuth client) (platform: forbidden; code FORBIDDEN)',
    );
    expect(err.code).toBe('FORBIDDEN');
    const w = (await rejection(h.client.setGroupFilters('g1', ['f1']))) as ApiError;
    expect(w.message).toMatch(
      /^PUT \/api\/v2\/event-processing\/filter-groups\/g1\/filters: 403 Forbidden — the token lacks scope event-processing:write/,
    );
    const m = (await rejection(h.client.filterMetrics('f1'))) as ApiError;
    expect(m.message).toMatch(/403 Forbidden — the token lacks scope analytics:read/);
  });

  it('an unreachable host names the URL and the setting to check', async () => {
    const f = await startFake({ api: () => schema('a') });
    await f.close(); // nothing listens there any more
    const h = makeClient(f.url);
    cleanups.push(() => h.client.close());
    const err = (await rejection(h.client.getSchema('a'))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toBe(
      `POST ${f.url}/oauth/token: could not connect to ${f.url} (ECONNREFUSED) — check token-url`,
    );
    expect(h.time.t.sleeps).toEqual([]); // a refused connection is not retried
  });

  it('an unreachable API host (token elsewhere) blames api-base-url', async () => {
    const tokenOnly = await startFake({ api: () => undefined });
    const dead = await startFake({ api: () => undefined });
    await dead.close();
    const h = makeClient(dead.url, { tokenUrl: `${tokenOnly.url}/oauth/token` });
    cleanups.push(
      () => tokenOnly.close(),
      () => h.client.close(),
    );
    await expect(h.client.exportSchemas()).rejects.toThrow(
      `GET /api/v2/eventbridge/schemas?export=true: could not connect to ${dead.url} (ECONNREFUSED) — check api-base-url`,
    );
  });

  it('a non-JSON success body is an error', async () => {
    const h = await setup({ api: () => ({ status: 200, body: '<html>login page</html>' }) });
    await expect(h.client.getSchema('a')).rejects.toThrow(/200 OK with a body that is not JSON — check api-base-url/);
  });

  it('no secret or token in any message or log across failures', async () => {
    const h = await setup(
      {
        api: (req, n) =>
          n % 3 === 0
            ? { status: 503, body: { message: `echo ${req.headers.authorization}` } }
            : { status: 400, body: { message: `bad ${req.headers.authorization}` } },
      },
      { maxRetries: 1 },
    );
    const errs = await Promise.all(
      [h.client.getSchema('a'), h.client.exportSchemas(), h.client.createSchema({ title: 'A' })].map((p) =>
        rejection(p),
      ),
    );
    const texts = [...errs.map((e) => `${e.message}\n${e.stack ?? ''}\n${JSON.stringify(e)}`), ...h.logs];
    expect(leaks(texts, [SECRET, 'tok-1'])).toEqual([]);
    expect(errs.some((e) => e.message.includes('***'))).toBe(true);
  });
});

describe('pagination and schemas', () => {
  it('exports every page following next_cursor', async () => {
    const pages: Record<string, { entities: unknown[]; next_cursor?: string | null }> = {
      '': { entities: [{ title: 'A' }, { title: 'B' }], next_cursor: 'c2' },
      c2: { entities: [{ title: 'C' }], next_cursor: 'c3' },
      c3: { entities: [{ title: 'D' }], next_cursor: null },
    };
    const h = await setup({
      api: (req) => ({ status: 200, body: pages[new URL(req.url, 'http://x').searchParams.get('cursor') ?? '']! }),
    });
    const all = await h.client.exportSchemas({ pageSize: 2 });
    expect(all.map((e) => e.title)).toEqual(['A', 'B', 'C', 'D']);
    expect(h.fake.api.map((r) => r.url)).toEqual([
      `${SCHEMAS}?export=true&limit=2`,
      `${SCHEMAS}?export=true&limit=2&cursor=c2`,
      `${SCHEMAS}?export=true&limit=2&cursor=c3`,
    ]);
  });

  it('stops a server whose cursor loops', async () => {
    const h = await setup({ api: () => ({ status: 200, body: { entities: [], next_cursor: 'same' } }) });
    await expect(h.client.exportSchemas()).rejects.toThrow(/pagination does not end/);
  });

  it('rejects a page without the items array', async () => {
    const h = await setup({ api: () => ({ status: 200, body: { items: [] } }) });
    await expect(h.client.exportSchemas()).rejects.toThrow(/no "entities" array/);
  });

  it('gets a schema with its ETag, encoding the id', async () => {
    const h = await setup({ api: () => schema('a/b') });
    await expect(h.client.getSchema('a/b')).resolves.toEqual({ body: { id: 'a/b', title: 'T-a/b' }, etag: '"e-a/b"' });
    expect(h.fake.api[0]!.url).toBe(`${SCHEMAS}/a%2Fb`);
  });

  it('creates a schema: 201 with ETag', async () => {
    const h = await setup({
      api: (req) => ({ status: 201, body: { ...JSON.parse(req.body), id: 's1' }, headers: { etag: '"v1"' } }),
    });
    await expect(h.client.createSchema({ title: 'A', cxoneVersion: '1.0.0' })).resolves.toEqual({
      body: { title: 'A', cxoneVersion: '1.0.0', id: 's1' },
      etag: '"v1"',
      status: 201,
      sent: 1,
      unknown: 0,
    });
  });

  it('a POST that failed with 503 is not repeated when the lookup finds the entity created', async () => {
    const doc = { title: 'A', cxoneVersion: '1.0.0' };
    const h = await setup({
      api: (req) => {
        if (req.method === 'POST') return { status: 503 };
        if (req.url.startsWith(`${SCHEMAS}?`)) return { status: 200, body: { entities: [{ ...doc, id: 's1' }] } };
        return { status: 200, body: { ...doc, id: 's1' }, headers: { etag: '"v1"' } };
      },
    });
    await expect(h.client.createSchema(doc)).resolves.toEqual({
      body: { ...doc, id: 's1' },
      etag: '"v1"',
      status: 200,
      sent: 1,
      unknown: 1,
    });
    expect(h.fake.api.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST ${SCHEMAS}`,
      `GET ${SCHEMAS}?export=true&limit=1000`,
      `GET ${SCHEMAS}/s1`,
    ]);
  });

  it('a POST whose connection was reset is sent once more when the entity does not exist', async () => {
    let posts = 0;
    const h = await setup({
      api: (req) => {
        if (req.method === 'POST')
          return ++posts === 1 ? 'reset' : { status: 201, body: { title: 'A', id: 's9' }, headers: { etag: '"v1"' } };
        return { status: 200, body: { entities: [] } };
      },
    });
    await expect(h.client.createSchema({ title: 'A' })).resolves.toMatchObject({ status: 201, etag: '"v1"' });
    expect(posts).toBe(2);
  });

  it('a POST whose retry fails again is reported, not repeated further', async () => {
    const h = await setup({
      api: (req) => (req.method === 'POST' ? { status: 502 } : { status: 200, body: { entities: [] } }),
    });
    const err = (await rejection(h.client.createSchema({ title: 'A' }))) as ApiError;
    expect(err.message).toMatch(/^POST \/api\/v2\/eventbridge\/schemas: 502 Bad Gateway — the platform failed/);
    expect(h.fake.api.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('an entity with the same title but other content is a conflict', async () => {
    const h = await setup({
      api: (req) => {
        if (req.method === 'POST') return { status: 504 };
        if (req.url.startsWith(`${SCHEMAS}?`))
          return { status: 200, body: { entities: [{ title: 'A', id: 's1', description: 'theirs' }] } };
        return { status: 200, body: { title: 'A', id: 's1', description: 'theirs' }, headers: { etag: '"v1"' } };
      },
    });
    await expect(h.client.createSchema({ title: 'A', description: 'ours' })).rejects.toThrow(
      /409 Conflict — title "A" was created by someone else/,
    );
  });

  it('a 409 on create is not recovered (the title exists)', async () => {
    const h = await setup({ api: () => ({ status: 409, body: { message: 'title exists' } }) });
    await expect(h.client.createSchema({ title: 'A' })).rejects.toThrow(
      /^POST \/api\/v2\/eventbridge\/schemas: 409 Conflict — .*\(platform: title exists\)$/,
    );
    expect(h.fake.api).toHaveLength(1);
  });

  it('update requires an ETag', async () => {
    const h = await setup({ api: () => schema('a') });
    await expect(h.client.updateSchema('a', {}, '')).rejects.toThrow(/an ETag is required/);
    expect(h.fake.api).toHaveLength(0);
  });
});

describe('concurrency', () => {
  it('never has more than maxConcurrency requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const h = await setup(
      {
        api: async (req) => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setTimeout(r, 20));
          inFlight--;
          return schema(req.url.split('/').pop() ?? '');
        },
      },
      { maxConcurrency: 3 },
    );
    await Promise.all(Array.from({ length: 12 }, (_, i) => h.client.getSchema(String(i))));
    expect(peak).toBe(3);
    expect(h.client.stats().requests).toBe(12);
  });
});

describe('log lines', () => {
  it('keep a title from a contract on one line, whatever characters it holds', async () => {
    const h = await setup({ api: (req) => (req.method === 'POST' ? { status: 503 } : { status: 404 }) });
    const title = 'T\u2028::error::forged\u0085\u202e';
    await h.client.createSchema({ title }).catch(() => undefined);
    const line = h.logs.find((l) => l.includes('looking up title'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/[\u2028\u0085\u202e]/);
    expect(line).toContain('T\\u2028::error::forged\\u0085\\u202e');
  });
});
