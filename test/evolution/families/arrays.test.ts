// The arrays family (items, additionalItems, minItems, maxItems, uniqueItems, contains), grounded
// in draft-07 semantics: every verdict is checked against ajv with concrete events.

import { describe, expect, it } from 'vitest';
import { compareArrays } from '../../../src/evolution/families/arrays.js';
import { arraysKinds } from '../../../src/evolution/kinds/arrays.js';
import type { ChangeKind } from '../../../src/evolution/kinds/index.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import { compareCopies, itChecksRows, makeAjv, runFamily, validUnder, type Row, type Verdict } from './harness.js';

// allErrors: ajv 8.20 without it skips `contains` on an empty array when `items` is a tuple.
const valid = validUnder(makeAjv({ allErrors: true }));
/** The rows below share objects (S, I), and normalisation shares a node per object: compare copies. */
const compare = compareCopies;

/** Expected [backward, forward] of each kind: the table in src/evolution/kinds/arrays.ts, restated. */
const VERDICTS: Record<keyof typeof arraysKinds, Verdict> = {
  'item-added-to-open-content-model': [false, true],
  'item-added-to-closed-content-model': [true, false],
  'item-added-to-partially-open-content-model': [true, true],
  'item-removed-from-open-content-model': [true, false],
  'item-removed-from-closed-content-model': [false, true],
  'item-removed-to-partially-open-content-model': [true, true],
  'items-form-changed': [true, true],
  'additional-items-closed': [false, true],
  'additional-items-opened': [true, false],
  'min-items-added': [false, true],
  'min-items-removed': [true, false],
  'min-items-increased': [false, true],
  'min-items-decreased': [true, false],
  'max-items-added': [false, true],
  'max-items-removed': [true, false],
  'max-items-increased': [true, false],
  'max-items-decreased': [false, true],
  'unique-items-added': [false, true],
  'unique-items-removed': [true, false],
  'contains-added': [false, true],
  'contains-removed': [true, false],
};

const S = { type: 'string' };
const I = { type: 'integer' };
const A = (extra: Record<string, unknown>) => ({ type: 'array', ...extra });

const SAMPLES: unknown[] = [
  [],
  ['a'],
  [1],
  ['a', 'b'],
  ['a', 1],
  [1, 'a'],
  ['a', 1, 2],
  ['a', 1, 'x'],
  ['a', 'a'],
  [1, 1],
  ['a', 'b', 'c', 'd'],
  [1, 2, 3],
  [null],
  'not an array',
  { 0: 'a' },
];

const rows: Row[] = [
  // --- tuple entries added, by the tail they replace
  {
    name: 'tuple entry added, open tail',
    old: A({ items: [S] }),
    new: A({ items: [S, I] }),
    kind: 'item-added-to-open-content-model',
    at: '/items/1',
    breaks: ['a', 'b'],
    samples: SAMPLES,
  },
  {
    name: 'tuple created where items was absent',
    old: A({}),
    new: A({ items: [S] }),
    kind: 'item-added-to-open-content-model',
    at: '/items/0',
    breaks: [1],
    samples: SAMPLES,
  },
  {
    name: 'tuple entry added, closed tail',
    old: A({ items: [S], additionalItems: false }),
    new: A({ items: [S, I], additionalItems: false }),
    kind: 'item-added-to-closed-content-model',
    at: '/items/1',
    gains: ['a', 1],
    samples: SAMPLES,
  },
  {
    name: 'tuple entry added where items: false forbade every item',
    old: A({ items: false }),
    new: A({ items: [S], additionalItems: false }),
    kind: 'item-added-to-closed-content-model',
    at: '/items/0',
    also: ['items-form-changed'],
    gains: ['a'],
    samples: SAMPLES,
  },
  {
    name: 'tuple entry added, tail with the same schema',
    old: A({ items: [S], additionalItems: I }),
    new: A({ items: [S, I], additionalItems: I }),
    kind: 'item-added-to-partially-open-content-model',
    at: '/items/1',
    samples: SAMPLES,
  },
  {
    name: 'tuple entry added, narrower than the tail (the descent reports it)',
    old: A({ items: [S], additionalItems: { type: ['integer', 'string'] } }),
    new: A({ items: [S, I], additionalItems: { type: ['integer', 'string'] } }),
    kind: 'item-added-to-partially-open-content-model',
    at: '/items/1',
    also: ['type-narrowed'],
    samples: SAMPLES,
  },

  // --- tuple entries removed, by the tail they fall into
  {
    name: 'tuple entry removed, open tail',
    old: A({ items: [S, I] }),
    new: A({ items: [S] }),
    kind: 'item-removed-from-open-content-model',
    at: '/items/1',
    gains: ['a', 'x'],
    samples: SAMPLES,
  },
  {
    name: 'tuple dropped altogether',
    old: A({ items: [S] }),
    new: A({}),
    kind: 'item-removed-from-open-content-model',
    at: '/items/0',
    gains: [1],
    samples: SAMPLES,
  },
  {
    name: 'tuple entry removed, closed tail',
    old: A({ items: [S, I], additionalItems: false }),
    new: A({ items: [S], additionalItems: false }),
    kind: 'item-removed-from-closed-content-model',
    at: '/items/1',
    breaks: ['a', 1],
    samples: SAMPLES,
  },
  {
    name: 'tuple entry removed, tail with the same schema',
    old: A({ items: [S, I], additionalItems: I }),
    new: A({ items: [S], additionalItems: I }),
    kind: 'item-removed-to-partially-open-content-model',
    at: '/items/1',
    samples: SAMPLES,
  },

  // --- form changes
  {
    name: 'one schema for every item rewritten as an equivalent tuple',
    old: A({ items: S }),
    new: A({ items: [S], additionalItems: S }),
    kind: 'items-form-changed',
    at: '/items',
    also: ['item-added-to-partially-open-content-model'],
    samples: SAMPLES,
  },
  {
    name: 'a tuple rewritten as one schema for every item',
    old: A({ items: [S], additionalItems: S }),
    new: A({ items: S }),
    kind: 'items-form-changed',
    at: '/items',
    also: ['item-removed-to-partially-open-content-model'],
    samples: SAMPLES,
  },
  {
    name: 'one schema for every item replaced by a one-entry tuple (the tail opens)',
    old: A({ items: S }),
    new: A({ items: [S] }),
    kind: 'items-form-changed',
    at: '/items',
    also: ['item-added-to-partially-open-content-model', 'type-extended'],
    samples: SAMPLES,
  },

  // --- additionalItems
  {
    name: 'tuple closed',
    old: A({ items: [S] }),
    new: A({ items: [S], additionalItems: false }),
    kind: 'additional-items-closed',
    at: '/additionalItems',
    oldAt: '',
    breaks: ['a', 1],
    samples: SAMPLES,
  },
  {
    name: 'tuple with a tail schema closed',
    old: A({ items: [S], additionalItems: I }),
    new: A({ items: [S], additionalItems: false }),
    kind: 'additional-items-closed',
    at: '/additionalItems',
    breaks: ['a', 1],
    samples: SAMPLES,
  },
  {
    name: 'tuple opened',
    old: A({ items: [S], additionalItems: false }),
    new: A({ items: [S] }),
    kind: 'additional-items-opened',
    at: '',
    oldAt: '/additionalItems',
    gains: ['a', 1],
    samples: SAMPLES,
  },
  {
    name: 'tuple partially opened',
    old: A({ items: [S], additionalItems: false }),
    new: A({ items: [S], additionalItems: I }),
    kind: 'additional-items-opened',
    at: '/additionalItems',
    gains: ['a', 1],
    samples: SAMPLES,
  },

  // --- counts, uniqueness, contains
  {
    name: 'minItems added',
    old: A({}),
    new: A({ minItems: 2 }),
    kind: 'min-items-added',
    at: '/minItems',
    oldAt: '',
    breaks: ['a'],
    samples: SAMPLES,
  },
  {
    name: 'minItems removed',
    old: A({ minItems: 2 }),
    new: A({}),
    kind: 'min-items-removed',
    at: '',
    oldAt: '/minItems',
    gains: ['a'],
    samples: SAMPLES,
  },
  {
    name: 'minItems 1 -> 0 is a removal',
    old: A({ minItems: 1 }),
    new: A({ minItems: 0 }),
    kind: 'min-items-removed',
    at: '',
    oldAt: '/minItems',
    gains: [],
    samples: SAMPLES,
  },
  {
    name: 'minItems increased',
    old: A({ minItems: 1 }),
    new: A({ minItems: 3 }),
    kind: 'min-items-increased',
    at: '/minItems',
    breaks: ['a', 'b'],
    samples: SAMPLES,
  },
  {
    name: 'minItems decreased',
    old: A({ minItems: 3 }),
    new: A({ minItems: 1 }),
    kind: 'min-items-decreased',
    at: '/minItems',
    gains: ['a'],
    samples: SAMPLES,
  },
  {
    name: 'maxItems added',
    old: A({}),
    new: A({ maxItems: 2 }),
    kind: 'max-items-added',
    at: '/maxItems',
    oldAt: '',
    breaks: [1, 2, 3],
    samples: SAMPLES,
  },
  {
    name: 'maxItems removed',
    old: A({ maxItems: 2 }),
    new: A({}),
    kind: 'max-items-removed',
    at: '',
    oldAt: '/maxItems',
    gains: [1, 2, 3],
    samples: SAMPLES,
  },
  {
    name: 'maxItems increased',
    old: A({ maxItems: 2 }),
    new: A({ maxItems: 3 }),
    kind: 'max-items-increased',
    at: '/maxItems',
    gains: [1, 2, 3],
    samples: SAMPLES,
  },
  {
    name: 'maxItems decreased',
    old: A({ maxItems: 3 }),
    new: A({ maxItems: 1 }),
    kind: 'max-items-decreased',
    at: '/maxItems',
    breaks: ['a', 'b'],
    samples: SAMPLES,
  },
  {
    name: 'uniqueItems added',
    old: A({}),
    new: A({ uniqueItems: true }),
    kind: 'unique-items-added',
    at: '/uniqueItems',
    oldAt: '',
    breaks: ['a', 'a'],
    samples: SAMPLES,
  },
  {
    name: 'uniqueItems removed',
    old: A({ uniqueItems: true }),
    new: A({ uniqueItems: false }),
    kind: 'unique-items-removed',
    at: '',
    oldAt: '/uniqueItems',
    gains: [1, 1],
    samples: SAMPLES,
  },
  {
    name: 'contains added',
    old: A({}),
    new: A({ contains: S }),
    kind: 'contains-added',
    at: '/contains',
    oldAt: '',
    breaks: [1],
    samples: SAMPLES,
  },
  // contains: {} still requires one item: the empty array is rejected.
  {
    name: 'contains: {} added',
    old: A({ items: [S] }),
    new: A({ items: [S], contains: {} }),
    kind: 'contains-added',
    at: '/contains',
    oldAt: '',
    breaks: [],
    samples: SAMPLES,
  },
  {
    name: 'contains removed',
    old: A({ contains: S }),
    new: A({}),
    kind: 'contains-removed',
    at: '',
    oldAt: '/contains',
    gains: [1],
    samples: SAMPLES,
  },
];

describe('arrays family: kinds, pointers, verdicts and ajv grounding', () => {
  // Rows whose descent reports other changes (`also`) may break a direction the row's kind keeps:
  // samples carry over only where no reported change breaks that direction.
  itChecksRows(rows, { verdicts: VERDICTS, valid, compare, carryOver: 'unless-another-change-breaks' }, arraysKinds);
});

describe('arrays family: when it stays silent', () => {
  it.each([
    [
      'identical array schemas in another key order',
      A({ items: [S, I], additionalItems: false, minItems: 1, uniqueItems: true }),
      { uniqueItems: true, minItems: 1, additionalItems: false, items: [S, I], type: 'array' },
    ],
    ['items: true is no constraint', A({}), A({ items: true })],
    ['uniqueItems: false and minItems: 0 are no constraints', A({}), A({ uniqueItems: false, minItems: 0 })],
    ['additionalItems without a tuple has no effect', A({ items: S }), A({ items: S, additionalItems: false })],
    ['an unconstrained tuple entry added to an open tuple', A({ items: [S] }), A({ items: [S, {}] })],
    ['an unconstrained tuple entry removed from an open tuple', A({ items: [S, {}] }), A({ items: [S] })],
    [
      'a false tuple entry added to a closed tuple',
      A({ items: [S], additionalItems: false }),
      A({ items: [S, false], additionalItems: false }),
    ],
    [
      'a false tuple entry removed from a closed tuple',
      A({ items: [S, false], additionalItems: false }),
      A({ items: [S], additionalItems: false }),
    ],
    ['neither schema allows arrays', { type: 'string', maxItems: 3 }, { type: 'string', maxItems: 1, contains: S }],
  ])('%s', (_name, old, next) => {
    expect(compare(old, next)).toEqual([]);
  });

  it('leaves an array-to-object change to the type family (no double count)', () => {
    expect(compare(A({ items: S, minItems: 1 }), { type: 'object' }).map((c) => c.kind)).toEqual(['type-changed']);
  });

  it('judges a non-draft-07 value conservatively', () => {
    expect(compare(A({ maxItems: '3' }), A({ maxItems: 3 })).map((c) => c.kind)).toEqual(['keyword-changed']);
    expect(compare(A({ uniqueItems: 'yes' }), A({})).map((c) => c.kind)).toEqual(['keyword-changed']);
  });
});

describe('arrays family: descending', () => {
  it('compares one items schema with the other', () => {
    const changes = compare(A({ items: S }), A({ items: I }));
    expect(changes).toEqual([expect.objectContaining({ kind: 'type-changed', pointer: '/items/type' })]);
    expect(changes[0]!.message).toContain('"[]"');
  });

  it('compares tuple entries position by position', () => {
    const changes = compare(A({ items: [S, S] }), A({ items: [S, I] }));
    expect(changes).toEqual([expect.objectContaining({ kind: 'type-changed', pointer: '/items/1/type' })]);
  });

  it('a narrowed contains schema is compared (not reported as removed and added)', () => {
    const old = A({ contains: { type: ['integer', 'string'] } });
    const next = A({ contains: S });
    const changes = compare(old, next);
    expect(changes).toEqual([expect.objectContaining({ kind: 'type-narrowed', pointer: '/contains/type' })]);
    expect(valid(old, [1]) && !valid(next, [1])).toBe(true);
  });

  it('a tuple rewritten as one narrower schema is caught at the tail', () => {
    const old = A({ items: [S] });
    const next = A({ items: S });
    const changes = compare(old, next);
    expect(changes.some(breaksBackward)).toBe(true);
    expect(valid(old, ['a', 1]) && !valid(next, ['a', 1])).toBe(true);
  });

  it('finds a change in objects inside a tuple inside an object', () => {
    const doc = (line: object) => ({
      type: 'object',
      properties: { pair: A({ items: [S, line], additionalItems: false }) },
    });
    const old = doc({ type: 'object', properties: { qty: I }, additionalProperties: false });
    const next = doc({ type: 'object', properties: { qty: I }, additionalProperties: false, required: ['qty'] });
    const changes = compare(old, next);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'required-added', pointer: '/properties/pair/items/1/required' }),
    ]);
    expect(changes[0]!.message).toBe('property "pair[1].qty" became required; live events without it will be rejected');
    expect(valid(old, { pair: ['a', {}] }) && !valid(next, { pair: ['a', {}] })).toBe(true);
  });

  it('follows $ref in items and terminates on recursion through items', () => {
    const doc = (max: number) => ({
      definitions: { list: A({ items: { $ref: '#/definitions/list' }, maxItems: max }) },
      type: 'object',
      properties: { nested: { $ref: '#/definitions/list' } },
    });
    const changes = compare(doc(3), doc(2));
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'max-items-decreased', pointer: '/definitions/list/maxItems' }),
    ]);
    expect(valid(doc(3), { nested: [[], [[], [], []]] }) && !valid(doc(2), { nested: [[], [[], [], []]] })).toBe(true);
  });
});

describe('arrays family: messages', () => {
  it.each<[string, Schema, Schema, ChangeKind, string]>([
    [
      'maxItems',
      { maxItems: 5 },
      { maxItems: 3 },
      'max-items-decreased',
      'maxItems of "tags" decreased from 5 to 3; longer live arrays will be rejected',
    ],
    [
      'uniqueItems',
      {},
      { uniqueItems: true },
      'unique-items-added',
      'items of "tags" must now be unique; live arrays with duplicates will be rejected',
    ],
    [
      'contains',
      { contains: {} },
      {},
      'contains-removed',
      '"tags" no longer needs to contain a matching item; consumers on the live schema reject arrays without one',
    ],
    [
      'closed',
      { items: [{}] },
      { items: [{}], additionalItems: { not: {} } },
      'additional-items-closed',
      '"tags" no longer allows items beyond the first 1; longer live arrays will be rejected',
    ],
  ])('%s', (_name, old, next, kind, message) => {
    const emitted = runFamily(compareArrays, old, next, 'tags');
    expect(emitted).toEqual([expect.objectContaining({ kind, message })]);
  });
});
