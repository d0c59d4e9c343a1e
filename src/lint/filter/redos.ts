// regex-redos and regex-redos-unknown: a filter regex runs on every event of the channel; one
// with catastrophic backtracking lets a single crafted event stall event processing.
// Verdicts come from the product's one ReDoS authority (./redos-verdict.ts).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { isRecord, report, show, type Path } from '../context.js';
import { walkSchema } from '../schema/walk.js';
import { loadRecheck } from './recheck.js';
import { provablyLinear } from './redos-fast-path.js';
import { REDOS_TIMEOUT_MS, redosVerdict, startRedosRun } from './redos-verdict.js';

export const rules = defineRules({
  regexRedos: {
    id: 'regex-redos',
    raisedBy: () => checkRedos,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'A regex pattern rule has no catastrophic backtracking (ReDoS).',
    doc:
      'Backtracking regex engines can take exponential or high-polynomial time on some inputs when a pattern lets ' +
      'them split the same text in many ways - nested quantifiers such as `(a+)+`, overlapping alternatives such as ' +
      '`(a|a)*`, or adjacent quantifiers over the same characters such as `\\d+\\d+` or an unanchored `\\s+$`. A pattern ' +
      'rule runs on every event of its channel, so one crafted value can stall event processing. The verdict, the ' +
      'complexity and an attack string come from recheck.',
    fix: 'Remove the ambiguity: do not nest quantifiers, make alternatives disjoint, anchor the pattern with ^, and bound repetitions ({1,64}).',
  },
  regexRedosUnknown: {
    id: 'regex-redos-unknown',
    raisedBy: () => checkRedos,
    test: 'test/lint/redos.test.ts',
    severity: 'warning',
    summary: 'The ReDoS checker could not decide whether a regex pattern rule is safe.',
    doc:
      'recheck gave up on the pattern - it ran out of time (2 s per pattern, 10 s for all the regexes of a run), or the ' +
      'pattern uses a construct it does not analyse - so the pattern may or may not backtrack catastrophically. This is ' +
      'a warning rather than a guess either way: review the pattern by hand, or simplify it until the checker can decide.',
    fix: 'Simplify the pattern (fewer quantifiers and alternatives, anchors, bounded repetitions) so the checker can decide, or review it by hand.',
  },
});

export { REDOS_RUN_BUDGET_MS, REDOS_TIMEOUT_MS, redosVerdict, startRedosRun, type Verdict } from './redos-verdict.js';

/** Findings for the valid regex `pattern` at `path` (pointer tokens) of `contract`. */
export function checkRedos(contract: Contract, pattern: string, path: Path, timeoutMs = REDOS_TIMEOUT_MS): Finding[] {
  const v = redosVerdict(pattern, timeoutMs);
  if (v.kind === 'safe') return [];
  const rule = v.kind === 'vulnerable' ? rules.regexRedos : rules.regexRedosUnknown;
  return [report(rule, contract, path, `regex ${show(pattern)}: ${v.message}`)];
}

/**
 * Start the run's ReDoS budget, and load the engine when some regex of these contracts, or of the
 * live schemas they are compared with (`liveDocs`: witnesses and the evolution engine run those),
 * needs it, so the synchronous lint, engine and witnesses can use it. A run whose patterns are all
 * provably linear never loads it.
 */
export async function prepareRedos(contracts: readonly Contract[], liveDocs: Iterable<unknown> = []): Promise<void> {
  startRedosRun();
  if (contracts.some((c) => regexesOf(c).some((p) => !provablyLinear(p)))) return loadRecheck();
  await prepareRegexes(liveDocs);
}

/** Load the engine when some regex of these raw schema documents needs it (e.g. `diff`, which lints nothing). */
export async function prepareRegexes(docs: Iterable<unknown>): Promise<void> {
  for (const doc of docs) if (schemaRegexes(doc).some((p) => !provablyLinear(p))) return loadRecheck();
}

/** The regexes a contract declares: filter regex rules, schema patterns and patternProperties keys. */
function regexesOf(c: Contract): string[] {
  if (c.kind === 'schema') return schemaRegexes(c.doc);
  const out: string[] = [];
  const list = c.doc.pattern_rules;
  if (Array.isArray(list)) {
    for (const r of list as { type?: unknown; pattern?: unknown }[])
      if (r?.type === 'regex' && typeof r.pattern === 'string') out.push(r.pattern);
  }
  return out;
}

function schemaRegexes(doc: unknown): string[] {
  const out: string[] = [];
  walkSchema(doc, (node) => {
    if (typeof node.pattern === 'string') out.push(node.pattern);
    if (isRecord(node.patternProperties)) out.push(...Object.keys(node.patternProperties));
  });
  return out;
}
