// payload-too-large and too-many-properties: the registry's ingestion limits (cxone-api.md).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { isRecord, report } from '../context.js';
import { thousands } from '../../core/thousands.js';

export const MAX_SCHEMA_BYTES = 262_144;
export const MAX_TOP_LEVEL_PROPERTIES = 150;

export const rules = defineRules({
  payloadTooLarge: {
    id: 'payload-too-large',
    raisedBy: () => checkLimits,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'The schema serialized as compact UTF-8 JSON is at most 256 KiB (262,144 bytes).',
    doc:
      'The registry measures a schema as compact JSON in UTF-8 and rejects anything over 262,144 bytes with a 400. ' +
      'YAML comments and indentation do not count, but long descriptions, big enums and inlined copies of shared ' +
      'structures do.',
    fix: 'Shorten descriptions and enums, reuse shared structures through definitions and $ref, or split the event into several schemas.',
  },
  tooManyProperties: {
    id: 'too-many-properties',
    raisedBy: () => checkLimits,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'The schema declares at most 150 top-level properties.',
    doc:
      'The registry rejects a schema with more than 150 top-level properties. Nested properties do not count, so ' +
      'grouping related fields into objects keeps a large event within the limit.',
    fix: 'Group related fields into nested objects (e.g. customer.*, agent.*) or split the event.',
  },
});

export function checkLimits(contract: Contract): Finding[] {
  const out: Finding[] = [];
  // Compact JSON, as the platform measures it; only data from YAML reaches here, so it serializes.
  const bytes = Buffer.byteLength(JSON.stringify(contract.doc), 'utf8');
  if (bytes > MAX_SCHEMA_BYTES) {
    out.push(
      report(
        rules.payloadTooLarge,
        contract,
        [],
        `schema is ${thousands(bytes)} bytes as compact JSON; the platform accepts at most ${thousands(MAX_SCHEMA_BYTES)} (256 KiB)`,
      ),
    );
  }
  const props = contract.doc.properties;
  if (isRecord(props)) {
    const n = Object.keys(props).length;
    if (n > MAX_TOP_LEVEL_PROPERTIES) {
      out.push(
        report(
          rules.tooManyProperties,
          contract,
          ['properties'],
          `schema has ${n} top-level properties; the platform accepts at most ${MAX_TOP_LEVEL_PROPERTIES}`,
        ),
      );
    }
  }
  return out;
}
