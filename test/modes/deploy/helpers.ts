// What the deploy tests share: contracts built from documents, an emulator and client per test, and
// lookups in the emulator's state.

import { afterEach } from 'vitest';
import type { Contract } from '../../../src/core/contract.js';
import { CxoneClient, type ClientOptions } from '../../../src/cxone/index.js';
import {
  DEFAULT_CLIENT,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorSeedData,
} from '../../../src/emulator/index.js';

export function contract(kind: 'schema' | 'filter', doc: Record<string, unknown>): Contract {
  const name = String(kind === 'schema' ? doc.title : doc.name);
  return { kind, name, file: `cxone/${kind}s/${name}.yaml`, doc, locate: () => ({ line: 1, column: 1 }) };
}

export const liveSchema = (em: Emulator, title: string) =>
  [...em.state.schemas.values()].find((s) => s.doc.title === title);
export const liveFilter = (em: Emulator, name: string) =>
  [...em.state.filters.values()].find((f) => f.doc.name === name);

/**
 * `start(emulatorOptions, clientOptions)` for each test of the calling file: an emulator seeded with
 * (a fresh copy of) `seed` and a client for it, both closed after the test.
 */
export function emulatorPerTest(seed: EmulatorSeedData, clientDefaults: Partial<ClientOptions> = {}) {
  let emulator: Emulator | undefined;
  let client: CxoneClient | undefined;
  afterEach(async () => {
    await client?.close();
    await emulator?.close();
    client = undefined;
    emulator = undefined;
  });
  return async (
    opts: EmulatorOptions = {},
    clientOpts: Partial<ClientOptions> = {},
  ): Promise<{ em: Emulator; cx: CxoneClient }> => {
    emulator = await startEmulator({ seed: structuredClone(seed), activationDelayMs: 20, ...opts });
    client = new CxoneClient({
      baseUrl: emulator.url,
      tokenUrl: emulator.tokenUrl,
      clientId: DEFAULT_CLIENT.clientId,
      clientSecret: DEFAULT_CLIENT.clientSecret,
      ...clientDefaults,
      ...clientOpts,
    });
    return { em: emulator, cx: client };
  };
}
