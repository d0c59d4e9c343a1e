// A change kind is data: what it means and whether it keeps events valid in each direction.
//   backward: every event valid under the OLD schema stays valid under the NEW one
//   forward:  every event valid under the NEW schema was valid under the OLD one
// Policies are columns computed from these two facts (see ../policy.ts); the additive policy
// (the platform's own rule) may be stricter for a kind, said here in `additive`. A kind is also a
// rule (../rules.ts builds its Rule from these facts): it names the function that emits it and its test.

import type { RaisedBy } from '../../core/rule.js';

export interface KindInfo {
  backward: boolean;
  forward: boolean;
  /** Stricter verdict under the additive policy, when it differs from `backward`. */
  additive?: 'breaking' | 'notice';
  /** One line: what changed. */
  summary: string;
  /** A minimal old/new pair of schemas showing the change (used in docs/rules.md and tests). */
  example: { old: unknown; new: unknown };
  /** How to make the change safe, or what to do instead. */
  fix: string;
  /** Why the verdict departs from what schema registries publish, where it does. */
  note?: string;
  /** The function that emits changes of this kind (see Rule.raisedBy). */
  raisedBy: RaisedBy;
  /** The test file that exercises it. */
  test: string;
  /**
   * False when no example event can show the change (it is about the comparison, not about events):
   * the judge does not try.
   */
  witness?: false;
}

export function defineKinds<const T extends Record<string, KindInfo>>(kinds: T): T {
  return kinds;
}
