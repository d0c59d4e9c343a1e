// What one plan item does, in words, for the check's text and the job summary: the pointers an
// update changes, the live change it undoes, the filters that join or leave a group, the platform's
// validation of a filter (dry run), and why an item is blocked or unknown. Plain text: callers escape.

import type { PlanAction, PlanItem } from '../core/report.js';
import { byCodeUnit } from '../core/order.js';

/** The order plan items are listed and counted in. */
export const PLAN_ACTIONS: readonly PlanAction[] = ['create', 'update', 'unchanged', 'blocked', 'unknown'];

const SHOWN = 5;

export function planDetail(p: PlanItem): string[] {
  const out: string[] = [];
  if (p.members) {
    const { add, remove } = p.members;
    if (add.length > 0) out.push(`joins: ${few(add)}`);
    if (remove.length > 0) out.push(`leaves: ${few(remove)}`);
  }
  if (p.changes && p.changes.length > 0) out.push(`changes ${few(p.changes, p.changesMore ?? 0)}`);
  if (p.reverts) out.push(`reverts a live change by ${p.reverts.actor} at ${p.reverts.timestamp}`);
  if (p.validation)
    out.push(
      p.validation.valid
        ? 'the platform validates it'
        : `the platform's validation refuses it: ${p.validation.message ?? 'no message'}`,
    );
  if (p.action === 'blocked' || p.action === 'unknown') out.push(...p.reasons);
  return out;
}

/** Sort key: by action, then kind, then file or name. */
export function planOrder(a: PlanItem, b: PlanItem): number {
  return (
    PLAN_ACTIONS.indexOf(a.action) - PLAN_ACTIONS.indexOf(b.action) ||
    byCodeUnit(a.kind, b.kind) ||
    byCodeUnit(a.file ?? a.name, b.file ?? b.name)
  );
}

function few(list: readonly string[], unlisted = 0): string {
  const more = list.length - Math.min(list.length, SHOWN) + unlisted;
  return list.slice(0, SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
