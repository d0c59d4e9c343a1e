// The deliberate divergences from what schema registries publish: each a pair of schemas, what
// registries say, what we say, and the ground for it — a witness event (valid under the side it
// must stay valid under, invalid under the other) when we call it breaking, or the reason no such
// event exists when we call it compatible. docs/rules.md "Decisions" is generated from this list,
// and test/evolution/decisions.test.ts checks every row with ajv and the engine: a divergence not
// listed here is a bug.

export interface Decision {
  /** Short name, also the anchor in docs/rules.md. */
  id: string;
  old: unknown;
  new: unknown;
  direction: 'backward' | 'forward';
  /** What a registry's compatibility check says about the pair in that direction. */
  registries: 'compatible' | 'incompatible';
  /** What we say (always the opposite: otherwise it is no divergence). */
  ours: 'compatible' | 'incompatible';
  /** For an incompatible verdict: an event valid under the source side and invalid under the target side. */
  witness?: unknown;
  why: string;
}

const integerOrString = { oneOf: [{ type: 'integer' }, { type: 'string' }] };

export const DECISIONS: readonly Decision[] = [
  {
    id: 'overlapping-one-of-member-added',
    old: integerOrString,
    new: { oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'number' }] },
    direction: 'backward',
    registries: 'compatible',
    ours: 'incompatible',
    witness: 1,
    why: 'A new `oneOf` member that can match what an existing member matches makes those events match two members, so they fail: 1 is an integer and a number.',
  },
  {
    id: 'duplicate-one-of-member',
    old: integerOrString,
    new: { oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'string' }] },
    direction: 'backward',
    registries: 'compatible',
    ours: 'incompatible',
    witness: 'a',
    why: 'Duplicates count once in `allOf` and `anyOf`, never in `oneOf`: a member listed twice always matches twice, so it can never be the one member that matches.',
  },
  {
    id: 'required-property-with-default',
    old: { type: 'object', properties: { a: { type: 'string' } } },
    new: {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string', default: 'x' } },
      required: ['b'],
    },
    direction: 'backward',
    registries: 'compatible',
    ours: 'incompatible',
    witness: { a: 's' },
    why: 'Validation does not fill in defaults: a live event without the newly required property is rejected, default or not.',
  },
  {
    id: 'required-undeclared-name',
    old: { type: 'object' },
    new: { type: 'object', required: ['b'] },
    direction: 'backward',
    registries: 'compatible',
    ours: 'incompatible',
    witness: {},
    why: '`required` applies to names no `properties` entry declares all the same.',
  },
  {
    id: 'additional-items-without-tuple',
    old: { type: 'array', items: { type: 'string' } },
    new: { type: 'array', items: { type: 'string' }, additionalItems: false },
    direction: 'backward',
    registries: 'incompatible',
    ours: 'compatible',
    why: 'Without a tuple (array) `items`, `additionalItems` has no effect in draft-07: no event can tell the two schemas apart.',
  },
  {
    id: 'schema-that-accepts-nothing',
    old: false,
    new: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
    direction: 'backward',
    registries: 'incompatible',
    ours: 'compatible',
    why: 'The old schema (`false`, or any schema no event satisfies) accepts no event at all, so no live event can be rejected by the new one: whatever replaces it is backward compatible (and forward incompatible).',
  },
  {
    id: 'keywords-beside-ref',
    old: { type: 'object', definitions: { id: { type: 'string' } }, properties: { a: { $ref: '#/definitions/id' } } },
    new: {
      type: 'object',
      definitions: { id: { type: 'string' } },
      properties: { a: { $ref: '#/definitions/id', maxLength: 3 } },
    },
    direction: 'backward',
    registries: 'compatible',
    ours: 'incompatible',
    witness: { a: 'abcd' },
    why: 'The draft-07 text has a validator ignore every keyword beside a `$ref`, but ajv and many others apply them, and the platform does not say which it runs: a change is judged under both readings, so a keyword added beside a `$ref` narrows (lint warns: `ref-sibling-keywords`).',
  },
];
