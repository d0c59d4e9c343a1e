// The JSON types a schema node can hold, as bits (numbers split into integral and fractional
// ones), and what the simplifier worked out for each node: the one currency of
// ./simplify-empty.ts (a node that can hold no type accepts nothing), ./simplify-context.ts and
// ./simplify-types.ts.

import { isFalseSchema, type Schema } from './schema-model.js';

export const NULL = 1;
export const BOOLEAN = 2;
export const OBJECT = 4;
export const ARRAY = 8;
export const STRING = 16;
export const INTEGER = 32;
export const FRACTION = 64;
export const NUMBER = INTEGER | FRACTION;
export const ANY_TYPE = 127;

const TYPE_BITS: Record<string, number> = {
  null: NULL,
  boolean: BOOLEAN,
  object: OBJECT,
  array: ARRAY,
  string: STRING,
  integer: INTEGER,
  number: NUMBER,
};

/** The types each node (of either version) can hold, once simplified; absent: not worked out (any). */
const TYPES = new WeakMap<Schema, number>();

/** The type bits `s` can hold, as far as worked out (a `false` node: none). */
export function typesOf(s: unknown): number {
  if (s === undefined || s === true) return ANY_TYPE;
  if (s === false || s === null || typeof s !== 'object' || Array.isArray(s)) return s === false ? 0 : ANY_TYPE;
  const node = s as Schema;
  if (isFalseSchema(node)) return 0;
  // Not worked out yet (a cycle reaches a parent before its turn): its own `type` still binds.
  return TYPES.get(node) ?? (Array.isArray(node.type) ? bitsOfTypes(node.type) : ANY_TYPE);
}

export function rememberTypes(s: Schema, bits: number): void {
  TYPES.set(s, bits);
}

/** Type bits of a `type` list (number: integral and fractional). */
export function bitsOfTypes(types: unknown[]): number {
  let out = 0;
  for (const t of types) out |= TYPE_BITS[String(t)] ?? 0;
  return out;
}

/** The type bit of a JSON value. */
export function bitOf(v: unknown): number {
  if (v === null) return NULL;
  if (Array.isArray(v)) return ARRAY;
  switch (typeof v) {
    case 'boolean':
      return BOOLEAN;
    case 'string':
      return STRING;
    case 'number':
      return Number.isInteger(v) ? INTEGER : FRACTION;
    case 'object':
      return OBJECT;
    default:
      return 0;
  }
}

/** A `type` list holding exactly the types of `bits` (non-integer numbers: `number`). */
export function typeList(bits: number): string[] {
  const out = (['array', 'boolean', 'null', 'object', 'string'] as const).filter(
    (t) => (bits & TYPE_BITS[t]!) !== 0,
  ) as string[];
  if ((bits & FRACTION) !== 0) out.push('number');
  else if ((bits & INTEGER) !== 0) out.push('integer');
  return out.sort();
}

const BY_TYPE: Record<'number' | 'string' | 'array' | 'object', readonly string[]> = {
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  array: ['items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems'],
  object: [
    'properties',
    'patternProperties',
    'additionalProperties',
    'required',
    'minProperties',
    'maxProperties',
    'dependencies',
    'propertyNames',
  ],
};

/** The type each type-specific keyword applies to. */
export const APPLIES_TO = new Map(
  Object.entries(BY_TYPE).flatMap(([type, keys]) => keys.map((k) => [k, type] as const)),
);
