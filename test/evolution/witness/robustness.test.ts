import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/evolution/change.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import { findWitness } from '../../../src/evolution/witness/index.js';
import { locate } from '../../../src/evolution/witness/locate.js';
import { Plan } from '../../../src/evolution/witness/plan.js';

const ajv = new Ajv({ strict: false, validateFormats: false });
const change = (kind: Change['kind'], oldPointer: string, pointer = oldPointer): Change => ({
  kind,
  oldPointer,
  pointer,
  message: kind,
});
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});

function nested(depth: number, leaf: unknown): unknown {
  let d = leaf;
  for (let i = 0; i < depth; i++) d = obj({ a: d }, { required: ['a'] });
  return d;
}

describe('bounded on hostile schemas', () => {
  it('a recursive schema: the witness sits at the first level', () => {
    const node = (max: number) => ({
      $ref: '#/definitions/Node',
      definitions: {
        Node: obj({
          value: { type: 'string', maxLength: max },
          children: { type: 'array', items: { $ref: '#/definitions/Node' } },
        }),
      },
    });
    const [o, n] = [node(10), node(5)];
    const c = compareSchemas(o, n).find(breaksBackward)!;
    const w = findWitness(o, n, c);
    expect(w.found).toBe(true);
    if (w.found) expect(ajv.validate(o, w.event) && !ajv.validate(n, w.event)).toBe(true);
  });

  it('$ref cycles that constrain nothing: an answer, not a hang', () => {
    const pure = (t: string) => ({
      definitions: { A: { $ref: '#/definitions/A' } },
      properties: { a: { $ref: '#/definitions/A' }, b: { type: t } },
    });
    expect(findWitness(pure('string'), pure('integer'), change('type-changed', '/properties/b/type')).found).toBe(
      false,
    );
    const viaAllOf = (t: string) => ({
      allOf: [{ $ref: '#/definitions/A' }],
      definitions: {
        A: { allOf: [{ $ref: '#/definitions/B' }] },
        B: { allOf: [{ $ref: '#/definitions/A' }], properties: { x: { type: t } } },
      },
    });
    const w = findWitness(
      viaAllOf('string'),
      viaAllOf('integer'),
      change('type-changed', '/definitions/B/properties/x/type'),
    );
    expect(w.found).toBe(false);
  });

  it('5,000 levels of nesting: a reason, no stack overflow', () => {
    const c = change('type-changed', '/properties/a'.repeat(5000) + '/type');
    const w = findWitness(nested(5000, { type: 'string' }), nested(5000, { type: 'integer' }), c);
    expect(w).toEqual({ found: false, why: expect.any(String), reason: expect.any(String) });
  });

  it('targeting and the skeleton walk 5,000 levels iteratively', () => {
    const doc = nested(5000, { type: 'string' });
    const located = locate(doc, '/properties/a'.repeat(5000) + '/type');
    if (!('targets' in located)) throw new Error(located.reason);
    expect(located.targets[0]!.steps).toHaveLength(5000);
    const plan = new Plan(doc, located.targets[0]!);
    plan.build();
    let e = plan.embed(42) as Record<string, unknown>;
    for (let i = 0; i < 5000; i++) e = e.a as Record<string, unknown>;
    expect(e).toBe(42);
  });

  it('witnesses 40 levels down', () => {
    const c = change('type-changed', '/properties/a'.repeat(40) + '/type');
    const [o, n] = [nested(40, { type: 'string' }), nested(40, { type: 'integer' })];
    const w = findWitness(o, n, c);
    expect(w.found && ajv.validate(o as object, w.event) && !ajv.validate(n as object, w.event)).toBe(true);
  });

  it('a 100,000-value enum narrowed: the removed value', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
    const o = obj({ e: { enum: big } }, { required: ['e'] });
    const n = obj({ e: { enum: big.slice(0, -1) } }, { required: ['e'] });
    expect(findWitness(o, n, change('enum-narrowed', '/properties/e/enum'))).toEqual({
      found: true,
      event: { e: 'v99999' },
    });
  });

  it('a document claiming the meta-schema id does not break later compiles', () => {
    const hostile = {
      $id: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { a: { type: 'string' } },
    };
    findWitness(
      hostile,
      { ...hostile, properties: { a: { type: 'integer' } } },
      change('type-changed', '/properties/a/type'),
    );
    const o = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { a: { type: 'string' } },
    };
    const w = findWitness(
      o,
      { ...o, properties: { a: { type: 'integer' } } },
      change('type-changed', '/properties/a/type'),
    );
    expect(w).toEqual({ found: true, event: { a: 'example' } });
  });

  it('huge bounds do not build huge values', () => {
    const o = obj({ s: { type: 'string', minLength: 1e9 }, a: { type: 'array', minItems: 1e9 } });
    const n = obj(
      { s: { type: 'string', minLength: 1e9, maxLength: 2e9 }, a: { type: 'array', minItems: 1e9 } },
      { required: ['x'] },
    );
    const w = findWitness(o, n, change('required-added', '/required'));
    expect(w.found).toBe(true);
  });
});

describe('never invents a witness (property)', () => {
  // Random small schemas and random edits of them: whatever the engine reports, a witness that is
  // returned is valid under the old document and invalid under the new one.
  const leaf = fc.oneof(
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean', 'null') }),
    fc.record({ type: fc.constant('string'), maxLength: fc.integer({ min: 0, max: 8 }) }),
    fc.record({ type: fc.constant('string'), pattern: fc.constantFrom('^[a-z]+$', '^x', '\\d', '^[A-Z]{2,3}$') }),
    fc.record({
      type: fc.constant('integer'),
      minimum: fc.integer({ min: -5, max: 5 }),
      maximum: fc.integer({ min: 5, max: 20 }),
    }),
    fc.record({ enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 1, 2, null), { minLength: 1, maxLength: 4 }) }),
    fc.record({
      type: fc.constant('array'),
      items: fc.record({ type: fc.constantFrom('string', 'integer') }),
      maxItems: fc.integer({ min: 0, max: 4 }),
    }),
  );
  const schema = fc.record({
    type: fc.constant('object'),
    properties: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), leaf, { maxKeys: 4 }),
    required: fc.subarray(['a', 'b', 'c']),
    additionalProperties: fc.boolean(),
  });
  it('holds for random schema pairs', () => {
    fc.assert(
      fc.property(schema, schema, (o, n) => {
        for (const c of compareSchemas(o, n).filter(breaksBackward)) {
          const w = findWitness(o, n, c);
          if (w.found) {
            expect(ajv.validate(o, w.event)).toBe(true);
            expect(ajv.validate(n, w.event)).toBe(false);
          } else expect(w.reason.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
