// Triage: apply the config's per-rule levels and ignores to the raw findings, approve breaking
// changes when the pull request carries the approval label, and report the config's own problems
// (expired or unused ignores) as findings at the config file's line. Approval only suppresses the
// breaking change itself: the version rules (a major bump is needed) keep failing on their own.

import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import { didYouMean } from '../lint/suggest.js';
import type { Ignore, RuleLevel } from '../settings/types.js';
import { PLATFORM_DECIDES } from '../plan/platform.js';

export const triageRules = defineRules({
  ignoreExpired: {
    id: 'ignore-expired',
    raisedBy: () => triage,
    test: 'test/triage/triage.test.ts',
    severity: 'error',
    summary: 'An ignore in the config file is past its expiry date.',
    doc: 'Ignores are promises to fix something later. Past its `expires` date an ignore no longer suppresses anything, and the stale entry itself fails the run so the promise is looked at again.',
    fix: 'Fix the finding it suppressed and delete the ignore, or move `expires` to a new date with a new reason.',
  },
  ignoreUnused: {
    id: 'ignore-unused',
    raisedBy: () => triage,
    test: 'test/triage/triage.test.ts',
    severity: 'notice',
    summary: 'An ignore in the config file matched no finding.',
    doc: 'An ignore that matches nothing is dead configuration: the problem it covered is gone, or the rule, contract or pointer is misspelled and the finding it meant to accept is still reported.',
    fix: 'Delete the ignore, or correct its rule, contract or pointer.',
  },
});

export interface TriageInput {
  findings: Finding[];
  ruleLevels: Record<string, RuleLevel>;
  ignores: Ignore[];
  /** Every rule id (the fronts hand in the rule registry's): config ids outside it are refused; absent, not checked. */
  knownRules?: ReadonlySet<string>;
  /** Today, as YYYY-MM-DD (UTC). */
  today: string;
  /** The approval label and the pull request's labels: when they meet, breaking changes are approved. */
  approval?: { label: string; labels: readonly string[] };
}

export function triage(input: TriageInput): Finding[] {
  const known = input.knownRules;
  for (const id of [...Object.keys(input.ruleLevels), ...input.ignores.map((i) => i.rule)]) {
    if (known && !known.has(id))
      throw new UsageError(
        `config: unknown rule id "${id}"${didYouMean(id, [...known])} (the rule list is in docs/rules.md)`,
      );
    if (PLATFORM_DECIDES.has(id))
      throw new UsageError(
        `config: ${id} cannot be turned off or ignored: the platform refuses such an update whatever the config (docs/rules.md#${id} says how a breaking version ships)`,
      );
  }
  const out: Finding[] = [];
  const used = new Set<Ignore>();
  const active = input.ignores.filter((ig) => ig.expires === undefined || ig.expires >= input.today);
  const label =
    input.approval && input.approval.labels.includes(input.approval.label) ? input.approval.label : undefined;
  for (const raw of input.findings) {
    const level = input.ruleLevels[raw.rule];
    if (level === 'off') continue;
    const f: Finding = level ? { ...raw, severity: level } : raw;
    const ignore = active.find((ig) => matches(ig, f));
    if (ignore) {
      used.add(ignore);
      out.push({ ...f, suppressed: { reason: ignore.reason, by: 'config' } });
    } else if (label !== undefined && f.breaking) {
      out.push({ ...f, suppressed: { reason: `approved by the pull request label "${label}"`, by: 'label' } });
    } else out.push(f);
  }
  for (const ig of input.ignores) {
    const where = { file: ig.file, line: ig.line, column: 1, pointer: '', contract: ig.contract };
    if (ig.expires !== undefined && ig.expires < input.today) {
      out.push(
        finding(triageRules.ignoreExpired, {
          ...where,
          message: `ignore of ${ig.rule} for "${ig.contract}" expired on ${ig.expires} (reason was: ${ig.reason})`,
        }),
      );
    } else if (!used.has(ig)) {
      out.push(
        finding(triageRules.ignoreUnused, {
          ...where,
          message: `ignore of ${ig.rule} for "${ig.contract}"${ig.pointer ? ` at ${ig.pointer}` : ''} matched no finding`,
        }),
      );
    }
  }
  return out;
}

/** An ignore matches its rule in its contract, at its pointer or anywhere below it. */
function matches(ig: Ignore, f: Finding): boolean {
  if (ig.rule !== f.rule || ig.contract !== f.contract) return false;
  if (ig.pointer === undefined || ig.pointer === '') return true;
  return f.pointer === ig.pointer || f.pointer.startsWith(ig.pointer + '/');
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
