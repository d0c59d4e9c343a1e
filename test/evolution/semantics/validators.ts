// Oracles for the semantics tables whose rows plain shared draft-07 ajv cannot judge:
// - schemas carrying a `$id` (one ajv instance refuses two different schemas with the same `$id`):
//   each schema gets its own instance;
// - draft-04 (ajv-draft-04), draft-06 (ajv with its meta-schema), 2019-09 and 2020-12 (ajv's own
//   classes), each schema read as the soundness oracle reads it: without the keywords its dialect
//   does not define and ajv would apply (oracleSchema in scripts/evolution-scopes.mjs);
// - what no validator reads as the text says (OpenAPI `nullable`, which ajv applies in any
//   dialect): predicates written by hand, one per schema of the row.

import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvDraft04 from 'ajv-draft-04';
import { AJV_OPTIONS, oracleSchema } from '../arbitraries.js';

const Ajv04 = ajvDraft04.default; // a CommonJS module: its class is `default` under NodeNext

const require = createRequire(import.meta.url);
const DRAFT_06 = require('ajv/dist/refs/json-schema-draft-06.json') as object;

type Validate = (schema: unknown, event: unknown) => boolean;

/** `$schema` -> the ajv class that reads it (draft-06 through draft-07's class with its meta-schema). */
function instanceFor(schema: unknown, external: object[]): Ajv {
  const uri = String((schema as { $schema?: unknown } | null)?.$schema ?? '');
  const options = { ...AJV_OPTIONS, logger: false as const };
  const ajv = uri.includes('2020-12')
    ? new Ajv2020(options)
    : uri.includes('2019-09')
      ? new Ajv2019(options)
      : uri.includes('draft-04')
        ? new Ajv04(options)
        : new Ajv(options);
  if (uri.includes('draft-06')) ajv.addMetaSchema(DRAFT_06);
  for (const s of external) ajv.addSchema(s);
  return ajv;
}

/**
 * ajv with a fresh instance per schema (compiled once per schema object, as oracleSchema gives it);
 * `external`: other documents it may `$ref`.
 */
export function isolatedAjv(external: object[] = []): Validate {
  const compiled = new WeakMap<object, ValidateFunction>();
  return (schema, event) => {
    let v = compiled.get(schema as object);
    if (!v) compiled.set(schema as object, (v = instanceFor(schema, external).compile(oracleSchema(schema) as object)));
    return v(event) as boolean;
  };
}

/**
 * ajv-draft-04 whatever `$schema` says (a fresh instance per schema): for a draft-07 schema that
 * carries draft-04's `id`, which ajv 8 refuses to compile.
 */
export function byDraft04(): Validate {
  const compiled = new WeakMap<object, ValidateFunction>();
  return (schema, event) => {
    let v = compiled.get(schema as object);
    if (!v)
      compiled.set(schema as object, (v = new Ajv04({ ...AJV_OPTIONS, logger: false }).compile(schema as object)));
    return v(event) as boolean;
  };
}

/** A validator that knows each schema of the row by identity: its meaning written out by hand. */
export function byHand(meanings: [schema: unknown, accepts: (event: unknown) => boolean][]): Validate {
  const table = new Map<unknown, (event: unknown) => boolean>(meanings);
  return (schema, event) => {
    const accepts = table.get(schema);
    if (!accepts) throw new Error('byHand: a schema of the row has no written meaning');
    return accepts(event);
  };
}

export const isObject = (e: unknown): e is Record<string, unknown> =>
  e !== null && typeof e === 'object' && !Array.isArray(e);

/** Keywords whose value is one subschema, a map of them, or a list of them (draft-07). */
const ONE = [
  'additionalProperties',
  'propertyNames',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'items',
];
const MAP = ['properties', 'patternProperties', 'definitions', 'dependencies'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'items'];

/** `schema` with every keyword beside a `$ref` removed, as draft-07 says a validator must read it. */
export function withoutRefSiblings(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  const out: Record<string, unknown> = { ...schema };
  for (const k of ONE) if (isObject(out[k])) out[k] = withoutRefSiblings(out[k]);
  for (const k of MAP)
    if (isObject(out[k]))
      out[k] = Object.fromEntries(Object.entries(out[k]).map(([n, v]) => [n, isObject(v) ? withoutRefSiblings(v) : v]));
  for (const k of LIST) if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map(withoutRefSiblings);
  return out;
}

/** The two plausible readings of keywords beside `$ref`: applied (ajv) and ignored (the draft-07 text), each by ajv. */
export function refSiblingReadings(): Validate[] {
  const applied = isolatedAjv();
  const stripped = new WeakMap<object, unknown>();
  const ignored: Validate = (schema, event) => {
    let s = stripped.get(schema as object);
    if (s === undefined) stripped.set(schema as object, (s = withoutRefSiblings(schema)));
    return applied(s, event);
  };
  return [applied, ignored];
}
