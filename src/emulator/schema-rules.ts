// The platform's ingestion rules for a schema (docs/cxone-api.md, "Event schemas"), written from the
// contract alone: a violation is a 400. Each problem names the JSON pointer it is at.

import { Ajv } from 'ajv';
import semverValid from 'semver/functions/valid.js';
import { isObject, segment } from './json.js';

export interface Problem {
  pointer: string;
  message: string;
}

export const MAX_SCHEMA_BYTES = 262_144;
export const MAX_TOP_LEVEL_PROPERTIES = 150;
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']);
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
/** The draft-07 meta-schema, from ajv (a library, not the product): "a draft-07 JSON Schema object". */
const meta = new Ajv({ allErrors: true, strict: false, validateSchema: false });

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas (draft-07). */
const ONE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'if', 'then', 'else', 'not'];
const MANY = ['allOf', 'anyOf', 'oneOf'];
const MAPS = ['properties', 'patternProperties', 'definitions'];

/** Problems that make the size and property-count limits fail (answered as INGESTION_LIMIT). */
export function limitProblems(doc: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(doc), 'utf8');
  if (bytes > MAX_SCHEMA_BYTES)
    out.push({ pointer: '', message: `the serialized schema is ${bytes} bytes; the limit is ${MAX_SCHEMA_BYTES}` });
  const props = isObject(doc.properties) ? Object.keys(doc.properties).length : 0;
  if (props > MAX_TOP_LEVEL_PROPERTIES)
    out.push({
      pointer: '/properties',
      message: `${props} top-level properties; the limit is ${MAX_TOP_LEVEL_PROPERTIES}`,
    });
  return out;
}

/** Every other rule of a schema entity. */
export function shapeProblems(doc: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  if (typeof doc.title !== 'string' || doc.title.trim() === '')
    out.push({ pointer: '/title', message: 'title must be a non-empty string' });
  if (typeof doc.cxoneVersion !== 'string' || semverValid(doc.cxoneVersion) === null)
    out.push({ pointer: '/cxoneVersion', message: 'cxoneVersion must be a semver string' });
  if (doc.additionalProperties !== false)
    out.push({ pointer: '/additionalProperties', message: 'additionalProperties must be false' });
  const props = isObject(doc.properties) ? doc.properties : {};
  namesExist(doc.required, props, '/required', out);
  namesExist(doc['x-cxone-deprecated-fields'], props, '/x-cxone-deprecated-fields', out);
  walkTypes(doc, '', out, 0);
  if (doc.$schema !== undefined && (typeof doc.$schema !== 'string' || !DRAFT_07.test(doc.$schema)))
    out.push({ pointer: '/$schema', message: 'only draft-07 schemas are accepted' });
  else if (!(meta.validateSchema({ ...doc, $schema: 'http://json-schema.org/draft-07/schema#' }) as boolean)) {
    for (const e of (meta.errors ?? []).slice(0, 20))
      out.push({ pointer: e.instancePath, message: `not a draft-07 schema: ${e.message ?? 'invalid'}` });
  }
  return out;
}

function namesExist(list: unknown, props: Record<string, unknown>, pointer: string, out: Problem[]): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    out.push({ pointer, message: 'must be a list of property names' });
    return;
  }
  list.forEach((name, i) => {
    if (typeof name !== 'string' || !Object.hasOwn(props, name))
      out.push({ pointer: `${pointer}/${i}`, message: `"${String(name)}" is not a property of the schema` });
  });
}

/** Every `type` in every subschema is one of the seven names; nested `required` names exist. */
function walkTypes(node: unknown, pointer: string, out: Problem[], depth: number): void {
  if (!isObject(node) || depth > 256) return;
  const t = node.type;
  if (t !== undefined) {
    const list = Array.isArray(t) ? t : [t];
    if (list.length === 0 || list.some((x) => typeof x !== 'string' || !TYPES.has(x)))
      out.push({
        pointer: `${pointer}/type`,
        message: `type ${JSON.stringify(t)} is not one of ${[...TYPES].join(', ')}`,
      });
  }
  if (pointer !== '' && isObject(node.properties) && Array.isArray(node.required))
    namesExist(node.required, node.properties, `${pointer}/required`, out);
  for (const k of ONE) if (node[k] !== undefined) walkTypes(node[k], `${pointer}/${k}`, out, depth + 1);
  for (const k of MANY)
    if (Array.isArray(node[k]))
      (node[k] as unknown[]).forEach((s, i) => walkTypes(s, `${pointer}/${k}/${i}`, out, depth + 1));
  for (const k of MAPS)
    if (isObject(node[k]))
      for (const [name, s] of Object.entries(node[k])) walkTypes(s, `${pointer}/${k}/${segment(name)}`, out, depth + 1);
  if (Array.isArray(node.items)) node.items.forEach((s, i) => walkTypes(s, `${pointer}/items/${i}`, out, depth + 1));
  else if (node.items !== undefined) walkTypes(node.items, `${pointer}/items`, out, depth + 1);
  if (isObject(node.dependencies))
    for (const [name, s] of Object.entries(node.dependencies))
      if (!Array.isArray(s)) walkTypes(s, `${pointer}/dependencies/${segment(name)}`, out, depth + 1);
}
