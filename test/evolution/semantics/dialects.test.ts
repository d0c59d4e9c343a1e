// Issue 12, "dialects": a schema is read by the rules of the `$schema` it declares. Draft-04 rows
// are grounded by ajv-draft-04 (the Ajv team's draft-04 class), draft-06 rows by ajv with the
// draft-06 meta-schema; both validators also apply keywords the declared draft does not define
// (ajv-draft-04 `const`, `contains`, `propertyNames`, `if`; ajv `if` in draft-06), so each schema
// is read without them, as the soundness oracle reads it (oracleSchema). 2019-09 and 2020-12 are
// refused (breaking, not compared); their rows are grounded by ajv's own 2019/2020 classes,
// showing the break that reading them as draft-07 would miss.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { AJV_OPTIONS, draft04Ajv, oracleSchema, UNDEFINED_KEYWORDS } from '../arbitraries.js';
import { semanticsTable, type Row } from './harness.js';
import { isolatedAjv } from './validators.js';

const D04 = 'http://json-schema.org/draft-04/schema#';
const D06 = 'http://json-schema.org/draft-06/schema#';
const D07 = 'http://json-schema.org/draft-07/schema#';
const byDialect = isolatedAjv();
const row = (r: Row): Row => ({ ...r, validate: byDialect });

// Draft-04: `exclusiveMinimum: true` makes `minimum` exclusive; `id` is the identifier keyword.
const d04Exclusive = { $schema: D04, type: 'number', minimum: 5, exclusiveMinimum: true };
const d04Inclusive = { $schema: D04, type: 'number', minimum: 5 };
const d04Id = (t: string) => ({
  $schema: D04,
  id: 'http://example.com/d4.json',
  type: 'object',
  definitions: { a: { id: '#foo', type: t } },
  properties: { p: { $ref: '#foo' } },
});

semanticsTable('draft-04 is read by draft-04 rules (grounded by ajv-draft-04)', [
  row({
    name: 'minimum 5 + exclusiveMinimum true -> minimum 5 widens',
    old: d04Exclusive,
    new: d04Inclusive,
    backward: true,
    forward: false,
    witness: { forward: 5 },
  }),
  row({
    name: 'minimum 5 -> minimum 5 + exclusiveMinimum true narrows',
    old: d04Inclusive,
    new: d04Exclusive,
    backward: false,
    forward: true,
    witness: { backward: 5 },
  }),
  row({
    name: 'draft-04 exclusive maximum -> the same bound in draft-07 is no change',
    old: { $schema: D04, type: 'number', maximum: 10, exclusiveMaximum: true },
    new: { $schema: D07, type: 'number', exclusiveMaximum: 10 },
    backward: true,
    forward: true,
  }),
  row({
    name: 'exclusiveMinimum false is no constraint',
    old: { $schema: D04, type: 'number', minimum: 5, exclusiveMinimum: false },
    new: d04Inclusive,
    backward: true,
    forward: true,
  }),
  row({
    name: '`id` scopes and anchors: the target behind "#foo" changes type',
    old: d04Id('string'),
    new: d04Id('integer'),
    backward: false,
    forward: false,
    witness: { backward: { p: 'a' }, forward: { p: 1 } },
  }),
  row({
    name: '`const` is not a draft-04 keyword: removing it is no change',
    old: { $schema: D04, type: 'string', const: 'a' },
    new: { $schema: D04, type: 'string' },
    backward: true,
    forward: true,
  }),
]);

semanticsTable('draft-06 is read by draft-06 rules (grounded by ajv with the draft-06 meta-schema)', [
  row({
    name: '`if`/`then` are not draft-06 keywords: removing them is no change',
    old: { $schema: D06, type: 'string', if: { maxLength: 1 }, then: false },
    new: { $schema: D06, type: 'string' },
    backward: true,
    forward: true,
  }),
  row({
    name: 'the same `if`/`then` declared draft-07 is a constraint: moving to it narrows',
    old: { $schema: D06, type: 'string' },
    new: { $schema: D07, type: 'string', if: { maxLength: 1 }, then: false },
    backward: false,
    forward: true,
    witness: { backward: 'a' },
  }),
  row({
    name: 'const (a draft-06 keyword) widened to an enum',
    old: { $schema: D06, type: 'string', const: 'a' },
    new: { $schema: D06, type: 'string', enum: ['a', 'b'] },
    backward: true,
    forward: false,
    witness: { forward: 'b' },
  }),
  row({
    name: 'numeric exclusiveMinimum added in draft-06',
    old: { $schema: D06, type: 'number' },
    new: { $schema: D06, type: 'number', exclusiveMinimum: 0 },
    backward: false,
    forward: true,
    witness: { backward: 0 },
  }),
]);

describe('the oracle drops exactly what the declared draft does not define', () => {
  const require = createRequire(import.meta.url);
  const metaSchemas = {
    'draft-04': require('ajv-draft-04/dist/refs/json-schema-draft-04.json') as { properties: object },
    'draft-06': require('ajv/dist/refs/json-schema-draft-06.json') as { properties: object },
  };

  it.each(Object.entries(UNDEFINED_KEYWORDS))(
    '%s: the keywords dropped are not in its meta-schema',
    (dialect, keywords) => {
      const defined = Object.keys(metaSchemas[dialect as keyof typeof metaSchemas].properties);
      expect(keywords.filter((k) => defined.includes(k))).toEqual([]);
    },
  );

  it('ajv-draft-04 alone would apply them: `const` and `contains` reject here, read without them they do not', () => {
    const schema = { $schema: D04, type: 'array', const: ['a'], contains: { type: 'integer' } };
    expect(draft04Ajv(AJV_OPTIONS).validate(schema, ['b'])).toBe(false);
    expect(draft04Ajv(AJV_OPTIONS).validate(oracleSchema(schema), ['b'])).toBe(true);
  });
});

semanticsTable('a dialect we do not read is refused, never read as draft-07 (grounded by ajv 2019/2020)', [
  {
    name: '2020-12 prefixItems (ignored by draft-07) narrows the first item',
    old: { type: 'array', items: { type: 'string' } },
    new: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      prefixItems: [{ type: 'integer' }],
      items: { type: 'string' },
    },
    backward: false,
    forward: false,
    witness: { backward: ['a'], forward: [1] },
    validate: isolatedAjv(),
  },
  {
    name: '2019-09 dependentRequired (ignored by draft-07) requires a property',
    old: { type: 'object', properties: { a: { type: 'string' } } },
    new: { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object', dependentRequired: { a: ['b'] } },
    backward: false,
    forward: false,
    witness: { backward: { a: 'x' }, forward: { a: 1, b: 1 } },
    validate: isolatedAjv(),
  },
]);

describe('declared dialects', () => {
  const brief = (a: unknown, b: unknown) => compareSchemas(a, b).map((c) => `${c.kind} ${c.pointer}`);

  it.each([
    ['http://json-schema.org/draft-07/schema#'],
    ['http://json-schema.org/draft-07/schema'],
    ['https://json-schema.org/draft-07/schema#'],
    ['https://json-schema.org/draft-07/schema'],
  ])('%s is draft-07', (uri) => {
    expect(brief({ type: 'string' }, { $schema: uri, type: 'string' })).toEqual(['annotation-changed /$schema']);
  });

  it('the draft-04 and draft-06 spellings are read by their rules', () => {
    for (const uri of ['https://json-schema.org/draft-04/schema', 'http://json-schema.org/draft-04/schema']) {
      expect(
        brief({ $schema: uri, minimum: 1, exclusiveMinimum: true }, { $schema: uri, minimum: 1 }).map(
          (c) => c.split(' ')[0],
        ),
      ).not.toContain('keyword-changed');
    }
    expect(
      brief(
        { $schema: 'https://json-schema.org/draft-06/schema', if: { type: 'string' }, then: false },
        { $schema: 'https://json-schema.org/draft-06/schema' },
      ),
    ).toEqual([]);
  });

  it.each([
    ['https://json-schema.org/draft/2020-12/schema', 'draft 2020-12'],
    ['https://json-schema.org/draft/2019-09/schema', 'draft 2019-09'],
    ['http://example.com/my-dialect#', 'an unknown dialect'],
    ['http://json-schema.org/draft-03/schema#', 'an unknown dialect'],
  ])('%s on either side is dialect-unsupported, naming it, and nothing else is compared', (uri, name) => {
    const next = compareSchemas({ type: 'string' }, { $schema: uri, type: 'integer' });
    expect(next.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['dialect-unsupported /$schema']);
    expect(next[0]!.message).toContain(`the new schema declares $schema ${JSON.stringify(uri)} (${name})`);
    const live = compareSchemas({ $schema: uri, type: 'string' }, { type: 'integer' });
    expect(live.map((c) => `${c.kind} ${c.oldPointer}`)).toEqual(['dialect-unsupported /$schema']);
    expect(live[0]!.message).toMatch(/^the live schema declares/);
  });

  it('a $schema that is not a string is refused too', () => {
    expect(brief({ type: 'string' }, { $schema: 7, type: 'string' })).toEqual(['dialect-unsupported /$schema']);
  });

  it('draft-04 rewriting keeps pointers: a change is located where it is in the file', () => {
    const old = {
      $schema: D04,
      type: 'object',
      properties: { n: { type: 'number', maximum: 10, exclusiveMaximum: true } },
    };
    const next = {
      $schema: D04,
      type: 'object',
      properties: { n: { type: 'number', maximum: 9, exclusiveMaximum: true } },
    };
    expect(brief(old, next).every((c) => c.includes('/properties/n/'))).toBe(true);
    expect(brief(old, next)).not.toEqual([]);
  });
});
