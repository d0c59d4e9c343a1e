// filter-invalid: the file is checked against schemas/event-filter.schema.json, the same schema
// editors use for completion.

import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { metaFindings } from '../ajv.js';
// Compiled ahead of time (scripts/gen-validators.mjs): compiling it here cost ~100 ms of every start.
import generated from '../generated/event-filter-validator.js';

export const rules = defineRules({
  filterInvalid: {
    id: 'filter-invalid',
    raisedBy: () => checkMeta,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'The file is a well-formed CXone event filter (schemas/event-filter.schema.json).',
    doc:
      'An event filter file has `name`, `channel`, and optionally `matchers` (each `{attribute, operator, value}`), ' +
      '`pattern_rules` (each `{type, field, pattern}`), `target_group_id` (null for no group, as the platform allows) and `description`, and nothing ' +
      'else. This rule reports every place where the file does not fit schemas/event-filter.schema.json - a missing ' +
      'or misspelt key, a value of the wrong kind - except problems a more specific rule (unknown-channel, ' +
      'unknown-operator, unknown-pattern-type, operator-value-type) already reports. Add ' +
      '`# yaml-language-server: $schema=<path to>/schemas/event-filter.schema.json` at the top of the file to get the ' +
      'same checks and completion in the editor.',
    fix: 'Correct the value at the reported place as the message says; the editor schema shows the allowed keys and values.',
  },
});

const validate = generated as unknown as ValidateFunction;

export function metaErrors(contract: Contract): readonly ErrorObject[] {
  return validate(contract.doc) ? [] : [...(validate.errors ?? [])];
}

export function checkMeta(contract: Contract, covered: ReadonlySet<string>): Finding[] {
  return metaFindings(rules.filterInvalid, contract, metaErrors(contract), covered);
}
