// regex-redos and regex-redos-unknown: a filter regex runs on every event of the channel; one
// with catastrophic backtracking lets a single crafted event stall event processing.
// Verdicts come from recheck (the authority), after a sound syntactic fast path, cached by pattern.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show, type Path } from '../context.js';
import { loadRecheck, recheck, type Diagnostics } from './recheck.js';
import { provablyLinear } from './redos-fast-path.js';

export const rules = defineRules({
  regexRedos: {
    id: 'regex-redos',
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
    severity: 'warning',
    summary: 'The ReDoS checker could not decide whether a regex pattern rule is safe.',
    doc:
      'recheck gave up on the pattern - it ran out of time, or the pattern uses a construct it does not analyse - so ' +
      'the pattern may or may not backtrack catastrophically. This is a warning rather than a guess either way: review ' +
      'the pattern by hand, or simplify it until the checker can decide.',
    fix: 'Simplify the pattern (fewer quantifiers and alternatives, anchors, bounded repetitions) so the checker can decide, or review it by hand.',
  },
});

/** How long recheck may think about one pattern; its own default (10 s) is too long for CI. */
export const REDOS_TIMEOUT_MS = 2_000;

type Verdict = { kind: 'safe' } | { kind: 'vulnerable'; message: string } | { kind: 'unknown'; message: string };

const verdicts = new Map<string, Verdict>();

/**
 * The verdict for a valid (unicode-mode) regex, cached by pattern for the life of the process.
 * Exported for tests, which pass a small timeout.
 */
export function redosVerdict(pattern: string, timeoutMs = REDOS_TIMEOUT_MS): Verdict {
  const key = `${timeoutMs}\n${pattern}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = provablyLinear(pattern) ? { kind: 'safe' } : judge(pattern, timeoutMs);
    verdicts.set(key, verdict);
  }
  return verdict;
}

function judge(pattern: string, timeoutMs: number): Verdict {
  let d: Diagnostics;
  try {
    d = recheck(pattern, 'u', timeoutMs);
  } catch (err) {
    return { kind: 'unknown', message: `the ReDoS checker failed: ${(err as Error).message}` };
  }
  if (d.status === 'safe') return { kind: 'safe' };
  if (d.status === 'vulnerable') {
    const hot = d.hotspot.filter((h) => h.temperature === 'heat').map((h) => pattern.slice(h.start, h.end));
    const where = hot.length > 0 ? `; the backtracking happens at ${[...new Set(hot)].map((h) => show(h)).join(', ')}` : '';
    return {
      kind: 'vulnerable',
      message: `matching can take ${d.complexity.summary} time (catastrophic backtracking)${where}; an attack string: ${d.attack.pattern}`,
    };
  }
  const e = d.error;
  const why =
    e.kind === 'timeout' ? `it could not decide within ${timeoutMs} ms` : e.kind === 'cancel' ? 'the check was cancelled' : `${e.kind}: ${e.message}`;
  return { kind: 'unknown', message: `could not check for catastrophic backtracking: ${why}` };
}

/** Findings for the valid regex `pattern` at `path` (pointer tokens) of `contract`. */
export function checkRedos(contract: Contract, pattern: string, path: Path, timeoutMs = REDOS_TIMEOUT_MS): Finding[] {
  const v = redosVerdict(pattern, timeoutMs);
  if (v.kind === 'safe') return [];
  const rule = v.kind === 'vulnerable' ? rules.regexRedos : rules.regexRedosUnknown;
  return [report(rule, contract, path, `regex ${show(pattern)}: ${v.message}`)];
}

/**
 * Load the ReDoS engine when some regex of these filters needs it (fails the fast path), so the
 * synchronous lint can use it; a run whose patterns are all provably linear never loads it.
 */
export async function prepareRedos(contracts: readonly Contract[]): Promise<void> {
  for (const c of contracts) {
    const rulesList = c.kind === 'filter' ? c.doc.pattern_rules : undefined;
    if (!Array.isArray(rulesList)) continue;
    for (const r of rulesList as { type?: unknown; pattern?: unknown }[]) {
      if (r?.type === 'regex' && typeof r.pattern === 'string' && !provablyLinear(r.pattern)) return loadRecheck();
    }
  }
}
