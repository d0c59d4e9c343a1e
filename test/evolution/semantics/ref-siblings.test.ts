// Keywords beside a `$ref`: the draft-07 text says a validator ignores them, ajv (and many
// validators) applies them, and the platform's contract does not say which it does. A change is
// compatible only when it is under both readings; each row is grounded under both (ajv as is, and
// ajv on the schema with those keywords removed).

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable, type Row } from './harness.js';
import { refSiblingReadings } from './validators.js';

type Doc = Record<string, unknown>;
const readings = refSiblingReadings();
const row = (r: Omit<Row, 'readings'>): Row => ({ ...r, readings });

/** Property `a` refers to definitions/x, with `beside` next to the `$ref`. */
const doc = (x: Doc, beside: Doc = {}): Doc => ({
  type: 'object',
  definitions: { x },
  properties: { a: { $ref: '#/definitions/x', ...beside } },
});
const S = { type: 'string' };

semanticsTable('keywords beside $ref: judged under both readings', [
  row({
    name: 'type beside $ref changed (string -> integer)',
    old: doc({ minLength: 1 }, S),
    new: doc({ minLength: 1 }, { type: 'integer' }),
    backward: false,
    forward: false,
    witness: { backward: { a: 's' }, forward: { a: 1 } },
  }),
  row({
    name: 'maxLength added beside $ref',
    old: doc(S),
    new: doc(S, { maxLength: 3 }),
    backward: false,
    forward: true,
    witness: { backward: { a: 'abcd' } },
  }),
  row({
    name: 'maxLength removed beside $ref',
    old: doc(S, { maxLength: 3 }),
    new: doc(S),
    backward: true,
    forward: false,
    witness: { forward: { a: 'abcd' } },
  }),
  row({
    name: 'the same keywords beside $ref: no change',
    old: doc(S, { maxLength: 3 }),
    new: doc(S, { maxLength: 3, description: 'now documented' }),
    backward: true,
    forward: true,
  }),
  row({
    // Applied: string ∧ minLength 1 -> string, a widening. Ignored: {minLength: 1} (any non-string
    // too) -> string, a narrowing.
    name: 'the $ref dropped, its neighbour kept: a widening for ajv, a narrowing for the draft-07 text',
    old: { type: 'object', definitions: { x: { minLength: 1 } }, properties: { a: { $ref: '#/definitions/x', ...S } } },
    new: { type: 'object', properties: { a: S } },
    backward: false,
    forward: false,
    witness: { backward: { a: 5 }, forward: { a: '' } },
  }),
  row({
    name: 'a keyword beside a $ref in the middle of a chain',
    old: {
      type: 'object',
      definitions: { x: { $ref: '#/definitions/y', maxLength: 3 }, y: S },
      properties: { a: { $ref: '#/definitions/x' } },
    },
    new: {
      type: 'object',
      definitions: { x: { $ref: '#/definitions/y', maxLength: 2 }, y: S },
      properties: { a: { $ref: '#/definitions/x' } },
    },
    backward: false,
    forward: true,
    witness: { backward: { a: 'abc' } },
  }),
]);

describe('keywords beside $ref: what the finding says', () => {
  it('names the reading that sees a change only one reading sees', () => {
    const [change] = compareSchemas(doc(S), doc(S, { maxLength: 3 }));
    expect(change).toMatchObject({ kind: 'max-length-added', pointer: '/properties/a/maxLength' });
    expect(change!.message).toContain('applying the keywords beside a $ref');
  });
});
