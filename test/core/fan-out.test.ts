// The evaluation count that keeps exponential validations from running (lint examples, witness
// search): it grows with what a validation really evaluates, counts cycles once, and stays small
// on ordinary schemas.

import { describe, expect, it } from 'vitest';
import { fanOut, MAX_FAN_OUT } from '../../src/core/fan-out.js';
import { lastLink, tripledDefinitions } from '../fixtures/hostile-schemas.js';

function doublingChain(links: number): Record<string, unknown> {
  return { definitions: tripledDefinitions(links), ...lastLink(links) };
}

describe('fanOut', () => {
  it('counts each subschema evaluation, a $ref as its target', () => {
    expect(fanOut({ type: 'string' })).toBe(1);
    expect(fanOut({ properties: { a: { type: 'string' }, b: { type: 'integer' } } })).toBe(3);
    expect(
      fanOut({
        definitions: { s: { type: 'string' } },
        properties: { a: { $ref: '#/definitions/s' }, b: { $ref: '#/definitions/s' } },
      }),
    ).toBe(5);
  });

  it('leaves unused definitions out, and counts a cycle once', () => {
    expect(fanOut({ type: 'object', definitions: { big: { properties: { a: {}, b: {}, c: {} } } } })).toBe(1);
    expect(
      fanOut({ definitions: { n: { properties: { next: { $ref: '#/definitions/n' } } } }, $ref: '#/definitions/n' }),
    ).toBe(4);
  });

  it('grows with every link of a chain that uses the previous link more than once, past the limit by 16 links', () => {
    const counts = [4, 8, 12].map((n) => fanOut(doublingChain(n)));
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThan(counts[i - 1]! * 50);
    expect(counts[2]!).toBeLessThan(MAX_FAN_OUT);
    // Past the limit the count stops (just above it): the estimate costs no more than the limit.
    expect(fanOut(doublingChain(16))).toBe(MAX_FAN_OUT + 1);
    expect(fanOut(doublingChain(400))).toBe(MAX_FAN_OUT + 1);
  });
});
