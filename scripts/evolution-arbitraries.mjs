// Generators and the soundness property of the schema-evolution engine, shared by the property
// tests (test/evolution/soundness.test.ts, through test/evolution/arbitraries.ts) and the long run
// (scripts/soundness.mjs). Plain ESM so that both vitest and plain Node load it; types are in
// evolution-arbitraries.d.mts beside it.
//
// A trial is (old schema, mutations, choice streams); each concern has its module under
// ./evolution-arbitraries/, and this file re-exports their public names:
// - vocabulary.mjs: the tiny shared vocabularies (property names, patterns, numbers, enum pool);
// - json.mjs: helpers on JSON values (copy, canonical form, deep equality);
// - documents.mjs: the OLD schema (random draft-07 documents) and the walk over its subschemas;
// - mutations.mjs: the NEW schema (the old one after 1-3 mutations);
// - events.mjs: EVENTS decoded from choice streams by a generator that reads the schema, and the
//   trial arbitrary;
// - property.mjs: the property (backward soundness), the ajv oracle's options, failure reports
//   (the oracle's dialects — draft-04 by ajv-draft-04 — are in ../evolution-scopes.mjs).
// Import from this file (its types are in evolution-arbitraries.d.mts), not from the modules.

export {
  dialectOf,
  dialectUnsafe,
  draft04Ajv,
  oracleSchema,
  resolveRef,
  scopesOf,
  UNDEFINED_KEYWORDS,
  withDialects,
} from './evolution-scopes.mjs';
export {
  COUNTS,
  DEFS,
  MULTIPLES,
  NAMES,
  NUMBERS,
  PATTERN_KEYS,
  PATTERN_SAMPLES,
  PATTERNS,
  POOL,
  REFS,
  TYPES,
} from './evolution-arbitraries/vocabulary.mjs';
export {
  chainDocumentArb,
  dialectDocumentArb,
  documentArb,
  leafArb,
  nodeArb,
  repairRefs,
  scopedDocumentArb,
  subschemaSlots,
  typeArb,
} from './evolution-arbitraries/documents.mjs';
export { KEYWORDS, mutate, mutationArb } from './evolution-arbitraries/mutations.mjs';
export { constantsOf, eventFrom, streamArb, streamsArb, trialArb } from './evolution-arbitraries/events.mjs';
export { canonical } from './evolution-arbitraries/json.mjs';
export {
  AJV_OPTIONS,
  differingKeywords,
  makeSoundness,
  minimizeEvent,
  oracleUnsafe,
  report,
} from './evolution-arbitraries/property.mjs';
