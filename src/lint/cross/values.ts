// impossible-filter-value: an equals / not_equals / in value that the attribute can never hold,
// by its types or its enum in every schema that declares it (`equals: kiosk` on enum web, app).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show, type Path } from '../context.js';
import { didYouMean } from '../suggest.js';
import { ANY_TYPE, TYPE_BITS, type AllowedValues, type PathIndex } from './path-index.js';

export const rules = defineRules({
  impossibleFilterValue: {
    id: 'impossible-filter-value',
    raisedBy: () => checkMatcherValue,
    test: 'test/lint/values.test.ts',
    severity: 'error',
    summary: 'An equals, not_equals or in value is one the attribute can hold by its type and `enum` in the schemas.',
    doc:
      'A matcher compares an event attribute with a value. When no schema that declares the attribute allows that ' +
      'value - a string for an integer attribute, `kiosk` for an attribute whose `enum` is web and app - `equals` and ' +
      '`in` never match and `not_equals` always matches: the filter does not do what it says. Usually the value is ' +
      'misspelled, differs in case, or belongs to another attribute. Attributes declared without a type or enum, and ' +
      'paths below free-form objects, are not checked.',
    fix: 'Use one of the values the schema allows (the message lists them), or point the matcher at the intended attribute.',
  },
});

/** Values listed in a message at most; enums can be long. */
const SHOWN = 10;

/** Findings for the value of matcher `i` of `contract`, whose attribute `attribute` the index declares with `types`. */
export function checkMatcherValue(
  contract: Contract,
  m: Record<string, unknown>,
  i: number,
  attribute: string,
  types: number,
  index: PathIndex,
): Finding[] {
  const op = m.operator;
  if (op !== 'equals' && op !== 'not_equals' && op !== 'in') return [];
  const allowed = index.values(attribute);
  const one = (value: unknown, at: Path): Finding[] => {
    const why = impossible(value, types, allowed);
    return why
      ? [
          report(
            rules.impossibleFilterValue,
            contract,
            at,
            `${String(op)} ${show(value)} can never match attribute "${attribute}": ${why}`,
          ),
        ]
      : [];
  };
  if (op === 'in') return Array.isArray(m.value) ? m.value.flatMap((v, j) => one(v, ['matchers', i, 'value', j])) : [];
  return one(m.value, ['matchers', i, 'value']);
}

/**
 * Why no schema lets `attribute` hold `value`, or null when some may (or the value's kind is wrong:
 * operator-value-type).
 */
function impossible(value: unknown, types: number, allowed: AllowedValues | undefined): string | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  if (types !== 0 && !(types & ANY_TYPE) && !(types & bitsOf(value))) {
    return `it is ${typeNames(types).join(' or ')} in the schemas, and ${show(value)} is ${kindOf(value)}`;
  }
  // An anyOf/oneOf member (or another schema) that allows the value's type without an enum allows it.
  if (allowed === undefined || (allowed.free & bitsOf(value)) !== 0 || allowed.listed.includes(value)) return null;
  const { listed } = allowed;
  const parts =
    listed.length === 0
      ? []
      : [
          listed
            .slice(0, SHOWN)
            .map((v) => show(v))
            .join(', ') + (listed.length > SHOWN ? `, ... (${listed.length} values)` : ''),
        ];
  const freeNames = typeNames(allowed.free);
  if (freeNames.length > 0) parts.push(`any ${freeNames.join(' or ')} value`);
  const strings = listed.filter((v): v is string => typeof v === 'string');
  return `the schemas allow ${parts.length > 0 ? 'only ' + parts.join(', or ') : 'no value'}${didYouMean(value, strings)}`;
}

function typeNames(bits: number): string[] {
  return Object.keys(TYPE_BITS).filter((t) => bits & TYPE_BITS[t]!);
}

function bitsOf(value: string | number | boolean): number {
  if (typeof value === 'string') return TYPE_BITS.string!;
  if (typeof value === 'boolean') return TYPE_BITS.boolean!;
  // An integral number is an integer and a number in JSON Schema.
  return Number.isInteger(value) ? TYPE_BITS.integer! | TYPE_BITS.number! : TYPE_BITS.number!;
}

function kindOf(value: string | number | boolean): string {
  return typeof value === 'string' ? 'a string' : typeof value === 'boolean' ? 'a boolean' : 'a number';
}
