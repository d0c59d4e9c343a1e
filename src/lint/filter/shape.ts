// The parts of a filter document the checks read, tolerant of malformed data (filter-invalid
// reports the shape; the other checks look only at entries that have it).

import { isRecord } from '../context.js';

export const CHANNELS = ['voice', 'chat', 'email', 'sms', 'web'] as const;
export const OPERATORS = ['equals', 'not_equals', 'greater_than', 'less_than', 'contains', 'in'] as const;
export const PATTERN_TYPES = ['regex', 'cidr', 'prefix'] as const;

export type Operator = (typeof OPERATORS)[number];

export function isOperator(value: unknown): value is Operator {
  return (OPERATORS as readonly unknown[]).includes(value);
}

/** The object entries of `matchers` or `pattern_rules`, with their index in the list. */
export function entries(
  doc: Record<string, unknown>,
  key: 'matchers' | 'pattern_rules',
): [Record<string, unknown>, number][] {
  const list = doc[key];
  if (!Array.isArray(list)) return [];
  const out: [Record<string, unknown>, number][] = [];
  list.forEach((entry, i) => {
    if (isRecord(entry)) out.push([entry, i]);
  });
  return out;
}
