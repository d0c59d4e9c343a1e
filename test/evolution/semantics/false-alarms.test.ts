// Issue 12, class "false alarms": equivalent forms normalise to one, and keywords that do not
// apply to the instance types a schema can hold (from `type`, `enum`, `const`) are no constraint.

import { semanticsTable } from './harness.js';

const S = { type: 'string' };

semanticsTable('false alarms', [
  {
    name: 'minimum added to a string enum',
    old: { enum: ['a', 'b'] },
    new: { enum: ['a', 'b'], minimum: 3 },
    backward: true,
    forward: true,
  },
  { name: 'required added to a string', old: S, new: { ...S, required: ['x'] }, backward: true, forward: true },
  {
    name: 'maxLength added to a number const',
    old: { const: 5 },
    new: { const: 5, maxLength: 0 },
    backward: true,
    forward: true,
  },
  {
    name: 'items changed on an object',
    old: { type: 'object', items: S },
    new: { type: 'object', items: { type: 'integer' } },
    backward: true,
    forward: true,
  },
  {
    name: 'minimum added to [string, integer] still binds',
    old: { type: ['string', 'integer'] },
    new: { type: ['string', 'integer'], minimum: 3 },
    backward: false,
    forward: true,
    witness: { backward: 1 },
  },
  {
    name: 'minimum added to an enum holding a number still binds',
    old: { enum: ['a', 1] },
    new: { enum: ['a', 1], minimum: 3 },
    backward: false,
    forward: true,
    witness: { backward: 1 },
  },
  {
    name: 'integer -> number with multipleOf 1',
    old: { type: 'integer' },
    new: { type: 'number', multipleOf: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'number multipleOf 2 -> integer multipleOf 2',
    old: { type: 'number', multipleOf: 2 },
    new: { type: 'integer', multipleOf: 2 },
    backward: true,
    forward: true,
  },
  {
    name: 'integer -> number multipleOf 0.5 widens',
    old: { type: 'integer' },
    new: { type: 'number', multipleOf: 0.5 },
    backward: true,
    forward: false,
    witness: { forward: 0.5 },
    additive: 'breaking',
  },
  { name: 'not not X -> X', old: S, new: { not: { not: S } }, backward: true, forward: true },
  { name: 'not false -> {}', old: { not: false }, new: {}, backward: true, forward: true },
  { name: 'not true -> false', old: { not: true }, new: false, backward: true, forward: true, empty: 'both' },
  { name: 'not {} -> not true', old: { not: {} }, new: { not: true }, backward: true, forward: true, empty: 'both' },
  {
    name: 'allOf split across members of a property',
    old: { type: 'object', properties: { n: { type: 'integer', minimum: 0, maximum: 9 }, m: S }, required: ['n'] },
    new: {
      type: 'object',
      allOf: [{ properties: { n: { type: 'integer' } } }, { properties: { m: S } }, { required: ['n'] }],
      properties: { n: { minimum: 0, maximum: 9 } },
    },
    backward: true,
    forward: true,
  },
  {
    name: 'allOf bounds: the tighter one',
    old: { allOf: [{ minimum: 1 }, { minimum: 3 }] },
    new: { minimum: 3 },
    backward: true,
    forward: true,
  },
  {
    name: 'a not of a type the node never holds added',
    old: { type: 'object' },
    new: { type: 'object', not: { type: 'string', maxLength: 0 } },
    backward: true,
    forward: true,
  },
  {
    name: 'object -> anything but one string',
    old: { type: 'object' },
    new: { not: { type: 'string', maxLength: 0 } },
    backward: true,
    forward: false,
    witness: { forward: 1 },
    additive: 'breaking',
  },
  {
    name: 'oneOf [true, boolean] is everything but booleans',
    old: { type: 'array', minItems: 2 },
    new: { oneOf: [true, { type: 'boolean' }] },
    backward: true,
    forward: false,
    witness: { forward: [] },
    additive: 'breaking',
  },
  {
    name: 'a pattern dropped from a declared name: its old values still fit the name schema',
    old: { type: 'object', properties: { b: { maxLength: 3 } }, patternProperties: { '^b': { type: 'string' } } },
    new: { type: 'object', properties: { b: { maxLength: 3 } } },
    backward: true,
    forward: false,
    witness: { forward: { b: 5 } },
  },
  {
    name: 'a pattern added over a declared name: new events meet both, old values must fit it',
    old: { type: 'object', properties: { b: { maxLength: 3 } } },
    new: { type: 'object', properties: { b: { maxLength: 3 } }, patternProperties: { '^b': { type: 'string' } } },
    backward: false,
    forward: true,
    witness: { backward: { b: 5 } },
  },
]);

// A side that lists its values is judged by them: each old value valid under the new schema keeps
// every live event, each new value valid under the old one adds none (families/enum-values.ts).
semanticsTable('a side judged by its listed values', [
  {
    name: 'structure -> one value it accepted, under not: wider',
    old: { not: { items: { type: 'integer' }, contains: { minLength: 2 } } },
    new: { not: { items: { type: 'integer', multipleOf: 3 }, contains: { minLength: 2 }, const: {} } },
    backward: true,
    forward: false,
    witness: { forward: 'x' },
  },
  {
    name: 'a value -> a schema every listed value passes',
    old: { const: false },
    new: { propertyNames: { maxLength: 1 } },
    backward: true,
    forward: false,
    witness: { forward: 1 },
  },
  {
    name: 'values -> a schema one of them fails',
    old: { enum: [{ a: 1 }, { abc: 1 }] },
    new: { propertyNames: { maxLength: 1 } },
    backward: false,
    forward: false,
    witness: { backward: { abc: 1 }, forward: 1 },
  },
  {
    name: 'the values of a pattern, both ways',
    old: { type: 'string', enum: ['ab', 'ac'] },
    new: { type: 'string', pattern: '^a' },
    backward: true,
    forward: false,
    witness: { forward: 'ad' },
  },
  {
    name: 'a schema -> values it accepted: narrower only',
    old: { type: 'object', properties: { a: { type: 'integer' } } },
    new: { enum: [{ a: 1 }, { b: 'x' }] },
    backward: false,
    forward: true,
    witness: { backward: {} },
  },
]);
