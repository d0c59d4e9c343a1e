// Hostile shapes: compareSchemas and the whole evolve() (with witnesses) must finish, without
// throwing or hanging, on recursive schemas, $ref cycles, pure $ref loops, 5,000 levels of nesting
// and a 100,000-value enum, and still find the change where it is. No timing assertions
// (performance is measured by scripts/bench-diff.mjs, not by tests).

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/evolution/change.js';
import { compareSchemas } from '../../src/evolution/engine.js';
import { breaksBackward, evolve } from '../../src/evolution/index.js';
import { normalize } from '../../src/evolution/normalize.js';
import { applyPlatformRules } from '../../src/evolution/platform.js';
import { walk } from '../../src/evolution/walk.js';

type Doc = Record<string, unknown>;

const ctx = { file: 'cxone/schemas/stress.yaml', contract: 'Stress', policy: 'backward' as const };
const LONG = 120_000;

/** Run evolve() and check every witness it offers against both schemas with ajv. */
function evolveChecked(oldDoc: Doc, newDoc: Doc, { checkWitnesses = true } = {}) {
  const result = evolve(oldDoc, newDoc, ctx);
  if (checkWitnesses) {
    // No meta-validation: ajv checks `enum` for duplicates pairwise (draft-07 meta-schema), which
    // takes over a minute on a 100,000-value enum. The product's ajv skips it too.
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
    for (const f of result.findings) {
      if (f.witness === undefined) continue;
      expect(ajv.validate(oldDoc, f.witness), `witness ${JSON.stringify(f.witness)} valid under old`).toBe(true);
      expect(ajv.validate(newDoc, f.witness), `witness ${JSON.stringify(f.witness)} invalid under new`).toBe(false);
    }
  }
  return result;
}

const brief = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.pointer}`);
const breaking = (changes: Change[]) => changes.filter(breaksBackward);

// ---------------------------------------------------------------------------------------------

describe('recursive schemas', () => {
  /** A tree: every node has a value and children that are trees ($ref '#'). */
  const tree = (value: Doc): Doc => ({
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value,
      children: { type: 'array', items: { $ref: '#' } },
    },
  });

  it('the same tree: no change', () => {
    expect(compareSchemas(tree({ type: 'string' }), tree({ type: 'string' }))).toEqual([]);
    expect(
      evolveChecked(tree({ type: 'string' }), tree({ type: 'string' })).findings.filter((f) => f.breaking),
    ).toEqual([]);
  });

  it('a widened node value: one compatible change at its pointer', () => {
    const changes = evolveChecked(tree({ type: 'string' }), tree({ type: ['string', 'null'] })).changes;
    expect(brief(changes)).toEqual(['type-extended /properties/value/type']);
    expect(breaking(changes)).toEqual([]);
  });

  it('a narrowed node value: breaking, with a witness that holds', () => {
    const { changes, findings } = evolveChecked(tree({ type: 'string' }), tree({ type: 'string', maxLength: 3 }));
    expect(brief(breaking(changes))).toEqual(['max-length-added /properties/value/maxLength']);
    expect(findings.some((f) => f.breaking)).toBe(true);
  });

  it('a recursive definition reached through properties', () => {
    const doc = (leaf: Doc): Doc => ({
      type: 'object',
      properties: { root: { $ref: '#/definitions/node' } },
      definitions: { node: { type: 'object', properties: { leaf, next: { $ref: '#/definitions/node' } } } },
    });
    expect(compareSchemas(doc({ type: 'integer' }), doc({ type: 'integer' }))).toEqual([]);
    const changes = evolveChecked(doc({ type: 'integer' }), doc({ type: 'string' })).changes;
    expect(brief(changes)).toEqual(['type-changed /definitions/node/properties/leaf/type']);
  });
});

describe('$ref cycles', () => {
  /** A -> B -> A through properties: an alternating chain. */
  const cycle = (n: Doc): Doc => ({
    type: 'object',
    properties: { start: { $ref: '#/definitions/A' } },
    definitions: {
      A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/definitions/A' }, n } },
    },
  });

  it('the same cycle: no change', () => {
    expect(compareSchemas(cycle({ type: 'integer' }), cycle({ type: 'integer' }))).toEqual([]);
    evolveChecked(cycle({ type: 'integer' }), cycle({ type: 'integer' }));
  });

  it('a change inside the cycle is found once, where it is', () => {
    const widened = evolveChecked(cycle({ type: 'integer' }), cycle({ type: 'number' })).changes;
    expect(brief(widened)).toEqual(['type-extended /definitions/B/properties/n/type']);
    const changed = evolveChecked(cycle({ type: 'integer' }), cycle({ type: 'string' })).changes;
    expect(brief(changed)).toEqual(['type-changed /definitions/B/properties/n/type']);
    expect(breaking(changed)).toHaveLength(1);
  });

  it('a cycle on one side only', () => {
    const flat: Doc = {
      type: 'object',
      properties: { start: { type: 'object', properties: { b: { type: 'object' } } } },
    };
    const changes = evolveChecked(flat, cycle({ type: 'integer' })).changes;
    expect(breaking(changes).length).toBeGreaterThan(0);
    evolveChecked(cycle({ type: 'integer' }), flat);
  });
});

describe('pure $ref loops', () => {
  const selfLoop = (extra: Doc = {}): Doc => ({
    $ref: '#/definitions/a',
    definitions: { a: { $ref: '#/definitions/a' } },
    ...extra,
  });
  const twoLoop: Doc = {
    $ref: '#/definitions/a',
    definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
  };
  const inProperty = (loop: boolean): Doc => ({
    type: 'object',
    properties: { x: loop ? { $ref: '#/definitions/a' } : { type: 'string' } },
    definitions: { a: { $ref: '#/definitions/a' } },
  });

  it('the same loop: unknown on both sides is still unknown, so breaking (as when anything else changed)', () => {
    expect(brief(compareSchemas(selfLoop(), selfLoop()))).toEqual(['ref-chain-unresolved ']);
    expect(brief(compareSchemas(twoLoop, twoLoop))).toEqual(['ref-chain-unresolved ']);
    expect(brief(breaking(compareSchemas(selfLoop(), selfLoop({ description: 'x' }))))).toEqual([
      'ref-chain-unresolved ',
    ]);
    evolveChecked(selfLoop(), selfLoop());
    evolveChecked(twoLoop, twoLoop);
  });

  it('a loop against a real schema, both ways, and a one-hop against a two-hop loop', () => {
    const loose = { type: 'object' };
    evolveChecked(selfLoop(), loose);
    evolveChecked(loose, selfLoop());
    evolveChecked(selfLoop(), twoLoop);
    evolveChecked(twoLoop, selfLoop());
  });

  it('a loop under a property, replaced by a type: breaking at that property, never read as "anything"', () => {
    const changes = evolveChecked(inProperty(true), inProperty(false)).changes;
    expect(brief(breaking(changes))).toEqual(['ref-chain-unresolved /properties/x']);
    expect(brief(breaking(evolveChecked(inProperty(false), inProperty(true)).changes))).toEqual([
      'ref-chain-unresolved /properties/x',
    ]);
    expect(brief(compareSchemas(inProperty(true), inProperty(true)))).toEqual(['ref-chain-unresolved /properties/x']);
  });
});

// ---------------------------------------------------------------------------------------------

const DEPTH = 5000;

/** `depth` nested objects, `{type: object, properties: {a: ...}}`, around `leaf`. Iterative. */
function nestedProperties(depth: number, leaf: Doc, at?: { level: number; extra: Doc }): Doc {
  let node: Doc = leaf;
  for (let level = depth - 1; level >= 0; level--) {
    node = { type: 'object', properties: { a: node }, ...(at?.level === level ? at.extra : {}) };
  }
  return node;
}

/** `depth` nested arrays, `{type: array, items: ...}`, around `leaf`. */
function nestedItems(depth: number, leaf: Doc): Doc {
  let node: Doc = leaf;
  for (let level = 0; level < depth; level++) node = { type: 'array', items: node };
  return node;
}

const pointer = (token: string, depth: number, tail: string) => `/${token}`.repeat(depth) + tail;

/**
 * The engine without its depth guard (compareSchemas refuses documents deeper than a contract file
 * may be, see below): normalise and walk, both iterative, must still cope with any depth.
 */
function compareUnbounded(oldDoc: Doc, newDoc: Doc): Change[] {
  const before = normalize(oldDoc);
  return applyPlatformRules(walk(before, normalize(newDoc, before)), oldDoc, newDoc);
}

describe(`${DEPTH} levels of nesting, through normalize and walk`, () => {
  it(
    'properties, the same: no change',
    () => {
      expect(
        compareUnbounded(nestedProperties(DEPTH, { type: 'string' }), nestedProperties(DEPTH, { type: 'string' })),
      ).toEqual([]);
      expect(
        evolve(nestedProperties(DEPTH, { type: 'string' }), nestedProperties(DEPTH, { type: 'string' }), ctx).findings,
      ).toEqual([]);
    },
    LONG,
  );

  it(
    'properties, the deepest leaf changed: found at the deepest pointer',
    () => {
      const oldDoc = nestedProperties(DEPTH, { type: 'string' });
      const changes = compareUnbounded(oldDoc, nestedProperties(DEPTH, { type: 'integer' }));
      expect(brief(changes)).toEqual([`type-changed ${pointer('properties/a', DEPTH, '/type')}`]);
      expect(breaking(changes)).toHaveLength(1);
    },
    LONG,
  );

  it(
    'properties, a required property added half-way down: found at its level',
    () => {
      const oldDoc = nestedProperties(DEPTH, { type: 'string' });
      const newDoc = nestedProperties(DEPTH, { type: 'string' }, { level: DEPTH / 2, extra: { required: ['a'] } });
      const changes = compareUnbounded(oldDoc, newDoc);
      expect(changes.length).toBeGreaterThan(0);
      expect(new Set(changes.map((c) => c.pointer.replace(/\/required$/, '')))).toEqual(
        new Set([pointer('properties/a', DEPTH / 2, '')]),
      );
      expect(breaking(changes).length).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    'properties, one side a level deeper',
    () => {
      const changes = compareUnbounded(
        nestedProperties(DEPTH, { type: 'string' }),
        nestedProperties(DEPTH + 1, { type: 'string' }),
      );
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.every((c) => c.pointer.startsWith(pointer('properties/a', DEPTH, '')))).toBe(true);
    },
    LONG,
  );

  it(
    'items, the same: no change; the deepest leaf widened: compatible, at the deepest pointer',
    () => {
      expect(
        compareUnbounded(nestedItems(DEPTH, { type: 'integer' }), nestedItems(DEPTH, { type: 'integer' })),
      ).toEqual([]);
      const oldDoc = nestedItems(DEPTH, { type: 'integer' });
      const changes = compareUnbounded(oldDoc, nestedItems(DEPTH, { type: 'number' }));
      expect(brief(changes)).toEqual([`type-extended ${pointer('items', DEPTH, '/type')}`]);
      expect(breaking(changes)).toEqual([]);
    },
    LONG,
  );

  it(
    'items, the deepest leaf narrowed: breaking',
    () => {
      const oldDoc = nestedItems(DEPTH, { type: 'number' });
      const changes = compareUnbounded(oldDoc, nestedItems(DEPTH, { type: 'integer' }));
      expect(brief(changes)).toEqual([`type-narrowed ${pointer('items', DEPTH, '/type')}`]);
      expect(breaking(changes)).toHaveLength(1);
    },
    LONG,
  );

  it(
    'through evolve(): deeper than a contract file may be, so one breaking change per deep side, no witness',
    () => {
      const deep = { title: 'Stress', ...nestedItems(DEPTH, { type: 'number' }) };
      const shallow = { title: 'Stress', type: 'array', items: { type: 'number' } };
      const live = evolve(deep, shallow, ctx);
      expect(brief(live.changes)).toEqual(['live-schema-too-deep /title']);
      expect(live.findings.filter((f) => f.breaking).map((f) => [f.rule, f.witness])).toEqual([
        ['live-schema-too-deep', undefined],
      ]);
      expect(brief(evolve(shallow, deep, ctx).changes)).toEqual(['schema-too-deep /title']);
      expect(brief(evolve(deep, { ...deep, description: 'x' }, ctx).changes)).toEqual([
        'live-schema-too-deep /title',
        'schema-too-deep /title',
      ]);
      for (const policy of ['additive', 'backward', 'forward', 'full'] as const) {
        expect(
          evolve(deep, shallow, { ...ctx, policy }).findings.some(
            (f) => f.rule === 'live-schema-too-deep' && f.breaking,
          ),
        ).toBe(true);
      }
      expect(evolve(deep, shallow, { ...ctx, policy: 'none' }).findings).toEqual([]);
    },
    LONG,
  );

  it('a deep value (a default nested 5,000 levels) is refused the same way: nothing recurses over it', () => {
    let value: unknown = 1;
    for (let i = 0; i < DEPTH; i++) value = [value];
    const live = { title: 'Stress', type: 'object', properties: { a: { type: 'array', default: value } } };
    expect(brief(compareSchemas(live, { title: 'Stress', type: 'object' }))).toEqual(['live-schema-too-deep /title']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a 100,000-value enum', () => {
  const N = 100_000;
  const values = Array.from({ length: N }, (_, i) => `v${i}`);
  const doc = (list: string[]): Doc => ({
    type: 'object',
    additionalProperties: false,
    properties: { code: { type: 'string', enum: list } },
  });

  it(
    'the same: no change',
    () => {
      expect(compareSchemas(doc(values), doc([...values]))).toEqual([]);
      expect(compareSchemas(doc(values), doc([...values].reverse()))).toEqual([]);
      evolveChecked(doc(values), doc([...values]));
    },
    LONG,
  );

  it(
    'extended by one value: compatible',
    () => {
      const { changes } = evolveChecked(doc(values), doc([...values, 'new']));
      expect(brief(changes)).toEqual(['enum-extended /properties/code/enum']);
      expect(breaking(changes)).toEqual([]);
      expect(changes[0]!.message.length).toBeLessThan(1000);
    },
    LONG,
  );

  it(
    'narrowed by one value: breaking, the message names the removed value, no witness past the ingestion limits',
    () => {
      const removed = values[77_777]!;
      const { changes, findings } = evolveChecked(doc(values), doc(values.filter((v) => v !== removed)));
      expect(brief(changes)).toEqual(['enum-narrowed /properties/code/enum']);
      expect(changes[0]!.message).toContain(removed);
      expect(changes[0]!.message.length).toBeLessThan(1000);
      const f = findings.find((x) => x.breaking);
      expect(f).toBeDefined();
      // A 100,000-value enum is past the platform's ingestion limits: no example event, and the help
      // says why (a guard `if (f.witness)` here never ran).
      expect(f!.witness).toBeUndefined();
      expect(f!.help).toContain('No example event (ingestion limits)');
    },
    LONG,
  );

  it(
    'narrowed to half: breaking, with a short message',
    () => {
      const { changes } = evolveChecked(doc(values), doc(values.filter((_, i) => i % 2 === 0)));
      expect(brief(changes)).toEqual(['enum-narrowed /properties/code/enum']);
      expect(changes[0]!.message.length).toBeLessThan(1000);
    },
    LONG,
  );
});

describe('patterns of a live schema are read, never run, by the normaliser', () => {
  it('a pattern that backtracks for minutes on the empty string is compared at once', () => {
    // Each extra (?:a?|b?) group multiplies V8's time on '' by about 4: 24 of them took 19 s when
    // the "matches every string" test ran the pattern. (No timing assertion: a run that hangs
    // fails by the test timeout.)
    const slow = '(?:a?|b?)'.repeat(24) + 'x';
    expect(
      compareSchemas({ type: 'string', pattern: slow }, { type: 'string', pattern: `${slow}y` }).map((c) => c.kind),
    ).toEqual(['pattern-changed']);
  });

  it('a pattern that matches the empty string anywhere still constrains nothing', () => {
    expect(compareSchemas({ type: 'string' }, { type: 'string', pattern: '(?:a?|b?)*' })).toEqual([]);
    expect(compareSchemas({ type: 'string' }, { type: 'string', pattern: 'a+' }).map((c) => c.kind)).toEqual([
      'pattern-added',
    ]);
  });
});
