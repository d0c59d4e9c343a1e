import { describe, expect, it } from 'vitest';
import { mapLimit, Pool } from '../../src/core/pool.js';

describe("Pool (the platform client's limiter)", () => {
  it('runs at most max tasks at once, in arrival order', async () => {
    const lim = new Pool(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      lim.run(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(i);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        return i;
      });
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map(task));
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(lim.running).toBe(0);
  });

  it('frees the slot when a task throws', async () => {
    const lim = new Pool(1);
    await expect(lim.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(lim.run(() => Promise.resolve(1))).resolves.toBe(1);
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('rejects with the first failure; a failed slot starts nothing more, the others finish the list', async () => {
    const started: number[] = [];
    const fail = (bad: number[]) => async (n: number) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, 1));
      if (bad.includes(n)) throw new Error(`item ${n}`);
      return n;
    };
    await expect(mapLimit([0, 1, 2, 3], 1, fail([0]))).rejects.toThrow('item 0');
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0]);
    started.length = 0;
    await expect(mapLimit([0, 1, 2, 3, 4, 5], 2, fail([0]))).rejects.toThrow('item 0');
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    started.length = 0;
    await expect(mapLimit([0, 1, 2, 3, 4, 5], 2, fail([0, 1]))).rejects.toThrow('item 0');
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1]);
  });

  it('calls fn at once for the first `limit` items, and not at all for an empty list', async () => {
    const started: number[] = [];
    const done = mapLimit([0, 1, 2], 2, async (n) => void started.push(n));
    expect(started).toEqual([0, 1]);
    await done;
    expect(await mapLimit([], 3, async () => 1)).toEqual([]);
  });
});
