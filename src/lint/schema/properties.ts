// required-not-in-properties, deprecated-not-in-properties, additional-properties-not-false:
// the registry's rules on how the top-level property names fit together (cxone-api.md).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { hasOwn, isRecord, report, show, type Path } from '../context.js';
import { toPointer } from '../../core/pointer.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  requiredNotInProperties: {
    id: 'required-not-in-properties',
    raisedBy: () => checkPropertyNames,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'Every name in `required` is declared in `properties`.',
    doc:
      'The registry rejects a schema whose top-level `required` names a property that `properties` does not declare: ' +
      'with `additionalProperties: false` no event could ever carry it, so the schema would reject every event. ' +
      'The same holds for nested objects that declare `properties` and `additionalProperties: false`, which this ' +
      'rule checks too. Usually the property was renamed or removed and `required` was not updated.',
    fix: 'Declare the property in `properties`, or remove the name from `required`.',
  },
  deprecatedNotInProperties: {
    id: 'deprecated-not-in-properties',
    raisedBy: () => checkPropertyNames,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'Every name in `x-cxone-deprecated-fields` is declared in `properties`.',
    doc:
      '`x-cxone-deprecated-fields` lists properties kept only so that consumers can migrate. The registry rejects the ' +
      'schema when a listed name is not declared in `properties`: a deprecated field is still part of the event ' +
      'until it is removed from both lists.',
    fix: 'Keep the property declared in `properties` while it is deprecated, or drop it from `x-cxone-deprecated-fields` once it is removed.',
  },
  additionalPropertiesNotFalse: {
    id: 'additional-properties-not-false',
    raisedBy: () => checkPropertyNames,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'The top-level `additionalProperties` is exactly `false`.',
    doc:
      'CXone event schemas are closed: the registry requires `additionalProperties: false` at the top level so that ' +
      'every field of an event is declared, documented and checked for compatible evolution. A missing keyword means ' +
      '`true` in JSON Schema, which the platform rejects.',
    fix: 'Add `additionalProperties: false` at the top level and declare every field in `properties`.',
  },
});

export function checkPropertyNames(contract: Contract): Finding[] {
  const out: Finding[] = [];
  const doc = contract.doc;
  // Top level: always (platform rule). Nested: only where it can never be satisfied.
  walkSchema(doc, (node, path) => {
    if (path.length > 0 && node.additionalProperties !== false) return;
    // A missing top-level `properties` declares nothing; a malformed one is schema-invalid's.
    const props = isRecord(node.properties)
      ? node.properties
      : path.length === 0 && node.properties === undefined
        ? {}
        : undefined;
    if (props)
      undeclared(node.required, props, [...path, 'required'], (name, at) =>
        report(
          rules.requiredNotInProperties,
          contract,
          at,
          `required property ${show(name)} is not declared in ${where(path)}properties`,
        ),
      );
  });
  if (isRecord(doc.properties) || doc.properties === undefined) {
    const props = isRecord(doc.properties) ? doc.properties : {};
    undeclared(doc['x-cxone-deprecated-fields'], props, ['x-cxone-deprecated-fields'], (name, at) =>
      report(
        rules.deprecatedNotInProperties,
        contract,
        at,
        `deprecated field ${show(name)} is not declared in properties; keep it declared until it is removed`,
      ),
    );
  }
  if (doc.additionalProperties !== false) {
    const message =
      doc.additionalProperties === undefined
        ? 'additionalProperties is missing (which means true); CXone requires additionalProperties: false'
        : `additionalProperties is ${show(doc.additionalProperties)}; CXone requires exactly false`;
    out.push(report(rules.additionalPropertiesNotFalse, contract, ['additionalProperties'], message));
  }
  return out;

  function undeclared(
    list: unknown,
    props: Record<string, unknown>,
    at: Path,
    make: (name: string, at: Path) => Finding,
  ): void {
    if (!Array.isArray(list)) return; // a malformed list is schema-invalid's to report
    list.forEach((name, i) => {
      if (typeof name === 'string' && !hasOwn(props, name)) out.push(make(name, [...at, i]));
    });
  }
}

function where(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : `the object at ${toPointer(path)} `;
}
