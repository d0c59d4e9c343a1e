// The strings family (maxLength, minLength, pattern, format), grounded in draft-07 semantics:
// every verdict is checked against ajv with concrete events.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { compareStrings } from '../../../src/evolution/families/strings.js';
import type { ChangeKind } from '../../../src/evolution/kinds/index.js';
import { stringsKinds } from '../../../src/evolution/kinds/strings.js';
import { kindVerdict } from '../../../src/evolution/policy.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import { itChecksRows, makeAjv, runFamily, validUnder, type Row, type Verdict } from './harness.js';

// Plain ajv does not assert `format`; to ground the format kinds as assertions (the reading the
// engine takes) this instance knows a few formats as simple regular expressions.
const valid = validUnder(
  makeAjv({
    formats: {
      email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    },
  }),
);

/** Expected [backward, forward] of each kind: the table in src/evolution/kinds/strings.ts, restated. */
const VERDICTS: Record<keyof typeof stringsKinds, Verdict> = {
  'max-length-added': [false, true],
  'max-length-removed': [true, false],
  'max-length-increased': [true, false],
  'max-length-decreased': [false, true],
  'min-length-added': [false, true],
  'min-length-removed': [true, false],
  'min-length-increased': [false, true],
  'min-length-decreased': [true, false],
  'pattern-added': [false, true],
  'pattern-removed': [true, false],
  'pattern-widened': [true, false],
  'pattern-narrowed': [false, true],
  'pattern-changed': [false, false],
  'format-added': [false, true],
  'format-removed': [true, false],
  'format-changed': [false, false],
};

const S = { type: 'string' };
const SAMPLES = [
  '',
  'a',
  'ab',
  'abc',
  'abcd',
  'ABC',
  'AB1',
  'x'.repeat(64),
  'x'.repeat(65),
  'ana@example.com',
  '2024-05-01',
  '2024-05-01T10:00:00Z',
];

const rows: Row[] = [
  {
    name: 'maxLength added',
    old: S,
    new: { ...S, maxLength: 3 },
    kind: 'max-length-added',
    at: '/maxLength',
    oldAt: '',
    breaks: 'abcd',
    samples: SAMPLES,
  },
  {
    name: 'maxLength removed',
    old: { ...S, maxLength: 3 },
    new: S,
    kind: 'max-length-removed',
    at: '',
    oldAt: '/maxLength',
    gains: 'abcd',
    samples: SAMPLES,
  },
  {
    name: 'maxLength increased',
    old: { ...S, maxLength: 3 },
    new: { ...S, maxLength: 64 },
    kind: 'max-length-increased',
    at: '/maxLength',
    gains: 'abcd',
    samples: SAMPLES,
  },
  {
    name: 'maxLength decreased',
    old: { ...S, maxLength: 64 },
    new: { ...S, maxLength: 3 },
    kind: 'max-length-decreased',
    at: '/maxLength',
    breaks: 'abcd',
    samples: SAMPLES,
  },
  {
    name: 'maxLength decreased to 0',
    old: { ...S, maxLength: 1 },
    new: { ...S, maxLength: 0 },
    kind: 'max-length-decreased',
    at: '/maxLength',
    breaks: 'a',
    samples: SAMPLES,
  },
  // Length counts code points, not UTF-16 units: '😀😀' is 2 long.
  {
    name: 'maxLength decreased (code points)',
    old: { ...S, maxLength: 2 },
    new: { ...S, maxLength: 1 },
    kind: 'max-length-decreased',
    at: '/maxLength',
    breaks: '😀😀',
    samples: ['😀', 'é'],
  },
  {
    name: 'maxLength without type applies to strings',
    old: { maxLength: 5 },
    new: { maxLength: 3 },
    kind: 'max-length-decreased',
    at: '/maxLength',
    breaks: 'abcd',
    samples: [...SAMPLES, 12345, null],
  },
  {
    name: 'minLength added',
    old: S,
    new: { ...S, minLength: 2 },
    kind: 'min-length-added',
    at: '/minLength',
    oldAt: '',
    breaks: 'a',
    samples: SAMPLES,
  },
  // minLength: 0 is no constraint (normalised away): 0 -> 1 is an addition.
  {
    name: 'minLength 0 -> 1 is an addition',
    old: { ...S, minLength: 0 },
    new: { ...S, minLength: 1 },
    kind: 'min-length-added',
    at: '/minLength',
    oldAt: '',
    breaks: '',
    samples: SAMPLES,
  },
  {
    name: 'minLength removed',
    old: { ...S, minLength: 2 },
    new: S,
    kind: 'min-length-removed',
    at: '',
    oldAt: '/minLength',
    gains: 'a',
    samples: SAMPLES,
  },
  {
    name: 'minLength 1 -> 0 is a removal',
    old: { ...S, minLength: 1 },
    new: { ...S, minLength: 0 },
    kind: 'min-length-removed',
    at: '',
    oldAt: '/minLength',
    gains: '',
    samples: SAMPLES,
  },
  {
    name: 'minLength increased',
    old: { ...S, minLength: 1 },
    new: { ...S, minLength: 3 },
    kind: 'min-length-increased',
    at: '/minLength',
    breaks: 'ab',
    samples: SAMPLES,
  },
  {
    name: 'minLength decreased',
    old: { ...S, minLength: 3 },
    new: { ...S, minLength: 1 },
    kind: 'min-length-decreased',
    at: '/minLength',
    gains: 'ab',
    samples: SAMPLES,
  },
  {
    name: 'pattern added',
    old: S,
    new: { ...S, pattern: '^[A-Z]+$' },
    kind: 'pattern-added',
    at: '/pattern',
    oldAt: '',
    breaks: 'abc',
    samples: SAMPLES,
  },
  {
    name: 'pattern removed',
    old: { ...S, pattern: '^[A-Z]+$' },
    new: S,
    kind: 'pattern-removed',
    at: '',
    oldAt: '/pattern',
    gains: 'abc',
    samples: SAMPLES,
  },
  {
    name: 'pattern changed',
    old: { ...S, pattern: '^[A-Z]+$' },
    new: { ...S, pattern: '^[A-Z0-9]{3}$' },
    kind: 'pattern-changed',
    at: '/pattern',
    breaks: 'ABCD',
    gains: 'AB1',
  },
  // An anchored pattern that accepts few strings lists them: each is tried on the other pattern.
  {
    name: 'pattern widened (the old one lists its strings)',
    old: { ...S, pattern: '^a$' },
    new: { ...S, pattern: '^a+$' },
    kind: 'pattern-widened',
    at: '/pattern',
    gains: 'aa',
    samples: [...SAMPLES, 'a', 'aa'],
  },
  {
    name: 'pattern widened: one more alternative',
    old: { ...S, pattern: '^(web|app)$' },
    new: { ...S, pattern: '^(web|app|kiosk)$' },
    kind: 'pattern-widened',
    at: '/pattern',
    gains: 'kiosk',
    samples: ['web', 'app', 'kiosk', 'webapp', ''],
  },
  {
    name: 'pattern narrowed (the new one lists its strings)',
    old: { ...S, pattern: '^[a-z]+$' },
    new: { ...S, pattern: '^(web|app)$' },
    kind: 'pattern-narrowed',
    at: '/pattern',
    breaks: 'kiosk',
    samples: ['web', 'app', 'kiosk', 'webapp', ''],
  },
  {
    name: 'pattern changed although both list their strings',
    old: { ...S, pattern: '^(a|b)$' },
    new: { ...S, pattern: '^(a|c)$' },
    kind: 'pattern-changed',
    at: '/pattern',
    breaks: 'b',
    gains: 'c',
  },
  // Unanchored, the old pattern accepts endless strings: not listed, so only "changed".
  {
    name: 'pattern wider but not proven',
    old: { ...S, pattern: 'ab' },
    new: { ...S, pattern: 'a' },
    kind: 'pattern-changed',
    at: '/pattern',
    cautious: 'backward',
    gains: 'a',
  },
  {
    name: 'format added',
    old: S,
    new: { ...S, format: 'email' },
    kind: 'format-added',
    at: '/format',
    oldAt: '',
    breaks: 'abc',
    samples: SAMPLES,
  },
  {
    name: 'format removed',
    old: { ...S, format: 'email' },
    new: S,
    kind: 'format-removed',
    at: '',
    oldAt: '/format',
    gains: 'abc',
    samples: SAMPLES,
  },
  {
    name: 'format changed',
    old: { ...S, format: 'date-time' },
    new: { ...S, format: 'date' },
    kind: 'format-changed',
    at: '/format',
    breaks: '2024-05-01T10:00:00Z',
    gains: '2024-05-01',
  },
];

describe('strings family: kinds, pointers, verdicts and ajv grounding', () => {
  itChecksRows(rows, { verdicts: VERDICTS, valid }, stringsKinds);
});

describe('strings family: when it stays silent', () => {
  it.each([
    [
      'identical constraints',
      { ...S, maxLength: 5, minLength: 1, pattern: '^a', format: 'email' },
      { format: 'email', pattern: '^a', minLength: 1, maxLength: 5, type: 'string' },
    ],
    ['minLength 0 added (a no-op)', S, { ...S, minLength: 0 }],
    [
      'neither schema allows strings',
      { type: 'integer', maxLength: 5, pattern: 'a' },
      { type: 'integer', maxLength: 3, pattern: 'b' },
    ],
    ['a pattern rewritten, the same strings', { ...S, pattern: '^(web|app)$' }, { ...S, pattern: '^(app|web)$' }],
    [
      'a length bound every match meets (minLength 1 with /b$/)',
      { ...S, pattern: 'b$' },
      { ...S, pattern: 'b$', minLength: 1 },
    ],
  ])('%s', (_name, old, next) => {
    expect(compareSchemas(old, next)).toEqual([]);
  });

  it('leaves a string-to-integer change to the type family (no double count)', () => {
    const kinds = compareSchemas({ type: 'string', maxLength: 5 }, { type: 'integer', maxLength: 3 }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['type-changed']);
  });

  it('when strings are newly allowed, only the type change is reported', () => {
    const kinds = compareSchemas({ type: 'integer', maxLength: 5 }, { type: ['integer', 'string'], maxLength: 3 }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['type-extended']);
  });

  it('judges a non-draft-07 value conservatively', () => {
    const changes = compareSchemas({ type: 'string', maxLength: '5' }, { type: 'string', maxLength: 3 });
    expect(changes.map((c) => c.kind)).toEqual(['keyword-changed']);
    expect(kindVerdict('keyword-changed', 'backward')).toBe('breaking');
  });
});

describe('strings family: messages', () => {
  it.each<[string, Schema, Schema, ChangeKind, string]>([
    [
      'decrease',
      { maxLength: 64 },
      { maxLength: 32 },
      'max-length-decreased',
      'maxLength of "customer.name" decreased from 64 to 32; longer live values will be rejected',
    ],
    [
      'increase',
      { maxLength: 32 },
      { maxLength: 64 },
      'max-length-increased',
      'maxLength of "customer.name" increased from 32 to 64; consumers on the old schema may reject the longer values',
    ],
    [
      'added',
      {},
      { minLength: 2 },
      'min-length-added',
      'minLength 2 added to "customer.name"; shorter live values will be rejected',
    ],
    [
      'pattern',
      { pattern: '^a' },
      { pattern: '^b' },
      'pattern-changed',
      'pattern of "customer.name" changed from /^a/ to /^b/; a value may be valid under one and rejected by the other',
    ],
    [
      'pattern widened',
      { pattern: '^(web|app)$' },
      { pattern: '^(web|app|kiosk)$' },
      'pattern-widened',
      'pattern of "customer.name" changed from /^(web|app)$/ to /^(web|app|kiosk)$/: every value the old one accepts still matches, and new ones do, which consumers on the old schema may reject',
    ],
    [
      'format',
      {},
      { format: 'email' },
      'format-added',
      'format "email" added to "customer.name"; live values not in that format will be rejected',
    ],
  ])('%s', (_name, old, next, kind, message) => {
    const emitted = runFamily(compareStrings, old, next, 'customer.name');
    expect(emitted).toEqual([expect.objectContaining({ kind, message })]);
  });

  it('names the event at the root', () => {
    expect(runFamily(compareStrings, { maxLength: 3 }, {}, '')[0]!.message).toBe(
      'maxLength 3 of the event removed; consumers on the old schema may reject longer values',
    );
  });
});
