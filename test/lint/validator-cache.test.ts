// Validators kept between runs of the bin (src/lint/validator-cache.ts): a kept validator judges
// every event exactly as the compile it was kept from, a file is only used for the very schema it
// was compiled from, and a damaged or foreign file is never run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiled, type Compiled } from '../../src/lint/validators.js';
import {
  keepValidatorCode,
  keptValidatorCode,
  useValidatorCache,
  validatorCacheHasRoom,
} from '../../src/lint/validator-cache.js';

const base = mkdtempSync(join(tmpdir(), 'validator-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(base, 'run-'));
  useValidatorCache(dir);
});
afterEach(() => useValidatorCache(undefined));

const files = () => readdirSync(dir).filter((f) => f.startsWith('validator-'));
/** compiled() remembers a validator per document object: a copy is a new document to it. */
const fresh = (doc: object): Compiled => compiled(structuredClone(doc));

/** Outcome of a validator on an event: its answer and errors, or what it threw. */
function outcome(v: Compiled, event: unknown): unknown {
  if (!v.ok) return { notCompiled: v.error };
  try {
    return { valid: v.validate(event), errors: v.errors() };
  } catch (e) {
    return { threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

// What ajv's generated code reaches beyond itself: the deep-equality helper (enum, const,
// uniqueItems), string length in code points (maxLength), the formats, the regex engine (patterns,
// patternProperties, and one the ReDoS checker does not clear), $ref within the document and to its root.
const SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Everything',
  type: 'object',
  definitions: {
    node: { type: 'object', properties: { next: { $ref: '#/definitions/node' }, v: { const: { a: [1, 2] } } } },
  },
  properties: {
    kind: { enum: ['a', { b: 1 }, null] },
    tags: { type: 'array', uniqueItems: true, items: { type: 'string', maxLength: 3 } },
    at: { type: 'string', format: 'date-time' },
    ip: { type: 'string', format: 'ipv4' },
    code: { type: 'string', pattern: '^[A-Z]{2}-\\d+$' },
    slow: { type: 'string', pattern: '^(a+)+$' },
    list: { $ref: '#/definitions/node' },
    self: { $ref: '#' },
    n: { type: 'number', multipleOf: 0.5, exclusiveMaximum: 10 },
  },
  patternProperties: { '^x-': { type: 'integer' } },
  additionalProperties: false,
};

const EVENTS: unknown[] = [
  {},
  { kind: 'a' },
  { kind: { b: 1 } },
  { kind: { b: 2 } },
  { tags: ['ab', 'ab'] },
  { tags: ['😀😀😀'] },
  { tags: ['😀😀😀😀'] },
  { at: '2024-01-01T00:00:00Z' },
  { at: '2024-13-01T00:00:00Z' },
  { ip: '10.0.0.1' },
  { ip: '10.0.0.256' },
  { code: 'AB-12' },
  { code: 'ab-12' },
  { slow: 'aaa' },
  { list: { next: { next: { v: { a: [1, 2] } } } } },
  { list: { next: { v: { a: [2, 1] } } } },
  { self: { self: { n: 9.5 } } },
  { self: { n: 10 } },
  { 'x-count': 3 },
  { 'x-count': 'three' },
  { other: true },
  [],
  'text',
];

describe('a kept validator', () => {
  it('is written by the compile, and judges every event as the compile did (answers, errors, refusals)', () => {
    // ajv's own compile, with no cache: what a kept validator must answer. (With one, the run that
    // compiles judges with the code it kept, as every later run does.)
    useValidatorCache(undefined);
    const compile = fresh(SCHEMA);
    useValidatorCache(dir);
    expect(files()).toEqual([]);
    const first = fresh(SCHEMA);
    expect(first.ok).toBe(true);
    for (const event of EVENTS) expect(outcome(first, event), JSON.stringify(event)).toEqual(outcome(compile, event));
    expect(files()).toHaveLength(1);
    const file = join(dir, files()[0]!);
    const code = readFileSync(file, 'utf8');
    for (const helper of ['ajv/dist/runtime/equal', 'ajv/dist/runtime/ucs2length', 'cxone-contract/formats'])
      expect(code).toContain(`require("${helper}")`);
    expect(code).toContain('require("cxone-contract/regexp").guardedRegExp');
    const inode = statSync(file).ino;
    const kept = fresh(SCHEMA);
    // Loaded, not compiled again: a compile writes the file anew (another inode).
    expect(statSync(file).ino).toBe(inode);
    for (const event of EVENTS) expect(outcome(kept, event), JSON.stringify(event)).toEqual(outcome(first, event));
    // The pattern the ReDoS checker does not clear is refused, not run, by both.
    expect(outcome(kept, { slow: 'aaa' })).toMatchObject({ threw: expect.stringContaining('UnclearedRegexError') });
  });

  it('is the one run on the next compile of the same schema, and only for that schema', () => {
    fresh(SCHEMA);
    const [file] = files();
    // Replace the kept code with a validator that accepts nothing, under a valid checksum: it is run.
    const text = readFileSync(join(dir, file!), 'utf8');
    const newline = text.indexOf('\n');
    const key = text.slice(newline + 1, newline + 1 + Number(text.slice(0, newline).split(' ')[1]));
    expect(JSON.parse(key)).toEqual(SCHEMA);
    const rejectAll = '"use strict";module.exports = function v(){ v.errors = [{keyword:"kept"}]; return false; };';
    writeKept(file!, key, rejectAll);
    const kept = fresh(SCHEMA);
    expect(outcome(kept, {})).toEqual({ valid: false, errors: [{ keyword: 'kept' }] });
    // A file that names another schema in this schema's slot is not run: it is compiled and replaced.
    writeKept(file!, key.replace('Everything', 'Something else'), rejectAll);
    expect(outcome(fresh(SCHEMA), {})).toEqual({ valid: true, errors: [] });
    expect(readFileSync(join(dir, file!), 'utf8')).not.toContain('Something else');
  });

  it('is not run when its bytes were damaged: the schema is compiled again and the file rewritten', () => {
    fresh(SCHEMA);
    const [file] = files();
    const text = readFileSync(join(dir, file!), 'utf8');
    // Bit rot in the code (past the key, which is compared whole anyway): the limit maxLength checks.
    const code = text.indexOf('"use strict"');
    expect(text.slice(code)).toMatch(/ > 3\b/);
    const damaged = text.slice(0, code) + text.slice(code).replace(/ > 3\b/, ' > 9');
    expect(damaged).not.toBe(text);
    writeFileSync(join(dir, file!), damaged);
    expect(outcome(fresh(SCHEMA), { tags: ['abcd'] })).toMatchObject({ valid: false });
    expect(readFileSync(join(dir, file!), 'utf8')).toBe(text);
  });

  it('is not kept for a schema JSON cannot tell apart (NaN, the infinities, -0) nor without a directory', () => {
    for (const value of [NaN, Infinity, -Infinity, -0]) {
      const doc = { type: 'object', properties: { a: { const: value } } };
      expect(fresh(doc).ok).toBe(true);
    }
    expect(files()).toEqual([]);
    // Nor one with a `__proto__` key, which ajv's code would turn into a prototype: judged as
    // compiled, on every compile.
    const proto = JSON.parse('{"type":"object","properties":{"x":{"const":{"__proto__":{"a":1}}}}}') as object;
    for (let i = 0; i < 2; i++) {
      expect(outcome(compiled(JSON.parse(JSON.stringify(proto)) as object), { x: {} })).toMatchObject({ valid: false });
      const same = JSON.parse('{"x":{"__proto__":{"a":1}}}') as unknown;
      expect(outcome(compiled(JSON.parse(JSON.stringify(proto)) as object), same)).toMatchObject({ valid: true });
    }
    expect(files()).toEqual([]);
    useValidatorCache(undefined);
    expect(fresh(SCHEMA).ok).toBe(true);
    expect(files()).toEqual([]);
  });

  it('a schema too deep to write as JSON is judged as without a cache: not kept, no exception', () => {
    const deep = () => {
      let doc: Record<string, unknown> = { type: 'string' };
      for (let i = 0; i < 20_000; i++) doc = { type: 'object', properties: { a: doc } };
      return doc;
    };
    const withCache = compiled(deep());
    useValidatorCache(undefined);
    expect(withCache).toEqual(compiled(deep()));
    expect(withCache).toMatchObject({ ok: false, error: expect.stringContaining('too deeply') });
    expect(files()).toEqual([]);
  });

  it('a schema that does not compile is not kept, and is reported again on every compile', () => {
    const broken = { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } };
    const a = fresh(broken);
    const b = fresh(broken);
    expect(a.ok).toBe(false);
    expect(b).toEqual(a);
    expect(files()).toEqual([]);
  });
});

describe('the kept files', () => {
  const numbered = (n: number) => ({ ...SCHEMA, title: `Schema ${n}` });

  const titles = () =>
    files()
      .filter((f) => f.endsWith('.json'))
      .map((f) => /Schema (\d)/.exec(readFileSync(join(dir, f), 'utf8'))![1])
      .sort();

  /**
   * Each file last used a second after the one of the schema numbered before it, a minute ago (a
   * file system's clock may give files written in one run the same time; a touch now is later).
   */
  const lastUsedInOrder = () => {
    const minuteAgo = Date.now() / 1000 - 60;
    for (const f of files().filter((f) => f.endsWith('.json'))) {
      const n = Number(/Schema (\d)/.exec(readFileSync(join(dir, f), 'utf8'))![1]);
      utimesSync(join(dir, f), minuteAgo + n, minuteAgo + n);
    }
  };

  it('are held to a number: the least recently used go, never one the run uses', () => {
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    for (let n = 1; n <= 5; n++) fresh(numbered(n));
    // The run's own files fill the room: the last two are compiled each time, not kept.
    expect(titles()).toEqual(['1', '2', '3']);
    expect(validatorCacheHasRoom()).toBe(false); // (so ajv's code for 4 and 5 was not even written out)
    // The next run reads 2, then needs room twice: 1 and 3 go, least recently used first.
    lastUsedInOrder();
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    expect(validatorCacheHasRoom()).toBe(true);
    fresh(numbered(2));
    fresh(numbered(4));
    expect(titles()).toEqual(['2', '3', '4']);
    fresh(numbered(5));
    expect(titles()).toEqual(['2', '4', '5']);
    // A run that only reads 4 makes it the most recently used: the run after evicts 2, then 5.
    lastUsedInOrder();
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    fresh(numbered(4));
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    fresh(numbered(6));
    expect(titles()).toEqual(['4', '5', '6']);
    fresh(numbered(7));
    expect(titles()).toEqual(['4', '6', '7']);
  });

  it('are held to a size in all', () => {
    fresh(numbered(1));
    const size = statSync(join(dir, files()[0]!)).size;
    useValidatorCache(dir, { maxFiles: 100, maxBytes: size * 2 + size / 2 });
    for (let n = 2; n <= 4; n++) fresh(numbered(n));
    expect(titles()).toEqual(['2', '3']);
  });

  it("go with their code caches (the launcher's `<file>-<crc>.v8`), and a code cache whose file is gone goes", () => {
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    for (let n = 1; n <= 3; n++) fresh(numbered(n));
    const cacheOf = (f: string) => f.replace(/\.json$/, '-0badc0de.v8');
    for (const f of files()) writeFileSync(join(dir, cacheOf(f)), 'V8 data');
    const orphan = 'validator-0123456789abcdef-0badc0de.v8';
    writeFileSync(join(dir, orphan), 'V8 data');
    lastUsedInOrder();
    const one = files().find((f) => f.endsWith('.json') && readFileSync(join(dir, f), 'utf8').includes('Schema 1'))!;
    useValidatorCache(dir, { maxFiles: 3, maxBytes: 1 << 30 });
    fresh(numbered(4)); // the least recently used (1) goes, and its code cache with it
    expect(titles()).toEqual(['2', '3', '4']);
    expect(files()).not.toContain(cacheOf(one));
    expect(files()).not.toContain(orphan);
    expect(files().filter((f) => f.endsWith('.v8'))).toHaveLength(2);
  });

  it('count their code caches in the size bound', () => {
    fresh(numbered(1));
    const [kept] = files();
    const size = statSync(join(dir, kept!)).size;
    writeFileSync(join(dir, kept!.replace(/\.json$/, '-0badc0de.v8')), Buffer.alloc(size));
    useValidatorCache(dir, { maxFiles: 100, maxBytes: size * 3 + size / 2 });
    for (let n = 2; n <= 3; n++) fresh(numbered(n));
    // 1 with its code cache is two files' worth: 2 and 3 leave no room for it.
    expect(titles()).toEqual(['2', '3']);
  });

  it('lose what a killed run left half-written when a run next writes', () => {
    const left = join(dir, 'validator-0123456789abcdef.json.99999999.tmp');
    writeFileSync(left, 'half');
    writeFileSync(join(dir, 'unrelated.tmp'), 'not ours');
    fresh(numbered(1));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual(['unrelated.tmp']);
  });
});

function writeKept(file: string, key: string, code: string): void {
  const body = key + code;
  writeFileSync(join(dir, file), `${crc32(body).toString(16).padStart(8, '0')} ${key.length}\n${body}`);
}

describe('the file format', () => {
  it('never keeps code with a lone surrogate (UTF-8 would read it back as U+FFFD under the same checksum)', () => {
    keepValidatorCode('{"k":1}', 'module.exports = "\ud800";');
    expect(files()).toEqual([]);
    keepValidatorCode('{"k":1}', 'module.exports = "\ud83d\ude00";');
    expect(keptValidatorCode('{"k":1}')).toBe('module.exports = "\ud83d\ude00";');
  });
});
