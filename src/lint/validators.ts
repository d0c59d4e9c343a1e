// The one ajv compile of a user's schema: the lint validates the schema's examples with it
// (./schema/examples.ts) and the evolution judges every witness with it (../evolution/witness/), so
// a check compiles each document once, however many stages ask (compiling is most of what ajv costs:
// about 3 ms a schema on a cold start). Validators are cached per document object (a WeakMap: a
// document no longer used takes its validator with it). `format` is asserted, as the engine reads
// it (../core/formats.ts), so a witness never relies on a string the live schema's format would
// refuse. All errors are collected: a rejection is attributed to a change by reading them
// (../evolution/witness/attribute.ts), and the lint reports each problem of an example.
//
// Each document gets an ajv instance of its own (about 0.4 ms, against milliseconds to compile):
// `$ref`s then resolve the way ajv resolves them (`#` the root, `$id` scopes, plain-name anchors)
// with nothing registered by one document visible to another, so two versions with the same
// `$id`s cannot collide or resolve into each other. Not strict (user schemas carry platform keywords
// and annotations), no meta-validation (the lint's meta-schema reported structural problems).
//
// The bin keeps each compile's code between runs (./validator-cache.ts): ajv's standalone module of
// the validator, whose helpers (ajv's runtime functions, the formats, the regex engine) are handed
// in by name when it is loaded again, so it judges exactly as the compile did.

import { _, Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { memo } from '../core/memo.js';
import { guardedRegExp } from './regex.js';
import { walkSchema } from './schema/walk.js';
import { FORMAT_CHECKS, knownFormat } from '../core/formats.js';
import { keepValidatorCode, keptValidatorCode, validatorCacheHasRoom, validatorCacheInUse } from './validator-cache.js';

export type Compiled =
  | {
      ok: true;
      validate: (event: unknown) => boolean;
      /** The errors of the last rejection (all of them: they tell which change an event shows). */
      errors: () => readonly ErrorObject[];
    }
  /** `missingRef`: the reference ajv could not resolve, when that is why. */
  | { ok: false; error: string; missingRef?: string };

const cache = new WeakMap<object, Compiled>();

const FORMATS = Object.fromEntries(
  Object.entries(FORMAT_CHECKS).map(([name, validate]) => [name, { type: 'string' as const, validate }]),
);

/** A CommonJS module's `exports.default`, whichever way the runtime or a bundler reads a default import of it. */
const defaultOf = (m: unknown): unknown => (m as { default?: unknown }).default ?? m;

/**
 * What a kept validator's code may require, under the names the compile wrote: ajv's runtime
 * helpers (the code reads their `.default`), the formats (OPTIONS.code.formats) and the regex
 * engine (./regex.ts).
 */
const RUNTIME: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/equal': { default: defaultOf(equalModule) },
  'ajv/dist/runtime/ucs2length': { default: defaultOf(ucs2lengthModule) },
  'cxone-contract/formats': FORMATS,
  'cxone-contract/regexp': { guardedRegExp },
};

const OPTIONS: Options = {
  code: {
    // optimize: ajv's pass over generated code took more than half of compiling a wide schema
    // (8,100 members: 1.7 of 2.9 s) and saves little when checking events
    optimize: false,
    regExp: guardedRegExp, // a regex the ReDoS authority did not clear never runs
    // What a validator's code is kept with, and how it names the formats (see RUNTIME).
    source: true,
    formats: _`require("cxone-contract/formats")`,
  },
  strict: false,
  allErrors: true,
  validateFormats: true,
  formats: FORMATS,
  validateSchema: false,
  allowUnionTypes: true,
  logger: false, // unknown formats are ignored (see ./formats.ts), not announced on stderr
  // Events are JSON: `{}` holds no `toString` or `constructor` (ajv reads them from the prototype by default).
  ownProperties: true,
};

/** An instance for one document; `bare`: without the meta-schemas (so a document may even claim one's `$id`). */
function instance(bare = false): Ajv {
  return new Ajv(bare ? { ...OPTIONS, meta: false } : OPTIONS);
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
  try {
    // Without the meta-schemas first: adding them costs a quarter of compiling a typical schema,
    // and only a document that refers to one (`$ref` to the draft-07 URI) needs them.
    return compileWith(instance(true), doc, key);
  } catch (e) {
    const first = failure(e);
    if (!/resolve reference/.test(first.error)) return first;
    try {
      return compileWith(instance(), doc, key);
    } catch (e2) {
      return failure(e2);
    }
  }
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
  if (code === undefined) return undefined;
  try {
    const module: { exports: unknown } = { exports: {} };
    const require = (id: string): unknown => {
      if (!Object.hasOwn(RUNTIME, id)) throw new Error(`a kept validator requires ${id}`);
      return RUNTIME[id];
    };
    // Code ajv generated from this very key (./validator-cache.ts), run as ajv runs what it compiles.
    new Function('require', 'module', 'exports', code)(require, module, module.exports);
    return typeof module.exports === 'function' ? (module.exports as ValidateFunction) : undefined;
  } catch {
    return undefined; // e.g. a pattern that no longer compiles: the compile reports it
  }
}

/** Keeps the compiled validator's code, when everything it requires is in RUNTIME and there is room. */
function keep(a: Ajv, fn: ValidateFunction, key: string): void {
  if (!validatorCacheHasRoom()) return; // (ajv's code is not even written out)
  let code: string;
  try {
    code = standalone.default(a, fn); // the function, whichever way a bundler reads a default import
  } catch {
    return; // a value ajv cannot write as code: compiled each time
  }
  for (const [, id] of code.matchAll(/\brequire\("([^"]*)"\)/g)) if (!Object.hasOwn(RUNTIME, id!)) return;
  keepValidatorCode(key, code);
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

function failure(e: unknown): Extract<Compiled, { ok: false }> {
  const missingRef = (e as { missingRef?: unknown } | null)?.missingRef;
  return { ok: false, error: describe(e), ...(typeof missingRef === 'string' ? { missingRef } : {}) };
}

function compileWith(a: Ajv, doc: object, key: string | undefined): Compiled {
  const fn: ValidateFunction = a.compile(doc);
  if (key !== undefined) keep(a, fn, key);
  return judging(fn);
}

function judging(fn: ValidateFunction): Compiled {
  return { ok: true, validate: (event) => fn(event) === true, errors: () => fn.errors ?? [] };
}

/**
 * The keywords whose changes the compiled validator can show, as ajv (with OPTIONS) answers
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

/** ajv's answer to getKeyword(keyword), with the options every validator is compiled with (for the test). */
export const ajvKnowsKeyword = (keyword: string): boolean => Boolean(instance().getKeyword(keyword));

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

function describe(e: unknown): string {
  if (e instanceof RangeError) return 'it is nested or recursive too deeply for the validator';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.slice(0, 200);
}
