// unknown-attribute and operator-type-mismatch: a filter attribute must be a property path that
// some event schema declares, and its operator must fit the types that path can have.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, type Path } from '../context.js';
import { entries, isOperator, type Operator } from '../filter/shape.js';
import { ANY_TYPE, buildPathIndex, TYPE_BITS } from './path-index.js';
import { checkMatcherValue } from './values.js';

export const rules = defineRules({
  unknownAttribute: {
    id: 'unknown-attribute',
    raisedBy: () => checkAttributes,
    test: 'test/lint/cross.test.ts',
    severity: 'warning',
    summary: 'A matcher `attribute` or pattern rule `field` is a property path declared in some event schema.',
    doc:
      "Filters address event data by dotted paths (`customer.tier`; array items continue the array's path, " +
      '`items.sku`). A path that no schema in the repository declares is usually a typo or a renamed property, and ' +
      'the filter then matches nothing. It is a warning, not an error, because events may come from schemas that are ' +
      'not in this repository. Objects with free-form keys (`additionalProperties` as a schema or `true`, or ' +
      '`patternProperties`) accept any sub-path. Not checked when the run has no schemas.',
    fix: 'Correct the path to a declared property (see the suggestion), or add the schema that declares it to the repository.',
  },
  operatorTypeMismatch: {
    id: 'operator-type-mismatch',
    raisedBy: () => checkAttributes,
    test: 'test/lint/cross.test.ts',
    severity: 'error',
    summary: "A matcher's operator fits at least one type its attribute has in the schemas.",
    doc:
      'greater_than and less_than compare numbers (integer, number); contains looks into strings and arrays; equals ' +
      'and not_equals compare single values (string, integer, number, boolean, null); in compares a single value ' +
      '(string, integer, number, boolean) with a list. When the attribute has none of the fitting types in any schema ' +
      'that declares it - greater_than on a string, contains on a number, equals on an array - the matcher can never ' +
      'work as written. Attributes declared without a type are not checked.',
    fix: 'Use an operator that fits the attribute type (e.g. equals or in for strings, contains for arrays), or point the matcher at the intended attribute.',
  },
});

/** Distinct unknown paths per run that get a spelling suggestion beyond the same-name one. */
const MAX_FUZZY_PATHS = 200;

/** The types each operator can work on. */
const FITS: Readonly<Record<Operator, readonly string[]>> = {
  equals: ['string', 'integer', 'number', 'boolean', 'null'],
  not_equals: ['string', 'integer', 'number', 'boolean', 'null'],
  greater_than: ['integer', 'number'],
  less_than: ['integer', 'number'],
  contains: ['string', 'array'],
  in: ['string', 'integer', 'number', 'boolean'],
};

export function checkAttributes(contracts: readonly Contract[]): Finding[] {
  const schemas = contracts.filter((c) => c.kind === 'schema').map((c) => c.doc);
  if (schemas.length === 0) return []; // nothing to check against: silence beats a warning per attribute
  const index = buildPathIndex(schemas);
  const unknownMessage = new Map<string, string>(); // many filters share attributes
  const out: Finding[] = [];

  const checkPath = (contract: Contract, path: unknown, at: Path, what: string): number | undefined => {
    if (typeof path !== 'string' || path === '') return undefined;
    const types = index.lookup(path);
    if (types !== undefined) return types;
    let message = unknownMessage.get(path);
    if (message === undefined) {
      const sameLeaf = index.sameLeaf(path).slice(0, 3);
      // A near miss of a whole path when no declared path ends in the same name (few lookups:
      // messages are cached per path).
      const nearest = sameLeaf.length === 0 && unknownMessage.size < MAX_FUZZY_PATHS ? index.nearest(path) : undefined;
      const near = nearest === undefined ? sameLeaf : [nearest];
      const hint = near.length > 0 ? ` (did you mean ${near.map((p) => `"${p}"`).join(' or ')}?)` : '';
      message = `${what} "${path}" is not a property path in any of the ${index.schemaCount} event schemas${hint}`;
      unknownMessage.set(path, message);
    }
    out.push(report(rules.unknownAttribute, contract, at, message));
    return undefined;
  };

  for (const c of contracts) {
    if (c.kind !== 'filter') continue;
    for (const [m, i] of entries(c.doc, 'matchers')) {
      const types = checkPath(c, m.attribute, ['matchers', i, 'attribute'], 'attribute');
      if (types !== undefined && isOperator(m.operator)) {
        const why = mismatch(m.operator, types);
        if (why)
          out.push(
            report(
              rules.operatorTypeMismatch,
              c,
              ['matchers', i, 'operator'],
              `${m.operator} does not fit attribute "${String(m.attribute)}", which is ${why}`,
            ),
          );
        else out.push(...checkMatcherValue(c, m, i, m.attribute as string, types, index));
      }
    }
    for (const [r, i] of entries(c.doc, 'pattern_rules')) checkPath(c, r.field, ['pattern_rules', i, 'field'], 'field');
  }
  return out;
}

const bitsOf = (names: readonly string[]): number => names.reduce((bits, t) => bits | TYPE_BITS[t]!, 0);
const FITS_BITS = Object.fromEntries(Object.entries(FITS).map(([op, names]) => [op, bitsOf(names)])) as Record<
  Operator,
  number
>;

/** A description of the attribute's types when `op` fits none of them, else null. */
function mismatch(op: Operator, types: number): string | null {
  if (types === 0 || types & ANY_TYPE || types & FITS_BITS[op]) return null;
  const names = Object.keys(TYPE_BITS).filter((t) => types & TYPE_BITS[t]!);
  return `${names.join(' or ')} in the schemas; ${op} works on ${FITS[op].join(', ')}`;
}
