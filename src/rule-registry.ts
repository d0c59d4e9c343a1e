// Every rule the product can raise, with the file where its code lives. docs/rules.md is
// generated from this list (npm run docs); a rule id leads to its code in one step.

import type { Rule } from './core/rule.js';
import { ruleSources as contractRules } from './contracts/index.js';
import { ruleSources as evolutionRules } from './evolution/index.js';
import { ruleSources as lintRules } from './lint/index.js';
import { ruleSources as driftRules } from './modes/drift/rules.js';
import { removalRules } from './modes/removed.js';
import { checkRules } from './modes/skipped.js';
import { planRules } from './plan/platform.js';
import { triageRules } from './triage/triage.js';

export interface RuleSource {
  source: string;
  rules: Rule[];
}

export const RULE_SOURCES: RuleSource[] = [
  ...contractRules,
  ...lintRules,
  ...evolutionRules,
  { source: 'src/triage/triage.ts', rules: Object.values(triageRules) },
  { source: 'src/modes/skipped.ts', rules: Object.values(checkRules) },
  { source: 'src/modes/removed.ts', rules: Object.values(removalRules) },
  { source: 'src/plan/platform.ts', rules: Object.values(planRules) },
  ...driftRules,
];

export function allRules(): Rule[] {
  return RULE_SOURCES.flatMap((s) => s.rules);
}

let ids: Set<string> | undefined;
export function knownRuleIds(): ReadonlySet<string> {
  ids ??= new Set(allRules().map((r) => r.id));
  return ids;
}
