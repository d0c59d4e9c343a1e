// The rules of the nightly drift run: what differs between the live tenant and the repo, and
// which live filters are unhealthy. Ids are stable (configs and scripts depend on them).

import { defineRules, type Rule } from '../../core/rule.js';
import { compareTenant } from './compare.js';
import { membershipDrift } from './groups.js';
import { filterHealth } from './health.js';
import { markUndeployed } from './undeployed.js';

export const driftRules = defineRules({
  driftModified: {
    id: 'drift-modified',
    raisedBy: () => compareTenant,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary: 'A live schema or filter was changed out of band: its content differs from the repo.',
    doc: 'The repo is the source of truth for the tenant. When someone edits a schema or a filter in the console (or through another client), the live tenant no longer matches what was reviewed, and the next deploy would silently undo the edit. The finding lists the differences in both directions (what the live edit did, and what a deploy would do) and who made the last change, from the platform audit log.',
    fix: 'Take the live change into the repo through a pull request (`cxone-contract export` shows the live content as files), or redeploy the repo to undo it.',
  },
  driftVersionMismatch: {
    id: 'drift-version-mismatch',
    raisedBy: () => compareTenant,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary:
      'A live schema carries another cxoneVersion than the repo for the same content, or other content under the same cxoneVersion.',
    doc: 'A version names one content. The same content under two versions confuses consumers that pin versions; different content under one version is worse: an edit made without a version bump, invisible to anyone who compares versions only.',
    fix: 'Bring the repo and the live schema to the same content and version: take the live version into the repo, or redeploy with a version above the live one.',
  },
  driftLiveOnly: {
    id: 'drift-live-only',
    raisedBy: () => compareTenant,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary: 'A schema or filter exists in the live tenant but not in the repo.',
    doc: 'Something created in the tenant outside the repo is not reviewed, not linted and not protected by the compatibility check; the repo no longer describes the tenant.',
    fix: 'Add it to the repo (the finding names the file `cxone-contract export` would write), or delete it from the tenant if it should not exist.',
  },
  driftRepoOnly: {
    id: 'drift-repo-only',
    raisedBy: () => compareTenant,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary: 'A schema or filter in the repo does not exist in the live tenant.',
    doc: 'The repo promises a contract the tenant does not have: it was never deployed (a failed or skipped deploy), or it was deleted live. Producers and consumers that rely on it break.',
    fix: 'Run the deploy (re-run the deploy workflow), or remove the file from the repo if the contract was retired on purpose.',
  },
  driftGroupMembership: {
    id: 'drift-group-membership',
    raisedBy: () => membershipDrift,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary:
      "A filter's routing-group membership was changed out of band: it is not in the group the repo names, or it is in another.",
    doc: "Which routing group receives a filter's events is part of the contract (`target_group_id`). A filter taken out of its group in the console routes nothing there, and the next deploy would quietly put it back; a filter added to another group routes events the repo does not say it routes. The finding names the group and who changed its membership last, from the platform audit log.",
    fix: 'Take the live membership into the repo (change `target_group_id`), or redeploy the repo to restore it.',
  },
  driftUndeployed: {
    id: 'drift-undeployed',
    raisedBy: () => markUndeployed,
    test: 'test/modes/drift/drift.test.ts',
    severity: 'error',
    summary:
      'The repo holds a change the live tenant does not have yet: the repo is ahead, live was not changed out of band.',
    doc: "Not every difference is a live edit. When the repo's cxoneVersion is above the live one, or the item's newest audit entry is this tool's own deploy (so nobody touched it live since), the difference is a repo change that was merged but not deployed: a deploy failed, was not run, or is still pending. Reporting it as a live edit would blame the wrong side and invite someone to \"take the live change into the repo\", undoing the merged one.",
    fix: 'Run the deploy (re-run the deploy workflow), or read why the last one failed (its audit artifact and job summary).',
  },
  filterDead: {
    id: 'filter-dead',
    raisedBy: () => filterHealth,
    test: 'test/modes/drift/health.test.ts',
    severity: 'warning',
    summary: 'An active filter matched no event during the dead-filter window.',
    doc: 'A filter with zero hits over `dead-filter-window` (default 7 days) usually matches on an attribute or value that no longer occurs (a renamed field, a retired queue), so the events it should route go nowhere. Read from the analytics filter-metrics endpoint (scope analytics:read).',
    fix: 'Check its matchers and pattern rules against current events; fix or delete it. A filter that is quiet by design can have this rule set to `off` or an ignore with a reason.',
  },
  filterNotActive: {
    id: 'filter-not-active',
    raisedBy: () => filterHealth,
    test: 'test/modes/drift/health.test.ts',
    severity: 'error',
    summary:
      'A live filter is stuck outside ACTIVE (DRAFT, FAILED, or PENDING_ACTIVATION for longer than the activation timeout).',
    doc: 'Only ACTIVE filters route events. A FAILED activation carries the platform message; a filter left in DRAFT or pending activation routes nothing while the repo says it should.',
    fix: 'Read the platform message, fix the filter and redeploy it (the deploy waits for ACTIVE), or remove it.',
  },
});

/** The ids a drift item carries (plain strings: the drift report's JSON shows them). */
export type DriftRuleId = (typeof driftRules)[keyof typeof driftRules]['id'];

const BY_ID = new Map<string, Rule>(Object.values(driftRules).map((r) => [r.id, r]));

/** The rule of a drift item's id. */
export function driftRule(id: DriftRuleId): Rule {
  return BY_ID.get(id)!;
}
