// The numbers family (effective bounds and multipleOf), grounded in draft-07 semantics: every
// verdict is checked against ajv with concrete events, including integer-vs-number bound edges,
// inclusive/exclusive switches and decimal multipleOf.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { compareNumbers, isMultiple } from '../../../src/evolution/families/numbers.js';
import { numbersKinds } from '../../../src/evolution/kinds/numbers.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import { itChecksRows, makeAjv, runFamily, validUnder, type Row, type Verdict } from './harness.js';

const plain = makeAjv();
// ajv divides in binary floating point (0.3 / 0.1 = 2.9999999999999996, so 0.3 "is not" a
// multiple of 0.1); draft-07 defines multipleOf on the numbers as written. Rows with decimal
// steps are grounded with ajv's tolerance option, which follows the decimal reading.
const decimal = makeAjv({ multipleOfPrecision: 9 });
const valid = validUnder(plain);
const validDecimal = validUnder(decimal);

/** Expected [backward, forward] of each kind: the table in src/evolution/kinds/numbers.ts, restated. */
const VERDICTS: Record<keyof typeof numbersKinds, Verdict> = {
  'maximum-added': [false, true],
  'maximum-removed': [true, false],
  'maximum-increased': [true, false],
  'maximum-decreased': [false, true],
  'maximum-restated': [true, true],
  'minimum-added': [false, true],
  'minimum-removed': [true, false],
  'minimum-increased': [false, true],
  'minimum-decreased': [true, false],
  'minimum-restated': [true, true],
  'multiple-of-added': [false, true],
  'multiple-of-removed': [true, false],
  'multiple-of-expanded': [false, true],
  'multiple-of-reduced': [true, false],
  'multiple-of-changed': [false, false],
};

interface NumberRow extends Row {
  /** Ground with the decimal reading of multipleOf. */
  decimal?: boolean;
}

const N = { type: 'number' };
const I = { type: 'integer' };
const NUMS = [-1e9, -11, -10.5, -10, -9, -1, -0.5, 0, 0.5, 1, 2, 3, 4, 6, 8, 9, 9.5, 10, 10.5, 11, 12, 100, 1e9];
const INTS = NUMS.filter(Number.isInteger);
const CENTS = [0, 0.01, 0.02, 0.03, 0.04, 0.1, 0.2, 0.25, 0.3, 0.5, 0.6, 0.75, 0.9, 1, 1.5, 2.5, 3, 10];

const rows: NumberRow[] = [
  // --- upper bound ---
  {
    name: 'maximum added',
    old: N,
    new: { ...N, maximum: 10 },
    kind: 'maximum-added',
    at: '/maximum',
    oldAt: '',
    breaks: 10.5,
    samples: NUMS,
  },
  {
    name: 'exclusiveMaximum added',
    old: N,
    new: { ...N, exclusiveMaximum: 10 },
    kind: 'maximum-added',
    at: '/exclusiveMaximum',
    oldAt: '',
    breaks: 10,
    samples: NUMS,
  },
  {
    name: 'maximum removed',
    old: { ...N, maximum: 10 },
    new: N,
    kind: 'maximum-removed',
    at: '',
    oldAt: '/maximum',
    gains: 11,
    samples: NUMS,
  },
  {
    name: 'exclusiveMaximum removed',
    old: { ...N, exclusiveMaximum: 10 },
    new: N,
    kind: 'maximum-removed',
    at: '',
    oldAt: '/exclusiveMaximum',
    gains: 10,
    samples: NUMS,
  },
  {
    name: 'maximum increased',
    old: { ...N, maximum: 10 },
    new: { ...N, maximum: 100 },
    kind: 'maximum-increased',
    at: '/maximum',
    gains: 11,
    samples: NUMS,
  },
  {
    name: 'maximum decreased',
    old: { ...N, maximum: 100 },
    new: { ...N, maximum: 10 },
    kind: 'maximum-decreased',
    at: '/maximum',
    breaks: 11,
    samples: NUMS,
  },
  {
    name: 'number: maximum 10 -> exclusiveMaximum 10 is a decrease',
    old: { ...N, maximum: 10 },
    new: { ...N, exclusiveMaximum: 10 },
    kind: 'maximum-decreased',
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    breaks: 10,
    samples: NUMS,
  },
  {
    name: 'number: exclusiveMaximum 10 -> maximum 10 is an increase',
    old: { ...N, exclusiveMaximum: 10 },
    new: { ...N, maximum: 10 },
    kind: 'maximum-increased',
    at: '/maximum',
    oldAt: '/exclusiveMaximum',
    gains: 10,
    samples: NUMS,
  },
  {
    name: 'number: maximum 10 -> exclusiveMaximum 11 is an increase',
    old: { ...N, maximum: 10 },
    new: { ...N, exclusiveMaximum: 11 },
    kind: 'maximum-increased',
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    gains: 10.5,
    samples: NUMS,
  },
  {
    name: 'integer: maximum 10 -> exclusiveMaximum 11 allows the same integers',
    old: { ...I, maximum: 10 },
    new: { ...I, exclusiveMaximum: 11 },
    kind: 'maximum-restated',
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    samples: INTS,
  },
  {
    name: 'integer: maximum 10 -> exclusiveMaximum 10 is a decrease',
    old: { ...I, maximum: 10 },
    new: { ...I, exclusiveMaximum: 10 },
    kind: 'maximum-decreased',
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    breaks: 10,
    samples: INTS,
  },
  {
    name: 'integer: maximum 10.5 -> maximum 10 is a restatement',
    old: { ...I, maximum: 10.5 },
    new: { ...I, maximum: 10 },
    kind: 'maximum-restated',
    at: '/maximum',
    samples: INTS,
  },
  {
    name: 'integer: exclusiveMaximum 10.5 -> maximum 10 is a restatement',
    old: { ...I, exclusiveMaximum: 10.5 },
    new: { ...I, maximum: 10 },
    kind: 'maximum-restated',
    at: '/maximum',
    oldAt: '/exclusiveMaximum',
    samples: INTS,
  },
  {
    name: 'number: maximum 10.5 -> maximum 10 is a decrease',
    old: { ...N, maximum: 10.5 },
    new: { ...N, maximum: 10 },
    kind: 'maximum-decreased',
    at: '/maximum',
    breaks: 10.5,
    samples: NUMS,
  },
  {
    name: 'integer -> number: bounds compared on integers (the type change covers fractions)',
    old: { ...I, maximum: 10 },
    new: { ...N, exclusiveMaximum: 11 },
    kind: 'maximum-restated',
    also: ['type-extended'],
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    samples: INTS,
  },
  {
    name: 'number -> integer: bounds compared on integers',
    old: { ...N, maximum: 10.5 },
    new: { ...I, maximum: 10 },
    kind: 'maximum-restated',
    also: ['type-narrowed'],
    at: '/maximum',
    samples: INTS,
  },
  {
    name: '[integer, string]: bounds compared on integers',
    old: { type: ['integer', 'string'], maximum: 10 },
    new: { type: ['integer', 'string'], exclusiveMaximum: 11 },
    kind: 'maximum-restated',
    at: '/exclusiveMaximum',
    oldAt: '/maximum',
    samples: [...INTS, 'x'],
  },
  {
    name: 'redundant exclusiveMaximum dropped',
    old: { ...N, maximum: 10, exclusiveMaximum: 20 },
    new: { ...N, maximum: 10 },
    kind: 'maximum-restated',
    at: '/maximum',
    samples: NUMS,
  },
  {
    name: 'both keywords: the tighter one binds',
    old: { ...N, maximum: 10, exclusiveMaximum: 10 },
    new: { ...N, maximum: 10 },
    kind: 'maximum-increased',
    at: '/maximum',
    oldAt: '/exclusiveMaximum',
    gains: 10,
    samples: NUMS,
  },
  // Beyond 2^53 integers are not all representable: the bound is kept as written (a half-line).
  {
    name: 'integer: huge exclusive bound made inclusive',
    old: { ...I, exclusiveMaximum: 2 ** 60 },
    new: { ...I, maximum: 2 ** 60 },
    kind: 'maximum-increased',
    at: '/maximum',
    oldAt: '/exclusiveMaximum',
    gains: 2 ** 60,
    samples: [0, 2 ** 59, 2 ** 60, 2 ** 61],
  },
  {
    name: 'integer: huge lower bound made exclusive',
    old: { ...I, minimum: -(2 ** 60) },
    new: { ...I, exclusiveMinimum: -(2 ** 60) },
    kind: 'minimum-increased',
    at: '/exclusiveMinimum',
    oldAt: '/minimum',
    breaks: -(2 ** 60),
    samples: [0, -(2 ** 60), -(2 ** 61)],
  },
  {
    name: 'no type: bounds apply to numbers',
    old: { maximum: 10 },
    new: { maximum: 5 },
    kind: 'maximum-decreased',
    at: '/maximum',
    breaks: 6,
    samples: [...NUMS, 'x', null],
  },
  // --- lower bound ---
  {
    name: 'minimum added',
    old: N,
    new: { ...N, minimum: 0 },
    kind: 'minimum-added',
    at: '/minimum',
    oldAt: '',
    breaks: -0.5,
    samples: NUMS,
  },
  {
    name: 'exclusiveMinimum added',
    old: I,
    new: { ...I, exclusiveMinimum: 0 },
    kind: 'minimum-added',
    at: '/exclusiveMinimum',
    oldAt: '',
    breaks: 0,
    samples: INTS,
  },
  {
    name: 'minimum removed',
    old: { ...N, minimum: 0 },
    new: N,
    kind: 'minimum-removed',
    at: '',
    oldAt: '/minimum',
    gains: -1,
    samples: NUMS,
  },
  {
    name: 'minimum increased',
    old: { ...N, minimum: 0 },
    new: { ...N, minimum: 5 },
    kind: 'minimum-increased',
    at: '/minimum',
    breaks: 1,
    samples: NUMS,
  },
  {
    name: 'number: minimum 0 -> exclusiveMinimum 0 is an increase',
    old: { ...N, minimum: 0 },
    new: { ...N, exclusiveMinimum: 0 },
    kind: 'minimum-increased',
    at: '/exclusiveMinimum',
    oldAt: '/minimum',
    breaks: 0,
    samples: NUMS,
  },
  {
    name: 'minimum decreased',
    old: { ...N, minimum: 5 },
    new: { ...N, minimum: -10 },
    kind: 'minimum-decreased',
    at: '/minimum',
    gains: 0,
    samples: NUMS,
  },
  {
    name: 'number: exclusiveMinimum 0 -> minimum 0 is a decrease',
    old: { ...N, exclusiveMinimum: 0 },
    new: { ...N, minimum: 0 },
    kind: 'minimum-decreased',
    at: '/minimum',
    oldAt: '/exclusiveMinimum',
    gains: 0,
    samples: NUMS,
  },
  {
    name: 'number: minimum 1 -> exclusiveMinimum 0 is a decrease',
    old: { ...N, minimum: 1 },
    new: { ...N, exclusiveMinimum: 0 },
    kind: 'minimum-decreased',
    at: '/exclusiveMinimum',
    oldAt: '/minimum',
    gains: 0.5,
    samples: NUMS,
  },
  {
    name: 'integer: minimum 1 -> exclusiveMinimum 0 allows the same integers',
    old: { ...I, minimum: 1 },
    new: { ...I, exclusiveMinimum: 0 },
    kind: 'minimum-restated',
    at: '/exclusiveMinimum',
    oldAt: '/minimum',
    samples: INTS,
  },
  {
    name: 'integer: exclusiveMinimum -11 -> minimum -10',
    old: { ...I, exclusiveMinimum: -11 },
    new: { ...I, minimum: -10 },
    kind: 'minimum-restated',
    at: '/minimum',
    oldAt: '/exclusiveMinimum',
    samples: INTS,
  },
  {
    name: 'integer: minimum 0.5 -> minimum 1',
    old: { ...I, minimum: 0.5 },
    new: { ...I, minimum: 1 },
    kind: 'minimum-restated',
    at: '/minimum',
    samples: INTS,
  },
  {
    name: 'integer: minimum 0 -> exclusiveMinimum 0 is an increase',
    old: { ...I, minimum: 0 },
    new: { ...I, exclusiveMinimum: 0 },
    kind: 'minimum-increased',
    at: '/exclusiveMinimum',
    oldAt: '/minimum',
    breaks: 0,
    samples: INTS,
  },
  // --- multipleOf ---
  {
    name: 'multipleOf added',
    old: I,
    new: { ...I, multipleOf: 2 },
    kind: 'multiple-of-added',
    at: '/multipleOf',
    oldAt: '',
    breaks: 3,
    samples: INTS,
  },
  {
    name: 'multipleOf removed',
    old: { ...I, multipleOf: 2 },
    new: I,
    kind: 'multiple-of-removed',
    at: '',
    oldAt: '/multipleOf',
    gains: 3,
    samples: INTS,
  },
  {
    name: 'multipleOf 2 -> 4 expanded',
    old: { ...I, multipleOf: 2 },
    new: { ...I, multipleOf: 4 },
    kind: 'multiple-of-expanded',
    at: '/multipleOf',
    breaks: 2,
    samples: INTS,
  },
  {
    name: 'multipleOf 4 -> 2 reduced',
    old: { ...I, multipleOf: 4 },
    new: { ...I, multipleOf: 2 },
    kind: 'multiple-of-reduced',
    at: '/multipleOf',
    gains: 2,
    samples: INTS,
  },
  {
    name: 'multipleOf 2 -> 3 changed',
    old: { ...I, multipleOf: 2 },
    new: { ...I, multipleOf: 3 },
    kind: 'multiple-of-changed',
    at: '/multipleOf',
    breaks: 2,
    gains: 3,
  },
  {
    name: 'multipleOf 0.01 added',
    old: N,
    new: { ...N, multipleOf: 0.01 },
    kind: 'multiple-of-added',
    at: '/multipleOf',
    oldAt: '',
    breaks: 0.005,
    samples: CENTS,
    decimal: true,
  },
  {
    name: 'multipleOf 0.01 -> 0.02 expanded',
    old: { ...N, multipleOf: 0.01 },
    new: { ...N, multipleOf: 0.02 },
    kind: 'multiple-of-expanded',
    at: '/multipleOf',
    breaks: 0.03,
    samples: CENTS,
    decimal: true,
  },
  {
    name: 'multipleOf 0.1 -> 0.3 expanded (3 x 0.1, exactly)',
    old: { ...N, multipleOf: 0.1 },
    new: { ...N, multipleOf: 0.3 },
    kind: 'multiple-of-expanded',
    at: '/multipleOf',
    breaks: 0.2,
    samples: CENTS,
    decimal: true,
  },
  {
    name: 'multipleOf 0.3 -> 0.1 reduced',
    old: { ...N, multipleOf: 0.3 },
    new: { ...N, multipleOf: 0.1 },
    kind: 'multiple-of-reduced',
    at: '/multipleOf',
    gains: 0.1,
    samples: CENTS,
    decimal: true,
  },
  {
    name: 'multipleOf 0.5 -> 0.25 reduced',
    old: { ...N, multipleOf: 0.5 },
    new: { ...N, multipleOf: 0.25 },
    kind: 'multiple-of-reduced',
    at: '/multipleOf',
    gains: 0.75,
    samples: CENTS,
  },
  {
    name: 'multipleOf 1 -> 0.01 reduced',
    old: { ...N, multipleOf: 1 },
    new: { ...N, multipleOf: 0.01 },
    kind: 'multiple-of-reduced',
    at: '/multipleOf',
    gains: 0.5,
    samples: CENTS,
    decimal: true,
  },
  {
    name: 'multipleOf 0.1 -> 0.1 + 0.2 changed',
    old: { ...N, multipleOf: 0.1 },
    new: { ...N, multipleOf: 0.1 + 0.2 },
    kind: 'multiple-of-changed',
    at: '/multipleOf',
    breaks: 0.1,
    gains: 0.1 + 0.2,
  },
  {
    name: 'multipleOf 0.25 -> 0.1 changed',
    old: { ...N, multipleOf: 0.25 },
    new: { ...N, multipleOf: 0.1 },
    kind: 'multiple-of-changed',
    at: '/multipleOf',
    breaks: 0.25,
    gains: 0.1,
    decimal: true,
  },
  {
    name: 'multipleOf 1e-7 -> 2e-7 expanded',
    old: { ...N, multipleOf: 1e-7 },
    new: { ...N, multipleOf: 2e-7 },
    kind: 'multiple-of-expanded',
    at: '/multipleOf',
    breaks: 1e-7,
    samples: [0, 2e-7, 4e-7, 1, 3e-7],
    decimal: true,
  },
];

describe('numbers family: kinds, pointers, verdicts and ajv grounding', () => {
  itChecksRows(rows, { verdicts: VERDICTS, valid, validFor: (r) => (r.decimal ? validDecimal : valid) }, numbersKinds);
});

describe('numbers family: when it stays silent', () => {
  it.each([
    [
      'identical constraints',
      { ...N, minimum: 0, maximum: 10, multipleOf: 0.5 },
      { multipleOf: 0.5, maximum: 10, minimum: 0, type: 'number' },
    ],
    [
      'neither schema allows numbers',
      { type: 'string', maximum: 5, multipleOf: 2 },
      { type: 'string', maximum: 3, multipleOf: 3 },
    ],
  ])('%s', (_name, old, next) => {
    expect(compareSchemas(old, next)).toEqual([]);
  });

  it('leaves a number-to-string change to the type family', () => {
    expect(compareSchemas({ ...N, maximum: 5 }, { type: 'string', maximum: 3 }).map((c) => c.kind)).toEqual([
      'type-changed',
    ]);
  });

  it('judges draft-04 style boolean exclusiveMaximum conservatively', () => {
    const changes = compareSchemas({ ...N, maximum: 10, exclusiveMaximum: true }, { ...N, maximum: 10 });
    expect(changes.map((c) => c.kind)).toEqual(['keyword-changed']);
    expect(changes[0]!.oldPointer).toBe('/exclusiveMaximum');
  });

  it('judges a non-positive multipleOf conservatively', () => {
    expect(compareSchemas({ ...N, multipleOf: 0 }, { ...N, multipleOf: 2 }).map((c) => c.kind)).toEqual([
      'keyword-changed',
    ]);
  });
});

describe('numbers family: exact decimal divisibility', () => {
  it.each<[number, number, boolean]>([
    [4, 2, true],
    [2, 4, false],
    [6, 4, false],
    [0.3, 0.1, true],
    [0.1, 0.3, false],
    [0.1 + 0.2, 0.1, false],
    [1, 0.01, true],
    [0.75, 0.25, true],
    [2e-7, 1e-7, true],
    [1e21, 1e-7, true],
    [1.5e300, 5e-324, true],
    [1.5, 1e21, false],
    [2 ** 60, 3, false],
    [2 ** 60, 2 ** 10, true],
    [2 ** 60 * 3, 3, true],
    [2 ** 60, 0.5, true],
  ])('%s is a multiple of %s: %s', (a, b, expected) => {
    expect(isMultiple(a, b)).toBe(expected);
  });

  it('documents the float deviation the decimal reading avoids', () => {
    // Plain ajv (binary floating point) says 0.3 is not a multiple of 0.1; draft-07 and
    // BigDecimal-based validators say it is. The engine follows the latter (see the kinds' note).
    expect(plain.validate({ multipleOf: 0.1 }, 0.3)).toBe(false);
    expect(decimal.validate({ multipleOf: 0.1 }, 0.3)).toBe(true);
  });
});

describe('numbers family: messages', () => {
  it.each<[string, Schema, Schema, string]>([
    [
      'decrease',
      { maximum: 100 },
      { maximum: 50 },
      'maximum of "order.amount" decreased from <= 100 to <= 50; larger live values will be rejected',
    ],
    [
      'exclusive switch',
      { maximum: 10 },
      { exclusiveMaximum: 10 },
      'maximum of "order.amount" decreased from <= 10 to < 10; larger live values will be rejected',
    ],
    [
      'lower increase',
      { minimum: 0 },
      { exclusiveMinimum: 0 },
      'minimum of "order.amount" increased from >= 0 to > 0; smaller live values will be rejected',
    ],
    [
      'restated',
      { type: 'integer', maximum: 10 },
      { type: 'integer', exclusiveMaximum: 11 },
      'maximum of "order.amount" rewritten from <= 10 to < 11; the same integers are allowed',
    ],
    ['added', {}, { minimum: 1 }, 'minimum 1 added to "order.amount"; smaller live values will be rejected'],
    [
      'removed',
      { exclusiveMaximum: 5 },
      {},
      'exclusiveMaximum 5 of "order.amount" removed; consumers on the old schema may reject larger values',
    ],
    [
      'expanded',
      { multipleOf: 2 },
      { multipleOf: 4 },
      'multipleOf of "order.amount" changed from 2 to 4, a multiple of it; live multiples of 2 that are not multiples of 4 will be rejected',
    ],
  ])('%s', (_name, old, next, message) => {
    expect(runFamily(compareNumbers, old, next, 'order.amount')).toEqual([expect.objectContaining({ message })]);
  });
});
