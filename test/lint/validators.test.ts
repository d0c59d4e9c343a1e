// The one compile of a user's schema (src/lint/validators.ts), shared by the lint's examples and the
// witness search: it must judge events as a draft-07 validator does, whatever ajv adds to draft-07.

import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { checksKeyword, compiled, VALIDATION_KEYWORDS } from '../../src/lint/validators.js';
import { ajvKnowsKeyword } from '../../src/lint/validator-compile.js';
import { findWitness } from '../../src/evolution/witness/index.js';
import { compareSchemas } from '../../src/evolution/engine.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, minimalSchema } from './helpers.js';

const schema = (extra: Record<string, unknown>): Record<string, unknown> =>
  minimalSchema({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'Async', ...extra });

describe('$async (ajv, not draft-07: the lint says validators ignore it)', () => {
  it('is ignored: the validator answers true or false, never a promise', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      const v = compiled(schema({ $async: true }));
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      expect(v.validate({ a: 's' })).toBe(true);
      expect(v.validate({ a: 1 })).toBe(false);
      expect(v.errors().map((e) => e.instancePath)).toEqual(['/a']);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });

  it('does not stop the lint: an invalid example is reported', () => {
    const findings = lintContracts([contract('schema', schema({ $async: true, examples: [{ a: 1 }] }))]);
    expect(findings.filter((f) => f.rule === 'example-invalid').map((f) => f.pointer)).toEqual(['/examples/0/a']);
  });

  it('in a subschema too: the schema compiles and its examples are judged (ajv alone would refuse it)', () => {
    const nested = schema({ properties: { a: { type: 'string', $async: true } }, examples: [{ a: 1 }] });
    const findings = lintContracts([contract('schema', nested)]);
    expect(findings.filter((f) => f.rule === 'schema-compile')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'example-invalid').map((f) => f.pointer)).toEqual(['/examples/0/a']);
    // `$async` as a property name is a property, not the keyword: it stays.
    const named = compiled(schema({ properties: { $async: { type: 'string' } }, required: ['$async'] }));
    expect(named.ok && named.validate({})).toBe(false);
  });

  it('in the live schema, still gives the witness of a breaking change', () => {
    const live = schema({ $async: true, properties: { a: { type: 'number' } } });
    const next = schema({});
    const change = compareSchemas(live, next).find((c) => c.kind === 'type-changed')!;
    expect(change).toBeDefined();
    const w = findWitness(live, next, change);
    expect(w).toMatchObject({ found: true, event: { a: expect.any(Number) } });
  });
});

describe('the keywords a validator checks (a list, for speed)', () => {
  it("is ajv's own answer for every keyword ajv has and for unknown ones", () => {
    const known = new Set([...VALIDATION_KEYWORDS]);
    const probe = new Ajv({ strict: false });
    const universe = [...Object.keys(probe.RULES.keywords), ...Object.keys(probe.RULES.all)];
    for (const keyword of [...universe, 'x-vendor', 'cxoneVersion'])
      expect(known.has(keyword), keyword).toBe(ajvKnowsKeyword(keyword));
    expect(universe.filter(ajvKnowsKeyword).length).toBeGreaterThan(30);
    // ajv looks keywords up in a plain object, so it answers yes to Object.prototype's names; its
    // validators never check them (unknown keywords are ignored), and neither does the list.
    for (const keyword of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(checksKeyword(keyword), keyword).toBe(false);
    expect(checksKeyword('title')).toBe(false);
    expect(checksKeyword('maxLength')).toBe(true);
  });
});
