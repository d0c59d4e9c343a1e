// A `$ref` that never reaches a schema (a pure cycle, or a chain past the hop limit) is never read
// as "anything": it is a change of its own kind, breaking under every policy but none. Recursion
// through a keyword is a real schema and keeps being compared normally.

import { describe, expect, it } from 'vitest';
import { MAX_REF_HOPS } from '../../src/core/ref-chain.js';
import { compareSchemas } from '../../src/evolution/engine.js';
import { evolve, kindVerdict } from '../../src/evolution/index.js';
import { POLICIES } from '../../src/settings/types.js';

type Doc = Record<string, unknown>;
const ctx = { file: 'cxone/schemas/x.yaml', contract: 'X', policy: 'backward' as const };
const brief = (doc: Doc, next: Doc) => compareSchemas(doc, next).map((c) => `${c.kind} ${c.pointer}`);

/** `x` is reached through `hops` definitions that only name the next one, then `leaf`. */
function chain(hops: number, leaf: Doc): Doc {
  const definitions: Doc = {};
  for (let i = 0; i < hops - 1; i++) definitions[`d${i}`] = { $ref: `#/definitions/d${i + 1}` };
  definitions[`d${hops - 1}`] = leaf;
  return { type: 'object', properties: { x: { $ref: '#/definitions/d0' } }, definitions };
}

describe('a $ref chain past the hop limit', () => {
  it('string -> long chain -> integer is breaking under every policy but none, not "changed to any type"', () => {
    const old: Doc = { type: 'object', properties: { x: { type: 'string' } } };
    const next = chain(MAX_REF_HOPS + 5, { type: 'integer' });
    expect(brief(old, next)).toEqual(['ref-chain-unresolved /properties/x']);
    for (const policy of POLICIES) {
      const { findings } = evolve(old, next, { ...ctx, policy });
      const f = findings.find((x) => x.rule === 'ref-chain-unresolved');
      if (policy === 'none') expect(f).toBeUndefined();
      else {
        expect(f, policy).toMatchObject({ severity: 'error', breaking: true, pointer: '/properties/x' });
        expect(f!.message).toContain(`more than ${MAX_REF_HOPS} $refs`);
      }
    }
    expect(POLICIES.map((p) => kindVerdict('ref-chain-unresolved', p))).toEqual(
      POLICIES.map((p) => (p === 'none' ? 'ok' : 'breaking')),
    );
  });

  it('the same long chain on the old side is breaking too (the live schema may hide anything)', () => {
    const next: Doc = { type: 'object', properties: { x: { type: 'string' } } };
    expect(brief(chain(MAX_REF_HOPS + 1, { type: 'string' }), next)).toEqual(['ref-chain-unresolved /properties/x']);
  });

  it('a chain within the limit is followed: the narrowing behind it is found', () => {
    const old: Doc = { type: 'object', properties: { x: { type: 'number' } } };
    const changes = compareSchemas(old, chain(MAX_REF_HOPS, { type: 'integer' }));
    expect(changes.map((c) => c.kind)).toEqual(['type-narrowed']);
  });
});

describe('a pure $ref cycle', () => {
  const cyclic = (): Doc => ({
    type: 'object',
    properties: { x: { $ref: '#/definitions/a' }, y: { type: 'string' } },
    definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
  });

  it('in the new schema: breaking at the property, with a message naming the cycle', () => {
    const old: Doc = { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } };
    const changes = compareSchemas(old, cyclic());
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['ref-chain-unresolved /properties/x']);
    expect(changes[0]!.message).toMatch(/cycle of \$refs/);
    expect(changes[0]!.message).toContain('the new schema');
  });

  it('unchanged but for another property: still reported, since what it allows is unknown', () => {
    const next = cyclic();
    (next.properties as Doc).y = { type: 'string', maxLength: 3 };
    const kinds = compareSchemas(cyclic(), next).map((c) => c.kind);
    expect(kinds).toContain('ref-chain-unresolved');
    expect(kinds).toContain('max-length-added');
  });

  it('evolve() finishes and attempts no witness for it', () => {
    const old: Doc = { type: 'object', properties: { x: { type: 'string' } } };
    const f = evolve(old, cyclic(), ctx).findings.find((x) => x.rule === 'ref-chain-unresolved');
    expect(f).toMatchObject({ breaking: true });
    expect(f!.witness).toBeUndefined();
  });

  it('a self-reference at the root is a cycle too', () => {
    expect(brief({ type: 'string' }, { $ref: '#' })).toEqual(['ref-chain-unresolved ']);
  });
});

describe('recursion through a keyword is a real schema', () => {
  const list = (leaf: Doc): Doc => ({
    type: 'object',
    properties: { head: { $ref: '#/definitions/node' } },
    definitions: { node: { type: 'object', properties: { value: leaf, next: { $ref: '#/definitions/node' } } } },
  });

  it('compares normally: no unresolved change, the narrowing inside is found', () => {
    expect(compareSchemas(list({ type: 'number' }), list({ type: 'number' }))).toEqual([]);
    expect(brief(list({ type: 'number' }), list({ type: 'integer' }))).toEqual([
      'type-narrowed /definitions/node/properties/value/type',
    ]);
  });
});

describe('a $ref that names nothing in its document', () => {
  it('is ref-unresolvable, breaking under every policy but none, with no witness attempted', () => {
    const old: Doc = { type: 'object', properties: { x: { type: 'string' } } };
    const next: Doc = { type: 'object', properties: { x: { $ref: '#/definitions/gone' } } };
    expect(brief(old, next)).toEqual(['ref-unresolvable /properties/x']);
    expect(POLICIES.map((p) => kindVerdict('ref-unresolvable', p))).toEqual(
      POLICIES.map((p) => (p === 'none' ? 'ok' : 'breaking')),
    );
    const f = evolve(old, next, ctx).findings.find((x) => x.rule === 'ref-unresolvable');
    expect(f).toMatchObject({ severity: 'error', breaking: true, pointer: '/properties/x' });
    expect(f!.witness).toBeUndefined();
  });

  it('an unresolvable link in the middle of a chain makes the whole chain unresolvable', () => {
    const next: Doc = {
      type: 'object',
      properties: { x: { $ref: '#/definitions/a' } },
      definitions: { a: { $ref: '#missing-anchor' } },
    };
    expect(brief({ type: 'object', properties: { x: { type: 'string' } } }, next)).toEqual([
      'ref-unresolvable /properties/x',
    ]);
  });

  it('a chain of anchors and absolute URIs within the hop limit is followed to the narrowing behind it', () => {
    const doc = (t: string): Doc => ({
      $id: 'http://example.com/chain.json',
      type: 'object',
      properties: { x: { $ref: 'http://example.com/chain.json#/definitions/a' } },
      definitions: { a: { $ref: '#b' }, b: { $id: '#b', type: t } },
    });
    expect(brief(doc('number'), doc('integer'))).toEqual(['type-narrowed /definitions/b/type']);
  });
});
