import { describe, expect, it } from 'vitest';
import { lintContracts } from '../../src/lint/index.js';
import { contract, manyProperties, minimalSchema, ofRule, summary, validSchema } from './helpers.js';
import { lastLink, tripledDefinitions } from '../fixtures/hostile-schemas.js';

const lint = (doc: Record<string, unknown>) => lintContracts([contract('schema', doc)]);

describe('payload-too-large', () => {
  // Pad the description so the compact JSON is exactly `bytes` long, with 2-byte characters
  // to prove that UTF-8 bytes are counted, not characters.
  const sized = (bytes: number): Record<string, unknown> => {
    const doc = minimalSchema({ description: '' });
    const base = Buffer.byteLength(JSON.stringify(doc));
    const missing = bytes - base;
    doc.description = 'é'.repeat(Math.floor(missing / 2)) + 'x'.repeat(missing % 2);
    expect(Buffer.byteLength(JSON.stringify(doc))).toBe(bytes);
    return doc;
  };

  it('reports a schema over 262,144 bytes at the document root', () => {
    const findings = ofRule(lint(sized(262_145)), 'payload-too-large');
    expect(summary(findings)).toEqual([{ rule: 'payload-too-large', severity: 'error', pointer: '' }]);
    expect(findings[0]!.message).toContain('262,145 bytes');
  });

  it('accepts exactly 256 KiB', () => {
    expect(lint(sized(262_144))).toEqual([]);
  });
});

describe('too-many-properties', () => {
  it('reports 151 top-level properties at /properties, once', () => {
    const findings = lint(minimalSchema({ properties: manyProperties(151) }));
    expect(summary(findings)).toEqual([{ rule: 'too-many-properties', severity: 'error', pointer: '/properties' }]);
    expect(findings[0]!.message).toContain('151');
  });

  it('accepts 150, and does not count nested properties', () => {
    expect(lint(minimalSchema({ properties: manyProperties(150) }))).toEqual([]);
    expect(lint(minimalSchema({ properties: { o: { type: 'object', properties: manyProperties(200) } } }))).toEqual([]);
  });
});

describe('unsupported-type', () => {
  it('finds types nested in properties, items, definitions, combinators and type lists', () => {
    const doc = minimalSchema({
      properties: {
        a: { type: 'object', properties: { b: { type: 'array', items: { type: ['string', 'text'] } } } },
        c: { anyOf: [{ type: 'string' }, { type: 'int' }] },
        d: { $ref: '#/definitions/deep' },
      },
      definitions: { deep: { type: 'object', properties: { e: { not: { type: 'float' } } } } },
    });
    expect(summary(lint(doc))).toEqual([
      { rule: 'unsupported-type', severity: 'error', pointer: '/properties/a/properties/b/items/type/1' },
      { rule: 'unsupported-type', severity: 'error', pointer: '/properties/c/anyOf/1/type' },
      { rule: 'unsupported-type', severity: 'error', pointer: '/definitions/deep/properties/e/not/type' },
    ]);
  });

  it('suggests the intended type', () => {
    const [f] = lint(minimalSchema({ properties: { a: { type: 'text' } } }));
    expect(f!.message).toContain('did you mean string?');
  });

  it('does not mistake a property named "type" for the keyword', () => {
    expect(
      lint(minimalSchema({ properties: { type: { type: 'string' }, items: { type: 'string', enum: ['text'] } } })),
    ).toEqual([]);
  });
});

describe('required-not-in-properties', () => {
  it('points at the undeclared name in required', () => {
    expect(summary(lint(minimalSchema({ required: ['a', 'b'] })))).toEqual([
      { rule: 'required-not-in-properties', severity: 'error', pointer: '/required/1' },
    ]);
  });

  it('checks nested closed objects, not open ones', () => {
    const closed = {
      type: 'object',
      additionalProperties: false,
      properties: { x: { type: 'string' } },
      required: ['y'],
    };
    const open = { type: 'object', required: ['y'] };
    expect(summary(lint(minimalSchema({ properties: { c: closed, o: open } })))).toEqual([
      { rule: 'required-not-in-properties', severity: 'error', pointer: '/properties/c/required/0' },
    ]);
  });

  it('accepts declared names', () => {
    expect(lint(minimalSchema({ required: ['a'] }))).toEqual([]);
  });
});

describe('deprecated-not-in-properties', () => {
  it('points at the undeclared deprecated field', () => {
    expect(summary(lint(minimalSchema({ 'x-cxone-deprecated-fields': ['a', 'gone'] })))).toEqual([
      { rule: 'deprecated-not-in-properties', severity: 'error', pointer: '/x-cxone-deprecated-fields/1' },
    ]);
  });

  it('accepts a deprecated field that is still declared', () => {
    expect(lint(minimalSchema({ 'x-cxone-deprecated-fields': ['a'] }))).toEqual([]);
  });
});

describe('additional-properties-not-false', () => {
  it('reports a missing or non-false top-level additionalProperties, once', () => {
    const missing = minimalSchema();
    delete missing.additionalProperties;
    expect(summary(lint(missing))).toEqual([
      { rule: 'additional-properties-not-false', severity: 'error', pointer: '/additionalProperties' },
    ]);
    expect(summary(lint(minimalSchema({ additionalProperties: true })))).toEqual([
      { rule: 'additional-properties-not-false', severity: 'error', pointer: '/additionalProperties' },
    ]);
    expect(summary(lint(minimalSchema({ additionalProperties: { type: 'string' } })))).toEqual([
      { rule: 'additional-properties-not-false', severity: 'error', pointer: '/additionalProperties' },
    ]);
  });

  it('does not require it on nested objects', () => {
    expect(lint(minimalSchema({ properties: { o: { type: 'object', additionalProperties: true } } }))).toEqual([]);
  });
});

describe('invalid-version', () => {
  it.each([
    ['1.0', ''],
    ['v1.0.0', 'write "1.0.0"'],
    [' 1.0.0', 'write "1.0.0"'],
    ['01.0.0', ''],
    [1, ''],
  ])('reports %j at /cxoneVersion', (version, hint) => {
    const findings = lint(minimalSchema({ cxoneVersion: version }));
    expect(summary(findings)).toEqual([{ rule: 'invalid-version', severity: 'error', pointer: '/cxoneVersion' }]);
    expect(findings[0]!.message).toContain(hint);
  });

  it('reports a missing cxoneVersion as this rule, not as schema-invalid', () => {
    const doc = minimalSchema();
    delete doc.cxoneVersion;
    expect(summary(lint(doc))).toEqual([{ rule: 'invalid-version', severity: 'error', pointer: '/cxoneVersion' }]);
  });

  it('accepts semver with pre-release and build metadata', () => {
    expect(lint(minimalSchema({ cxoneVersion: '2.0.0-rc.1+build.5' }))).toEqual([]);
  });
});

describe('schema-invalid', () => {
  it('reports a missing platform field on the document', () => {
    const doc = minimalSchema();
    delete doc.properties;
    const findings = lint(doc);
    expect(summary(findings).filter((f) => f.rule === 'schema-invalid')).toEqual([
      { rule: 'schema-invalid', severity: 'error', pointer: '' },
    ]);
    expect(findings.find((f) => f.rule === 'schema-invalid')!.message).toContain("'properties'");
  });

  it('takes a schema without description or type, as the platform does (issue 14: what the platform holds, the repo can hold)', () => {
    const doc = minimalSchema();
    delete doc.description;
    delete doc.type;
    expect(summary(lint(doc)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a keyword with the wrong kind of value where it is', () => {
    const findings = lint(
      minimalSchema({ properties: { a: { type: 'string', minLength: -1 }, b: { type: 'array', items: 5 } } }),
    );
    expect(summary(findings)).toEqual([
      { rule: 'schema-invalid', severity: 'error', pointer: '/properties/a/minLength' },
      { rule: 'schema-invalid', severity: 'error', pointer: '/properties/b/items' },
    ]);
    expect(findings[1]!.message).toBe(
      '/properties/b/items must match one of: must be object,boolean; or must be array',
    );
  });

  it('reports a $schema other than draft-07 (once: schema-dialect says which dialect, see dialect.test.ts)', () => {
    expect(summary(lint(minimalSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema' })))).toEqual([
      { rule: 'schema-dialect', severity: 'error', pointer: '/$schema' },
    ]);
  });

  it('says nothing that a specific rule already said', () => {
    const findings = lint(
      minimalSchema({
        type: 'objekt',
        cxoneVersion: '1',
        additionalProperties: 'no',
        properties: { a: { type: ['string', 'text'] }, ...manyProperties(151) },
      }),
    );
    expect(ofRule(findings, 'schema-invalid')).toEqual([]);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'additional-properties-not-false',
      'invalid-version',
      'too-many-properties',
      'unsupported-type',
      'unsupported-type',
    ]);
  });

  it('accepts the fixture', () => {
    expect(lint(validSchema())).toEqual([]);
  });
});

describe('schema-compile', () => {
  it('reports a $ref that resolves to nothing, at the $ref', () => {
    const findings = lint(minimalSchema({ properties: { a: { $ref: '#/definitions/missing' } } }));
    expect(summary(findings)).toEqual([{ rule: 'schema-compile', severity: 'error', pointer: '/properties/a/$ref' }]);
  });

  it('reports an external $ref', () => {
    const findings = lint(minimalSchema({ properties: { a: { $ref: 'common.json#/definitions/id' } } }));
    expect(summary(findings)).toEqual([{ rule: 'schema-compile', severity: 'error', pointer: '/properties/a/$ref' }]);
    expect(findings[0]!.message).toContain('outside this file');
  });

  it('reports an invalid pattern and patternProperties key', () => {
    const findings = lint(
      minimalSchema({
        properties: {
          a: { type: 'string', pattern: '([a-z]+' },
          m: { type: 'object', patternProperties: { '^x\\_': { type: 'string' } } },
        },
      }),
    );
    expect(summary(findings)).toEqual([
      { rule: 'schema-compile', severity: 'error', pointer: '/properties/a/pattern' },
      { rule: 'schema-compile', severity: 'error', pointer: '/properties/m/patternProperties/^x\\_' },
    ]);
  });

  it('resolves refs under a $id by the draft-07 rules, and reports what it cannot resolve', () => {
    const findings = lint(
      minimalSchema({ $id: 'https://example.com/e.json', properties: { a: { $ref: '#/definitions/missing' } } }),
    );
    expect(summary(findings)).toEqual([{ rule: 'schema-compile', severity: 'error', pointer: '/properties/a/$ref' }]);
    expect(findings[0]!.message).toContain('points to nothing: /definitions/missing does not exist');
  });

  it('accepts resolvable refs and valid patterns (the fixture has both)', () => {
    expect(lint(validSchema())).toEqual([]);
    expect(
      lint(
        minimalSchema({
          $id: 'https://example.com/e.json',
          definitions: { d: { type: 'string' } },
          properties: { a: { $ref: '#/definitions/d' } },
        }),
      ),
    ).toEqual([]);
  });
});

describe('example-invalid', () => {
  it('reports each example the schema rejects, with the reason', () => {
    const doc = minimalSchema({
      properties: { a: { type: 'string' }, n: { type: 'integer' } },
      required: ['a'],
      examples: [{ a: 'ok' }, { a: 'x', n: 'five' }, { n: 1 }],
    });
    const findings = lint(doc);
    expect(summary(findings)).toEqual([
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/1/n' },
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/2' },
    ]);
    expect(findings[0]!.message).toContain('event/n must be integer');
    expect(findings[1]!.message).toContain("must have required property 'a'");
  });

  it('reports each problem of an example on its own, at its value; an enum miss suggests the value meant', () => {
    const doc = minimalSchema({
      properties: {
        tier: { type: 'string', enum: ['bronze', 'gold'] },
        n: { type: 'integer' },
        at: { type: 'string', format: 'date' },
        ip: { type: 'string', format: 'ipv4' },
      },
      examples: [
        { tier: 'golf', n: 'x', at: '2027-02-29', ip: '10.0.0.256' },
        { tier: 'gold', n: 1, at: '2028-02-29', ip: '10.0.0.1' },
      ],
    });
    const findings = lint(doc);
    expect(summary(findings).map((f) => f.pointer)).toEqual([
      '/examples/0/tier',
      '/examples/0/n',
      '/examples/0/at',
      '/examples/0/ip',
    ]);
    expect(findings[0]!.message).toBe(
      'example 0 does not validate against the schema: event/tier must be equal to one of the allowed values: "bronze", "gold" (did you mean "gold"?)',
    );
    expect(findings[2]!.message).toContain('event/at must match format "date"');
  });

  it('folds an example problem as the meta check does: a failed anyOf once, a misspelt key with the one meant', () => {
    const doc = minimalSchema({
      properties: { id: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, customer_id: { type: 'string' } },
      required: ['customer_id'],
      examples: [{ id: true, custmer_id: 'c' }],
    });
    const findings = lint(doc);
    const at = (pointer: string) => findings.filter((f) => f.pointer === pointer).map((f) => f.message);
    expect(findings).toHaveLength(2);
    expect(at('/examples/0/id')).toEqual([
      'example 0 does not validate against the schema: event/id must match one of: must be string; or must be integer',
    ]);
    expect(at('/examples/0/custmer_id')).toEqual([
      'example 0 does not validate against the schema: event/custmer_id is not an allowed property (did you mean "customer_id"?)',
    ]);
  });

  it('a format no validator knows is not asserted, and logs nothing', () => {
    expect(
      lint(
        minimalSchema({ properties: { a: { type: 'string', format: 'color' } }, examples: [{ a: 'not a colour' }] }),
      ),
    ).toEqual([]);
  });

  it('validates examples through $refs and closed objects', () => {
    const doc = validSchema();
    (doc.examples as Record<string, unknown>[])[0]!.customer = { id: 'c-1', tier: 'diamond' };
    const findings = lint(doc);
    expect(summary(findings)).toEqual([
      { rule: 'example-invalid', severity: 'error', pointer: '/examples/0/customer/tier' },
    ]);
    expect(findings[0]!.message).toContain('event/customer/tier must be equal to one of the allowed values');
  });
});

describe('example-unchecked', () => {
  /** One validation of the deep example evaluates about 3^links subschemas. */
  const chain = (links: number) => {
    let example: unknown = 'abc';
    for (let i = 0; i < links; i++) example = { x: example };
    return minimalSchema({
      properties: { p: lastLink(links) },
      definitions: tripledDefinitions(links),
      examples: [{ p: example }],
    });
  };

  it('does not validate examples against a schema whose validation could take exponential time, and says so', () => {
    const findings = lint(chain(40));
    expect(summary(findings)).toEqual([{ rule: 'example-unchecked', severity: 'warning', pointer: '/examples' }]);
    expect(findings[0]!.message).toContain('over 5,000,000 times');
  });

  it('still validates the examples of a short chain of the same shape', () => {
    expect(summary(lint(chain(3))).map((f) => f.rule)).toEqual(['example-invalid']);
  });
});
