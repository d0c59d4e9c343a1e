// Issue 12, "dialects": a schema is read by the rules of the `$schema` it declares. Draft-06 rows
// are grounded by ajv with the draft-06 meta-schema, except where ajv applies a draft-07 keyword
// draft-06 does not have (`if`): those, and every draft-04 row (no draft-04 validator is
// installed), are grounded by each schema's meaning written out by hand from that draft's text.
// 2019-09 and 2020-12 are refused (breaking, not compared); their rows are grounded by ajv's own
// 2019/2020 classes, showing the break that reading them as draft-07 would miss.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { semanticsTable } from './harness.js';
import { byHand, isObject, isolatedAjv } from './validators.js';

const D04 = 'http://json-schema.org/draft-04/schema#';
const D06 = 'http://json-schema.org/draft-06/schema#';
const D07 = 'http://json-schema.org/draft-07/schema#';
const num = (e: unknown): e is number => typeof e === 'number';

// Draft-04: `exclusiveMinimum: true` makes `minimum` exclusive; `id` is the identifier keyword.
const d04Exclusive = { $schema: D04, type: 'number', minimum: 5, exclusiveMinimum: true };
const d04Inclusive = { $schema: D04, type: 'number', minimum: 5 };
const d04MaxExclusive = { $schema: D04, type: 'number', maximum: 10, exclusiveMaximum: true };
const d07MaxExclusive = { $schema: D07, type: 'number', exclusiveMaximum: 10 };
const d04FlagFalse = { $schema: D04, type: 'number', minimum: 5, exclusiveMinimum: false };
const d04Id = (t: string) => ({ $schema: D04, id: 'http://example.com/d4.json', type: 'object', definitions: { a: { id: '#foo', type: t } }, properties: { p: { $ref: '#foo' } } });
const [d04IdString, d04IdInteger] = [d04Id('string'), d04Id('integer')];
const pOf = (pred: (v: unknown) => boolean) => (e: unknown) => isObject(e) && (!('p' in e) || pred(e.p));
// Draft-04 has no `const`: a validator ignores it.
const d04Const = { $schema: D04, type: 'string', const: 'a' };
const d04String = { $schema: D04, type: 'string' };

// Draft-06 has no `if`/`then`/`else` (ajv would apply them): written out by hand.
const d06If = { $schema: D06, type: 'string', if: { maxLength: 1 }, then: false };
const d06Plain = { $schema: D06, type: 'string' };
const d07If = { $schema: D07, type: 'string', if: { maxLength: 1 }, then: false };

semanticsTable('draft-04 is read by draft-04 rules (grounded by hand: no draft-04 validator is installed)', [
  {
    name: 'minimum 5 + exclusiveMinimum true -> minimum 5 widens',
    old: d04Exclusive,
    new: d04Inclusive,
    backward: true,
    forward: false,
    witness: { forward: 5 },
    validate: byHand([[d04Exclusive, (e) => num(e) && e > 5], [d04Inclusive, (e) => num(e) && e >= 5]]),
  },
  {
    name: 'minimum 5 -> minimum 5 + exclusiveMinimum true narrows',
    old: d04Inclusive,
    new: d04Exclusive,
    backward: false,
    forward: true,
    witness: { backward: 5 },
    validate: byHand([[d04Exclusive, (e) => num(e) && e > 5], [d04Inclusive, (e) => num(e) && e >= 5]]),
  },
  {
    name: 'draft-04 exclusive maximum -> the same bound in draft-07 is no change',
    old: d04MaxExclusive,
    new: d07MaxExclusive,
    backward: true,
    forward: true,
    validate: byHand([[d04MaxExclusive, (e) => num(e) && e < 10], [d07MaxExclusive, (e) => num(e) && e < 10]]),
  },
  {
    name: 'exclusiveMinimum false is no constraint',
    old: d04FlagFalse,
    new: d04Inclusive,
    backward: true,
    forward: true,
    validate: byHand([[d04FlagFalse, (e) => num(e) && e >= 5], [d04Inclusive, (e) => num(e) && e >= 5]]),
  },
  {
    name: '`id` scopes and anchors: the target behind "#foo" changes type',
    old: d04IdString,
    new: d04IdInteger,
    backward: false,
    forward: false,
    witness: { backward: { p: 'a' }, forward: { p: 1 } },
    validate: byHand([[d04IdString, pOf((v) => typeof v === 'string')], [d04IdInteger, pOf((v) => Number.isInteger(v))]]),
  },
  {
    name: '`const` is not a draft-04 keyword: removing it is no change',
    old: d04Const,
    new: d04String,
    backward: true,
    forward: true,
    validate: byHand([[d04Const, (e) => typeof e === 'string'], [d04String, (e) => typeof e === 'string']]),
  },
]);

semanticsTable('draft-06 is read by draft-06 rules', [
  {
    name: '`if`/`then` are not draft-06 keywords: removing them is no change (by hand: ajv would apply them)',
    old: d06If,
    new: d06Plain,
    backward: true,
    forward: true,
    validate: byHand([[d06If, (e) => typeof e === 'string'], [d06Plain, (e) => typeof e === 'string']]),
  },
  {
    name: 'the same `if`/`then` declared draft-07 is a constraint: moving to it narrows',
    old: d06Plain,
    new: d07If,
    backward: false,
    forward: true,
    witness: { backward: 'a' },
    validate: byHand([[d06Plain, (e) => typeof e === 'string'], [d07If, (e) => typeof e === 'string' && [...e].length > 1]]),
  },
  {
    name: 'const (a draft-06 keyword) widened to an enum (ajv with the draft-06 meta-schema)',
    old: { $schema: D06, type: 'string', const: 'a' },
    new: { $schema: D06, type: 'string', enum: ['a', 'b'] },
    backward: true,
    forward: false,
    witness: { forward: 'b' },
    validate: isolatedAjv(),
  },
  {
    name: 'numeric exclusiveMinimum added in draft-06 (ajv with the draft-06 meta-schema)',
    old: { $schema: D06, type: 'number' },
    new: { $schema: D06, type: 'number', exclusiveMinimum: 0 },
    backward: false,
    forward: true,
    witness: { backward: 0 },
    validate: isolatedAjv(),
  },
]);

semanticsTable('a dialect we do not read is refused, never read as draft-07 (grounded by ajv 2019/2020)', [
  {
    name: '2020-12 prefixItems (ignored by draft-07) narrows the first item',
    old: { type: 'array', items: { type: 'string' } },
    new: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'integer' }], items: { type: 'string' } },
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
      expect(brief({ $schema: uri, minimum: 1, exclusiveMinimum: true }, { $schema: uri, minimum: 1 }).map((c) => c.split(' ')[0])).not.toContain('keyword-changed');
    }
    expect(brief({ $schema: 'https://json-schema.org/draft-06/schema', if: { type: 'string' }, then: false }, { $schema: 'https://json-schema.org/draft-06/schema' })).toEqual([]);
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
    const old = { $schema: D04, type: 'object', properties: { n: { type: 'number', maximum: 10, exclusiveMaximum: true } } };
    const next = { $schema: D04, type: 'object', properties: { n: { type: 'number', maximum: 9, exclusiveMaximum: true } } };
    expect(brief(old, next).every((c) => c.includes('/properties/n/'))).toBe(true);
    expect(brief(old, next)).not.toEqual([]);
  });
});
