// What `cxone-contract rules [ID]` prints: the rule list (id, default severity, summary), or one
// rule in full. A change kind adds its verdict under each policy, computed by the policy code
// itself. The rules are handed in (the registry is the front's to read).

import type { Rule } from '../core/rule.js';
import { kindVerdict, type Verdict } from '../evolution/policy.js';
import { KINDS, type ChangeKind } from '../evolution/kinds/index.js';
import { POLICIES, type Policy } from '../settings/types.js';
import { ruleDocUrl } from './rule-docs.js';
import { prettyJson } from './json.js';

export type RulesFormat = 'text' | 'json';

/** Every rule, one per line (text) or one JSON document. */
export function ruleList(rules: readonly Rule[], format: RulesFormat): string {
  if (format === 'json')
    return prettyJson({ rules: rules.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })) });
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...rules.map((r) => r.severity.length));
  return rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(sevWidth)}  ${r.summary}\n`).join('');
}

/** One rule in full: what it checks, why, how to fix it, where its code is; for a change kind, its verdicts. */
export function ruleDetail(rule: Rule, format: RulesFormat): string {
  const verdicts = policyVerdicts(rule.id);
  // The function's name comes from the reference itself; its file and line are in the generated docs.
  const code = rule.raisedBy().name;
  if (format === 'json') {
    const { id, severity, summary, doc, fix, test } = rule;
    return prettyJson({
      id,
      severity,
      summary,
      doc,
      fix,
      raisedBy: code,
      test,
      docs: ruleDocUrl(id),
      ...(verdicts ? { policies: verdicts } : {}),
    });
  }
  const lines = [
    `${rule.id} (default severity: ${rule.severity})`,
    '',
    rule.summary,
    '',
    rule.doc,
    '',
    `How to fix: ${rule.fix}`,
  ];
  if (verdicts) {
    const width = Math.max(...POLICIES.map((p) => p.length));
    lines.push('', 'Verdict under each policy:', ...POLICIES.map((p) => `  ${p.padEnd(width)}  ${verdicts[p]}`));
  }
  lines.push('', `Code: ${code} (its file and line: docs/rules.md#${rule.id})`, `Test: ${rule.test}`);
  return lines.join('\n') + '\n';
}

/** A change kind's verdict under every policy; undefined for a rule that is not a change kind. */
function policyVerdicts(id: string): Record<Policy, Verdict> | undefined {
  if (!Object.hasOwn(KINDS, id)) return undefined;
  return Object.fromEntries(POLICIES.map((p) => [p, kindVerdict(id as ChangeKind, p)])) as Record<Policy, Verdict>;
}
