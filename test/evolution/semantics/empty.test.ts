// Issue 12, "false alarms": a schema (or subschema) no value satisfies accepts nothing however it
// is spelt, and keywords for a type a node cannot hold constrain nothing. A change inside such a
// place cannot reject a live event; a place that newly accepts nothing rejects every live event
// that reached it.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable } from './harness.js';

const S = { type: 'string' };
const obj = (properties: object, extra: object = {}) => ({ type: 'object', properties, ...extra });

semanticsTable('schemas that accept nothing, and places no value reaches', [
  {
    name: 'a property whose string bounds cross, given a schema: now allowed',
    old: obj({ a: { type: 'string', minLength: 3, maxLength: 1 } }),
    new: obj({ a: S }),
    backward: true,
    forward: false,
    witness: { forward: { a: 'x' } },
  },
  {
    name: 'a property whose string bounds now cross: every live value of it is rejected',
    old: obj({ a: S }),
    new: obj({ a: { type: 'string', minLength: 3, maxLength: 1 } }),
    backward: false,
    forward: true,
    witness: { backward: { a: 'x' } },
  },
  {
    name: 'integer between 0.2 and 0.8 (none) -> integer',
    old: { type: 'integer', minimum: 0.2, maximum: 0.8 },
    new: { type: 'integer' },
    backward: true,
    forward: false,
    witness: { forward: 1 },
    empty: 'old',
  },
  {
    name: 'an integer whose then/else both want objects accepts nothing',
    old: {
      type: 'integer',
      if: { type: 'string' },
      then: { type: 'object' },
      else: { type: 'object', properties: { a: S } },
    },
    new: { type: 'integer', if: { type: 'string', maxLength: 2 }, then: { type: 'object' }, else: { type: 'object' } },
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'a required property declared false: no object is valid, whatever else changes',
    old: obj({ a: false, b: S }, { required: ['a'] }),
    new: obj({ a: false, b: { type: 'integer' } }, { required: ['a'] }),
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'every enum value of the wrong type: nothing either way',
    old: { type: 'string', enum: [1, 2] },
    new: { type: 'string', enum: [1] },
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'enum values the type rejects are not values',
    old: { type: 'string', enum: ['a', 1] },
    new: { enum: ['a'] },
    backward: true,
    forward: true,
  },
  {
    name: 'properties of a node that can never be an object constrain nothing',
    old: { properties: { c: false, a: { minimum: -1 } }, required: ['c'] },
    new: { properties: { c: false, a: { minimum: 0 } }, required: ['c'] },
    backward: true,
    forward: true,
  },
  {
    name: 'object keywords inside propertyNames (names are strings) constrain nothing',
    old: { type: 'object', propertyNames: { maxLength: 3 } },
    new: { type: 'object', propertyNames: { maxLength: 3, minimum: 5, required: ['x'] } },
    backward: true,
    forward: true,
  },
  {
    name: 'array keywords in a dependency schema (it only sees objects) constrain nothing',
    old: { type: 'object', dependencies: { a: { required: ['b'] } } },
    new: { type: 'object', dependencies: { a: { required: ['b'], items: S, minItems: 2 } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a dependency list and the schema that requires the same names',
    old: { type: 'object', dependencies: { a: ['b'] } },
    new: { type: 'object', dependencies: { a: { required: ['b'] } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a property propertyNames rejects never reaches its schema',
    old: obj({ a: S, b: S }, { propertyNames: { pattern: '^b' } }),
    new: obj({ a: { type: 'string', minLength: 3 }, b: S }, { propertyNames: { pattern: '^b' } }),
    backward: true,
    forward: true,
  },
  {
    name: 'maxProperties filled by the required names: no other property is ever present',
    old: obj({ a: S, b: S }, { required: ['a'], maxProperties: 1 }),
    new: obj({ a: S, b: false }, { required: ['a'], maxProperties: 1 }),
    backward: true,
    forward: true,
  },
  {
    name: 'a property whose declared and pattern schemas share no type is never present',
    old: obj({ b: S }, { patternProperties: { '^b': { type: 'integer' } } }),
    new: obj(
      { b: { type: 'string', maxLength: 1 } },
      { patternProperties: { '^b': { type: 'integer' } }, dependencies: { b: ['c'] } },
    ),
    backward: true,
    forward: true,
  },
  {
    name: 'a literal pattern naming a name propertyNames rejects',
    old: obj({}, { propertyNames: { maxLength: 1 }, patternProperties: { '^cc$': S } }),
    new: obj({}, { propertyNames: { maxLength: 1 }, patternProperties: { '^cc$': { type: 'integer' } } }),
    backward: true,
    forward: true,
  },
  {
    name: 'a name that becomes unreachable: every live event holding it is rejected',
    old: obj({ a: S, b: S }),
    new: obj({ a: S, b: S }, { propertyNames: { pattern: '^a' } }),
    backward: false,
    forward: true,
    witness: { backward: { b: 'x' } },
  },
  {
    name: 'the required names come to fill maxProperties: the other names are rejected',
    old: obj({ a: S, b: S }, { required: ['a'], maxProperties: 2 }),
    new: obj({ a: S, b: S }, { required: ['a'], maxProperties: 1 }),
    backward: false,
    forward: true,
    witness: { backward: { a: 'x', b: 'y' } },
  },
  {
    name: 'a pattern no name propertyNames allows matches',
    old: obj(
      {},
      { propertyNames: { enum: ['b'] }, patternProperties: { '^a': { properties: { c: { type: 'number' } } } } },
    ),
    new: obj({}, { propertyNames: { enum: ['b'] }, patternProperties: { '^a': false } }),
    backward: true,
    forward: true,
  },
  {
    name: 'a property whose dependency list brings a name that can never be present',
    old: obj({ a: { type: 'array' }, b: S }, { dependencies: { a: ['b'], b: { type: 'string' } } }),
    new: obj({ a: false, b: S }, { dependencies: { a: ['b'], b: { type: 'string' } } }),
    backward: true,
    forward: true,
  },
]);

describe('a $ref that names nothing is breaking wherever it stands, the documents equal or not', () => {
  const missing = { $ref: '#/definitions/missing' };
  it.each([
    ['under a not the type is copied into', { type: 'string', not: missing }, '/not'],
    ['in a node no value satisfies', { type: 'string', minLength: 3, maxLength: 1, allOf: [missing] }, '/allOf/0'],
    ['beside a true anyOf member', { anyOf: [true, missing] }, '/anyOf/1'],
    [
      'under properties no object can have (maxProperties 0)',
      { type: 'object', maxProperties: 0, properties: { a: missing } },
      '/properties/a',
    ],
    ['under items no array can have (maxItems 0)', { type: 'array', maxItems: 0, items: missing }, '/items'],
    ['in then without if', { then: missing }, '/then'],
    ['beside a false allOf member', { allOf: [false, missing] }, '/allOf/1'],
  ])('%s', (_name, doc, at) => {
    expect(compareSchemas(doc, doc).map((c) => `${c.kind} ${c.pointer}`)).toEqual([`ref-unresolvable ${at}`]);
    expect(
      compareSchemas(doc, { ...doc, description: 'now documented' }).map((c) => `${c.kind} ${c.pointer}`),
    ).toContain(`ref-unresolvable ${at}`);
  });

  it('a definition nothing refers to constrains nothing, broken or not', () => {
    const doc = { type: 'object', definitions: { unused: { $ref: '#/definitions/unused' } } };
    expect(compareSchemas(doc, doc)).toEqual([]);
  });
});

describe('what a finding says when a place comes to accept nothing', () => {
  it('names the reason, not just "false"', () => {
    const [change] = compareSchemas(obj({ a: S }), obj({ a: { type: 'string', minLength: 3, maxLength: 1 } }));
    expect(change).toMatchObject({ kind: 'false-schema-introduced', pointer: '/properties/a' });
    expect(change!.message).toContain('minLength 3 is above maxLength 1');
  });

  it('says why a property can never be present', () => {
    const changes = compareSchemas(obj({ a: S, b: S }), obj({ a: S, b: S }, { required: ['a'], maxProperties: 1 }));
    const b = changes.find((c) => c.pointer === '/properties/b');
    expect(b).toMatchObject({ kind: 'false-schema-introduced' });
    expect(b!.message).toContain('maxProperties 1 leaves room for the required names only');
  });
});
