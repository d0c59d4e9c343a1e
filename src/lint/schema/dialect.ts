// schema-dialect: a contract file declares draft-07, the dialect the platform validates events
// with, or nothing. The evolution check honours another declared dialect (draft-04/06 are read by
// their own rules; later drafts are refused), but the platform does not: it reads the file as
// draft-07 whatever its `$schema` says.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { declaredDialect } from '../../core/schema-vocabulary.js';
import { report, show } from '../context.js';

export const rules = defineRules({
  schemaDialect: {
    id: 'schema-dialect',
    raisedBy: () => checkDialect,
    test: 'test/lint/dialect.test.ts',
    severity: 'error',
    summary: 'The root `$schema`, when present, names draft-07 (http or https, with or without the trailing `#`).',
    doc:
      'CXone validates events by the draft-07 rules whatever `$schema` says. A file declaring draft 2019-09, 2020-12 or an ' +
      'unknown URI is written in a dialect nothing here reads: its `$defs`, `prefixItems` or `dependentRequired` would be ' +
      'silently ignored, so the breaking-change check refuses it. A file declaring draft-04 or draft-06 is an error too, ' +
      'not a warning: the check reads it by its own rules (draft-04 `exclusiveMinimum: true`, `id`; no `if` in draft-06), ' +
      'while the platform reads it as draft-07, where a boolean `exclusiveMinimum` is invalid and `id` names nothing - the ' +
      'file, the check and the platform would each mean something different. Declaring draft-07 is a one-line fix.',
    fix: 'Set `$schema: "http://json-schema.org/draft-07/schema#"` (or remove it) and write the schema in draft-07: e.g. `minimum: 5, exclusiveMinimum: true` becomes `exclusiveMinimum: 5`, `id` becomes `$id`.',
  },
});

export function checkDialect(contract: Contract): Finding[] {
  const declared = declaredDialect(contract.doc);
  if ('dialect' in declared) {
    if (declared.dialect === 'draft-07') return [];
    return [
      report(
        rules.schemaDialect,
        contract,
        '/$schema',
        `$schema ${show(contract.doc.$schema)} declares ${declared.dialect}, but the platform validates events as draft-07; declare draft-07 and write the schema in it`,
      ),
    ];
  }
  return [
    report(
      rules.schemaDialect,
      contract,
      '/$schema',
      `$schema ${show(declared.unsupported)} declares ${declared.name}, which is not supported: the platform validates events as draft-07, so declare draft-07 (http://json-schema.org/draft-07/schema#)`,
    ),
  ];
}
