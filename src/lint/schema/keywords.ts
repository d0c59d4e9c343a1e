// unknown-keyword: a keyword the schema's dialect does not define is ignored by every validator,
// so a typo (`maxLenght`, nested `propertys`) silently drops the constraint that was meant.
// Only schema positions are read (walkSchema): property names, enum values, examples, default
// and const are data, never keywords.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { declaredDialect, definedKeywords, isDefinedKeyword } from '../../core/schema-vocabulary.js';
import { report, show } from '../context.js';
import { didYouMean } from '../suggest.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  unknownKeyword: {
    id: 'unknown-keyword',
    raisedBy: () => checkKeywords,
    test: 'test/lint/keywords.test.ts',
    severity: 'warning',
    summary: 'Every keyword of the schema is one JSON Schema draft-07 defines, an `x-` extension, or a platform field.',
    doc:
      'JSON Schema validators ignore keywords their dialect does not define. A misspelled keyword (`maxLenght`, ' +
      '`propertys`, `Required`) or one from another schema language (OpenAPI `nullable`) therefore constrains ' +
      'nothing: the schema accepts events it was meant to reject, and the evolution check treats the keyword as an ' +
      'annotation. Vendor extensions start with `x-` (e.g. `x-cxone-deprecated-fields`); `cxoneVersion` is the ' +
      "platform's own field.",
    fix: 'Correct the spelling (the message suggests the keyword meant), or rename a deliberate extension to start with `x-`.',
  },
});

/** The platform's own fields beside the keywords (as in the evolution's PLATFORM_FIELDS). */
const PLATFORM_FIELDS = new Set(['cxoneVersion']);

/** Keywords of other schema languages, and what draft-07 says instead. */
const FOREIGN: Record<string, string> = {
  nullable: 'draft-07 has no `nullable`; add "null" to `type` (e.g. type: [string, "null"])',
  example: 'draft-07 names it `examples` (a list)',
  deprecated: 'draft-07 has no `deprecated`; list the property in `x-cxone-deprecated-fields`',
  id: 'draft-07 names it `$id`; `id` is draft-04',
};

/** One typo is usually repeated by copy and paste: report the first of these, then stop. */
const MAX_FINDINGS = 50;

export function checkKeywords(contract: Contract): Finding[] {
  const declared = declaredDialect(contract.doc);
  if (!('dialect' in declared)) return []; // a dialect we do not know: schema-dialect says so, its keywords are not ours to judge
  const dialect = declared.dialect;
  let vocabulary: readonly string[] | undefined; // built only for a file with a finding: lint runs on thousands
  const out: Finding[] = [];
  walkSchema(contract.doc, (node, path) => {
    for (const key of Object.keys(node)) {
      if (out.length >= MAX_FINDINGS) return;
      if (isDefinedKeyword(key, dialect) || key.startsWith('x-') || PLATFORM_FIELDS.has(key)) continue;
      const hint = Object.prototype.hasOwnProperty.call(FOREIGN, key)
        ? ` (${FOREIGN[key]})`
        : didYouMean(key, (vocabulary ??= definedKeywords(dialect)));
      out.push(
        report(
          rules.unknownKeyword,
          contract,
          [...path, key],
          `${show(key)} is not a ${dialect} keyword, so validators ignore it${hint}`,
        ),
      );
    }
  });
  return out;
}
