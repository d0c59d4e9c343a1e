// operator-value-type: the value of a matcher must be of the kind its operator compares.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show } from '../context.js';
import { entries, isOperator, type Operator } from './shape.js';

export const rules = defineRules({
  operatorValueType: {
    id: 'operator-value-type',
    raisedBy: () => checkOperatorValues,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary:
      'greater_than/less_than take a number, `in` a non-empty list, equals/not_equals/contains one string, number or boolean.',
    doc:
      'Each operator compares with a particular kind of value. `greater_than` and `less_than` compare numbers, so a ' +
      'string such as "platinum" or even "300" in quotes never compares as intended; `in` needs a non-empty list of ' +
      'candidates; `equals`, `not_equals` and `contains` compare with a single value, so a list there is a mistake ' +
      '(usually `in` was meant).',
    fix: 'Give greater_than/less_than a number without quotes, `in` a list, and the other operators a single value.',
  },
});

/** Why `value` does not suit `op`, or null when it does. */
function problem(op: Operator, value: unknown): string | null {
  switch (op) {
    case 'greater_than':
    case 'less_than':
      if (typeof value === 'number' && Number.isFinite(value)) return null;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return `${op} needs a number, not the string ${show(value)}; write ${value.trim()} without quotes`;
      return `${op} needs a number, not ${show(value)}`;
    case 'in':
      if (Array.isArray(value) && value.length > 0) return null;
      return Array.isArray(value)
        ? 'in needs a non-empty list of values'
        : `in needs a list of values, not ${show(value)}; write [${show(value)}] or use equals`;
    default:
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
      return Array.isArray(value)
        ? `${op} compares with one value, not a list; use in for a list of candidates`
        : `${op} needs a string, number or boolean, not ${show(value)}`;
  }
}

export function checkOperatorValues(contract: Contract): Finding[] {
  const out: Finding[] = [];
  for (const [m, i] of entries(contract.doc, 'matchers')) {
    if (!isOperator(m.operator) || !('value' in m)) continue; // unknown operator / missing value: reported elsewhere
    const why = problem(m.operator, m.value);
    if (why) out.push(report(rules.operatorValueType, contract, ['matchers', i, 'value'], why));
  }
  return out;
}
