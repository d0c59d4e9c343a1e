// evolution-skipped: a schema whose lint has errors is not compared with its live version. The
// evolution of an invalid schema says nothing a user can act on, and an "unanalysable" breaking
// change of it would invite approving a change that was never understood.

import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import type { RuleLevel } from '../settings/types.js';

export const checkRules = defineRules({
  evolutionSkipped: {
    id: 'evolution-skipped',
    raisedBy: () => skippedFinding,
    test: 'test/modes/check-lint-gaps.test.ts',
    severity: 'warning',
    summary: 'A schema with lint errors is not compared with its live version.',
    doc:
      'The compatibility check compares the repo schema with the live one only when the schema itself is valid. ' +
      'A schema with lint errors (not well-formed, a `$ref` that does not resolve, an unsupported type) would be read ' +
      'as something it does not say, and its changes - often reported as unanalysable - could be approved without ' +
      'ever being understood. The lint errors fail the run on their own; this finding says that the evolution ' +
      'verdict and the version rules are still to come. An invalid example alone does not stop the comparison: the ' +
      'schema itself is sound.',
    fix: 'Fix the lint errors of the file; the next check compares it with the live version.',
  },
});

/** Lint errors about what a schema holds beside its definition, not about the schema: its evolution is still sound. */
const NOT_ABOUT_THE_SCHEMA = new Set(['example-invalid']);

/**
 * Files with a lint error at its effective level (the config may raise, lower or turn off a rule).
 * A stale example does not count: the schema is valid, and its verdict is wanted in the same run.
 */
export function filesWithErrors(
  lint: readonly Finding[],
  ruleLevels: Readonly<Record<string, RuleLevel>>,
): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of lint) {
    if ((ruleLevels[f.rule] ?? f.severity) !== 'error' || NOT_ABOUT_THE_SCHEMA.has(f.rule)) continue;
    const list = out.get(f.file);
    if (list) list.push(f);
    else out.set(f.file, [f]);
  }
  return out;
}

export function skippedFinding(
  file: string,
  contract: string,
  errors: readonly Finding[],
  liveVersion: unknown,
): Finding {
  const rules = [...new Set(errors.map((e) => e.rule))].slice(0, 5).join(', ');
  const live = typeof liveVersion === 'string' ? ` ${liveVersion}` : '';
  return finding(checkRules.evolutionSkipped, {
    file,
    contract,
    pointer: '',
    message: `not compared with the live version${live}: the schema has ${errors.length} lint error${errors.length === 1 ? '' : 's'} (${rules}); fix ${errors.length === 1 ? 'it' : 'them'} first`,
  });
}
