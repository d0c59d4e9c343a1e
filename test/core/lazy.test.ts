// A lazy module (src/core/lazy.ts): a synchronous stage that meets one unloaded is run again once it
// is loaded; anything else it throws is not retried, and a stage that keeps asking is not retried
// forever.
import { describe, expect, it } from 'vitest';
import { lazy, NotLoaded, whenLoaded } from '../../src/core/lazy.js';

describe('whenLoaded', () => {
  it('runs the stage again once the module it met is loaded, and loads it once', async () => {
    let imports = 0;
    const m = lazy('the module', async () => ({ value: ++imports }));
    let runs = 0;
    const got = await whenLoaded(() => {
      runs++;
      return m.get().value;
    });
    expect({ got, runs, imports }).toEqual({ got: 1, runs: 2, imports: 1 });
    expect(await whenLoaded(() => m.get().value)).toBe(1);
    await m.load();
    expect(imports).toBe(1);
  });

  it('does not retry another error, nor load what the stage did not meet', async () => {
    let imports = 0;
    const m = lazy('the module', async () => ++imports);
    await expect(whenLoaded(() => JSON.parse('{'))).rejects.toThrow(SyntaxError);
    expect(imports).toBe(0);
    expect(() => m.get()).toThrow(NotLoaded);
  });

  it('stops retrying a stage that asks for something loading does not give', async () => {
    let runs = 0;
    const never = new NotLoaded('a module that never loads', async () => {});
    await expect(
      whenLoaded(() => {
        runs++;
        throw never;
      }),
    ).rejects.toBe(never);
    expect(runs).toBe(9);
  });
});
