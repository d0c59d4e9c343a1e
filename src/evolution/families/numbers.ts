// The numbers keyword family: the effective upper bound (maximum / exclusiveMaximum), the
// effective lower bound (minimum / exclusiveMinimum) and multipleOf. Compared only when both
// schemas allow numbers; when one does not, the change of `type` is the whole story.
//
// Why effective bounds: `maximum` and `exclusiveMaximum` together are one constraint (the
// tighter of the two), so `maximum: 10` -> `exclusiveMaximum: 10` is one narrowing, not a
// removal plus an addition. Why integers matter: an event that breaks because of a bound is
// valid under both `type`s (otherwise the type family reports it), so when either schema allows
// only integers the bounds are compared on integers, where `< 11` and `<= 10` are the same.

import type { ChangeKind } from '../change.js';
import { allowsType, eitherUses, typesOf, type Schema } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { subject, unanalysed } from './shared.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const numbersKeywords: readonly string[] = [
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'multipleOf',
];

export function compareNumbers(v: Visit): void {
  const o = v.old;
  const n = v.new;
  if (!eitherUses(o, n, numbersKeywords)) return;
  if (!allowsType(o, 'integer') || !allowsType(n, 'integer')) return;
  const integers = !allowsType(o, 'number') || !allowsType(n, 'number');
  compareBound(v, UPPER, integers);
  compareBound(v, LOWER, integers);
  compareMultipleOf(v);
}

// ---- bounds --------------------------------------------------------------------------------

interface Side {
  inclusive: 'maximum' | 'minimum';
  exclusive: 'exclusiveMaximum' | 'exclusiveMinimum';
  /** +1 for an upper bound (larger = looser), -1 for a lower bound. */
  dir: 1 | -1;
  kinds: { added: ChangeKind; removed: ChangeKind; looser: ChangeKind; tighter: ChangeKind; restated: ChangeKind };
  words: { looser: string; tighter: string; outside: string };
}

const UPPER: Side = {
  inclusive: 'maximum',
  exclusive: 'exclusiveMaximum',
  dir: 1,
  kinds: {
    added: 'maximum-added',
    removed: 'maximum-removed',
    looser: 'maximum-increased',
    tighter: 'maximum-decreased',
    restated: 'maximum-restated',
  },
  words: { looser: 'increased', tighter: 'decreased', outside: 'larger' },
};

const LOWER: Side = {
  inclusive: 'minimum',
  exclusive: 'exclusiveMinimum',
  dir: -1,
  kinds: {
    added: 'minimum-added',
    removed: 'minimum-removed',
    looser: 'minimum-decreased',
    tighter: 'minimum-increased',
    restated: 'minimum-restated',
  },
  words: { looser: 'decreased', tighter: 'increased', outside: 'smaller' },
};

/** An effective bound: `value` and `open` as compared (integer-normalised when applicable), `key`/`raw` as written. */
interface Bound {
  value: number;
  open: boolean;
  key: string;
  raw: number;
}

export function compareBound(v: Visit, side: Side, integers: boolean): void {
  const oi = v.old[side.inclusive];
  const oe = v.old[side.exclusive];
  const ni = v.new[side.inclusive];
  const ne = v.new[side.exclusive];
  if (oi === ni && oe === ne) return;
  if (![oi, oe, ni, ne].every(validBound)) {
    unanalysed(v, side.inclusive);
    unanalysed(v, side.exclusive);
    return;
  }
  const before = effective(v.old, side, integers);
  const after = effective(v.new, side, integers);
  const where = subject(v);
  if (!before && !after) return;
  if (!before) {
    const b = after!;
    v.emit(
      side.kinds.added,
      `${b.key} ${b.raw} added to ${where}; ${side.words.outside} live values will be rejected`,
      { at: [b.key], oldAt: [], new: b.raw },
    );
    return;
  }
  if (!after) {
    v.emit(
      side.kinds.removed,
      `${before.key} ${before.raw} of ${where} removed; consumers on the old schema may reject ${side.words.outside} values`,
      {
        at: [],
        oldAt: [before.key],
        old: before.raw,
      },
    );
    return;
  }
  const detail = { at: [after.key], oldAt: [before.key], old: before.raw, new: after.raw };
  const range = `from ${show(before, side)} to ${show(after, side)}`;
  if (before.value === after.value && before.open === after.open) {
    const what = integers ? 'integers' : 'values';
    v.emit(
      side.kinds.restated,
      `${side.inclusive} of ${where} rewritten ${range}; the same ${what} are allowed`,
      detail,
    );
  } else if (looser(after, before, side)) {
    v.emit(
      side.kinds.looser,
      `${side.inclusive} of ${where} ${side.words.looser} ${range}; consumers on the old schema may reject the ${side.words.outside} values`,
      detail,
    );
  } else {
    v.emit(
      side.kinds.tighter,
      `${side.inclusive} of ${where} ${side.words.tighter} ${range}; ${side.words.outside} live values will be rejected`,
      detail,
    );
  }
}

/** The tighter of the inclusive and the exclusive keyword, or undefined when neither is present. */
function effective(s: Schema, side: Side, integers: boolean): Bound | undefined {
  const inc = s[side.inclusive] as number | undefined;
  const exc = s[side.exclusive] as number | undefined;
  const a = inc === undefined ? undefined : normalise(inc, false, side, integers);
  const b = exc === undefined ? undefined : normalise(exc, true, side, integers);
  if (!a) return b;
  if (!b) return a;
  // On a tie the exclusive keyword is the one that binds.
  return looser(a, b, side) ? b : looser(b, a, side) ? a : b;
}

/**
 * The bound as a half-line. On integers an inclusive bound at the nearest integer inside is
 * equivalent (`< 11` = `<= 10`, `<= 10.5` = `<= 10`); only where that integer is exactly
 * representable, so a huge bound is kept as written (still a correct half-line, just less tidy).
 */
function normalise(raw: number, open: boolean, side: Side, integers: boolean): Bound {
  const key = open ? side.exclusive : side.inclusive;
  if (!integers || !Number.isFinite(raw)) return { value: raw, open, key, raw };
  const inward = side.dir === 1 ? Math.floor : Math.ceil;
  if (!Number.isInteger(raw)) return { value: inward(raw), open: false, key, raw };
  if (!open) return { value: raw, open: false, key, raw };
  if (Number.isSafeInteger(raw)) return { value: raw - side.dir, open: false, key, raw };
  return { value: raw, open: true, key, raw };
}

/** True when bound `a` allows a strict superset of what `b` allows. */
function looser(a: Bound, b: Bound, side: Side): boolean {
  if (a.value !== b.value) return side.dir === 1 ? a.value > b.value : a.value < b.value;
  return !a.open && b.open;
}

function show(b: Bound, side: Side): string {
  const op = side.dir === 1 ? '<' : '>';
  return `${op}${b.key === side.exclusive ? '' : '='} ${b.raw}`;
}

function validBound(x: unknown): boolean {
  return x === undefined || (typeof x === 'number' && !Number.isNaN(x));
}

// ---- multipleOf ----------------------------------------------------------------------------

export function compareMultipleOf(v: Visit): void {
  const rawBefore = v.old.multipleOf;
  const rawAfter = v.new.multipleOf;
  if (rawBefore === rawAfter) return;
  const valid = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x > 0);
  if (!valid(rawBefore) || !valid(rawAfter)) return unanalysed(v, 'multipleOf');
  // Integers are multiples of 1: against a side that allows fractions and has a multipleOf, an
  // integer-only side counts as multipleOf 1 (so {type: integer} = {type: number, multipleOf: 1}).
  const before = effectiveMultipleOf(
    v.old,
    rawBefore as number | undefined,
    rawAfter !== undefined && !integerOnly(v.new),
  );
  const after = effectiveMultipleOf(
    v.new,
    rawAfter as number | undefined,
    rawBefore !== undefined && !integerOnly(v.old),
  );
  if (before === after) return;
  const where = subject(v);
  if (before === undefined) {
    v.emit(
      'multiple-of-added',
      `multipleOf ${after} added to ${where}; live values that are not multiples of ${after} will be rejected`,
      {
        at: ['multipleOf'],
        oldAt: [],
        new: after,
      },
    );
    return;
  }
  if (after === undefined) {
    v.emit(
      'multiple-of-removed',
      `multipleOf ${before} of ${where} removed; consumers on the old schema may reject values that are not multiples of ${before}`,
      {
        at: [],
        oldAt: ['multipleOf'],
        old: before,
      },
    );
    return;
  }
  const detail = {
    at: rawAfter === undefined ? ['type'] : ['multipleOf'],
    oldAt: rawBefore === undefined ? ['type'] : ['multipleOf'],
    old: before,
    new: after,
  };
  const b = before as number;
  const a = after as number;
  if (isMultiple(a, b)) {
    v.emit(
      'multiple-of-expanded',
      `multipleOf of ${where} changed from ${b} to ${a}, a multiple of it; live multiples of ${b} that are not multiples of ${a} will be rejected`,
      detail,
    );
  } else if (isMultiple(b, a)) {
    v.emit(
      'multiple-of-reduced',
      `multipleOf of ${where} changed from ${b} to ${a}, a divisor of it; consumers on the old schema may reject the finer values`,
      detail,
    );
  } else {
    v.emit(
      'multiple-of-changed',
      `multipleOf of ${where} changed from ${b} to ${a}, neither a multiple nor a divisor of it; values may be valid under one and rejected by the other`,
      detail,
    );
  }
}

/**
 * The multipleOf a side holds to, integers counted as multiples of 1 (`implicit`: also without a
 * multipleOf of its own).
 */
function effectiveMultipleOf(s: Schema, raw: number | undefined, implicit: boolean): number | undefined {
  if (!integerOnly(s)) return raw;
  if (raw === undefined) return implicit ? 1 : undefined;
  // On integers, a multipleOf that divides 1 (0.5, 0.25) allows every integer.
  return isMultiple(1, raw) ? 1 : raw;
}

/** The only numbers the side's `type` allows are integers. */
function integerOnly(s: Schema): boolean {
  const types = typesOf(s);
  return types !== undefined && types.has('integer') && !types.has('number');
}

/**
 * A positive finite number as an exact decimal, mantissa * 10^exponent: an integer as its exact
 * value (String(2 ** 60) drops digits), a fraction from its shortest round-trip text (0.1, not
 * the binary 0.1000000000000000055...), which is the number as the schema wrote it.
 */
function decimal(x: number): { m: bigint; e: number } {
  if (Number.isInteger(x)) return { m: BigInt(x), e: 0 };
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (!match) throw new Error(`not a positive decimal: ${x}`);
  const frac = match[2] ?? '';
  return { m: BigInt(match[1]! + frac), e: Number(match[3] ?? 0) - frac.length };
}

/**
 * True when `a / b` is an integer, in exact decimal arithmetic on the numbers as written (so
 * 0.3 is a multiple of 0.1, although 0.3 / 0.1 is 2.9999999999999996 in binary floating point).
 */
export function isMultiple(a: number, b: number): boolean {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a % b === 0;
  const x = decimal(a);
  const y = decimal(b);
  const shift = x.e - y.e;
  return shift >= 0 ? (x.m * 10n ** BigInt(shift)) % y.m === 0n : x.m % (y.m * 10n ** BigInt(-shift)) === 0n;
}
