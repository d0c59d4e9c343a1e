// Hostile text for the round-trip generators: names (schema titles, filter names) that are awkward
// as file names or differ only by case or normalization, and descriptions and values that are
// awkward in YAML. All of it is what cxone-api.md lets a tenant hold: it sets no length, alphabet or
// case rule for titles, names or descriptions.
//
// Not generated, on purpose: control characters in titles and names (the control-character rule
// refuses them by design: they could forge workflow commands in the log) and lone UTF-16
// surrogates (JSON can carry them, UTF-8 files cannot).

import type { Rng } from './prng.js';

/** A JSON number written as this exact text in a request body (-0, 1e21, integers past 2^53). */
export class RawNumber {
  constructor(readonly text: string) {}
}

const WORDS = [
  'OrderPlaced',
  'order placed',
  'order_placed',
  'order-placed',
  'ORDER_PLACED',
  'Order.Placed',
  'Café Crème',
  'Cafe\u0301 Cre\u0300me',
  'straße',
  'STRASSE',
  'İstanbul',
  'ﬁle',
  'ＡＢＣ',
  'Ωmega',
  '事件',
  'イベント',
  'שלום עולם',
  'مرحبا بالعالم',
  '🎉 party',
  '👩🏽‍💻 dev',
  'a\u200bb',
  'nbsp\u00a0x',
  'CON',
  'nul',
  'aux.txt',
  'LPT1',
  'schema',
  'filter',
  'schema-2',
  'filter-2',
  'x',
  'A',
  'null',
  'true',
  'yes',
  '~',
  '123',
  '1e3',
  '0x1F',
  '-',
  '---',
  '...',
  '#',
  '%',
  '@home',
  '&a',
  '*a',
  '!t',
];

const AWKWARD = [
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '..',
  '.',
  '#',
  '%',
  '&',
  '$',
  '{',
  '}',
  '[',
  ']',
  "'",
  '`',
  '@',
  '!',
  ' ',
  '  ',
  '\u3000',
];

/** Names for one tenant's schemas or filters: exactly `n` distinct strings (exact, not case-folded). */
export function hostileNames(rng: Rng, n: number, blankOk: boolean): string[] {
  const out = new Set<string>();
  // A blank name is one the platform takes for a filter (it refuses a blank schema title).
  if (blankOk && rng.chance(0.7)) out.add(rng.pick([' ', '  ', '\u3000', ' \u00a0 ']));
  // Bounded: each round adds at most a handful; the fallback guarantees progress.
  for (let round = 0; out.size < n && round < n * 20; round++) {
    for (const name of nameFamily(rng)) {
      if (out.size >= n) break;
      if (!blankOk && name.trim() === '') continue;
      if (name !== '') out.add(name);
    }
  }
  for (let i = 0; out.size < n; i++) out.add(`fallback ${i}`);
  return rng.sample([...out], n);
}

/** One name and some of its look-alikes (case, normalization, unsafe characters). */
function nameFamily(rng: Rng): string[] {
  const base = baseName(rng);
  const family = [base];
  if (rng.chance(0.4)) family.push(base.toUpperCase(), base.toLowerCase(), swapCase(base));
  if (rng.chance(0.3)) family.push(base.normalize('NFD'), base.normalize('NFC'), base.normalize('NFKC'));
  if (rng.chance(0.3)) family.push(`${base} `, ` ${base}`, `.${base}`, `${base}.`, `${base}..`);
  if (rng.chance(0.3)) family.push(`${base}${rng.pick(AWKWARD)}`, `${rng.pick(AWKWARD)}${base}`);
  return family;
}

function baseName(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return rng.pick(WORDS);
    case 1:
      return `${rng.pick(WORDS)}${rng.pick(AWKWARD)}${rng.pick(WORDS)}`;
    case 2:
      return [
        '..',
        '.hidden',
        '../../etc/passwd',
        'a/../b',
        'C:\\tmp\\x',
        'what*?',
        'a:b',
        '\\\\server\\share',
        './',
        '.',
        ' .',
        '. ',
      ][rng.int(0, 11)]!;
    case 3:
      // Long: past any file-name limit (255 bytes), in multi-byte text too.
      return Array.from({ length: rng.int(30, 120) }, () => rng.pick(WORDS)).join(rng.pick([' ', '_', '', '/']));
    case 4:
      return Array.from({ length: rng.int(1, 4) }, () => rng.pick(AWKWARD)).join('');
    default:
      return `${rng.pick(WORDS)} ${rng.int(0, 99)}`;
  }
}

function swapCase(s: string): string {
  return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

const FRAGMENTS = [
  'plain words',
  ': ',
  'key: value',
  ' #',
  '# not a comment',
  '---',
  '...',
  '*anchor',
  '&anchor',
  '!tag',
  '!!str',
  '@at',
  '%YAML 1.2',
  '%',
  '`tick`',
  '| literal',
  '> folded',
  '? key',
  '- item',
  '[a, b]',
  '{a: b}',
  '\t',
  '\ttab',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '"double"',
  "'single'",
  '\\',
  '\\n',
  'null',
  '~',
  'yes',
  'NO',
  '1e21',
  '0o17',
  '0x1F',
  '1_000',
  '12:30:00',
  '2024-01-01',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u202e override',
  '🎉',
  'עברית',
  'Cafe\u0301',
  '::error::forged',
  '##[warning]',
  '<!-- x -->',
  '${{ x }}',
  '&amp;',
  '<script>',
  '=',
  '<<',
  '\\u0041',
];

/** A description: hostile fragments, sometimes long, sometimes blank or all line breaks. */
export function hostileText(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0:
      // Whitespace that YAML writers get wrong: lines of spaces only, spaces on both sides of a break.
      return rng.pick([
        '',
        ' ',
        '\n',
        '\n\n',
        '\t',
        ' \n ',
        '\r\n',
        'x\n',
        'x\n\n\n',
        '\nx',
        '  x\ny',
        'a  \nb',
        'a\n   \nb',
        '-',
        '- ',
        '#',
        'null',
        '   \n',
        'x\n   \n',
        'a \n \n b\u001b, and more than forty characters of text',
      ]);
    case 1:
      return Array.from({ length: rng.int(200, 2000) }, () => rng.pick(FRAGMENTS)).join('');
    default:
      return Array.from({ length: rng.int(1, 12) }, () => rng.pick(FRAGMENTS)).join(rng.pick(['', ' ', '\n']));
  }
}

/** A string value (enum member, matcher value, prefix): hostile, never empty unless `emptyOk`. */
export function hostileString(rng: Rng, emptyOk = true): string {
  const s = rng.chance(0.5) ? rng.pick([...WORDS, ...FRAGMENTS]) : hostileText(rng);
  return s === '' && !emptyOk ? 'v' : s;
}

/** Numbers that are hard to keep exact: -0, 1e21, past 2^53, the extremes of a double. */
export const HARD_NUMBERS: readonly (number | RawNumber)[] = [
  0,
  1,
  -1,
  0.1,
  1.5,
  -2.5,
  100,
  1e21,
  1e-7,
  5e-324,
  1.7976931348623157e308,
  -1e300,
  2 ** 53,
  2 ** 53 + 2,
  new RawNumber('-0'),
  new RawNumber('1E21'),
  new RawNumber('9007199254740993'),
  new RawNumber('123456789012345678901234567890'),
  new RawNumber('1.0'),
  new RawNumber('-0.0e0'),
  new RawNumber('0.30000000000000004'),
];

export function hardNumber(rng: Rng, integer = false): number | RawNumber {
  if (integer)
    return rng.pick([
      0,
      1,
      -1,
      100,
      2 ** 53,
      1e21,
      new RawNumber('-0'),
      new RawNumber('9007199254740993'),
      new RawNumber('1.0'),
    ]);
  return rng.pick(HARD_NUMBERS);
}

/** The number a RawNumber is read as (what the platform stores). */
export function numberOf(v: number | RawNumber): number {
  return v instanceof RawNumber ? Number(v.text) : v;
}
