// Compatibility as data: a policy is a column computed from each kind's two facts in ./kinds/
// (does it keep old events valid? does it keep new events valid under the old schema?),
// plus the additive policy's own stricter entries. Never branching code per kind.

import type { Policy } from '../settings/types.js';
import type { Change, ChangeKind } from './change.js';
import { KINDS } from './kinds/index.js';

export type Verdict = 'ok' | 'notice' | 'breaking';

/**
 * The verdict of a kind under a policy. `negated`: under an odd number of `not`s, so the two
 * directions swap. `exclusive`: inside a `oneOf` branch not provably disjoint from its siblings,
 * where accepting more can make an old event match a second branch (backward breaks) and
 * accepting less can make an event that matched two branches match one (forward breaks): only a
 * change that keeps both directions stays compatible. `only`: the change counts for that direction
 * alone (see Change.only).
 */
export function kindVerdict(
  kind: ChangeKind,
  policy: Policy,
  negated = false,
  exclusive = false,
  only?: 'backward' | 'forward',
): Verdict {
  const info = KINDS[kind];
  const rawBackward = negated ? info.forward : info.backward;
  const rawForward = negated ? info.backward : info.forward;
  // A change that counts for one direction only keeps the other.
  const backward = only === 'forward' || (rawBackward && (!exclusive || rawForward));
  const forward = only === 'backward' || (rawForward && (!exclusive || rawBackward));
  switch (policy) {
    case 'none':
      return 'ok';
    case 'backward':
      return backward ? 'ok' : 'breaking';
    case 'forward':
      return forward ? 'ok' : 'breaking';
    case 'full':
      return backward && forward ? 'ok' : 'breaking';
    case 'additive':
      if (!negated && !exclusive && !only && 'additive' in info && info.additive) return info.additive;
      return backward ? 'ok' : 'breaking';
  }
}

export function verdict(change: Change, policy: Policy): Verdict {
  return kindVerdict(change.kind, policy, change.negated, change.exclusive, change.only);
}

/**
 * True when the change can make an event valid under the old schema invalid under the new one (a
 * change that counts for forward only cannot).
 */
export function breaksBackward(change: Change): boolean {
  return kindVerdict(change.kind, 'backward', change.negated, change.exclusive, change.only) === 'breaking';
}
