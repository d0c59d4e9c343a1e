// Change kinds of the objects keyword family (see ../families/objects.ts) beyond declared
// properties (./objects-properties.ts): additionalProperties, patternProperties, dependencies,
// propertyNames and the property counts. A property name's effective schema is `properties[N]`
// with every matching `patternProperties` schema, or else `additionalProperties`: absent = an open
// content model, `false` = closed, a schema = partially open.

import { defineKinds } from './kind.js';
import { objectPropertyKinds } from './objects-properties.js';
import { patternAdded, patternRemoved } from '../families/objects-patterns.js';
import { compareAdditional, compareCount, compareDependencies, comparePropertyNames } from '../families/objects.js';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  obj(properties, { additionalProperties: false, ...extra });
const str = { type: 'string' };

const objectKeywordKinds = defineKinds({
  // --- additionalProperties ---------------------------------------------------------------------
  'content-model-closed': {
    raisedBy: () => compareAdditional,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'additionalProperties became `false`: live events carrying undeclared properties are rejected.',
    example: { old: obj({ id: str }), new: closed({ id: str }) },
    fix: 'Declare every property live events carry before closing the schema.',
  },
  'content-model-opened': {
    raisedBy: () => compareAdditional,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary:
      'additionalProperties is no longer `false` (removed, or a schema): consumers on the live schema reject events carrying undeclared properties.',
    example: { old: closed({ id: str }), new: obj({ id: str }) },
    fix: 'Keep `additionalProperties: false` (the platform requires it) and declare new properties instead.',
  },

  // --- patternProperties ------------------------------------------------------------------------
  'property-pattern-added-to-open-content-model': {
    raisedBy: () => patternAdded,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A patternProperties regex was added where the live schema allowed matching names with any value.',
    example: { old: obj({ id: str }), new: obj({ id: str }, { patternProperties: { '^x-': str } }) },
    fix: 'Live events may carry matching names with other values: use a regex no live property name matches, or leave the values unconstrained.',
    note: 'Which names a regex captures is judged conservatively: declared properties it matches, and other regexes that may overlap it, are compared with it as well.',
  },
  'property-pattern-added-to-closed-content-model': {
    raisedBy: () => patternAdded,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'A patternProperties regex was added to a closed content model: names it matches are newly allowed.',
    example: { old: closed({ id: str }), new: closed({ id: str }, { patternProperties: { '^x-': str } }) },
    fix: 'Compatible for live events; consumers on the live schema reject events carrying matching names until they upgrade.',
    note: 'Declared properties the regex matches, and regexes that may overlap it, are compared with its schema (reported separately).',
  },
  'property-pattern-added-to-partially-open-content-model': {
    raisedBy: () => patternAdded,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'A patternProperties regex was added where matching names were allowed by an additionalProperties schema; the two schemas are compared and their differences reported.',
    example: {
      old: obj({ id: str }, { additionalProperties: str }),
      new: obj({ id: str }, { additionalProperties: str, patternProperties: { '^x-': str } }),
    },
    fix: 'Keep the regex schema at least as wide as the additionalProperties schema.',
  },
  'property-pattern-removed-from-open-content-model': {
    raisedBy: () => patternRemoved,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary:
      'A patternProperties regex was removed from an open content model: matching names are still accepted, with any value.',
    example: { old: obj({ id: str }, { patternProperties: { '^x-': str } }), new: obj({ id: str }) },
    fix: 'Keep the regex until consumers no longer rely on its constraint.',
  },
  'property-pattern-removed-from-closed-content-model': {
    raisedBy: () => patternRemoved,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary:
      'A patternProperties regex was removed from a closed content model: live events carrying matching names are rejected.',
    example: { old: closed({ id: str }, { patternProperties: { '^x-': str } }), new: closed({ id: str }) },
    fix: 'Keep the regex, or declare the names live events carry.',
  },
  'property-pattern-removed-to-partially-open-content-model': {
    raisedBy: () => patternRemoved,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'A patternProperties regex was removed where matching names now fall under an additionalProperties schema; the two schemas are compared and their differences reported.',
    example: {
      old: obj({ id: str }, { additionalProperties: str, patternProperties: { '^x-': str } }),
      new: obj({ id: str }, { additionalProperties: str }),
    },
    fix: 'Keep the additionalProperties schema at least as wide as the removed regex schema.',
  },

  // --- dependencies -----------------------------------------------------------------------------
  'dependency-array-added': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A property dependency (list form) was added: when the property is present, the listed ones must be too.',
    example: {
      old: obj({ card: str, billing: str }),
      new: obj({ card: str, billing: str }, { dependencies: { card: ['billing'] } }),
    },
    fix: 'Make sure every producer sends the listed properties first.',
  },
  'dependency-array-removed': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'A property dependency (list form) was removed.',
    example: {
      old: obj({ card: str, billing: str }, { dependencies: { card: ['billing'] } }),
      new: obj({ card: str, billing: str }),
    },
    fix: 'Keep the dependency until consumers no longer rely on it.',
  },
  'dependency-array-extended': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A property dependency lists more properties: live events lacking the new ones are rejected.',
    example: {
      old: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['billing'] } }),
      new: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['billing', 'cvv'] } }),
    },
    fix: 'Make sure every producer sends the added properties first.',
  },
  'dependency-array-narrowed': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'A property dependency lists fewer properties.',
    example: {
      old: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['billing', 'cvv'] } }),
      new: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['billing'] } }),
    },
    fix: 'Keep the dependency until consumers no longer rely on it.',
  },
  'dependency-array-changed': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: false,
    summary: 'A property dependency lists other properties: some added, some dropped.',
    example: {
      old: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['billing'] } }),
      new: obj({ card: str, billing: str, cvv: str }, { dependencies: { card: ['cvv'] } }),
    },
    fix: 'Change a dependency in two steps: add the new properties (once producers send them), then drop the old ones.',
  },
  'dependency-schema-added': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A schema dependency was added: when the property is present, the event must also match the schema.',
    example: {
      old: obj({ card: str }),
      new: obj({ card: str }, { dependencies: { card: { required: ['billing'] } } }),
    },
    fix: 'Make sure every live event with the property already matches the schema.',
  },
  'dependency-schema-removed': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'A schema dependency was removed.',
    example: {
      old: obj({ card: str }, { dependencies: { card: { required: ['billing'] } } }),
      new: obj({ card: str }),
    },
    fix: 'Keep the dependency until consumers no longer rely on it.',
  },
  'dependency-form-changed': {
    raisedBy: () => compareDependencies,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'A dependency changed between a property list and a schema; the list is read as `{ required: [...] }` and the two schemas are compared, their differences reported.',
    example: {
      old: obj({ card: str, billing: str }, { dependencies: { card: ['billing'] } }),
      new: obj({ card: str, billing: str }, { dependencies: { card: { required: ['billing'] } } }),
    },
    fix: 'Nothing to fix by itself; see the differences reported with it.',
  },

  // --- propertyNames, minProperties, maxProperties -----------------------------------------------
  'property-names-added': {
    raisedBy: () => comparePropertyNames,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A propertyNames schema was added: live events with names it rejects are rejected.',
    example: { old: { type: 'object' }, new: { type: 'object', propertyNames: { maxLength: 8 } } },
    fix: 'Make sure every property name live events carry matches the schema.',
  },
  'property-names-removed': {
    raisedBy: () => comparePropertyNames,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'The propertyNames schema was removed.',
    example: { old: { type: 'object', propertyNames: { maxLength: 8 } }, new: { type: 'object' } },
    fix: 'Keep the schema until consumers no longer rely on it.',
  },
  'min-properties-added': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'minProperties was added: live events with fewer properties are rejected.',
    example: { old: { type: 'object' }, new: { type: 'object', minProperties: 1 } },
    fix: 'Make sure live events already carry that many properties.',
  },
  'min-properties-removed': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'minProperties was removed.',
    example: { old: { type: 'object', minProperties: 1 }, new: { type: 'object' } },
    fix: 'Keep it until consumers no longer rely on it.',
  },
  'min-properties-increased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'minProperties increased: live events with fewer properties are rejected.',
    example: { old: { type: 'object', minProperties: 1 }, new: { type: 'object', minProperties: 2 } },
    fix: 'Keep the old minimum.',
  },
  'min-properties-decreased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'minProperties decreased.',
    example: { old: { type: 'object', minProperties: 2 }, new: { type: 'object', minProperties: 1 } },
    fix: 'Keep the old minimum until consumers no longer rely on it.',
  },
  'max-properties-added': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'maxProperties was added: live events with more properties are rejected.',
    example: { old: { type: 'object' }, new: { type: 'object', maxProperties: 10 } },
    fix: 'Make sure live events never carry more properties than that.',
  },
  'max-properties-removed': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'maxProperties was removed.',
    example: { old: { type: 'object', maxProperties: 10 }, new: { type: 'object' } },
    fix: 'Keep it until consumers no longer rely on it.',
  },
  'max-properties-increased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary: 'maxProperties increased.',
    example: { old: { type: 'object', maxProperties: 10 }, new: { type: 'object', maxProperties: 20 } },
    fix: 'Keep the old maximum until consumers no longer rely on it.',
  },
  'max-properties-decreased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'maxProperties decreased: live events with more properties are rejected.',
    example: { old: { type: 'object', maxProperties: 20 }, new: { type: 'object', maxProperties: 10 } },
    fix: 'Keep the old maximum.',
  },
});

/** The whole family, declared properties first. */
export const objectsKinds = { ...objectPropertyKinds, ...objectKeywordKinds };
