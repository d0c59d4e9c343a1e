// The keywords each JSON Schema dialect defines, and which of them assert (can make an instance
// invalid). One list for lint (unknown-keyword warnings) and evolution (what is an annotation):
// a keyword a dialect does not define is ignored by every validator of that dialect.

export type Dialect = 'draft-04' | 'draft-06' | 'draft-07';

/** Keywords that can make an instance invalid in draft-07. */
const ASSERTING_07 = [
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'items',
  'additionalItems',
  'maxItems',
  'minItems',
  'uniqueItems',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'dependencies',
  'propertyNames',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
] as const;

/** Keywords draft-07 defines that never make an instance invalid (core keywords and annotations). */
const NON_ASSERTING_07 = [
  '$schema',
  '$id',
  '$comment',
  'definitions',
  'title',
  'description',
  'default',
  'readOnly',
  'writeOnly',
  'examples',
  'contentMediaType',
  'contentEncoding',
] as const;

/** Draft-06 is draft-07 without the conditional, `$comment`, and the content and read/write annotations. */
const NOT_IN_06 = new Set([
  'if',
  'then',
  'else',
  '$comment',
  'contentMediaType',
  'contentEncoding',
  'readOnly',
  'writeOnly',
]);
/** Draft-04 also lacks these, and names `$id` `id`. */
const NOT_IN_04 = new Set([...NOT_IN_06, 'const', 'contains', 'propertyNames', 'examples', '$id']);

const asserting = (dialect: Dialect): ReadonlySet<string> => {
  const skip = dialect === 'draft-04' ? NOT_IN_04 : dialect === 'draft-06' ? NOT_IN_06 : undefined;
  return new Set(ASSERTING_07.filter((k) => !skip?.has(k)));
};

const ASSERTING: Record<Dialect, ReadonlySet<string>> = {
  'draft-07': asserting('draft-07'),
  'draft-06': asserting('draft-06'),
  'draft-04': asserting('draft-04'),
};

const DEFINED: Record<Dialect, ReadonlySet<string>> = {
  'draft-07': new Set([...ASSERTING_07, ...NON_ASSERTING_07]),
  'draft-06': new Set([...ASSERTING_07, ...NON_ASSERTING_07].filter((k) => !NOT_IN_06.has(k))),
  'draft-04': new Set([...ASSERTING_07, ...NON_ASSERTING_07, 'id'].filter((k) => !NOT_IN_04.has(k))),
};

/** Whether `keyword` can make an instance invalid under `dialect` (anything it does not define cannot). */
export function isAssertingKeyword(keyword: string, dialect: Dialect = 'draft-07'): boolean {
  return ASSERTING[dialect].has(keyword);
}

/**
 * The asserting keywords beside the `$ref` of `node` (`$ref` itself excluded): ignored by the
 * drafts we read, applied by ajv.
 */
export function assertingSiblings(node: Record<string, unknown>, dialect: Dialect = 'draft-07'): string[] {
  return Object.keys(node).filter((k) => k !== '$ref' && isAssertingKeyword(k, dialect));
}

/** Whether `dialect` defines `keyword` at all (asserting, core or annotation). */
export function isDefinedKeyword(keyword: string, dialect: Dialect = 'draft-07'): boolean {
  return DEFINED[dialect].has(keyword);
}

/** Every keyword `dialect` defines: the vocabulary a did-you-mean draws from. */
export function definedKeywords(dialect: Dialect = 'draft-07'): readonly string[] {
  return [...DEFINED[dialect]];
}

/**
 * Where draft-07 (and draft-04/06) keep subschemas: `one` a schema, `map` a map of name -> schema,
 * `list` a list of schemas, `items` a schema or a list, `deps` a map whose object values are
 * schemas. Everything else (enum, const, default, examples, ...) is data, never a schema.
 */
export const SUBSCHEMA_SHAPES: Readonly<Record<string, 'one' | 'map' | 'list' | 'items' | 'deps'>> = {
  additionalProperties: 'one',
  propertyNames: 'one',
  additionalItems: 'one',
  contains: 'one',
  not: 'one',
  if: 'one',
  then: 'one',
  else: 'one',
  properties: 'map',
  patternProperties: 'map',
  definitions: 'map',
  allOf: 'list',
  anyOf: 'list',
  oneOf: 'list',
  items: 'items',
  dependencies: 'deps',
};

/** The subschemas directly below `node` (a schema object), each with its one or two pointer tokens. */
export function subschemasOf(node: Record<string, unknown>): [unknown, string[]][] {
  const out: [unknown, string[]][] = [];
  for (const key of Object.keys(node)) {
    const shape = Object.hasOwn(SUBSCHEMA_SHAPES, key) ? SUBSCHEMA_SHAPES[key] : undefined;
    const value = node[key];
    if (shape === undefined || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      if (shape === 'list' || shape === 'items') value.forEach((sub, i) => out.push([sub, [key, String(i)]]));
    } else if (shape === 'one' || shape === 'items') {
      out.push([value, [key]]);
    } else if (shape === 'map' || shape === 'deps') {
      for (const name of Object.keys(value)) {
        const sub = (value as Record<string, unknown>)[name];
        if (shape === 'map' || (sub !== null && typeof sub === 'object' && !Array.isArray(sub)))
          out.push([sub, [key, name]]);
      }
    }
  }
  return out;
}

export type Declared = { dialect: Dialect } | { unsupported: string; name: string };

/** Later drafts, by the path of their meta-schema URI. */
const LATER: Record<string, string> = {
  'draft/2019-09/schema': 'draft 2019-09',
  'draft/2020-12/schema': 'draft 2020-12',
  'draft/next/schema': 'the next draft',
};

/**
 * The dialect `doc`'s root `$schema` declares: draft-07 when there is none. The usual spellings
 * of the draft URIs are accepted (http or https, with or without the trailing `#`); anything
 * else (a later draft, an unknown URI, a value that is not a string) is unsupported, by name.
 */
export function declaredDialect(doc: unknown): Declared {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Object.hasOwn(doc, '$schema'))
    return { dialect: 'draft-07' };
  const uri = (doc as { $schema: unknown }).$schema;
  if (typeof uri !== 'string') return { unsupported: JSON.stringify(uri) ?? String(uri), name: 'not a URI' };
  const path = /^https?:\/\/json-schema\.org\/(.*?)#?$/.exec(uri)?.[1];
  if (path === 'draft-07/schema' || path === 'draft-06/schema' || path === 'draft-04/schema')
    return { dialect: path.slice(0, 8) as Dialect };
  const later = path !== undefined && Object.hasOwn(LATER, path) ? LATER[path] : undefined;
  return { unsupported: uri, name: later ?? 'an unknown dialect' };
}
