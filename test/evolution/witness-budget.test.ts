// The work budget of witness searches (issue 11, item 7): a version may make one breaking change
// per member, and each search is linear in the event's size, so without a bound n changes cost
// n searches of n members. The budget is counted in characters of events checked, per contract
// and per run: deterministic, and every change past it still gets its finding, with a help
// that says no example was built because of the budget.
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/evolution/engine.js';
import {
  COMPILE_WORK_PER_CHAR,
  CONTRACT_WITNESS_WORK,
  judgeEach,
  type JudgeContext,
} from '../../src/evolution/judge.js';
import { findWitness, searchBaseCost } from '../../src/evolution/witness/index.js';

const base = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Wide',
  type: 'object',
  additionalProperties: false,
};
const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const props = (n: number, type: string) => Object.fromEntries(names(n).map((k) => [k, { type }]));

/** Live: only `id`; new: n more required integer members (n breaking changes in a closed model). */
function added(n: number) {
  const live = { ...base, required: ['id'], properties: { id: { type: 'string' } } };
  const next = {
    ...base,
    required: ['id', ...names(n)],
    properties: { id: { type: 'string' }, ...props(n, 'integer') },
  };
  return { live, next };
}

/** n required members, every one changing from string to integer. */
function retyped(n: number) {
  return {
    live: { ...base, required: names(n), properties: props(n, 'string') },
    next: { ...base, required: names(n), properties: props(n, 'integer') },
  };
}

/**
 * The same version with its members one level down, under `data`: within the platform's ingestion
 * limits (two top-level properties, a few KiB), so its witnesses are searched (a schema beyond
 * them gets none: ./wide-schemas.test.ts).
 */
function nested({ live, next }: { live: Record<string, unknown>; next: Record<string, unknown> }) {
  const down = (s: Record<string, unknown>) => ({
    ...base,
    required: ['data'],
    properties: {
      data: { type: 'object', additionalProperties: false, required: s.required, properties: s.properties },
    },
  });
  return { live: down(live), next: down(next) };
}

function judge(live: object, next: object, witnessBudget?: JudgeContext['witnessBudget']) {
  const changes = compareSchemas(live, next);
  return judgeEach(changes, {
    file: 'cxone/schemas/wide.yaml',
    contract: 'Wide',
    policy: 'additive',
    oldDoc: live,
    newDoc: next,
    witnessBudget,
  });
}

const BUDGET_HELP =
  /\(No example event \(search budget\): the searches for earlier changes spent the work allowed for example events\.\)$/;

describe('witness work budget', () => {
  it('800 added required members: every change is a finding, and searches stop once the contract budget is spent', () => {
    const { live, next } = nested(added(800));
    const run = { contracts: 10, work: Number.MAX_SAFE_INTEGER };
    const judged = judge(live, next, run);
    const findings = judged.map((j) => j.finding!);
    expect(findings).toHaveLength(800);
    expect(findings.every((f) => f.breaking && f.severity === 'error')).toBe(true);
    const spent = Number.MAX_SAFE_INTEGER - run.work;
    // At most the budget, plus what the one search that crossed it did before it noticed.
    expect(spent).toBeGreaterThanOrEqual(CONTRACT_WITNESS_WORK);
    expect(spent).toBeLessThan(CONTRACT_WITNESS_WORK * 1.1);
    const skipped = findings.filter((f) => BUDGET_HELP.test(f.help ?? ''));
    expect(skipped.length).toBeGreaterThan(400);
    // The skipped ones are the last ones, in change order.
    expect(findings.slice(-skipped.length)).toEqual(skipped);
    expect(findings.some((f) => /ran out during this search/.test(f.help ?? ''))).toBe(true);
  });

  it('is deterministic: the same changes get the same help twice', () => {
    const { live, next } = nested(retyped(200));
    const helps = () => judge(live, next, { contracts: 10 }).map((j) => j.finding?.help);
    expect(helps()).toEqual(helps());
  });

  it('a run budget shared by contracts: once spent, the next contract builds no example', () => {
    const a = retyped(3);
    // Enough to compile the two documents, and 10 units more.
    const run = { contracts: 10, work: searchBaseCost(a.live, a.next) * COMPILE_WORK_PER_CHAR + 10 };
    const first = judge(a.live, a.next, run);
    expect(first[0]!.finding!.help).toMatch(
      /\(No example event \(search budget\): the budget for building example events ran out during this search \(after 0 tries\)\.\)$/,
    );
    expect(first.slice(1).every((j) => BUDGET_HELP.test(j.finding!.help ?? ''))).toBe(true);
    const b = added(2);
    expect(judge(b.live, b.next, run).every((j) => BUDGET_HELP.test(j.finding!.help ?? ''))).toBe(true);
  });

  it('a pair too large to compile within the budget: no compilation, and every breaking change says so', () => {
    const a = retyped(3);
    const run = { contracts: 10, work: searchBaseCost(a.live, a.next) * COMPILE_WORK_PER_CHAR - 1 };
    const before = run.work;
    const judged = judge(a.live, a.next, run);
    expect(judged).toHaveLength(3);
    for (const j of judged) {
      expect(j.finding!.breaking).toBe(true);
      expect(j.finding!.help).toMatch(
        /\(No example event \(search budget\): compiling the two schemas \(\d+ KiB together\) for example events would cost more than the work allowed for them\.\)$/,
      );
    }
    expect(run.work).toBe(before); // nothing was spent: nothing was compiled
  });

  it('a real version is far from the budget and still gets its witness', () => {
    const live = {
      ...base,
      required: ['id', 'amount'],
      properties: { id: { type: 'string' }, amount: { type: 'number' }, note: { type: 'string' } },
    };
    const next = { ...live, properties: { ...live.properties, amount: { type: 'integer' } } };
    const run = { contracts: 10, work: Number.MAX_SAFE_INTEGER };
    const [j] = judge(live, next, run);
    expect(j!.finding!.witness).toEqual({ id: 'example', amount: 0.5 });
    expect(Number.MAX_SAFE_INTEGER - run.work).toBeLessThan(CONTRACT_WITNESS_WORK / 100);
  });

  it('findWitness charges each search its base cost and each event checked its size', () => {
    const { live, next } = retyped(2);
    const [change] = compareSchemas(live, next);
    const cost = searchBaseCost(live, next);
    expect(cost).toBe(JSON.stringify(live).length + JSON.stringify(next).length);
    const budget = { left: cost - 1 };
    const w = findWitness(live, next, change!, budget, cost);
    expect(w).toEqual({
      found: false,
      why: 'budget',
      reason: 'the budget for building example events ran out during this search (after 0 tries)',
      spent: true,
    });
    expect(budget.left).toBe(-1);
    // Without a budget the same search runs to its own end (the other change spoils every event).
    expect(findWitness(live, next, change!)).toMatchObject({
      found: false,
      why: 'other-changes',
      reason: expect.stringMatching(/also rejected for another change of this version: `type` at \/properties\/p\d/),
    });
  });
});
