// example-invalid: an example event in the schema file must be an event the schema accepts;
// example-unchecked: a schema whose validation could take exponential time gets its examples unchecked.

import type { Contract } from '../../core/contract.js';
import { excessiveFanOut, MAX_FAN_OUT } from '../../core/fan-out.js';
import type { Finding } from '../../core/finding.js';
import { resolvePointer } from '../../core/pointer.js';
import { defineRules } from '../../core/rule.js';
import { explainEach } from '../ajv.js';
import { isRecord, report } from '../context.js';
import { UnclearedRegexError } from '../regex.js';
import { thousands } from '../../core/thousands.js';
import type { Compiled } from '../validators.js';

type Validator = Extract<Compiled, { ok: true }>;

export const rules = defineRules({
  exampleInvalid: {
    id: 'example-invalid',
    raisedBy: () => checkExamples,
    test: 'test/lint/schema-patterns.test.ts',
    severity: 'error',
    summary: 'Every entry of the top-level `examples` validates against the schema, `format` included.',
    doc:
      'Examples are what producers copy and what reviewers read to understand an event. An example that the schema ' +
      'rejects documents an event that can never be sent: either the example is stale (a field was renamed, made ' +
      'required or narrowed) or the schema does not say what was meant. `format` is checked as the compatibility ' +
      'check reads it, as an assertion (date, time, date-time, email, hostname, ipv4, ipv6, uri, uuid and the other ' +
      'draft-07 formats). Each problem is reported on its own, at the value in the example it is about.',
    fix: 'Update the example to a valid event, or correct the schema if the example shows the intended event.',
  },
  exampleUnchecked: {
    id: 'example-unchecked',
    raisedBy: () => checkExamples,
    test: 'test/lint/schema.test.ts',
    severity: 'warning',
    summary: 'The examples were not validated: one validation could take exponential time.',
    doc:
      'A validator evaluates each subschema as often as the schema uses it. Definitions that each use the previous one ' +
      'more than once (`not: {if: prev, then: prev}`, two `anyOf` members naming the same definition, ...) multiply ' +
      'at every link, and one example nested as deep as the chain can keep ajv busy for minutes. Past ' +
      `${thousands(MAX_FAN_OUT)} ` +
      'evaluations of one event the examples are not validated (and no example event is searched for a breaking change).',
    fix: 'Refer to each definition once per subschema: factor what two branches share into one `allOf` member.',
  },
});

/** At most this many errors per example, and per file: the first few say what is wrong. */
const MAX_ERRORS = 10;
const MAX_FINDINGS = 100;

/**
 * An example that reaches a regex the ReDoS authority did not clear is not validated (the validator
 * refuses to run it); schema-pattern-redos or -unknown on the pattern says so. An example that is
 * not an object is schema-invalid already and is skipped; the others are still validated.
 */
export function checkExamples(contract: Contract, validate: Validator): Finding[] {
  const examples = contract.doc.examples;
  if (!Array.isArray(examples)) return [];
  if (examples.length > 0) {
    const said = excessiveFanOut(contract.doc);
    if (said !== undefined) {
      return [
        report(
          rules.exampleUnchecked,
          contract,
          '/examples',
          `the examples were not validated: one validation could evaluate subschemas ${said}`,
        ),
      ];
    }
  }
  const out: Finding[] = [];
  examples.forEach((example, i) => {
    if (!isRecord(example) || out.length >= MAX_FINDINGS || validated(validate, example)) return;
    const problems = explainEach(validate.errors(), example);
    const shown = problems.slice(0, MAX_ERRORS);
    shown.forEach(({ pointer, message }, k) => {
      // The value the problem is about, when it is in the example (a missing property: its object).
      const at = resolvePointer(example, pointer) !== undefined ? `/examples/${i}${pointer}` : `/examples/${i}`;
      const more =
        k === shown.length - 1 && problems.length > shown.length
          ? ` (and ${problems.length - shown.length} more problems in this example)`
          : '';
      out.push(
        report(
          rules.exampleInvalid,
          contract,
          at,
          `example ${i} does not validate against the schema: event${pointer} ${message}${more}`,
        ),
      );
    });
  });
  return out;
}

/** True when valid, or when validating would run a regex that was not cleared (not judged). */
function validated(validate: Validator, example: unknown): boolean {
  try {
    return validate.validate(example);
  } catch (err) {
    if (err instanceof UnclearedRegexError) return true;
    throw err;
  }
}
