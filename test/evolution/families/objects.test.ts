// The objects family (properties, required, additionalProperties, patternProperties,
// dependencies, propertyNames, minProperties, maxProperties), grounded in draft-07 semantics:
// every verdict is checked against ajv with concrete events.

import { describe, expect, it } from 'vitest';
import { compareObjects } from '../../../src/evolution/families/objects.js';
import type { ChangeKind } from '../../../src/evolution/kinds/index.js';
import { objectsKinds } from '../../../src/evolution/kinds/objects.js';
import { breaksBackward, kindVerdict } from '../../../src/evolution/policy.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import { compareCopies, itChecksRows, makeAjv, runFamily, validUnder, type Row, type Verdict } from './harness.js';

const valid = validUnder(makeAjv({ allErrors: true }));
/** The rows below share objects (S, I), and normalisation shares a node per object: compare copies. */
const compare = compareCopies;

/** Expected [backward, forward, additive] of each kind: the table in src/evolution/kinds/objects.ts, restated. */
const VERDICTS: Record<keyof typeof objectsKinds, Verdict> = {
  'property-added-to-open-content-model': [false, true],
  'unconstrained-property-added-to-open-content-model': [true, true],
  'optional-property-added-to-closed-content-model': [true, false],
  'forbidden-property-added-to-closed-content-model': [true, true],
  'required-property-added-to-closed-content-model': [false, false],
  'required-property-added-to-open-content-model': [false, true],
  'property-added-to-partially-open-content-model': [true, true],
  'required-property-added-to-partially-open-content-model': [false, true],
  'property-removed-from-closed-content-model': [false, true],
  'property-removed-required-from-closed-content-model': [false, false],
  'property-removed-forbidden-from-closed-content-model': [true, true],
  'property-removed-from-open-content-model': [true, false, 'breaking'],
  'property-removed-unconstrained-from-open-content-model': [true, true, 'breaking'],
  'property-removed-to-partially-open-content-model': [true, true, 'breaking'],
  'property-removed-required-to-partially-open-content-model': [true, false, 'breaking'],
  'required-added': [false, true],
  'required-added-with-default': [false, true],
  'required-removed': [true, false, 'breaking'],
  'content-model-closed': [false, true],
  'content-model-opened': [true, false],
  'property-pattern-added-to-open-content-model': [false, true],
  'property-pattern-added-to-closed-content-model': [true, false],
  'property-pattern-added-to-partially-open-content-model': [true, true],
  'property-pattern-removed-from-open-content-model': [true, false],
  'property-pattern-removed-from-closed-content-model': [false, true],
  'property-pattern-removed-to-partially-open-content-model': [true, true],
  'dependency-array-added': [false, true],
  'dependency-array-removed': [true, false],
  'dependency-array-extended': [false, true],
  'dependency-array-narrowed': [true, false],
  'dependency-array-changed': [false, false],
  'dependency-schema-added': [false, true],
  'dependency-schema-removed': [true, false],
  'dependency-form-changed': [true, true],
  'property-names-added': [false, true],
  'property-names-removed': [true, false],
  'min-properties-added': [false, true],
  'min-properties-removed': [true, false],
  'min-properties-increased': [false, true],
  'min-properties-decreased': [true, false],
  'max-properties-added': [false, true],
  'max-properties-removed': [true, false],
  'max-properties-increased': [true, false],
  'max-properties-decreased': [false, true],
};

const S = { type: 'string' };
const I = { type: 'integer' };
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  obj(properties, { additionalProperties: false, ...extra });

const SAMPLES: unknown[] = [
  {},
  { id: 'a' },
  { id: 'a', tier: 'gold' },
  { id: 'a', tier: 1 },
  { id: 'b', tier: 'silver' },
  { tier: 'x' },
  { id: 'b', tier: 'x', other: 1 },
  { id: 'a', tier: 'gold', extra: 'e' },
  { id: 'a', legacy: 'x', tier: 'gold' },
  { legacy: 'x' },
  { id: 'a', ghost: 0 },
  { id: 'a', legacy: 'x' },
  { id: 'a', legacy: 1 },
  { id: 'a', extra: 'e' },
  { id: 'a', extra: 2 },
  { 'x-a': 's' },
  { 'x-a': 1, id: 'b' },
  { id: 'a', 'x-trace': 'abc' },
  { card: 'c' },
  { card: 'c', billing: 'b' },
  { card: 'c', cvv: '1' },
  { card: 'c', billing: 'b', cvv: '1' },
  { abc: 1 },
  { abcd: 1, e: 2 },
  { a: 1, b: 2, c: 3 },
  { a: 1, b: 2, c: 3, d: 4 },
  { 'x-b': 'q', id: 'c' },
  'not an object',
  null,
];

const rows: Row[] = [
  // --- added properties, by the content model they are added to
  {
    name: 'optional property added to an open model',
    old: obj({ id: S }),
    new: obj({ id: S, tier: S }),
    kind: 'property-added-to-open-content-model',
    at: '/properties/tier',
    breaks: { id: 'a', tier: 1 },
    samples: SAMPLES,
  },
  {
    name: 'unconstrained property declared in an open model',
    old: obj({ id: S }),
    new: obj({ id: S, tier: { description: 'd' } }),
    kind: 'unconstrained-property-added-to-open-content-model',
    at: '/properties/tier',
    samples: SAMPLES,
  },
  {
    name: 'optional property added to a closed model',
    old: closed({ id: S }),
    new: closed({ id: S, tier: S }),
    kind: 'optional-property-added-to-closed-content-model',
    at: '/properties/tier',
    gains: { id: 'a', tier: 'gold' },
    samples: SAMPLES,
  },
  {
    name: 'property with the false schema declared in a closed model',
    old: closed({ id: S }),
    new: closed({ id: S, tier: false }),
    kind: 'forbidden-property-added-to-closed-content-model',
    at: '/properties/tier',
    samples: SAMPLES,
  },
  // In an open model the false schema newly forbids the name: live events carrying it break.
  {
    name: 'property with the false schema added to an open model',
    old: obj({ id: S }),
    new: obj({ id: S, tier: false }),
    kind: 'property-added-to-open-content-model',
    at: '/properties/tier',
    breaks: { id: 'a', tier: 'gold' },
    samples: SAMPLES,
  },
  {
    name: 'required property added to a closed model',
    old: closed({ id: S }),
    new: closed({ id: S, tier: S }, { required: ['tier'] }),
    kind: 'required-property-added-to-closed-content-model',
    at: '/properties/tier',
    breaks: { id: 'a' },
    gains: { id: 'a', tier: 'gold' },
  },
  {
    name: 'required property added to an open model',
    old: obj({ id: S }),
    new: obj({ id: S, tier: S }, { required: ['tier'] }),
    kind: 'required-property-added-to-open-content-model',
    at: '/properties/tier',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },
  // Registries call this compatible; validation does not fill in defaults, so it is not.
  {
    name: 'required property with a default added to an open model',
    old: obj({ id: S }),
    new: obj({ id: S, tier: { type: 'string', default: 'basic' } }, { required: ['tier'] }),
    kind: 'required-property-added-to-open-content-model',
    at: '/properties/tier',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },
  {
    name: 'required property with a default added to a closed model',
    old: closed({ id: S }),
    new: closed({ id: S, tier: { type: 'string', default: 'basic' } }, { required: ['tier'] }),
    kind: 'required-property-added-to-closed-content-model',
    at: '/properties/tier',
    breaks: { id: 'a' },
    gains: { id: 'a', tier: 'gold' },
  },
  {
    name: 'property added where additionalProperties had the same schema',
    old: obj({ id: S }, { additionalProperties: S }),
    new: obj({ id: S, tier: S }, { additionalProperties: S }),
    kind: 'property-added-to-partially-open-content-model',
    at: '/properties/tier',
    samples: SAMPLES,
  },
  {
    name: 'property added, narrower than the additionalProperties schema (the descent reports it)',
    old: obj({ id: S }, { additionalProperties: { type: ['integer', 'string'] } }),
    new: obj({ id: S, tier: S }, { additionalProperties: { type: ['integer', 'string'] } }),
    kind: 'property-added-to-partially-open-content-model',
    at: '/properties/tier',
    also: ['type-narrowed'],
    samples: SAMPLES,
  },
  {
    name: 'property added where a matching patternProperties schema applied',
    old: closed({ id: S }, { patternProperties: { '^t': I } }),
    new: closed({ id: S, tier: S }, { patternProperties: { '^t': I } }),
    kind: 'property-added-to-partially-open-content-model',
    at: '/properties/tier',
    also: ['false-schema-introduced'], // "tier" is declared a string and the pattern wants an integer: never present
    samples: SAMPLES,
  },
  {
    name: 'required property added where additionalProperties had a schema',
    old: obj({ id: S }, { additionalProperties: S }),
    new: obj({ id: S, tier: S }, { additionalProperties: S, required: ['tier'] }),
    kind: 'required-property-added-to-partially-open-content-model',
    at: '/properties/tier',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },

  // --- removed properties, by the content model they fall into
  {
    name: 'property removed from a closed model',
    old: closed({ id: S, legacy: S }),
    new: closed({ id: S }),
    kind: 'property-removed-from-closed-content-model',
    at: '/properties/legacy',
    breaks: { id: 'a', legacy: 'x' },
    samples: SAMPLES,
  },
  {
    name: 'required property removed from a closed model',
    old: closed({ id: S, legacy: S }, { required: ['legacy'] }),
    new: closed({ id: S }),
    kind: 'property-removed-required-from-closed-content-model',
    at: '/properties/legacy',
    breaks: { id: 'a', legacy: 'x' },
    gains: { id: 'a' },
  },
  {
    name: 'property with the false schema removed from a closed model',
    old: closed({ id: S, legacy: false }),
    new: closed({ id: S }),
    kind: 'property-removed-forbidden-from-closed-content-model',
    at: '/properties/legacy',
    samples: SAMPLES,
  },
  {
    name: 'property with the false schema removed from an open model',
    old: obj({ id: S, legacy: false }),
    new: obj({ id: S }),
    kind: 'property-removed-from-open-content-model',
    at: '/properties/legacy',
    gains: { id: 'a', legacy: 'x' },
    samples: SAMPLES,
  },
  {
    name: 'property removed from an open model',
    old: obj({ id: S, legacy: S }),
    new: obj({ id: S }),
    kind: 'property-removed-from-open-content-model',
    at: '/properties/legacy',
    gains: { id: 'a', legacy: 1 },
    samples: SAMPLES,
  },
  {
    name: 'required property removed from an open model',
    old: obj({ id: S, legacy: S }, { required: ['legacy'] }),
    new: obj({ id: S }),
    kind: 'property-removed-from-open-content-model',
    at: '/properties/legacy',
    gains: { id: 'a' },
    samples: SAMPLES,
  },
  {
    name: 'unconstrained property removed from an open model',
    old: obj({ id: S, legacy: {} }),
    new: obj({ id: S }),
    kind: 'property-removed-unconstrained-from-open-content-model',
    at: '/properties/legacy',
    samples: SAMPLES,
  },
  {
    name: 'property removed where additionalProperties has the same schema',
    old: obj({ id: S, legacy: S }, { additionalProperties: S }),
    new: obj({ id: S }, { additionalProperties: S }),
    kind: 'property-removed-to-partially-open-content-model',
    at: '/properties/legacy',
    samples: SAMPLES,
  },
  {
    name: 'property removed where a narrower patternProperties schema applies (the descent reports it)',
    old: closed({ id: S, legacy: { type: ['integer', 'string'] } }, { patternProperties: { '^leg': S } }),
    new: closed({ id: S }, { patternProperties: { '^leg': S } }),
    kind: 'property-removed-to-partially-open-content-model',
    at: '/properties/legacy',
    also: ['type-narrowed'],
    samples: SAMPLES,
  },
  {
    name: 'required property removed where additionalProperties has a schema',
    old: obj({ id: S, legacy: S }, { additionalProperties: S, required: ['legacy'] }),
    new: obj({ id: S }, { additionalProperties: S }),
    kind: 'property-removed-required-to-partially-open-content-model',
    at: '/properties/legacy',
    gains: { id: 'a' },
    samples: SAMPLES,
  },

  // --- required
  {
    name: 'existing property becomes required',
    old: obj({ id: S, tier: S }),
    new: obj({ id: S, tier: S }, { required: ['tier'] }),
    kind: 'required-added',
    at: '/required',
    oldAt: '/required',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },
  // `required` applies to undeclared names too: requiring one rejects live events without it.
  {
    name: 'an undeclared name becomes required',
    old: obj({ id: S }),
    new: obj({ id: S }, { required: ['ghost'] }),
    kind: 'required-added',
    at: '/required',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },
  {
    name: 'property with a default becomes required',
    old: obj({ id: S, tier: { type: 'string', default: 'basic' } }),
    new: obj({ id: S, tier: { type: 'string', default: 'basic' } }, { required: ['tier'] }),
    kind: 'required-added-with-default',
    at: '/required',
    breaks: { id: 'a' },
    samples: SAMPLES,
  },
  {
    name: 'property no longer required',
    old: obj({ id: S, tier: S }, { required: ['id', 'tier'] }),
    new: obj({ id: S, tier: S }, { required: ['id'] }),
    kind: 'required-removed',
    at: '/required',
    gains: { id: 'a' },
    samples: SAMPLES,
  },

  // --- additionalProperties
  {
    name: 'open model closed',
    old: obj({ id: S }),
    new: closed({ id: S }),
    kind: 'content-model-closed',
    at: '/additionalProperties',
    oldAt: '',
    breaks: { id: 'a', extra: 1 },
    samples: SAMPLES,
  },
  {
    name: 'partially open model closed',
    old: obj({ id: S }, { additionalProperties: S }),
    new: closed({ id: S }),
    kind: 'content-model-closed',
    at: '/additionalProperties',
    breaks: { id: 'a', extra: 'e' },
    samples: SAMPLES,
  },
  {
    name: 'closed model opened',
    old: closed({ id: S }),
    new: obj({ id: S }),
    kind: 'content-model-opened',
    at: '',
    oldAt: '/additionalProperties',
    gains: { id: 'a', extra: 1 },
    samples: SAMPLES,
  },
  {
    name: 'closed model partially opened',
    old: closed({ id: S }),
    new: obj({ id: S }, { additionalProperties: S }),
    kind: 'content-model-opened',
    at: '/additionalProperties',
    gains: { id: 'a', extra: 'e' },
    samples: SAMPLES,
  },

  // --- patternProperties
  {
    name: 'regex added to an open model',
    old: obj({ id: S }),
    new: obj({ id: S }, { patternProperties: { '^x-': S } }),
    kind: 'property-pattern-added-to-open-content-model',
    at: '/patternProperties/^x-',
    breaks: { 'x-a': 1, id: 'b' },
    samples: SAMPLES,
  },
  {
    name: 'regex added to a closed model',
    old: closed({ id: S }),
    new: closed({ id: S }, { patternProperties: { '^x-': S } }),
    kind: 'property-pattern-added-to-closed-content-model',
    at: '/patternProperties/^x-',
    gains: { 'x-a': 's' },
    samples: SAMPLES,
  },
  {
    name: 'regex added where additionalProperties had the same schema',
    old: obj({ id: S }, { additionalProperties: S }),
    new: obj({ id: S }, { additionalProperties: S, patternProperties: { '^x-': S } }),
    kind: 'property-pattern-added-to-partially-open-content-model',
    at: '/patternProperties/^x-',
    samples: SAMPLES,
  },
  {
    name: 'regex removed from an open model',
    old: obj({ id: S }, { patternProperties: { '^x-': S } }),
    new: obj({ id: S }),
    kind: 'property-pattern-removed-from-open-content-model',
    at: '/patternProperties/^x-',
    gains: { 'x-a': 1 },
    samples: SAMPLES,
  },
  {
    name: 'regex removed from a closed model',
    old: closed({ id: S }, { patternProperties: { '^x-': S } }),
    new: closed({ id: S }),
    kind: 'property-pattern-removed-from-closed-content-model',
    at: '/patternProperties/^x-',
    breaks: { 'x-a': 's' },
    samples: SAMPLES,
  },
  {
    name: 'regex removed where additionalProperties has the same schema',
    old: obj({ id: S }, { additionalProperties: S, patternProperties: { '^x-': S } }),
    new: obj({ id: S }, { additionalProperties: S }),
    kind: 'property-pattern-removed-to-partially-open-content-model',
    at: '/patternProperties/^x-',
    samples: SAMPLES,
  },

  // --- dependencies
  {
    name: 'dependency list added',
    old: obj({ card: S }),
    new: obj({ card: S }, { dependencies: { card: ['billing'] } }),
    kind: 'dependency-array-added',
    at: '/dependencies/card',
    oldAt: '',
    breaks: { card: 'c' },
    samples: SAMPLES,
  },
  {
    name: 'dependency list removed',
    old: obj({ card: S }, { dependencies: { card: ['billing'] } }),
    new: obj({ card: S }),
    kind: 'dependency-array-removed',
    at: '',
    oldAt: '/dependencies/card',
    gains: { card: 'c' },
    samples: SAMPLES,
  },
  {
    name: 'dependency list extended',
    old: obj({}, { dependencies: { card: ['billing'] } }),
    new: obj({}, { dependencies: { card: ['billing', 'cvv'] } }),
    kind: 'dependency-array-extended',
    at: '/dependencies/card',
    breaks: { card: 'c', billing: 'b' },
    samples: SAMPLES,
  },
  {
    name: 'dependency list narrowed',
    old: obj({}, { dependencies: { card: ['billing', 'cvv'] } }),
    new: obj({}, { dependencies: { card: ['billing'] } }),
    kind: 'dependency-array-narrowed',
    at: '/dependencies/card',
    gains: { card: 'c', billing: 'b' },
    samples: SAMPLES,
  },
  {
    name: 'dependency list changed',
    old: obj({}, { dependencies: { card: ['billing'] } }),
    new: obj({}, { dependencies: { card: ['cvv'] } }),
    kind: 'dependency-array-changed',
    at: '/dependencies/card',
    breaks: { card: 'c', billing: 'b' },
    gains: { card: 'c', cvv: '1' },
  },
  {
    name: 'dependency schema added',
    old: obj({}),
    new: obj({}, { dependencies: { card: { required: ['billing'] } } }),
    kind: 'dependency-schema-added',
    at: '/dependencies/card',
    oldAt: '',
    breaks: { card: 'c' },
    samples: SAMPLES,
  },
  {
    name: 'dependency schema removed',
    old: obj({}, { dependencies: { card: { required: ['billing'] } } }),
    new: obj({}),
    kind: 'dependency-schema-removed',
    at: '',
    oldAt: '/dependencies/card',
    gains: { card: 'c' },
    samples: SAMPLES,
  },
  {
    name: 'dependency list rewritten as the equivalent schema',
    old: obj({}, { dependencies: { card: ['billing'] } }),
    new: obj({}, { dependencies: { card: { required: ['billing'] } } }),
    kind: 'dependency-form-changed',
    at: '/dependencies/card',
    samples: SAMPLES,
  },
  {
    name: 'dependency list rewritten as a stricter schema (the descent reports it)',
    old: obj({}, { dependencies: { card: ['billing'] } }),
    new: obj({}, { dependencies: { card: { required: ['billing', 'cvv'] } } }),
    kind: 'dependency-form-changed',
    at: '/dependencies/card',
    also: ['required-added'],
    samples: SAMPLES,
  },

  // --- propertyNames, minProperties, maxProperties
  {
    name: 'propertyNames added',
    old: { type: 'object' },
    new: { type: 'object', propertyNames: { maxLength: 3 } },
    kind: 'property-names-added',
    at: '/propertyNames',
    oldAt: '',
    breaks: { abcd: 1, e: 2 },
    samples: SAMPLES,
  },
  {
    name: 'propertyNames: false added',
    old: { type: 'object' },
    new: { type: 'object', propertyNames: false },
    kind: 'property-names-added',
    at: '/propertyNames',
    oldAt: '',
    breaks: { a: 1, b: 2, c: 3 },
    samples: SAMPLES,
  },
  {
    name: 'propertyNames removed',
    old: { type: 'object', propertyNames: { maxLength: 3 } },
    new: { type: 'object' },
    kind: 'property-names-removed',
    at: '',
    oldAt: '/propertyNames',
    gains: { abcd: 1, e: 2 },
    samples: SAMPLES,
  },
  {
    name: 'minProperties added',
    old: { type: 'object' },
    new: { type: 'object', minProperties: 2 },
    kind: 'min-properties-added',
    at: '/minProperties',
    oldAt: '',
    breaks: { abc: 1 },
    samples: SAMPLES,
  },
  {
    name: 'minProperties removed',
    old: { type: 'object', minProperties: 2 },
    new: { type: 'object' },
    kind: 'min-properties-removed',
    at: '',
    oldAt: '/minProperties',
    gains: { abc: 1 },
    samples: SAMPLES,
  },
  {
    name: 'minProperties 1 -> 0 is a removal',
    old: { type: 'object', minProperties: 1 },
    new: { type: 'object', minProperties: 0 },
    kind: 'min-properties-removed',
    at: '',
    oldAt: '/minProperties',
    gains: {},
    samples: SAMPLES,
  },
  {
    name: 'minProperties increased',
    old: { type: 'object', minProperties: 1 },
    new: { type: 'object', minProperties: 3 },
    kind: 'min-properties-increased',
    at: '/minProperties',
    breaks: { abcd: 1, e: 2 },
    samples: SAMPLES,
  },
  {
    name: 'minProperties decreased',
    old: { type: 'object', minProperties: 3 },
    new: { type: 'object', minProperties: 1 },
    kind: 'min-properties-decreased',
    at: '/minProperties',
    gains: { abc: 1 },
    samples: SAMPLES,
  },
  {
    name: 'maxProperties added',
    old: { type: 'object' },
    new: { type: 'object', maxProperties: 2 },
    kind: 'max-properties-added',
    at: '/maxProperties',
    oldAt: '',
    breaks: { a: 1, b: 2, c: 3 },
    samples: SAMPLES,
  },
  {
    name: 'maxProperties removed',
    old: { type: 'object', maxProperties: 2 },
    new: { type: 'object' },
    kind: 'max-properties-removed',
    at: '',
    oldAt: '/maxProperties',
    gains: { a: 1, b: 2, c: 3 },
    samples: SAMPLES,
  },
  {
    name: 'maxProperties increased',
    old: { type: 'object', maxProperties: 2 },
    new: { type: 'object', maxProperties: 3 },
    kind: 'max-properties-increased',
    at: '/maxProperties',
    gains: { a: 1, b: 2, c: 3 },
    samples: SAMPLES,
  },
  {
    name: 'maxProperties decreased',
    old: { type: 'object', maxProperties: 3 },
    new: { type: 'object', maxProperties: 1 },
    kind: 'max-properties-decreased',
    at: '/maxProperties',
    breaks: { card: 'c', billing: 'b' },
    samples: SAMPLES,
  },
];

describe('objects family: kinds, pointers, verdicts and ajv grounding', () => {
  // Rows whose descent reports other changes (`also`) may break a direction the row's kind keeps:
  // samples carry over only where no reported change breaks that direction.
  itChecksRows(rows, { verdicts: VERDICTS, valid, compare, carryOver: 'unless-another-change-breaks' }, objectsKinds);

  it('every kind the platform reads as an added or removed property is named so', () => {
    for (const kind of Object.keys(objectsKinds)) {
      if (/property-(added|removed)/.test(kind) && !kind.includes('pattern')) {
        expect(kind.includes('property-added-to-') || kind.startsWith('property-removed-'), kind).toBe(true);
      }
      if (kind.includes('pattern'))
        expect(kind.includes('property-added-to-') || kind.startsWith('property-removed-'), kind).toBe(false);
    }
  });
});

describe('objects family: when it stays silent', () => {
  it.each([
    [
      'identical object schemas in another key order',
      closed({ id: S, n: I }, { required: ['id'], minProperties: 1 }),
      { required: ['id'], minProperties: 1, additionalProperties: false, properties: { n: I, id: S }, type: 'object' },
    ],
    ['additionalProperties: true is the open model', obj({ id: S }), obj({ id: S }, { additionalProperties: true })],
    ['additionalProperties: {} is the open model too', obj({ id: S }), obj({ id: S }, { additionalProperties: {} })],
    [
      'required listed in another order, with duplicates',
      obj({ a: S, b: S }, { required: ['a', 'b'] }),
      obj({ a: S, b: S }, { required: ['b', 'a', 'b'] }),
    ],
    ['an empty dependency list constrains nothing', obj({ a: S }), obj({ a: S }, { dependencies: { a: [] } })],
    [
      'neither schema allows objects',
      { type: 'string', required: ['a'] },
      { type: 'string', required: ['b'], maxProperties: 1 },
    ],
    [
      'an unconstrained regex added to an open model',
      obj({ id: S }),
      obj({ id: S }, { patternProperties: { '^x-': {} } }),
    ],
  ])('%s', (_name, old, next) => {
    expect(compare(old, next)).toEqual([]);
  });

  it('leaves an object-to-string change to the type family (no double count)', () => {
    const kinds = compare(closed({ id: S }, { required: ['id'] }), { type: 'string' }).map((c) => c.kind);
    expect(kinds).toEqual(['type-changed']);
  });

  it('when objects are newly allowed, only the type change is reported', () => {
    const kinds = compare({ type: 'string', required: ['a'] }, { type: ['object', 'string'], required: ['b'] }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['type-extended']);
  });

  it('judges a non-draft-07 value conservatively', () => {
    const changes = compare({ type: 'object', minProperties: '2' }, { type: 'object', minProperties: 3 });
    expect(changes.map((c) => c.kind)).toEqual(['keyword-changed']);
    expect(compare({ type: 'object', required: 'a' }, { type: 'object', required: ['a'] }).map((c) => c.kind)).toEqual([
      'keyword-changed',
    ]);
  });
});

describe('objects family: the effective schema of a name', () => {
  it('a property in both schemas is compared, with the regexes that match it', () => {
    const changes = compare(closed({ id: S }), closed({ id: S }, { patternProperties: { '^i': { type: 'integer' } } }));
    // The new regex matches "id": old values of "id" (strings) must fit it, and they do not: "id" can never be present.
    expect(changes.map((c) => c.kind).sort()).toEqual([
      'false-schema-introduced',
      'property-pattern-added-to-closed-content-model',
      'type-changed',
    ]);
    expect(changes.some(breaksBackward)).toBe(true);
    expect(valid(closed({ id: S }), { id: 'a' })).toBe(true);
    expect(valid(closed({ id: S }, { patternProperties: { '^i': I } }), { id: 'a' })).toBe(false);
  });

  it('a regex that cannot match a declared name leaves it alone', () => {
    const changes = compare(closed({ id: S }), closed({ id: S }, { patternProperties: { '^x-': I } }));
    expect(changes.map((c) => c.kind)).toEqual(['property-pattern-added-to-closed-content-model']);
    expect(changes.some(breaksBackward)).toBe(false);
  });

  it('a new regex is compared with old regexes it may overlap', () => {
    // "^a" and "b" can both match "ab": old values there were strings, the new regex wants integers.
    const old = closed({}, { patternProperties: { '^a': S } });
    const next = closed({}, { patternProperties: { '^a': S, b: I } });
    expect(valid(old, { ab: 'x' }) && !valid(next, { ab: 'x' })).toBe(true);
    expect(compare(old, next).some(breaksBackward)).toBe(true);
  });

  it('regexes with diverging literal prefixes are known disjoint', () => {
    const old = closed({}, { patternProperties: { '^x-': S } });
    const next = closed({}, { patternProperties: { '^x-': S, '^y-': I } });
    expect(compare(old, next).map((c) => c.kind)).toEqual(['property-pattern-added-to-closed-content-model']);
  });

  it('a changed regex is a removal and an addition, compared across', () => {
    const old = closed({}, { patternProperties: { '^x-': S } });
    const next = closed({}, { patternProperties: { '^x-.*$': I } });
    const changes = compare(old, next);
    expect(changes.some(breaksBackward)).toBe(true);
    expect(changes.map((c) => c.kind)).toContain('property-pattern-removed-from-closed-content-model');
  });

  it('a removed regex is compared with new properties it matches (forward)', () => {
    const old = obj({ xa: S }, { patternProperties: { '^x': { type: 'string', maxLength: 3 } } });
    const next = obj({ xa: S });
    const changes = compare(old, next);
    // New events may carry "xa" longer than 3: the live schema rejects them.
    expect(valid(next, { xa: 'abcd' }) && !valid(old, { xa: 'abcd' })).toBe(true);
    expect(changes.some((c) => kindVerdict(c.kind, 'forward') === 'breaking')).toBe(true);
  });

  it('a regex that does not compile is assumed to match every name', () => {
    const changes = compare(closed({ id: S }), closed({ id: S }, { patternProperties: { '(': I } }));
    expect(changes.some(breaksBackward)).toBe(true);
  });

  it('a property removed from a closed model stays allowed when a regex still captures it', () => {
    const old = closed({ id: S, 'x-legacy': S }, { patternProperties: { '^x-': S } });
    const next = closed({ id: S }, { patternProperties: { '^x-': S } });
    const changes = compare(old, next);
    expect(changes.map((c) => c.kind)).toEqual(['property-removed-to-partially-open-content-model']);
    expect(changes.some(breaksBackward)).toBe(false);
    expect(valid(next, { id: 'a', 'x-legacy': 's' })).toBe(true);
  });

  it('a property declared where a regex with a false schema still forbids it: one non-breaking change', () => {
    const old = obj({ id: S }, { patternProperties: { '^t': false } });
    const next = obj({ id: S, tier: S }, { patternProperties: { '^t': false } });
    expect(compare(old, next).map((c) => c.kind)).toEqual(['forbidden-property-added-to-closed-content-model']);
    expect(compare(old, next).some(breaksBackward)).toBe(false);
    expect(valid(next, { id: 'a', tier: 'x' })).toBe(false);
  });

  it('the additionalProperties schema is compared for names nobody declares', () => {
    const changes = compare(
      obj({ id: S }, { additionalProperties: { type: ['integer', 'string'] } }),
      obj({ id: S }, { additionalProperties: S }),
    );
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'type-narrowed', pointer: '/additionalProperties/type' }),
    ]);
  });

  it('an open model given an additionalProperties schema narrows it', () => {
    const changes = compare(obj({ id: S }), obj({ id: S }, { additionalProperties: S }));
    expect(changes.some(breaksBackward)).toBe(true);
    expect(
      valid(obj({ id: S }), { id: 'a', x: 1 }) &&
        !valid(obj({ id: S }, { additionalProperties: S }), { id: 'a', x: 1 }),
    ).toBe(true);
  });

  it('a required property added to an open model is one change, not two', () => {
    expect(compare(obj({ id: S }), obj({ id: S, tier: S }, { required: ['tier'] })).map((c) => c.kind)).toEqual([
      'required-property-added-to-open-content-model',
    ]);
  });

  it('a name required (undeclared) in the live schema and declared optional now is a required removal too', () => {
    const old = obj({ id: S }, { required: ['tier'] });
    const next = obj({ id: S, tier: S });
    const kinds = compare(old, next)
      .map((c) => c.kind)
      .sort();
    expect(kinds).toEqual(['property-added-to-open-content-model', 'required-removed']);
    expect(valid(next, { id: 'a' }) && !valid(old, { id: 'a' })).toBe(true);
  });
});

describe('objects family: nesting, $ref and recursion', () => {
  it('reports a property removed from objects inside an array, at its pointer', () => {
    const item = (props: Record<string, unknown>) => ({ type: 'array', items: closed(props) });
    const old = obj({ lines: item({ sku: S, note: S }) });
    const next = obj({ lines: item({ sku: S }) });
    const changes = compare(old, next);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'property-removed-from-closed-content-model',
        pointer: '/properties/lines/items/properties/note',
      }),
    ]);
    expect(changes[0]!.message).toBe(
      'property "lines[].note" was removed; the schema is closed, so live events carrying it will be rejected',
    );
    expect(valid(old, { lines: [{ sku: 'a', note: 'n' }] }) && !valid(next, { lines: [{ sku: 'a', note: 'n' }] })).toBe(
      true,
    );
  });

  it('follows $ref into definitions, reporting at the definition', () => {
    const doc = (address: object) => ({
      definitions: { address },
      type: 'object',
      properties: { home: { $ref: '#/definitions/address' }, work: { $ref: '#/definitions/address' } },
    });
    const old = doc(closed({ zip: S, city: S }));
    const next = doc(closed({ zip: S, city: S }, { required: ['zip'] }));
    const changes = compare(old, next);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'required-added', pointer: '/definitions/address/required' }),
    ]);
    expect(valid(old, { home: { city: 'x' } }) && !valid(next, { home: { city: 'x' } })).toBe(true);
  });

  it('terminates on a self-recursive schema and finds the change inside', () => {
    const tree = (extra: Record<string, unknown>) => ({
      definitions: {
        node: obj({ value: I, children: { type: 'array', items: { $ref: '#/definitions/node' } } }, extra),
      },
      type: 'object',
      properties: { root: { $ref: '#/definitions/node' } },
    });
    const changes = compare(tree({}), tree({ additionalProperties: false }));
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'content-model-closed', pointer: '/definitions/node/additionalProperties' }),
    ]);
    const event = { root: { value: 1, children: [{ value: 2, children: [{ value: 3, extra: true }] }] } };
    expect(valid(tree({}), event) && !valid(tree({ additionalProperties: false }), event)).toBe(true);
  });

  it('terminates on a root that refers to itself', () => {
    const old = obj({ next: { $ref: '#' }, v: S });
    const next = obj({ next: { $ref: '#' }, v: S, w: S }, { additionalProperties: false });
    const kinds = compare(old, next)
      .map((c) => c.kind)
      .sort();
    expect(kinds).toEqual(['content-model-closed', 'property-added-to-open-content-model']);
  });
});

describe('objects family: read by the platform layer', () => {
  const live = closed(
    { id: S, legacy_ref: S },
    { required: ['id', 'legacy_ref'], 'x-cxone-deprecated-fields': ['legacy_ref'] },
  );

  it('a deprecated required property removed is one planned removal (no separate required-removed to block it)', () => {
    const changes = compare(live, closed({ id: S }, { required: ['id'] }));
    expect(changes.map((c) => c.kind)).toEqual(['deprecated-required-property-removed']);
    expect(kindVerdict('deprecated-property-removed', 'additive')).toBe('notice');
  });

  it('a property removed and one with an equal schema added is read as a rename', () => {
    const changes = compare(closed({ id: S, amount: I }), closed({ id: S, total: I }));
    expect(changes.map((c) => c.kind)).toEqual(['property-renamed']);
  });
});

describe('objects family: messages', () => {
  it.each<[string, Schema, Schema, ChangeKind, string]>([
    [
      'removed, closed',
      closed({ tier: S }),
      closed({}),
      'property-removed-from-closed-content-model',
      'property "customer.tier" was removed; the schema is closed, so live events carrying it will be rejected',
    ],
    [
      'added, closed',
      closed({}),
      closed({ tier: S }),
      'optional-property-added-to-closed-content-model',
      'optional property "customer.tier" was added; consumers on the live (closed) schema reject events carrying it',
    ],
    [
      'required',
      obj({ tier: S }),
      obj({ tier: S }, { required: ['tier'] }),
      'required-added',
      'property "customer.tier" became required; live events without it will be rejected',
    ],
    [
      'closed',
      obj({}),
      closed({}),
      'content-model-closed',
      '"customer" no longer allows additional properties; live events carrying undeclared properties will be rejected',
    ],
    [
      'maxProperties',
      { maxProperties: 5 },
      { maxProperties: 3 },
      'max-properties-decreased',
      'maxProperties of "customer" decreased from 5 to 3; live events with more properties will be rejected',
    ],
    [
      'dependency',
      { dependencies: { card: ['billing'] } },
      { dependencies: { card: ['billing', 'cvv'] } },
      'dependency-array-extended',
      'when "customer.card" is present, "cvv" must now be present too; live events without them will be rejected',
    ],
  ])('%s', (_name, old, next, kind, message) => {
    const emitted = runFamily(compareObjects, normalizedLike(old), normalizedLike(next), 'customer');
    expect(emitted).toEqual([expect.objectContaining({ kind, message })]);
  });

  it('names the event at the root', () => {
    expect(compare(obj({ tier: S }, { required: ['tier'] }), obj({ tier: S }))[0]!.message).toBe(
      'property "tier" is no longer required; consumers on the live schema reject events without it',
    );
  });
});

/** The few normalisations the message rows rely on (`false` as `{ not: {} }`). */
function normalizedLike(s: Schema): Schema {
  return s.additionalProperties === false ? { ...s, additionalProperties: { not: {} } } : s;
}
