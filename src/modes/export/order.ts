// Stable key order for exported files, so a re-export of the same tenant gives the same bytes
// whatever order the platform returned keys in: the familiar keywords first in a fixed order, then
// the rest alphabetically. Maps keyed by user names (properties, definitions, ...) keep the
// platform's order: it is the author's order, and the export is deterministic (sorted by title).

const SCHEMA_TOP = [
  '$schema',
  '$id',
  'title',
  'description',
  'cxoneVersion',
  'type',
  'additionalProperties',
  'properties',
  'required',
  'x-cxone-deprecated-fields',
];
const SUBSCHEMA = ['$ref', 'type', 'title', 'description', 'format', 'enum', 'const', 'default'];
const FILTER_TOP = ['name', 'description', 'channel', 'matchers', 'pattern_rules', 'target_group_id'];
const MATCHER = ['attribute', 'operator', 'value'];
const PATTERN_RULE = ['type', 'field', 'pattern'];
/** Keywords whose value is a map from user-chosen names to subschemas. */
const NAMED_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

type Json = unknown;

function ordered(
  obj: Record<string, Json>,
  first: readonly string[],
  value: (key: string, v: Json) => Json,
): Record<string, Json> {
  const keys = [
    ...first.filter((k) => Object.hasOwn(obj, k)),
    ...Object.keys(obj)
      .filter((k) => !first.includes(k))
      .sort(),
  ];
  // fromEntries defines own properties: a "__proto__" key stays data.
  return Object.fromEntries(keys.map((k) => [k, value(k, obj[k])]));
}

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A subschema: keyword order fixed, named maps in given order with their subschemas ordered. */
function orderSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(orderSchema);
  if (!isObject(node)) return node;
  return ordered(node, SUBSCHEMA, (k, v) => keywordValue(k, v));
}

function keywordValue(key: string, v: Json): Json {
  if (NAMED_MAPS.has(key) && isObject(v))
    return Object.fromEntries(Object.entries(v).map(([name, s]) => [name, orderSchema(s)]));
  // Data, not schemas: leave as the platform stored it.
  if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples' || key === 'required') return v;
  return orderSchema(v);
}

export function orderSchemaDoc(doc: Record<string, Json>): Record<string, Json> {
  return ordered(doc, SCHEMA_TOP, (k, v) => keywordValue(k, v));
}

export function orderFilterDoc(doc: Record<string, Json>): Record<string, Json> {
  return ordered(doc, FILTER_TOP, (k, v) => {
    if (k === 'matchers' && Array.isArray(v))
      return v.map((m) => (isObject(m) ? ordered(m, MATCHER, (_k, x) => x) : m));
    if (k === 'pattern_rules' && Array.isArray(v))
      return v.map((r) => (isObject(r) ? ordered(r, PATTERN_RULE, (_k, x) => x) : r));
    return v;
  });
}
