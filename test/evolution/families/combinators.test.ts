// The combinators family (allOf, anyOf, oneOf, not, if/then/else), from semantics: each kind is
// emitted where expected, has the verdicts its meaning implies, and those verdicts are grounded
// with ajv (an event valid under the old schema and invalid under the new one wherever backward
// compatibility is denied, and the reverse for forward).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, ChangeKind } from '../../../src/evolution/change.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { provablyDisjoint } from '../../../src/evolution/families/combinators-disjoint.js';
import { fingerprint, pairMembers, sameSchema } from '../../../src/evolution/families/combinators-match.js';
import { combinatorsKinds } from '../../../src/evolution/kinds/combinators.js';
import { normalize } from '../../../src/evolution/normalize.js';
import { breaksBackward, verdict } from '../../../src/evolution/policy.js';
import { itChecksRows, makeAjv, validUnder, type Row } from './harness.js';

const ajv = makeAjv();
const valid = validUnder(ajv);

/** Forward-breaking under the forward policy, negation and exclusivity included. */
const breaksForward = (c: Change) => verdict(c, 'forward') === 'breaking';

/** A case states its own verdicts; `breaks` is the lost event, `gains` the gained one. */
interface Case extends Row {
  backward: boolean;
  forward: boolean;
}

const card = { properties: { kind: { const: 'card' } }, required: ['kind'] };
const bank = { properties: { kind: { const: 'bank' } }, required: ['kind'] };
const cash = { properties: { kind: { const: 'cash' } }, required: ['kind'] };
/** As members of a list: the `object` type keeps them apart from a `null` member (no fusing). */
const asObject = (member: object) => ({ type: 'object', ...member });
// Reference numbers by prefix: string members that overlap in type, so they are never fused.
const orderRef = { pattern: '^ord_' };
const invoiceRef = { pattern: '^inv_' };
const creditRef = { pattern: '^crn_' };

const CASES: Case[] = [
  {
    name: 'allOf gains a member',
    old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }, { pattern: 'c' }] },
    kind: 'all-of-member-added',
    at: '/allOf/2',
    backward: false,
    forward: true,
    breaks: 'ab',
  },
  {
    name: 'allOf loses a member',
    old: { allOf: [{ pattern: 'c' }, { pattern: '^a' }, { pattern: 'b$' }] },
    new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    kind: 'all-of-member-removed',
    at: '/allOf',
    backward: true,
    forward: false,
    gains: 'ab',
  },
  {
    name: 'anyOf gains a member',
    old: { type: 'string', anyOf: [orderRef, invoiceRef] },
    new: { type: 'string', anyOf: [orderRef, invoiceRef, creditRef] },
    kind: 'any-of-member-added',
    at: '/anyOf/2',
    backward: true,
    forward: false,
    gains: 'crn_1',
  },
  {
    name: 'anyOf loses a member',
    old: { type: 'string', anyOf: [creditRef, orderRef, invoiceRef] },
    new: { type: 'string', anyOf: [orderRef, invoiceRef] },
    kind: 'any-of-member-removed',
    at: '/anyOf',
    oldAt: '/anyOf/0',
    backward: false,
    forward: true,
    breaks: 'crn_1',
  },
  {
    // (Members of pairwise disjoint types alone fuse into one `type` list: here two objects overlap in type.)
    name: 'oneOf gains a member of another type (disjoint)',
    old: { oneOf: [asObject(card), asObject(bank)] },
    new: { oneOf: [asObject(card), asObject(bank), { type: 'null' }] },
    kind: 'one-of-member-added',
    at: '/oneOf/2',
    backward: true,
    forward: false,
    gains: null,
  },
  {
    name: 'oneOf gains a member with its own discriminator value (disjoint)',
    old: { type: 'object', oneOf: [card, bank] },
    new: { type: 'object', oneOf: [card, bank, cash] },
    kind: 'one-of-member-added',
    at: '/oneOf/2',
    backward: true,
    forward: false,
    gains: { kind: 'cash' },
  },
  {
    name: 'oneOf gains a member with its own discriminator value, required by the node',
    old: {
      type: 'object',
      required: ['kind'],
      oneOf: [{ properties: card.properties }, { properties: bank.properties }],
    },
    new: {
      type: 'object',
      required: ['kind'],
      oneOf: [{ properties: card.properties }, { properties: bank.properties }, { properties: cash.properties }],
    },
    kind: 'one-of-member-added',
    at: '/oneOf/2',
    backward: true,
    forward: false,
    gains: { kind: 'cash' },
  },
  {
    name: 'oneOf gains a member overlapping another (integer ⊂ number)',
    old: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    new: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] },
    kind: 'one-of-overlapping-member-added',
    at: '/oneOf/2',
    backward: false,
    forward: false,
    breaks: 1,
    gains: 1.5,
  },
  {
    name: 'oneOf gains a member without the discriminator (overlapping)',
    old: { type: 'object', oneOf: [card, bank] },
    new: { type: 'object', oneOf: [card, bank, { required: ['amount'] }] },
    kind: 'one-of-overlapping-member-added',
    at: '/oneOf/2',
    backward: false,
    forward: false,
    breaks: { kind: 'card', amount: 1 },
    gains: { amount: 1 },
  },
  {
    name: 'oneOf loses a disjoint member',
    old: { oneOf: [asObject(card), asObject(bank), { type: 'null' }] },
    new: { oneOf: [asObject(card), asObject(bank)] },
    kind: 'one-of-member-removed',
    at: '/oneOf',
    oldAt: '/oneOf/2',
    backward: false,
    forward: true,
    breaks: null,
  },
  {
    name: 'oneOf loses an overlapping member',
    old: { type: 'object', oneOf: [card, bank, { required: ['amount'] }] },
    new: { type: 'object', oneOf: [card, bank] },
    kind: 'one-of-overlapping-member-removed',
    at: '/oneOf',
    oldAt: '/oneOf/2',
    backward: false,
    forward: false,
    breaks: { amount: 1 },
    gains: { kind: 'card', amount: 1 },
  },
  {
    name: 'allOf added beside other keywords',
    old: { type: 'string', pattern: '^a' },
    new: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
    kind: 'all-of-added',
    at: '/allOf',
    backward: false,
    forward: true,
    breaks: 'a',
  },
  {
    name: 'allOf removed',
    old: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
    new: { type: 'string', pattern: '^a' },
    kind: 'all-of-removed',
    at: '/allOf',
    backward: true,
    forward: false,
    gains: 'a',
  },
  {
    name: 'anyOf added beside other keywords',
    old: { type: 'string', maxLength: 34 },
    new: { type: 'string', maxLength: 34, anyOf: [orderRef, invoiceRef] },
    kind: 'any-of-added',
    at: '/anyOf',
    backward: false,
    forward: true,
    breaks: 'c',
  },
  {
    name: 'anyOf removed',
    old: { type: 'string', maxLength: 34, anyOf: [orderRef, invoiceRef] },
    new: { type: 'string', maxLength: 34 },
    kind: 'any-of-removed',
    at: '/anyOf',
    backward: true,
    forward: false,
    gains: 'c',
  },
  {
    name: 'oneOf added beside other keywords',
    old: { type: 'string', maxLength: 34 },
    new: { type: 'string', maxLength: 34, oneOf: [orderRef, invoiceRef] },
    kind: 'one-of-added',
    at: '/oneOf',
    backward: false,
    forward: true,
    breaks: 'c',
  },
  {
    name: 'oneOf removed',
    old: { type: 'string', maxLength: 34, oneOf: [orderRef, invoiceRef] },
    new: { type: 'string', maxLength: 34 },
    kind: 'one-of-removed',
    at: '/oneOf',
    backward: true,
    forward: false,
    gains: 'c',
  },
  {
    name: 'allOf -> anyOf',
    old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    new: { anyOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    kind: 'combinator-widened',
    at: '/anyOf',
    backward: true,
    forward: false,
    gains: 'a',
  },
  {
    // (Overlapping, and neither holds the other: oneOf [S, T] with S ⊆ T is T ∧ ¬S.)
    name: 'oneOf over overlapping members -> anyOf',
    old: {
      oneOf: [
        { type: 'string', maxLength: 5 },
        { type: 'string', minLength: 2 },
      ],
    },
    new: {
      anyOf: [
        { type: 'string', maxLength: 5 },
        { type: 'string', minLength: 2 },
      ],
    },
    kind: 'combinator-widened',
    at: '/anyOf',
    backward: true,
    forward: false,
    gains: 'abc',
  },
  {
    // allOf [X] is X: the old node is compared with the new members.
    name: 'allOf of one member -> oneOf over disjoint members',
    old: { allOf: [asObject(card)] },
    new: { oneOf: [asObject(card), asObject(bank)] },
    kind: 'one-of-member-added',
    at: '/oneOf/1',
    oldAt: '',
    backward: true,
    forward: false,
    gains: { kind: 'bank' },
  },
  {
    name: 'anyOf -> oneOf over overlapping members',
    old: {
      anyOf: [
        { type: 'string', maxLength: 5 },
        { type: 'string', minLength: 2 },
      ],
    },
    new: {
      oneOf: [
        { type: 'string', maxLength: 5 },
        { type: 'string', minLength: 2 },
      ],
    },
    kind: 'combinator-narrowed',
    at: '/oneOf',
    backward: false,
    forward: true,
    breaks: 'abc',
  },
  {
    name: 'anyOf -> allOf',
    old: {
      anyOf: [
        { type: 'string', pattern: '^a' },
        { type: ['string', 'null'], pattern: 'b$' },
      ],
    },
    new: {
      allOf: [
        { type: 'string', pattern: '^a' },
        { type: ['string', 'null'], pattern: 'b$' },
      ],
    },
    kind: 'combinator-narrowed',
    at: '/allOf',
    backward: false,
    forward: true,
    breaks: null,
  },
  {
    // allOf of disjoint types accepts nothing: judged as the false schema, whole.
    name: 'oneOf over disjoint members -> allOf',
    old: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    new: { allOf: [{ type: 'string' }, { type: 'null' }] },
    kind: 'false-schema-introduced',
    at: '',
    backward: false,
    forward: true,
    breaks: 'a',
  },
  {
    name: 'false property -> string',
    old: { properties: { a: false } },
    new: { properties: { a: { type: 'string' } } },
    kind: 'false-schema-replaced',
    at: '/properties/a',
    backward: true,
    forward: false,
    gains: { a: 'x' },
  },
  {
    name: 'allOf -> oneOf over overlapping members',
    old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    new: { oneOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    kind: 'combinator-changed',
    at: '/oneOf',
    backward: false,
    forward: false,
    breaks: 'ab',
    gains: 'a',
  },
  {
    name: 'oneOf over overlapping members -> allOf',
    old: { oneOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    kind: 'combinator-changed',
    at: '/allOf',
    backward: false,
    forward: false,
    breaks: 'a',
    gains: 'ab',
  },
  {
    name: 'not added',
    old: { type: 'string' },
    new: { type: 'string', not: { enum: ['n/a'] } },
    kind: 'not-added',
    at: '/not',
    backward: false,
    forward: true,
    breaks: 'n/a',
  },
  {
    name: 'not removed',
    old: { type: 'string', not: { enum: ['n/a'] } },
    new: { type: 'string' },
    kind: 'not-removed',
    at: '/not',
    backward: true,
    forward: false,
    gains: 'n/a',
  },
  {
    name: 'conditional added',
    old: { type: 'object' },
    new: { type: 'object', if: card, then: { required: ['last4'] } },
    kind: 'if-added',
    at: '/if',
    // Informational: the branch is compared with the old node, and what it newly requires is the break.
    also: ['required-added'],
    backward: true,
    forward: true,
  },
  {
    name: 'conditional removed',
    old: { type: 'object', if: card, then: { required: ['last4'] } },
    new: { type: 'object' },
    kind: 'if-removed',
    at: '/if',
    also: ['required-removed'], // the new node against the old branch, forward only
    backward: true,
    forward: true,
  },
  {
    name: 'condition changed',
    old: { type: 'object', if: card, then: { required: ['last4'] } },
    new: { type: 'object', if: bank, then: { required: ['last4'] } },
    kind: 'if-changed',
    at: '/if',
    backward: false,
    forward: false,
    breaks: { kind: 'bank' },
    gains: { kind: 'card' },
  },
];

describe('combinators: each kind, from semantics', () => {
  // Cases are matched among whatever else is emitted, ground the breaking directions only (no
  // samples), and do not restate the additive column.
  itChecksRows(CASES, {
    title: '$name: $kind',
    verdicts: (c) => [c.backward, c.forward],
    valid,
    match: 'includes',
    carryOver: 'never',
    additive: false,
  });

  it('a conditional added or removed: its branch, compared with the other side, carries the break', () => {
    const plain = { type: 'object' };
    const conditional = { type: 'object', if: card, then: { required: ['last4'] } };
    const added = compareSchemas(plain, conditional);
    expect(added.filter(breaksBackward).map((c) => `${c.kind} ${c.pointer}`)).toEqual([
      'required-added /then/required',
    ]);
    expect([valid(plain, { kind: 'card' }), valid(conditional, { kind: 'card' })]).toEqual([true, false]);
    const removed = compareSchemas(conditional, plain);
    expect(removed.filter((c) => verdict(c, 'forward') === 'breaking').map((c) => c.kind)).toEqual([
      'required-removed',
    ]);
    expect(removed.some(breaksBackward)).toBe(false);
  });

  it('covers every kind of the family', () => {
    const covered = new Set(CASES.map((c) => c.kind));
    expect(Object.keys(combinatorsKinds).filter((k) => !covered.has(k as ChangeKind))).toEqual([]);
  });

  it.each(Object.entries(combinatorsKinds))('the example of %s emits it', (kind, info) => {
    expect(compareSchemas(info.example.old, info.example.new).map((c) => c.kind)).toContain(kind);
    expect(info.fix.length).toBeGreaterThan(10);
  });
});

describe('oneOf exclusivity', () => {
  it('a widening inside a non-disjoint oneOf branch breaks old events', () => {
    // Old: integers match member 1 only (valid); new: both members (invalid). (Neither member
    // holds every value of the other's types: oneOf [S, T] with S ⊆ T would be T ∧ ¬S.)
    const old = {
      oneOf: [
        { type: 'string', maxLength: 3 },
        { type: ['integer', 'string'], minLength: 2 },
      ],
    };
    const now = {
      oneOf: [
        { type: ['integer', 'string'], maxLength: 3 },
        { type: ['integer', 'string'], minLength: 2 },
      ],
    };
    const changes = compareSchemas(old, now);
    const widened = changes.find((c) => c.kind === 'type-extended');
    expect(widened).toMatchObject({ pointer: expect.stringMatching(/^\/oneOf\/[01]\/type$/), exclusive: true });
    expect(verdict(widened!, 'backward')).toBe('breaking');
    expect(valid(old, 5)).toBe(true);
    expect(valid(now, 5)).toBe(false);
  });

  it('the same widening inside a disjoint oneOf branch is compatible', () => {
    const old = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    const now = { oneOf: [{ type: ['boolean', 'string'] }, { type: 'integer' }] };
    const changes = compareSchemas(old, now);
    expect(changes.map((c) => c.kind)).toEqual(['type-extended']);
    expect(changes[0]).not.toHaveProperty('exclusive');
    expect(verdict(changes[0]!, 'backward')).toBe('ok');
    expect(verdict(changes[0]!, 'forward')).toBe('breaking');
  });

  it('a widening inside a discriminated branch is compatible', () => {
    const old = {
      type: 'object',
      oneOf: [{ ...card, properties: { ...card.properties, n: { type: 'integer' } } }, bank],
    };
    const now = {
      type: 'object',
      oneOf: [{ ...card, properties: { ...card.properties, n: { type: 'number' } } }, bank],
    };
    const changes = compareSchemas(old, now).filter((c) => c.kind === 'type-extended');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ pointer: '/oneOf/0/properties/n/type' });
    expect(changes[0]).not.toHaveProperty('exclusive');
  });

  it('a `not` inside a non-disjoint branch keeps the branch exclusive', () => {
    // Old: members are disjoint in fact (integers match only member 1); new: 1 matches both.
    const old = { oneOf: [{ not: { type: ['integer', 'string'] } }, { type: 'integer' }] };
    const now = { oneOf: [{ not: { type: 'string' } }, { type: 'integer' }] };
    const changes = compareSchemas(old, now);
    expect(changes.some(breaksBackward), JSON.stringify(changes)).toBe(true);
    expect(valid(old, 1)).toBe(true);
    expect(valid(now, 1)).toBe(false);
  });
});

describe('oneOf exclusivity, forward', () => {
  it('a narrowing inside a non-disjoint branch is marked exclusive (it can make a new event match one branch only)', () => {
    // Old: "a" matches both members (invalid); new: only member 1 (valid). (Member 1 lists
    // values: {type: null} and {type: string} alone would fuse into one `type` list.)
    const old = {
      oneOf: [
        { type: ['string', 'null'], maxLength: 5 },
        { type: 'string', enum: ['a', 'b'] },
      ],
    };
    const now = { oneOf: [{ type: 'null' }, { type: 'string', enum: ['a', 'b'] }] };
    const changes = compareSchemas(old, now);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'type-narrowed', exclusive: true });
    expect([valid(old, 'a'), valid(now, 'a')]).toEqual([false, true]);
    // The exclusive verdict covers both directions under the backward policy.
    expect(verdict(changes[0]!, 'backward')).toBe('breaking');
    // KNOWN GAP in policy.ts (not this family): its forward verdict ignores `exclusive`, so this
    // forward break is 'ok' under the forward policy; the soundness property below reads
    // `exclusive` as both directions.
  });
});

describe('not: directions are inverted', () => {
  it('narrowing the negated schema widens the node', () => {
    const old = { not: { type: ['integer', 'string'] } };
    const now = { not: { type: 'string' } };
    const changes = compareSchemas(old, now);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'type-narrowed', pointer: '/not/type', negated: true });
    expect(verdict(changes[0]!, 'backward')).toBe('ok');
    expect(verdict(changes[0]!, 'forward')).toBe('breaking');
    expect(valid(now, 1)).toBe(true);
    expect(valid(old, 1)).toBe(false);
  });

  it('not {string, maxLength 5} -> not {string, maxLength 3} accepts more', () => {
    const old = { not: { type: 'string', maxLength: 5 } };
    const now = { not: { type: 'string', maxLength: 3 } };
    const changes = compareSchemas(old, now);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.negated)).toBe(true);
    // Whatever the strings family calls it, it must not deny the widening's forward break.
    expect(changes.some(breaksForward)).toBe(true);
    if (!changes.some((c) => c.kind === 'keyword-changed')) expect(changes.some(breaksBackward)).toBe(false);
    expect(valid(now, 'abcd')).toBe(true);
    expect(valid(old, 'abcd')).toBe(false);
  });

  it('a double negation restores the direction', () => {
    const changes = compareSchemas(
      { not: { not: { type: ['integer', 'string'] } } },
      { not: { not: { type: 'string' } } },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'type-narrowed', pointer: '/not/not/type' });
    expect(changes[0]!.negated).toBeFalsy();
    expect(verdict(changes[0]!, 'backward')).toBe('breaking');
  });

  it('adding or removing `not: false` (no constraint) is not a change', () => {
    expect(compareSchemas({ type: 'string' }, { type: 'string', not: false })).toEqual([]);
    expect(compareSchemas({ type: 'string', not: false }, { type: 'string' })).toEqual([]);
  });
});

describe('lists: pairing, lifting and no-ops', () => {
  it('members are paired by content, not position', () => {
    const changes = compareSchemas(
      { type: 'object', anyOf: [card, bank] },
      { type: 'object', anyOf: [cash, bank, card] },
    );
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['any-of-member-added /anyOf/0']);
  });

  it('an edited member is compared with its old self', () => {
    const changes = compareSchemas(
      { type: 'object', oneOf: [card, { ...bank, properties: { ...bank.properties, iban: { type: 'string' } } }] },
      {
        type: 'object',
        oneOf: [card, { ...bank, properties: { ...bank.properties, iban: { type: ['string', 'null'] } } }],
      },
    );
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['type-extended /oneOf/1/properties/iban/type']);
    expect(changes.some(breaksBackward)).toBe(false);
  });

  it('a schema that becomes a union containing it keeps old events valid', () => {
    const old = { type: 'string', ...orderRef };
    const now = {
      anyOf: [
        { type: 'string', ...orderRef },
        { type: 'string', ...invoiceRef },
      ],
    };
    const changes = compareSchemas(old, now);
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toContain('any-of-member-added /anyOf/1');
    expect(changes.some(breaksBackward), JSON.stringify(changes)).toBe(false);
    expect(changes.some(breaksForward)).toBe(true);
    expect([valid(old, 'inv_1'), valid(now, 'inv_1')]).toEqual([false, true]);
  });

  it('... and a disjoint oneOf too, but not an overlapping one', () => {
    const disjoint = compareSchemas(asObject(card), { oneOf: [asObject(card), asObject(bank)] });
    expect(disjoint.map((c) => c.kind)).toContain('one-of-member-added');
    expect(disjoint.some(breaksBackward)).toBe(false);
    const old = { type: 'string' };
    const now = { oneOf: [{ type: 'string' }, { type: ['string', 'null'], minLength: 2 }] };
    const overlapping = compareSchemas(old, now);
    expect(overlapping.map((c) => c.kind)).toContain('one-of-overlapping-member-added');
    expect(overlapping.some(breaksBackward)).toBe(true);
    expect([valid(old, 'ab'), valid(now, 'ab')]).toEqual([true, false]);
  });

  it('a union collapsing to one of its members rejects the others', () => {
    // A pure anyOf that becomes a plain node is judged member by member: each old member against
    // the node (its events must stay valid), so the lost member shows as its own change.
    const old = {
      anyOf: [
        { type: 'string', ...orderRef },
        { type: 'string', ...invoiceRef },
      ],
    };
    const now = { type: 'string', ...orderRef };
    const changes = compareSchemas(old, now);
    expect(changes.map((c) => `${c.kind} ${c.pointer} ${c.oldPointer}`)).toEqual([
      'pattern-changed /pattern /anyOf/1/pattern',
    ]);
    expect(changes.some(breaksBackward)).toBe(true);
    expect(changes.some(breaksForward)).toBe(false);
    expect([valid(old, 'inv_1'), valid(now, 'inv_1')]).toEqual([true, false]);
  });

  it('a schema split into allOf parts is compared part by part', () => {
    const changes = compareSchemas({ type: 'string' }, { allOf: [{ type: 'string' }, { type: ['string', 'null'] }] });
    expect(changes.some(breaksBackward), JSON.stringify(changes)).toBe(false);
    const narrowed = compareSchemas({ type: 'string' }, { allOf: [{ type: 'string' }, { not: { enum: ['x'] } }] });
    expect(narrowed.map((c) => `${c.kind} ${c.pointer}`)).toContain('not-added /allOf/1/not');
    expect(valid({ allOf: [{ type: 'string' }, { not: { enum: ['x'] } }] }, 'x')).toBe(false);
  });

  it('anyOf -> oneOf over disjoint members and oneOf (disjoint) -> anyOf change nothing', () => {
    const a = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    const o = { oneOf: [{ type: 'string' }, { type: 'null' }] };
    expect(compareSchemas(a, o)).toEqual([]);
    expect(compareSchemas(o, a)).toEqual([]);
  });

  it('lists that constrain nothing are not reported', () => {
    expect(
      compareSchemas({ type: 'string', maxLength: 3 }, { type: 'string', maxLength: 3, allOf: [{}, true] }),
    ).toEqual([]);
    expect(
      compareSchemas({ type: 'string', maxLength: 3 }, { type: 'string', maxLength: 3, anyOf: [{ type: 'null' }, {}] }),
    ).toEqual([]);
  });

  it('then/else are compared when the condition stays (annotations aside)', () => {
    const old = { if: { type: 'integer', description: 'a' }, then: { type: 'integer' }, else: { type: 'string' } };
    const now = {
      if: { type: 'integer', description: 'b' },
      then: { type: 'integer' },
      else: { type: ['string', 'null'] },
    };
    const changes = compareSchemas(old, now);
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['type-extended /else/type']);
    expect(changes.some(breaksBackward)).toBe(false);
    expect([valid(old, null), valid(now, null)]).toEqual([false, true]);
  });

  it('then/else without if have no effect', () => {
    expect(compareSchemas({ then: { type: 'string' } }, { then: { type: 'integer' }, else: { type: 'null' } })).toEqual(
      [],
    );
  });

  it('messages name the node and the member', () => {
    const changes = compareSchemas(
      { type: 'object', properties: { payment: { type: 'object', oneOf: [card, bank] } } },
      { type: 'object', properties: { payment: { type: 'object', oneOf: [card, bank, { required: ['amount'] }] } } },
    );
    const c = changes.find((x) => x.kind === 'one-of-overlapping-member-added')!;
    expect(c.pointer).toBe('/properties/payment/oneOf/2');
    expect(c.message).toMatch(/^oneOf of "payment" gained member 2 .* overlaps member 0/);
  });
});

describe('structure helpers', () => {
  const norm = (doc: unknown) => normalize(doc).root;

  it('sameSchema ignores annotations and terminates on cycles', () => {
    const a = norm({
      definitions: { n: { anyOf: [{ type: 'null' }, { type: 'array', items: { $ref: '#/definitions/n' } }] } },
      $ref: '#/definitions/n',
    });
    const b = norm({
      definitions: {
        m: { title: 't', anyOf: [{ type: 'null' }, { type: 'array', items: { $ref: '#/definitions/m' } }] },
      },
      $ref: '#/definitions/m',
    });
    const c = norm({
      definitions: {
        m: { anyOf: [{ type: 'null' }, { type: 'array', items: { $ref: '#/definitions/m' }, maxItems: 2 }] },
      },
      $ref: '#/definitions/m',
    });
    expect(sameSchema(a, b)).toBe(true);
    expect(sameSchema(a, c)).toBe(false);
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('provable disjointness', () => {
    const d = (a: unknown, b: unknown, atoms?: string[], required?: string[]) =>
      provablyDisjoint(norm(a), norm(b), { atoms: atoms && new Set(atoms), required });
    expect(d({ type: 'string' }, { type: 'integer' })).toBe(true);
    expect(d({ type: 'integer' }, { type: 'number' })).toBe(false);
    expect(d({ const: 'a' }, { const: 'b' })).toBe(true);
    expect(d({ const: 1 }, { type: 'string' })).toBe(true);
    expect(d({ const: 1.5 }, { type: 'integer' })).toBe(true);
    expect(d(card, bank)).toBe(false); // a string matches both
    expect(d(card, bank, ['object'])).toBe(true);
    expect(d({ type: 'object', ...card }, { properties: { kind: { const: 'bank' } } })).toBe(true);
    expect(d({ type: 'object', properties: card.properties }, { type: 'object', properties: bank.properties })).toBe(
      false,
    );
    expect(d({}, false)).toBe(true);
    // The discriminator may be required by the node holding the oneOf.
    expect(d({ properties: card.properties }, { properties: bank.properties }, ['object'])).toBe(false);
    expect(d({ properties: card.properties }, { properties: bank.properties }, ['object'], ['kind'])).toBe(true);
  });

  it('pairs members by identity, then similarity, then position', () => {
    const p = pairMembers(
      [norm({ type: 'string' }), norm(card), norm({ minimum: 1 })],
      [norm(bank), norm({ minimum: 2 }), norm({ type: 'string' })],
    );
    expect(p.pairs).toEqual([
      [2, 1],
      [0, 2],
    ]);
    expect(p.removed).toEqual([1]);
    expect(p.added).toEqual([0]);
  });
});

describe('recursive and nested schemas terminate', () => {
  const tree = (leaf: unknown) => ({
    definitions: {
      node: {
        anyOf: [
          leaf,
          { type: 'array', items: { $ref: '#/definitions/node' } },
          { type: 'object', additionalProperties: { $ref: '#/definitions/node' } },
        ],
      },
    },
    $ref: '#/definitions/node',
  });

  it('a recursive union gaining a member', () => {
    const changes = compareSchemas(tree({ type: 'string' }), tree({ type: ['string', 'null'] }));
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual(['type-extended /definitions/node/anyOf/0/type']);
    expect(valid(tree({ type: ['string', 'null'] }), [[null]])).toBe(true);
    expect(valid(tree({ type: 'string' }), [[null]])).toBe(false);
  });

  it('self-referencing combinators', () => {
    const old = { type: 'object', oneOf: [{ $ref: '#' }, { not: { $ref: '#' } }], allOf: [{ $ref: '#' }] };
    const now = {
      type: 'object',
      oneOf: [{ $ref: '#' }, { not: { $ref: '#' } }, { required: ['x'] }],
      allOf: [{ $ref: '#' }],
    };
    expect(compareSchemas(old, now).map((c) => c.kind)).toContain('one-of-overlapping-member-added');
    // A member of a type the node cannot hold accepts nothing: adding it changes nothing.
    expect(compareSchemas(old, { ...old, oneOf: [...old.oneOf, { type: 'null' }] })).toEqual([]);
  });

  it('deeply nested oneOf/anyOf', () => {
    const nest = (depth: number, leaf: string): unknown =>
      depth === 0
        ? { type: leaf }
        : { oneOf: [nest(depth - 1, leaf), { anyOf: [nest(depth - 1, leaf), { not: nest(depth - 1, leaf) }] }] };
    const changes = compareSchemas(nest(5, 'string'), nest(5, 'integer'));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some(breaksBackward)).toBe(true);
  });
});

// ---- soundness: random combinator schemas, mutated, checked against ajv on a pool of events ----

const EVENTS: unknown[] = [
  null,
  true,
  0,
  1,
  -3,
  1.5,
  '',
  'a',
  'card',
  'abcdef',
  [],
  [1],
  ['a', null],
  {},
  { kind: 'card' },
  { kind: 'bank' },
  { kind: 'card', n: 1 },
  { n: 'x' },
];
const TYPES = ['string', 'integer', 'number', 'null', 'boolean', 'object', 'array'];

type S = Record<string, unknown>;

const leaf: fc.Arbitrary<S> = fc.oneof(
  fc.constantFrom(...TYPES).map((t) => ({ type: t })),
  fc.subarray(TYPES, { minLength: 1, maxLength: 3 }).map((t) => ({ type: t })),
  fc.constantFrom<unknown>('card', 'bank', 1, null).map((v) => ({ const: v })),
  fc.constant({ type: 'object', ...card }),
  fc.constant({ type: 'object', ...bank }),
  fc.constant({}),
);

const schema: fc.Arbitrary<S> = fc.letrec<{ s: S }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .record({ k: fc.constantFrom('allOf', 'anyOf', 'oneOf'), m: fc.array(tie('s'), { minLength: 1, maxLength: 3 }) })
      .map(({ k, m }) => ({ [k]: m })),
    tie('s').map((s) => ({ not: s })),
    fc.tuple(tie('s'), tie('s'), tie('s')).map(([i, t, e]) => ({ if: i, then: t, else: e })),
    fc.tuple(leaf, tie('s')).map(([l, s]) => ({ ...l, ...s })),
  ),
})).s;

/** Apply one random edit somewhere in the schema. */
function mutate(s: S, choice: number[], replacement: S): S {
  const pick = (n: number) => (n === 0 ? 0 : (choice.shift() ?? 0) % n);
  const walk = (node: S): S => {
    const lists = (['allOf', 'anyOf', 'oneOf'] as const).filter((k) => Array.isArray(node[k]));
    const op = pick(8);
    if (lists.length > 0 && op < 4) {
      const k = lists[pick(lists.length)]!;
      const members = [...(node[k] as S[])];
      const i = pick(members.length);
      if (op === 0) members.splice(i, 0, replacement);
      else if (op === 1 && members.length > 1) members.splice(i, 1);
      else if (op === 2) members[i] = walk(members[i]!);
      else return { ...node, [k]: undefined, [['allOf', 'anyOf', 'oneOf'][pick(3)]!]: members };
      return { ...node, [k]: members };
    }
    if (node.not && op < 6) return op === 4 ? { ...node, not: walk(node.not as S) } : { ...node, not: undefined };
    if (node.if && op < 6) {
      const part = (['if', 'then', 'else'] as const)[pick(3)]!;
      return { ...node, [part]: op === 4 ? walk(node[part] as S) : replacement };
    }
    if (op === 6) return { ...node, not: replacement };
    if (op === 7) return { anyOf: [node, replacement] };
    return { ...node, ...replacement };
  };
  return JSON.parse(JSON.stringify(walk(s))) as S;
}

/**
 * Forward-breaking with `exclusive` read as "the branch must stay equivalent" in both directions.
 * (policy.ts applies exclusivity to the backward verdict only; see the test above.)
 */
const breaksForwardStrictly = (c: Change) => breaksForward(c) || (c.exclusive === true && breaksBackward(c));

describe('soundness against ajv', () => {
  it('a lost event is always reported as backward-breaking, a gained one as forward-breaking', () => {
    let differences = 0;
    fc.assert(
      fc.property(schema, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), leaf, (old, choice, replacement) => {
        const now = mutate(old, choice, replacement);
        const changes = compareSchemas(old, now);
        const checkOld = ajv.compile(old);
        const checkNew = ajv.compile(now);
        for (const e of EVENTS) {
          if (checkOld(e) !== checkNew(e)) differences++;
          const [a, b] = [checkOld(e), checkNew(e)];
          if (a && !b)
            expect(changes.some(breaksBackward), `lost ${JSON.stringify(e)}: ${JSON.stringify(changes)}`).toBe(true);
          if (b && !a)
            expect(changes.some(breaksForwardStrictly), `gained ${JSON.stringify(e)}: ${JSON.stringify(changes)}`).toBe(
              true,
            );
        }
      }),
      { numRuns: 1000 },
    );
    expect(differences, 'the mutations change what the schemas accept').toBeGreaterThan(500);
  });
});
