import { describe, expect, it } from 'vitest';
import { jsonTypeOf } from '../../src/core/json-type.js';

describe('jsonTypeOf', () => {
  it('names the JSON Schema type of a value, integer for whole numbers', () => {
    const values = [null, [], {}, 'a', true, 1, 1.5, -0, 2 ** 60];
    expect(values.map(jsonTypeOf)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'boolean',
      'integer',
      'number',
      'integer',
      'integer',
    ]);
    expect(jsonTypeOf(new Date(0))).toBe('object'); // js-yaml's timestamps are objects too
  });

  it('is undefined for what JSON cannot hold', () => {
    expect([undefined, 1n, () => 1, Symbol('s')].map(jsonTypeOf)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
