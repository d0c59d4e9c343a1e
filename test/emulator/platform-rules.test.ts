// The emulator's reading of docs/cxone-api.md, over HTTP: which schema updates are additive, which
// filters are valid. These rows are the contract as the emulator reads it, written without the
// product's lint or engine (the emulator imports neither: see the last test).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { call, filter, schema, token } from './helpers.js';

const SCHEMAS = '/api/v2/eventbridge/schemas';
const FILTERS = '/api/v2/event-processing/filters';
let em: Emulator;
let tok: string;
beforeEach(async () => {
  em = await startEmulator({ activationDelayMs: 10 });
  tok = await token(em);
});
afterEach(() => em.close());

/** Store `before` (with property x), then PUT `after`: the status the platform answers. */
async function update(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  title = 'T',
): Promise<{ status: number; pointers: string[] }> {
  const created = await call(em, tok, 'POST', SCHEMAS, schema(title, '1.0.0', before));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const r = await call(em, tok, 'PUT', `${SCHEMAS}/${created.body.id}`, schema(title, '1.1.0', after), {
    'if-match': created.etag!,
  });
  return { status: r.status, pointers: (r.body.details ?? []).map((d: { pointer: string }) => d.pointer) };
}

describe('the additive rule (an update may add and widen, never remove or narrow)', () => {
  const accepted: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['a new optional property', { x: { type: 'string' } }, { x: { type: 'string' }, y: { type: 'integer' } }],
    ['integer widened to number', { x: { type: 'integer' } }, { x: { type: 'number' } }],
    ['a type added', { x: { type: 'string' } }, { x: { type: ['string', 'null'] } }],
    [
      'maximum raised, minimum lowered',
      { x: { type: 'number', minimum: 5, maximum: 10 } },
      { x: { type: 'number', minimum: 0, maximum: 20 } },
    ],
    ['maxLength dropped', { x: { type: 'string', maxLength: 3 } }, { x: { type: 'string' } }],
    ['an enum value added', { x: { enum: ['a', 'b'] } }, { x: { enum: ['a', 'b', 'c'] } }],
    [
      'the description changed',
      { x: { type: 'string', description: 'old' } },
      { x: { type: 'string', description: 'new' } },
    ],
    [
      'a nested optional property of a closed object',
      { x: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } } },
      {
        x: {
          type: 'object',
          additionalProperties: false,
          properties: { a: { type: 'string' }, b: { type: 'string' } },
        },
      },
    ],
    [
      'a nested property any value of which was allowed',
      { x: { type: 'object', properties: { a: { type: 'string' } } } },
      { x: { type: 'object', properties: { a: { type: 'string' }, b: {} } } },
    ],
    [
      'array items widened',
      { x: { type: 'array', items: { type: 'integer' }, maxItems: 2 } },
      { x: { type: 'array', items: { type: 'number' }, maxItems: 5 } },
    ],
    [
      'multipleOf relaxed (10 to 5)',
      { x: { type: 'number', multipleOf: 10 } },
      { x: { type: 'number', multipleOf: 5 } },
    ],
  ];
  for (const [what, before, after] of accepted) {
    it(`accepts ${what}`, async () => {
      expect((await update(before, after)).status).toBe(200);
    });
  }

  const refused: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
    ['a property removed', { x: { type: 'string' } }, {}, '/properties/x'],
    ['a type changed', { x: { type: 'integer' } }, { x: { type: 'string' } }, '/properties/x/type'],
    ['number narrowed to integer', { x: { type: 'number' } }, { x: { type: 'integer' } }, '/properties/x/type'],
    [
      'a minimum raised',
      { x: { type: 'number', minimum: 0 } },
      { x: { type: 'number', minimum: 1 } },
      '/properties/x/minimum',
    ],
    [
      'a maxLength added',
      { x: { type: 'string' } },
      { x: { type: 'string', maxLength: 9 } },
      '/properties/x/maxLength',
    ],
    ['an enum value removed', { x: { enum: ['a', 'b'] } }, { x: { enum: ['a'] } }, '/properties/x/enum'],
    ['a pattern added', { x: { type: 'string' } }, { x: { type: 'string', pattern: '^a' } }, '/properties/x/pattern'],
    [
      'a nested property removed',
      { x: { type: 'object', properties: { a: { type: 'string' } } } },
      { x: { type: 'object', properties: {} } },
      '/properties/x/properties/a',
    ],
    [
      'an anyOf changed (not weighed: must stay as it was)',
      { x: { anyOf: [{ type: 'string' }] } },
      { x: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      '/properties/x/anyOf',
    ],
    [
      'uniqueItems added',
      { x: { type: 'array' } },
      { x: { type: 'array', uniqueItems: true } },
      '/properties/x/uniqueItems',
    ],
  ];
  for (const [what, before, after, pointer] of refused) {
    it(`refuses ${what} with 400 at ${pointer}`, async () => {
      expect(await update(before, after)).toEqual({ status: 400, pointers: expect.arrayContaining([pointer]) });
    });
  }

  // Each row: an update that narrows, and an event that shows it (ajv: valid before, invalid after).
  const narrowing: [
    string,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>?,
  ][] = [
    [
      'a typed property added to an open object',
      { x: { type: 'object', properties: { a: { type: 'string' } } } },
      { x: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } } },
      { id: 'i', x: { b: 'text' } },
    ],
    [
      'a property added under additionalProperties',
      { x: { type: 'object', additionalProperties: { type: 'string' } } },
      { x: { type: 'object', additionalProperties: { type: 'string' }, properties: { b: { type: 'integer' } } } },
      { id: 'i', x: { b: 'text' } },
    ],
    [
      'a property added under patternProperties',
      { x: { type: 'object', patternProperties: { '^y': { type: 'string' } } } },
      {
        x: { type: 'object', patternProperties: { '^y': { type: 'string' } }, properties: { y1: { type: 'integer' } } },
      },
      { id: 'i', x: { y1: 'text' } },
    ],
    [
      'a $ref target widened under not',
      { a: { not: { $ref: '#/definitions/d' } } },
      { a: { not: { $ref: '#/definitions/d' } } },
      { id: 'i', a: 5 },
      { definitions: { d: { type: 'string' } } },
    ],
    [
      'a $ref target widened under oneOf',
      { a: { oneOf: [{ $ref: '#/definitions/d' }, { type: 'number' }] } },
      { a: { oneOf: [{ $ref: '#/definitions/d' }, { type: 'number' }] } },
      { id: 'i', a: 5 },
      { definitions: { d: { type: 'string' } } },
    ],
    [
      'a property widened that a not refers to',
      { a: { type: 'string' }, b: { not: { $ref: '#/properties/a' } } },
      { a: { type: ['string', 'number'] }, b: { not: { $ref: '#/properties/a' } } },
      { id: 'i', b: 5 },
    ],
    [
      'multipleOf 7 to 0.7',
      { a: { type: 'number', multipleOf: 7 } },
      { a: { type: 'number', multipleOf: 0.7 } },
      { id: 'i', a: 21 },
    ],
  ];
  for (const [what, before, after, event, extra] of narrowing) {
    it(`refuses ${what}`, async () => {
      // the $ref rows widen the definition (or keep it, for the property row): the stored side has
      // `extra`, the update a wider one
      const widened = extra ? { definitions: { d: { type: ['string', 'number'] } } } : {};
      const stored = { ...schema('N', '1.0.0', before), ...(extra ?? {}) };
      const next = { ...schema('N', '1.1.0', after), ...widened };
      const ajv = new Ajv({ strict: false });
      expect(ajv.validate(stored, event), 'the event is valid under the stored schema').toBe(true);
      expect(ajv.validate(next, event), 'the event is invalid under the update').toBe(false);
      const created = await call(em, tok, 'POST', SCHEMAS, stored);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(
        (await call(em, tok, 'PUT', `${SCHEMAS}/${created.body.id}`, next, { 'if-match': created.etag! })).status,
      ).toBe(400);
    });
  }

  it('takes tens of thousands of enum values in one pass', async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
    expect((await update({ x: { enum: values } }, { x: { enum: [...values].reverse().concat('extra') } })).status).toBe(
      200,
    );
  });

  it('refuses a schema that is not draft-07: a bad keyword value, another $schema', async () => {
    for (const [doc, pointer] of [
      [schema('M1', '1.0.0', { a: { type: 'string', maxLength: '1' } }), '/properties/a/maxLength'],
      [{ ...schema('M2'), $schema: 'https://json-schema.org/draft/2020-12/schema' }, '/$schema'],
    ] as const) {
      const r = await call(em, tok, 'POST', SCHEMAS, doc);
      expect(r.status).toBe(400);
      expect(r.body.details.map((d: { pointer: string }) => d.pointer)).toContain(pointer);
    }
  });

  it('refuses a property that became required', async () => {
    const created = await call(em, tok, 'POST', SCHEMAS, schema('R', '1.0.0', { x: { type: 'string' } }));
    const r = await call(
      em,
      tok,
      'PUT',
      `${SCHEMAS}/${created.body.id}`,
      { ...schema('R', '1.1.0', { x: { type: 'string' } }), required: ['id', 'x'] },
      { 'if-match': created.etag! },
    );
    expect(r.status).toBe(400);
    expect(r.body.details).toEqual([{ pointer: '/required', message: '"x" became required' }]);
  });
});

describe('filter syntax', () => {
  const valid: [string, Record<string, unknown>][] = [
    ['no matchers', (({ matchers: _m, ...rest }) => rest)(filter('a'))],
    ['a null target group', filter('b', { target_group_id: null })],
    ['an integer target group', filter('c', { target_group_id: 42 })],
    ['"in" with a list', filter('d', { matchers: [{ attribute: 'q', operator: 'in', value: ['x', 'y'] }] })],
    [
      'an IPv6 CIDR and a regex',
      filter('e', {
        pattern_rules: [
          { type: 'cidr', field: 'ip', pattern: '2001:db8::/32' },
          { type: 'regex', field: 'ani', pattern: '^\\+1\\d+$' },
        ],
      }),
    ],
    ['a unicode name', filter('Ünïcødé 名前 🚀')],
  ];
  for (const [what, doc] of valid) {
    it(`accepts ${what}`, async () => {
      expect((await call(em, tok, 'POST', `${FILTERS}/validate`, doc)).status).toBe(200);
      expect((await call(em, tok, 'POST', FILTERS, doc)).status).toBe(201);
    });
  }

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an unknown channel', filter('a', { channel: 'fax' }), '/channel'],
    ['no name', filter('', {}), '/name'],
    [
      'an unknown operator',
      filter('b', { matchers: [{ attribute: 'q', operator: 'eq', value: 1 }] }),
      '/matchers/0/operator',
    ],
    [
      '"in" without a list',
      filter('c', { matchers: [{ attribute: 'q', operator: 'in', value: 'x' }] }),
      '/matchers/0/value',
    ],
    [
      'a CIDR that is not one',
      filter('d', { pattern_rules: [{ type: 'cidr', field: 'ip', pattern: '10.0.0.0/33' }] }),
      '/pattern_rules/0/pattern',
    ],
    [
      'a regex that does not compile',
      filter('e', { pattern_rules: [{ type: 'regex', field: 'ani', pattern: '([' }] }),
      '/pattern_rules/0/pattern',
    ],
    [
      'an unknown pattern type',
      filter('f', { pattern_rules: [{ type: 'glob', field: 'ani', pattern: '*' }] }),
      '/pattern_rules/0/type',
    ],
    ['a target group that is an object', filter('g', { target_group_id: { id: 1 } }), '/target_group_id'],
  ];
  for (const [what, doc, pointer] of invalid) {
    it(`refuses ${what} at ${pointer}`, async () => {
      const v = await call(em, tok, 'POST', `${FILTERS}/validate`, doc);
      expect(v.status).toBe(400);
      expect(v.body.details.map((d: { pointer: string }) => d.pointer)).toContain(pointer);
      expect((await call(em, tok, 'POST', FILTERS, doc)).status).toBe(400);
    });
  }
});

describe('the emulator is an independent oracle', () => {
  it('imports nothing from the product: only its own modules, node builtins and npm packages', () => {
    const dir = join(import.meta.dirname, '../../src/emulator');
    const outside: string[] = [];
    let specifiers = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      // every module specifier: `from '…'`, a bare `import '…'`, `import('…')` with any quote
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"`])([^'"`]+)\1/g)) {
        specifiers++;
        const spec = m[2]!;
        if (spec.startsWith('.') && !resolve(dir, spec).startsWith(dir + '/')) outside.push(`${file}: ${spec}`);
        if (spec.startsWith('/')) outside.push(`${file}: ${spec}`);
      }
    }
    expect(specifiers).toBeGreaterThan(30);
    expect(outside).toEqual([]);
  });
});
