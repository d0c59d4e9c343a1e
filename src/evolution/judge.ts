// Turn changes into findings under a policy (verdicts from the table in ./policy.ts), with a
// witness event for every change that breaks old events.

import type { Finding } from '../core/finding.js';
import { finding } from '../core/rule.js';
import type { Policy } from '../settings/types.js';
import type { Change } from './change.js';
import { KINDS, type KindInfo } from './kinds/index.js';
import { breaksBackward, verdict } from './policy.js';
import { kindRule } from './rules.js';
import { findWitness } from './witness/index.js';

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
   */
  witnessBudget?: { contracts: number };
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
        if (!spendWitness(ctx)) {
          f.help = `${rule.fix} (Example events were built for the first contracts only; \`cxone-contract diff LIVE NEW\` shows one for this change.)`;
        } else {
          const w = findWitness(ctx.oldDoc, ctx.newDoc, change);
          if (w.found) f.witness = w.event;
          else f.help = `${rule.fix} (No example event could be built: ${w.reason}.)`;
        }
      }
    }
    out.push({ change, finding: f });
  }
  return out;
}
