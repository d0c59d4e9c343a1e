// Issue 12, false alarms found on the soundness generator: a keyword the rest of its node makes
// moot, kept by the other version (src/evolution/simplify-aside.ts); names and items a node can
// never hold (simplify-reach.ts, simplify-empty.ts); patterns read by the strings they accept
// (witness/regex-language.ts); oneOf with a member holding all the others; recursion no finite
// value ends (simplify-finite.ts).

import { semanticsTable } from './harness.js';

const O = { type: 'object' };

semanticsTable('a keyword moot in one version, kept by the other', [
  {
    name: 'closed -> open, propertyNames kept: the old objects pass it anyway',
    old: { ...O, additionalProperties: false, propertyNames: { maxLength: 2 } },
    new: { ...O, propertyNames: { maxLength: 2 } },
    backward: true,
    forward: false,
    witness: { forward: { ab: 1 } },
  },
  {
    name: 'closed -> open, dependencies kept (one of them moot in the new one too)',
    old: { ...O, additionalProperties: false, dependencies: { a: {}, b: { const: false }, c: ['a', 'c'] } },
    new: { ...O, additionalProperties: true, dependencies: { a: {}, b: { const: false }, c: ['a', 'c'] } },
    backward: true,
    forward: false,
    witness: { forward: { a: 1 } },
  },
  {
    name: 'closed in an anyOf member -> open: the hoisted member keeps what it set aside',
    old: { anyOf: [{ additionalProperties: false, propertyNames: { pattern: '^.{0,2}$' } }] },
    new: { anyOf: [{ additionalProperties: true, propertyNames: { pattern: '^.{0,2}$' } }] },
    backward: true,
    forward: false,
    witness: { forward: { ab: 1 } },
  },
  {
    name: 'uniqueItems under maxItems 0 -> maxItems 3',
    old: { type: 'array', maxItems: 0, uniqueItems: true },
    new: { type: 'array', maxItems: 3, uniqueItems: true },
    backward: true,
    forward: false,
    witness: { forward: [1] },
  },
  {
    name: 'maxProperties added to a closed object that holds one name at most',
    old: { ...O, properties: { a: {} }, additionalProperties: false },
    new: { ...O, properties: { a: {} }, additionalProperties: false, maxProperties: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'maxProperties added where the closed object holds two names: still a narrowing',
    old: { ...O, properties: { a: {}, b: {} }, additionalProperties: false },
    new: { ...O, properties: { a: {}, b: {} }, additionalProperties: false, maxProperties: 1 },
    backward: false,
    forward: true,
    witness: { backward: { a: 1, b: 2 } },
  },
]);

semanticsTable('names, items and strings a node can never hold', [
  {
    name: 'tuple positions past maxItems: never filled',
    old: { items: [{ type: 'object', required: ['b'] }, { type: 'object' }], maxItems: 1 },
    new: { items: [{ required: ['b'] }], maxItems: 1 },
    backward: true,
    forward: false,
    witness: { forward: [1] },
    additive: 'breaking',
  },
  {
    name: 'a dependency that rules out its own name: the name never appears',
    old: { ...O, dependencies: { a: { properties: { a: { type: 'object', enum: ['x', 2] } } } } },
    new: { ...O, dependencies: { a: { properties: { a: false, b: { type: 'string' } } } } },
    backward: true,
    forward: true,
  },
  {
    name: 'a property its dependencies rule out is declared: nothing changes',
    old: { ...O, dependencies: { a: { type: 'number' }, b: ['a'] } },
    new: { ...O, properties: { b: { type: 'string' } }, dependencies: { a: { type: 'number' }, b: ['a'] } },
    backward: true,
    forward: true,
  },
  {
    name: 'a name whose dependency lists overfill maxProperties never appears',
    old: {
      ...O,
      properties: { a: {}, b: { type: 'string' }, c: {} },
      dependencies: { b: ['a'], a: ['c'] },
      maxProperties: 2,
    },
    new: {
      ...O,
      properties: { a: {}, b: { type: 'integer' }, c: {} },
      dependencies: { b: ['a'], a: ['c'] },
      maxProperties: 2,
    },
    backward: true,
    forward: true,
  },
  {
    name: 'the dependency of a required name rules out another required one: no object is valid',
    old: { required: ['b', 'c'], dependencies: { b: { properties: { c: { type: 'string', const: 1 } } } } },
    new: {
      required: ['b', 'c'],
      dependencies: { b: { properties: { c: { type: 'string', const: 1 } } } },
      properties: { c: { type: 'integer' } },
    },
    backward: true,
    forward: true,
  },
  {
    name: 'the same in a node of objects only: the node accepts nothing',
    old: { ...O, required: ['b', 'c'], dependencies: { b: { properties: { c: { type: 'string', const: 1 } } } } },
    new: { ...O, required: ['b', 'c'], dependencies: { b: { properties: { c: { type: 'string' } } } } },
    backward: true,
    forward: false,
    witness: { forward: { b: 1, c: 'x' } },
    empty: 'old',
  },
  {
    name: 'a closed object with fewer allowed names than minProperties accepts no object',
    old: {
      ...O,
      properties: { b: {}, c: {} },
      additionalProperties: false,
      minProperties: 2,
      propertyNames: { enum: ['a', 'c'] },
    },
    new: O,
    backward: true,
    forward: false,
    witness: { forward: {} },
    empty: 'old',
  },
  {
    name: 'contains asks for an item of a type items forbids: no array is valid',
    old: { type: 'array', items: { type: 'number' }, contains: { type: 'object' } },
    new: { type: 'array', items: { type: 'number' } },
    backward: true,
    forward: false,
    witness: { forward: [] },
    empty: 'old',
  },
  {
    name: 'minLength above the longest match of an anchored pattern: no string is valid',
    old: { type: 'string', minLength: 3, pattern: '^.{0,2}$' },
    new: { type: 'string' },
    backward: true,
    forward: false,
    witness: { forward: 'a' },
    empty: 'old',
  },
  {
    name: 'minLength every match of the pattern meets',
    old: { type: 'string', pattern: 'b$' },
    new: { type: 'string', pattern: 'b$', minLength: 1 },
    backward: true,
    forward: true,
  },
  {
    name: 'maxLength every match of an anchored pattern meets',
    old: { type: 'string', pattern: '^(ab|c)$' },
    new: { type: 'string', pattern: '^(ab|c)$', maxLength: 2 },
    backward: true,
    forward: true,
  },
  {
    name: 'a false property "renamed" to a name a pattern already forbids: only a widening',
    old: { ...O, properties: { a: false }, patternProperties: { b: false } },
    new: { ...O, properties: { b: false }, patternProperties: { b: false } },
    backward: true,
    forward: false,
    witness: { forward: { a: 1 } },
    additive: 'breaking',
  },
]);

semanticsTable('oneOf with a member holding every value of the others', [
  {
    name: 'the holding member widened to {}: old events matched it alone, and still do',
    old: {
      oneOf: [
        { type: 'array', enum: [[]] },
        { properties: { b: { type: 'string' } } },
        { type: 'string', pattern: '^a' },
      ],
    },
    new: { oneOf: [{ type: 'array', enum: [[]] }, {}, { type: 'string', pattern: '^a' }] },
    backward: true,
    forward: false,
    witness: { forward: { b: 1 } },
    additive: 'breaking',
  },
  {
    name: 'the holding member narrowed: a narrowing',
    old: { oneOf: [{ type: 'string', pattern: '^a' }, { properties: { b: { type: 'string' } } }] },
    new: { oneOf: [{ type: 'string', pattern: '^a' }, { properties: { b: { type: 'string', maxLength: 1 } } }] },
    backward: false,
    forward: true,
    witness: { backward: { b: 'xy' } },
  },
]);

semanticsTable('recursion no finite value ends', [
  {
    name: 'a required property holding the whole schema again: no document is valid',
    old: { type: 'object', required: ['next'], properties: { next: { $ref: '#' } } },
    new: { type: 'object', properties: { next: { $ref: '#' } } },
    backward: true,
    forward: false,
    witness: { forward: {} },
    empty: 'old',
  },
  {
    name: 'the same through a definition, with a change inside it: no change',
    old: {
      $ref: '#/definitions/node',
      definitions: {
        node: {
          type: 'object',
          required: ['child'],
          properties: { child: { $ref: '#/definitions/node' }, label: { type: 'string' } },
        },
      },
    },
    new: {
      $ref: '#/definitions/node',
      definitions: {
        node: {
          type: 'object',
          required: ['child'],
          properties: { child: { $ref: '#/definitions/node' }, label: { type: 'integer' } },
        },
      },
    },
    backward: true,
    forward: true,
    empty: 'both',
  },
  {
    name: 'an optional recursion is finite: a change inside it still counts',
    old: { type: 'object', properties: { next: { $ref: '#' }, label: { type: 'string' } } },
    new: { type: 'object', properties: { next: { $ref: '#' }, label: { type: 'integer' } } },
    backward: false,
    forward: false,
    witness: { backward: { label: 'x' }, forward: { label: 1 } },
  },
]);

semanticsTable('listed values, covering members and branches', [
  {
    name: 'the only listed value fails the pattern: no value is valid',
    old: { allOf: [{ const: '' }, { type: 'string', pattern: '^a' }] },
    new: { type: 'string' },
    backward: true,
    forward: false,
    witness: { forward: 'x' },
    empty: 'old',
  },
  {
    name: 'a pattern every listed value matches asks nothing',
    old: { enum: ['ab', 'ac'] },
    new: { enum: ['ab', 'ac'], pattern: '^a' },
    backward: true,
    forward: true,
  },
  {
    name: 'contains asks for values items never allow: no array is valid',
    old: { type: 'array', items: { enum: [1, 2] }, contains: { enum: ['b'] } },
    new: { type: 'array', items: { enum: [1, 2] } },
    backward: true,
    forward: false,
    witness: { forward: [] },
    empty: 'old',
  },
  {
    name: 'anyOf members that hold every value together',
    old: { anyOf: [{ maxLength: 3 }, {}] },
    new: { anyOf: [{ maxLength: 3 }, { type: 'string' }] },
    backward: true,
    forward: true,
  },
  {
    name: 'allOf members of array keywords in a string node ask nothing',
    old: { type: 'string', allOf: [{ contains: { type: 'null' } }, { contains: { type: 'null' } }] },
    new: {
      type: 'string',
      allOf: [{ contains: { type: ['null', 'integer'] } }, { contains: { type: 'null' }, minItems: 2 }],
    },
    backward: true,
    forward: true,
  },
  {
    name: 'a node that became an anyOf is paired with the member that asks less',
    old: { type: 'string', pattern: 'c' },
    new: { anyOf: [{ type: 'string', minLength: 2, maxLength: 2 }, { pattern: 'c' }] },
    backward: true,
    forward: false,
    witness: { forward: 5 },
    additive: 'breaking',
  },
  {
    name: 'else sees only the values the if rejects: a value of another type dropped from it',
    old: { if: { exclusiveMinimum: 1 }, then: { type: 'object' }, else: { enum: [0, null] } },
    new: { if: { exclusiveMinimum: 1 }, then: { type: 'object' }, else: { enum: [0] } },
    backward: true,
    forward: true,
  },
  {
    name: 'else still sees the values of its types the if rejects',
    old: { if: { exclusiveMinimum: 1 }, then: { type: 'object' }, else: { enum: [0, 1] } },
    new: { if: { exclusiveMinimum: 1 }, then: { type: 'object' }, else: { enum: [0] } },
    backward: false,
    forward: true,
    witness: { backward: 1 },
  },
]);
