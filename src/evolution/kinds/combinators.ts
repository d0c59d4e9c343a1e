// Change kinds of the combinators keyword family: allOf, anyOf, oneOf, not, if/then/else
// (see ../families/combinators.ts). Member pairs are compared by the walker; these kinds are what
// the lists, the `not` and the conditional themselves gained or lost.

import { defineKinds } from './kind.js';
import { compareLists, compareMembers, memberAdded, memberRemoved } from '../families/combinators-lists.js';
import { compareConditional, compareNot } from '../families/combinators.js';
import { judgedWhole } from '../walk.js';

const UNION_TYPE_NOTE =
  'Under the additive policy a new union branch is treated like a type change of the field (the platform forbids changing an existing field type, even to a wider one).';

export const combinatorsKinds = defineKinds({
  'all-of-member-added': {
    raisedBy: () => memberAdded,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'An `allOf` gained a member: events must now match it too.',
    example: {
      old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
      new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }, { pattern: 'c' }] },
    },
    fix: 'Live events that do not match the new member are rejected: make sure none exist (then approve the change), or put the constraint on a new optional property.',
  },
  'all-of-member-removed': {
    raisedBy: () => memberRemoved,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary: 'An `allOf` lost a member: events no longer need to match it.',
    example: {
      old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }, { pattern: 'c' }] },
      new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    },
    fix: 'Consumers may now receive events the member used to exclude: make sure they handle them.',
  },
  'any-of-member-added': {
    raisedBy: () => memberAdded,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary: 'An `anyOf` gained a member: events matching only the new member are now accepted.',
    example: {
      old: { type: 'string', anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }] },
      new: {
        type: 'string',
        anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }, { pattern: '^crn_[a-z0-9]+$' }],
      },
    },
    fix: 'Consumers must handle events of the new member before producers send them; under the additive policy add a new property instead.',
    note: UNION_TYPE_NOTE,
  },
  'any-of-member-removed': {
    raisedBy: () => memberRemoved,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'An `anyOf` lost a member: live events that matched only that member are rejected.',
    example: {
      old: {
        type: 'string',
        anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }, { pattern: '^crn_[a-z0-9]+$' }],
      },
      new: { type: 'string', anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }] },
    },
    fix: 'Keep the member until no producer sends such events any more.',
  },
  'one-of-member-added': {
    raisedBy: () => memberAdded,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary:
      'A `oneOf` gained a member that is provably disjoint from every other member (a different type, or a different value of a required discriminator property).',
    example: {
      old: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
        ],
      },
      new: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
          { properties: { method: { const: 'cash' } }, required: ['method'] },
        ],
      },
    },
    fix: 'Consumers must handle events of the new member before producers send them; under the additive policy add a new property instead.',
    note:
      'Schema registries call every added `oneOf` member compatible; that only holds when the new member cannot match an event another member matches. ' +
      'Members that are not provably disjoint are reported as `one-of-overlapping-member-added` instead. ' +
      UNION_TYPE_NOTE,
  },
  'one-of-overlapping-member-added': {
    raisedBy: () => memberAdded,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: false,
    summary:
      'A `oneOf` gained a member that is not provably disjoint from another member: a live event matching both is now rejected, since `oneOf` requires exactly one match.',
    example: {
      old: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      new: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] },
    },
    fix: 'Make the new member disjoint from the others (a distinct `type`, or a required discriminator property with its own `const`), or use `anyOf`.',
    note: 'Schema registries report adding a `oneOf` member as compatible. It is not when the new member overlaps an existing one: the live event 1 matches `{"type":"integer"}` only before, and both `integer` and `number` after.',
  },
  'one-of-member-removed': {
    raisedBy: () => memberRemoved,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'A `oneOf` lost a member that was disjoint from the others: live events of that member are rejected.',
    example: {
      old: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
          { properties: { method: { const: 'cash' } }, required: ['method'] },
        ],
      },
      new: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
        ],
      },
    },
    fix: 'Keep the member until no producer sends such events any more.',
  },
  'one-of-overlapping-member-removed': {
    raisedBy: () => memberRemoved,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: false,
    summary:
      'A `oneOf` lost a member that overlapped another: its live events are rejected, and events that matched both (rejected before) are now accepted.',
    example: {
      old: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
          { required: ['legacyId'] },
        ],
      },
      new: {
        type: 'object',
        oneOf: [
          { properties: { method: { const: 'card' } }, required: ['method'] },
          { properties: { method: { const: 'bank' } }, required: ['method'] },
        ],
      },
    },
    fix: 'Keep the member; if the overlap was a mistake, fix it in a major version.',
    note: 'Registries call removing a `oneOf` member forward compatible; with overlapping members it is not: an event matching two members was invalid before and may be valid now.',
  },
  'all-of-added': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'The node gained an `allOf`: events must now match all its members.',
    example: {
      old: { type: 'string', pattern: '^a' },
      new: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
    },
    fix: 'Live events that do not match every member are rejected: make sure none exist (then approve the change).',
    note: 'When the node becomes a pure `allOf` (nothing but `type` beside it), each member is compared with the old schema instead, so splitting a schema into `allOf` parts is judged by what the parts accept.',
  },
  'all-of-removed': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary: 'The node lost its `allOf`: events no longer need to match its members.',
    example: {
      old: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
      new: { type: 'string', pattern: '^a' },
    },
    fix: 'Consumers may now receive events the members used to exclude: make sure they handle them.',
  },
  'any-of-added': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'The node gained an `anyOf` beside its other keywords: events must now match one of its members.',
    example: {
      old: { type: 'string', maxLength: 34 },
      new: {
        type: 'string',
        maxLength: 34,
        anyOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
      },
    },
    fix: 'Live events that match no member are rejected: make sure none exist (then approve the change).',
    note: 'When the node becomes a pure `anyOf` (nothing but `type` beside it), the old schema is compared with its closest member instead: turning a schema into a union that contains it is compatible.',
  },
  'any-of-removed': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary: 'The node lost its `anyOf`: events no longer need to match one of its members.',
    example: {
      old: {
        type: 'string',
        maxLength: 34,
        anyOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
      },
      new: { type: 'string', maxLength: 34 },
    },
    fix: 'Consumers may now receive events no member accepted: make sure they handle them.',
  },
  'one-of-added': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'The node gained a `oneOf` beside its other keywords: events must now match exactly one of its members.',
    example: {
      old: { type: 'string', maxLength: 34 },
      new: {
        type: 'string',
        maxLength: 34,
        oneOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
      },
    },
    fix: 'Live events that match no member, or more than one, are rejected: make sure none exist (then approve the change).',
    note: 'When the node becomes a pure `oneOf` (nothing but `type` beside it), the old schema is compared with its closest member instead.',
  },
  'one-of-removed': {
    raisedBy: () => compareLists,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary: 'The node lost its `oneOf`: events no longer need to match exactly one of its members.',
    example: {
      old: {
        type: 'string',
        maxLength: 34,
        oneOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
      },
      new: { type: 'string', maxLength: 34 },
    },
    fix: 'Consumers may now receive events the `oneOf` excluded: make sure they handle them.',
  },
  'combinator-widened': {
    raisedBy: () => compareMembers,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary:
      'A combinator was replaced by a wider one: `allOf` -> `anyOf`, `oneOf` -> `anyOf` (overlapping members), or `allOf` -> `oneOf` (disjoint members). Every old event still matches.',
    example: {
      old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
      new: { anyOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    },
    fix: 'Consumers may now receive events that match fewer members: make sure they handle them; under the additive policy keep the combinator.',
    note:
      'Judged only when at least one member pair is matched and compared; `oneOf` -> `anyOf` over provably disjoint members changes nothing and is not reported. ' +
      UNION_TYPE_NOTE,
  },
  'combinator-narrowed': {
    raisedBy: () => compareMembers,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary:
      'A combinator was replaced by a narrower one: `anyOf` -> `allOf`, `anyOf` -> `oneOf` (overlapping members), or `oneOf` (disjoint members) -> `allOf`. Some old events are rejected.',
    example: {
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
    },
    fix: 'Keep the wider combinator. For `anyOf` -> `oneOf`, an old event matching two members is now rejected: make the members disjoint first.',
    note: '`oneOf` accepts a subset of what `anyOf` accepts over the same members; they are equal only when the members are disjoint (then no change is reported).',
  },
  'combinator-changed': {
    raisedBy: () => compareMembers,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: false,
    summary:
      'A combinator was replaced by another whose effect cannot be proven wider or narrower (e.g. `allOf` -> `oneOf` over overlapping members).',
    example: {
      old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
      new: { oneOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
    },
    fix: 'Keep the combinator, or introduce the new structure in a new property and deprecate the old one.',
  },
  'not-added': {
    raisedBy: () => compareNot,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'The node gained a `not`: events matching its schema are now rejected.',
    example: { old: { type: 'string' }, new: { type: 'string', not: { enum: ['n/a'] } } },
    fix: 'Live events matching the `not` schema are rejected: make sure none exist (then approve the change).',
  },
  'not-removed': {
    raisedBy: () => compareNot,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary: 'The node lost its `not`: events it excluded are now accepted.',
    example: { old: { type: 'string', not: { enum: ['n/a'] } }, new: { type: 'string' } },
    fix: 'Consumers may now receive events the `not` excluded: make sure they handle them.',
    note: 'Changes inside a `not` that stays are compared with their direction inverted: narrowing the negated schema widens the node.',
  },
  'false-schema-replaced': {
    raisedBy: () => judgedWhole,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    summary:
      'A `false` subschema (nothing valid there) was replaced by a schema: events it accepts were rejected before.',
    example: { old: { properties: { a: false } }, new: { properties: { a: { type: 'string' } } } },
    fix: 'Consumers may now receive the property (or value) the false schema forbade: make sure they handle it.',
    note: 'Judged as a whole: the new schema can only accept more than `false`, whatever its keywords.',
  },
  'false-schema-introduced': {
    raisedBy: () => judgedWhole,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A subschema was replaced by `false`: nothing is valid there any more.',
    example: { old: { properties: { a: { type: 'string' } } }, new: { properties: { a: false } } },
    fix: 'Live events that carry the property (or value) are rejected: make sure none exist (then approve the change), or deprecate it first.',
  },
  'if-added': {
    raisedBy: () => compareConditional,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: true,
    summary:
      'The node gained a conditional (`if` with `then`/`else`). Its branches are compared with the former schema, and what they newly require is reported where it is written (e.g. `required-added` at `/then/required`); this finding itself is informational.',
    example: {
      old: { type: 'object' },
      new: {
        type: 'object',
        if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
        then: { required: ['last4'] },
      },
    },
    fix: 'Nothing to do for this finding; fix (or approve) the changes reported inside the branches.',
  },
  'if-removed': {
    raisedBy: () => compareConditional,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: true,
    summary:
      'The node lost its conditional (`if` with `then`/`else`). The branches are compared with the new schema, and what consumers on the live schema would reject is reported at the branch (forward); this finding itself is informational.',
    example: {
      old: {
        type: 'object',
        if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
        then: { required: ['last4'] },
      },
      new: { type: 'object' },
    },
    fix: 'Nothing to do for this finding; see the findings at the old branches.',
  },
  'if-changed': {
    raisedBy: () => compareConditional,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: false,
    summary: 'The `if` condition of a conditional changed: its `then`/`else` branches now apply to different events.',
    example: {
      old: {
        type: 'object',
        if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
        then: { required: ['last4'] },
      },
      new: {
        type: 'object',
        if: { properties: { kind: { const: 'bank' } }, required: ['kind'] },
        then: { required: ['last4'] },
      },
    },
    fix: 'Keep the condition, and add a second conditional (inside an `allOf`) for the new case.',
    note: 'Changes inside `then` and `else` are compared as usual while the condition stays the same (up to annotations); any other change of the condition is conservatively breaking both ways.',
  },
});
