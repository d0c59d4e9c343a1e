// The arrays keyword family: items, additionalItems, minItems, maxItems, uniqueItems, contains.
// Compared only when both schemas allow arrays. The effective schema of position i is the tuple
// entry `items[i]`, or beyond the tuple the tail: `additionalItems` for a tuple (absent: the true
// schema, an open content model; `false`: closed), the single `items` schema otherwise. A change
// of form (single <-> tuple) is compared position by position, then tail against tail.

import { allowsType, eitherUses, isFalseSchema, isTrueSchema, type Schema } from '../schema-model.js';
import type { Token, Visit } from '../walk.js';
import { isCount, malformed, modelOf, nodeName, type ContentModel } from './objects-model.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const arraysKeywords: readonly string[] = [
  'items',
  'additionalItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
];

const SHAPES: Record<string, (value: unknown) => boolean> = {
  minItems: isCount,
  maxItems: isCount,
  uniqueItems: (x) => typeof x === 'boolean',
};

export function compareArrays(v: Visit): void {
  const o = v.old;
  const n = v.new;
  if (!eitherUses(o, n, arraysKeywords)) return;
  if (!allowsType(o, 'array') || !allowsType(n, 'array')) return;
  const skip = malformed(v, SHAPES);
  compareItems(v);
  if (!skip?.has('minItems')) compareCount(v, 'minItems', 'min');
  if (!skip?.has('maxItems')) compareCount(v, 'maxItems', 'max');
  if (!skip?.has('uniqueItems')) compareUnique(v);
  compareContains(v);
}

interface Layout {
  tuple: Schema[];
  tail: Schema | undefined;
  tailAt: Token[];
  single: boolean;
}

function layout(s: Schema): Layout {
  const items = s.items;
  if (Array.isArray(items))
    return {
      tuple: items as Schema[],
      tail: s.additionalItems as Schema | undefined,
      tailAt: ['additionalItems'],
      single: false,
    };
  return { tuple: [], tail: items as Schema | undefined, tailAt: ['items'], single: items !== undefined };
}

export function compareItems(v: Visit): void {
  const before = v.old.items;
  const after = v.new.items;
  if (!Array.isArray(before) && !Array.isArray(after)) {
    if (before !== after) v.descend(before as Schema | undefined, after as Schema | undefined, ['items']);
    return;
  }
  const o = layout(v.old);
  const n = layout(v.new);
  if (o.single || n.single) {
    const how = o.single ? 'from one schema for every item to a tuple' : 'from a tuple to one schema for every item';
    v.emit(
      'items-form-changed',
      `items of ${nodeName(v)} changed ${how}; each position is compared with the schema that applied to it before`,
      { at: ['items'] },
    );
  }
  const length = Math.max(o.tuple.length, n.tuple.length);
  for (let i = 0; i < length; i++) {
    if (i < o.tuple.length && i < n.tuple.length) v.descend(o.tuple[i], n.tuple[i], ['items', i]);
    else if (i < n.tuple.length) itemAdded(v, i, n.tuple[i]!, modelOf(o.tail, o.tailAt));
    else itemRemoved(v, i, o.tuple[i]!, modelOf(n.tail, n.tailAt));
  }
  compareTails(v, o, n);
}

export function itemAdded(v: Visit, i: number, sub: Schema, model: ContentModel): void {
  const at = ['items', i];
  const what = `item ${i} of ${nodeName(v)}`;
  switch (model.model) {
    case 'open':
      if (!isTrueSchema(sub))
        v.emit(
          'item-added-to-open-content-model',
          `${what} was given a schema; any value was allowed there, so live events may carry values the new schema rejects`,
          { at },
        );
      break;
    case 'closed':
      if (!isFalseSchema(sub))
        v.emit(
          'item-added-to-closed-content-model',
          `${what} was added; consumers on the live schema reject arrays that long`,
          { at },
        );
      break;
    case 'partial':
      v.emit(
        'item-added-to-partially-open-content-model',
        `${what} was given its own schema; it is compared with the schema that applied to it before`,
        { at },
      );
      for (const c of model.conjuncts) v.descend(c.schema, sub, c.at, at);
      break;
  }
}

export function itemRemoved(v: Visit, i: number, sub: Schema, model: ContentModel): void {
  const at = ['items', i];
  const what = `item ${i} of ${nodeName(v)}`;
  switch (model.model) {
    case 'open':
      if (!isTrueSchema(sub))
        v.emit(
          'item-removed-from-open-content-model',
          `${what} was removed from the tuple; any value is now allowed there, which consumers on the live schema may reject`,
          { at, oldAt: at },
        );
      break;
    case 'closed':
      if (!isFalseSchema(sub))
        v.emit(
          'item-removed-from-closed-content-model',
          `${what} was removed and no additional items are allowed; live arrays that long will be rejected`,
          { at, oldAt: at },
        );
      break;
    case 'partial':
      v.emit(
        'item-removed-to-partially-open-content-model',
        `${what} was removed from the tuple; it now falls under the schema for additional items, which is compared with its old schema`,
        { at, oldAt: at },
      );
      for (const c of model.conjuncts) v.descend(sub, c.schema, at, c.at);
      break;
  }
}

/** Positions beyond both tuples. */
export function compareTails(v: Visit, o: Layout, n: Layout): void {
  if (o.tail === n.tail) return;
  const before = modelOf(o.tail, o.tailAt).model;
  const after = modelOf(n.tail, n.tailAt).model;
  if (before === 'closed' && after === 'closed') return;
  const at = n.tail ? n.tailAt : [];
  const oldAt = o.tail ? o.tailAt : [];
  if (after === 'closed') {
    v.emit(
      'additional-items-closed',
      `${nodeName(v)} no longer allows ${beyond(n.tuple.length)}; longer live arrays will be rejected`,
      { at, oldAt },
    );
  } else if (before === 'closed') {
    v.emit(
      'additional-items-opened',
      `${nodeName(v)} now allows ${beyond(o.tuple.length)}; consumers on the live schema reject longer arrays`,
      { at, oldAt },
    );
  } else if (before === 'partial' || after === 'partial') {
    v.descend(o.tail, n.tail, o.tailAt, n.tailAt);
  }
}

function beyond(length: number): string {
  return length === 0 ? 'items' : `items beyond the first ${length}`;
}

export function compareCount(v: Visit, key: 'minItems' | 'maxItems', bound: 'min' | 'max'): void {
  const a = v.old[key] as number | undefined;
  const b = v.new[key] as number | undefined;
  if (a === b) return;
  const where = nodeName(v);
  if (bound === 'min') {
    if (a === undefined)
      v.emit('min-items-added', `minItems ${b} added to ${where}; shorter live arrays will be rejected`, {
        at: [key],
        oldAt: [],
        new: b,
      });
    else if (b === undefined)
      v.emit(
        'min-items-removed',
        `minItems ${a} of ${where} removed; consumers on the live schema reject shorter arrays`,
        { at: [], oldAt: [key], old: a },
      );
    else if (b > a)
      v.emit(
        'min-items-increased',
        `minItems of ${where} increased from ${a} to ${b}; shorter live arrays will be rejected`,
        { at: [key], old: a, new: b },
      );
    else
      v.emit(
        'min-items-decreased',
        `minItems of ${where} decreased from ${a} to ${b}; consumers on the live schema reject shorter arrays`,
        { at: [key], old: a, new: b },
      );
  } else {
    if (a === undefined)
      v.emit('max-items-added', `maxItems ${b} added to ${where}; longer live arrays will be rejected`, {
        at: [key],
        oldAt: [],
        new: b,
      });
    else if (b === undefined)
      v.emit(
        'max-items-removed',
        `maxItems ${a} of ${where} removed; consumers on the live schema reject longer arrays`,
        { at: [], oldAt: [key], old: a },
      );
    else if (b < a)
      v.emit(
        'max-items-decreased',
        `maxItems of ${where} decreased from ${a} to ${b}; longer live arrays will be rejected`,
        { at: [key], old: a, new: b },
      );
    else
      v.emit(
        'max-items-increased',
        `maxItems of ${where} increased from ${a} to ${b}; consumers on the live schema reject longer arrays`,
        { at: [key], old: a, new: b },
      );
  }
}

/** uniqueItems: true (false is normalised away). */
export function compareUnique(v: Visit): void {
  const a = v.old.uniqueItems === true;
  const b = v.new.uniqueItems === true;
  if (a === b) return;
  if (b)
    v.emit(
      'unique-items-added',
      `items of ${nodeName(v)} must now be unique; live arrays with duplicates will be rejected`,
      { at: ['uniqueItems'], oldAt: [] },
    );
  else
    v.emit(
      'unique-items-removed',
      `items of ${nodeName(v)} no longer need to be unique; consumers on the live schema reject duplicates`,
      { at: [], oldAt: ['uniqueItems'] },
    );
}

export function compareContains(v: Visit): void {
  const before = v.old.contains as Schema | undefined;
  const after = v.new.contains as Schema | undefined;
  if (before === after) return;
  const at = ['contains'];
  if (before === undefined)
    v.emit(
      'contains-added',
      `${nodeName(v)} must now contain a matching item; live arrays without one will be rejected`,
      { at, oldAt: [] },
    );
  else if (after === undefined)
    v.emit(
      'contains-removed',
      `${nodeName(v)} no longer needs to contain a matching item; consumers on the live schema reject arrays without one`,
      { at: [], oldAt: at },
    );
  else v.descend(before, after, at);
}
