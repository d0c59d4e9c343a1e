// Shared generators of the evolution engine's property tests. The implementation lives in
// scripts/evolution-arbitraries.mjs (plain ESM, so the long run scripts/soundness.mjs can use it
// against the compiled engine in lib/); this module gives it to the tests with types.

import { Ajv } from 'ajv';

import { AJV_OPTIONS, withDialects } from '../../scripts/evolution-arbitraries.mjs';

export * from '../../scripts/evolution-arbitraries.mjs';

/**
 * The oracle of the property: ajv, draft-07 (and draft-06, whose meta-schema it adds), formats not
 * validated (so `format` is never generated). See AJV_OPTIONS in scripts/evolution-arbitraries.mjs
 * for the two extra options. makeSoundness adds ajv-draft-04 for documents that declare draft-04.
 */
export function propertyAjv(): Ajv {
  return withDialects(new Ajv(AJV_OPTIONS));
}
