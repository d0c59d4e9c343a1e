// The strings keyword family: maxLength, minLength, pattern and format. These keywords only
// constrain strings, so they are compared only when both schemas allow strings; when one does
// not, the change of `type` is the whole story (and the type family reports it).

import { allowsType, eitherUses } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { subject, unanalysed } from './shared.js';
import { patternWords } from '../witness/regex-language.js';
import { regex } from '../witness/schema.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const stringsKeywords: readonly string[] = ['maxLength', 'minLength', 'pattern', 'format'];

export function compareStrings(v: Visit): void {
  const o = v.old;
  const n = v.new;
  if (!eitherUses(o, n, stringsKeywords)) return;
  if (!allowsType(o, 'string') || !allowsType(n, 'string')) return;
  compareMaxLength(v);
  compareMinLength(v);
  compareText(v, 'pattern');
  compareText(v, 'format');
}

export function compareMaxLength(v: Visit): void {
  const before = v.old.maxLength;
  const after = v.new.maxLength;
  if (before === after) return;
  if (!validLength(before) || !validLength(after)) return unanalysed(v, 'maxLength');
  const where = subject(v);
  if (before === undefined) {
    v.emit('max-length-added', `maxLength ${after} added to ${where}; longer live values will be rejected`, {
      at: ['maxLength'],
      oldAt: [],
      new: after,
    });
  } else if (after === undefined) {
    v.emit(
      'max-length-removed',
      `maxLength ${before} of ${where} removed; consumers on the old schema may reject longer values`,
      {
        at: [],
        oldAt: ['maxLength'],
        old: before,
      },
    );
  } else if (after > before) {
    v.emit(
      'max-length-increased',
      `maxLength of ${where} increased from ${before} to ${after}; consumers on the old schema may reject the longer values`,
      {
        at: ['maxLength'],
        old: before,
        new: after,
      },
    );
  } else {
    v.emit(
      'max-length-decreased',
      `maxLength of ${where} decreased from ${before} to ${after}; longer live values will be rejected`,
      {
        at: ['maxLength'],
        old: before,
        new: after,
      },
    );
  }
}

export function compareMinLength(v: Visit): void {
  const before = v.old.minLength;
  const after = v.new.minLength;
  if (before === after) return;
  if (!validLength(before) || !validLength(after)) return unanalysed(v, 'minLength');
  // minLength: 0 is dropped by normalisation; an explicit 0 here would still mean "no minimum".
  const b = before ?? 0;
  const a = after ?? 0;
  if (a === b) return;
  const where = subject(v);
  if (b === 0) {
    v.emit('min-length-added', `minLength ${a} added to ${where}; shorter live values will be rejected`, {
      at: ['minLength'],
      oldAt: [],
      new: after,
    });
  } else if (a === 0) {
    v.emit(
      'min-length-removed',
      `minLength ${b} of ${where} removed; consumers on the old schema may reject shorter values`,
      {
        at: after === undefined ? [] : ['minLength'],
        oldAt: ['minLength'],
        old: before,
        ...(after === undefined ? {} : { new: after }),
      },
    );
  } else if (a > b) {
    v.emit(
      'min-length-increased',
      `minLength of ${where} increased from ${b} to ${a}; shorter live values will be rejected`,
      {
        at: ['minLength'],
        old: before,
        new: after,
      },
    );
  } else {
    v.emit(
      'min-length-decreased',
      `minLength of ${where} decreased from ${b} to ${a}; consumers on the old schema may reject the shorter values`,
      {
        at: ['minLength'],
        old: before,
        new: after,
      },
    );
  }
}

export function compareText(v: Visit, key: 'pattern' | 'format'): void {
  const before = v.old[key];
  const after = v.new[key];
  if (before === after) return;
  if ((before !== undefined && typeof before !== 'string') || (after !== undefined && typeof after !== 'string'))
    return unanalysed(v, key);
  const show = (s: string) => (key === 'pattern' ? `/${s}/` : JSON.stringify(s));
  const where = subject(v);
  if (before === undefined) {
    const tail =
      key === 'pattern'
        ? 'live values not matching it will be rejected'
        : 'live values not in that format will be rejected';
    v.emit(`${key}-added`, `${key} ${show(after as string)} added to ${where}; ${tail}`, {
      at: [key],
      oldAt: [],
      new: after,
    });
  } else if (after === undefined) {
    v.emit(
      `${key}-removed`,
      `${key} ${show(before)} of ${where} removed; consumers on the old schema may reject values it used to exclude`,
      {
        at: [],
        oldAt: [key],
        old: before,
      },
    );
  } else if (key === 'pattern' && comparePatterns(v, before, after, where)) {
    return;
  } else {
    v.emit(
      `${key}-changed`,
      `${key} of ${where} changed from ${show(before)} to ${show(after)}; a value may be valid under one and rejected by the other`,
      {
        at: [key],
        old: before,
        new: after,
      },
    );
  }
}

/** A length limit we can reason about: absent, or a non-negative integer. */
function validLength(x: unknown): x is number | undefined {
  return x === undefined || (typeof x === 'number' && Number.isInteger(x) && x >= 0);
}

/**
 * A changed pattern judged by the strings it accepts, when one side lists them (./witness/
 * regex-language.ts): a wider or narrower pattern, or the same strings (no change). False: not
 * proven either way (reported as `pattern-changed`).
 */
export function comparePatterns(v: Visit, before: string, after: string, where: string): boolean {
  const widens = patternWithin(before, after);
  const narrows = patternWithin(after, before);
  if (widens && narrows) return true;
  if (!widens && !narrows) return false;
  const [kind, tail] = widens
    ? ([
        'pattern-widened',
        'every value the old one accepts still matches, and new ones do, which consumers on the old schema may reject',
      ] as const)
    : ([
        'pattern-narrowed',
        'every value it accepts matched the old one, but some live values no longer match',
      ] as const);
  v.emit(kind, `pattern of ${where} changed from /${before}/ to /${after}/: ${tail}`, {
    at: ['pattern'],
    old: before,
    new: after,
  });
  return true;
}

/**
 * Whether every string `from` accepts matches `to`: true only when proven (`from` lists its
 * strings, each checked by both patterns).
 */
function patternWithin(from: string, to: string): boolean {
  // Read from the tree first: clearing a pattern of catastrophic backtracking (regex()) may cost seconds.
  const words = patternWords(from);
  if (words === undefined) return false;
  const [reFrom, reTo] = [regex(from), regex(to)];
  // Patterns not cleared are never run (regex() is null then).
  if (reFrom === null || reTo === null) return false;
  // The list is read from the pattern's tree: each string is checked against the pattern itself too.
  return words.every((w) => reFrom.test(w) && reTo.test(w));
}
