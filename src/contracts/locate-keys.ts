// Reading mapping keys from the locator's node index (./locate-records.ts) as js-yaml's mappings see
// them: a plain key compared in place when no core-schema type can claim it, otherwise resolved
// through js-yaml; a large mapping gets a table of its keys, so n lookups do not scan n siblings.

import {
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  NOT_RESOLVED,
  SCALAR_STYLE,
  type ScalarEvent,
  type ScalarTagDefinition,
  type TagDefinition,
} from 'js-yaml';
import { memo } from '../core/memo.js';
import { A, B, FAST, KIND_MASK, META, NEXT, STRIDE, TAGGED, type LocateIndex } from './locate-records.js';

/**
 * Mappings with more keys than this get a table of their keys at their first lookup: n lookups
 * scanning n siblings were n² (16,000 findings in one mapping: 6 s).
 */
const TABLE_MIN_KEYS = 64;

export interface KeyTable {
  /** Each key's first occurrence: its node and its ordinal among the keys. */
  keys: Map<string, { key: number; ord: number }>;
  /** Ordinal of the first key only the reference locator can read (a tagged one), or Infinity. */
  unknownAt: number;
}

const keyTables = new WeakMap<LocateIndex, Map<number, KeyTable | null>>();

/**
 * The key table of the mapping `node` (its subtree ends before `end`), built at its first lookup;
 * null for a small mapping.
 */
export function keyTable(index: LocateIndex, text: string, node: number, end: number): KeyTable | null {
  return memo(
    memo(keyTables, index, () => new Map<number, KeyTable | null>()),
    node,
    () => buildKeyTable(index.nodes, text, node, end),
  );
}

function buildKeyTable(nodes: Int32Array, text: string, node: number, end: number): KeyTable | null {
  let count = 0;
  for (let key = node + 1; key < end && count <= TABLE_MIN_KEYS; count++) {
    const value = nodes[key * STRIDE + NEXT] as number;
    if (value >= end) break;
    key = nodes[value * STRIDE + NEXT] as number;
  }
  let table: KeyTable | null = null;
  if (count > TABLE_MIN_KEYS) {
    table = { keys: new Map(), unknownAt: Infinity };
    let ord = 0;
    for (let key = node + 1; key < end; ord++) {
      const value = nodes[key * STRIDE + NEXT] as number;
      if (value >= end) break;
      const k = keyValue(nodes, text, key);
      if (k === undefined) table.unknownAt = Math.min(table.unknownAt, ord);
      else if (k !== null && !table.keys.has(k)) table.keys.set(k, { key, ord });
      key = nodes[value * STRIDE + NEXT] as number;
    }
  }
  return table;
}

/**
 * A key as keyMatches reads it: its string, null when it can match nothing, undefined when only the
 * reference can tell.
 */
function keyValue(nodes: Int32Array, text: string, key: number): string | null | undefined {
  const meta = nodes[key * STRIDE + META] as number;
  if ((meta & KIND_MASK) !== EVENT_ID.SCALAR) return null;
  if (meta & TAGGED) return undefined;
  const valueStart = nodes[key * STRIDE + A] as number;
  const valueEnd = nodes[key * STRIDE + B] as number;
  const plain = ((meta >> 3) & 7) === SCALAR_STYLE.PLAIN;
  if (plain && meta & FAST && valueStart >= 0 && !mayResolve(text.charAt(valueStart)))
    return text.slice(valueStart, valueEnd);
  return scalarKey(nodes, text, key);
}

/** Whether the scalar key node `key` reads as `token` in the js-yaml document; undefined: cannot tell. */
export function keyMatches(nodes: Int32Array, text: string, key: number, token: string): boolean | undefined {
  const meta = nodes[key * STRIDE + META] as number;
  // A collection or alias as a key never matches (the reference locator does not match them either).
  if ((meta & KIND_MASK) !== EVENT_ID.SCALAR) return false;
  if (meta & TAGGED) return undefined; // an explicit tag decides the key's type
  const valueStart = nodes[key * STRIDE + A] as number;
  const valueEnd = nodes[key * STRIDE + B] as number;
  const style = (meta >> 3) & 7;
  const plain = style === SCALAR_STYLE.PLAIN;
  if (plain && meta & FAST && valueStart >= 0 && !mayResolve(text.charAt(valueStart))) {
    // The common case: compare in place, no string is built.
    return valueEnd - valueStart === token.length && text.startsWith(token, valueStart);
  }
  return scalarKey(nodes, text, key) === token;
}

/** The string a (non-tagged) scalar key stands for, read through js-yaml. */
function scalarKey(nodes: Int32Array, text: string, key: number): string {
  const meta = nodes[key * STRIDE + META] as number;
  const valueStart = nodes[key * STRIDE + A] as number;
  const valueEnd = nodes[key * STRIDE + B] as number;
  const style = (meta >> 3) & 7;
  const plain = style === SCALAR_STYLE.PLAIN;
  const value = getScalarValue(text, {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: style as ScalarEvent['style'],
    chomping: ((meta >> 6) & 3) as ScalarEvent['chomping'],
    indent: (meta >>> 10) - 1,
    fast: (meta & FAST) !== 0,
  });
  return plain ? resolvePlain(value) : value;
}

const isImplicitScalar = (t: TagDefinition): t is ScalarTagDefinition => t.nodeKind === 'scalar' && t.implicit;

/** The core schema's implicit scalar types (null, bool, int, float), in resolution order. */
const IMPLICIT: readonly ScalarTagDefinition[] = CORE_SCHEMA.tags.filter(isImplicitScalar);

const ANY_FIRST = IMPLICIT.some((t) => t.implicitFirstChars === null);
const FIRST_CHARS: ReadonlySet<string> = new Set(IMPLICIT.flatMap((t) => t.implicitFirstChars ?? []));

/** Whether a plain scalar starting with `first` may resolve to something other than a string. */
const mayResolve = (first: string): boolean => ANY_FIRST || FIRST_CHARS.has(first);

/** A plain key as a js-yaml mapping stores it: resolved with the core schema, then stringified. */
function resolvePlain(source: string): string {
  const first = source.charAt(0);
  for (const tag of IMPLICIT) {
    if (tag.implicitFirstChars !== null && !tag.implicitFirstChars.includes(first)) continue;
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return String(value);
  }
  return source;
}
