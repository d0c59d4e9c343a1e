// The JSON type of a parsed value, as JSON Schema's `type` names it. One definition for every
// stage that compares values with `type` lists (lint, the evolution engine, the witness search).

export type JsonType = 'array' | 'boolean' | 'integer' | 'null' | 'number' | 'object' | 'string';

/**
 * The JSON type of `v`, `integer` for whole numbers; undefined for what JSON cannot hold
 * (undefined, bigint, functions).
 */
export function jsonTypeOf(v: unknown): JsonType | undefined {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}
