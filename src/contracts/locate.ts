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

import { EVENT_ID, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { Position } from '../core/contract.js';
import { lazy } from '../core/lazy.js';
import { parsePointer } from '../core/pointer.js';
import { DEFAULT_LIMITS } from './limits.js';
import { keyMatches, keyTable } from './locate-keys.js';
import { A, B, FAST, KIND_MASK, META, NEXT, POS, STRIDE, TAGGED, UNKNOWN, type LocateIndex } from './locate-records.js';

const INDEX = /^(0|[1-9][0-9]*)$/;

export type { LocateIndex };

/**
 * The reference locator (./locate-yaml.ts): it brings the `yaml` library, which a run whose pointers
 * the index places never needs (most runs). A lookup that needs it before it is loaded throws
 * NotLoaded (../core/lazy.ts): the caller loads it and asks again (locateFindings).
 */
const reference = lazy('the reference locator', async () => (await import('./locate-yaml.js')).createYamlLocator);

/** Loads the reference locator, ahead of synchronous lookups that may need it. */
export const loadReferenceLocator = reference.load;

/**
 * A locator for one contract's text. `index`: the text's index, when the caller has its events
 * (indexEvents); otherwise it is built on the first call (with the same depth limit the file was
 * parsed with) and kept. The reference parse happens only if some pointer needs it (and only after
 * loadReferenceLocator: before, such a pointer throws NotLoaded).
 */
export function createLocator(
  text: string,
  maxDepth: number = DEFAULT_LIMITS.maxDepth,
  index?: LocateIndex | null,
): (pointer: string) => Position {
  let lines: Int32Array | undefined;
  let referenceOf: ((pointer: string) => Position) | undefined;
  return (pointer) => {
    if (index === undefined) index = buildLocateIndex(text, maxDepth);
    const offset = index === null ? UNKNOWN : indexedOffset(index, text, pointer);
    if (offset < 0) return (referenceOf ??= reference.get()(text))(pointer);
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
          ev.type |
          (ev.style << 3) |
          (ev.chomping << 6) |
          (ev.fast ? FAST : 0) |
          (ev.tagStart >= 0 ? TAGGED : 0) |
          (indent << 10);
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
  if (
    first === undefined ||
    first.type === EVENT_ID.POP ||
    first.type === EVENT_ID.DOCUMENT ||
    first.type === EVENT_ID.ALIAS
  ) {
    return start;
  }
  const anchor = first.anchorStart >= 0 ? first.anchorStart - 1 : -1;
  if (anchor !== start && first.tagStart !== start) return start;
  return first.type === EVENT_ID.SCALAR ? scalarPos(text, first) : UNKNOWN;
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
