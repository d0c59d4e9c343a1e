// One line per finished operation, printed as the deploy goes: a deploy at the tenant's rate limit
// runs for many seconds, and silence until the end reads as a hang.
//   [12/43] updated schema OrderPlaced 1.2.0 → 1.3.0
//   [13/43] FAILED update filter Billing: the platform's validation refused the filter: …
// The counter counts contracts (schemas and filters) as they finish; group assignments follow.
// The deploy hands each finished operation to the front (onProgress), which prints this line.

import { escapeControl } from '../core/log-safe.js';
import type { DeployOperation } from '../core/deploy-result.js';

const DONE: Record<DeployOperation['operation'], string> = {
  create: 'created',
  update: 'updated',
  activate: 'activated',
  'assign-group': 'assigned',
};

export function progressLine(op: DeployOperation, counter: string): string {
  const what = `${op.operation === 'assign-group' ? 'group' : op.kind} ${escapeControl(op.name)}`;
  const versions =
    op.versionBefore && op.versionAfter && op.versionBefore !== op.versionAfter
      ? ` ${op.versionBefore} → ${op.versionAfter}`
      : op.versionAfter
        ? ` ${op.versionAfter}`
        : '';
  const head = `[${counter}]`;
  switch (op.outcome) {
    case 'applied':
      return `${head} ${DONE[op.operation]} ${what}${op.operation === 'activate' ? ' (ACTIVE)' : escapeControl(versions)}${op.keptLive?.length ? ` (kept live changes at ${escapeControl(op.keptLive.join(', '))})` : ''}`;
    case 'unchanged':
      return `${head} unchanged ${what}${op.keptLive?.length ? ` (kept live changes at ${escapeControl(op.keptLive.join(', '))})` : ''}`;
    default:
      return `${head} ${op.outcome.toUpperCase()} ${op.operation} ${what}${op.error ? `: ${escapeControl(op.error)}` : ''}`;
  }
}
