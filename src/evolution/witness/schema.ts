// Helpers over raw draft-07 documents as parsed from YAML (not normalised: witnesses are checked
// against the documents exactly as ajv sees them). A schema node is an object or a boolean.

import { canonicalJson } from '../../core/canonical.js';
import type { JsonType } from '../../core/json-type.js';
import { boundedMemo, memo } from '../../core/memo.js';
import { regexCleared } from '../../lint/regex.js';
import { refTarget } from './refs.js';

export type Obj = Record<string, unknown>;
export type { JsonType };
export const JSON_TYPES: readonly JsonType[] = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'];

/** Longest `$ref` chain followed before a reference is taken as a cycle (constrains nothing). */
const MAX_REF_HOPS = 32;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

export { setOwn } from '../../core/own-property.js';

/** The own property `key` of a map, or undefined (never an inherited `__proto__` or `constructor`). */
export function own(map: unknown, key: string): unknown {
  return isObj(map) && has(map, key) ? map[key] : undefined;
}

/** The pointer a local `$ref` names (`#/definitions/A` -> `/definitions/A`), or undefined. */
export function refPointer(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * Follow `$ref`s from `node`, resolved by base URI as ajv does (./refs.ts; draft-07: a `$ref`'s
 * siblings are ignored). Returns the target
 * schema, `true` for an unresolvable reference or a cycle (no constraint we can model; ajv is the
 * judge), or the node itself when it is not a reference.
 */
export function deref(root: unknown, node: unknown): unknown {
  let cur = node;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObj(cur) || cur.$ref === undefined) return cur;
    const next = refTarget(root, cur);
    if (next === undefined) return true;
    cur = next;
  }
  return true;
}

/** The types a schema node allows itself (its `type` keyword), or undefined for any. */
export function typesOf(node: Obj): JsonType[] | undefined {
  const t = node.type;
  if (t === undefined) return undefined;
  return (Array.isArray(t) ? t : [t]).filter((x): x is JsonType => typeof x === 'string');
}

/** True when `type` values are allowed by a `type` list (integer is a kind of number). */
export function typeAllows(types: readonly JsonType[] | undefined, type: JsonType): boolean {
  if (!types) return true;
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** Key of a JSON value for equality regardless of key order (what ajv's deep-equal decides). */
export function valueKey(v: unknown): string {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? 's' + v : 'p' + String(v);
  return 'j' + canonicalJson(v);
}

const enumSets = new WeakMap<unknown[], Set<string>>();

/** Membership in an `enum` list, with a cached key set (enums can hold 100,000 values). */
export function inEnum(list: unknown[], v: unknown): boolean {
  if (list.length < 16) {
    const k = valueKey(v);
    return list.some((x) => valueKey(x) === k);
  }
  return memo(enumSets, list, (l) => new Set(l.map(valueKey))).has(valueKey(v));
}

/** Code points, as ajv counts string lengths. */
export function strLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

const MAX_CACHED_PATTERNS = 2000;
const regexCache = new Map<string, RegExp | null>();

/**
 * The pattern compiled as ajv does (unicode flag), cached; null when it is not a valid regex or
 * the ReDoS authority did not clear it to run (the generator then ignores it; ajv, the judge,
 * refuses to run it).
 */
export function regex(pattern: string): RegExp | null {
  return boundedMemo(regexCache, pattern, MAX_CACHED_PATTERNS, (p) => (regexCleared(p) ? new RegExp(p, 'u') : null));
}

/**
 * The schemas that apply to property `key` of an object under each of `conj` (properties,
 * patternProperties, additionalProperties).
 */
export function propertySchemas(conj: readonly Obj[], key: string): unknown[] {
  const out: unknown[] = [];
  for (const c of conj) {
    let matched = false;
    const p = own(c.properties, key);
    if (p !== undefined) {
      out.push(p);
      matched = true;
    }
    if (isObj(c.patternProperties)) {
      for (const [pat, sub] of Object.entries(c.patternProperties)) {
        if (regex(pat)?.test(key)) {
          out.push(sub);
          matched = true;
        }
      }
    }
    if (!matched && c.additionalProperties !== undefined) out.push(c.additionalProperties);
  }
  return out;
}

/** The schemas that apply to element `i` of an array under each of `conj` (items, additionalItems). */
export function itemSchemas(conj: readonly Obj[], i: number): unknown[] {
  const out: unknown[] = [];
  for (const c of conj) {
    if (Array.isArray(c.items)) {
      if (i < c.items.length) out.push(c.items[i]);
      else if (c.additionalItems !== undefined) out.push(c.additionalItems);
    } else if (c.items !== undefined) {
      out.push(c.items);
    }
  }
  return out;
}

/** Is `key` declared by a `properties` or matched by a `patternProperties` of any of `conj`? */
export function isDeclared(conj: readonly Obj[], key: string): boolean {
  for (const c of conj) {
    if (own(c.properties, key) !== undefined) return true;
    if (isObj(c.patternProperties) && Object.keys(c.patternProperties).some((p) => regex(p)?.test(key))) return true;
  }
  return false;
}
