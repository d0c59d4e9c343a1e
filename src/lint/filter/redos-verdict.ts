// The ReDoS authority of the whole product: is a (valid, unicode-mode) regex free of catastrophic
// backtracking? Filter pattern rules, schema `pattern`s and `patternProperties` keys, and every
// regex the validator or the witness generator would run ask here. A sound syntactic fast path
// decides most; recheck decides the rest, within a per-pattern timeout and one budget per run:
// a hostile repo with hundreds of expensive patterns gets warnings, not hours of thinking.

import { show } from '../context.js';
import { recheck, type Diagnostics } from './recheck.js';
import { relaxCounts } from './redos-counts.js';
import { provablyLinear } from './redos-fast-path.js';

/** How long recheck may think about one pattern; its own default (10 s) is too long for CI. */
export const REDOS_TIMEOUT_MS = 2_000;

/** How long recheck may think in one run, all patterns together; past it the rest are unknown. */
export const REDOS_RUN_BUDGET_MS = 10_000;

export type Verdict = { kind: 'safe' } | { kind: 'vulnerable'; message: string } | { kind: 'unknown'; message: string };

/** Final verdicts only (safe, vulnerable, or unknown at the full timeout): a spent budget is not final. */
const verdicts = new Map<string, Verdict>();

interface Budget {
  totalMs: number;
  leftMs: number;
  /** Patterns recheck was asked about in this run. */
  checked: number;
}

let budget: Budget = fresh(REDOS_RUN_BUDGET_MS);

/**
 * This run's verdicts that its budget cut short (not final, so not in `verdicts`): a pattern asked
 * again in the same run (by the lint and then the validator, or by a stage run again when it needed
 * ajv's compiler: src/core/lazy.ts, whenLoaded) gets the same answer, and is not
 * charged or counted twice. Emptied by startRedosRun.
 */
let cutShort = new Map<string, Verdict>();

function fresh(ms: number): Budget {
  return { totalMs: ms, leftMs: ms, checked: 0 };
}

/**
 * Start a run: the ReDoS checker gets `ms` of thinking time in all. A process starts with one run's
 * budget; a front that runs several checks in one process (tests, the demo) starts each.
 */
export function startRedosRun(ms = REDOS_RUN_BUDGET_MS): void {
  budget = fresh(ms);
  cutShort = new Map();
}

/** What is left of this run's budget, for reports and tests. */
export function redosBudgetLeft(): { leftMs: number; totalMs: number; checked: number } {
  return { ...budget, leftMs: Math.max(0, budget.leftMs) };
}

/**
 * The verdict for a valid (unicode-mode) regex. Final verdicts are cached by pattern for the life
 * of the process, one the run's budget cut short for the rest of the run; a pattern met after the
 * run's budget is spent is unknown (and asked again in a later run). `timeoutMs` is per pattern;
 * tests pass a small one.
 */
export function redosVerdict(pattern: string, timeoutMs = REDOS_TIMEOUT_MS): Verdict {
  const key = `${timeoutMs}\n${pattern}`;
  const known = verdicts.get(key) ?? cutShort.get(key);
  if (known) return known;
  if (provablyLinear(pattern)) {
    const safe: Verdict = { kind: 'safe' };
    verdicts.set(key, safe);
    return safe;
  }
  if (budget.leftMs <= 0) {
    return {
      kind: 'unknown',
      message: `not checked for catastrophic backtracking: this run's ReDoS budget (${budget.totalMs / 1000} s for all regexes) was spent on ${budget.checked} earlier ones`,
    };
  }
  const allowed = Math.min(timeoutMs, Math.ceil(budget.leftMs));
  const t0 = performance.now();
  const verdict = judge(pattern, allowed, allowed < timeoutMs);
  budget.leftMs -= performance.now() - t0;
  budget.checked++;
  (allowed === timeoutMs ? verdicts : cutShort).set(key, verdict);
  return verdict;
}

function judge(pattern: string, timeoutMs: number, cutByBudget: boolean): Verdict {
  let d: Diagnostics;
  try {
    d = recheck(pattern, 'u', timeoutMs);
  } catch (err) {
    return { kind: 'unknown', message: `the ReDoS checker failed: ${(err as Error).message}` };
  }
  if (d.status === 'safe') return exponentialInCounts(pattern, timeoutMs) ?? { kind: 'safe' };
  if (d.status === 'vulnerable') {
    const hot = d.hotspot.filter((h) => h.temperature === 'heat').map((h) => pattern.slice(h.start, h.end));
    const where =
      hot.length > 0 ? `; the backtracking happens at ${[...new Set(hot)].map((h) => show(h)).join(', ')}` : '';
    return {
      kind: 'vulnerable',
      message: `matching can take ${complexityText(d.complexity)} time (catastrophic backtracking)${where}; an attack string: ${d.attack.pattern}`,
    };
  }
  const e = d.error;
  const why =
    e.kind === 'timeout'
      ? cutByBudget
        ? `it could not decide within the ${timeoutMs} ms left of this run's ReDoS budget (${budget.totalMs / 1000} s for all regexes)`
        : `it could not decide within ${timeoutMs} ms`
      : e.kind === 'cancel'
        ? 'the check was cancelled'
        : `${e.kind}: ${e.message}`;
  return { kind: 'unknown', message: `could not check for catastrophic backtracking: ${why}` };
}

/** Vulnerable when the pattern with its counts relaxed is exponential (see redos-counts.ts); undefined otherwise. */
function exponentialInCounts(pattern: string, timeoutMs: number): Verdict | undefined {
  const relaxed = relaxCounts(pattern);
  if (relaxed === undefined) return undefined;
  let d: Diagnostics;
  try {
    d = recheck(relaxed, 'u', timeoutMs);
  } catch {
    return undefined;
  }
  if (d.status !== 'vulnerable' || d.complexity.type !== 'exponential') return undefined;
  return {
    kind: 'vulnerable',
    message:
      `matching can take time exponential in a repetition count (an ambiguous group repeated {n} times backtracks about 2^n ways; ` +
      `${show(relaxed)}, the same pattern with its counts relaxed, is exponential); an attack string for that form: ${d.attack.pattern}`,
  };
}

/** "exponential", or "3rd-degree polynomial": recheck's own summary says "12nd degree". */
export function complexityText(c: { type: string; degree?: number; summary: string }): string {
  if (c.type !== 'polynomial' || typeof c.degree !== 'number') return c.summary;
  return `${ordinal(c.degree)}-degree polynomial`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
