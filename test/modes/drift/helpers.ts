// Shared set-up of the drift and export tests: an emulator seeded with a small tenant, the tenant
// exported as the contract repo, and Settings pointing at the emulator.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CxoneClient } from '../../../src/cxone/index.js';
import {
  DEFAULT_CLIENT,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
} from '../../../src/emulator/index.js';
import { exportTenant } from '../../../src/modes/export/index.js';
import { buildSettings, type RawInputs, type Settings } from '../../../src/settings/index.js';
import { filter, schema } from '../../emulator/helpers.js';

export const SEED = {
  schemas: [
    schema('OrderPlaced', '1.0.0', { amount: { type: 'number', minimum: 0 } }),
    schema('OrderShipped', '1.2.0', { carrier: { type: 'string' } }),
    schema('CallEnded', '2.0.0', { duration: { type: 'integer' }, queue: { type: 'string' }, ani: { type: 'string' } }),
    schema('Retired', '1.0.0'),
    schema('AgentBusy', '1.0.0', { reason: { type: 'string' } }),
  ],
  filters: [
    { id: 'flt-vip', ...filter('vip_calls') },
    { id: 'flt-chat', ...filter('chat_abandonments', { channel: 'chat' }) },
    {
      id: 'flt-old',
      ...filter('old_queue', { matchers: [{ attribute: 'queue', operator: 'equals', value: 'legacy' }] }),
    },
    { id: 'flt-sms', ...filter('sms_updates', { channel: 'sms' }) },
  ],
  // Every filter is in the group it names: membership is part of what drift compares.
  groups: { 'grp-1': ['flt-vip', 'flt-chat', 'flt-old', 'flt-sms'] },
};

export async function tenant(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ seed: structuredClone(SEED), activationDelayMs: 10_000, ...options });
}

export function client(em: Emulator): CxoneClient {
  return new CxoneClient({
    baseUrl: em.url,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    backoffBaseMs: 1,
    backoffMaxMs: 5,
  });
}

/** A new directory holding the tenant's export: the repo "on the first day". */
export async function exportedRepo(em: Emulator): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-drift-'));
  const c = client(em);
  try {
    await exportTenant(c, dir);
  } finally {
    await c.close();
  }
  return dir;
}

export function settingsFor(em: Emulator, root: string, extra: RawInputs = {}): Promise<Settings> {
  return buildSettings(
    {
      mode: 'drift',
      root,
      'api-base-url': em.url,
      'client-id': DEFAULT_CLIENT.clientId,
      'client-secret': DEFAULT_CLIENT.clientSecret,
      ...extra,
    },
    { cwd: root },
  );
}

export const schemaByTitle = (s: EmulatorState, title: string) =>
  [...s.schemas.values()].find((x) => x.doc.title === title)!;
export const filterByName = (s: EmulatorState, name: string) =>
  [...s.filters.values()].find((x) => x.doc.name === name)!;
