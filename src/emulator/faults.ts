// Injected faults from a seeded PRNG: the same seed and the same request order give the same
// faults. One draw per request decides which fault (if any) it gets.

import type { EmulatorFaults } from './types.js';

export type Fault =
  | { kind: 'none' }
  | { kind: '429'; retryAfter: number }
  | { kind: '5xx'; status: 500 | 502 | 503 }
  | { kind: 'reset' }
  | { kind: 'stall'; ms: number }
  | { kind: 'reset-after' };

/** mulberry32: small, fast, and good enough to pick faults. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private readonly random: () => number;

  constructor(private readonly config: EmulatorFaults) {
    this.random = prng(config.seed);
  }

  next(): Fault {
    const c = this.config;
    const r = this.random();
    // New kinds go at the end, so an existing seed keeps drawing the same faults.
    const cut = [c.rate429 ?? 0, c.rate5xx ?? 0, c.rateReset ?? 0, c.rateStall ?? 0, c.rateResetAfter ?? 0].map((p) =>
      Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0)),
    );
    let edge = cut[0]!;
    if (r < edge) return { kind: '429', retryAfter: 1 };
    edge += cut[1]!;
    if (r < edge) {
      const statuses = [500, 502, 503] as const;
      return { kind: '5xx', status: statuses[Math.floor(this.random() * 3)]! };
    }
    edge += cut[2]!;
    if (r < edge) return { kind: 'reset' };
    edge += cut[3]!;
    if (r < edge) return { kind: 'stall', ms: c.stallMs ?? 10_000 };
    edge += cut[4]!;
    if (r < edge) return { kind: 'reset-after' };
    return { kind: 'none' };
  }
}
