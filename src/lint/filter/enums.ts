// unknown-channel, unknown-operator, unknown-pattern-type: the platform's closed vocabularies.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show } from '../context.js';
import { didYouMean } from '../suggest.js';
import { CHANNELS, entries, OPERATORS, PATTERN_TYPES } from './shape.js';

export const rules = defineRules({
  unknownChannel: {
    id: 'unknown-channel',
    raisedBy: () => checkEnums,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: '`channel` is one of voice, chat, email, sms, web.',
    doc:
      'A filter sees the events of one interaction channel. The platform knows five channels and rejects any other ' +
      'value (including different capitalization) when the filter is created.',
    fix: 'Set `channel` to voice, chat, email, sms or web.',
  },
  unknownOperator: {
    id: 'unknown-operator',
    raisedBy: () => checkEnums,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'Every matcher `operator` is one of equals, not_equals, greater_than, less_than, contains, in.',
    doc:
      'Matchers compare an event attribute with a value using one of six operators. Spellings from other tools ' +
      '(`eq`, `==`, `gt`, `greater-than`, `not_in`) are rejected by the platform when the filter is created.',
    fix: 'Use equals, not_equals, greater_than, less_than, contains or in.',
  },
  unknownPatternType: {
    id: 'unknown-pattern-type',
    raisedBy: () => checkEnums,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'Every pattern rule `type` is one of regex, cidr, prefix.',
    doc:
      'A pattern rule tests an event field with a regular expression (`regex`), an IP range (`cidr`) or a string ' +
      'prefix (`prefix`). Any other type is rejected by the platform, and the pattern itself cannot be checked.',
    fix: 'Set `type` to regex, cidr or prefix.',
  },
});

/** Operator spellings of other query languages. */
const OPERATOR_ALIASES: Readonly<Record<string, string>> = {
  eq: 'equals',
  '=': 'equals',
  '==': 'equals',
  equal: 'equals',
  is: 'equals',
  ne: 'not_equals',
  neq: 'not_equals',
  '!=': 'not_equals',
  '<>': 'not_equals',
  gt: 'greater_than',
  '>': 'greater_than',
  lt: 'less_than',
  '<': 'less_than',
  includes: 'contains',
  has: 'contains',
  one_of: 'in',
  any_of: 'in',
};

export function checkEnums(contract: Contract): Finding[] {
  const out: Finding[] = [];
  const doc = contract.doc;
  if (doc.channel !== undefined && !(CHANNELS as readonly unknown[]).includes(doc.channel)) {
    out.push(
      report(
        rules.unknownChannel,
        contract,
        ['channel'],
        `channel ${show(doc.channel)} is not a CXone channel${didYouMean(doc.channel, CHANNELS)}; use one of ${CHANNELS.join(', ')}`,
      ),
    );
  }
  for (const [m, i] of entries(doc, 'matchers')) {
    if (m.operator !== undefined && !(OPERATORS as readonly unknown[]).includes(m.operator)) {
      out.push(
        report(
          rules.unknownOperator,
          contract,
          ['matchers', i, 'operator'],
          `operator ${show(m.operator)} is not a CXone operator${didYouMean(m.operator, OPERATORS, OPERATOR_ALIASES)}; use one of ${OPERATORS.join(', ')}`,
        ),
      );
    }
  }
  for (const [r, i] of entries(doc, 'pattern_rules')) {
    if (r.type !== undefined && !(PATTERN_TYPES as readonly unknown[]).includes(r.type)) {
      out.push(
        report(
          rules.unknownPatternType,
          contract,
          ['pattern_rules', i, 'type'],
          `pattern rule type ${show(r.type)} is not supported${didYouMean(r.type, PATTERN_TYPES)}; use one of ${PATTERN_TYPES.join(', ')}`,
        ),
      );
    }
  }
  return out;
}
