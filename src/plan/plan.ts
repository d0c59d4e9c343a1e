// The plan: what a deploy would do with each contract, decided by content, never by version string.
//   blocked   – the contract has an error-level finding (lint or breaking change) after triage
//   create    – not live yet
//   unchanged – live content equals the repo content
//   update    – otherwise

import { sameContent } from '../core/canonical.js';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import type { PlanItem } from '../core/report.js';
import type { LiveState } from '../baseline/types.js';

export function buildPlan(contracts: Contract[], live: LiveState | undefined, findings: Finding[]): PlanItem[] {
  const blockers = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.suppressed) continue;
    const list = blockers.get(f.file) ?? [];
    list.push(`${f.rule}: ${f.message}`);
    blockers.set(f.file, list);
  }
  const items: PlanItem[] = [];
  for (const c of contracts) {
    // Only schemas have a live baseline from an export file; filters join the plan with the API.
    if (c.kind !== 'schema' || !live) continue;
    const liveSchema = live.schemas.get(c.name);
    const version = typeof c.doc.cxoneVersion === 'string' ? c.doc.cxoneVersion : undefined;
    const liveVersion = typeof liveSchema?.doc.cxoneVersion === 'string' ? liveSchema.doc.cxoneVersion : undefined;
    const reasons = blockers.get(c.file) ?? [];
    const action = reasons.length > 0 ? 'blocked' : !liveSchema ? 'create' : sameContent(liveSchema.doc, c.doc) ? 'unchanged' : 'update';
    items.push({
      kind: c.kind,
      name: c.name,
      file: c.file,
      action,
      ...(version !== undefined ? { version } : {}),
      ...(liveVersion !== undefined ? { liveVersion } : {}),
      ...(liveSchema?.etag !== undefined ? { etag: liveSchema.etag } : {}),
      reasons,
    });
  }
  return items;
}
