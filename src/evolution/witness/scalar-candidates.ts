// Candidate values of the scalar keyword families, for ./candidates.ts: a type the new schema
// dropped, a removed enum value, strings at the old and new length bounds and old pattern,
// numbers at and around every bound; plus the generic strings and values other families reuse.

import { FORMAT_SAMPLES, knownFormat } from '../../core/formats.js';
import type { ValueGen } from './generate.js';
import { MAX_SAMPLE_LENGTH, patternSamples } from './regex.js';
import { numberValues } from './scalar-values.js';
import { has, inEnum, JSON_TYPES, regex, strLength, typeAllows, typesOf, type Obj } from './schema.js';

export const GENERIC_STRINGS = [
  '',
  'a',
  'example',
  'A',
  '0',
  ' ',
  'a b',
  '-',
  '_',
  'é',
  'Example Value',
  'a'.repeat(256),
];
export const GENERIC_VALUES: unknown[] = [null, true, false, 0, 1, -1, 0.5, '', 'example', [], {}];
export const ENUM_SCAN_LIMIT = 200_000;

/** Values of each type the old node allows and the new one does not (fractions when number became integer). */
export function* typeValues(
  gen: ValueGen,
  nodes: readonly unknown[],
  o: Obj | undefined,
  n: Obj | undefined,
): Generator<unknown> {
  const oldTypes = o ? typesOf(o) : undefined;
  const newTypes = n ? typesOf(n) : undefined;
  const lost = JSON_TYPES.filter(
    (t) => typeAllows(oldTypes, t) && (!typeAllows(newTypes, t) || (t === 'number' && !newTypes?.includes('number'))),
  );
  for (const t of lost) {
    yield* gen.values(nodes, { types: [t] }, 3);
    if (o) yield* gen.values([o], { types: [t] }, 2);
  }
}

export function* enumValues(o: Obj | undefined, n: Obj | undefined, conj: readonly Obj[]): Generator<unknown> {
  const oldList = o ? listOf(o) : undefined;
  const newList = n ? listOf(n) : undefined;
  const sources = oldList ? [oldList] : conj.map(listOf).filter((l): l is unknown[] => l !== undefined);
  for (const list of sources) {
    let yielded = 0;
    const scan = Math.min(list.length, ENUM_SCAN_LIMIT);
    for (let i = 0; i < scan && yielded < 20; i++) {
      if (newList && inEnum(newList, list[i])) continue;
      yielded++;
      yield list[i];
    }
  }
}

function listOf(s: Obj): unknown[] | undefined {
  if (has(s, 'const')) return [s.const];
  return Array.isArray(s.enum) ? s.enum : undefined;
}

export function num(s: Obj | undefined, k: string): number | undefined {
  const v = s?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Strings at the length bounds of both versions, shaped by the old pattern, then usual strings. */
export function* stringValues(conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<string> {
  const lengths = new Set<number>();
  for (const s of [o, n, ...conj]) {
    for (const k of ['minLength', 'maxLength']) {
      const b = num(s, k);
      if (b !== undefined) for (const d of [0, 1, -1]) if (b + d >= 0 && b + d <= MAX_SAMPLE_LENGTH) lengths.add(b + d);
    }
  }
  const patterns = [o, ...conj].map((s) => s?.pattern).filter((p): p is string => typeof p === 'string');
  const uniquePatterns = [...new Set(patterns)];
  for (const len of lengths) {
    let done = false;
    for (const p of uniquePatterns) {
      for (const s of patternSamples(p, [len])) {
        if (strLength(s) === len && uniquePatterns.every((q) => regex(q)?.test(s) ?? true)) {
          yield s;
          done = true;
          break;
        }
      }
    }
    if (!done) yield 'example'.slice(0, len) + 'a'.repeat(Math.max(0, len - 7));
  }
  for (const p of uniquePatterns) yield* patternSamples(p);
  // strings in the live format (which a changed or added new format may refuse)
  for (const f of new Set([o, ...conj].map((s) => s?.format).filter(knownFormat))) yield* FORMAT_SAMPLES[f] ?? [];
  yield* GENERIC_STRINGS;
  if (n && typeof n.pattern === 'string') {
    // strings that almost match the new pattern: each sample with a character changed
    for (const s of patternSamples(n.pattern).slice(0, 2))
      if (s.length > 0) yield s.slice(0, -1) + (s.endsWith('#') ? '@' : '#');
  }
}

/** Numbers at and around every bound of both versions, multiples, and usual numbers. */
export function* numberCandidates(conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<number> {
  const out: number[] = [];
  for (const s of [o, n, ...conj]) {
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
      const b = num(s, k);
      if (b !== undefined) out.push(b, b - 1, b + 1, b - 0.5, b + 0.5, b - 0.01, b + 0.01, Math.floor(b), Math.ceil(b));
    }
    const m = num(s, 'multipleOf');
    if (m !== undefined && m > 0) out.push(m, 2 * m, 3 * m, m / 2, m + 1);
  }
  // the old constraints' own valid numbers come first within their range
  yield* numberValues(conj, false).slice(0, 6);
  yield* out;
  yield* [0, 1, -1, 0.5, -0.5, 100, 1e6, -1e6, 2147483648, 9007199254740991];
}
