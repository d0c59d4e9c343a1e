// The harness's own guard: a compatible direction grounded on no event valid under its `from`
// side fails unless the side is marked empty, and an `empty` mark that does not hold fails too.

import { describe, expect, it } from 'vitest';
import { checkRow, type Row } from './harness.js';

/** The old side accepts nothing (no integer lies between 0.2 and 0.8); the new side accepts 1. */
const none: Row = {
  name: 'planted',
  old: { type: 'integer', minimum: 0.2, maximum: 0.8 },
  new: { type: 'integer' },
  backward: true,
  forward: false,
  witness: { forward: 1 },
};

describe('the semantics harness', () => {
  it('a compatible direction from a side no sampled event is valid under fails, unless marked empty', () => {
    expect(() => checkRow(none)).toThrow(/no sampled event is valid under the old side/);
    expect(() => checkRow({ ...none, empty: 'old' })).not.toThrow();
  });

  it('an empty mark on a side that accepts sampled events fails', () => {
    const S = { type: 'string' };
    expect(() =>
      checkRow({ name: 'planted', old: S, new: { allOf: [S] }, backward: true, forward: true, empty: 'old' }),
    ).toThrow(/the old side is marked empty but accepts \d+ sampled events/);
  });

  it('an empty mark on the side a witness is valid under fails', () => {
    expect(() => checkRow({ ...none, empty: 'both' })).toThrow(
      /its new side accepts the forward witness, it is not empty/,
    );
  });
});
