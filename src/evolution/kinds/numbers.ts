// Change kinds of the numbers keyword family (see ../families/numbers.ts): the effective upper
// bound (maximum / exclusiveMaximum), the effective lower bound (minimum / exclusiveMinimum) and
// multipleOf. Only reported when both schemas allow numbers (integer or number).

import { defineKinds } from './kind.js';
import { compareBound, compareMultipleOf } from '../families/numbers.js';

const BOUNDS_NOTE =
  'Bounds are compared as effective bounds (value and inclusive/exclusive) rather than keyword by keyword, so `maximum: 10` -> `exclusiveMaximum: 10` is a decrease. When either schema allows only integers, the bounds are compared on integers: `maximum: 10` and `exclusiveMaximum: 11` allow the same integers.';

const MULTIPLE_NOTE =
  'Divisibility is decided in exact decimal arithmetic on the written values (0.3 is a multiple of 0.1), as draft-07 defines it. Validators that divide in binary floating point (ajv, Python jsonschema) reject some decimal multiples (ajv: 0.3 for multipleOf 0.1) and, in ajv, any quotient of 1e21 or more; those are validator rounding artefacts this verdict does not follow.';

export const numbersKinds = defineKinds({
  'maximum-added': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary: 'An upper bound (maximum or exclusiveMaximum) was added: live values above it are now rejected.',
    example: { old: { type: 'number' }, new: { type: 'number', maximum: 100 } },
    fix: 'Choose a bound at or above the largest value producers send today, or leave the range open.',
    note: BOUNDS_NOTE,
  },
  'maximum-removed': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The upper bound was removed: larger values are now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'number', maximum: 100 }, new: { type: 'number' } },
    fix: 'Safe for existing events; check that consumers cope with larger values.',
    note: BOUNDS_NOTE,
  },
  'maximum-increased': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The upper bound was raised (or made inclusive): larger values are now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'number', exclusiveMaximum: 100 }, new: { type: 'number', maximum: 100 } },
    fix: 'Safe for existing events; check that consumers cope with larger values.',
    note: BOUNDS_NOTE,
  },
  'maximum-decreased': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary:
      'The upper bound was lowered (or made exclusive): live values between the new and the old bound are now rejected.',
    example: { old: { type: 'number', maximum: 100 }, new: { type: 'number', exclusiveMaximum: 100 } },
    fix: 'Keep the old bound; a tighter range needs a new property (and a deprecation of the old one).',
    note: BOUNDS_NOTE,
  },
  'maximum-restated': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: true,
    summary:
      'The upper bound is written differently but allows exactly the same values (e.g. integer `maximum: 10` -> `exclusiveMaximum: 11`).',
    example: { old: { type: 'integer', maximum: 10 }, new: { type: 'integer', exclusiveMaximum: 11 } },
    fix: 'Nothing to fix.',
    note: BOUNDS_NOTE,
  },
  'minimum-added': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary: 'A lower bound (minimum or exclusiveMinimum) was added: live values below it are now rejected.',
    example: { old: { type: 'number' }, new: { type: 'number', minimum: 0 } },
    fix: 'Choose a bound at or below the smallest value producers send today, or leave the range open.',
    note: BOUNDS_NOTE,
  },
  'minimum-removed': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The lower bound was removed: smaller values are now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'number', minimum: 0 }, new: { type: 'number' } },
    fix: 'Safe for existing events; check that consumers cope with smaller (negative) values.',
    note: BOUNDS_NOTE,
  },
  'minimum-increased': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary:
      'The lower bound was raised (or made exclusive): live values between the old and the new bound are now rejected.',
    example: { old: { type: 'number', minimum: 0 }, new: { type: 'number', exclusiveMinimum: 0 } },
    fix: 'Keep the old bound; a tighter range needs a new property (and a deprecation of the old one).',
    note: BOUNDS_NOTE,
  },
  'minimum-decreased': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The lower bound was lowered (or made inclusive): smaller values are now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'number', minimum: 10 }, new: { type: 'number', minimum: 0 } },
    fix: 'Safe for existing events; check that consumers cope with smaller values.',
    note: BOUNDS_NOTE,
  },
  'minimum-restated': {
    raisedBy: () => compareBound,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: true,
    summary:
      'The lower bound is written differently but allows exactly the same values (e.g. integer `minimum: 1` -> `exclusiveMinimum: 0`).',
    example: { old: { type: 'integer', minimum: 1 }, new: { type: 'integer', exclusiveMinimum: 0 } },
    fix: 'Nothing to fix.',
    note: BOUNDS_NOTE,
  },
  'multiple-of-added': {
    raisedBy: () => compareMultipleOf,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary: 'A multipleOf was added: live values that are not multiples of it are now rejected.',
    example: { old: { type: 'number' }, new: { type: 'number', multipleOf: 0.01 } },
    fix: 'Leave multipleOf out, or make sure every value sent so far is a multiple of it.',
    note: MULTIPLE_NOTE,
  },
  'multiple-of-removed': {
    raisedBy: () => compareMultipleOf,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The multipleOf was removed: values of any granularity are now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'number', multipleOf: 0.01 }, new: { type: 'number' } },
    fix: 'Safe for existing events; check that consumers cope with finer values.',
    note: MULTIPLE_NOTE,
  },
  'multiple-of-expanded': {
    raisedBy: () => compareMultipleOf,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: true,
    summary:
      'The multipleOf became a multiple of the old one (e.g. 2 -> 4): fewer values are accepted, and live values that are multiples of the old step only are rejected.',
    example: { old: { type: 'integer', multipleOf: 2 }, new: { type: 'integer', multipleOf: 4 } },
    fix: 'Keep the old step; a coarser one needs a new property (and a deprecation of the old one).',
    note: MULTIPLE_NOTE,
  },
  'multiple-of-reduced': {
    raisedBy: () => compareMultipleOf,
    test: 'test/evolution/families/numbers.test.ts',
    backward: true,
    forward: false,
    summary:
      'The multipleOf became a divisor of the old one (e.g. 4 -> 2): more values are accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'integer', multipleOf: 4 }, new: { type: 'integer', multipleOf: 2 } },
    fix: 'Safe for existing events; check that consumers cope with the finer values.',
    note: MULTIPLE_NOTE,
  },
  'multiple-of-changed': {
    raisedBy: () => compareMultipleOf,
    test: 'test/evolution/families/numbers.test.ts',
    backward: false,
    forward: false,
    summary: 'The multipleOf changed to a value that is neither a multiple nor a divisor of the old one (e.g. 2 -> 3).',
    example: { old: { type: 'integer', multipleOf: 2 }, new: { type: 'integer', multipleOf: 3 } },
    fix: 'Keep the old step, or change it to a divisor of the old one (which accepts every live value).',
    note: MULTIPLE_NOTE,
  },
});
