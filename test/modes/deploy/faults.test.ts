// The deploy fault matrix (issue 5): a 429 storm, 503 bursts, connection resets before and after
// the server applied a write, stalls past the request timeout, and token expiry mid-run. Every run
// must end either with live == repo, or with an explicit list of what was not applied (never a
// silent gap); a fault-free re-run must then converge; and the writes the deploy reports must match
// the emulator's own audit log one to one.
//
// "One to one" with unknown outcomes: a write whose answer was lost (reset after the handler ran,
// or a stall the client gave up on, which the emulator still applies when the stall ends) is in
// the audit as `unknownOutcomes`. Per item, the emulator's count of writes is then at least the
// applied ones and at most applied + unknown; with no unknown outcome, exactly the applied ones.

import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../src/core/contract.js';
import type { CxoneClient } from '../../../src/cxone/index.js';
import type { Emulator, EmulatorFaults } from '../../../src/emulator/index.js';
import { applyDeploy, readDeployLive, type DeployResult } from '../../../src/modes/deploy/index.js';
import type { Settings } from '../../../src/settings/types.js';
import { filter, schema } from '../../emulator/helpers.js';
import { contract, emulatorPerTest, liveFilter, liveSchema } from './helpers.js';

const settings = { maxConcurrency: 3, activationTimeoutSeconds: 5 } as Settings;

// Live: schema Account 1.0.0; filter Billing (ACTIVE, old matcher) in grp-1.
const SEED = {
  schemas: [schema('Account', '1.0.0')],
  filters: [{ id: 'flt-live1', ...filter('Billing') }],
  groups: { 'grp-1': ['flt-live1'] },
};

// Repo: Account 1.1.0 (update), new Order and Invoice; Billing changed (grp-1), new Refunds (grp-2) and Sales (grp-1).
const REPO: Contract[] = [
  contract('schema', schema('Account', '1.1.0', { note: { type: 'string' } })),
  contract('schema', schema('Order', '1.0.0')),
  contract('schema', schema('Invoice', '1.0.0', { total: { type: 'number' } })),
  contract('filter', filter('Billing', { matchers: [{ attribute: 'queue', operator: 'equals', value: 'billing-2' }] })),
  contract('filter', filter('Refunds', { channel: 'email', target_group_id: 'grp-2' })),
  contract('filter', filter('Sales', { channel: 'sms' })),
];

/** Real sleeps, but a server's Retry-After (1 s) is cut short so each case stays fast. */
const shortSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 60)));

const start = emulatorPerTest(SEED, { maxRetries: 10, backoffBaseMs: 5, backoffMaxMs: 40, sleep: shortSleep });

/** Reads only, so a read that ran out of retries is simply repeated (what a user re-running would do). */
async function readLive(cx: CxoneClient): Promise<Awaited<ReturnType<typeof readDeployLive>>> {
  for (let i = 0; ; i++) {
    try {
      return await readDeployLive(cx);
    } catch (err) {
      if (i >= 4) throw err;
    }
  }
}

async function deploy(cx: CxoneClient): Promise<DeployResult> {
  return applyDeploy(REPO, await readLive(cx), { client: cx, settings, pollIntervalMs: 10 });
}

/** The contracts whose live state differs from the repo (content, ACTIVE, group membership), with why. */
function gaps(em: Emulator): { name: string; why: string }[] {
  const out: { name: string; why: string }[] = [];
  for (const c of REPO) {
    if (c.kind === 'schema') {
      const s = liveSchema(em, c.name);
      if (!s) out.push({ name: c.name, why: 'missing' });
      else if (!isEqual(s.doc, c.doc)) out.push({ name: c.name, why: 'content differs' });
      continue;
    }
    const f = liveFilter(em, c.name);
    if (!f) out.push({ name: c.name, why: 'missing' });
    else if (!isEqual(f.doc, c.doc)) out.push({ name: c.name, why: 'content differs' });
    else if (f.status !== 'ACTIVE') out.push({ name: c.name, why: `status ${f.status}` });
    else if (!(em.state.groups.get(String(c.doc.target_group_id)) ?? []).includes(f.id))
      out.push({ name: c.name, why: `not in ${String(c.doc.target_group_id)}` });
  }
  return out;
}

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** Either live == repo and deployed, or every gap is reported as conflict/failed with an error. */
function expectLiveOrExplicit(em: Emulator, result: DeployResult): void {
  const missing = gaps(em);
  const reported = result.operations.filter((o) => o.outcome === 'conflict' || o.outcome === 'failed');
  for (const o of reported) expect(o.error, `${o.operation} ${o.kind} ${o.name} has no error message`).toMatch(/\S/);
  // the breaker may stop a run under a fault storm: what it left is listed, never silently dropped
  for (const o of result.operations.filter((x) => x.outcome === 'not-attempted'))
    expect(o.error).toMatch(/not attempted: the deploy stopped after/);
  if (result.deployed) {
    expect(missing).toEqual([]);
    expect(reported).toEqual([]);
    return;
  }
  expect(reported.length).toBeGreaterThan(0);
  expect(result.failed + result.conflicts).toBe(reported.length);
  for (const gap of missing) {
    const c = REPO.find((x) => x.name === gap.name)!;
    const group = c.kind === 'filter' ? String(c.doc.target_group_id) : undefined;
    const explained = reported.some(
      (o) => o.name === gap.name || (gap.why.startsWith('not in') && o.kind === 'group' && o.name === group),
    );
    expect(
      explained,
      `${gap.name} (${gap.why}) is not applied but not reported: ${JSON.stringify(result.operations)}`,
    ).toBe(true);
  }
}

/**
 * Create/update/assign operations versus the emulator's API audit entries since `from`: one to one
 * (see the header).
 */
function expectAuditOneToOne(em: Emulator, result: DeployResult, from: number): void {
  const key = (o: DeployResult['operations'][number]) =>
    o.operation === 'assign-group' ? `assign group ${o.name}` : `${o.operation} ${o.kind} ${o.name}`;
  const logged = new Map<string, number>();
  for (const e of em.state.audit.slice(from).filter((x) => x.source === 'api')) {
    const k = `${e.action} ${e.entity_kind} ${e.entity_kind === 'group' ? e.entity_id : e.entity_name}`;
    logged.set(k, (logged.get(k) ?? 0) + 1);
  }
  const writes = result.operations.filter((o) => o.operation !== 'activate');
  for (const o of writes) {
    const applied = o.outcome === 'applied' ? 1 : 0;
    const count = logged.get(key(o)) ?? 0;
    const unknown = o.unknownOutcomes ?? 0;
    expect(unknown, `${key(o)}: unknownOutcomes must be counted within attempts`).toBeLessThanOrEqual(o.attempts);
    expect(
      count,
      `${key(o)} is ${o.outcome} with ${unknown} unknown outcome(s); the emulator logged ${count}`,
    ).toBeGreaterThanOrEqual(applied);
    expect(
      count,
      `${key(o)} is ${o.outcome} with ${unknown} unknown outcome(s); the emulator logged ${count}`,
    ).toBeLessThanOrEqual(applied + unknown);
    logged.delete(key(o));
  }
  // nothing the deploy did not report
  expect([...logged.keys()]).toEqual([]);
}

/** Run under faults, then turn the faults off (the injector reads its config on every request) and re-run. */
async function matrixCase(em: Emulator, cx: CxoneClient, faults: EmulatorFaults | undefined): Promise<DeployResult> {
  const first = await deploy(cx);
  expectLiveOrExplicit(em, first);
  expectAuditOneToOne(em, first, 0);

  if (faults) Object.assign(faults, { rate429: 0, rate5xx: 0, rateReset: 0, rateStall: 0, rateResetAfter: 0 });
  // A stalled request the client gave up on still lands when its stall ends: let it, before the re-run.
  if (faults?.rateStall) await new Promise((resolve) => setTimeout(resolve, (faults.stallMs ?? 0) + 300));
  const mark = em.state.audit.length;
  const second = await deploy(cx);
  expect(second.operations.filter((o) => o.outcome === 'failed' || o.outcome === 'conflict')).toEqual([]);
  expect(second.deployed).toBe(true);
  expect(gaps(em)).toEqual([]);
  expectAuditOneToOne(em, second, mark);
  // no duplicates were ever created
  for (const c of REPO) {
    const same =
      c.kind === 'schema'
        ? [...em.state.schemas.values()].filter((s) => s.doc.title === c.name)
        : [...em.state.filters.values()].filter((f) => f.doc.name === c.name);
    expect(same).toHaveLength(1);
  }
  return first;
}

const injected = (em: Emulator, kind: string) => em.requests.filter((r) => r.fault === kind).length;

describe('deploy fault matrix', () => {
  it('a 429 storm with a rate limit', async () => {
    const faults: EmulatorFaults = { seed: 429, rate429: 0.5 };
    const { em, cx } = await start({ faults, rateLimitPerSecond: 40 });
    await matrixCase(em, cx, faults);
    expect(injected(em, '429')).toBeGreaterThan(5);
  });

  it('503 bursts', async () => {
    const faults: EmulatorFaults = { seed: 503, rate5xx: 0.3 };
    const { em, cx } = await start({ faults });
    await matrixCase(em, cx, faults);
    expect(injected(em, '5xx')).toBeGreaterThan(3);
    // a create refused with 5xx is looked up, not blindly repeated: no duplicates (checked above)
  });

  it('connection resets (injected before the handler)', async () => {
    const faults: EmulatorFaults = { seed: 7, rateReset: 0.2 };
    const { em, cx } = await start({ faults });
    await matrixCase(em, cx, faults);
    expect(injected(em, 'reset')).toBeGreaterThan(2);
  });

  it('connection resets after the server applied the write (the answer is lost)', async () => {
    const faults: EmulatorFaults = { seed: 11, rateResetAfter: 0.3, methods: ['PUT', 'POST'] };
    const { em, cx } = await start({ faults });
    const first = await matrixCase(em, cx, faults);
    expect(injected(em, 'reset-after')).toBeGreaterThan(0);
    // at least one write landed with its answer lost, and was recognised as applied by re-reading
    expect(first.operations.some((o) => o.outcome === 'applied' && (o.unknownOutcomes ?? 0) > 0)).toBe(true);
  });

  // Seed 2 stalls a schema PUT, a filter PUT and a group PUT (the write with no If-Match: it must
  // not be repeated blindly, or a late duplicate could overwrite a newer membership list).
  it('stalls of writes past the request timeout: the late write lands after the client gave up', async () => {
    const faults: EmulatorFaults = { seed: 2, rateStall: 0.3, stallMs: 1500, methods: ['PUT', 'POST'] };
    const { em, cx } = await start({ faults }, { requestTimeoutMs: 300 });
    const first = await matrixCase(em, cx, faults);
    expect(em.requests.filter((r) => r.fault === 'stall' && r.method === 'PUT').length).toBeGreaterThan(0);
    expect(first.operations.some((o) => (o.unknownOutcomes ?? 0) > 0)).toBe(true);
  });

  it('token expiry mid-run: the emulator clock jumps past the token lifetime', async () => {
    let skewMs = 0;
    let calls = 0;
    const now = () => {
      // every 25th look at the clock moves it forward by an hour: each token in use expires
      if (++calls % 25 === 0) skewMs += 3_600_000;
      return new Date(Date.now() + skewMs);
    };
    const { em, cx } = await start({ tokenTtlSeconds: 600, now });
    await matrixCase(em, cx, undefined);
    expect(em.requests.filter((r) => r.status === 401).length).toBeGreaterThan(0);
  });
});
