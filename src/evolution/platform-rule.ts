// The platform's own rule for a schema update (cxone-api.md): it accepts only an additive
// evolution of the stored version (400 otherwise), whatever policy or approval the repo uses. The
// emulator answers its 400 from this; a deploy checks it before its first write, so an update the
// platform would refuse stops the run before anything is written, not half-way.

import { evolve, findingsWithChanges, type JudgedFinding } from './index.js';

/** The error-level findings (with their changes) that make the platform refuse `next` as an update of `live`. */
export function notAdditive(
  live: Record<string, unknown>,
  next: Record<string, unknown>,
  at: { file: string; contract: string },
): JudgedFinding[] {
  return findingsWithChanges(evolve(live, next, { ...at, policy: 'additive', witnessBudget: { contracts: 0 } })).filter(
    (j) => j.finding.severity === 'error',
  );
}
