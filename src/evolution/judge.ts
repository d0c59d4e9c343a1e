// Turn changes into findings under a policy (verdicts from the table in ./policy.ts), with a
// witness event for every change that breaks old events.

import type { Finding } from '../core/finding.js';
import { finding } from '../core/rule.js';
import type { Policy } from '../settings/types.js';
import type { Change } from './change.js';
import { ingestionLimitBroken } from './ingestion.js';
import { KINDS, type KindInfo } from './kinds/index.js';
import { breaksBackward, verdict } from './policy.js';
import { excessiveFanOut } from '../core/fan-out.js';
import { kindRule } from './rules.js';
import { findWitness, searchBaseCost, type NoWitness, type WitnessResult } from './witness/index.js';

/**
 * Work the witness searches of one contract may do, in work units: characters of events checked
 * (see WorkBudget in ./witness/search.ts), plus the compilation of the two documents
 * (COMPILE_WORK_PER_CHAR). Each search is linear in the event's size, and a version may make one
 * breaking change per member: without a bound, n changes cost n searches of n members (2,500
 * added required members: over a minute). Deterministic, unlike a clock: about 4 million units a
 * second were measured, so a contract's witnesses cost well under a second; real versions (at
 * most 150 members, a few changes, events of a few hundred characters) spend under 1% of it.
 */
export const CONTRACT_WITNESS_WORK = 3_000_000;

/** The same, for all contracts of a run together (when the caller shares a witnessBudget). */
export const RUN_WITNESS_WORK = 10_000_000;

/** The most one change's search may spend: a contract's budget is not spent on its first change. */
export const CHANGE_WITNESS_WORK = 500_000;

/**
 * Work units charged per character of the two documents for compiling them with ajv, once per
 * contract (measured: compiling costs 20 to 40 times checking an event of the same size; two
 * 40 KiB documents of deep members, patterns and `$ref`s took 0.3 to 1 s). A pair too large to
 * compile within the budget gets no witnesses, and each of its breaking changes says so.
 */
export const COMPILE_WORK_PER_CHAR = 20;

export interface JudgeContext {
  file: string;
  contract: string;
  policy: Policy;
  /** The two documents, for witnesses. */
  oldDoc?: unknown;
  newDoc?: unknown;
  /**
   * How many more contracts may get witnesses (each costs two ajv compilations, ~15 ms); shared
   * across a run and spent in file order, so output stays deterministic. Unlimited when absent.
   * `work`: what the run's witness searches may still check (RUN_WITNESS_WORK when unset; the
   * first search sets it on this shared object).
   */
  witnessBudget?: { contracts: number; work?: number };
}

export function judgeChanges(changes: Change[], ctx: JudgeContext): Finding[] {
  return judgeEach(changes, ctx).flatMap(({ finding: f }) => (f ? [f] : []));
}

/** Each change with its finding under the policy (none when the change is fine). */
export function judgeEach(changes: Change[], ctx: JudgeContext): { change: Change; finding?: Finding }[] {
  const out: { change: Change; finding?: Finding }[] = [];
  let spent = false;
  // The budget counts contracts: the first witness of this contract spends one, the rest are free.
  const spendWitness = (c: JudgeContext) => {
    if (!c.witnessBudget || spent) return true;
    if (c.witnessBudget.contracts <= 0) return false;
    c.witnessBudget.contracts--;
    return (spent = true);
  };
  // The work budget: this contract's, within what is left of the run's. Undefined: none left.
  const work = { left: CONTRACT_WITNESS_WORK };
  let baseCost: number | undefined;
  // Asked once, at the first witness this contract would get (see ./ingestion.ts).
  let limit: string | null | undefined = null;
  const beyondLimits = (): string | undefined => {
    if (limit !== null) return limit;
    const own = ingestionLimitBroken(ctx.newDoc);
    const live = own ? undefined : ingestionLimitBroken(ctx.oldDoc);
    limit = own
      ? `the new schema breaks the platform's ingestion limits (\`${own}\`, which the lint reports)`
      : live
        ? `the live schema breaks the platform's ingestion limits (\`${live}\`)`
        : undefined;
    return limit;
  };
  // Compiling is paid once, by the first search; a pair that cannot pay it gets no searches.
  let compile: 'unpaid' | 'paid' | WitnessResult = 'unpaid';
  const spend = (n: number, run: JudgeContext['witnessBudget']) => {
    work.left -= n;
    if (run) run.work! -= n;
  };
  const search = (change: Change): WitnessResult | undefined => {
    const run = ctx.witnessBudget;
    if (run) run.work ??= RUN_WITNESS_WORK;
    let left = Math.min(work.left, run?.work ?? Infinity);
    if (left <= 0) return undefined;
    baseCost ??= searchBaseCost(ctx.oldDoc, ctx.newDoc);
    if (compile === 'unpaid') {
      const cost = baseCost * COMPILE_WORK_PER_CHAR;
      const said = excessiveFanOut(ctx.oldDoc) ?? excessiveFanOut(ctx.newDoc);
      if (said !== undefined) {
        compile = {
          found: false,
          why: 'budget',
          reason: `one validation of an example event could evaluate subschemas ${said} (definitions that use each other more than once each), so none was tried`,
          spent: true,
        };
      } else if (cost > left) {
        const kib = Math.ceil(baseCost / 1024);
        compile = {
          found: false,
          why: 'budget',
          reason: `compiling the two schemas (${kib} KiB together) for example events would cost more than the work allowed for them`,
          spent: true,
        };
      } else {
        spend(cost, run);
        left -= cost;
        compile = 'paid';
      }
    }
    if (compile !== 'paid') return compile;
    const budget = { left: Math.min(left, CHANGE_WITNESS_WORK) };
    const before = budget.left;
    const w = findWitness(ctx.oldDoc, ctx.newDoc, change, budget, baseCost);
    spend(before - budget.left, run);
    return w;
  };
  for (const change of changes) {
    const v = verdict(change, ctx.policy);
    if (v === 'ok') {
      out.push({ change });
      continue;
    }
    const rule = kindRule(change.kind);
    const f = finding(rule, {
      message: change.message,
      file: ctx.file,
      pointer: change.pointer,
      contract: ctx.contract,
    });
    f.severity = v === 'breaking' ? 'error' : 'notice';
    if (v === 'breaking') {
      f.breaking = true;
      const info = KINDS[change.kind] as KindInfo;
      if (!breaksBackward(change)) {
        f.help = noWitnessHelp(
          rule.fix,
          'forward',
          'example events are built for changes that reject live events; this one only breaks consumers still on the live schema',
        );
      } else if (info.witness === false) {
        f.help = noWitnessHelp(rule.fix, 'uncompared', `${info.summary.replace(/\.$/, '')}; no event can show it`);
      } else if (ctx.oldDoc !== undefined) {
        const beyond = beyondLimits();
        if (beyond !== undefined) {
          f.help = noWitnessHelp(rule.fix, 'ingestion', `${beyond}; events of that size never reach the platform`);
        } else if (!spendWitness(ctx)) {
          f.help = noWitnessHelp(
            rule.fix,
            'contracts',
            'example events were built for the first contracts only; `cxone-contract diff LIVE NEW` shows one for this change',
          );
        } else {
          const w = search(change);
          if (w === undefined)
            f.help = noWitnessHelp(
              rule.fix,
              'budget',
              'the searches for earlier changes spent the work allowed for example events',
            );
          else if (w.found) f.witness = w.event;
          else f.help = noWitnessHelp(rule.fix, w.why, w.reason);
        }
      }
    }
    out.push({ change, finding: f });
  }
  return out;
}

/** Why a breaking change has no example event: the search's own reasons, and the judge's. */
export type NoWitnessWhy = NoWitness | 'ingestion' | 'contracts' | 'forward' | 'uncompared';

const WHY_LABEL: Record<NoWitnessWhy, string> = {
  budget: 'search budget',
  'other-changes': 'spoilt by other changes',
  impossible: 'none can exist',
  'not-found': 'none found',
  uncompilable: 'schema not compiled',
  failed: 'generator failed',
  ingestion: 'ingestion limits',
  contracts: 'first contracts only',
  forward: 'forward only',
  uncompared: 'not compared',
};

/** The finding's help: the rule's fix, then why no example event is given, in a form noWitnessNote reads back. */
export function noWitnessHelp(fix: string, why: NoWitnessWhy, detail: string): string {
  return `${fix} (No example event (${WHY_LABEL[why]}): ${detail}.)`;
}

/** From a finding's help, the note on its missing example event (`search budget: ...`), if any. */
export function noWitnessNote(help: string | undefined): string | undefined {
  const m = help === undefined ? null : /\(No example event \(([a-z ]+)\): (.*)\.\)$/s.exec(help);
  return m ? `${m[1]}: ${m[2]}` : undefined;
}
