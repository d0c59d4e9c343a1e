// Schemas a pull request (or a live tenant) can hand the simplifier's new rules (issue 12): each
// rule has a budget, so these end, and what they report is what the schemas mean.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/evolution/engine.js';
import { patternWords } from '../../src/evolution/witness/regex-language.js';

describe('the simplifier on hostile schemas', () => {
  it('a long cycle of required properties has no finite value: a change inside it is no change', () => {
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++)
      defs[`d${i}`] = {
        type: 'object',
        required: ['x'],
        properties: { x: { $ref: `#/definitions/d${(i + 1) % 3000}` }, y: { type: 'string' } },
      };
    const old = { $ref: '#/definitions/d0', definitions: defs };
    const next = structuredClone(old);
    (next.definitions.d5 as { properties: { y: unknown } }).properties.y = { type: 'integer' };
    expect(compareSchemas(old, next)).toEqual([]);
  });

  it('the same cycle broken once (one optional link) keeps its change', () => {
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++)
      defs[`d${i}`] = {
        type: 'object',
        required: i === 7 ? [] : ['x'],
        properties: { x: { $ref: `#/definitions/d${(i + 1) % 300}` }, y: { type: 'string' } },
      };
    const old = { $ref: '#/definitions/d0', definitions: defs };
    const next = structuredClone(old);
    (next.definitions.d5 as { properties: { y: unknown } }).properties.y = { type: 'integer' };
    expect(compareSchemas(old, next).map((c) => c.kind)).toEqual(['type-changed']);
  });

  it('many required names, each with a wide dependency schema: one change, reported once', () => {
    const names = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const props = Object.fromEntries(names.map((n) => [n, { type: 'string' }]));
    const dep = { required: names, properties: props };
    const old = {
      type: 'object',
      required: names,
      properties: props,
      dependencies: Object.fromEntries(names.slice(0, 50).map((n) => [n, dep])),
    };
    const next = { ...old, properties: { ...props, n0: { type: 'integer' } } };
    expect(compareSchemas(old, next).map((c) => `${c.kind} ${c.pointer}`)).toEqual([
      'type-changed /properties/n0/type',
    ]);
  });

  it('patterns with too many strings, or too long ones, are not listed', () => {
    expect(patternWords('^(a|b|c|d){0,64}$')).toBeUndefined();
    expect(patternWords('^a{0,100000000}$')).toBeUndefined();
    expect(patternWords(`^${'('.repeat(900)}a${')'.repeat(900)}$`)).toEqual(['a']);
    expect(patternWords('^(){0,1000000000}$')).toEqual(['']);
  });
});
