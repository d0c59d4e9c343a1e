// The deploy's circuit breaker and progress lines, against the emulator on loopback: when every
// write fails the same way (no write scope: 403; the platform answering 5xx past the retries) the
// run stops after BREAKER_THRESHOLD of them, reports the rest as not-attempted, and a re-run with
// the cause fixed converges. Progress: one line per finished operation, as it happens.

import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../src/core/contract.js';
import type { PlanItem } from '../../../src/core/report.js';
import { CxoneClient } from '../../../src/cxone/index.js';
import { DEFAULT_CLIENT, type Emulator } from '../../../src/emulator/index.js';
import { applyDeploy, readDeployLive, type DeployOptions } from '../../../src/modes/deploy/index.js';
import { Breaker, BREAKER_THRESHOLD } from '../../../src/modes/deploy/breaker.js';
import { formatDeploy } from '../../../src/report/deploy-text.js';
import { progressLine } from '../../../src/report/deploy-progress.js';
import type { DeployOperation } from '../../../src/modes/deploy/types.js';
import type { Settings } from '../../../src/settings/types.js';
import { filter, schema } from '../../emulator/helpers.js';
import { contract, emulatorPerTest, liveSchema } from './helpers.js';

const settings = { maxConcurrency: 1, activationTimeoutSeconds: 5 } as Settings;
const SEED = { schemas: [schema('Account', '1.0.0')], filters: [], groups: {} };
// Ten new schemas, an update, two new filters in a group: 13 items.
const REPO: Contract[] = [
  ...Array.from({ length: 10 }, (_, i) => contract('schema', schema(`New${String(i).padStart(2, '0')}`, '1.0.0'))),
  contract('schema', schema('Account', '1.1.0', { note: { type: 'string' } })),
  contract('filter', filter('Billing', { target_group_id: 'grp-1' })),
  contract('filter', filter('Refunds', { channel: 'email', target_group_id: 'grp-1' })),
];
const READ_ONLY = {
  clientId: 'reader',
  clientSecret: 'reader-secret',
  scopes: ['eventbridge:schemas:read', 'event-processing:read'],
};

const start = emulatorPerTest(SEED);
const writes = (em: Emulator) =>
  em.requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && !r.path.endsWith('/oauth/token'));

async function deploy(cx: CxoneClient, extra: Partial<DeployOptions> = {}) {
  return applyDeploy(REPO, await readDeployLive(cx), { client: cx, settings, pollIntervalMs: 10, ...extra });
}

describe('circuit breaker', () => {
  it('no write scope: stops after the threshold of 403s, the rest not-attempted; a re-run with the scope converges', async () => {
    const { em, cx } = await start(
      { clients: [DEFAULT_CLIENT, READ_ONLY] },
      { clientId: READ_ONLY.clientId, clientSecret: READ_ONLY.clientSecret },
    );
    const result = await deploy(cx);
    expect(writes(em)).toHaveLength(BREAKER_THRESHOLD);
    expect(writes(em).every((r) => r.status === 403)).toBe(true);
    const failed = result.operations.filter((o) => o.outcome === 'failed');
    expect(failed).toHaveLength(BREAKER_THRESHOLD);
    // the items left, and the group assignment that follows them
    expect(result.notAttempted).toBe(REPO.length - BREAKER_THRESHOLD + 1);
    // every item is accounted for: failed or not-attempted, none silently dropped
    expect(new Set(result.operations.map((o) => o.name))).toEqual(new Set([...REPO.map((c) => c.name), 'grp-1']));
    expect(
      result.operations
        .filter((o) => o.outcome === 'not-attempted')
        .every(
          (o) => o.attempts === 0 && /the deploy stopped after 3 writes in a row were refused with 403/.test(o.error!),
        ),
    ).toBe(true);
    expect(result.stopped).toMatch(/^3 writes in a row were refused with 403: .*eventbridge:schemas:write/);
    expect(result.deployed).toBe(false);
    const text = formatDeploy(result);
    expect(text.trim().split('\n').at(-1)).toMatch(
      /^deploy stopped: 3 writes in a row were refused with 403.* — 11 item\(s\) not attempted; fix the cause and re-run/,
    );
    expect(text).toContain('not-attempted: 11 item(s): schema New03, schema New04');

    // the scope granted: the same deploy converges
    await cx.close();
    const full = new CxoneClient({
      baseUrl: em.url,
      tokenUrl: em.tokenUrl,
      clientId: DEFAULT_CLIENT.clientId,
      clientSecret: DEFAULT_CLIENT.clientSecret,
    });
    try {
      const rerun = await deploy(full);
      expect(rerun).toMatchObject({ deployed: true, failed: 0, notAttempted: 0, created: 12, updated: 1 });
      expect(liveSchema(em, 'Account')!.doc.cxoneVersion).toBe('1.1.0');
    } finally {
      await full.close();
    }
  });

  it('every write answered 5xx past the retries: stops after the threshold, names the platform as the cause', async () => {
    const { em, cx } = await start({ faults: { seed: 7, rate5xx: 1, methods: ['POST', 'PUT'] } }, { maxRetries: 1 });
    const result = await deploy(cx);
    expect(result.operations.filter((o) => o.outcome === 'failed')).toHaveLength(BREAKER_THRESHOLD);
    expect(result.notAttempted).toBe(REPO.length - BREAKER_THRESHOLD + 1);
    expect(result.stopped).toMatch(/^3 writes in a row failed on the platform's side/);
    // nothing past the threshold reached the platform
    const names = new Set(writes(em).map((r) => r.path));
    expect(names.size).toBeLessThanOrEqual(BREAKER_THRESHOLD);
  });

  it('failures of different kinds, or a write that lands between them, do not trip it; operations that sent no write change nothing', () => {
    const op = (outcome: DeployOperation['outcome'], status?: number, attempts = 1): DeployOperation => ({
      timestamp: '',
      operation: 'update',
      kind: 'schema',
      name: 'x',
      latencyMs: 0,
      attempts,
      outcome,
      ...(status ? { status } : {}),
    });
    const b = new Breaker(3);
    for (const o of [
      op('failed', 403),
      op('failed', 403),
      op('failed', 503),
      op('failed', 403),
      op('applied'),
      op('failed', 403),
      op('failed', 403),
      op('failed', 400),
      op('conflict', 412),
    ])
      b.record(o);
    expect(b.open).toBe(false);
    // unchanged items and a validation that failed before any write sit between the refusals: still three in a row
    b.record(op('failed', 403));
    b.record(op('unchanged', undefined, 0));
    b.record(op('failed', 503, 0));
    b.record(op('failed', 403));
    expect(b.open).toBe(false);
    b.record(op('failed', 403));
    expect(b.open).toBe(true);
  });

  it('items the plan found unchanged are reported unchanged, not not-attempted, after the breaker opened', async () => {
    const { cx } = await start(
      { clients: [DEFAULT_CLIENT, READ_ONLY] },
      { clientId: READ_ONLY.clientId, clientSecret: READ_ONLY.clientSecret },
    );
    // Account unchanged, and listed after the new schemas that fail
    const repo = [...REPO.slice(0, 4), contract('schema', schema('Account', '1.0.0'))];
    const plan: PlanItem[] = [{ kind: 'schema', name: 'Account', file: 'a.yaml', action: 'unchanged', reasons: [] }];
    const result = await applyDeploy(repo, await readDeployLive(cx), {
      client: cx,
      settings,
      pollIntervalMs: 10,
      plan,
    });
    expect(result.operations.map((o) => `${o.name} ${o.outcome}`)).toEqual([
      'New00 failed',
      'New01 failed',
      'New02 failed',
      'New03 not-attempted',
      'Account unchanged',
    ]);
  });
});

describe('progress', () => {
  it('one line per finished operation, numbered by item as they finish, groups after', async () => {
    const { cx } = await start();
    const lines: string[] = [];
    const result = await deploy(cx, { onProgress: (op, at) => lines.push(progressLine(op, at)) });
    expect(lines).toHaveLength(result.operations.length);
    expect(lines[0]).toBe('[1/13] created schema New00 1.0.0');
    expect(lines).toContain('[11/13] updated schema Account 1.0.0 → 1.1.0');
    expect(lines.filter((l) => l.startsWith('[12/13] '))).toEqual([
      '[12/13] created filter Billing',
      '[12/13] activated filter Billing (ACTIVE)',
    ]);
    expect(lines.at(-1)).toBe('[group 1/1] assigned group grp-1');
  });
});
