// example-invalid: an example event in the schema file must be an event the schema accepts.

import type { ValidateFunction } from 'ajv';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { explainErrors } from '../ajv.js';
import { report } from '../context.js';
import { UnclearedRegexError } from '../regex.js';

export const rules = defineRules({
  exampleInvalid: {
    id: 'example-invalid',
    severity: 'error',
    summary: 'Every entry of the top-level `examples` validates against the schema.',
    doc:
      'Examples are what producers copy and what reviewers read to understand an event. An example that the schema ' +
      'rejects documents an event that can never be sent: either the example is stale (a field was renamed, made ' +
      'required or narrowed) or the schema does not say what was meant.',
    fix: 'Update the example to a valid event, or correct the schema if the example shows the intended event.',
  },
});

/** At most this many ajv errors per example: the first few say what is wrong. */
const MAX_ERRORS = 3;

/**
 * An example that reaches a regex the ReDoS authority did not clear is not validated (the validator
 * refuses to run it); schema-pattern-redos or -unknown on the pattern says so.
 */
export function checkExamples(contract: Contract, validate: ValidateFunction): Finding[] {
  const examples = contract.doc.examples;
  if (!Array.isArray(examples)) return [];
  const out: Finding[] = [];
  examples.forEach((example, i) => {
    if (validated(validate, example)) return;
    const errors = validate.errors ?? [];
    const text = explainErrors(errors.slice(0, MAX_ERRORS), 'event');
    const more = errors.length > MAX_ERRORS ? ` (and ${errors.length - MAX_ERRORS} more)` : '';
    out.push(report(rules.exampleInvalid, contract, ['examples', i], `example ${i} does not validate against the schema: ${text}${more}`));
  });
  return out;
}

/** True when valid, or when validating would run a regex that was not cleared (not judged). */
function validated(validate: ValidateFunction, example: unknown): boolean {
  try {
    return validate(example) === true;
  } catch (err) {
    if (err instanceof UnclearedRegexError) return true;
    throw err;
  }
}
