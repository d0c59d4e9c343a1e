// Issue 12, class "false alarms": equivalent forms normalise to one, and keywords that do not
// apply to the instance types a schema can hold (from `type`, `enum`, `const`) are no constraint.

import { semanticsTable } from './harness.js';

const S = { type: 'string' };

semanticsTable('false alarms', [
  { name: 'minimum added to a string enum', old: { enum: ['a', 'b'] }, new: { enum: ['a', 'b'], minimum: 3 }, backward: true, forward: true },
  { name: 'required added to a string', old: S, new: { ...S, required: ['x'] }, backward: true, forward: true },
  { name: 'maxLength added to a number const', old: { const: 5 }, new: { const: 5, maxLength: 0 }, backward: true, forward: true },
  { name: 'items changed on an object', old: { type: 'object', items: S }, new: { type: 'object', items: { type: 'integer' } }, backward: true, forward: true },
  { name: 'minimum added to [string, integer] still binds', old: { type: ['string', 'integer'] }, new: { type: ['string', 'integer'], minimum: 3 }, backward: false, forward: true, witness: { backward: 1 } },
  { name: 'minimum added to an enum holding a number still binds', old: { enum: ['a', 1] }, new: { enum: ['a', 1], minimum: 3 }, backward: false, forward: true, witness: { backward: 1 } },
  { name: 'integer -> number with multipleOf 1', old: { type: 'integer' }, new: { type: 'number', multipleOf: 1 }, backward: true, forward: true },
  { name: 'number multipleOf 2 -> integer multipleOf 2', old: { type: 'number', multipleOf: 2 }, new: { type: 'integer', multipleOf: 2 }, backward: true, forward: true },
  { name: 'integer -> number multipleOf 0.5 widens', old: { type: 'integer' }, new: { type: 'number', multipleOf: 0.5 }, backward: true, forward: false, witness: { forward: 0.5 }, additive: 'breaking' },
  { name: 'not not X -> X', old: S, new: { not: { not: S } }, backward: true, forward: true },
  { name: 'not false -> {}', old: { not: false }, new: {}, backward: true, forward: true },
  { name: 'not true -> false', old: { not: true }, new: false, backward: true, forward: true },
  { name: 'not {} -> not true', old: { not: {} }, new: { not: true }, backward: true, forward: true },
  {
    name: 'allOf split across members of a property',
    old: { type: 'object', properties: { n: { type: 'integer', minimum: 0, maximum: 9 }, m: S }, required: ['n'] },
    new: { type: 'object', allOf: [{ properties: { n: { type: 'integer' } } }, { properties: { m: S } }, { required: ['n'] }], properties: { n: { minimum: 0, maximum: 9 } } },
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
]);
