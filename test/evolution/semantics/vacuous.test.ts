// Issue 12, "false alarms" and "removing what constrains nothing": a keyword that, given the
// node's other keywords, rejects no value is no constraint, and a finite set of values written as
// a type or as an enum is one set.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { AJV_OPTIONS } from '../arbitraries.js';
import { semanticsTable } from './harness.js';

const S = { type: 'string' };

semanticsTable('keywords that constrain nothing here, and one set of values in two spellings', [
  {
    name: 'multipleOf 1 added to an integer',
    old: { type: 'integer' },
    new: { type: 'integer', multipleOf: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'an enum value whose only member is __proto__ changed',
    old: { enum: [JSON.parse('{"__proto__": 1}')] },
    new: { enum: [JSON.parse('{"__proto__": 2}')] },
    backward: false,
    forward: false,
    witness: { backward: JSON.parse('{"__proto__": 1}'), forward: JSON.parse('{"__proto__": 2}') },
  },
  {
    name: 'maxLength every enum value meets',
    old: { type: 'string', enum: ['ab', 'c'] },
    new: { type: 'string', enum: ['ab', 'c'], maxLength: 2 },
    backward: true,
    forward: true,
  },
  {
    name: 'maxLength one enum value exceeds still binds',
    old: { type: 'string', enum: ['abc', 'c'] },
    new: { type: 'string', enum: ['abc', 'c'], maxLength: 2 },
    backward: false,
    forward: true,
    witness: { backward: 'abc' },
  },
  { name: 'pattern ".*" added', old: S, new: { ...S, pattern: '.*' }, backward: true, forward: true },
  { name: 'pattern "" added', old: S, new: { ...S, pattern: '' }, backward: true, forward: true },
  { name: 'pattern "^[\\s\\S]*$" added', old: S, new: { ...S, pattern: '^[\\s\\S]*$' }, backward: true, forward: true },
  {
    name: 'pattern "^.*$" still binds (a dot stops at a line break)',
    old: S,
    new: { ...S, pattern: '^.*$' },
    backward: false,
    forward: true,
    witness: { backward: 'a\nb' },
  },
  {
    name: 'type boolean -> enum [true, false]',
    old: { type: 'boolean' },
    new: { enum: [true, false] },
    backward: true,
    forward: true,
  },
  {
    name: 'enum [true, false] -> type boolean',
    old: { enum: [true, false] },
    new: { type: 'boolean' },
    backward: true,
    forward: true,
  },
  {
    name: 'type boolean -> const true',
    old: { type: 'boolean' },
    new: { const: true },
    backward: false,
    forward: true,
    witness: { backward: false },
  },
  { name: 'type null -> const null', old: { type: 'null' }, new: { const: null }, backward: true, forward: true },
  {
    name: 'uniqueItems where at most one item fits',
    old: { type: 'array', maxItems: 1 },
    new: { type: 'array', maxItems: 1, uniqueItems: true },
    backward: true,
    forward: true,
  },
  {
    name: 'minProperties that required already meets',
    old: { type: 'object', required: ['a'] },
    new: { type: 'object', required: ['a'], minProperties: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'a dependency of a name on itself',
    old: { type: 'object' },
    new: { type: 'object', dependencies: { a: ['a'] } },
    backward: true,
    forward: true,
  },
  {
    name: 'maxItems a closed tuple already keeps to',
    old: { type: 'array', items: [S], additionalItems: false },
    new: { type: 'array', items: [S], additionalItems: false, maxItems: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'the same then and else: the condition does not matter',
    old: {
      properties: { v: {} },
      if: { required: ['k'] },
      then: { properties: { v: S } },
      else: { properties: { v: S } },
    },
    new: { properties: { v: S } },
    backward: true,
    forward: true,
  },
  {
    name: 'minItems 1 beside contains',
    old: { type: 'array', contains: S },
    new: { type: 'array', contains: S, minItems: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'propertyNames every declared name of a closed object passes',
    old: { type: 'object', properties: { a: S, bb: S }, additionalProperties: false },
    new: {
      type: 'object',
      properties: { a: S, bb: S },
      additionalProperties: false,
      propertyNames: { maxLength: 2, pattern: '^[ab]' },
    },
    backward: true,
    forward: true,
  },
  {
    name: '... but not one a declared name fails',
    old: { type: 'object', properties: { a: S, bbb: S }, additionalProperties: false },
    new: { type: 'object', properties: { a: S, bbb: S }, additionalProperties: false, propertyNames: { maxLength: 2 } },
    backward: false,
    forward: true,
    witness: { backward: { bbb: 'x' } },
  },
  {
    name: 'minProperties traded for required names that ask as much: narrower only',
    old: { type: 'object', minProperties: 2 },
    new: { type: 'object', required: ['a', 'b'] },
    backward: false,
    forward: true,
    witness: { backward: { c: 1, d: 1 } },
  },
  {
    name: 'required names traded for a minProperties they met: wider only',
    old: { type: 'object', required: ['a', 'b'] },
    new: { type: 'object', minProperties: 1 },
    backward: true,
    forward: false,
    witness: { forward: { c: 1 } },
    additive: 'breaking',
  },
]);

describe('numbers outside the exact range (docs/rules.md, a documented choice)', () => {
  it('ajv reads 1e21 as an integer that is no multiple of 1; the engine reads multipleOf 1 on integers as no constraint', () => {
    const ajv = new Ajv({ ...AJV_OPTIONS, logger: false });
    expect([ajv.validate({ type: 'integer' }, 1e21), ajv.validate({ type: 'integer', multipleOf: 1 }, 1e21)]).toEqual([
      true,
      false,
    ]);
    expect(compareSchemas({ type: 'integer' }, { type: 'integer', multipleOf: 1 })).toEqual([]);
  });
});
