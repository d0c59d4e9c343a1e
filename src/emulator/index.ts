// The CXone platform emulator: a real HTTP server on loopback implementing cxone-api.md, for
// users' offline workflows, the demo, and our tests. See README notes in each module.

export { startEmulator, DEFAULT_CLIENT, TOKEN_PATH } from './server.js';
export { runEmulatorCommand } from './cli.js';
export { filterConflictStatus } from './filters.js';
export { etagOf, schemaEtag, filterEtag } from './state.js';
export { prng } from './faults.js';
export { REFERENCE_VARIANT, VARIANTS, type AuditShape, type PlatformVariant } from './variant.js';
export {
  ALL_SCOPES,
  type AuditEntry,
  type Emulator,
  type EmulatorClientCredentials,
  type EmulatorFaults,
  type EmulatorOptions,
  type EmulatorSeedData,
  type EmulatorState,
  type FilterStatus,
  type IssuedToken,
  type RequestRecord,
  type StoredFilter,
  type StoredSchema,
} from './types.js';
