// Every rule the product can raise, as Rule objects: each names the function that raises it and its
// test. docs/rules.md (npm run docs) and `cxone-contract rules` are generated from this list, in
// this order (the SARIF output lists rules in it too).

import type { Rule } from './core/rule.js';
import { contractRules } from './contracts/index.js';
import { evolutionRules } from './evolution/index.js';
import { lintRules } from './lint/index.js';
import { driftRules } from './modes/drift/rules.js';
import { removalRules } from './modes/removed.js';
import { checkRules } from './modes/skipped.js';
import { planRules } from './plan/platform.js';
import { triageRules } from './triage/triage.js';

const RULES: readonly Rule[] = [
  ...contractRules,
  ...lintRules,
  ...evolutionRules(),
  ...Object.values(triageRules),
  ...Object.values(checkRules),
  ...Object.values(removalRules),
  ...Object.values(planRules),
  ...Object.values(driftRules),
];

export function allRules(): Rule[] {
  return [...RULES];
}

let ids: Set<string> | undefined;
export function knownRuleIds(): ReadonlySet<string> {
  ids ??= new Set(allRules().map((r) => r.id));
  return ids;
}
