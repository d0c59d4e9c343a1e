// The evolution stage: live schema vs repo schema -> changes -> findings under a policy.
// The seam the full engine plugs into: `compareSchemas` (walker) and `judgeChanges` (verdicts).

import type { Finding } from '../core/finding.js';
import type { Change } from './change.js';
import { judgeChanges, type JudgeContext } from './judge.js';
import { evolutionRules } from './rules.js';
import { compareSchemas } from './simple-walker.js';

export type { Change, ChangeKind } from './change.js';
export { VERDICTS, verdict, type Verdict } from './policy.js';
export { compareSchemas, judgeChanges, evolutionRules };

export function evolve(
  live: Record<string, unknown>,
  repo: Record<string, unknown>,
  ctx: JudgeContext,
): { changes: Change[]; findings: Finding[] } {
  const changes = compareSchemas(live, repo);
  return { changes, findings: judgeChanges(changes, ctx) };
}

export const ruleSources = [
  { source: 'src/evolution/rules.ts (raised in src/evolution/judge.ts)', rules: Object.values(evolutionRules) },
];
