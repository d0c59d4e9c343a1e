// The plan: what a deploy does with each schema, filter and routing group, decided by content,
// never by version string. Computed once by the check; the PR check shows it, `deploy --dry-run`
// prints it, and the deploy writes exactly its create and update items (src/modes/deploy).
//   blocked   – the contract has an error-level finding (lint, breaking change, platform rule)
//   create    – not live yet
//   unchanged – live content equals the repo content: no request is sent
//   update    – otherwise, with the pointers it changes
//   unknown   – a filter checked against an export file (no live filters there)

import { changedPointers } from '../core/changed-pointers.js';
import { sameContent } from '../core/canonical.js';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { MAX_PLAN_CHANGES, type PlanItem } from '../core/report.js';
import { groupOf } from '../core/target-group.js';
import { filterContent, type LiveState } from '../baseline/types.js';

export function buildPlan(contracts: Contract[], live: LiveState | undefined, findings: Finding[]): PlanItem[] {
  if (!live) return [];
  const blockers = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.suppressed) continue;
    const list = blockers.get(f.file) ?? [];
    list.push(`${f.rule}: ${f.message}`);
    blockers.set(f.file, list);
  }
  const items: PlanItem[] = [];
  for (const c of contracts) {
    const reasons = blockers.get(c.file) ?? [];
    if (c.kind === 'schema') items.push(schemaItem(c, live, reasons));
    else items.push(filterItem(c, live, reasons));
  }
  return [...items, ...groupItems(contracts, items, live)];
}

function schemaItem(c: Contract, live: LiveState, reasons: string[]): PlanItem {
  const l = live.schemas.get(c.name);
  const version = versionOf(c.doc);
  const liveVersion = l ? versionOf(l.doc) : undefined;
  const head = {
    kind: c.kind,
    name: c.name,
    file: c.file,
    ...(version !== undefined ? { version } : {}),
    ...(liveVersion !== undefined ? { liveVersion } : {}),
    ...(l?.etag !== undefined ? { etag: l.etag } : {}),
  };
  if (reasons.length > 0) return { ...head, action: 'blocked', reasons };
  if (!l) return { ...head, action: 'create', reasons };
  // A live schema nested past the limit is not walked; it is one change, whole.
  const changes = l.tooDeep ? (sameContent(l.doc, c.doc) ? [] : ['/']) : changedPointers(l.doc, c.doc);
  if (changes.length === 0) return { ...head, action: 'unchanged', reasons };
  return { ...head, action: 'update', ...listed(changes), reasons };
}

function filterItem(c: Contract, live: LiveState, reasons: string[]): PlanItem {
  const head = { kind: c.kind, name: c.name, file: c.file };
  if (reasons.length > 0) return { ...head, action: 'blocked', reasons };
  if (!live.filters)
    return {
      ...head,
      action: 'unknown',
      reasons: [live.filtersUnknown ?? 'an export file holds no filters (the API plan lists them)'],
    };
  const l = live.filters.get(c.name);
  if (!l) return { ...head, action: 'create', reasons };
  const ours = filterContent(c.doc);
  const etag = l.etag !== undefined ? { etag: l.etag } : {};
  const changes = changedPointers(l.doc, ours);
  if (changes.length === 0) return { ...head, ...etag, action: 'unchanged', reasons };
  return { ...head, ...etag, action: 'update', ...listed(changes), reasons };
}

/**
 * Each routing group a repo filter targets, and each group a repo filter leaves: the filters that
 * join (ours, not in it yet) and leave (ours, moved to another group). The rest of a group's list
 * is kept, in order, as the deploy does (src/modes/deploy/groups.ts).
 */
function groupItems(contracts: Contract[], items: PlanItem[], live: LiveState): PlanItem[] {
  if (!live.filters || !live.groups) return [];
  const byName = new Map(items.filter((i) => i.kind === 'filter').map((i) => [i.name, i]));
  const nameOf = new Map([...live.filters].flatMap(([name, f]) => (f.id !== undefined ? [[f.id, name] as const] : [])));
  const groups = new Map<string, { add: string[]; remove: string[] }>();
  const change = (g: string) => {
    let m = groups.get(g);
    if (!m) groups.set(g, (m = { add: [], remove: [] }));
    return m;
  };
  for (const c of contracts) {
    if (c.kind !== 'filter' || byName.get(c.name)?.action === 'unknown') continue;
    const target = groupOf(c.doc);
    if (target === undefined) continue;
    const l = live.filters.get(c.name);
    const members = live.groups.get(target) ?? [];
    if (!l?.id || !members.includes(l.id)) change(target).add.push(c.name);
    else change(target);
    const before = groupOf(l?.doc);
    if (l?.id && before !== undefined && before !== target && (live.groups.get(before) ?? []).includes(l.id))
      change(before).remove.push(nameOf.get(l.id) ?? l.id);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, members]) => ({
      kind: 'group' as const,
      name,
      action: members.add.length + members.remove.length > 0 ? ('update' as const) : ('unchanged' as const),
      ...(members.add.length + members.remove.length > 0 ? { members } : {}),
      reasons: [],
    }));
}

/** The changed pointers, at most MAX_PLAN_CHANGES of them, and how many more there are. */
function listed(changes: string[]): Pick<PlanItem, 'changes' | 'changesMore'> {
  if (changes.length <= MAX_PLAN_CHANGES) return { changes };
  return { changes: changes.slice(0, MAX_PLAN_CHANGES), changesMore: changes.length - MAX_PLAN_CHANGES };
}

function versionOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}
