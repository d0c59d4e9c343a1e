// Keywords that do not apply to the instance types a node can hold are no constraint (draft-07:
// `minimum` ignores strings, `required` ignores arrays, ...). The types a node can hold come from
// `type` and from the values of its `enum` (`const` is a one-value `enum` by now). (`{type:
// integer}` against `{type: number, multipleOf: 1}` is settled by ./families/types.ts and
// ./families/numbers.ts, which see both sides.)

import type { Schema } from './schema-model.js';

const BY_TYPE: Record<'number' | 'string' | 'array' | 'object', readonly string[]> = {
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  array: ['items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems'],
  object: ['properties', 'patternProperties', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'propertyNames'],
};

/** The type each type-specific keyword applies to. */
const APPLIES_TO = new Map(Object.entries(BY_TYPE).flatMap(([type, keys]) => keys.map((k) => [k, type] as const)));

/** Rewrite `p` in place; true when anything changed. Most nodes hold no inapplicable keyword: found without building a set. */
export function pruneByType(p: Schema): boolean {
  if (p.type === undefined && p.enum === undefined) return false;
  let types: Set<string> | undefined | null = null;
  let changed = false;
  for (const k of Object.keys(p)) {
    const type = APPLIES_TO.get(k);
    if (type === undefined) continue;
    if (types === null) types = possibleTypes(p);
    if (!types || types.has(type) || (type === 'number' && types.has('integer'))) continue;
    delete p[k];
    changed = true;
  }
  return changed;
}

/** The JSON types `p` can hold (integer ⊂ number: `number` here means "numbers, not only integers"); undefined = any. */
function possibleTypes(p: Schema): Set<string> | undefined {
  let out: Set<string> | undefined;
  if (Array.isArray(p.type)) {
    out = new Set(p.type.map(String));
    if (out.has('number')) out.add('integer');
  }
  if (Array.isArray(p.enum)) {
    const values = new Set<string>();
    for (const v of p.enum) {
      const t = typeOf(v);
      values.add(t);
      if (t === 'integer') values.add('number');
    }
    out = out ? new Set([...out].filter((t) => values.has(t))) : values;
    // An integer value is a number too; a non-integer one is allowed only by `number`.
    if (out.has('number') && ![...p.enum].some((v) => typeof v === 'number' && !Number.isInteger(v))) out.delete('number');
  }
  return out;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v; // string, boolean, object
}
