// A check against a flaky platform (the emulator injecting 429s, 503s, connection resets and
// stalls from a seeded PRNG) must produce exactly the findings of a clean run.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator, DEFAULT_CLIENT } from '../../src/emulator/index.js';
import { PlatformError } from '../../src/core/errors.js';
import { runCheck } from '../../src/modes/check.js';
import { buildSettings } from '../../src/settings/index.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');

/** The example export plus 33 more live schemas, so the export spans many pages. */
async function seed(): Promise<{ schemas: Record<string, unknown>[] }> {
  const { entities } = JSON.parse(await readFile(join(EXAMPLES, 'registry-export.json'), 'utf8')) as {
    entities: Record<string, unknown>[];
  };
  const extra = Array.from({ length: 33 }, (_, i) => {
    const { id: _id, ...e } = entities[i % entities.length]!;
    return { ...e, title: `${String(e.title)}Copy${i}` };
  });
  return { schemas: [...entities.map(({ id: _id, ...e }) => e), ...extra] };
}

async function check(
  faults?: Parameters<typeof startEmulator>[0] extends infer O ? (O extends { faults?: infer F } ? F : never) : never,
) {
  const emulator = await startEmulator({ seed: await seed(), ...(faults ? { faults } : {}) });
  try {
    const settings = await buildSettings(
      {
        root: EXAMPLES,
        'api-base-url': emulator.url,
        'client-id': DEFAULT_CLIENT.clientId,
        'client-secret': DEFAULT_CLIENT.clientSecret,
      },
      { cwd: EXAMPLES },
    );
    const report = await runCheck(settings, {
      exportPageSize: 2,
      client: { requestTimeoutMs: 400, maxRetries: 10, backoffBaseMs: 10, backoffMaxMs: 50 },
    });
    return { report, requests: [...emulator.requests] };
  } finally {
    await emulator.close();
  }
}

describe('check against a flaky platform', () => {
  it('20% 429, 10% 503, 5% resets, 2% stalls: exactly the findings of a clean run', async () => {
    const clean = await check();
    // seed 4 draws every fault kind within the first ten requests (the draws are deterministic per seed)
    const flaky = await check({
      seed: 4,
      rate429: 0.2,
      rate5xx: 0.1,
      rateReset: 0.05,
      rateStall: 0.02,
      stallMs: 5_000,
    });
    const strip = (r: typeof clean.report) => ({
      findings: r.findings,
      plan: r.plan.map(({ etag: _e, ...p }) => p),
      counts: r.counts,
    });
    expect(strip(flaky.report)).toEqual(strip(clean.report));
    expect(clean.report.counts.breaking).toBe(1);
    // the faults really happened, each kind at least once, and the clean run had none
    const kinds = new Set(flaky.requests.map((r) => r.fault).filter(Boolean));
    expect([...kinds].sort()).toEqual(['429', '5xx', 'reset', 'stall']);
    expect(clean.requests.some((r) => r.fault)).toBe(false);
    expect(flaky.requests.length).toBeGreaterThan(clean.requests.length);
  }, 60_000);
});

describe('request-timeout and max-retries reach the client', () => {
  it('a platform that never answers fails the check with exit 3 after the timeout, without retrying', async () => {
    const emulator = await startEmulator({ seed: await seed(), faults: { seed: 1, rateStall: 1, stallMs: 1e9 } });
    try {
      const settings = await buildSettings(
        {
          root: EXAMPLES,
          'api-base-url': emulator.url,
          'client-id': DEFAULT_CLIENT.clientId,
          'client-secret': DEFAULT_CLIENT.clientSecret,
          'request-timeout': '1',
          'max-retries': '0',
        },
        { cwd: EXAMPLES },
      );
      const err = await runCheck(settings).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlatformError);
      expect((err as PlatformError).exitCode).toBe(3);
      expect((err as Error).message).toMatch(/schemas/);
      expect((err as Error).message).toMatch(/time/i);
      // one attempt at the export, no retry
      expect(emulator.requests.filter((r) => r.path.startsWith('/api/v2/eventbridge/schemas'))).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  }, 30_000);
});
