// Findings a change introduced vs findings its base already had. With the live registry (or an
// export) judging and a git base known (a pull request's base commit), the base's own schemas are
// compared with the same live versions; a finding of the working tree that the base has too (same
// rule, schema and pointer) is pre-existing: already on the base branch, not this change's doing.
// It stays reported, marked, and fails the run only under fail-on-existing.

import type { Finding } from '../core/finding.js';

/** The identity of a finding across the base and the working tree: rule, schema, place. */
function key(f: Pick<Finding, 'rule' | 'contract' | 'pointer'>): string {
  return JSON.stringify([f.rule, f.contract ?? '', f.pointer]);
}

/** `findings` with those the base also has marked `preExisting`. */
export function markPreExisting(findings: readonly Finding[], atBase: readonly Finding[]): Finding[] {
  if (atBase.length === 0) return [...findings];
  const known = new Set(atBase.map(key));
  return findings.map((f) => (known.has(key(f)) ? { ...f, preExisting: true as const } : f));
}
