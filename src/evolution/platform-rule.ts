// The platform's own rule for a schema update (cxone-api.md): it accepts only an additive
// evolution of the stored version (400 otherwise), whatever policy or approval the repo uses. The
// emulator answers its 400 from this; a deploy checks it before its first write, so an update the
// platform would refuse stops the run before anything is written, not half-way.

import type { Finding } from '../core/finding.js';
import { evolve } from './index.js';

/** The error-level findings that make the platform refuse `next` as an update of `live`. */
export function notAdditive(live: Record<string, unknown>, next: Record<string, unknown>, at: { file: string; contract: string }): Finding[] {
  return evolve(live, next, { ...at, policy: 'additive', witnessBudget: { contracts: 0 } }).findings.filter((f) => f.severity === 'error');
}
