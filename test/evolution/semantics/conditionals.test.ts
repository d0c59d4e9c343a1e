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
]);
