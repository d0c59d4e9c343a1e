// Turn changes into findings under a policy (verdicts from the table in ./policy.ts), with a
// witness event for every change that breaks old events.

import type { Finding } from '../core/finding.js';
import { finding } from '../core/rule.js';
import type { Policy } from '../settings/types.js';
import type { Change } from './change.js';
import { ingestionLimitBroken } from './ingestion.js';
import { KINDS, type KindInfo } from './kinds/index.js';
import { breaksBackward, verdict } from './policy.js';
import { kindRule } from './rules.js';
import { findWitness, searchBaseCost, type WitnessResult } from './witness/index.js';

/**
 * Work the witness searches of one contract may do, in characters of events checked (see
 * WorkBudget in ./witness/search.ts). Each search is linear in the event's size, and a version may
 * make one breaking change per member: without a bound, n changes cost n searches of n members
 * (2,500 added required members: over a minute). Real versions (at most 150 members, a few
 * changes, events of a few hundred characters) spend well under 1% of it.
 */
export const CONTRACT_WITNESS_WORK = 5_000_000;

/** The same, for all contracts of a run together (when the caller shares a witnessBudget). */
export const RUN_WITNESS_WORK = 15_000_000;

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
    limit = own ? `the new schema breaks the platform's ingestion limits (\`${own}\`, which the lint reports)` : live ? `the live schema breaks the platform's ingestion limits (\`${live}\`)` : undefined;
    return limit;
  };
  const search = (change: Change): WitnessResult | undefined => {
    const run = ctx.witnessBudget;
    if (run) run.work ??= RUN_WITNESS_WORK;
    const left = Math.min(work.left, run?.work ?? Infinity);
    if (left <= 0) return undefined;
    const budget = { left };
    const w = findWitness(ctx.oldDoc, ctx.newDoc, change, budget, (baseCost ??= searchBaseCost(ctx.oldDoc, ctx.newDoc)));
    work.left -= left - budget.left;
    if (run) run.work! -= left - budget.left;
    return w;
  };
  for (const change of changes) {
    const v = verdict(change, ctx.policy);
    if (v === 'ok') {
      out.push({ change });
      continue;
    }
    const rule = kindRule(change.kind);
    const f = finding(rule, { message: change.message, file: ctx.file, pointer: change.pointer, contract: ctx.contract });
    f.severity = v === 'breaking' ? 'error' : 'notice';
    if (v === 'breaking') {
      f.breaking = true;
      if (breaksBackward(change) && ctx.oldDoc !== undefined && (KINDS[change.kind] as KindInfo).witness !== false) {
        const beyond = beyondLimits();
        if (beyond !== undefined) {
          f.help = `${rule.fix} (No example event built: ${beyond}; events of that size never reach the platform.)`;
        } else if (!spendWitness(ctx)) {
          f.help = `${rule.fix} (Example events were built for the first contracts only; \`cxone-contract diff LIVE NEW\` shows one for this change.)`;
        } else {
          const w = search(change);
          if (w === undefined) f.help = `${rule.fix} (No example event built (budget): the searches for earlier changes spent the work allowed for example events.)`;
          else if (w.found) f.witness = w.event;
          else f.help = `${rule.fix} (No example event could be built: ${w.reason}.)`;
        }
      }
    }
    out.push({ change, finding: f });
  }
  return out;
}
