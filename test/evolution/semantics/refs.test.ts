// Issue 12, "$ref by base URI, not by text": every `$ref` is resolved by the draft-07 rules
// (`$id` scopes, plain-name anchors, absolute and relative URIs naming this document, nested `$id`
// resources), so the target changing behind an unchanged `$ref` is found, in each direction.
// ajv resolves these references itself, so it grounds every witness (a fresh instance per
// schema: one instance refuses two schemas with the same `$id`).

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable, type Row } from './harness.js';
import { isolatedAjv } from './validators.js';

type Doc = Record<string, unknown>;
const validate = isolatedAjv();
const row = (r: Omit<Row, 'validate'>): Row => ({ ...r, validate });

/** `p` refers to `#foo`, the plain-name anchor of definitions/a. */
const anchored = (a: Doc): Doc => ({
  type: 'object',
  definitions: { a: { $id: '#foo', ...a } },
  properties: { p: { $ref: '#foo' } },
});
/** `p` refers to definitions/a through the document's own absolute URI. */
const absolute = (a: Doc): Doc => ({
  $id: 'http://example.com/s.json',
  type: 'object',
  definitions: { a },
  properties: { p: { $ref: 'http://example.com/s.json#/definitions/a' } },
});
/** `p` refers, by a URI relative to the root's, into a nested resource `sub/b.json`. */
const relative = (c: Doc): Doc => ({
  $id: 'http://example.com/root.json',
  type: 'object',
  definitions: { b: { $id: 'sub/b.json', definitions: { c } } },
  properties: { p: { $ref: 'sub/b.json#/definitions/c' } },
});
/**
 * Inside the nested resource `b.json`, `#/definitions/c` is b's own `c`, not the root's (which
 * never changes): read as text against the root, the change would be invisible.
 */
const nested = (c: Doc): Doc => ({
  $id: 'http://example.com/root.json',
  type: 'object',
  definitions: {
    c: { type: 'string' },
    b: { $id: 'b.json', type: 'object', properties: { q: { $ref: '#/definitions/c' } }, definitions: { c } },
  },
  properties: { p: { $ref: 'b.json' } },
});
/** `$id: "other.json#foo"`: a resource and an anchor in it at once. */
const otherAnchor = (a: Doc): Doc => ({
  $id: 'http://example.com/main.json',
  type: 'object',
  definitions: { a: { $id: 'other.json#foo', ...a } },
  properties: { p: { $ref: 'other.json#foo' } },
});

semanticsTable('$ref by base URI: the target changing behind an unchanged $ref', [
  row({
    name: 'plain-name anchor: string -> integer',
    old: anchored({ type: 'string' }),
    new: anchored({ type: 'integer' }),
    backward: false,
    forward: false,
    witness: { backward: { p: 'a' }, forward: { p: 1 } },
  }),
  row({
    name: 'plain-name anchor: widened (string -> string|null)',
    old: anchored({ type: 'string' }),
    new: anchored({ type: ['string', 'null'] }),
    backward: true,
    forward: false,
    witness: { forward: { p: null } },
    additive: 'breaking',
  }),
  row({
    name: 'absolute same-document URI: number -> integer',
    old: absolute({ type: 'number' }),
    new: absolute({ type: 'integer' }),
    backward: false,
    forward: true,
    witness: { backward: { p: 1.5 } },
  }),
  row({
    name: 'absolute same-document URI: integer -> number',
    old: absolute({ type: 'integer' }),
    new: absolute({ type: 'number' }),
    backward: true,
    forward: false,
    witness: { forward: { p: 1.5 } },
    additive: 'breaking',
  }),
  row({
    name: 'relative URI into a nested resource: maxLength added',
    old: relative({ type: 'string' }),
    new: relative({ type: 'string', maxLength: 2 }),
    backward: false,
    forward: true,
    witness: { backward: { p: 'abc' } },
  }),
  row({
    name: 'relative URI into a nested resource: maxLength removed',
    old: relative({ type: 'string', maxLength: 2 }),
    new: relative({ type: 'string' }),
    backward: true,
    forward: false,
    witness: { forward: { p: 'abc' } },
  }),
  row({
    name: 'pointer inside a nested $id resource is relative to it',
    old: nested({ type: 'string' }),
    new: nested({ type: 'integer' }),
    backward: false,
    forward: false,
    witness: { backward: { p: { q: 'a' } }, forward: { p: { q: 1 } } },
  }),
  row({
    name: '"other.json#foo": enum narrowed',
    old: otherAnchor({ enum: ['a', 'b'] }),
    new: otherAnchor({ enum: ['a'] }),
    backward: false,
    forward: true,
    witness: { backward: { p: 'b' } },
  }),
  row({
    name: '"other.json#foo": enum widened',
    old: otherAnchor({ enum: ['a'] }),
    new: otherAnchor({ enum: ['a', 'b'] }),
    backward: true,
    forward: false,
    witness: { forward: { p: 'b' } },
  }),
  // Not by text either way: a different spelling of the same target is no change.
  row({
    name: 'the same target by another URI is no change',
    old: {
      $id: 'http://example.com/t.json',
      type: 'object',
      definitions: { a: { $id: '#foo', type: 'string' } },
      properties: { p: { $ref: '#/definitions/a' } },
    },
    new: {
      $id: 'http://example.com/t.json',
      type: 'object',
      definitions: { a: { $id: '#foo', type: 'string' } },
      properties: { p: { $ref: 'http://example.com/t.json#foo' } },
    },
    backward: true,
    forward: true,
  }),
]);

/** An external document ajv may be told about: whatever it holds, the engine cannot see it. */
const external = { $id: 'https://other.example/p.json', type: 'integer' };

semanticsTable('a $ref that names nothing in its own document is breaking', [
  {
    name: 'an external $ref replacing a schema (the external one may hold anything: here an integer)',
    old: { type: 'object', properties: { p: { type: 'string' } } },
    new: { type: 'object', properties: { p: { $ref: 'https://other.example/p.json' } } },
    backward: false,
    forward: false,
    witness: { backward: { p: 'a' }, forward: { p: 1 } },
    validate: isolatedAjv([external]),
  },
]);

describe('unresolvable $refs are a change of their own', () => {
  const brief = (a: unknown, b: unknown) => compareSchemas(a, b).map((c) => `${c.kind} ${c.pointer}`);
  const withRef = (ref: string, extra: Doc = {}): Doc => ({
    type: 'object',
    properties: { p: { $ref: ref }, q: { type: 'string' } },
    ...extra,
  });
  const before: Doc = { type: 'object', properties: { p: { type: 'string' }, q: { type: 'string' } } };

  it.each([
    ['an undeclared anchor', '#nope'],
    ['a missing definition', '#/definitions/nope'],
    ['another document', 'other.json#/definitions/a'],
    ['a non-schema value', '#/properties/q/type'],
    ['a fragment that does not decode', '#/definitions/%E0%A4%A'],
  ])('%s: ref-unresolvable at the $ref, naming it', (_what, ref) => {
    const changes = compareSchemas(before, withRef(ref));
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['ref-unresolvable /properties/p']);
    expect(changes[0]!.message).toContain(JSON.stringify(ref));
    expect(changes[0]!.message).toMatch(/names nothing in its own document/);
  });

  it('unchanged on both sides, it is still reported when anything else changes (never compared by its text)', () => {
    const old = withRef('https://other.example/p.json');
    const next = withRef('https://other.example/p.json', { required: ['q'] });
    expect(brief(old, next)).toContain('ref-unresolvable /properties/p');
  });

  it('a $id changed so that the anchor no longer exists', () => {
    expect(
      brief(anchored({ type: 'string' }), {
        ...anchored({ type: 'string' }),
        definitions: { a: { $id: '#bar', type: 'string' } },
      }),
    ).toEqual(['ref-unresolvable /properties/p']);
  });

  it("a $ref's sibling $id is ignored: it does not declare an anchor", () => {
    const doc = {
      type: 'object',
      definitions: { a: { $id: '#foo', $ref: '#/definitions/b' }, b: { type: 'string' } },
      properties: { p: { $ref: '#foo' } },
    };
    expect(brief({ type: 'object', properties: { p: { type: 'string' } } }, doc)).toEqual([
      'ref-unresolvable /properties/p',
    ]);
  });

  it('two schemas declaring the same anchor make it ambiguous, hence unresolvable', () => {
    const doc = {
      type: 'object',
      definitions: { a: { $id: '#foo', type: 'string' }, b: { $id: '#foo', type: 'integer' } },
      properties: { p: { $ref: '#foo' } },
    };
    expect(brief({ type: 'object', properties: { p: { type: 'string' } } }, doc)).toEqual([
      'ref-unresolvable /properties/p',
    ]);
  });
});

// Found by the soundness run (seed 1207702): a `not` over a `$ref` is no made-up false schema, so
// the text around it being equal says nothing once the target changes.
semanticsTable('a $ref under a not', [
  {
    name: 'the target of a $ref inside a not changes behind unchanged text',
    old: {
      type: 'object',
      properties: { b: { oneOf: [{ not: { $ref: '#/definitions/d1' } }, {}, false] } },
      definitions: { d1: { type: 'object', propertyNames: { enum: ['b'] } } },
    },
    new: {
      type: 'object',
      properties: { b: { oneOf: [{ not: { $ref: '#/definitions/d1' } }, {}, false] } },
      definitions: { d1: true },
    },
    backward: true,
    forward: false,
    witness: { forward: { b: [] } },
    additive: 'breaking',
  },
]);
