// schema-dialect: a contract file declares draft-07 (any usual spelling) or nothing; an older
// draft or a dialect nothing here reads is an error at `$schema`, reported once (schema-invalid
// leaves the place to it).

import { describe, expect, it } from 'vitest';
import { lintContracts } from '../../src/lint/index.js';
import { contract, summary } from './helpers.js';

const schema = (extra: Record<string, unknown>) =>
  contract('schema', {
    type: 'object',
    title: 'D',
    description: 'd',
    cxoneVersion: '1.0.0',
    additionalProperties: false,
    properties: { a: { type: 'string' } },
    ...extra,
  });
const atSchema = (extra: Record<string, unknown>) =>
  lintContracts([schema(extra)]).filter((f) => f.pointer === '/$schema');

describe('schema-dialect', () => {
  it.each([
    'http://json-schema.org/draft-07/schema#',
    'http://json-schema.org/draft-07/schema',
    'https://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft-07/schema',
  ])('%s is fine', ($schema) => {
    expect(summary(lintContracts([schema({ $schema })]))).toEqual([]);
  });

  it('no $schema is draft-07', () => {
    expect(atSchema({})).toEqual([]);
  });

  it.each([
    ['http://json-schema.org/draft-04/schema#', /declares draft-04, but the platform validates events as draft-07/],
    ['https://json-schema.org/draft-06/schema', /declares draft-06, but the platform/],
    ['https://json-schema.org/draft/2020-12/schema', /declares draft 2020-12, which is not supported/],
    ['https://json-schema.org/draft/2019-09/schema', /declares draft 2019-09, which is not supported/],
    ['http://example.com/mine', /declares an unknown dialect, which is not supported/],
  ])('%s: one error at $schema, saying which dialect', ($schema, message) => {
    const found = atSchema({ $schema });
    expect(summary(found)).toEqual([{ rule: 'schema-dialect', severity: 'error', pointer: '/$schema' }]);
    expect(found[0]!.message).toMatch(message);
  });
});
