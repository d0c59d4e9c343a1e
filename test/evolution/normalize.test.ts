import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/evolution/engine.js';
import { normalize } from '../../src/evolution/normalize.js';
import { walk } from '../../src/evolution/walk.js';

describe('normalize', () => {
  it.each([
    [{ type: 'string' }, { type: ['string'] }],
    [{ type: ['integer', 'number'] }, { type: 'number' }],
    [{ const: 'a' }, { enum: ['a'] }],
    [{ type: 'object', additionalProperties: true }, { type: 'object' }],
    [{ type: 'object', additionalProperties: { description: 'anything' } }, { type: 'object' }],
    [{ type: 'array', items: {} }, { type: 'array' }],
    [{ type: 'string', minLength: 0 }, { type: 'string' }],
    [{ required: [] }, {}],
    [{ required: ['b', 'a', 'a'] }, { required: ['a', 'b'] }],
    [
      { properties: { a: { $ref: '#/definitions/x' } }, definitions: { x: { type: 'string' } } },
      { properties: { a: { type: 'string' } } },
    ],
    // simplify.ts: equivalent forms to one
    [{ allOf: [{ type: 'string' }, { maxLength: 3 }] }, { type: 'string', maxLength: 3 }],
    [{ allOf: [{ allOf: [{ required: ['a'] }] }, { required: ['b'] }] }, { required: ['a', 'b'] }],
    [
      { allOf: [{ properties: { a: { type: 'string' } } }, { properties: { a: { maxLength: 2 } } }] },
      { properties: { a: { type: 'string', maxLength: 2 } } },
    ],
    [{ anyOf: [{ type: 'string' }, { type: 'string' }] }, { type: 'string' }],
    [{ oneOf: [{ type: 'string' }, false] }, { type: 'string' }],
    [{ not: { not: { type: 'string' } } }, { type: 'string' }],
    [{ if: false, then: { required: ['a'] }, else: { required: ['b'] } }, { required: ['b'] }],
    [{ type: 'string', minimum: 3, required: ['a'] }, { type: 'string' }],
  ])('%j and %j are the same schema', (a, b) => {
    expect(compareSchemas(a, b).filter((c) => c.kind !== 'annotation-changed')).toEqual([]);
  });

  it('keeps a property named __proto__ as a property', () => {
    const n = normalize(JSON.parse('{"properties":{"__proto__":{"type":"string"}}}'));
    expect(Object.keys(n.root.properties as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(n.root.properties)).toBe(Object.prototype);
  });

  it('gives an object shared by two places (a YAML alias) a node per place, so changes point at the right one', () => {
    const shared = { type: 'string' };
    const old = { properties: { a: shared, b: shared } };
    const changes = compareSchemas(old, { properties: { a: shared, b: { type: 'integer' } } });
    expect(changes.map((c) => c.pointer)).toEqual(['/properties/b/type']);
  });

  it('terminates on $ref cycles and keeps a recursive node shared', () => {
    const tree = { type: 'object', properties: { child: { $ref: '#' } } };
    const n = normalize(tree);
    expect((n.root.properties as Record<string, unknown>).child).toBe(n.root);
    expect(
      compareSchemas(tree, { ...tree, properties: { child: { $ref: '#' }, name: { type: 'string' } } }).map(
        (c) => c.kind,
      ),
    ).toContain('property-added-to-open-content-model');
  });

  it("reusing the previous version's unchanged subtrees finds exactly what a full comparison finds", () => {
    const props = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`f${i}`, { type: i % 2 ? 'string' : 'integer', maxLength: 10 }]),
    );
    const old = { type: 'object', additionalProperties: false, properties: props, required: ['f1'] };
    const next = {
      ...old,
      properties: {
        ...props,
        f3: { type: 'string' },
        f7: { type: 'string', maxLength: 5 },
        extra: { type: 'boolean' },
      },
    };
    const before = normalize(old);
    const reused = walk(before, normalize(next, before));
    const full = walk(normalize(old), normalize(next));
    const strip = (cs: typeof full) =>
      cs.map(({ kind, pointer, oldPointer, message }) => ({ kind, pointer, oldPointer, message }));
    expect(strip(reused)).toEqual(strip(full));
    expect(reused.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['max-length-decreased', 'optional-property-added-to-closed-content-model']),
    );
  });

  it('a hoisted keyword is located where the file has it', () => {
    const changes = compareSchemas(
      { allOf: [{ type: 'string' }, { maxLength: 3 }] },
      { allOf: [{ type: 'string' }, { maxLength: 2 }] },
    );
    expect(changes.map((c) => [c.kind, c.pointer, c.oldPointer])).toEqual([
      ['max-length-decreased', '/allOf/1/maxLength', '/allOf/1/maxLength'],
    ]);
  });

  it('hoisting a member reused from the previous version leaves the previous graph as it was', () => {
    const old = { allOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }], title: 'v1' };
    const next = { ...old, required: ['b'], title: 'v2' };
    const before = normalize(old);
    const member = before.byPointer.get('/allOf/0')!;
    const snapshot = JSON.stringify(member);
    const after = normalize(next, before);
    expect(after.byPointer.get('/allOf/0')).toBe(member); // reused, not normalised again
    expect(JSON.stringify(member)).toBe(snapshot);
    expect(after.root.required).toEqual(['a', 'b']);
    expect(
      compareSchemas(old, next)
        .map((c) => [c.kind, c.pointer])
        .sort(),
    ).toEqual([
      ['annotation-changed', '/title'],
      ['required-added', '/required'],
    ]);
  });

  it('a member that is its own node through a $ref cycle is never hoisted into itself', () => {
    const doc = {
      $ref: '#/definitions/d',
      definitions: { d: { allOf: [{ $ref: '#/definitions/d' }, { type: 'string' }] } },
    };
    const n = normalize(doc);
    expect(n.root.type).toEqual(['string']);
    expect(n.root.allOf).toBeUndefined();
  });
});
