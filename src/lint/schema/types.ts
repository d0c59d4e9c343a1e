// unsupported-type: the platform accepts only the seven JSON types, anywhere in the schema.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show } from '../context.js';
import { closest } from '../suggest.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  unsupportedType: {
    id: 'unsupported-type',
    raisedBy: () => checkTypes,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: 'Every `type` in the schema is one of string, integer, number, boolean, array, object, null.',
    doc:
      'The CXone schema registry rejects, with a 400 at deploy time, a schema in which any `type` - at the top, ' +
      'in nested `properties`, array `items`, `definitions` or `allOf`/`anyOf`/`oneOf`/`not` branches, and each entry ' +
      'of a type list - is not one of the seven JSON Schema types. Names from other type systems (`text`, `int`, ' +
      '`float`, `date`, `map`) are the usual cause.',
    fix: 'Use one of string, integer, number, boolean, array, object, null; for dates use `type: string` with `format: date-time`.',
  },
});

export const SUPPORTED_TYPES: readonly string[] = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'];
const SUPPORTED = new Set(SUPPORTED_TYPES);

/** What people usually meant. */
const MEANT: Record<string, string> = {
  text: 'string',
  str: 'string',
  char: 'string',
  uuid: 'string',
  date: 'string (format: date)',
  datetime: 'string (format: date-time)',
  'date-time': 'string (format: date-time)',
  timestamp: 'string (format: date-time)',
  int: 'integer',
  long: 'integer',
  short: 'integer',
  int32: 'integer',
  int64: 'integer',
  float: 'number',
  double: 'number',
  decimal: 'number',
  bool: 'boolean',
  list: 'array',
  map: 'object',
  dict: 'object',
  record: 'object',
  struct: 'object',
  none: 'null',
};

export function checkTypes(contract: Contract): Finding[] {
  const out: Finding[] = [];
  const bad = (value: unknown, path: readonly (string | number)[]): void => {
    // Another type system's name, else a near miss of a JSON type (`Integer`, `Strin`).
    const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
    const meant =
      lower === undefined ? undefined : Object.hasOwn(MEANT, lower) ? MEANT[lower] : closest(lower, SUPPORTED_TYPES);
    const hint = meant ? ` (did you mean ${meant}?)` : '';
    out.push(
      report(
        rules.unsupportedType,
        contract,
        path,
        `type ${show(value)} is not supported by CXone${hint}; use one of ${SUPPORTED_TYPES.join(', ')}`,
      ),
    );
  };
  walkSchema(contract.doc, (node, path) => {
    if (!('type' in node)) return;
    const t = node.type;
    if (Array.isArray(t)) {
      t.forEach((v, i) => {
        if (!SUPPORTED.has(v as string)) bad(v, [...path, 'type', i]);
      });
    } else if (!SUPPORTED.has(t as string)) {
      bad(t, [...path, 'type']);
    }
  });
  return out;
}
