// Issue 12, class "if/then/else": an `if` that always holds is its `then`, one that never holds
// its `else`; with the same `if`, branches compare as usual.

import { semanticsTable } from './harness.js';

const base = { type: 'object' };

semanticsTable('if/then/else', [
  { name: 'if {} then required b -> required b', old: { if: {}, then: { required: ['b'] } }, new: { required: ['b'] }, backward: true, forward: true },
  { name: 'if true else required b -> no constraint', old: { ...base, if: true, else: { required: ['b'] } }, new: base, backward: true, forward: true },
  { name: 'if false else required b -> required b', old: { ...base, if: false, else: { required: ['b'] } }, new: { ...base, required: ['b'] }, backward: true, forward: true },
  { name: 'if false then required b -> nothing', old: { ...base, if: false, then: { required: ['b'] } }, new: base, backward: true, forward: true },
  { name: 'then without if is no constraint', old: { ...base, then: { required: ['b'] } }, new: base, backward: true, forward: true },
  {
    name: 'if {} then required b -> required [b, c]',
    old: { if: {}, then: { required: ['b'] } },
    new: { required: ['b', 'c'] },
    backward: false,
    forward: true,
    witness: { backward: { b: 1 } },
  },
  {
    name: 'same if, then relaxed',
    old: { ...base, if: { required: ['a'] }, then: { required: ['b', 'c'] } },
    new: { ...base, if: { required: ['a'] }, then: { required: ['b'] } },
    backward: true,
    forward: false,
    witness: { forward: { a: 1, b: 1 } },
    additive: 'breaking',
  },
  {
    name: 'same if, else tightened',
    old: { ...base, if: { required: ['a'] }, else: { required: ['b'] } },
    new: { ...base, if: { required: ['a'] }, else: { required: ['b', 'c'] } },
    backward: false,
    forward: true,
    witness: { backward: { b: 1 } },
  },
  {
    name: 'allOf [if {} then X] is X',
    old: { ...base, allOf: [{ if: {}, then: { properties: { b: { type: 'string' } } } }] },
    new: { ...base, properties: { b: { type: 'string' } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a then that accepts nothing forbids the if: a narrower if is a wider schema',
    old: { if: { maximum: 0.5 }, then: false },
    new: { if: { type: 'number', maximum: 0.5 }, then: { type: 'boolean', const: {} } },
    backward: true,
    forward: false,
    witness: { forward: 'x' },
  },
  {
    name: 'a then that accepts nothing: a wider if rejects more',
    old: { if: { type: 'string' }, then: false },
    new: { if: { type: ['string', 'null'] }, then: false },
    backward: false,
    forward: true,
    witness: { backward: null },
  },
  {
    name: 'an else that accepts nothing asks for the if and its then',
    old: { if: { type: 'string' }, then: { maxLength: 3 }, else: false },
    new: { type: 'string', maxLength: 3 },
    backward: true,
    forward: true,
  },
  {
    name: 'a then every value its if matches passes: the conditional asks nothing',
    old: { if: { allOf: [{ type: 'object' }] }, then: { type: 'array' } },
    new: { if: { allOf: [{ type: 'object' }, {}] }, then: { type: 'object' } },
    backward: true,
    forward: false,
    witness: { forward: {} },
  },
  {
    name: 'a conditional added whose branch every old event meets',
    old: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } } },
    new: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } }, if: { required: ['b'] }, then: { properties: { a: { maxLength: 5 } } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a conditional removed whose branch every new event meets',
    old: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } }, if: { required: ['b'] }, then: { properties: { a: { maxLength: 5 } } } },
    new: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a conditional added whose then only values of other types reach',
    old: { type: ['object', 'string'], maxLength: 3 },
    new: { type: ['object', 'string'], maxLength: 3, if: { type: 'object' }, then: { required: ['a'] }, else: { maxLength: 4 } },
    backward: false,
    forward: true,
    witness: { backward: {} },
  },
]);
