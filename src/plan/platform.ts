// platform-refuses-update: the platform accepts a schema update only when it is an additive
// evolution of the stored version with a higher cxoneVersion (docs/cxone-api.md), whatever policy,
// ignore or approval label the repo uses. The check says so, so that its verdict is the deploy's:
// an update the platform will refuse is `blocked` in the plan and fails the PR, never the merge.

import type { LiveSchema } from '../baseline/types.js';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import type { JudgedFinding } from '../evolution/index.js';
import { notAdditive } from '../evolution/platform-rule.js';
import type { Policy } from '../settings/types.js';

export const planRules = defineRules({
  platformRefusesUpdate: {
    id: 'platform-refuses-update',
    raisedBy: () => platformRefusal,
    test: 'test/e2e/git-baseline-pre-existing.test.ts',
    severity: 'error',
    summary: 'The platform will refuse this schema update: it is not an additive evolution of the live version.',
    doc:
      'The platform stores a new version of a schema only when it is an additive evolution of the stored one, with a higher ' +
      '`cxoneVersion`; it answers anything else with 400. That holds whatever the repo decides: a looser ' +
      '`policy`, an `ignores:` entry or the approval label mark a breaking change as intended, but cannot make the ' +
      'platform take it. The check therefore blocks the update in its plan and fails, instead of letting the merge ' +
      'deploy stop on it. This rule cannot be turned off, ignored or approved.',
    fix:
      'Keep the change additive (add optional properties, widen, bump cxoneVersion), or ship the breaking version as a new ' +
      'schema under a new `title` (e.g. OrderV2), move the consumers to it, then retire the old one.',
  },
});

/** Rules no config may turn off, ignore or approve: the platform decides them, not the repo. */
export const PLATFORM_DECIDES: ReadonlySet<string> = new Set([planRules.platformRefusesUpdate.id]);

/** The platform's refusal, and all its reasons (the message names five of them). */
export interface Refusal {
  finding: Finding;
  reasons: JudgedFinding[];
}

/**
 * The refusal when the platform would refuse `c` as an update of `live`. `evolution` are the
 * findings the check already computed for this pair: under the additive policy they are the
 * platform's own verdict, so the engine is not run twice.
 */
export function platformRefusal(
  c: Contract,
  live: LiveSchema,
  evolution: readonly JudgedFinding[],
  policy: Policy,
): Refusal | undefined {
  const reasons =
    policy === 'additive'
      ? evolution.filter((j) => j.finding.severity === 'error')
      : notAdditive(live.doc, c.doc, { file: c.file, contract: c.name });
  if (reasons.length === 0) return undefined;
  const problems = reasons.map((j) => j.finding);
  const listed = problems.slice(0, 5).map((f) => `${f.rule} at ${f.pointer || '/'}`);
  const more = problems.length > listed.length ? ` and ${problems.length - listed.length} more` : '';
  const liveVersion = typeof live.doc.cxoneVersion === 'string' ? ` ${live.doc.cxoneVersion}` : '';
  const refused = finding(planRules.platformRefusesUpdate, {
    file: c.file,
    contract: c.name,
    pointer: '/title',
    message:
      `the platform will refuse this update of the live version${liveVersion} (it answers 400), whatever the policy or approval: ` +
      `${listed.join(', ')}${more}. To ship a breaking version, publish it under a new title (e.g. "${c.name}V2"), move the consumers, then retire "${c.name}"`,
  });
  return { finding: refused, reasons };
}
