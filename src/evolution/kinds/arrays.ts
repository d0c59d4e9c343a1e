// Change kinds of the arrays keyword family (see ../families/arrays.ts). The effective schema of
// an array position is its tuple entry `items[i]`, or beyond the tuple the tail: `additionalItems`
// (absent = an open content model, `false` = closed, a schema = partially open), or the single
// `items` schema. Tuple entries added and removed are judged by the tail they replace.

import { defineKinds } from './kind.js';
import {
  compareContains,
  compareCount,
  compareItems,
  compareTails,
  compareUnique,
  itemAdded,
  itemRemoved,
} from '../families/arrays.js';

const arr = (extra: Record<string, unknown>) => ({ type: 'array', ...extra });
const str = { type: 'string' };
const int = { type: 'integer' };

export const arraysKinds = defineKinds({
  'item-added-to-open-content-model': {
    raisedBy: () => itemAdded,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary:
      'A tuple entry was added where any value was allowed (no `additionalItems`): live arrays may carry other values there.',
    example: { old: arr({ items: [str] }), new: arr({ items: [str, int] }) },
    fix: 'Close the tuple first (`additionalItems: false`) or leave the new position unconstrained.',
    note: 'Not reported when the new entry is itself unconstrained: nothing changes then.',
  },
  'item-added-to-closed-content-model': {
    raisedBy: () => itemAdded,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary:
      'A tuple entry was added where no further items were allowed (`additionalItems: false`): live arrays are never that long.',
    note: 'Not reported when the new entry is the false schema: nothing changes then.',
    example: {
      old: arr({ items: [str], additionalItems: false }),
      new: arr({ items: [str, int], additionalItems: false }),
    },
    fix: 'Compatible for live events; consumers on the live schema reject the longer arrays until they upgrade.',
  },
  'item-added-to-partially-open-content-model': {
    raisedBy: () => itemAdded,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: true,
    summary:
      'A tuple entry was added where the position was allowed by a schema (`additionalItems` or the single `items`); the two schemas are compared and their differences reported.',
    example: {
      old: arr({ items: [str], additionalItems: int }),
      new: arr({ items: [str, int], additionalItems: int }),
    },
    fix: 'Keep the entry schema at least as wide as the schema that applied to the position before.',
  },
  'item-removed-from-open-content-model': {
    raisedBy: () => itemRemoved,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'A tuple entry was removed and the tail is open: any value is now allowed at that position.',
    example: { old: arr({ items: [str, int] }), new: arr({ items: [str] }) },
    fix: 'Keep the entry until consumers no longer rely on its constraint.',
    note: 'Not reported when the removed entry was unconstrained: nothing changes then.',
  },
  'item-removed-from-closed-content-model': {
    raisedBy: () => itemRemoved,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'A tuple entry was removed and no further items are allowed: live arrays that long are rejected.',
    note: 'Not reported when the removed entry was the false schema: nothing changes then.',
    example: {
      old: arr({ items: [str, int], additionalItems: false }),
      new: arr({ items: [str], additionalItems: false }),
    },
    fix: 'Keep the entry (make it unconstrained if it is no longer used).',
  },
  'item-removed-to-partially-open-content-model': {
    raisedBy: () => itemRemoved,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: true,
    summary:
      'A tuple entry was removed and the position now falls under the `additionalItems` schema; the two schemas are compared and their differences reported.',
    example: {
      old: arr({ items: [str, int], additionalItems: int }),
      new: arr({ items: [str], additionalItems: int }),
    },
    fix: 'Keep the additionalItems schema at least as wide as the removed entry.',
  },
  'items-form-changed': {
    raisedBy: () => compareItems,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: true,
    summary:
      '`items` changed between one schema for every item and a tuple; each position is compared with the schema that applied to it, and their differences reported.',
    example: { old: arr({ items: str }), new: arr({ items: [str], additionalItems: str }) },
    fix: 'Nothing to fix by itself; see the differences reported with it.',
  },
  'additional-items-closed': {
    raisedBy: () => compareTails,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary:
      'No items are allowed beyond the tuple any more (`additionalItems: false`, or `items: false`): longer live arrays are rejected.',
    example: { old: arr({ items: [str] }), new: arr({ items: [str], additionalItems: false }) },
    fix: 'Extend the tuple to cover every position live arrays use before closing it.',
  },
  'additional-items-opened': {
    raisedBy: () => compareTails,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'Items beyond the tuple are allowed now (`additionalItems: false` was removed or became a schema).',
    example: { old: arr({ items: [str], additionalItems: false }), new: arr({ items: [str] }) },
    fix: 'Compatible for live events; consumers on the live schema reject the longer arrays until they upgrade.',
  },
  'min-items-added': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'minItems was added: shorter live arrays are rejected.',
    example: { old: arr({}), new: arr({ minItems: 1 }) },
    fix: 'Make sure live arrays are already that long.',
  },
  'min-items-removed': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'minItems was removed.',
    example: { old: arr({ minItems: 1 }), new: arr({}) },
    fix: 'Keep it until consumers no longer rely on it.',
  },
  'min-items-increased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'minItems increased: shorter live arrays are rejected.',
    example: { old: arr({ minItems: 1 }), new: arr({ minItems: 2 }) },
    fix: 'Keep the old minimum.',
  },
  'min-items-decreased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'minItems decreased.',
    example: { old: arr({ minItems: 2 }), new: arr({ minItems: 1 }) },
    fix: 'Keep the old minimum until consumers no longer rely on it.',
  },
  'max-items-added': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'maxItems was added: longer live arrays are rejected.',
    example: { old: arr({}), new: arr({ maxItems: 10 }) },
    fix: 'Make sure live arrays are never longer than that.',
  },
  'max-items-removed': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'maxItems was removed.',
    example: { old: arr({ maxItems: 10 }), new: arr({}) },
    fix: 'Keep it until consumers no longer rely on it.',
  },
  'max-items-increased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'maxItems increased.',
    example: { old: arr({ maxItems: 10 }), new: arr({ maxItems: 20 }) },
    fix: 'Keep the old maximum until consumers no longer rely on it.',
  },
  'max-items-decreased': {
    raisedBy: () => compareCount,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'maxItems decreased: longer live arrays are rejected.',
    example: { old: arr({ maxItems: 20 }), new: arr({ maxItems: 10 }) },
    fix: 'Keep the old maximum.',
  },
  'unique-items-added': {
    raisedBy: () => compareUnique,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'uniqueItems: true was added: live arrays with duplicates are rejected.',
    example: { old: arr({ items: str }), new: arr({ items: str, uniqueItems: true }) },
    fix: 'Make sure no producer sends duplicates first.',
  },
  'unique-items-removed': {
    raisedBy: () => compareUnique,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'uniqueItems: true was removed: duplicates are allowed now.',
    example: { old: arr({ items: str, uniqueItems: true }), new: arr({ items: str }) },
    fix: 'Keep it until consumers no longer rely on it.',
  },
  'contains-added': {
    raisedBy: () => compareContains,
    test: 'test/evolution/families/arrays.test.ts',
    backward: false,
    forward: true,
    summary: 'contains was added: live arrays without a matching item (including empty ones) are rejected.',
    example: { old: arr({}), new: arr({ contains: str }) },
    fix: 'Make sure every live array already holds a matching item.',
  },
  'contains-removed': {
    raisedBy: () => compareContains,
    test: 'test/evolution/families/arrays.test.ts',
    backward: true,
    forward: false,
    summary: 'contains was removed: arrays without a matching item are allowed now.',
    example: { old: arr({ contains: str }), new: arr({}) },
    fix: 'Keep it until consumers no longer rely on it.',
  },
});
