// The enums family (enum, and const as a one-value enum), grounded in draft-07 semantics: every
// verdict is checked against ajv with concrete events.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { compareEnums } from '../../../src/evolution/families/enums.js';
import { enumsKinds } from '../../../src/evolution/kinds/enums.js';
import type { ChangeKind } from '../../../src/evolution/kinds/index.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import { itChecksRows, makeAjv, runFamily, validUnder, type Row, type Verdict } from './harness.js';

const valid = validUnder(makeAjv());

/** Expected [backward, forward] of each kind: the table in src/evolution/kinds/enums.ts, restated. */
const VERDICTS: Record<keyof typeof enumsKinds, Verdict> = {
  'enum-added': [false, true],
  'enum-removed': [true, false],
  'enum-extended': [true, false],
  'enum-narrowed': [false, true],
  'enum-changed': [false, false],
};

const S = { type: 'string' };
const TIERS = ['gold', 'silver', 'bronze', 'platinum', 'lead', '', 1, null];

const rows: Row[] = [
  {
    name: 'enum added',
    old: S,
    new: { ...S, enum: ['gold', 'silver'] },
    kind: 'enum-added',
    at: '/enum',
    oldAt: '',
    breaks: 'bronze',
    samples: TIERS,
  },
  {
    name: 'const added',
    old: S,
    new: { ...S, const: 'gold' },
    kind: 'enum-added',
    at: '/const',
    oldAt: '',
    breaks: 'silver',
    samples: TIERS,
  },
  {
    name: 'enum removed',
    old: { ...S, enum: ['gold', 'silver'] },
    new: S,
    kind: 'enum-removed',
    at: '',
    oldAt: '/enum',
    gains: 'bronze',
    samples: TIERS,
  },
  {
    name: 'enum extended',
    old: { ...S, enum: ['gold', 'silver'] },
    new: { ...S, enum: ['gold', 'silver', 'bronze'] },
    kind: 'enum-extended',
    at: '/enum',
    gains: 'bronze',
    samples: TIERS,
  },
  {
    name: 'const widened to an enum',
    old: { ...S, const: 'gold' },
    new: { ...S, enum: ['silver', 'gold'] },
    kind: 'enum-extended',
    at: '/enum',
    oldAt: '/const',
    gains: 'silver',
    samples: TIERS,
  },
  {
    name: 'enum narrowed',
    old: { ...S, enum: ['gold', 'silver', 'bronze'] },
    new: { ...S, enum: ['gold', 'silver'] },
    kind: 'enum-narrowed',
    at: '/enum',
    breaks: 'bronze',
    samples: TIERS,
  },
  {
    name: 'enum narrowed to a const',
    old: { ...S, enum: ['gold', 'silver'] },
    new: { ...S, const: 'gold' },
    kind: 'enum-narrowed',
    at: '/const',
    oldAt: '/enum',
    breaks: 'silver',
    samples: TIERS,
  },
  {
    name: 'enum changed',
    old: { ...S, enum: ['gold', 'silver'] },
    new: { ...S, enum: ['gold', 'platinum'] },
    kind: 'enum-changed',
    at: '/enum',
    breaks: 'silver',
    gains: 'platinum',
  },
  {
    name: 'const changed',
    old: { ...S, const: 'gold' },
    new: { ...S, const: 'silver' },
    kind: 'enum-changed',
    at: '/const',
    breaks: 'gold',
    gains: 'silver',
  },
  // 1 and "1" are different JSON values.
  {
    name: 'number and string are different values',
    old: { enum: [1, 2] },
    new: { enum: ['1', 2] },
    kind: 'enum-changed',
    at: '/enum',
    breaks: 1,
    gains: '1',
  },
  // Objects are compared by content, whatever their key order.
  {
    name: 'object values by content',
    old: { enum: [{ a: 1, b: 2 }, { c: 3 }] },
    new: { enum: [{ b: 2, a: 1 }] },
    kind: 'enum-narrowed',
    at: '/enum',
    breaks: { c: 3 },
    samples: [{ a: 1, b: 2 }, { b: 2, a: 1 }, { c: 3 }, { a: 1 }],
  },
  {
    name: 'array values by content',
    old: { enum: [[1, 2]] },
    new: {
      enum: [
        [1, 2],
        [2, 1],
      ],
    },
    kind: 'enum-extended',
    at: '/enum',
    gains: [2, 1],
    samples: [[1, 2], [2, 1], [1]],
  },
  {
    name: 'enum without type',
    old: { enum: ['a', 1, null] },
    new: { enum: ['a', 1] },
    kind: 'enum-narrowed',
    at: '/enum',
    breaks: null,
    samples: ['a', 1, null, true],
  },
  // Both sides listed: judged by their values (families/enum-values.ts), the type change folded in.
  {
    name: 'a dropped type and a dropped value are one narrowing of the values',
    old: { type: ['string', 'null'], enum: ['gold', 'silver', null] },
    new: { type: 'string', enum: ['gold'] },
    kind: 'enum-narrowed',
    at: '/enum',
    breaks: 'silver',
    samples: ['gold', 'x'],
  },
  {
    name: 'integer vs number values follow integer ⊂ number',
    old: { type: 'number', enum: [1, 1.5, 2] },
    new: { type: 'integer', enum: [1, 2, 3] },
    kind: 'enum-extended',
    also: ['type-narrowed'],
    at: '/enum',
    gains: 3,
    samples: [1, 2, 3, 4],
  },
];

describe('enums family: kinds, pointers, verdicts and ajv grounding', () => {
  itChecksRows(rows, { verdicts: VERDICTS, valid }, enumsKinds);
});

describe('enums family: when it stays silent', () => {
  it.each([
    ['same values, other order', { enum: ['a', 'b', 'c'] }, { enum: ['c', 'a', 'b'] }],
    ['duplicates', { enum: ['a', 'b'] }, { enum: ['a', 'b', 'a'] }],
    ['const and its one-value enum', { const: 'a' }, { enum: ['a'] }],
    [
      'objects with reordered keys',
      { enum: [{ x: 1, y: [1, { p: 1, q: 2 }] }] },
      { enum: [{ y: [1, { q: 2, p: 1 }], x: 1 }] },
    ],
    ['a value of a type neither allows', { type: 'string', enum: ['a', 1] }, { type: 'string', enum: ['a'] }],
  ])('%s', (_name, old, next) => {
    expect(compareSchemas(old, next)).toEqual([]);
  });

  it('keeps non-JSON numbers from YAML (.inf) apart from null', () => {
    expect(compareSchemas({ enum: [null] }, { enum: [Infinity] }).map((c) => c.kind)).toEqual(['enum-changed']);
  });

  it('judges an enum that is not a list conservatively', () => {
    expect(compareSchemas({ enum: 'a' }, { enum: ['a'] }).map((c) => c.kind)).toEqual(['keyword-changed']);
  });
});

describe('enums family: 100,000 values', () => {
  const values = Array.from({ length: 100_000 }, (_, i) => `value-${i}`);

  it('finds the few removed values', () => {
    const removed = new Set([7, 500, 99_999, 1234, 2345, 3456, 4567, 5678]);
    const next = values.filter((_, i) => !removed.has(i));
    const changes = compareSchemas({ type: 'string', enum: values }, { type: 'string', enum: next });
    expect(changes.map((c) => c.kind)).toEqual(['enum-narrowed']);
    expect(changes[0]!.message).toBe(
      'allowed values of the event narrowed: "value-7", "value-500", "value-1234", "value-2345", "value-3456" and 3 more removed; live events carrying them will be rejected',
    );
    // (No ajv grounding here: compiling a 100,000-value enum takes ajv minutes.)
    expect(changes[0]!.old).toBe(values);
    expect(changes[0]!.new).toBe(next);
  });

  it('sees a reordering as no change, and an extension as an extension', () => {
    expect(compareSchemas({ enum: values }, { enum: [...values].reverse() })).toEqual([]);
    const numbers = Array.from({ length: 100_000 }, (_, i) => i);
    const changes = compareSchemas({ enum: numbers }, { enum: [...numbers, 100_000, { id: 1 }] });
    expect(changes.map((c) => c.kind)).toEqual(['enum-extended']);
    expect(changes[0]!.message).toContain('100000, {"id":1} added');
  });
});

describe('enums family: messages', () => {
  it.each<[string, Schema, Schema, ChangeKind, string]>([
    [
      'narrowed',
      { enum: ['gold', 'silver'] },
      { enum: ['gold'] },
      'enum-narrowed',
      'allowed values of "customer.tier" narrowed: "silver" removed; live events carrying it will be rejected',
    ],
    [
      'extended',
      { enum: ['gold'] },
      { enum: ['gold', 'silver', 'bronze'] },
      'enum-extended',
      'allowed values of "customer.tier" extended: "silver", "bronze" added; consumers on the old schema may reject them',
    ],
    [
      'changed',
      { enum: ['gold'] },
      { enum: ['silver'] },
      'enum-changed',
      'allowed values of "customer.tier" changed: "gold" removed and "silver" added; live events with a removed value will be rejected',
    ],
    [
      'added',
      {},
      { enum: ['gold', 'silver'] },
      'enum-added',
      '"customer.tier" is now restricted to 2 allowed values ("gold", "silver"); other live values will be rejected',
    ],
    [
      'removed',
      { enum: ['gold'] },
      {},
      'enum-removed',
      'the list of allowed values of "customer.tier" was removed; consumers on the old schema may reject values outside it',
    ],
  ])('%s', (_name, old, next, kind, message) => {
    expect(runFamily(compareEnums, old, next, 'customer.tier')).toEqual([expect.objectContaining({ kind, message })]);
  });

  it('shortens long values', () => {
    const long = 'x'.repeat(100);
    expect(runFamily(compareEnums, { enum: [long] }, { enum: [] }, 'a')[0]!.message).toContain(
      `narrowed: "${'x'.repeat(36)}... removed`,
    );
  });
});
