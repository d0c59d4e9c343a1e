// The enums keyword family: `enum` (and `const`, which normalisation turns into a one-value
// enum). Values are compared by canonical JSON (object key order is irrelevant), with Sets, so a
// 100,000-value enum costs linear time.
//
// `enum` applies to every type, but a value of a JSON type that one of the two schemas does not
// allow is the type family's business: an event that breaks because of the enum is valid under
// both `type`s, so only values allowed by both are compared (sound, and no double counting of
// e.g. `[string, null]` -> `string` with `null` dropped from the enum).

import { canonicalJson } from '../../core/canonical.js';
import { jsonTypeOf } from '../../core/json-type.js';
import { allowsType, JSON_TYPES, typesOf, type JsonType } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { BOOLEAN, NULL, typesOf as typeBitsOf } from '../type-bits.js';
import { subject } from './shared.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const enumsKeywords: readonly string[] = ['enum', 'const'];

/**
 * Where the allowed values are written: `const` normalises to a one-value `enum`, but findings
 * point at what the file says.
 */
export const enumKey = (s: Record<string, unknown>) => ('const' in s ? 'const' : 'enum');
const keyOf = enumKey;

/** How many values a message shows before "and N more". */
const SHOWN = 5;

export function compareEnums(v: Visit): void {
  if (v.old.enum === v.new.enum) return;
  // A side without an enum whose values are few anyway (only null and booleans) lists them.
  const before = v.old.enum ?? (v.new.enum !== undefined ? finiteValues(v.old) : undefined);
  const after = v.new.enum ?? (v.old.enum !== undefined ? finiteValues(v.new) : undefined);
  const where = subject(v);
  if ((before !== undefined && !Array.isArray(before)) || (after !== undefined && !Array.isArray(after))) {
    if (canonicalJson(before) === canonicalJson(after)) return;
    v.emit(
      'keyword-changed',
      `keyword "enum" of ${where} changed to or from a value that is not a list; its effect is not analysed, so it is treated as breaking`,
      {
        at: after === undefined ? [] : [keyOf(v.new)],
        oldAt: before === undefined ? [] : [keyOf(v.old)],
        old: before,
        new: after,
      },
    );
    return;
  }
  if (before === undefined) {
    const values = after as unknown[];
    const what =
      values.length === 0
        ? 'an empty list of allowed values (nothing validates)'
        : `${count(values.length)} (${listValues(values)})`;
    v.emit('enum-added', `${where} is now restricted to ${what}; other live values will be rejected`, {
      at: [keyOf(v.new)],
      oldAt: [],
      new: after,
    });
    return;
  }
  if (after === undefined) {
    v.emit(
      'enum-removed',
      `the list of allowed values of ${where} was removed; consumers on the old schema may reject values outside it`,
      {
        at: [],
        oldAt: [keyOf(v.old)],
        old: before,
      },
    );
    return;
  }
  if (sameList(before, after)) return;

  const allowed = sharedTypes(v);
  const oldValues = new ValueSet(before, allowed);
  const newValues = new ValueSet(after, allowed);
  const removed = oldValues.missingFrom(newValues);
  const added = newValues.missingFrom(oldValues);
  if (removed.length === 0 && added.length === 0) return;

  const detail = { at: [keyOf(v.new)], oldAt: [keyOf(v.old)], old: before, new: after };
  if (added.length === 0) {
    v.emit(
      'enum-narrowed',
      `allowed values of ${where} narrowed: ${listValues(removed)} removed; live events carrying ${removed.length === 1 ? 'it' : 'them'} will be rejected`,
      detail,
    );
  } else if (removed.length === 0) {
    v.emit(
      'enum-extended',
      `allowed values of ${where} extended: ${listValues(added)} added; consumers on the old schema may reject ${added.length === 1 ? 'it' : 'them'}`,
      detail,
    );
  } else {
    v.emit(
      'enum-changed',
      `allowed values of ${where} changed: ${listValues(removed)} removed and ${listValues(added)} added; live events with a removed value will be rejected`,
      detail,
    );
  }
}

/** Every value a node can hold, when they are only null and booleans (undefined otherwise). */
export function finiteValues(node: Record<string, unknown>): unknown[] | undefined {
  const bits = typeBitsOf(node);
  if (bits === 0 || (bits & ~(NULL | BOOLEAN)) !== 0) return undefined;
  return [...((bits & NULL) !== 0 ? [null] : []), ...((bits & BOOLEAN) !== 0 ? [false, true] : [])];
}

/**
 * The distinct values of an enum under JSON equality: strings and numbers in native Sets (no
 * serialisation: the common 100,000-string enum costs two passes), everything else by canonical
 * JSON (objects regardless of key order).
 */
class ValueSet {
  private readonly strings = new Set<string>();
  private readonly numbers = new Set<number>();
  private readonly others = new Map<string, unknown>();

  constructor(values: unknown[], allowed: ((t: JsonType) => boolean) | undefined) {
    for (const value of values) {
      if (allowed && !allowed(jsonTypeOf(value) ?? 'object')) continue;
      // Sets compare numbers by SameValueZero: 0 and -0 are one value, as in JSON.
      if (typeof value === 'string') this.strings.add(value);
      else if (typeof value === 'number') this.numbers.add(value);
      else this.others.set(canonicalJson(value), value);
    }
  }

  /** The values of this set that `other` lacks: strings, then numbers, then the rest, each in first-seen order. */
  missingFrom(other: ValueSet): unknown[] {
    const out: unknown[] = [];
    for (const s of this.strings) if (!other.strings.has(s)) out.push(s);
    for (const n of this.numbers) if (!other.numbers.has(n)) out.push(n);
    for (const [key, value] of this.others) if (!other.others.has(key)) out.push(value);
    return out;
  }
}

/** Cheap exit for the common case of an unchanged list of primitives. */
function sameList(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== b[i] || (x !== null && typeof x === 'object')) return false;
  }
  return true;
}

/** A filter for values whose type both schemas allow; undefined when neither restricts the type. */
function sharedTypes(v: Visit): ((t: JsonType) => boolean) | undefined {
  if (!typesOf(v.old) && !typesOf(v.new)) return undefined;
  // Decided once per type, not per value: a 100,000-value enum must stay cheap.
  const shared = new Set(JSON_TYPES.filter((t) => allowsType(v.old, t) && allowsType(v.new, t)));
  return (t) => shared.has(t);
}

export function listValues(values: unknown[]): string {
  const shown = values.slice(0, SHOWN).map(brief).join(', ');
  return values.length > SHOWN ? `${shown} and ${values.length - SHOWN} more` : shown;
}

function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function count(n: number): string {
  return n === 1 ? '1 allowed value' : `${n} allowed values`;
}
