// Compatibility as data: for each change kind, its verdict under each policy. A policy is a
// column of this table, not a branch in code. `breaking` fails the check; `notice` is reported.
//
// BACKWARD = every event valid under the live schema stays valid under the new one.
// FORWARD  = every event valid under the new schema was valid under the live one.
// additive = the platform's own rule (seeds): BACKWARD, no type change, no removal unless the
//            live version deprecated the field, and a required field stays required.

import type { Policy } from '../settings/types.js';
import type { ChangeKind } from './change.js';

export type Verdict = 'ok' | 'notice' | 'breaking';

export const VERDICTS: Record<ChangeKind, Record<Policy, Verdict>> = {
  // Closed content model: an old event carrying the property is rejected by the new schema.
  'property-removed': { additive: 'breaking', backward: 'breaking', forward: 'ok', full: 'breaking', none: 'ok' },
  // Same semantics, but the live version announced the removal: the platform accepts it.
  'deprecated-property-removed': { additive: 'notice', backward: 'breaking', forward: 'ok', full: 'breaking', none: 'ok' },
  // Old events all still validate (BACKWARD holds); consumers relying on the field break (FORWARD).
  'required-removed': { additive: 'breaking', backward: 'ok', forward: 'breaking', full: 'breaking', none: 'ok' },
  // A type change (even a widening) breaks consumers' parsers; the simple rule treats all as breaking.
  'type-changed': { additive: 'breaking', backward: 'breaking', forward: 'breaking', full: 'breaking', none: 'ok' },
};

export function verdict(kind: ChangeKind, policy: Policy): Verdict {
  return VERDICTS[kind][policy];
}
