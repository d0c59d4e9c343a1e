// The judge of every witness: ajv, compiling each document once. The check asks for a witness per
// breaking change of a contract, so compiled validators are cached per document object (a
// WeakMap: a document that is no longer used takes its validator with it). Formats are not
// validated (ajv-formats is not a dependency), so a witness can never rely on `format`. All errors
// are collected: a rejection is attributed to a change by reading them (./attribute.ts); the cost
// is only paid on rejected events, which are small.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { guardedRegExp } from '../../lint/regex.js';

export type Compiled =
  | {
      ok: true;
      validate: (event: unknown) => boolean;
      /** The errors of the last rejection (all of them: they tell which change an event shows). */
      errors: () => readonly ErrorObject[];
    }
  | { ok: false; error: string };

let ajv: Ajv | undefined;
const cache = new WeakMap<object, Compiled>();

function instance(): Ajv {
  ajv ??= new Ajv({
    // optimize: ajv's pass over generated code took more than half of compiling a wide schema
    // (8,100 members: 1.7 of 2.9 s) and saves little when checking events
    code: { regExp: guardedRegExp, optimize: false }, // a regex the ReDoS authority did not clear never runs
    strict: false,
    allErrors: true,
    validateFormats: false,
    validateSchema: false,
    addUsedSchema: false,
    allowUnionTypes: true,
  });
  return ajv;
}

/** The compiled validator of a whole document, or why it cannot be compiled. */
export function compiled(doc: unknown): Compiled {
  if (typeof doc === 'boolean') return { ok: true, validate: () => doc, errors: () => [] };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, error: 'it is not a JSON Schema object' };
  const hit = cache.get(doc);
  if (hit) return hit;
  let result: Compiled;
  const a = instance();
  // A document claiming the `$id` of a schema ajv already holds (say the draft-07 meta-schema)
  // must not remove that schema below.
  const id = (doc as { $id?: unknown }).$id;
  const idTaken = typeof id === 'string' && id !== '' && registered(a, id);
  try {
    const fn: ValidateFunction = a.compile(doc);
    result = { ok: true, validate: (event) => fn(event) === true, errors: () => fn.errors ?? [] };
  } catch (e) {
    result = { ok: false, error: describe(e) };
  } finally {
    // ajv keeps every compiled schema in its own (strong) cache: drop it, ours is weak.
    if (!idTaken) {
      try {
        a.removeSchema(doc);
      } catch {
        /* not registered */
      }
    }
  }
  cache.set(doc, result);
  return result;
}

/**
 * Does the validator check this keyword? Formats are not validated, and keywords ajv does not
 * know (annotations, vendor extensions, contentEncoding...) are ignored in non-strict mode: a
 * change of those alone cannot be shown by any event.
 */
export function checksKeyword(keyword: string): boolean {
  if (keyword === 'format' || keyword === '$comment') return false;
  return Boolean(instance().getKeyword(keyword));
}

function registered(a: Ajv, id: string): boolean {
  try {
    return a.getSchema(id) !== undefined;
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  if (e instanceof RangeError) return 'it is nested or recursive too deeply for the validator';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.slice(0, 200);
}
