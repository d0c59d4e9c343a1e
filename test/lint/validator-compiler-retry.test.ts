// whenLoaded (src/core/lazy.ts) runs the check's lint and evolution again once it
// has loaded ajv's compiler: what the stage did the first time must not change what it answers the
// second. A first run of the bin with kept validators takes that path; a run without them (the
// action, NODE_DISABLE_COMPILE_CACHE=1) loads the compiler up front and runs the stage once. The
// setup file (test/setup-lazy.ts) loads the compiler for every test: this file lints with modules
// loaded afresh, without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Contract } from '../../src/core/contract.js';
import { contract, minimalSchema, validFilter } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'compiler-retry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A filter whose regex only recheck can decide, then a schema whose examples need a compile. */
const contracts = (): Contract[] => {
  const filter = validFilter();
  filter.pattern_rules = [
    { type: 'regex', field: 'interaction.id', pattern: '^([a-z0-9]{1,30}\\.){1,10}[a-z]{2,11}$' },
  ];
  return [
    contract('filter', filter),
    contract('schema', minimalSchema({ examples: [{ a: 1 }] }), 'schemas/minimal.yaml'),
  ];
};

/** The modules the stage runs in, loaded afresh: no compiler yet. */
async function freshModules() {
  vi.resetModules();
  const [lazy, lint, validators, cache, redos, recheck] = await Promise.all([
    import('../../src/core/lazy.js'),
    import('../../src/lint/index.js'),
    import('../../src/lint/validators.js'),
    import('../../src/lint/validator-cache.js'),
    import('../../src/lint/filter/redos-verdict.js'),
    import('../../src/lint/filter/recheck.js'),
  ]);
  await recheck.loadRecheck();
  return { lazy, lint, validators, cache, redos };
}

describe('the stage run again once ajv is loaded', () => {
  it('answers as one run with the compiler loaded up front, with the ReDoS budget the pattern met', async () => {
    // A run budget of 1 ms: the pattern is cut short by it, in the first run of the stage.
    const once = await freshModules();
    await once.validators.loadValidatorCompiler();
    once.redos.startRedosRun(1);
    const expected = once.lint.lintContracts(contracts());
    const expectedBudget = once.redos.redosBudgetLeft();
    expect(expected.filter((f) => f.rule !== 'unknown-attribute').map((f) => f.rule)).toEqual([
      'regex-redos-unknown',
      'example-invalid',
    ]);
    expect(expected[0]!.message).toContain("left of this run's ReDoS budget");

    const twice = await freshModules();
    twice.cache.useValidatorCache(mkdtempSync(join(dir, 'kept-')));
    twice.redos.startRedosRun(1);
    let runs = 0;
    const found = await twice.lazy.whenLoaded(() => {
      runs++;
      return twice.lint.lintContracts(contracts());
    });
    expect(runs).toBe(2); // the schema had no kept validator: the stage met it, and ran again
    expect(found).toEqual(expected);
    expect(twice.redos.redosBudgetLeft().checked).toBe(expectedBudget.checked);
  });
});
