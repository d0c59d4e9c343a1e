import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorFaults } from '../../src/emulator/index.js';
import { schema, sleep, token } from './helpers.js';

const started: Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});
async function start(options: Parameters<typeof startEmulator>[0]) {
  const em = await startEmulator(options);
  started.push(em);
  return em;
}

/** Status of each of `n` sequential API calls; 0 for a reset connection. */
async function statuses(em: Emulator, tok: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const res = await fetch(`${em.url}/api/v2/eventbridge/schemas?limit=1`, {
        headers: { authorization: `Bearer ${tok}` },
      });
      await res.arrayBuffer();
      out.push(res.status);
    } catch {
      out.push(0);
    }
  }
  return out;
}

describe('emulator faults and rate limit', () => {
  const faults: EmulatorFaults = { seed: 42, rate429: 0.1, rate5xx: 0.1, rateReset: 0.1, rateStall: 0.1, stallMs: 40 };
  const N = 300;

  it('injects each fault kind with its configured probability', async () => {
    const em = await start({ faults });
    const tok = await token(em); // the token endpoint is spared unless faults.onToken
    const got = await statuses(em, tok, N);
    const share = (pred: (s: number) => boolean) => got.filter(pred).length / N;
    expect(share((s) => s === 429)).toBeGreaterThan(0.05);
    expect(share((s) => s === 429)).toBeLessThan(0.16);
    expect(share((s) => s >= 500)).toBeGreaterThan(0.05);
    expect(share((s) => s >= 500)).toBeLessThan(0.16);
    expect(share((s) => s === 0)).toBeGreaterThan(0.05);
    expect(share((s) => s === 0)).toBeLessThan(0.16);
    expect(new Set(got.filter((s) => s >= 500))).toEqual(new Set([500, 502, 503]));
    const api = em.requests.filter((r) => r.path !== '/oauth/token');
    const stalled = api.filter((r) => r.fault === 'stall').length / N;
    // a stalled request is held at least stallMs, then answered normally
    expect(api.filter((r) => r.fault === 'stall').every((r) => r.status === 200 && r.ms >= 39)).toBe(true);
    expect(stalled).toBeGreaterThan(0.05);
    expect(stalled).toBeLessThan(0.16);
    expect(share((s) => s === 200)).toBeGreaterThan(0.5);
    const retry = await fetch(`${em.url}/api/v2/eventbridge/schemas`, {
      headers: { authorization: `Bearer ${tok}` },
    }).catch(() => undefined);
    if (retry?.status === 429) expect(retry.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const quick = { ...faults, rateStall: 0 };
    const a = await start({ faults: quick });
    const b = await start({ faults: quick });
    const c = await start({ faults: { ...quick, seed: 7 } });
    const [ta, tb, tc] = await Promise.all([token(a), token(b), token(c)]);
    const sa = await statuses(a, ta, 60);
    expect(await statuses(b, tb, 60)).toEqual(sa);
    expect(await statuses(c, tc, 60)).not.toEqual(sa);
  });

  it('faults the token endpoint only with onToken', async () => {
    const em = await start({ faults: { seed: 1, rate5xx: 1, onToken: true } });
    const res = await fetch(em.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=emulator-client&client_secret=emulator-secret',
    });
    expect(res.status).toBeGreaterThanOrEqual(500);
  });

  it('answers 429 with Retry-After beyond the rate limit', async () => {
    const em = await start({ rateLimitPerSecond: 5 });
    const tok = await token(em);
    const replies = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${em.url}/api/v2/eventbridge/schemas`, { headers: { authorization: `Bearer ${tok}` } }),
      ),
    );
    const limited = replies.filter((r) => r.status === 429);
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(5);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    for (const r of limited) expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited[0]!.json()) as { code: string }).code).toBe('RATE_LIMITED');
    await sleep(450);
    const after = await fetch(`${em.url}/api/v2/eventbridge/schemas`, { headers: { authorization: `Bearer ${tok}` } });
    expect(after.status).toBe(200);
  });

  it('close() ends requests stalled forever', async () => {
    const em = await startEmulator({ faults: { seed: 3, rateStall: 1, stallMs: 1e9 } });
    const tok = await token(em);
    const pending = fetch(`${em.url}/api/v2/eventbridge/schemas`, { headers: { authorization: `Bearer ${tok}` } }).then(
      (r) => r.status,
      () => 'failed',
    );
    await sleep(100);
    const t0 = Date.now();
    await em.close();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await pending).toBe('failed');
  });

  it('reset-after: the write is applied, then the connection is reset; faults drawn only for the listed methods', async () => {
    const em = await start({ faults: { seed: 1, rateResetAfter: 1, methods: ['POST'] } });
    const tok = await token(em);
    // GETs draw no fault at all
    expect(await statuses(em, tok, 5)).toEqual([200, 200, 200, 200, 200]);
    const posted = await fetch(`${em.url}/api/v2/eventbridge/schemas`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
      body: JSON.stringify(schema('Late', '1.0.0')),
    }).then(
      (r) => r.status,
      () => 0,
    );
    expect(posted).toBe(0);
    // ...yet the schema exists and the mutation is in the audit log
    expect([...em.state.schemas.values()].map((s) => s.doc.title)).toContain('Late');
    expect(em.state.audit.some((e) => e.action === 'create' && e.entity_name === 'Late')).toBe(true);
    expect(em.requests.find((r) => r.method === 'POST' && r.path === '/api/v2/eventbridge/schemas')).toMatchObject({
      status: 0,
      fault: 'reset-after',
    });
  });
});
