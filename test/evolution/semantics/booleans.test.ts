// Issue 12, class "boolean subschemas": `false` replaced by a schema is a widening only, `true`
// replaced by a schema a narrowing only, and whole true/false documents are valid inputs.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable } from './harness.js';

const obj = (a: unknown) => ({ type: 'object', properties: { a } });

semanticsTable('boolean subschemas', [
  {
    name: 'property false -> string',
    old: obj(false),
    new: obj({ type: 'string' }),
    backward: true,
    forward: false,
    witness: { forward: { a: 'x' } },
  },
  {
    name: 'property string -> false',
    old: obj({ type: 'string' }),
    new: obj(false),
    backward: false,
    forward: true,
    witness: { backward: { a: 'x' } },
  },
  {
    name: 'property true -> string',
    old: obj(true),
    new: obj({ type: 'string' }),
    backward: false,
    forward: true,
    witness: { backward: { a: 1 } },
  },
  {
    name: 'property string -> true',
    old: obj({ type: 'string' }),
    new: obj(true),
    backward: true,
    forward: false,
    witness: { forward: { a: 1 } },
    additive: 'breaking',
  },
  { name: 'property false -> {not: {}}', old: obj(false), new: obj({ not: {} }), backward: true, forward: true },
  {
    name: 'property false -> {type: string, not: {}}',
    old: obj(false),
    new: obj({ type: 'string', not: {} }),
    backward: true,
    forward: true,
  },
  {
    name: 'items false -> integer',
    old: { type: 'array', items: false },
    new: { type: 'array', items: { type: 'integer' } },
    backward: true,
    forward: false,
    witness: { forward: [1] },
  },
  {
    name: 'document false -> true',
    old: false,
    new: true,
    backward: true,
    forward: false,
    witness: { forward: 1 },
    empty: 'old',
  },
  {
    name: 'document true -> false',
    old: true,
    new: false,
    backward: false,
    forward: true,
    witness: { backward: 1 },
    empty: 'new',
  },
  { name: 'document true -> {}', old: true, new: {}, backward: true, forward: true },
  { name: 'document false -> {not: {}}', old: false, new: { not: {} }, backward: true, forward: true, empty: 'both' },
  {
    name: 'document {type: string} -> false',
    old: { type: 'string' },
    new: false,
    backward: false,
    forward: true,
    witness: { backward: 'x' },
    empty: 'new',
  },
  {
    name: 'allOf with a false member is false',
    old: { allOf: [{ type: 'string' }, false] },
    new: false,
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'anyOf of false members is false',
    old: { anyOf: [false, false] },
    new: false,
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'anyOf [false, S] is S',
    old: { anyOf: [false, { type: 'string' }] },
    new: { type: 'string' },
    backward: true,
    forward: true,
  },
  {
    name: 'disjoint types in allOf accept nothing',
    old: { allOf: [{ type: 'string' }, { type: 'integer' }] },
    new: false,
    backward: true,
    forward: true,
    empty: 'both',
  },
]);

describe('the false schema is judged whole', () => {
  it('false -> schema is one widening at the property, not a narrowing keyword by keyword', () => {
    const changes = compareSchemas(obj(false), obj({ type: 'string', minLength: 2 }));
    expect(changes.map((c) => [c.kind, c.pointer])).toEqual([['false-schema-replaced', '/properties/a']]);
  });
});
