// Findings a change introduced vs findings its base already had. With the live registry (or an
// export) judging and a git base known (a pull request's base commit), the base's own schemas are
// compared with the same live versions; a finding of the working tree that the base has too (the
// same finding: ./finding-identity.ts) is pre-existing: already on the base branch, not this
// change's doing. It stays reported, marked, and fails the run only under fail-on-existing.
//
// A platform refusal (PLATFORM_DECIDES: no config may ignore it) can be pre-existing too, when it
// is the base's refusal with every reason the same: the pull request did not cause it, and the
// deploy still stops on it (a deploy's check has no base). Failing every pull request for a
// refusal already on the base branch would block the one that fixes it no less than the others.

import type { Finding } from '../core/finding.js';
import { identityOf, type Judged } from './finding-identity.js';

/** The findings, with those the base also has marked `preExisting`. */
export function markPreExisting(findings: readonly Judged[], atBase: readonly Judged[]): Finding[] {
  const known = new Set(atBase.map(identityOf).filter((id) => id !== undefined));
  return findings.map((j) => {
    const id = known.size > 0 ? identityOf(j) : undefined;
    return id !== undefined && known.has(id) ? { ...j.finding, preExisting: true as const } : j.finding;
  });
}
