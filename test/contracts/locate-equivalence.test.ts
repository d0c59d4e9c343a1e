// The event-index locator (locate.ts) must answer exactly like the reference `yaml`-library
// locator (locate-yaml.ts) for every pointer of a document, plus pointers that lead nowhere.
// Documents: the fixtures, hand-written edge cases, and a few hundred generated ones in many
// styles (yaml.stringify / js-yaml dump with random options, JSON, comments, CRLF).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildLocateIndex, createLocator, indexedOffset } from '../../src/contracts/locate.js';
import { createYamlLocator } from '../../src/contracts/locate-yaml.js';
import { toPointer } from '../../src/core/pointer.js';

/** Every pointer of `doc`, with variants that do not exist (nearest-ancestor semantics). */
function pointersOf(doc: unknown): string[] {
  const out = ['', 'no-leading-slash', '/'];
  const walk = (v: unknown, tokens: (string | number)[]): void => {
    const p = toPointer(tokens);
    out.push(p, p + '/missing~1key', p + '/0', p + '/99', p + '/-', p + '/1/deeper');
    if (tokens.length > 12) return;
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...tokens, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...tokens, k]);
  };
  walk(doc, []);
  return [...new Set(out)];
}

interface Outcome {
  mismatches: { pointer: string; fast: unknown; reference: unknown }[];
  pointers: number;
  /** Pointers the index could not answer (the reference locator answered them). */
  fallbacks: string[];
}

function compare(text: string, pointers = pointersOf(load(text, { schema: CORE_SCHEMA }))): Outcome {
  const fast = createLocator(text);
  const reference = createYamlLocator(text);
  const index = buildLocateIndex(text);
  const mismatches: Outcome['mismatches'] = [];
  const fallbacks: string[] = [];
  for (const pointer of pointers) {
    const a = fast(pointer);
    const b = reference(pointer);
    if (a.line !== b.line || a.column !== b.column) mismatches.push({ pointer, fast: a, reference: b });
    if (!index || indexedOffset(index, text, pointer) < 0) fallbacks.push(pointer);
  }
  return { mismatches, pointers: pointers.length, fallbacks };
}

/** Same answers as the reference, and all of them from the index (no fallback). */
function expectExact(text: string): void {
  const r = compare(text);
  expect(r.mismatches, text).toEqual([]);
  expect(r.fallbacks, text).toEqual([]);
}

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ya?ml|json)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

const HAND_WRITTEN: [string, string][] = [
  ['nested maps', 'a:\n  b:\n    c: 1\n    d: two\n  e: {}\nf: x\n'],
  [
    'sequences of maps',
    'items:\n  - name: a\n    type: string\n  - name: b\n    nested:\n      - - deep\n        - er\n      - k: v\n',
  ],
  ['compact sequence in a map', 'list:\n- a\n- b: 1\n  c: 2\n-   spaced\n'],
  ['flow style', 'a: {b: [1, 2, {c: d}], "e": \'f\'}\ng: [ {h: i},  [j, k] ]\nl: {m: n,\n  o: [p,\n   q]}\n'],
  ['flow pairs in a sequence', 'a: [k: v, "q": 1, ? x : y, {z: 1}]\n'],
  ['quoted keys', '"double": 1\n\'single\': 2\n"esc\\"aped": 3\n\'it\'\'s\': 4\n"uni\\u00e9": 5\n"": 6\n'],
  ['keys needing pointer escapes', '"a/b": 1\n"m~n": 2\n"~1": 3\n"/": 4\n"~": {"x/y~z": [5]}\n'],
  [
    'keys that resolve to other types',
    '1: a\n0x1F: c\n1.5: d\ntrue: e\n~: g\n.inf: h\nNull2: i\n-1: j\n+2: k\n0o17: l\n"007": m\n',
  ],
  [
    'multi-line scalars',
    'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: plain\n  continued\nd: "dq\n  next"\ne: \'sq\n  next\'\nseq:\n  - |\n    lit\n  - >+\n    fold\n\n  - |2-  # header comment |\n      indented\n  - plain\n    more\n  - "q\n    r"\n',
  ],
  [
    'comments everywhere',
    '# head\n\na: 1 # trailing\n# between\nb: # after key\n  # before value\n  c: 2\n  d: [x, # in flow\n    y]\n  e:\n    # before item\n    - 1 # after item\n    - 2\n# tail\n',
  ],
  [
    'anchors and aliases',
    'defs:\n  base: &b\n    type: string\n    enum: &e [a, b]\n  s: &s "str"\nuse:\n  one: *b\n  two: *e\n  three: *s\n  list: [*b, *s]\n  redefined: &b {x: 1}\n  later: *b\n',
  ],
  [
    'anchors and tags before keys and items',
    'a: &m\n  k: 1\nb: !!map\n  k: 2\nc:\n  - &i item\n  - !!str 12\n  - &f {x: 1}\n  - !!seq [1]\n  - &k key: 1\n    other: 2\n',
  ],
  ['explicit keys', '? a\n: 1\n? "b"\n: - 2\n? c\n? |\n  block key\n: 3\n? >-\n  folded\n  key\n: [4]\n'],
  ['multi-line keys in flow', 'a: {multi\n  word: 1, "dq\n  key": [2], \'sq\n  key\': {x: 3}}\n'],
  ['unicode', 'emoji: "😀😀"\n"😀": [😀, é, x]\nafter: {k: 😀}\n'],
  ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - y: |\r\n      lit\r\n      eral\r\nc: "q\r\n  r"\r\n'],
  [
    'JSON',
    '{\n  "title": "J",\n  "properties": {\n    "a": {"type": "string"},\n    "b": [1, {"c": null}, []]\n  }\n}\n',
  ],
  ['compact JSON', '{"a":{"b":[1,2,{"c":"d"}]},"e":"f/g"}'],
  ['document markers', '%YAML 1.2\n---\na: 1\nb: [x]\n...\n'],
  ['no trailing newline', 'a:\n  - x\n  - y'],
  ['sequence root', '- a\n- b: 1\n- [c]\n'],
];

/** Documents the index answers in part only; the fallback must make the answers identical. */
const WITH_FALLBACK: [string, string][] = [
  ['null sequence items', 'a:\n  -\n  - \n  - x\n  - !!null\n  - &n\nb: [x, ]\n'],
  ['tagged keys', '!!str 1: a\n!!str x: b\ny: c\nz:\n  - !!str tagged: 1\n    other: 2\n'],
  ['empty key', ': root-null-key\nx: 1\n'],
];

describe('locate: event index vs the yaml-library reference', () => {
  it.each(files(fixtures).map((f) => [path.relative(fixtures, f), f]))('fixture %s', (_name, file) => {
    expectExact(readFileSync(file, 'utf8'));
  });

  it.each(HAND_WRITTEN)('%s', (_name, text) => {
    expectExact(text);
  });

  it.each(WITH_FALLBACK)('%s (partly by fallback)', (_name, text) => {
    const r = compare(text);
    expect(r.mismatches, text).toEqual([]);
  });

  it('places only the unplaceable pointers by fallback', () => {
    const r = compare(WITH_FALLBACK[0]?.[1] ?? '');
    expect(r.fallbacks).toEqual(expect.arrayContaining(['/a/0', '/a/1', '/a/3', '/a/4']));
    expect(r.fallbacks.filter((p) => !/^\/a\/[0134](\/|$)/.test(p))).toEqual([]);
  });

  it('never matches a collection as a key (js-yaml rejects such files; the index still agrees)', () => {
    const text = '? [a, b]\n: 1\n? {c: d}\n: 2\ne: 3\n';
    const r = compare(text, ['', '/e', '/0', '/a,b', '/[a, b]', '/[object Object]', '/e/x']);
    expect(r.mismatches).toEqual([]);
    expect(r.fallbacks).toEqual([]);
  });

  it('matches on generated documents in many styles', () => {
    const r = rng(20240611);
    let docs = 0;
    let pointers = 0;
    const fallbacks: string[] = [];
    for (let i = 0; i < 400; i++) {
      const text = render(value(r, 0, []), r);
      if (!parsesCleanly(text)) continue;
      docs++;
      const out = compare(text);
      expect(out.mismatches, text).toEqual([]);
      pointers += out.pointers;
      fallbacks.push(...out.fallbacks);
    }
    expect(docs).toBeGreaterThan(300);
    expect(pointers).toBeGreaterThan(20_000);
    // Both dumpers write null items as `null`, so nothing here needs the reference locator.
    expect(fallbacks).toEqual([]);
  });
});

// --- the generator ------------------------------------------------------------------------

type Rng = () => number;

function rng(seed: number): Rng {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const KEYS = [
  'type',
  'properties',
  'items',
  'name',
  'a/b',
  'm~n',
  '~1',
  '/',
  '~',
  'with space',
  'quo"te',
  "it's",
  '1',
  '007',
  '1.5',
  'true',
  'null',
  'Null',
  '',
  '😀',
  'key: colon',
  '#hash',
  '-dash',
  '[x]',
  '{y}',
  '& amp',
  '*star',
  '!bang',
  '%pct',
  '@at',
  'multi\nline',
  ' lead',
  'trail ',
  '?q',
  'é',
  'a,b',
  'x'.repeat(40),
];
const STRINGS = [
  'x',
  'hello world',
  'multi\nline\ntext',
  'trailing\n',
  '  indented\n more',
  '',
  'a: b',
  '# no comment',
  '- dash',
  '"q"',
  "'s'",
  '2024-01-01',
  '1.0',
  'true',
  'null',
  '~',
  'long '.repeat(20),
  'ünïcödé 😀',
  'x\n\n\ny\n\n',
  'tab\there',
  'a #b',
];

function value(r: Rng, depth: number, pool: object[]): unknown {
  const p = r();
  if (depth > 0 && pool.length > 0 && p < 0.04) return pick(r, pool); // becomes an anchor + alias
  if (depth > 4 || p < 0.4) {
    const q = r();
    if (q < 0.55) return pick(r, STRINGS);
    if (q < 0.75) return Math.floor(r() * 2000) - 1000;
    if (q < 0.85) return Math.round(r() * 1e4) / 100;
    if (q < 0.95) return r() < 0.5;
    return null;
  }
  let out: object;
  if (p < 0.75) {
    const obj: Record<string, unknown> = {};
    const n = Math.floor(r() * 6);
    for (let i = 0; i < n; i++) obj[pick(r, KEYS)] = value(r, depth + 1, pool);
    out = obj;
  } else {
    const n = Math.floor(r() * 5);
    out = Array.from({ length: n }, () => value(r, depth + 1, pool));
  }
  pool.push(out);
  return out;
}

function render(v: unknown, r: Rng): string {
  const root = v !== null && typeof v === 'object' ? v : { root: v };
  const how = r();
  let text: string;
  if (how < 0.45) {
    text = stringify(root, {
      indent: pick(r, [2, 3, 4]),
      indentSeq: r() < 0.5,
      collectionStyle: pick(r, ['any', 'any', 'flow', 'block'] as const),
      defaultStringType: pick(r, [
        'PLAIN',
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_LITERAL',
        'BLOCK_FOLDED',
      ] as const),
      defaultKeyType: pick(r, [null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const),
      lineWidth: pick(r, [0, 20, 80]),
      minContentWidth: 0,
      flowCollectionPadding: r() < 0.5,
    });
  } else if (how < 0.85) {
    text = dump(root, {
      indent: pick(r, [1, 2, 4]),
      flowLevel: pick(r, [-1, -1, 0, 1, 2]),
      seqNoIndent: r() < 0.3,
      seqInlineFirst: r() < 0.5,
      lineWidth: pick(r, [20, 80, -1]),
      quoteStyle: pick(r, ['single', 'double'] as const),
      forceQuotes: r() < 0.2,
      flowBracketPadding: r() < 0.3,
      quoteFlowKeys: r() < 0.3,
    });
  } else {
    text = JSON.stringify(root, null, pick(r, [0, 1, 2]));
  }
  if (r() < 0.4) text = withComments(text, r);
  if (r() < 0.2) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** Comment lines between lines, at the indentation of the next line (may break a few docs). */
function withComments(text: string, r: Rng): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (r() < 0.15) out.push(' '.repeat(/^ */.exec(line)?.[0].length ?? 0) + '# comment ' + i);
    out.push(line);
  });
  return out.join('\n');
}

/** Both parsers accept the text (a generated comment can land inside a multi-line scalar). */
function parsesCleanly(text: string): boolean {
  try {
    load(text, { schema: CORE_SCHEMA });
  } catch {
    return false;
  }
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  return doc.errors.length === 0;
}
