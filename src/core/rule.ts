// A Rule is a stable id, a default severity and the documentation a user reads when it fires.
// Each stage keeps its rules next to the checks that raise them; src/core/rule-registry.ts lists
// every rule file, and docs/rules.md is generated from that registry.

import type { Finding, Severity } from './finding.js';

export interface Rule {
  /** Stable kebab-case id. Never rename: configs and scripts depend on it. */
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  summary: string;
  /** One paragraph: why it matters. */
  doc: string;
  /** How to fix a finding of this rule. */
  fix: string;
}

export function defineRules<const T extends Record<string, Rule>>(rules: T): T {
  return rules;
}

export interface FindingInput {
  message: string;
  file: string;
  pointer?: string;
  line?: number;
  column?: number;
  contract?: string;
  help?: string;
  witness?: unknown;
}

/** Make a finding of `rule` at its default severity (overrides are applied later, centrally). */
export function finding(rule: Rule, input: FindingInput): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: input.message,
    file: input.file,
    pointer: input.pointer ?? '',
    line: input.line ?? 0,
    column: input.column ?? 0,
    ...(input.contract !== undefined ? { contract: input.contract } : {}),
    help: input.help ?? rule.fix,
    ...(input.witness !== undefined ? { witness: input.witness } : {}),
  };
}
