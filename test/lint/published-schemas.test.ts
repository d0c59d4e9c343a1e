import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import eventFilterSchema from '../../schemas/event-filter.schema.json' with { type: 'json' };
import eventSchemaSchema from '../../schemas/event-schema.schema.json' with { type: 'json' };
import { fixture } from './helpers.js';

const strict = () => new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });

/** Every `properties` entry, anywhere in a schema, with its pointer. */
function propertyEntries(node: unknown, at = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      // A map of name -> schema: each value is a property schema (and may have properties itself).
      for (const [name, sub] of Object.entries(value)) {
        out.push([`${at}/properties/${name}`, sub as Record<string, unknown>]);
        out.push(...propertyEntries(sub, `${at}/properties/${name}`));
      }
    } else {
      out.push(...propertyEntries(value, `${at}/${key}`));
    }
  }
  return out;
}

describe.each([
  ['event-schema.schema.json', eventSchemaSchema, 'valid-schema.yaml'],
  ['event-filter.schema.json', eventFilterSchema, 'valid-filter.yaml'],
])('schemas/%s', (_name, schema, valid) => {
  it('compiles as strict draft-07', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => strict().compile(schema)).not.toThrow();
  });

  it('gives every property a title and a description, for editor completion', () => {
    const entries = propertyEntries(schema);
    expect(entries.length).toBeGreaterThan(10);
    for (const [pointer, sub] of entries) {
      expect(typeof sub.title, pointer).toBe('string');
      expect(typeof sub.description, pointer).toBe('string');
    }
  });

  it('accepts the valid fixture', () => {
    const validate = strict().compile(schema);
    expect(validate(fixture(valid)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the editor schemas reject what the platform rejects', () => {
  it('event schema: a nested unsupported type, a non-false additionalProperties, a bad version', () => {
    const validate = strict().compile(eventSchemaSchema);
    const doc = fixture('valid-schema.yaml');
    (doc.properties as Record<string, unknown>).x = { type: 'object', properties: { y: { type: 'text' } } };
    doc.additionalProperties = true;
    doc.cxoneVersion = '1.0';
    expect(validate(doc)).toBe(false);
    const paths = new Set(validate.errors!.map((e) => e.instancePath));
    expect(paths).toEqual(new Set(['/properties/x/properties/y/type', '/additionalProperties', '/cxoneVersion']));
  });

  it('event filter: unknown channel, operator and pattern type, and unknown keys', () => {
    const validate = strict().compile(eventFilterSchema);
    const doc = {
      ...fixture('valid-filter.yaml'),
      channel: 'fax',
      matchers: [{ attribute: 'a', operator: 'gt', value: 1 }],
      pattern_rules: [{ type: 'glob', field: 'a', pattern: '*' }],
      extra: 1,
    };
    expect(validate(doc)).toBe(false);
    const paths = new Set(validate.errors!.map((e) => e.instancePath));
    expect(paths).toEqual(new Set(['/channel', '/matchers/0/operator', '/pattern_rules/0/type', '']));
  });
});
