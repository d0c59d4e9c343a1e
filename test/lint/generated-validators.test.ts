import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_OPTIONS, META_OPTIONS, VALIDATORS, validatorSource } from '../../scripts/gen-validators.mjs';
import filterValidator from '../../src/lint/generated/event-filter-validator.js';
import schemaValidator from '../../src/lint/generated/event-schema-validator.js';
import configValidator from '../../src/settings/generated/config-validator.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

describe('validators compiled ahead of time from schemas/', () => {
  it.each(Object.entries(VALIDATORS))('%s is current with %s (npm run docs writes it)', (file, schema) => {
    expect(readFileSync(file, 'utf8')).toBe(validatorSource(schema));
  });

  // The generated code must judge and explain exactly as ajv compiling the schema at run time.
  const runtime = new Ajv(META_OPTIONS);
  const cases: [string, Validate, string, unknown][] = [
    ['filter', filterValidator as Validate, 'schemas/event-filter.schema.json', { name: 'x', channel: 'Voice' }],
    [
      'filter',
      filterValidator as Validate,
      'schemas/event-filter.schema.json',
      { name: '', chanel: 'Voice', matchers: [{}] },
    ],
    ['filter', filterValidator as Validate, 'schemas/event-filter.schema.json', { name: '😀'.repeat(200), channel: 3 }],
    [
      'schema',
      schemaValidator as Validate,
      'schemas/event-schema.schema.json',
      { type: 'object', title: 'T', properties: {} },
    ],
    [
      'schema',
      schemaValidator as Validate,
      'schemas/event-schema.schema.json',
      { type: 'object', enum: [{ a: 1 }, { a: 1 }], required: ['a', 'a'] },
    ],
    ['schema', schemaValidator as Validate, 'schemas/event-schema.schema.json', []],
  ];
  it.each(cases)('the %s validator gives the errors runtime ajv gives (%#)', (_, generated, schemaFile, data) => {
    const compiled = runtime.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const ok = compiled(data);
    expect(generated(data)).toBe(ok);
    expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
  });

  // The config reader's options (the first error, with its schema and data: src/settings/config-file.ts).
  const configRuntime = new Ajv(CONFIG_OPTIONS).compile(
    JSON.parse(readFileSync('schemas/config.schema.json', 'utf8')) as object,
  );
  it.each([
    [{ policy: 'additive', rules: { 'type-changed': 'warning' } }],
    [{ polcy: 'additive' }],
    [{ policy: 'strict' }],
    [{ rules: { Not_An_Id: 'off' } }],
    [{ ignores: [{ rule: 'type-changed', contract: 'X', reason: 'ok', expires: '2026-1-1' }] }],
    [{ schemas: [] }],
    ['text'],
  ])('the config validator gives the error runtime ajv gives (%#)', (data) => {
    const generated = configValidator as Validate;
    expect(generated(data)).toBe(configRuntime(data));
    expect(generated.errors ?? null).toEqual(configRuntime.errors ?? null);
  });
});
