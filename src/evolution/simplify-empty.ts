// Schemas that accept nothing (issue 12, false alarms): a node no value can satisfy is the `false`
// schema, however it is spelt (`type: string` with `minLength: 3, maxLength: 1`, `type: integer`
// with a `then`/`else` that wants objects, a required property declared `false`, ...). A change
// inside such a node cannot reject a live event, since no live event reaches it.
//
// The analysis is one-sided: it says "empty" only when no value can be valid, never the reverse
// (a missed emptiness is a possible false alarm; a wrong one would hide a break). It reads the
// node's own keywords plus the type sets already worked out for its subschemas (children are
// simplified first; a subschema not seen yet, e.g. through a cycle, counts as "any type"). Also:
// `enum` values a keyword of the node rejects are dropped (the node's meaning is unchanged).

import { asSchema, isTrueSchema, list, num, type Schema } from './schema-model.js';
import { bounds, forbidden, noNameAllowed, rejects } from './simplify-values.js';
import { setAside } from './simplify-aside.js';
import { patternLengths } from './witness/regex-language.js';
import { regex } from './witness/schema.js';
import { accepts, EXACT, validValue } from './value-check.js';
import {
  ANY_TYPE,
  ARRAY,
  bitOf,
  bitsOfTypes,
  FRACTION,
  INTEGER,
  NUMBER,
  OBJECT,
  STRING,
  typesOf,
} from './type-bits.js';

/** Why a node was found to accept nothing (for the finding's message), by node. */
const EMPTIED = new WeakMap<Schema, string>();

/** Why `s` accepts nothing, when the simplifier found it so (undefined for a literal `false`). */
export function emptiedBecause(s: Schema): string | undefined {
  return EMPTIED.get(s);
}

export function markEmptied(s: Schema, why: string): void {
  EMPTIED.set(s, why);
}

/**
 * The types `p` can hold (`others`: by its keywords but `not`) and, when none, why. Drops `enum`
 * values the node's own keywords reject (in place; `changed` says whether it did).
 */
export function analyse(p: Schema): { bits: number; others: number; why?: string; changed: boolean } {
  let changed = false;
  let bits = ANY_TYPE;
  let why: string | undefined;
  const narrow = (mask: number, reason: () => string) => {
    const before = bits;
    bits &= mask;
    if (bits === 0 && before !== 0 && why === undefined) why = reason();
  };
  if (Array.isArray(p.type)) narrow(bitsOfTypes(p.type), () => `no value is of type ${p.type as string[]}`);
  if (Array.isArray(p.enum)) {
    const kept = p.enum.filter((v) => !rejects(p, v));
    if (kept.length !== p.enum.length) {
      p.enum = kept;
      changed = true;
    }
    // A keyword every value left satisfies says nothing the enum does not.
    const satisfied: string[] =
      kept.length === 0 ? [] : EXACT.filter((k) => p[k] !== undefined && kept.every((v) => accepts(p, k, v) === true));
    const re = kept.length > 0 && typeof p.pattern === 'string' ? regex(p.pattern) : null;
    if (re && kept.every((v) => typeof v !== 'string' || re.test(v))) satisfied.push('pattern');
    for (const k of satisfied) {
      setAside(p, k, p[k]);
      delete p[k];
    }
    if (satisfied.length > 0) changed = true;
    let enumBits = 0;
    for (const v of kept) enumBits |= bitOf(v);
    narrow(enumBits, () =>
      kept.length === 0
        ? 'no value of its enum (or const) passes its other keywords'
        : 'no value of its enum is of its type',
    );
  }
  const s = stringFlaw(p);
  if (s) narrow(~STRING, () => `no string can be valid (${s}) and the type allows only strings`);
  const n = numberFlaws(p);
  if (n.mask !== ANY_TYPE) narrow(n.mask, () => `no number can be valid (${n.why}) and the type allows only numbers`);
  const a = arrayFlaw(p);
  if (a) narrow(~ARRAY, () => `no array can be valid (${a}) and the type allows only arrays`);
  const o = objectFlaw(p);
  if (o) narrow(~OBJECT, () => `no object can be valid (${o}) and the type allows only objects`);
  for (const [i, m] of list(p.allOf).entries())
    narrow(typesOf(m), () => `allOf member ${i} allows none of the types the rest allows`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = list(p[key]);
    if (members.length > 0)
      narrow(
        members.reduce<number>((acc, m) => acc | typesOf(m), 0),
        () => `no ${key} member allows a type the rest allows`,
      );
  }
  if (p.if !== undefined) {
    // One branch applies to every value: where `if` cannot hold, `else` alone.
    const branches = (bits & typesOf(p.if)) === 0 ? typesOf(p.else) : typesOf(p.then) | typesOf(p.else);
    narrow(branches, () => 'its then/else branches allow none of its types');
  }
  // Last, so `others` says what the node holds without its `not`.
  const others = bits;
  const negated = typeOnly(p.not);
  if (negated !== undefined) narrow(~negated, () => 'its `not` excludes every type it allows');
  return { bits, others, why, changed };
}

/** The types a `not` subschema holding only `type` (annotations aside) matches: all values of them. */
function typeOnly(n: unknown): number | undefined {
  if (n === null || typeof n !== 'object' || Array.isArray(n)) return undefined;
  const s = n as Schema;
  if (!Array.isArray(s.type)) return undefined;
  const rest: Schema = { ...s };
  delete rest.type;
  return isTrueSchema(rest) ? bitsOfTypes(s.type) : undefined;
}

function stringFlaw(p: Schema): string | undefined {
  const [min, max] = [num(p.minLength), num(p.maxLength)];
  if (min !== undefined && max !== undefined && min > max) return `minLength ${min} is above maxLength ${max}`;
  if (typeof p.pattern !== 'string' || (min === undefined && max === undefined)) return undefined;
  // The lengths the pattern's own matches can have (read from its tree, never by running it).
  const lengths = patternLengths(p.pattern);
  if (lengths === undefined) return undefined;
  if (max !== undefined && lengths.min > max)
    return `pattern /${p.pattern}/ matches nothing shorter than ${lengths.min} characters, above maxLength ${max}`;
  if (min !== undefined && lengths.max < min)
    return `pattern /${p.pattern}/ matches nothing longer than ${lengths.max} characters, below minLength ${min}`;
  return undefined;
}

/** The number kinds a node's numeric keywords leave possible (ANY_TYPE: all), and why not the others. */
function numberFlaws(p: Schema): { mask: number; why: string } {
  const { lo, loX, hi, hiX } = bounds(p);
  if (lo > hi || (lo === hi && (loX || hiX))) return { mask: ~NUMBER, why: `the bounds ${lo} to ${hi} hold no number` };
  let mask = ANY_TYPE;
  const reasons: string[] = [];
  // Integers in range: from the least above lo to the greatest below hi.
  const first = loX ? Math.floor(lo) + 1 : Math.ceil(lo);
  const last = hiX ? Math.ceil(hi) - 1 : Math.floor(hi);
  if (Number.isFinite(first) && Number.isFinite(last) && first > last) {
    mask &= ~INTEGER;
    reasons.push(`no integer between ${lo} and ${hi}`);
  }
  const m = num(p.multipleOf);
  if ((m !== undefined && m > 0 && Number.isInteger(m)) || (lo === hi && Number.isInteger(lo))) {
    mask &= ~FRACTION;
    reasons.push(
      m !== undefined && Number.isInteger(m) ? `multipleOf ${m} admits integers only` : `only ${lo} is in bounds`,
    );
  }
  return { mask, why: reasons.join('; ') };
}

/** Values of a listing tried on the other side, at most. */
const MAX_LISTED = 64;

function arrayFlaw(p: Schema): string | undefined {
  // `contains` asks for an item at least.
  const [min, max] = [Math.max(num(p.minItems) ?? 0, p.contains !== undefined ? 1 : 0), num(p.maxItems)];
  if (max !== undefined && min > max) return `minItems ${min} is above maxItems ${max}`;
  if (p.contains !== undefined && typesOf(p.contains) === 0) return 'contains accepts no item';
  // Every item must pass `items`: an item `contains` asks for must be of a type both allow.
  if (p.contains !== undefined && p.items !== undefined && !Array.isArray(p.items)) {
    if ((typesOf(p.contains) & typesOf(p.items)) === 0) return 'contains asks for an item of a type items forbids';
    // One side lists its values: none of them passes the other.
    const [c, i] = [asSchema(p.contains), asSchema(p.items)];
    if (
      c &&
      i &&
      Array.isArray(c.enum) &&
      c.enum.length <= MAX_LISTED &&
      c.enum.every((v) => validValue(i, v) === false)
    )
      return 'items accept none of the values contains asks for';
    if (
      c &&
      i &&
      Array.isArray(i.enum) &&
      i.enum.length <= MAX_LISTED &&
      i.enum.every((v) => validValue(c, v) === false)
    )
      return 'contains accepts none of the values items allow';
  }
  if (p.contains !== undefined && max === 0) return 'contains needs an item and maxItems is 0';
  if (min === 0) return undefined;
  if (Array.isArray(p.items)) {
    const at = p.items.findIndex((s, i) => i < min && typesOf(s) === 0);
    if (at >= 0) return `item ${at} accepts nothing and minItems is ${min}`;
    if (p.items.length < min && p.additionalItems !== undefined && typesOf(p.additionalItems) === 0)
      return `the tuple has ${p.items.length} items, no more are allowed, and minItems is ${min}`;
  } else if (p.items !== undefined && typesOf(p.items) === 0) return `items accept nothing and minItems is ${min}`;
  return undefined;
}

function objectFlaw(p: Schema): string | undefined {
  const required = list(p.required).map(String);
  const [min, max] = [Math.max(num(p.minProperties) ?? 0, required.length), num(p.maxProperties)];
  if (max !== undefined && min > max) return `${min} properties are needed and maxProperties is ${max}`;
  if (min > 0 && p.propertyNames !== undefined && typesOf(p.propertyNames) === 0)
    return 'propertyNames accepts no name and a property is needed';
  if (min > 0 && noNameAllowed(p)) return 'no property is allowed and one is needed';
  for (const name of required) {
    if (forbidden(p, name)) return `required property "${name}" accepts no value`;
  }
  // A closed object holds only its declared names, less those ruled out.
  if (min > 0 && closed(p)) {
    const props = p.properties as Record<string, unknown>;
    const names = Object.keys(props).filter((k) => typesOf(props[k]) !== 0);
    // Only these keywords rule out a declared name whose own schema accepts values (cheap count first).
    const more =
      names.length >= min &&
      (p.propertyNames !== undefined ||
        p.dependencies !== undefined ||
        p.patternProperties !== undefined ||
        p.allOf !== undefined);
    const held = more ? names.filter((k) => !forbidden(p, k)) : names;
    if (held.length < min) return `only ${held.length} of its declared properties can be present and ${min} are needed`;
  }
  return undefined;
}

/**
 * No name outside `properties` is allowed (additionalProperties false, no pattern admits one);
 * `properties` is a map.
 */
function closed(p: Schema): boolean {
  if (p.properties === null || typeof p.properties !== 'object' || Array.isArray(p.properties)) return false;
  if (p.additionalProperties === undefined || typesOf(p.additionalProperties) !== 0) return false;
  const patterns = (p.patternProperties ?? {}) as Record<string, unknown>;
  return Object.values(patterns).every((s) => typesOf(s) === 0);
}
