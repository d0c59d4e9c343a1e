// Scalar values for ./generate.ts: which JSON types to try for a conjunction (declared, else
// guessed from its keywords), strings (formats, pattern samples, lengths) and numbers (bounds,
// multipleOf) that satisfy it. Not checked here: ValueGen checks every value it yields.

import { commonTypes } from './check.js';
import { FORMAT_SAMPLES, hasFormat, knownFormat } from '../../core/formats.js';
import { patternSamples, patternVariants, MAX_SAMPLE_LENGTH } from './regex.js';
import { has, regex, strLength, type JsonType, type Obj } from './schema.js';

const OBJECT_KEYS = [
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'minProperties',
  'maxProperties',
  'dependencies',
  'propertyNames',
];
const ARRAY_KEYS = ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const STRING_KEYS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/** Types to try, most likely first: declared ones, else guessed from the keywords present. */
export function typeOrder(conj: readonly Obj[], only?: readonly JsonType[]): JsonType[] {
  const declared = commonTypes(conj);
  let order: JsonType[];
  if (declared) {
    order = declared;
  } else {
    const present = (keys: string[]) => conj.some((c) => keys.some((k) => has(c, k)));
    const guess: JsonType[] = [];
    if (present(OBJECT_KEYS)) guess.push('object');
    if (present(ARRAY_KEYS)) guess.push('array');
    if (present(STRING_KEYS)) guess.push('string');
    if (present(NUMBER_KEYS)) guess.push('number');
    order = [...new Set<JsonType>([...guess, 'string', 'integer', 'number', 'boolean', 'object', 'array', 'null'])];
  }
  // A declared `number` also yields whole numbers; when only integers are asked for, ask for number.
  if (only) {
    order = only.filter(
      (t) =>
        order.includes(t) ||
        (t === 'integer' && order.includes('number')) ||
        (t === 'number' && order.includes('integer')),
    );
  }
  return order;
}

export function* stringValues(conj: readonly Obj[]): Generator<string> {
  const min = Math.max(0, ...conj.map((c) => (typeof c.minLength === 'number' ? c.minLength : 0)));
  const max = Math.min(
    MAX_SAMPLE_LENGTH,
    ...conj.map((c) => (typeof c.maxLength === 'number' ? c.maxLength : Infinity)),
  );
  const patterns = conj.map((c) => c.pattern).filter((p): p is string => typeof p === 'string');
  if (min > max) return;
  const formats = conj.map((c) => c.format).filter(knownFormat);
  const fits = (s: string) => {
    const n = strLength(s);
    return (
      n >= min && n <= max && patterns.every((p) => regex(p)?.test(s) ?? true) && formats.every((f) => hasFormat(f, s))
    );
  };
  for (const f of formats) for (const s of FORMAT_SAMPLES[f] ?? []) if (fits(s)) yield s;
  if (patterns.length > 0) {
    for (const p of patterns) for (const s of patternSamples(p, [min, Math.min(max, min + 8)])) if (fits(s)) yield s;
  }
  for (const base of ['example', 'a', 'x1']) {
    let s = base;
    if (strLength(s) < min) s += 'a'.repeat(min - strLength(s));
    if (strLength(s) > max) s = 'a'.repeat(Math.max(min, max));
    if (fits(s)) yield s;
  }
  // a series of distinct values, for uniqueItems
  for (let i = 2; i <= 24; i++) {
    const s = `example${i}`;
    if (fits(s)) yield s;
    else if (patterns.length > 0) {
      if (i === 2) for (const v of patternVariants(patterns[0]!, 24)) if (fits(v)) yield v;
    } else {
      const t = String.fromCharCode(96 + Math.min(i, 26)).repeat(Math.max(1, min));
      if (fits(t)) yield t;
    }
  }
}

/** Numbers inside the conjunction's bounds, multiples of its multipleOf, small and round first. */
export function numberValues(conj: readonly Obj[], integer: boolean): number[] {
  let lo = -Infinity;
  let hi = Infinity;
  let loOpen = false;
  let hiOpen = false;
  const mults: number[] = [];
  for (const c of conj) {
    if (typeof c.minimum === 'number' && c.minimum >= lo) [lo, loOpen] = [c.minimum, c.minimum === lo ? loOpen : false];
    if (typeof c.exclusiveMinimum === 'number' && c.exclusiveMinimum >= lo) [lo, loOpen] = [c.exclusiveMinimum, true];
    if (typeof c.maximum === 'number' && c.maximum <= hi) [hi, hiOpen] = [c.maximum, c.maximum === hi ? hiOpen : false];
    if (typeof c.exclusiveMaximum === 'number' && c.exclusiveMaximum <= hi) [hi, hiOpen] = [c.exclusiveMaximum, true];
    if (typeof c.multipleOf === 'number' && c.multipleOf > 0) mults.push(c.multipleOf);
  }
  const raw: number[] = [0, 1];
  if (!integer) raw.push(0.5, 1.5);
  const near = (x: number) => {
    raw.push(x, Math.ceil(x), Math.floor(x), x + 1, x - 1, Math.ceil(x) + 1, Math.floor(x) - 1);
    if (!integer) raw.push(x + 0.5, x - 0.5);
  };
  if (Number.isFinite(lo)) near(lo);
  if (Number.isFinite(hi)) near(hi);
  if (Number.isFinite(lo) && Number.isFinite(hi)) near((lo + hi) / 2);
  for (const m of mults) {
    raw.push(m, 2 * m);
    for (const b of [lo, hi])
      if (Number.isFinite(b))
        raw.push(Math.ceil(b / m) * m, Math.floor(b / m) * m, (Math.ceil(b / m) + 1) * m, (Math.floor(b / m) - 1) * m);
    if (mults.length > 1 && Number.isInteger(m))
      raw.push(mults.reduce((a, b) => (Number.isInteger(b) ? lcm(a, b) : a), m));
  }
  const ok = (x: number) =>
    Number.isFinite(x) &&
    (!integer || Number.isInteger(x)) &&
    (loOpen ? x > lo : x >= lo) &&
    (hiOpen ? x < hi : x <= hi) &&
    mults.every((m) => {
      const r = x / m;
      return r === parseInt(String(r), 10);
    });
  // a series of distinct values from the lowest allowed, for uniqueItems
  const start = Number.isFinite(lo) ? lo : 0;
  const step =
    mults.length > 0
      ? mults.reduce((a, b) => (Number.isInteger(a) && Number.isInteger(b) ? lcm(a, b) : Math.max(a, b)))
      : 1;
  for (let k = 0; k <= 24; k++) raw.push(Math.ceil(start / step) * step + k * step);
  return [...new Set(raw.map((x) => (Object.is(x, -0) ? 0 : x)))].filter(ok);
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}
