// One finding per drift item: the rule, a one-line message naming what differs and who changed it
// last, placed in the repo file (at the first differing node where the file exists).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { finding } from '../../core/rule.js';
import { driftRule } from './rules.js';
import type { DriftItem } from './types.js';

export function itemFinding(item: DriftItem, contract: Contract | undefined): Finding {
  const f = finding(driftRule(item.rule), {
    message: itemMessage(item),
    file: item.file,
    pointer: item.pointer,
    contract: item.name,
  });
  if (contract) {
    const pos = contract.locate(item.pointer);
    f.line = pos.line;
    f.column = pos.column;
  }
  return f;
}

export function itemMessage(item: DriftItem): string {
  const what = `${item.kind} "${item.name}"`;
  return `${what} ${describe(item)}${byWhom(item)}`;
}

function describe(item: DriftItem): string {
  switch (item.rule) {
    case 'drift-live-only':
      return `exists live${item.liveVersion ? ` (${item.liveVersion})` : ''} but not in the repo`;
    case 'drift-repo-only':
      return 'is in the repo but not in the live tenant';
    case 'drift-version-mismatch':
      return item.changes
        ? `was changed live without a version bump (both ${item.repoVersion ?? 'unversioned'}): ${countChanges(item)}`
        : `has the same content live and in the repo under another cxoneVersion (live ${item.liveVersion ?? 'none'}, repo ${item.repoVersion ?? 'none'})`;
    case 'drift-modified':
      return item.kind === 'filter'
        ? `differs live in ${item.fields!.length} field(s): ${item
            .fields!.slice(0, 3)
            .map((d) => d.pointer)
            .join(', ')}${item.fields!.length > 3 ? ', ...' : ''}`
        : `was changed live (live ${item.liveVersion ?? 'none'}, repo ${item.repoVersion ?? 'none'}): ${countChanges(item)}`;
    case 'drift-undeployed':
      return `has a repo change that is not deployed${item.repoVersion || item.liveVersion ? ` (repo ${item.repoVersion ?? 'unversioned'}, live ${item.liveVersion ?? 'unversioned'})` : ''}: run the deploy, or see why the last one failed`;
    case 'drift-group-membership':
      return item.group!.member
        ? `is in routing group "${item.group!.id}" live, which the repo does not name for it`
        : `is not in its routing group "${item.group!.id}" live (taken out of band; the next deploy puts it back)`;
    case 'filter-dead':
      return `matched no event in the dead-filter window`;
    case 'filter-not-active':
      return `is ${item.status}${item.statusMessage ? ` (${item.statusMessage})` : ''}, not ACTIVE`;
  }
}

function countChanges(item: DriftItem): string {
  const c = item.changes!;
  if (c.outOfBand.length === 0 && item.fields)
    return `${item.fields.length} field(s) differ: ${item.fields
      .slice(0, 3)
      .map((d) => d.pointer)
      .join(', ')}`;
  const breaking = c.outOfBand.filter((x) => x.breaking).length;
  const first = c.outOfBand[0]?.message;
  return `${c.outOfBand.length} change(s)${breaking ? `, ${breaking} breaking for events valid under the repo version` : ''}${first ? ` — ${first}` : ''}`;
}

function byWhom(item: DriftItem): string {
  const a = item.attribution;
  if (!a) return '';
  return `; last ${a.action} by ${a.actor}${a.source ? ` (${a.source})` : ''} at ${a.timestamp}`;
}
