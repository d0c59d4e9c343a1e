// The evolution stage: live schema vs repo schema -> changes -> findings under a policy.

import type { Finding } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import type { Change } from './change.js';
import { asDraft07 } from './dialect.js';
import { compareSchemas } from './engine.js';
import { judgeChanges, judgeEach, type JudgeContext } from './judge.js';
import { verdict } from './policy.js';
import { kindRules } from './rules.js';
import { checkVersion, versionRules } from './version.js';

export type { Change, ChangeKind } from './change.js';
export { KINDS, type KindInfo } from './kinds/index.js';
export { breaksBackward, kindVerdict, verdict, type Verdict } from './policy.js';
export { compareSchemas, judgeChanges };

export interface Evolution {
  changes: Change[];
  /** Every finding: those of changes that matter under the policy, then the version rules'. */
  findings: Finding[];
  /** Each change with its finding, if it has one. */
  judged: { change: Change; finding?: Finding }[];
}

export function evolve(live: Record<string, unknown>, repo: Record<string, unknown>, ctx: JudgeContext): Evolution {
  const changes = compareSchemas(live, repo);
  // Witnesses are checked by draft-07 ajv: give it the documents as the engine read them.
  const judged = judgeEach(changes, { ...ctx, oldDoc: asDraft07(live), newDoc: asDraft07(repo) });
  const findings = judged.flatMap((j) => (j.finding ? [j.finding] : []));
  if (ctx.policy !== 'none') {
    findings.push(
      ...checkVersion(
        live,
        repo,
        changes.map((change) => ({ change, verdict: verdict(change, ctx.policy) })),
        ctx,
      ),
    );
  }
  return { changes, findings, judged };
}

/** A finding with the change it judges (the version rules' findings judge none). */
export interface JudgedFinding {
  finding: Finding;
  change?: Change;
}

/** Each finding of `e` with its change: what a finding says beyond its words (the values compared). */
export function findingsWithChanges(e: Evolution): JudgedFinding[] {
  const changeOf = new Map<Finding, Change>();
  for (const j of e.judged) if (j.finding) changeOf.set(j.finding, j.change);
  return e.findings.map((finding) => {
    const change = changeOf.get(finding);
    return change ? { finding, change } : { finding };
  });
}

/** For the rule registry: every change kind, then the version rules. */
export function evolutionRules(): Rule[] {
  return [...kindRules(), ...Object.values(versionRules)];
}
