// schema-pattern-redos and schema-pattern-redos-unknown: every validator of this event - producers,
// consumers, the platform, and our own checks of examples and witnesses - runs the schema's
// `pattern`s and `patternProperties` keys on values that senders choose. The verdict comes from
// the same ReDoS authority as filter regexes; a pattern it does not clear is never run by us.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { isRecord, report, show, type Path } from '../context.js';
import { redosVerdict } from '../filter/redos-verdict.js';
import { regexError } from '../regex.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  schemaPatternRedos: {
    id: 'schema-pattern-redos',
    raisedBy: () => checkSchemaPatterns,
    test: 'test/lint/schema-patterns.test.ts',
    severity: 'error',
    summary: 'A schema `pattern` or `patternProperties` key has no catastrophic backtracking (ReDoS).',
    doc:
      'Every party that validates this event runs its patterns on values the sender chooses: a pattern that lets a ' +
      'backtracking engine split the same text in many ways (nested quantifiers such as `(a+)+`, overlapping ' +
      'alternatives such as `(a|a)*`) lets one crafted event stall each validator for seconds to hours. The verdict, ' +
      'the complexity and an attack string come from recheck, as for filter regexes (regex-redos). Such a pattern is ' +
      'never run here: examples and example events that reach it are not validated.',
    fix: 'Remove the ambiguity: do not nest quantifiers, make alternatives disjoint, anchor the pattern with ^, and bound repetitions ({1,64}).',
  },
  schemaPatternRedosUnknown: {
    id: 'schema-pattern-redos-unknown',
    raisedBy: () => checkSchemaPatterns,
    test: 'test/lint/schema-patterns.test.ts',
    severity: 'warning',
    summary: 'The ReDoS checker could not decide whether a schema `pattern` or `patternProperties` key is safe.',
    doc:
      'recheck gave up on the pattern - it ran out of time (2 s per pattern, 10 s for all the regexes of a run), or the ' +
      'pattern uses a construct it does not analyse - so the pattern may or may not backtrack catastrophically. Until ' +
      'it is cleared it is not run here: examples and example events that reach it are not validated against it.',
    fix: 'Simplify the pattern (fewer quantifiers and alternatives, anchors, bounded repetitions) so the checker can decide, or review it by hand.',
  },
});

/** Findings for every valid pattern of the schema the ReDoS authority does not clear. */
export function checkSchemaPatterns(contract: Contract): Finding[] {
  const out: Finding[] = [];
  const hasExamples = Array.isArray(contract.doc.examples) && contract.doc.examples.length > 0;
  const judge = (pattern: string, path: Path, what: string) => {
    if (regexError(pattern) !== null) return; // schema-compile reports it
    const v = redosVerdict(pattern);
    if (v.kind === 'safe') return;
    const rule = v.kind === 'vulnerable' ? rules.schemaPatternRedos : rules.schemaPatternRedosUnknown;
    const skipped = hasExamples
      ? '; it is not run, so examples that reach it are not validated'
      : '; it is not run on example events';
    out.push(report(rule, contract, path, `${what} ${show(pattern)}: ${v.message}${skipped}`));
  };
  walkSchema(contract.doc, (node, path) => {
    if (typeof node.pattern === 'string') judge(node.pattern, [...path, 'pattern'], 'pattern');
    if (isRecord(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties))
        judge(key, [...path, 'patternProperties', key], 'patternProperties key');
    }
  });
  return out;
}
