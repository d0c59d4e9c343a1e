// The client against the project's platform emulator (src/emulator): a real server on loopback.

import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { ApiError, CxoneClient, type ClientOptions } from '../../src/cxone/index.js';
import { DEFAULT_CLIENT, prng, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { leaks, rejection } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const schemaDoc = (title: string, version = '1.0.0', extra: Record<string, unknown> = {}) => ({
  title,
  description: `${title} event`,
  cxoneVersion: version,
  type: 'object',
  properties: { id: { type: 'string' }, ...extra },
  required: ['id'],
  additionalProperties: false,
});

interface Run {
  emu: Emulator;
  client: CxoneClient;
  logs: string[];
  masked: string[];
  sleeps: number[];
  clock: { ms: number };
  /** Every text the client produced: logs and the messages of the errors a test collected. */
  texts: string[];
}

async function run(
  emuOptions: EmulatorOptions = {},
  clientOptions: Partial<ClientOptions> = {},
  fakeSleep = true,
): Promise<Run> {
  const clock = { ms: Date.parse('2030-01-01T00:00:00Z') };
  const emu = await startEmulator({ now: () => new Date(clock.ms), ...emuOptions });
  const logs: string[] = [];
  const masked: string[] = [];
  const sleeps: number[] = [];
  const client = new CxoneClient({
    baseUrl: emu.url,
    tokenUrl: emu.tokenUrl,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    mask: (s) => masked.push(s),
    log: (l) => logs.push(l),
    now: () => clock.ms,
    ...(fakeSleep
      ? {
          sleep: async (ms: number) => {
            sleeps.push(ms);
          },
        }
      : {}),
    ...clientOptions,
  });
  cleanups.push(
    () => emu.close(),
    () => client.close(),
  );
  return { emu, client, logs, masked, sleeps, clock, texts: logs };
}

const tokenCalls = (emu: Emulator) => emu.requests.filter((r) => r.path === '/oauth/token');
const apiCalls = (emu: Emulator) => emu.requests.filter((r) => r.path !== '/oauth/token');

/** Secrets the client must never print: the client secret and every token the emulator issued. */
function assertNoSecrets(r: Run, extra: string[] = []): void {
  const secrets = [DEFAULT_CLIENT.clientSecret, ...r.emu.state.tokens.keys()];
  expect(secrets.length).toBeGreaterThan(1);
  expect(leaks([...r.texts, ...extra], secrets)).toEqual([]);
  for (const t of r.emu.state.tokens.keys()) expect(r.masked).toContain(t);
  expect(r.masked[0]).toBe(DEFAULT_CLIENT.clientSecret);
}

describe('client against the emulator', () => {
  it('one token serves many calls; schemas round-trip with ETags; a stale ETag is a 412', async () => {
    const r = await run();
    const created = await r.client.createSchema(schemaDoc('Call.Started'));
    expect(created.status).toBe(201);
    expect(created.etag).toBeTruthy();
    const id = String(created.body.id);
    const got = await r.client.getSchema(id);
    expect(got.etag).toBe(created.etag);
    const updated = await r.client.updateSchema(
      id,
      schemaDoc('Call.Started', '1.1.0', { agent: { type: 'string' } }),
      got.etag!,
    );
    expect(updated.status).toBe(200);
    expect(updated.etag).not.toBe(got.etag);
    const stale = (await rejection(
      r.client.updateSchema(id, schemaDoc('Call.Started', '1.2.0'), got.etag!),
    )) as ApiError;
    expect(stale.status).toBe(412);
    expect(stale.message).toMatch(
      /^PUT \/api\/v2\/eventbridge\/schemas\/sch-\d+: 412 Precondition Failed — the ETag is stale/,
    );
    await Promise.all(Array.from({ length: 10 }, () => r.client.getSchema(id)));
    expect(tokenCalls(r.emu)).toHaveLength(1);
    expect(r.client.stats()).toMatchObject({ tokenRequests: 1, retries: 0 });
    const dup = (await rejection(r.client.createSchema(schemaDoc('Call.Started')))) as ApiError;
    expect(dup.status).toBe(409);
    assertNoSecrets(r, [stale.message, dup.message]);
  });

  it('paginates the export across 3+ pages in title order', async () => {
    const titles = ['G', 'A', 'E', 'C', 'B', 'F', 'D'];
    const r = await run({ seed: { schemas: titles.map((t) => schemaDoc(t)) } });
    const all = await r.client.exportSchemas({ pageSize: 3 });
    expect(all.map((e) => e.title)).toEqual([...titles].sort());
    expect(apiCalls(r.emu).filter((c) => c.path === '/api/v2/eventbridge/schemas')).toHaveLength(3);
  });

  it('refreshes the token 60 s before expiry, without ever seeing a 401', async () => {
    const r = await run({ tokenTtlSeconds: 600 });
    await r.client.exportSchemas();
    r.clock.ms += 541_000;
    await r.client.exportSchemas();
    expect(tokenCalls(r.emu)).toHaveLength(2);
    expect(r.emu.requests.some((q) => q.status === 401)).toBe(false);
    assertNoSecrets(r);
  });

  it('on a 401 (token expired at the server) refreshes and retries once', async () => {
    // The client's clock stands still; the emulator's runs past the token's expiry.
    const r = await run({ tokenTtlSeconds: 600 }, { now: () => Date.parse('2030-01-01T00:00:00Z') });
    await r.client.exportSchemas();
    r.clock.ms += 700_000;
    await r.client.exportSchemas();
    expect(r.emu.requests.map((q) => `${q.path === '/oauth/token' ? 'token' : 'api'} ${q.status}`)).toEqual([
      'token 200',
      'api 200',
      'api 401',
      'token 200',
      'api 200',
    ]);
    expect(r.logs.some((l) => l.includes('401 Unauthorized; refreshing the token'))).toBe(true);
    expect(r.client.stats()).toEqual({ requests: 3, retries: 1, tokenRequests: 2, throttled: 0 });
    assertNoSecrets(r);
  });

  it("obeys a 429's Retry-After (real sleep)", async () => {
    const r = await run({ rateLimitPerSecond: 1 }, { maxConcurrency: 1 }, false);
    await r.client.exportSchemas(); // uses the one request of this second
    const started = performance.now();
    await r.client.exportSchemas(); // 429, Retry-After: 1
    const waited = performance.now() - started;
    expect(r.emu.requests.filter((q) => q.status === 429)).toHaveLength(1);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(r.logs.some((l) => /429 Too Many Requests; retry 1\/5 in 1000 ms \(Retry-After\)/.test(l))).toBe(true);
  });

  it('retries bursts of 5xx, resets and 429s on idempotent calls', async () => {
    const r = await run(
      { seed: { schemas: [schemaDoc('A')] }, faults: { seed: 7, rate5xx: 0.25, rateReset: 0.1, rate429: 0.1 } },
      { maxRetries: 8 },
    );
    const id = [...r.emu.state.schemas.keys()][0]!;
    for (let i = 0; i < 25; i++) await r.client.getSchema(id);
    const statuses = apiCalls(r.emu).map((q) => q.status);
    expect(statuses.some((s) => s >= 500)).toBe(true);
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(r.client.stats().retries).toBe(statuses.length - 25);
    assertNoSecrets(r);
  });

  it('a stalled connection times out and is retried', async () => {
    // A seed whose first draw stalls and whose second does not.
    let seed = 1;
    for (; ; seed++) {
      const rnd = prng(seed);
      if (rnd() < 0.5 && rnd() >= 0.5) break;
    }
    const r = await run(
      { seed: { schemas: [schemaDoc('A')] }, faults: { seed, rateStall: 0.5, stallMs: 10_000 } },
      { requestTimeoutMs: 200 },
    );
    const id = [...r.emu.state.schemas.keys()][0]!;
    const started = performance.now();
    await expect(r.client.getSchema(id)).resolves.toMatchObject({ body: { title: 'A' } });
    expect(performance.now() - started).toBeLessThan(5_000); // not the 10 s stall
    expect(r.logs.some((l) => l.includes('UND_ERR_HEADERS_TIMEOUT'))).toBe(true);
    expect(r.client.stats().retries).toBe(1);
  });

  it('a 403 names the scope the call needed', async () => {
    const ro = { clientId: 'reader', clientSecret: 'reader-secret-123', scopes: ['eventbridge:schemas:read'] };
    // Default: no scope asked, the client's own granted.
    const r = await run({ clients: [ro] }, { clientId: ro.clientId, clientSecret: ro.clientSecret });
    await expect(r.client.exportSchemas()).resolves.toEqual([]);
    const err = (await rejection(r.client.createSchema(schemaDoc('A')))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(403);
    expect(err.message).toMatch(
      /^POST \/api\/v2\/eventbridge\/schemas: 403 Forbidden — the token lacks scope eventbridge:schemas:write \(grant it to the OAuth client\)/,
    );
    const f = (await rejection(r.client.listFilters())) as ApiError;
    expect(f.message).toMatch(
      /^GET \/api\/v2\/event-processing\/filters: 403 Forbidden — the token lacks scope event-processing:read/,
    );
    expect(leaks([err.message, f.message, ...r.logs], [ro.clientSecret, ...r.emu.state.tokens.keys()])).toEqual([]);
  });

  it('bad credentials are a one-line error without the secret', async () => {
    const r = await run({}, { clientSecret: 'wrong-secret-value' });
    const err = (await rejection(r.client.exportSchemas())) as ApiError;
    expect(err.message).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: 401 Unauthorized — the token request was refused — check client-id, client-secret/,
    );
    expect(err.message).not.toContain('wrong-secret-value');
    expect(err.exitCode).toBe(2);
    expect(err.refused).toBe('credentials');
  });

  it('the JSON token format works', async () => {
    const r = await run({ tokenFormats: ['json'] }, { tokenRequestFormat: 'json' });
    await expect(r.client.exportSchemas()).resolves.toEqual([]);
  });

  it('refuses http:// to a non-loopback host', async () => {
    const r = await run();
    const remote = r.emu.url.replace('127.0.0.1', 'emulator.example.com');
    expect(() => new CxoneClient({ baseUrl: remote, clientId: 'x', clientSecret: 'y' })).toThrow(UsageError);
    expect(() => new CxoneClient({ baseUrl: remote, clientId: 'x', clientSecret: 'y' })).toThrow(
      /uses plain http:\/\/ — use https:\/\//,
    );
  });

  it('filters: validate, create, status, update, groups, audit, metrics', async () => {
    const r = await run({ activationDelayMs: 0 });
    const filter = {
      name: 'vip-chats',
      description: 'VIP chats',
      channel: 'chat',
      matchers: [{ attribute: 'tier', operator: 'equals', value: 'vip' }],
      pattern_rules: [],
      target_group_id: 'grp-1',
    };
    await expect(r.client.validateFilter(filter)).resolves.toEqual({ valid: true });
    const bad = await r.client.validateFilter({ ...filter, channel: 'pigeon' });
    expect(bad.valid).toBe(false);
    expect(bad.message).toBeTruthy();
    const created = await r.client.createFilter(filter);
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    await new Promise((res) => setTimeout(res, 20));
    expect(['PENDING_ACTIVATION', 'ACTIVE']).toContain((await r.client.filterStatus(id)).status);
    const got = await r.client.getFilter(id);
    const updated = await r.client.updateFilter(id, { ...filter, description: 'VIP chats only' }, got.etag!);
    expect(updated.etag).not.toBe(got.etag);
    expect(await r.client.listFilters()).toHaveLength(1);
    await r.client.setGroupFilters('grp-1', [id]);
    await expect(r.client.groupFilters('grp-1')).resolves.toEqual([id]);
    const audit = await r.client.auditLogs(id);
    expect(audit.map((e) => e.action)).toEqual(['create', 'update']);
    expect(audit.every((e) => e.actor === DEFAULT_CLIENT.clientId)).toBe(true);
    const metrics = await r.client.filterMetrics(id);
    expect(metrics).toBeTypeOf('object');
    assertNoSecrets(r);
  });
});
