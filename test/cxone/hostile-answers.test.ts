// Answers a broken or hostile platform may give to the calls the plan makes (issue 13's review):
// a page too large to spread, group members that are not ids, validation messages of any size.
// Each is refused as "not understood" (exit 3) or bounded; never a crash (exit 4).

import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/core/errors.js';
import { makeClient, rejection, startFake, type Fake, type FakeOptions, type Harness } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup(fake: FakeOptions): Promise<Harness & { fake: Fake }> {
  const f = await startFake(fake);
  const h = makeClient(f.url, {});
  cleanups.push(
    () => f.close(),
    () => h.client.close(),
  );
  return { ...h, fake: f };
}

describe("hostile answers to the plan's reads", () => {
  it('a page of 300,000 group members is read, not spread onto the call stack', async () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `f${i}`);
    const h = await setup({ api: () => ({ status: 200, body: { filter_ids: ids } }) });
    expect(await h.client.groupFilters('grp')).toHaveLength(300_000);
  });

  it('group members that are not ids: the platform answered something not understood (exit 3)', async () => {
    for (const bad of [{ toString: 1 }, null, [1]]) {
      const h = await setup({ api: () => ({ status: 200, body: { filter_ids: ['f1', bad] } }) });
      const err = await rejection(h.client.groupFilters('grp'));
      expect(err.message).toMatch(/a filter id is (object|null), not a string or a number/);
      expect(exitCodeOf(err)).toBe(3);
    }
  });

  it('a validation message is flattened and bounded', async () => {
    const h = await setup({
      api: () => ({ status: 400, body: { valid: false, message: `bad\n::error::x ${'y'.repeat(400_000)}` } }),
    });
    const v = await h.client.validateFilter({ name: 'f' });
    expect(v.valid).toBe(false);
    expect(v.message!.length).toBeLessThanOrEqual(500);
    expect(v.message).not.toContain('\n');
  });
});
