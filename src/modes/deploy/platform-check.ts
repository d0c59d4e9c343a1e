// Before the first write: every schema update the plan holds must be one the platform accepts (an
// additive evolution of the live version), approved breaking changes and looser policies included.
// The platform refuses the others with 400, so the deploy stops here instead of half-way.

import type { LiveState } from '../../baseline/types.js';
import { sameContent } from '../../core/canonical.js';
import type { Contract } from '../../core/contract.js';
import { notAdditive } from '../../evolution/platform-rule.js';

export interface PlatformRefusal {
  name: string;
  file: string;
  /** `rule at /pointer`, one per problem. */
  problems: string[];
}

export function platformRefusals(contracts: Contract[], live: LiveState | undefined): PlatformRefusal[] {
  if (!live) return [];
  const out: PlatformRefusal[] = [];
  for (const c of contracts) {
    const l = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
    if (!l || sameContent(l.doc, c.doc)) continue;
    const found = notAdditive(l.doc, c.doc, { file: c.file, contract: c.name });
    if (found.length > 0) out.push({ name: c.name, file: c.file, problems: found.map((f) => `${f.rule} at ${f.pointer || '/'}`) });
  }
  return out;
}

/** What to tell the user: which schemas, why, and the way a breaking change does ship. */
export function refusalMessage(refusals: PlatformRefusal[]): string {
  const lines = refusals.map((r) => `  ${r.file}: ${r.name} — ${r.problems.join(', ')}`);
  return [
    `deploy stopped before any write: the platform accepts only additive updates of a schema (it answers 400 NOT_ADDITIVE otherwise), even for an approved breaking change:`,
    ...lines,
    `To ship a breaking version, publish it under a new title (a new schema, e.g. ${refusals[0]!.name}V2), move the consumers, then retire the old one.`,
  ].join('\n');
}
