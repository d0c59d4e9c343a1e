// A Rule is a stable id, a default severity, the documentation a user reads when it fires, the
// function that raises it and the test that exercises it. Every stage (contracts, lint, evolution
// with its change kinds, plan, triage, drift) uses this one shape; src/rule-registry.ts lists every
// rule, and docs/rules.md and `cxone-contract rules` are generated from that registry.

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
  /**
   * The function that raises it, behind a thunk: rule tables and their checks import each other,
   * and a thunk is read only after every module has loaded. Go-to-definition leads to the code;
   * scripts/gen-docs.mjs resolves it to the file and line docs/rules.md shows.
   */
  raisedBy: RaisedBy;
  /** The test file (from the repo root) that exercises the rule. */
  test: string;
}

/** What a report shows of a rule (SARIF metadata): its words, not its code. */
export type RuleDoc = Pick<Rule, 'id' | 'severity' | 'summary' | 'doc' | 'fix'>;

/** A thunk returning the function that raises a rule. */
export type RaisedBy = () => (...args: never[]) => unknown;

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
