// schema-invalid: the file is checked against schemas/event-schema.schema.json, the same schema
// editors use for completion, so the editor and the check agree.

import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { metaFindings } from '../ajv.js';
// Compiled ahead of time (scripts/gen-validators.mjs): compiling it here cost ~100 ms of every start.
import generated from '../generated/event-schema-validator.js';

export const rules = defineRules({
  schemaInvalid: {
    id: 'schema-invalid',
    raisedBy: () => checkMeta,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'The file is a well-formed CXone event schema (schemas/event-schema.schema.json).',
    doc:
      'An event schema file is a draft-07 JSON Schema with the platform fields `type: object`, `title`, ' +
      '`description`, `cxoneVersion`, `properties` and `additionalProperties: false`. This rule reports every place ' +
      'where the file does not fit schemas/event-schema.schema.json - a missing field, a keyword with the wrong kind ' +
      'of value, `$schema` other than draft-07 - except problems that a more specific rule (unsupported-type, ' +
      'invalid-version, too-many-properties, additional-properties-not-false) already reports. Add ' +
      '`# yaml-language-server: $schema=<path to>/schemas/event-schema.schema.json` at the top of the file to get the ' +
      'same checks and completion in the editor.',
    fix: 'Correct the value at the reported place as the message says; the editor schema shows the allowed values.',
  },
});

const validate = generated as unknown as ValidateFunction;

/** The raw meta-validation errors (empty when the file is structurally a valid event schema). */
export function metaErrors(contract: Contract): readonly ErrorObject[] {
  return validate(contract.doc) ? [] : [...(validate.errors ?? [])];
}

/** Findings for `errors`, leaving out what the specific rules already reported at `covered` pointers. */
export function checkMeta(contract: Contract, errors: readonly ErrorObject[], covered: ReadonlySet<string>): Finding[] {
  return metaFindings(rules.schemaInvalid, contract, errors, covered);
}
