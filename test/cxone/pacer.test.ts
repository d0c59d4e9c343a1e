// The client-side pacer on a virtual clock: the configured rate is kept, a 429 slows it down once
// per second and never below a quarter, and successes bring it back.

import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/cxone/pacer.js';

function virtualClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    get t() {
      return t;
    },
  };
}

describe('Pacer', () => {
  it('lets a burst of one second through, then keeps the configured rate', async () => {
    const clock = virtualClock();
    const pacer = new Pacer(100, clock);
    for (let i = 0; i < 100; i++) await pacer.take();
    expect(clock.t).toBe(0);
    for (let i = 0; i < 300; i++) await pacer.take();
    // 300 more at 100 per second: three seconds (within rounding of the per-request sleeps)
    expect(clock.t).toBeGreaterThanOrEqual(2990);
    expect(clock.t).toBeLessThanOrEqual(3100);
  });

  it('serves waiting requests in arrival order', async () => {
    const clock = virtualClock();
    const pacer = new Pacer(2, clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => pacer.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('a 429 empties the bucket and slows down by a fifth, at most once a second, never below a quarter', () => {
    const clock = virtualClock();
    const pacer = new Pacer(100, clock);
    pacer.throttled();
    expect(pacer.currentRate).toBe(80);
    pacer.throttled(); // the same burst
    expect(pacer.currentRate).toBe(80);
    for (let i = 0; i < 20; i++) {
      clock.advance(1000);
      pacer.throttled();
    }
    expect(pacer.currentRate).toBe(25);
  });

  it('requests that get through bring the rate back to the setting, not above', () => {
    const clock = virtualClock();
    const pacer = new Pacer(100, clock);
    pacer.throttled();
    for (let i = 0; i < 10; i++) pacer.passed();
    expect(pacer.currentRate).toBe(90);
    for (let i = 0; i < 50; i++) pacer.passed();
    expect(pacer.currentRate).toBe(100);
  });
});
