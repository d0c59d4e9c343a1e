import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/evolution/change.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { judgeChanges } from '../../../src/evolution/judge.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import { findWitness } from '../../../src/evolution/witness/index.js';

// Our own judge, independent of the module's: formats are not validated there either.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
const valid = (schema: unknown, event: unknown) => ajv.validate(schema as object, event);

/** Every backward-breaking change the engine reports for the pair gets a verified witness; returns them. */
function witnessesFor(oldDoc: unknown, newDoc: unknown): { change: Change; event: unknown }[] {
  const changes = compareSchemas(oldDoc, newDoc).filter(breaksBackward);
  expect(changes.length, 'the engine reports a breaking change').toBeGreaterThan(0);
  return changes.map((change) => ({ change, event: verified(oldDoc, newDoc, change) }));
}

/** The witness for one change, checked: valid under the old document, invalid under the new one. */
function verified(oldDoc: unknown, newDoc: unknown, change: Change): unknown {
  const w = findWitness(oldDoc, newDoc, change);
  if (!w.found) throw new Error(`no witness for ${change.kind} at ${change.oldPointer}: ${w.reason}`);
  expect(valid(oldDoc, w.event), 'the live schema accepts the witness').toBe(true);
  expect(valid(newDoc, w.event), 'the new schema rejects the witness').toBe(false);
  expect(JSON.parse(JSON.stringify(w.event))).toEqual(w.event); // plain JSON
  return w.event;
}

/** A change made by hand (pins the targeting independently of the engine's pointers). */
function change(kind: Change['kind'], oldPointer: string, pointer = oldPointer, extra: Partial<Change> = {}): Change {
  return { kind, oldPointer, pointer, message: kind, ...extra };
}

const str = () => ({ type: 'string' });
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const event = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'InteractionEnded',
  cxoneVersion: '1.0.0',
  'x-cxone-deprecated-fields': [],
  ...obj(properties, { additionalProperties: false, ...extra }),
});

describe('witnesses of breaking changes reported by the engine', () => {
  it('type narrowed: a value of the dropped type', () => {
    const [w] = witnessesFor(event({ d: { type: ['integer', 'null'] } }), event({ d: { type: 'integer' } }));
    expect(w!.event).toEqual({ d: null });
  });

  it('number narrowed to integer: a fraction', () => {
    const [w] = witnessesFor(event({ n: { type: 'number' } }), event({ n: { type: 'integer' } }));
    expect(Number.isInteger((w!.event as { n: number }).n)).toBe(false);
  });

  it('nested property type changed, under required parents', () => {
    const shape = (t: string) =>
      event(
        {
          id: str(),
          interaction: obj(
            { channel: { enum: ['voice', 'chat'] }, duration_seconds: { type: t } },
            { required: ['channel', 'duration_seconds'] },
          ),
        },
        { required: ['id', 'interaction'] },
      );
    const [w] = witnessesFor(shape('integer'), shape('string'));
    expect(w!.event).toMatchObject({
      id: expect.any(String),
      interaction: { channel: 'voice', duration_seconds: expect.any(Number) },
    });
  });

  it('property removed from a closed model: an event carrying it', () => {
    const [w] = witnessesFor(
      event({ id: str(), legacy_ref: str() }, { required: ['id'] }),
      event({ id: str() }, { required: ['id'] }),
    );
    expect(w!.event).toHaveProperty('legacy_ref');
  });

  it('required added: an event without the member', () => {
    const [w] = witnessesFor(
      event({ id: str(), tier: str() }, { required: ['id'] }),
      event({ id: str(), tier: str() }, { required: ['id', 'tier'] }),
    );
    expect(w!.event).not.toHaveProperty('tier');
  });

  it('maxLength decreased: a string longer than the new limit, within the old one and its pattern', () => {
    const s = (max: number) => event({ code: { type: 'string', pattern: '^[a-z]+$', maxLength: max } });
    const [w] = witnessesFor(s(20), s(10));
    const code = (w!.event as { code: string }).code;
    expect(code.length).toBeGreaterThan(10);
    expect(code.length).toBeLessThanOrEqual(20);
  });

  it('maximum decreased: a number between the two maxima', () => {
    const [w] = witnessesFor(
      event({ amount: { type: 'number', maximum: 100 } }),
      event({ amount: { type: 'number', maximum: 50 } }),
    );
    const amount = (w!.event as { amount: number }).amount;
    expect(amount > 50 && amount <= 100).toBe(true);
  });

  it('minimum added: a number below it', () => {
    const [w] = witnessesFor(event({ n: { type: 'integer' } }), event({ n: { type: 'integer', minimum: 0 } }));
    expect((w!.event as { n: number }).n).toBeLessThan(0);
  });

  it('exclusiveMaximum decreased and multipleOf changed', () => {
    witnessesFor(
      event({ v: { type: 'number', exclusiveMaximum: 10 } }),
      event({ v: { type: 'number', exclusiveMaximum: 5 } }),
    );
    witnessesFor(event({ v: { type: 'integer', multipleOf: 5 } }), event({ v: { type: 'integer', multipleOf: 10 } }));
  });

  it('enum narrowed: the removed value', () => {
    const [w] = witnessesFor(
      event({ tier: { enum: ['gold', 'silver', 'bronze'] } }),
      event({ tier: { enum: ['gold', 'silver'] } }),
    );
    expect(w!.event).toEqual({ tier: 'bronze' });
  });

  it('const changed: the old constant', () => {
    const [w] = witnessesFor(event({ v: { const: 1 } }), event({ v: { const: 2 } }));
    expect(w!.event).toEqual({ v: 1 });
  });

  it('pattern added: a string outside it', () => {
    witnessesFor(event({ sku: str() }), event({ sku: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' } }));
  });

  it('additionalProperties closed: an event with an undeclared member', () => {
    const [w] = witnessesFor(obj({ id: str() }), obj({ id: str() }, { additionalProperties: false }));
    expect(Object.keys(w!.event as object)).not.toEqual([]);
  });

  it('additionalProperties schema and patternProperties values changed', () => {
    witnessesFor(
      obj({ a: str() }, { additionalProperties: { type: 'string' } }),
      obj({ a: str() }, { additionalProperties: { type: 'integer' } }),
    );
    witnessesFor(
      obj({}, { patternProperties: { '^x-': { type: 'string' } } }),
      obj({}, { patternProperties: { '^x-': { type: 'integer' } } }),
    );
  });

  it('items type changed: an array with an old-typed element', () => {
    const [w] = witnessesFor(
      event({ tags: { type: 'array', items: str() } }),
      event({ tags: { type: 'array', items: { type: 'integer' } } }),
    );
    expect((w!.event as { tags: unknown[] }).tags.length).toBeGreaterThan(0);
  });

  it('a change inside array elements that are objects, and inside a tuple', () => {
    const list = (t: string) =>
      event(
        {
          list: {
            type: 'array',
            minItems: 2,
            items: obj({ id: { type: t }, n: { type: 'integer' } }, { required: ['id', 'n'] }),
          },
        },
        { required: ['list'] },
      );
    witnessesFor(list('string'), list('integer'));
    witnessesFor(
      event({ t: { type: 'array', items: [str(), { type: 'number' }] } }),
      event({ t: { type: 'array', items: [str(), { type: 'integer' }] } }),
    );
  });

  it('maxItems decreased: an array of the old maximum', () => {
    const a = (max: number) => event({ tags: { type: 'array', items: str(), maxItems: max } });
    const [w] = witnessesFor(a(5), a(3));
    expect((w!.event as { tags: unknown[] }).tags.length).toBeGreaterThan(3);
  });

  it('uniqueItems added: duplicates; maxItems decreased under uniqueItems: distinct elements', () => {
    witnessesFor(
      event({ t: { type: 'array', items: str() } }),
      event({ t: { type: 'array', items: str(), uniqueItems: true } }),
    );
    const u = (max: number, items: unknown) =>
      event({ t: { type: 'array', items, uniqueItems: true, minItems: 2, maxItems: max } }, { required: ['t'] });
    witnessesFor(
      u(8, { type: 'integer', minimum: 10, multipleOf: 5 }),
      u(6, { type: 'integer', minimum: 10, multipleOf: 5 }),
    );
    witnessesFor(u(8, { type: 'string', pattern: '^[a-z]{3}$' }), u(6, { type: 'string', pattern: '^[a-z]{3}$' }));
  });

  it('oneOf gains a branch overlapping an old one: an event matching both', () => {
    const [w] = witnessesFor(
      { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] },
    );
    expect(typeof w!.event).toBe('number');
  });

  it('a widening inside a oneOf branch that overlaps a sibling (exclusive)', () => {
    const ws = witnessesFor(
      {
        oneOf: [
          { type: 'string', maxLength: 5 },
          { type: 'string', minLength: 10 },
        ],
      },
      {
        oneOf: [
          { type: 'string', maxLength: 12 },
          { type: 'string', minLength: 10 },
        ],
      },
    );
    expect(ws.some((w) => w.change.exclusive)).toBe(true);
  });

  it('a change in one branch of a discriminated oneOf: an event of that branch', () => {
    const branch = (kind: string, max: number) =>
      obj(
        { kind: { const: kind }, y: { type: 'integer', maximum: max } },
        { required: ['kind', 'y'], additionalProperties: false },
      );
    const [w] = witnessesFor(
      { oneOf: [branch('a', 100), branch('b', 10)] },
      { oneOf: [branch('a', 100), branch('b', 5)] },
    );
    expect(w!.event).toMatchObject({ kind: 'b' });
  });

  it('a change inside a $ref-ed definition, reached through the properties that use it', () => {
    const shape = (zipMax: number) => ({
      ...event(
        { billing: { $ref: '#/definitions/Address' }, shipping: { $ref: '#/definitions/Address' } },
        { required: ['billing'] },
      ),
      definitions: { Address: obj({ zip: { type: 'string', maxLength: zipMax } }, { required: ['zip'] }) },
    });
    const [w] = witnessesFor(shape(10), shape(5));
    expect(w!.change.oldPointer).toMatch(/^\/definitions\/Address\//);
  });

  it('definitions reached from a root $ref, through another definition and through array items', () => {
    const doc = (tiers: string[], max: number) => ({
      $ref: '#/definitions/Event',
      definitions: {
        Event: obj(
          {
            customer: { $ref: '#/definitions/Customer' },
            items: { type: 'array', items: { $ref: '#/definitions/Item' } },
          },
          { required: ['customer', 'items'], additionalProperties: false },
        ),
        Customer: obj({ tier: { enum: tiers } }, { required: ['tier'] }),
        Item: obj({ price: { type: 'number', maximum: max } }, { required: ['price'] }),
      },
    });
    expect(witnessesFor(doc(['gold', 'silver', 'bronze'], 1000), doc(['gold', 'silver'], 100))).toHaveLength(2);
  });

  it('a change under `not` (its effect inverted)', () => {
    const ws = witnessesFor(
      event({ s: { type: 'string', not: { maxLength: 5 } } }),
      event({ s: { type: 'string', not: { maxLength: 10 } } }),
    );
    expect(ws[0]!.change.negated).toBe(true);
    witnessesFor(event({ a: { not: { type: 'string' } } }), event({ a: { not: { type: ['string', 'null'] } } }));
  });

  it('a change in then of an if/then/else: an event that meets the condition', () => {
    const pay = (req: string[]) =>
      obj(
        { kind: str(), number: str(), cvv: str() },
        { required: ['kind'], if: obj({ kind: { const: 'card' } }, { required: ['kind'] }), then: { required: req } },
      );
    const [w] = witnessesFor(pay(['number']), pay(['number', 'cvv']));
    expect(w!.event).toMatchObject({ kind: 'card' });
  });

  it('objects: dependencies, propertyNames, maxProperties', () => {
    const deps = (d: string[]) => obj({ card: str(), billing: str(), cvv: str() }, { dependencies: { card: d } });
    witnessesFor(deps(['billing']), deps(['billing', 'cvv']));
    witnessesFor(obj({}), obj({}, { propertyNames: { pattern: '^[a-z]+$' } }));
    witnessesFor(obj({}, { propertyNames: { maxLength: 10 } }), obj({}, { propertyNames: { maxLength: 3 } }));
    witnessesFor(obj({ a: str() }, { maxProperties: 3 }), obj({ a: str() }, { maxProperties: 1 }));
  });

  it('an undeclared member named as propertyNames allows (its pattern, its enum)', () => {
    const open = (extra: unknown, names: unknown) =>
      obj({ a: str() }, { additionalProperties: extra, propertyNames: names });
    const [w] = witnessesFor(open({ minimum: 2.5 }, { pattern: '^a' }), open({ type: 'string' }, { pattern: '^a' }));
    expect(Object.keys(w!.event as object).every((k) => k.startsWith('a'))).toBe(true);
    witnessesFor(open({ minimum: 2.5 }, { enum: ['a', 'tier'] }), open({ type: 'string' }, { enum: ['a', 'tier'] }));
  });

  it('a node shared by two places (a YAML alias) is found where the new pointer says', () => {
    const s = { type: 'string' }; // one object used twice: the engine reports it at its first place
    const doc = (xType: unknown) =>
      obj(
        {
          p: {
            anyOf: [
              obj({ kind: { const: 'a' }, x: s }, { required: ['kind'] }),
              obj({ kind: { const: 'b' }, x: xType }, { required: ['kind', 'x'] }),
            ],
          },
        },
        { required: ['p'] },
      );
    const [w] = witnessesFor(doc(s), doc({ type: 'integer' }));
    expect(w!.event).toMatchObject({ p: { kind: 'b' } });
  });

  it('every breaking kind example in the kinds table gets a witness, except those no event can show', () => {
    // Not demonstrable with ajv: format is not validated, contentEncoding is an annotation, and
    // pattern-changed's example is in fact a widening the engine cannot prove.
    const noWitness = new Set([
      'format-added',
      'format-changed',
      'keyword-changed',
      'pattern-changed',
      'comparison-incomplete',
    ]);
    return import('../../../src/evolution/kinds/index.js').then(({ KINDS }) => {
      let checked = 0;
      for (const [kind, info] of Object.entries(KINDS)) {
        const { old: o, new: n } = info.example;
        for (const c of compareSchemas(o, n).filter((c) => c.kind === kind && breaksBackward(c))) {
          const w = findWitness(o, n, c);
          if (noWitness.has(kind) || 'witness' in info) continue;
          expect(w.found, `${kind}: ${w.found ? '' : w.reason}`).toBe(true);
          if (w.found) {
            expect(valid(o, w.event) && !valid(n, w.event), kind).toBe(true);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(40);
    });
  });
});

describe('attribution: in a version with several changes, each witness shows its own change', () => {
  // New version: tier becomes required, duration becomes an integer, channel loses "sms", and
  // the nested customer object is closed. The witness of each change must be rejected because of
  // that change: the new schema with just that change undone accepts it.
  const base = (o: { tierRequired: boolean; duration: string; channels: string[]; closed: boolean }) =>
    event(
      {
        id: str(),
        tier: str(),
        duration: { type: o.duration },
        channel: { enum: o.channels },
        customer: obj({ name: str() }, { required: ['name'], ...(o.closed ? { additionalProperties: false } : {}) }),
      },
      { required: o.tierRequired ? ['id', 'tier'] : ['id'] },
    );
  const oldDoc = base({ tierRequired: false, duration: 'number', channels: ['voice', 'chat', 'sms'], closed: false });
  const next = { tierRequired: true, duration: 'integer', channels: ['voice', 'chat'], closed: true };
  const newDoc = base(next);
  const undo: [RegExp, unknown][] = [
    [/^\/required/, base({ ...next, tierRequired: false })],
    [/^\/properties\/tier/, base({ ...next, tierRequired: false })],
    [/^\/properties\/duration/, base({ ...next, duration: 'number' })],
    [/^\/properties\/channel/, base({ ...next, channels: ['voice', 'chat', 'sms'] })],
    [/^\/properties\/customer/, base({ ...next, closed: false })],
  ];

  it('each witness is accepted once its own change is undone', () => {
    const ws = witnessesFor(oldDoc, newDoc);
    expect(ws.length).toBeGreaterThanOrEqual(4);
    for (const { change: c, event: e } of ws) {
      const undone = undo.find(([re]) => re.test(c.pointer))?.[1];
      expect(undone, `a revert for ${c.pointer}`).toBeDefined();
      expect(valid(undone, e), `${c.kind}: ${JSON.stringify(e)}`).toBe(true);
    }
  });
});

describe('targeting from hand-made pointers', () => {
  const oldDoc = event(
    { id: str(), tier: str(), tags: { type: 'array', items: [str()], additionalItems: str() } },
    { required: ['id'] },
  );

  it('required added, whatever the pointer names: /required, /required/1, the property', () => {
    const newDoc = event(
      { id: str(), tier: str(), tags: { type: 'array', items: [str()], additionalItems: str() } },
      { required: ['id', 'tier'] },
    );
    for (const p of ['/required', '/required/1', '/properties/tier'])
      expect(verified(oldDoc, newDoc, change('required-added', p))).not.toHaveProperty('tier');
  });

  it('a property the old document lacks (added to an open model with a type)', () => {
    const o = obj({ id: str() });
    const n = obj({ id: str(), tier: { type: 'integer' } });
    expect(verified(o, n, change('property-added-to-open-content-model', '/properties/tier'))).toHaveProperty('tier');
  });

  it('additionalItems of a tuple', () => {
    const newDoc = event(
      { id: str(), tier: str(), tags: { type: 'array', items: [str()], additionalItems: { type: 'integer' } } },
      { required: ['id'] },
    );
    const e = verified(oldDoc, newDoc, change('type-changed', '/properties/tags/additionalItems/type')) as {
      tags: unknown[];
    };
    expect(e.tags.length).toBeGreaterThan(1);
  });

  it('a oneOf branch that exists only in the new document', () => {
    const o = {
      oneOf: [
        obj({ kind: { const: 'a' } }, { required: ['kind'] }),
        obj({ kind: { const: 'b' } }, { required: ['kind'] }),
      ],
    };
    const n = { oneOf: [...o.oneOf, obj({ id: str() }, { required: ['id'] })] };
    const e = verified(o, n, change('one-of-overlapping-member-added', '/oneOf/2', '/oneOf/2', { exclusive: true }));
    expect(e).toHaveProperty('id');
  });

  it('contains added', () => {
    const e = verified(
      event({ t: { type: 'array' } }),
      event({ t: { type: 'array', contains: { const: 'x' } } }),
      change('contains-added', '/properties/t', '/properties/t/contains'),
    );
    expect(e).toHaveProperty('t');
  });

  it('keys named __proto__ and constructor are own members of the witness', () => {
    // computed keys: real property names, not the prototype
    const o = obj({ ['__proto__']: str(), constructor: str() }, { required: ['__proto__', 'constructor'] });
    const n = obj(
      { ['__proto__']: str(), constructor: { type: 'integer' } },
      { required: ['__proto__', 'constructor'] },
    );
    const e = verified(o, n, change('type-changed', '/properties/constructor/type')) as object;
    expect(Object.prototype.hasOwnProperty.call(e, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
  });
});

describe('no witness: the reason says why', () => {
  it('a compatible change passed by mistake', () => {
    const o = event({ s: { type: 'string', maxLength: 5 } });
    const n = event({ s: { type: 'string', maxLength: 10 } });
    const w = findWitness(o, n, change('max-length-increased', '/properties/s/maxLength'));
    expect(w.found).toBe(false);
    if (!w.found)
      expect(w.reason).toMatch(/example events the live schema accepted are accepted by the new schema too/);
  });

  it('a format no validator knows (ajv ignores it: no event can show it; known formats: ./formats.test.ts)', () => {
    const w = findWitness(
      event({ s: str() }),
      event({ s: { type: 'string', format: 'x-order-id' } }),
      change('format-added', '/properties/s', '/properties/s/format'),
    );
    expect(w).toEqual({
      found: false,
      why: 'impossible',
      reason: 'the validator does not check `format` "x-order-id", so no event can show the difference',
    });
  });

  it('a keyword the validator ignores (an annotation to it)', () => {
    const w = findWitness(
      event({ s: { type: 'string', contentEncoding: 'base64' } }),
      event({ s: { type: 'string', contentEncoding: 'base32' } }),
      change('keyword-changed', '/properties/s/contentEncoding'),
    );
    expect(w).toEqual({
      found: false,
      why: 'impossible',
      reason: 'the validator does not check `contentEncoding`, so no event can show the difference',
    });
  });

  it('a platform keyword (cxoneVersion) changed beside other changes', () => {
    const o = { ...event({ id: str(), legacy: str() }), cxoneVersion: '1.0.0' };
    const n = { ...event({ id: str() }), cxoneVersion: '2.0.0' };
    const w = findWitness(o, n, change('keyword-changed', '/cxoneVersion'));
    expect(w).toEqual({
      found: false,
      why: 'impossible',
      reason: 'the validator does not check `cxoneVersion`, so no event can show the difference',
    });
  });

  it('a schema ajv cannot compile', () => {
    const w = findWitness(
      event({ s: str() }),
      event({ s: { type: 'string', pattern: '(' } }),
      change('pattern-added', '/properties/s', '/properties/s/pattern'),
    );
    expect(w).toEqual({
      found: false,
      why: 'uncompilable',
      reason: expect.stringMatching(/^the new schema could not be compiled: /),
    });
    expect(findWitness('not a schema', {}, change('type-changed', ''))).toEqual({
      found: false,
      why: 'uncompilable',
      reason: expect.stringMatching(/live schema could not be compiled/),
    });
  });

  it('a definition nothing uses', () => {
    const w = findWitness(
      { type: 'object', definitions: { X: str() } },
      { type: 'object', definitions: { X: { type: 'integer' } } },
      change('type-changed', '/definitions/X/type'),
    );
    expect(w).toEqual({
      found: false,
      why: 'impossible',
      reason: expect.stringMatching(/not used by the event schema/),
    });
  });

  it('a live schema no finite event satisfies (a required property that recurses)', () => {
    const doc = (t: string) => ({
      $ref: '#/definitions/A',
      definitions: { A: obj({ child: { $ref: '#/definitions/A' }, v: { type: t } }, { required: ['child'] }) },
    });
    const w = findWitness(doc('string'), doc('integer'), change('type-changed', '/definitions/A/properties/v/type'));
    expect(w).toEqual({ found: false, why: 'not-found', reason: expect.stringMatching(/could be built at all/) });
  });
});

describe('integration with the judge', () => {
  it('attaches the witness to the breaking finding', () => {
    const o = event({ id: str(), legacy_ref: str() });
    const n = event({ id: str() });
    const findings = judgeChanges(compareSchemas(o, n), {
      file: 'e.yaml',
      contract: 'e',
      policy: 'backward',
      oldDoc: o,
      newDoc: n,
    });
    const f = findings.find((x) => x.breaking);
    expect(f?.witness).toBeDefined();
    expect(valid(o, f!.witness) && !valid(n, f!.witness)).toBe(true);
  });
});
