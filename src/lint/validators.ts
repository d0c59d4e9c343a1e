// The one compile of a user's schema: the lint validates the schema's examples with it
// (./schema/examples.ts) and the evolution judges every witness with it (../evolution/witness/), so
// a check compiles each document once, however many stages ask (compiling is most of what ajv costs:
// about 3 ms a schema on a cold start). Validators are cached per document object (a WeakMap: a
// document no longer used takes its validator with it). `format` is asserted, as the engine reads
// it (../core/formats.ts), so a witness never relies on a string the live schema's format would
// refuse. All errors are collected: a rejection is attributed to a change by reading them
// (../evolution/witness/attribute.ts), and the lint reports each problem of an example.
//
// The bin keeps each compile's code between runs (./validator-cache.ts): ajv's standalone module of
// the validator, whose helpers (ajv's runtime functions, the formats, the regex engine:
// ./validator-runtime.ts) are handed in by name when it is loaded again, so it judges exactly as the
// compile did. ajv's compiler (./validator-compile.ts) is loaded only when a schema has no kept
// validator: `compiled` is synchronous, so the stages that call it run under whenLoaded
// (../core/lazy.ts), or after loadValidatorCompiler.

import type { ValidateFunction } from 'ajv';
import { lazy } from '../core/lazy.js';
import { memo } from '../core/memo.js';
import { walkSchema } from './schema/walk.js';
import { knownFormat } from '../core/formats.js';
import { keptValidatorCode, validatorCacheInUse } from './validator-cache.js';
import { judging, validatorFromCode, type Compiled } from './validator-runtime.js';

export type { Compiled };

const cache = new WeakMap<object, Compiled>();

/**
 * ajv's compiler (./validator-compile.ts): a run whose validators are all kept never loads it (ajv
 * is a fifth of what a small check would read and compile at start-up). `compiled` meets it through
 * `compiler.get()`, which throws NotLoaded before it is loaded: the check runs its lint and evolution
 * under whenLoaded (../core/lazy.ts), the other modes load it ahead.
 */
const compiler = lazy("ajv's compiler", () => import('./validator-compile.js'));

/** Loads ajv's compiler, ahead of the synchronous stages that may compile. */
export const loadValidatorCompiler = compiler.load;

/**
 * Loads the compiler up front unless validators are kept (the action, the tests, a run without the
 * launcher's cache directory compile every schema anyway).
 */
export async function prepareValidators(): Promise<void> {
  if (!validatorCacheInUse()) await loadValidatorCompiler();
}

/** The compiled validator of a whole document, or why it cannot be compiled. */
export function compiled(doc: unknown): Compiled {
  if (typeof doc === 'boolean') return { ok: true, validate: () => doc, errors: () => [] };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return { ok: false, error: 'it is not a JSON Schema object' };
  return memo(cache, doc, compileDocument);
}

function compileDocument(given: object): Compiled {
  const doc = withoutAsync(given);
  const key = validatorCacheInUse() ? exactJson(doc) : undefined;
  const kept = key === undefined ? undefined : keptValidator(key);
  if (kept) return judging(kept);
  return compiler.get().compileValidator(doc, key);
}

/**
 * The document as JSON when that text tells it apart from every other document and ajv's code of it
 * keeps it whole, else undefined (not kept): JSON writes NaN and the infinities (YAML's .nan, .inf)
 * as null, and -0 as 0; and ajv writes the schema into its code as object literals, where a
 * `__proto__` key sets the prototype instead of adding the key (a `const` or `enum` value with one
 * would no longer match). A document too deep to write is not kept either: the compile reports it.
 */
function exactJson(doc: object): string | undefined {
  let exact = true;
  try {
    const text = JSON.stringify(doc, (key, value: unknown) => {
      if (key === '__proto__') exact = false;
      else if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) exact = false;
      return value;
    });
    return exact ? text : undefined;
  } catch {
    return undefined; // RangeError: nested too deeply
  }
}

/** The validator kept for `key`, loaded with its helpers; undefined when none is or it fails to load. */
function keptValidator(key: string): ValidateFunction | undefined {
  const code = keptValidatorCode(key);
  return code === undefined ? undefined : validatorFromCode(key, code);
}

/**
 * The document without `$async`, at any depth: that keyword is ajv's, not draft-07's (the lint warns
 * that validators ignore it, unknown-keyword). At the root ajv would compile the document to a
 * function returning a promise (every event judged invalid, and an unhandled rejection per invalid
 * one, which ends the process); in a subschema it refuses to compile ("async schema in sync schema").
 * The document is copied only when it has one.
 */
function withoutAsync(doc: object): object {
  let found = false;
  walkSchema(doc, (node) => (found ||= Object.hasOwn(node, '$async')));
  if (!found) return doc;
  const copy = structuredClone(doc);
  walkSchema(copy, (node) => delete node.$async);
  return copy;
}

/**
 * The keywords whose changes the compiled validator can show, as ajv (with ./validator-compile.ts's options) answers
 * getKeyword: a list, as building an instance only to ask costs a couple of milliseconds of a small
 * check. test/lint/validators.test.ts holds it to ajv's own answers.
 */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set(
  (
    '$comment $ref additionalItems additionalProperties allOf anyOf const contains dependencies else enum ' +
    'exclusiveMaximum exclusiveMinimum format id if items maxItems maxLength maxProperties maximum minItems ' +
    'minLength minProperties minimum multipleOf not nullable oneOf pattern patternProperties properties ' +
    'propertyNames required then type uniqueItems'
  ).split(' '),
);

/**
 * Does the validator check this keyword? `format` when it names a format of ./formats.ts (`values`:
 * the keyword's values in the two documents), and keywords ajv does not know (annotations, vendor
 * extensions, contentEncoding...) are ignored in non-strict mode: a change of those alone cannot
 * be shown by any event.
 */
export function checksKeyword(keyword: string, values: readonly unknown[] = []): boolean {
  if (keyword === 'format') return values.some(knownFormat);
  if (keyword === '$comment') return false;
  if (keyword === 'definitions' || keyword === '$defs') return true; // what the `$ref`s see
  return VALIDATION_KEYWORDS.has(keyword);
}
