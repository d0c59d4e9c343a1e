// Pointer -> line/column. The fast parser keeps no positions and builds no tree, so js-yaml's
// events are folded into a compact node index: five int32 per node in document order, each
// collection knowing where its subtree ends. A lookup walks only the pointer's path, stepping
// over sibling subtrees in O(1), and a line-start table turns the offset into a line/column by
// binary search. The loader indexes the events it already parsed (a fold of them costs a fraction
// of parsing again, and a check locates findings in most files), so every contract keeps its
// index (~20 bytes a node), never the events; the line table is built at the first lookup.
//
// Positions are those of the `yaml` library's node ranges (locate-yaml.ts, the reference): a node
// starts at its content, not at its anchor or tag; a quoted scalar at its opening quote; a block
// scalar at its `|`/`>` header. The rare cases the events cannot place exactly (an empty scalar,
// a tagged key, a block mapping whose first key is a collection with properties) fall back to the
// reference locator, for the pointer that needs it.

import {
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  NOT_RESOLVED,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition,
  type TagDefinition,
} from 'js-yaml';
import type { Position } from '../core/contract.js';
import { parsePointer } from '../core/pointer.js';
import { DEFAULT_LIMITS } from './limits.js';
import { createYamlLocator } from './locate-yaml.js';

/** Offset returned when the index cannot answer exactly; the reference locator takes over. */
const UNKNOWN = -1;
const INDEX = /^(0|[1-9][0-9]*)$/;

// Node record: STRIDE int32 fields.
const STRIDE = 5;
const META = 0; // kind | style << 3 | chomping << 6 | fast << 8 | tagged << 9 | (indent + 1) << 10
const POS = 1; // source offset of the node as `yaml` reports it, or UNKNOWN
const NEXT = 2; // index of the node after this one's subtree
const A = 3; // scalar: valueStart; alias: index of the anchored node (-1 when unknown)
const B = 4; // scalar: valueEnd

const KIND_MASK = 7; // EVENT_ID.SEQUENCE/MAPPING/SCALAR/ALIAS (2..5) fit in three bits
const FAST = 1 << 8;
const TAGGED = 1 << 9;

/** A document's nodes, in document order (a collection is followed by its children). */
export interface LocateIndex {
  nodes: Int32Array;
}

/**
 * A locator for one contract's text. `index`: the text's index, when the caller has its events
 * (indexEvents); otherwise it is built on the first call (with the same depth limit the file was
 * parsed with) and kept. The reference parse happens only if some pointer needs it.
 */
export function createLocator(text: string, maxDepth: number = DEFAULT_LIMITS.maxDepth, index?: LocateIndex | null): (pointer: string) => Position {
  let lines: Int32Array | undefined;
  let reference: ((pointer: string) => Position) | undefined;
  return (pointer) => {
    if (index === undefined) index = buildLocateIndex(text, maxDepth);
    const offset = index === null ? UNKNOWN : indexedOffset(index, text, pointer);
    if (offset < 0) return (reference ??= createYamlLocator(text))(pointer);
    lines ??= lineStarts(text);
    return positionIn(lines, offset);
  };
}

/** The node index of the text's (first non-empty) document, or null when it does not parse. */
export function buildLocateIndex(text: string, maxDepth: number = DEFAULT_LIMITS.maxDepth): LocateIndex | null {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch {
    return null;
  }
  return indexEvents(events, text);
}

/** Folds an event stream into the node index of its (first non-empty) document. */
export function indexEvents(events: readonly Event[], text: string): LocateIndex | null {
  const first = rootEvent(events);
  if (first < 0) return null;
  const nodes = new Int32Array(events.length * STRIDE); // an upper bound: POPs take no record
  const open: number[] = [];
  const anchors = new Map<string, number>();
  let n = 0;
  for (let i = first; i < events.length; i++) {
    const ev = events[i] as Event;
    if (ev.type === EVENT_ID.POP) {
      const node = open.pop();
      if (node === undefined) break; // the document's end
      nodes[node * STRIDE + NEXT] = n;
      continue;
    }
    if (ev.type === EVENT_ID.DOCUMENT) break;
    const at = n * STRIDE;
    const self = n++;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const indent = Math.max(0, ev.indent + 1);
        nodes[at + META] =
          ev.type | (ev.style << 3) | (ev.chomping << 6) | (ev.fast ? FAST : 0) | (ev.tagStart >= 0 ? TAGGED : 0) | (indent << 10);
        nodes[at + POS] = scalarPos(text, ev);
        nodes[at + NEXT] = n;
        nodes[at + A] = ev.valueStart;
        nodes[at + B] = ev.valueEnd;
        break;
      }
      case EVENT_ID.ALIAS:
        nodes[at + META] = ev.type;
        nodes[at + POS] = ev.anchorStart - 1; // the `*`
        nodes[at + NEXT] = n;
        nodes[at + A] = anchors.get(text.slice(ev.anchorStart, ev.anchorEnd)) ?? -1;
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        nodes[at + META] = ev.type;
        nodes[at + POS] = ev.type === EVENT_ID.MAPPING ? mappingPos(text, ev.start, events[i + 1]) : ev.start;
        open.push(self);
        break;
    }
    // The most recent definition wins, as in both parsers; aliases only look backwards.
    if (ev.type !== EVENT_ID.ALIAS && ev.anchorStart >= 0) anchors.set(text.slice(ev.anchorStart, ev.anchorEnd), self);
  }
  return { nodes: nodes.slice(0, n * STRIDE) };
}

/**
 * Offset of the node at `pointer` (for a mapping entry, of its key), stopping at the nearest
 * existing ancestor; UNKNOWN (-1) when only the reference locator can tell.
 */
export function indexedOffset(index: LocateIndex, text: string, pointer: string): number {
  const nodes = index.nodes;
  if (nodes.length === 0) return UNKNOWN;
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    tokens = [];
  }
  let node = 0;
  let offset = nodes[POS] as number;
  for (const token of tokens) {
    if (((nodes[node * STRIDE + META] as number) & KIND_MASK) === EVENT_ID.ALIAS) {
      node = nodes[node * STRIDE + A] as number;
      if (node < 0) break;
    }
    const kind = (nodes[node * STRIDE + META] as number) & KIND_MASK;
    const end = nodes[node * STRIDE + NEXT] as number;
    if (kind === EVENT_ID.MAPPING) {
      let key = node + 1;
      let found = -1;
      const table = keyTable(index, text, node, end);
      if (table) {
        // (the same answer as the scan below: the first matching key, unless an unreadable one precedes it)
        const hit = table.keys.get(token);
        if (hit !== undefined && hit.ord < table.unknownAt) found = hit.key;
        else if (table.unknownAt !== Infinity) return UNKNOWN;
        key = end;
      }
      while (key < end) {
        const value = nodes[key * STRIDE + NEXT] as number;
        if (value >= end) break;
        const match = keyMatches(nodes, text, key, token);
        if (match === undefined) return UNKNOWN;
        if (match) {
          found = key;
          break;
        }
        key = nodes[value * STRIDE + NEXT] as number;
      }
      if (found < 0) break;
      offset = nodes[found * STRIDE + POS] as number;
      node = nodes[found * STRIDE + NEXT] as number;
    } else if (kind === EVENT_ID.SEQUENCE) {
      if (!INDEX.test(token)) break;
      let item = node + 1;
      for (let k = Number(token); k > 0 && item < end; k--) item = nodes[item * STRIDE + NEXT] as number;
      if (item >= end) break;
      offset = nodes[item * STRIDE + POS] as number;
      node = item;
    } else break;
  }
  return offset; // UNKNOWN only if the node it stopped at cannot be placed
}

/** Index of the root node's event in the first document that has content (as parse.ts picks it). */
function rootEvent(events: readonly Event[]): number {
  for (let i = 0; i < events.length; i++) {
    if ((events[i] as Event).type !== EVENT_ID.DOCUMENT) continue;
    const root = events[i + 1];
    if (root === undefined) return -1;
    const empty = root.type === EVENT_ID.SCALAR && root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
    if (!empty) return i + 1;
  }
  return -1;
}

/** Where `yaml` starts a scalar: at its content, a quote, or a block scalar's header. */
function scalarPos(text: string, ev: ScalarEvent): number {
  if (ev.valueStart < 0) return UNKNOWN; // empty: `yaml` places it after the indicator, events do not say where
  switch (ev.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return ev.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return blockHeader(text, ev.valueStart);
    default:
      return ev.valueStart;
  }
}

/** The header must end its line: indicators, then maybe a comment. */
const HEADER = /(?<=^|[ \t])[|>][0-9+-]*(?:[ \t]+#.*)?[ \t]*$/;

/**
 * Offset of a block scalar's `|`/`>`. js-yaml's content starts on the line after the header, so
 * the header is the last indicator on the previous line that only indicators and a comment
 * follow (anchors and tags before it cannot contain a space-preceded `|`/`>`).
 */
function blockHeader(text: string, valueStart: number): number {
  let end = valueStart;
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const m = HEADER.exec(text.slice(lineStart, end));
  return m ? lineStart + m.index : UNKNOWN;
}

/**
 * Where `yaml` starts a mapping. js-yaml starts an implicit block (or flow-pair) mapping at its
 * first key's anchor or tag; `yaml` at that key's content.
 */
function mappingPos(text: string, start: number, first: Event | undefined): number {
  if (first === undefined || first.type === EVENT_ID.POP || first.type === EVENT_ID.DOCUMENT || first.type === EVENT_ID.ALIAS) {
    return start;
  }
  const anchor = first.anchorStart >= 0 ? first.anchorStart - 1 : -1;
  if (anchor !== start && first.tagStart !== start) return start;
  return first.type === EVENT_ID.SCALAR ? scalarPos(text, first) : UNKNOWN;
}

/** Mappings with more keys than this get a table of their keys at their first lookup: n lookups scanning n siblings were n² (16,000 findings in one mapping: 6 s). */
const TABLE_MIN_KEYS = 64;

interface KeyTable {
  /** Each key's first occurrence: its node and its ordinal among the keys. */
  keys: Map<string, { key: number; ord: number }>;
  /** Ordinal of the first key only the reference locator can read (a tagged one), or Infinity. */
  unknownAt: number;
}

const keyTables = new WeakMap<LocateIndex, Map<number, KeyTable | null>>();

function keyTable(index: LocateIndex, text: string, node: number, end: number): KeyTable | null {
  const nodes = index.nodes;
  let tables = keyTables.get(index);
  if (tables === undefined) keyTables.set(index, (tables = new Map()));
  const known = tables.get(node);
  if (known !== undefined) return known;
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
  tables.set(node, table);
  return table;
}

/** A key as keyMatches reads it: its string, null when it can match nothing, undefined when only the reference can tell. */
function keyValue(nodes: Int32Array, text: string, key: number): string | null | undefined {
  const meta = nodes[key * STRIDE + META] as number;
  if ((meta & KIND_MASK) !== EVENT_ID.SCALAR) return null;
  if (meta & TAGGED) return undefined;
  const valueStart = nodes[key * STRIDE + A] as number;
  const valueEnd = nodes[key * STRIDE + B] as number;
  const plain = ((meta >> 3) & 7) === SCALAR_STYLE.PLAIN;
  if (plain && meta & FAST && valueStart >= 0 && !mayResolve(text.charAt(valueStart))) return text.slice(valueStart, valueEnd);
  return scalarKey(nodes, text, key);
}

/** Whether the scalar key node `key` reads as `token` in the js-yaml document; undefined: cannot tell. */
function keyMatches(nodes: Int32Array, text: string, key: number, token: string): boolean | undefined {
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

/** Offsets where lines start (0 first), for binary search. */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

function positionIn(starts: Int32Array, offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}
