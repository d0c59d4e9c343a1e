// The `type` keyword: compare the sets of JSON values the two type lists allow (integer ⊂ number),
// as narrowed by `enum` (a type none of the enum's values has is no type the node holds).
// `number` with a positive integer `multipleOf` allows integers only, so `{type: integer}` and
// `{type: number, multipleOf: 1}` allow the same values (when both sides say `number`, a
// change of multipleOf is the numbers family's to judge).

import { typesOf, type JsonType } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { atomOf } from './combinators-match.js';

const ALL: JsonType[] = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

export function compareTypes(v: Visit): void {
  const oldTypes = typesOf(v.old);
  const newTypes = typesOf(v.new);
  // Without `type` on either side, what `enum` allows is the enums family's to judge.
  if (!oldTypes && !newTypes) return;
  const o = domain(oldTypes, v.old.enum);
  const n = domain(newTypes, v.new.enum);
  if (o.has('fraction') !== n.has('fraction')) {
    if (integral(v.old.multipleOf)) o.delete('fraction');
    if (integral(v.new.multipleOf)) n.delete('fraction');
  }
  const lost = [...o].filter((t) => !n.has(t));
  const gained = [...n].filter((t) => !o.has(t));
  if (lost.length === 0 && gained.length === 0) return;
  const kind = lost.length === 0 ? 'type-extended' : gained.length === 0 ? 'type-narrowed' : 'type-changed';
  const show = (t: ReadonlySet<JsonType> | undefined, e: unknown, d: Set<string>) =>
    !t
      ? Array.isArray(e)
        ? `the types of its enum (${[...d].join(', ')})`
        : 'any type'
      : t.size === 1
        ? JSON.stringify([...t][0])
        : JSON.stringify([...t]);
  const where = v.label ? `"${v.label}"` : 'the event';
  v.emit(kind, `type of ${where} changed from ${show(oldTypes, v.old.enum, o)} to ${show(newTypes, v.new.enum, n)}`, {
    at: newTypes ? ['type'] : [],
    oldAt: oldTypes ? ['type'] : [],
    old: v.old.type,
    new: v.new.type,
  });
}

/**
 * The value domain as a set of atomic types (number = integer + non-integer numbers): those of
 * `type`, and of the `enum` values when there is an enum ({type: string} and {type: string, enum:
 * [a]} hold the same types; the values are the enums family's).
 */
function domain(types: ReadonlySet<JsonType> | undefined, values: unknown): Set<string> {
  const out = new Set<string>();
  for (const t of types ?? ALL) {
    if (t === 'number') out.add('integer').add('fraction');
    else out.add(t);
  }
  if (!Array.isArray(values)) return out;
  const held = new Set(values.map(atomOf));
  for (const t of out) if (!held.has(t)) out.delete(t);
  return out;
}

/** A positive integer multipleOf: only integers can be multiples of it. */
function integral(m: unknown): boolean {
  return typeof m === 'number' && Number.isInteger(m) && m > 0;
}
