// Event schemas that cxone-api.md says the platform accepts: draft-07, a unique title, a semver
// cxoneVersion, additionalProperties false, at most 150 top-level properties, required and
// x-cxone-deprecated-fields within properties, the seven types only, at most 256 KiB as compact
// JSON. Everything else (names, descriptions, nesting, enums, formats, patterns, numbers) is drawn
// to be hostile. Each schema also reports its scalar leaf paths so filters can match on them.

import type { Rng } from './prng.js';
import { hardNumber, hostileString, hostileText, numberOf, RawNumber } from './strings.js';

export type Json = null | boolean | number | string | RawNumber | Json[] | { [key: string]: Json };

/** A dotted path to a scalar the schema declares, with its type and enum (filters match on these). */
export interface Leaf {
  path: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  values?: Json[];
}

export interface GeneratedSchema {
  doc: { [key: string]: Json };
  leaves: Leaf[];
}

export const MAX_TOP_LEVEL = 150;
export const MAX_BYTES = 262_144;

const DIALECTS = [
  'http://json-schema.org/draft-07/schema#',
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft-07/schema#',
  'https://json-schema.org/draft-07/schema',
];
const IDS = [
  'https://example.com/schemas/order.json',
  'urn:example:order',
  'https://example.com/%C3%9Cnicode',
  'order.json',
  '#root',
];
const FORMATS = [
  'date-time',
  'date',
  'time',
  'email',
  'uri',
  'uuid',
  'ipv4',
  'ipv6',
  'hostname',
  'uri-reference',
  'regex',
  'cxone-queue-id',
];
/** Patterns a schema may hold: ECMAScript, unicode mode, none that backtracks badly. */
const PATTERNS = [
  '^[A-Z]{3}$',
  '^\\d{4}-\\d{2}$',
  '^\\p{L}+$',
  '^[^:#]*$',
  '^(?:a|b)c$',
  'x',
  '^\\+?[0-9 ]{6,15}$',
  '^$',
  '^[\\u0600-\\u06FF ]+$',
  '^🎉',
];
const KEYS = [
  'id',
  'order id',
  'ünïcödé',
  '$ref',
  'type',
  'properties',
  'required',
  'enum',
  'pattern',
  'constructor',
  'toString',
  '',
  ' ',
  '0',
  '1e3',
  'true',
  'null',
  '~',
  '-',
  '? x',
  ': x',
  '# x',
  '*x',
  '&x',
  '!x',
  '@x',
  '%x',
  'x\ty',
  'emoji🎉',
  'עברית',
  'a/b',
  'a~b',
  'a~1b',
  'dotted.key',
  'Key',
  'key',
  'KEY',
  'Cafe\u0301',
  'Café',
  '<<',
  '=',
  '---',
  '__proto__',
  // Past YAML's 1024-character limit for an implicit key: written as an explicit `? key`.
  'k'.repeat(1100),
  'é '.repeat(600),
];

/** obj[key] = value as an own property, even for "__proto__" (a plain assignment would set the prototype). */
export function setOwn(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A schema titled `title`: plain sizes, or all 150 top-level properties when `wide`. */
export function generateSchema(rng: Rng, title: string, options: { wide?: boolean } = {}): GeneratedSchema {
  const leaves: Leaf[] = [];
  const defs = rng.chance(0.3) ? definitions(rng) : undefined;
  const count = options.wide ? MAX_TOP_LEVEL : rng.pick([0, 1, 2, 3, 5, 8, 12, 20]);
  const names = propertyNames(rng, count);
  const properties: { [key: string]: Json } = {};
  // Property maps keep the author's order: the export must too.
  for (const name of names) setOwn(properties, name, node(rng, 0, defs, [name], leaves));
  const doc: { [key: string]: Json } = {};
  for (const key of rng.sample(
    [
      '$schema',
      '$id',
      'title',
      'description',
      'cxoneVersion',
      'type',
      'additionalProperties',
      'properties',
      'required',
      'x',
      'definitions',
      'vendor',
    ],
    12,
  )) {
    if (key === '$schema' && rng.chance(0.8)) doc.$schema = rng.pick(DIALECTS);
    // Few ids: two schemas of a tenant may share one (the platform keys schemas by title).
    else if (key === '$id' && rng.chance(0.2)) doc.$id = rng.pick(IDS);
    else if (key === 'title') doc.title = title;
    // The contract requires neither a description nor a top-level type.
    else if (key === 'description' && rng.chance(0.85)) doc.description = hostileText(rng);
    else if (key === 'cxoneVersion') doc.cxoneVersion = semver(rng);
    else if (key === 'type' && rng.chance(0.85)) doc.type = 'object';
    else if (key === 'additionalProperties') doc.additionalProperties = false;
    else if (key === 'properties') doc.properties = properties;
    else if (key === 'required' && names.length > 0 && rng.chance(0.7))
      doc.required = rng.sample(names, rng.int(0, names.length));
    else if (key === 'x' && names.length > 0 && rng.chance(0.4))
      doc['x-cxone-deprecated-fields'] = rng.sample(names, rng.int(1, Math.min(3, names.length)));
    else if (key === 'definitions' && defs) doc.definitions = defs.schemas;
    else if (key === 'vendor' && rng.chance(0.2))
      Object.assign(doc, {
        $comment: hostileText(rng),
        'x-owner': { team: hostileString(rng), tags: [hostileString(rng), 1e21] },
      });
  }
  // An example the schema accepts whatever it declares: the empty event, when nothing is required.
  if (!Array.isArray(doc.required) || doc.required.length === 0) {
    if (rng.chance(0.3)) doc.examples = [{}];
  }
  return { doc, leaves };
}

/** Distinct property names, hostile ones and generated ones. */
function propertyNames(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  for (let i = 0; out.size < n && i < n * 4; i++) out.add(rng.chance(0.5) ? rng.pick(KEYS) : `${rng.pick(KEYS)}_${i}`);
  for (let i = 0; out.size < n; i++) out.add(`p${i}`);
  return [...out];
}

/** MAJOR.MINOR.PATCH with prerelease and build metadata sometimes (semver 2.0.0). */
export function semver(rng: Rng): string {
  const core = `${rng.pick([0, 1, 2, 10, 999, 2 ** 31])}.${rng.pick([0, 1, 9, 42])}.${rng.pick([0, 1, 7, 12345])}`;
  const pre = rng.chance(0.3)
    ? `-${rng.pick(['alpha', 'rc.1', '0.3.7', 'x.7.z.92', 'beta-2', '---', 'a-b.0', '1'])}`
    : '';
  const build = rng.chance(0.3) ? `+${rng.pick(['001', '20130313144700', 'exp.sha.5114f85', 'build-7', '0.0'])}` : '';
  return core + pre + build;
}

interface Defs {
  schemas: { [key: string]: Json };
  refs: string[];
}

/** Definitions with names that need JSON-pointer escaping, referenced as #/definitions/<escaped>. */
function definitions(rng: Rng): Defs {
  const names = rng.sample(['address', 'a/b', 't~x', 'money', 'Äpfel', 'with space'], rng.int(1, 3));
  const schemas: { [key: string]: Json } = {};
  for (const name of names) setOwn(schemas, name, node(rng, 2, undefined, undefined, []));
  const escape = (n: string) => encodeURI(n.replaceAll('~', '~0').replaceAll('/', '~1'));
  return { schemas, refs: names.map((n) => `#/definitions/${escape(n)}`) };
}

/**
 * A subschema; depth-bounded. `at` is its dotted path while it stays a plain object path; `item`:
 * it is an array's items, whose properties continue the array's path but which is no leaf itself
 * (a matcher on the array's path compares the array: lint/cross/path-index.ts).
 */
function node(
  rng: Rng,
  depth: number,
  defs: Defs | undefined,
  at: string[] | undefined,
  leaves: Leaf[],
  item = false,
): Json {
  const kinds =
    depth >= 3
      ? ['string', 'integer', 'number', 'boolean', 'null', 'enum']
      : [
          'string',
          'string',
          'integer',
          'number',
          'boolean',
          'null',
          'array',
          'object',
          'object',
          'enum',
          'const',
          'anyOf',
          'nullable',
          'ref',
          'draft07',
        ];
  const kind = rng.pick(kinds);
  const out: { [key: string]: Json } = {};
  if (rng.chance(0.3)) out.description = hostileText(rng);
  if (rng.chance(0.1)) out.title = hostileString(rng);
  const leaf = (type: Leaf['type'], values?: Json[]) => {
    const path = at?.join('.');
    // A path through a property name with a dot, or an empty name, is ambiguous: not matched on.
    if (!item && path !== undefined && at!.every((s) => s !== '' && !s.includes('.')))
      leaves.push({ path, type, ...(values ? { values } : {}) });
  };
  switch (kind) {
    case 'string': {
      out.type = 'string';
      if (rng.chance(0.3)) out.format = rng.pick(FORMATS);
      if (rng.chance(0.3)) out.pattern = rng.pick(PATTERNS);
      if (rng.chance(0.2)) out.maxLength = rng.pick([0, 1, 255, 100000]);
      if (rng.chance(0.2)) out.default = hostileString(rng);
      // A pattern or format limits the values: only a free string is matched on.
      if (out.pattern === undefined && out.format === undefined) leaf('string');
      break;
    }
    case 'integer':
    case 'number': {
      out.type = kind;
      const bound = () => hardNumber(rng, kind === 'integer');
      if (rng.chance(0.4)) out.minimum = bound();
      if (rng.chance(0.3)) out.maximum = rng.pick([1e21, 2 ** 53, new RawNumber('1E300')]);
      if (rng.chance(0.2)) out.exclusiveMinimum = new RawNumber('-0');
      if (rng.chance(0.2)) out.multipleOf = rng.pick([1, 0.01, 1e-7, 2]);
      if (out.minimum === undefined && out.multipleOf === undefined && out.exclusiveMinimum === undefined) leaf(kind);
      break;
    }
    case 'boolean':
      out.type = 'boolean';
      leaf('boolean');
      break;
    case 'null':
      out.type = 'null';
      break;
    case 'nullable':
      out.type = ['string', 'null'];
      break;
    case 'enum': {
      const values = enumValues(rng);
      out.enum = values;
      if (values.every((v) => typeof v === 'string')) {
        if (rng.chance(0.5)) out.type = 'string';
        leaf('string', values);
      }
      break;
    }
    case 'const':
      out.const = rng.pick<Json>([hostileString(rng), hardNumber(rng), true, false, null, { nested: [1, 'a'] }]);
      break;
    case 'array':
      out.type = 'array';
      out.items = node(rng, depth + 1, defs, at, leaves, true); // filters address array items by the array's path
      leaf('array');
      if (rng.chance(0.3)) out.minItems = rng.pick([0, 1]);
      if (rng.chance(0.2)) out.uniqueItems = true;
      break;
    case 'object': {
      out.type = 'object';
      const names = propertyNames(rng, rng.int(0, 4));
      const props: { [key: string]: Json } = {};
      for (const n of names) setOwn(props, n, node(rng, depth + 1, defs, at ? [...at, n] : undefined, leaves));
      out.properties = props;
      if (names.length > 0 && rng.chance(0.5)) out.required = rng.sample(names, rng.int(1, names.length));
      if (rng.chance(0.6)) out.additionalProperties = false;
      break;
    }
    case 'anyOf':
      out.anyOf = [node(rng, depth + 1, defs, undefined, leaves), node(rng, depth + 1, defs, undefined, leaves)];
      break;
    case 'draft07':
      // The rest of draft-07, less common in events: the platform stores it as written.
      Object.assign(out, draft07(rng, depth, defs));
      break;
    case 'ref':
      if (defs) out.$ref = rng.pick(defs.refs);
      else out.type = 'string';
      break;
  }
  return out;
}

function enumValues(rng: Rng): Json[] {
  const values: Json[] = [];
  const seen = new Set<string>();
  // Distinct by the value the platform stores (1E21 and 1e21 are one number).
  const add = (v: Json) => {
    const key = JSON.stringify(v instanceof RawNumber ? numberOf(v) : v);
    if (seen.has(key)) return;
    seen.add(key);
    values.push(v);
  };
  const n = rng.int(1, 8);
  const strings = rng.chance(0.6);
  for (let i = 0; i < n * 3 && values.length < n; i++)
    add(strings ? hostileString(rng) : rng.pick<Json>([hostileString(rng), hardNumber(rng), true, false, null]));
  return values;
}

/** One of the other draft-07 shapes (combinators, conditionals, open maps, tuples, vendor keys). */
function draft07(rng: Rng, depth: number, defs: Defs | undefined): { [key: string]: Json } {
  const sub = () => node(rng, depth + 1, defs, undefined, []);
  switch (rng.int(0, 8)) {
    case 0:
      return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    case 1:
      return { allOf: [sub(), { $comment: hostileText(rng) }] };
    case 2:
      return { type: 'string', not: { enum: ['', hostileString(rng)] } };
    case 3:
      return {
        type: 'object',
        if: { required: ['kind'] },
        then: { required: ['id'] },
        else: sub(),
        properties: { kind: { type: 'string' }, id: { type: 'string' } },
      };
    case 4:
      return {
        type: 'object',
        patternProperties: { '^x-': { type: 'string' }, '^\\p{Lu}': sub() },
        additionalProperties: false,
      };
    case 5:
      return {
        type: 'object',
        additionalProperties: { type: 'string' },
        propertyNames: { maxLength: 64 },
        dependencies: { a: ['b'], c: { required: ['d'] } },
      };
    case 6:
      return {
        type: 'array',
        items: [{ type: 'string' }, sub()],
        additionalItems: false,
        contains: { type: 'string' },
      };
    case 7:
      return {
        type: 'string',
        readOnly: true,
        writeOnly: false,
        contentMediaType: 'application/json',
        contentEncoding: 'base64',
        examples: [hostileString(rng)],
        'x-vendor': { note: hostileText(rng), list: [1, 'a', null] },
      };
    default:
      return {
        type: ['integer', 'null'],
        minimum: 0,
        exclusiveMaximum: 1e21,
        default: null,
        $comment: hostileText(rng),
      };
  }
}
