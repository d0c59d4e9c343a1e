// Issue 12, class "one-member and duplicate combinators": {allOf|anyOf|oneOf: [X]} is X, allOf
// and anyOf duplicates count once, allOf members split or hoisted are the same schema — while a
// member duplicated in oneOf can never be "the one" (oneOf [X, X, Y] = ¬X ∧ Y).

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable } from './harness.js';

const S = { type: 'string' };
const I = { type: 'integer' };
const prop = (s: unknown) => ({ type: 'object', properties: { s } });

semanticsTable('one-member and duplicate combinators', [
  { name: 'string -> allOf [string]', old: prop(S), new: prop({ allOf: [S] }), backward: true, forward: true },
  { name: 'string -> anyOf [string]', old: prop(S), new: prop({ anyOf: [S] }), backward: true, forward: true },
  { name: 'string -> oneOf [string]', old: prop(S), new: prop({ oneOf: [S] }), backward: true, forward: true },
  { name: 'allOf [string] -> string', old: prop({ allOf: [S] }), new: prop(S), backward: true, forward: true },
  {
    name: 'nested one-member lists',
    old: prop(S),
    new: prop({ anyOf: [{ allOf: [{ oneOf: [S] }] }] }),
    backward: true,
    forward: true,
  },
  {
    name: 'allOf split: {string, maxLength 3} -> allOf [string, maxLength 3]',
    old: prop({ type: 'string', maxLength: 3 }),
    new: prop({ allOf: [S, { maxLength: 3 }] }),
    backward: true,
    forward: true,
  },
  {
    name: 'allOf hoist: allOf [{properties a}, {properties b, required b}] -> one node',
    old: { allOf: [{ properties: { a: S } }, { properties: { b: I }, required: ['b'] }] },
    new: { properties: { a: S, b: I }, required: ['b'] },
    backward: true,
    forward: true,
  },
  {
    name: 'allOf split, then a real narrowing',
    old: prop({ type: 'string', maxLength: 5 }),
    new: prop({ allOf: [S, { maxLength: 3 }] }),
    backward: false,
    forward: true,
    witness: { backward: { s: 'abcd' } },
  },
  {
    name: 'allOf members that clash stay a list (additionalProperties reads its own properties)',
    old: { allOf: [{ properties: { a: S }, additionalProperties: false }, { properties: { b: S } }] },
    new: { allOf: [{ properties: { a: S }, additionalProperties: false }, { properties: { b: S } }], required: ['a'] },
    backward: false,
    forward: true,
    witness: { backward: {} },
  },
  {
    name: 'anyOf [S, integer] -> anyOf [S, S, integer]',
    old: { anyOf: [S, I] },
    new: { anyOf: [S, S, I] },
    backward: true,
    forward: true,
  },
  { name: 'allOf [S, S] -> S', old: { allOf: [S, S] }, new: S, backward: true, forward: true },
  { name: 'anyOf [{}, {}] -> {}', old: { anyOf: [{}, {}] }, new: {}, backward: true, forward: true },
  { name: 'anyOf [S, {}] -> {}', old: { anyOf: [S, {}] }, new: {}, backward: true, forward: true },
  {
    name: 'oneOf [S, S, integer] is ¬S ∧ integer: the duplicate is never "the one"',
    old: { oneOf: [S, S, I] },
    new: { allOf: [{ not: S }, I] },
    backward: true,
    forward: true,
  },
  {
    name: 'oneOf [S, S, integer] -> integer (¬S says nothing about integers)',
    old: { oneOf: [S, S, I] },
    new: I,
    backward: true,
    forward: true,
  },
  {
    name: 'a type-disjoint not is no constraint',
    old: { type: 'integer', not: S },
    new: I,
    backward: true,
    forward: true,
  },
  {
    name: 'oneOf [S, integer] -> oneOf [S, S, integer] rejects strings',
    old: { oneOf: [S, I] },
    new: { oneOf: [S, S, I] },
    backward: false,
    forward: true,
    witness: { backward: 'x' },
  },
  { name: 'oneOf [S, false] -> S', old: { oneOf: [S, false] }, new: S, backward: true, forward: true },
  { name: 'oneOf [true, S] is ¬S', old: { oneOf: [true, S] }, new: { not: S }, backward: true, forward: true },
  {
    name: 'oneOf [S, S] accepts nothing',
    old: { oneOf: [S, S] },
    new: false,
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'cyclic $ref through allOf terminates',
    old: {
      allOf: [{ $ref: '#/definitions/d' }],
      definitions: { d: { type: 'object', properties: { next: { $ref: '#/definitions/d' } } } },
    },
    new: {
      allOf: [{ $ref: '#/definitions/d' }],
      definitions: { d: { type: 'object', properties: { next: { $ref: '#/definitions/d' } }, required: ['next'] } },
    },
    backward: false,
    forward: true,
    witness: { backward: {} },
    empty: 'new', // `next` required all the way down: no finite event
  },
]);

describe('a node that is its own allOf member', () => {
  // d = d ∧ {type: string}: no validator can evaluate it (ajv recurses without end), but the
  // comparison must still terminate, and a change beside the cycle is still found.
  const cyclic = (extra: object) => ({
    allOf: [{ $ref: '#/definitions/d' }],
    definitions: { d: { allOf: [{ $ref: '#/definitions/d' }], type: 'string', ...extra } },
  });
  it('terminates, and an annotation is the only change', () => {
    expect(compareSchemas(cyclic({}), { ...cyclic({}), title: 'same' }).map((c) => c.kind)).toEqual([
      'annotation-changed',
    ]);
  });
  it('a bound added beside the cycle is found, located in the definition', () => {
    const changes = compareSchemas(cyclic({}), cyclic({ maxLength: 3 }));
    expect(changes.map((c) => [c.kind, c.pointer])).toEqual([['max-length-added', '/definitions/d/maxLength']]);
  });
});

const nullable = { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 3 }] };
const card = { properties: { kind: { const: 'card' } }, required: ['kind'] };
const bank = { properties: { kind: { const: 'bank' } }, required: ['kind'] };

semanticsTable('members that split values by type or by value are one schema', [
  {
    name: 'oneOf [string, integer] -> type [string, integer]',
    old: { oneOf: [S, I] },
    new: { type: ['string', 'integer'] },
    backward: true,
    forward: true,
  },
  {
    name: 'type [string, integer] -> oneOf [string, integer]',
    old: { type: ['string', 'integer'] },
    new: { oneOf: [S, I] },
    backward: true,
    forward: true,
  },
  {
    name: 'anyOf [string, integer] -> string',
    old: { anyOf: [S, I] },
    new: S,
    backward: false,
    forward: true,
    witness: { backward: 1 },
  },
  {
    name: 'nullable anyOf -> one node with both types',
    old: prop(nullable),
    new: prop({ type: ['string', 'null'], maxLength: 3 }),
    backward: true,
    forward: true,
  },
  {
    name: 'nullable anyOf -> one node, maxLength tightened',
    old: prop(nullable),
    new: prop({ type: ['string', 'null'], maxLength: 2 }),
    backward: false,
    forward: true,
    witness: { backward: { s: 'abc' } },
  },
  {
    name: 'enum -> anyOf of enums',
    old: { enum: ['a', 'b', 'c'] },
    new: { anyOf: [{ enum: ['a', 'b'] }, { enum: ['c'] }] },
    backward: true,
    forward: true,
  },
  {
    name: 'enum -> oneOf of consts',
    old: { enum: ['a', 'b'] },
    new: { oneOf: [{ const: 'a' }, { const: 'b' }] },
    backward: true,
    forward: true,
  },
  {
    name: 'oneOf of overlapping enums: the values listed once',
    old: { oneOf: [{ enum: ['a', 'b'] }, { enum: ['b', 'c'] }] },
    new: { enum: ['a', 'c'] },
    backward: true,
    forward: true,
  },
]);

const flag = { type: ['boolean', 'object'], properties: { style: S }, additionalProperties: false };
const flagObject = {
  type: 'object',
  properties: { style: S, enabled: { type: 'boolean' } },
  additionalProperties: false,
};

semanticsTable('a node split by type into the members of a new list', [
  {
    name: 'type [boolean, object] -> oneOf [boolean, object with one more member]',
    old: flag,
    new: { oneOf: [{ type: 'boolean' }, flagObject] },
    backward: true,
    forward: false,
    witness: { forward: { enabled: true } },
  },
  {
    name: '... and a member of a type the node did not have',
    old: flag,
    new: { oneOf: [{ type: 'boolean' }, { enum: ['error', 'warning'] }, flagObject] },
    backward: true,
    forward: false,
    witness: { forward: 'error' },
    additive: 'breaking',
  },
  {
    name: '... with the object member narrowed',
    old: flag,
    new: {
      oneOf: [
        { type: 'boolean' },
        { type: 'object', properties: { style: { type: 'string', maxLength: 2 } }, additionalProperties: false },
      ],
    },
    backward: false,
    forward: true,
    witness: { backward: { style: 'abc' } },
  },
  {
    name: '... with no member for booleans',
    old: flag,
    new: {
      anyOf: [
        { type: 'string', $comment: 'not fused: written through a list member of its own' },
        { type: 'object', properties: { style: S }, additionalProperties: false },
      ],
      $comment: 'x',
    },
    backward: false,
    forward: false,
    witness: { backward: true, forward: 'x' },
  },
  {
    name: 'a node that became anyOf with a member constraining nothing on its types',
    old: flagObject,
    new: {
      anyOf: [
        { ...flagObject, properties: { ...flagObject.properties, style: { type: 'string', maxLength: 2 } } },
        { maxLength: 2 },
      ],
    },
    backward: true,
    forward: false,
    witness: { forward: 'ab' },
    additive: 'breaking',
  },
  {
    name: '... but a member that constrains objects does not cover them',
    old: flagObject,
    new: {
      anyOf: [
        { ...flagObject, properties: { ...flagObject.properties, style: { type: 'string', maxLength: 2 } } },
        { maxLength: 2, minProperties: 3 },
      ],
    },
    backward: false,
    forward: false,
    witness: { backward: { style: 'abc' }, forward: 'ab' },
  },
]);

semanticsTable('a list beside type that is removed or becomes one node', [
  {
    name: 'anyOf beside type removed',
    old: prop({ type: 'string', anyOf: [{ minLength: 2 }, { const: 'a' }] }),
    new: prop(S),
    backward: true,
    forward: false,
    witness: { forward: { s: 'b' } },
  },
  {
    name: 'oneOf beside type removed',
    old: prop({ type: 'string', oneOf: [{ minLength: 2 }, { const: 'a' }] }),
    new: prop(S),
    backward: true,
    forward: false,
    witness: { forward: { s: 'b' } },
  },
  {
    name: 'anyOf of two bounds -> the looser bound',
    old: { type: 'string', anyOf: [{ maxLength: 2 }, { maxLength: 3 }] },
    new: { type: 'string', maxLength: 3 },
    backward: true,
    forward: true,
  },
  {
    name: 'a member that is all of the node type makes the anyOf no constraint',
    old: S,
    new: { type: 'string', anyOf: [{ minimum: 3 }] },
    backward: true,
    forward: true,
  },
  {
    name: 'discriminated union -> one of its members',
    old: { anyOf: [card, bank] },
    new: card,
    backward: false,
    forward: true,
    witness: { backward: { kind: 'bank' } },
  },
  {
    name: 'two oneOf members that always match: nothing is valid',
    old: { type: 'object', oneOf: [{ type: 'object' }, { enum: [['a']] }] },
    new: { type: 'object', oneOf: [{ type: 'object', anyOf: [{}] }, {}] },
    backward: false,
    forward: true,
    witness: { backward: {} },
    empty: 'new',
  },
]);
