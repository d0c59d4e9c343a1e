// Issue 12, "removing what constrains nothing": annotations, and keywords draft-07 does not define
// (validators ignore them), never break in either direction; removing a real constraint never
// breaks backward. The last rows are the guard: the same edits on asserting keywords still break.

import { describe, expect, it } from 'vitest';
import { definedKeywords, isAssertingKeyword } from '../../../src/core/schema-vocabulary.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { arraysKeywords } from '../../../src/evolution/families/arrays.js';
import { combinatorsKeywords } from '../../../src/evolution/families/combinators.js';
import { enumsKeywords } from '../../../src/evolution/families/enums.js';
import { numbersKeywords } from '../../../src/evolution/families/numbers.js';
import { objectsKeywords } from '../../../src/evolution/families/objects.js';
import { stringsKeywords } from '../../../src/evolution/families/strings.js';
import { semanticsTable, type Row } from './harness.js';
import { byDraft04, byHand, isObject, isolatedAjv } from './validators.js';

const obj = (p: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties: { p },
  ...extra,
});
/** The draft-07 meaning of `{type: object, properties: {p: {type: string}}}`. */
const pIsString = (e: unknown) => isObject(e) && (!('p' in e) || typeof e.p === 'string');
const same = (name: string, old: unknown, next: unknown, extra: Partial<Row> = {}): Row => ({
  name,
  old,
  new: next,
  backward: true,
  forward: true,
  ...extra,
});

semanticsTable('annotations and unknown keywords constrain nothing', [
  same(
    'removing title and description',
    obj({ type: 'string', title: 'P', description: 'the p' }),
    obj({ type: 'string' }),
  ),
  same(
    'removing $comment, default, examples, readOnly, writeOnly',
    obj({ type: 'string', $comment: 'c', default: 'a', examples: ['b'], readOnly: true, writeOnly: false }),
    obj({ type: 'string' }),
  ),
  same(
    'removing contentEncoding and contentMediaType (annotations in draft-07)',
    obj({ type: 'string', contentEncoding: 'base64', contentMediaType: 'image/png' }),
    obj({ type: 'string' }),
  ),
  same(
    'changing contentEncoding',
    obj({ type: 'string', contentEncoding: 'base64' }),
    obj({ type: 'string', contentEncoding: 'base32' }),
  ),
  // A root $id nothing refers to names the document, and constrains nothing (own ajv instance: one instance keeps ids).
  same(
    'removing an unused root $id',
    obj({ type: 'string' }, { $id: 'http://example.com/annotations.json' }),
    obj({ type: 'string' }),
    { validate: isolatedAjv() },
  ),
  // Draft-07 ignores draft-04's `id`, which ajv 8 refuses to compile: ajv-draft-04 judges the row,
  // reading `id` as an identifier nothing refers to (type and properties mean the same in both drafts).
  same(
    'removing draft-04 `id` from a draft-07 schema (not a draft-07 keyword)',
    obj({ type: 'string', id: 'p' }),
    obj({ type: 'string' }),
    { validate: byDraft04() },
  ),
  same('adding a misspelt keyword (maxLenght: 3)', obj({ type: 'string' }), obj({ type: 'string', maxLenght: 3 })),
  same('removing a misspelt keyword', obj({ type: 'string', maxLenght: 3 }), obj({ type: 'string' })),
  // ajv honours OpenAPI's `nullable` in any dialect; draft-07 ignores it, so this row is judged by
  // its draft-07 meaning written out: "p, when present, is a string".
  (() => {
    const [old, next] = [obj({ type: 'string' }), obj({ type: 'string', nullable: true })];
    return same('adding OpenAPI nullable', old, next, {
      validate: byHand([
        [old, pIsString],
        [next, pIsString],
      ]),
    });
  })(),
  same(
    'changing an unknown keyword',
    obj({ type: 'string', format_hint: 'a' }),
    obj({ type: 'string', format_hint: { any: 'thing' } }),
  ),
  same(
    'a subschema of annotations only is the true schema',
    obj({}),
    obj({ description: 'anything', propertys: { a: { type: 'integer' } } }),
  ),
  // Guards: the asserting keyword the typo meant still breaks, and removing it only forward.
  {
    name: 'adding the real maxLength breaks backward',
    old: obj({ type: 'string', maxLenght: 3 }),
    new: obj({ type: 'string', maxLength: 3 }),
    backward: false,
    forward: true,
    witness: { backward: { p: 'abcd' } },
  },
  {
    name: 'removing a constraint never breaks backward',
    old: obj({ type: 'string', maxLength: 3, minLength: 1, pattern: '^a' }),
    new: obj({ type: 'string' }),
    backward: true,
    forward: false,
    witness: { forward: { p: 'b' } },
  },
]);

describe('how the annotation edits are reported', () => {
  const kinds = (a: unknown, b: unknown) => compareSchemas(a, b).map((c) => `${c.kind} ${c.pointer}`);

  it('each unknown or annotation keyword is an annotation-changed at its own place, saying what happened', () => {
    const changes = compareSchemas(
      obj({ type: 'string', nullable: true, contentEncoding: 'base64' }),
      obj({ type: 'string', maxLenght: 3 }),
    );
    expect(changes.map((c) => `${c.kind} ${c.pointer}`)).toEqual([
      'annotation-changed /properties/p/contentEncoding',
      'annotation-changed /properties/p/maxLenght',
      'annotation-changed /properties/p/nullable',
    ]);
    expect(changes.map((c) => c.message)).toEqual([
      'contentEncoding of "p" removed',
      'maxLenght of "p" added',
      'nullable of "p" removed',
    ]);
  });

  it('x- extensions and cxoneVersion are left to the platform rules, not reported as annotations', () => {
    expect(kinds(obj({ type: 'string', 'x-note': 'a' }), obj({ type: 'string', 'x-note': 'b' }))).toEqual([]);
  });

  it('a keyword with a value that is not valid draft-07 is still unanalysable (keyword-changed)', () => {
    expect(kinds(obj({ type: 'string', maxLength: '3' }), obj({ type: 'string', maxLength: 3 }))).toEqual([
      'keyword-changed /properties/p/maxLength',
    ]);
  });
});

describe('keyword-changed is left only for values that are not valid draft-07', () => {
  it('every asserting draft-07 keyword is modelled by a family ($ref is resolved before any family runs)', () => {
    const modelled = new Set([
      'type',
      ...objectsKeywords,
      ...arraysKeywords,
      ...stringsKeywords,
      ...numbersKeywords,
      ...enumsKeywords,
      ...combinatorsKeywords,
    ]);
    const unmodelled = definedKeywords('draft-07').filter(
      (k) => isAssertingKeyword(k) && k !== '$ref' && !modelled.has(k),
    );
    expect(unmodelled).toEqual([]);
  });
});
