// Cheap analyses of js-yaml's flat event stream. They run between parsing and constructing, so
// alias bombs, alias cycles and alias-built depth are caught before any object graph exists, and
// without walking one: a walker that followed shared references would itself be the bomb.

import { EVENT_ID, SCALAR_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import type { ParseLimits } from './limits.js';

/** Source offset where an event's node starts (its tag or anchor, if any, else its content). */
export function eventOffset(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.ALIAS:
      return Math.max(0, ev.anchorStart - 1); // the `*`
    case EVENT_ID.SCALAR: {
      // Quoted scalars' content starts after the quote; point at the quote, as an editor would.
      const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return firstSet(ev.tagStart, ev.anchorStart, ev.valueStart < 0 ? -1 : ev.valueStart - (quoted ? 1 : 0));
    }
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      return firstSet(ev.tagStart, ev.anchorStart, ev.start);
    default:
      return -1;
  }
}

function firstSet(...offsets: number[]): number {
  for (const o of offsets) if (o >= 0) return o;
  return -1;
}

export interface DocumentInfo {
  /** Offset of the root node, -1 when unknown. */
  rootOffset: number;
  /** A document with no content (`---` alone): ignored, like most YAML tooling does. */
  empty: boolean;
  rootType: Event['type'];
}

export interface StreamSummary {
  documents: DocumentInfo[];
  aliases: number;
}

/** One pass that only looks at event types: documents and alias count. */
export function summarize(events: readonly Event[]): StreamSummary {
  const documents: DocumentInfo[] = [];
  let aliases = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as Event;
    if (ev.type === EVENT_ID.ALIAS) aliases++;
    else if (ev.type === EVENT_ID.DOCUMENT) {
      const root = events[i + 1];
      const isEmpty =
        root !== undefined &&
        root.type === EVENT_ID.SCALAR &&
        root.valueStart < 0 &&
        root.tagStart < 0 &&
        root.anchorStart < 0;
      documents.push({
        rootOffset: root ? eventOffset(root) : -1,
        empty: isEmpty,
        rootType: root?.type ?? EVENT_ID.POP,
      });
    }
  }
  return { documents, aliases };
}

export type AliasProblem =
  | { kind: 'too-many'; offset: number; count: number }
  | { kind: 'cycle'; offset: number; name: string }
  | { kind: 'expansion'; offset: number; name: string; nodes: number }
  | { kind: 'depth'; offset: number; name: string; depth: number };

interface Frame {
  /** Nodes in this subtree with aliases expanded. */
  size: number;
  /** Collection levels in this subtree (1 for a flat collection). */
  height: number;
  anchor: string | null;
  open: Frame | null;
}

/** What an anchor stands for: a finished subtree, or a collection still open (a cycle if aliased). */
type AnchorEntry = { size: number; height: number } | { openFrame: Frame };

/**
 * Size and depth of the document as a naive recursive walker would see it, with aliases
 * expanded. Linear in the number of events: each anchor's expanded size is computed once.
 */
export function checkAliases(events: readonly Event[], source: string, limits: ParseLimits): AliasProblem | undefined {
  const anchors = new Map<string, AnchorEntry>();
  const stack: Frame[] = [];
  let total = 0;
  let aliasCount = 0;
  const anchorName = (ev: { anchorStart: number; anchorEnd: number }): string | null =>
    ev.anchorStart < 0 ? null : source.slice(ev.anchorStart, ev.anchorEnd);
  const addToParent = (size: number, height: number): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    parent.size += size;
    if (height + 1 > parent.height) parent.height = height + 1;
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        anchors.clear();
        stack.length = 0;
        stack.push({ size: 0, height: -1, anchor: null, open: null }); // document frame
        break;
      case EVENT_ID.SCALAR: {
        total++;
        const name = anchorName(ev);
        if (name !== null) anchors.set(name, { size: 1, height: 0 });
        addToParent(1, 0);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        total++;
        const frame: Frame = { size: 1, height: 1, anchor: anchorName(ev), open: null };
        // Registered at the start, as js-yaml does, so an alias inside it is seen as a cycle.
        if (frame.anchor !== null) anchors.set(frame.anchor, { openFrame: frame });
        stack.push(frame);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame || stack.length === 0) break; // document end
        if (frame.anchor !== null) {
          const entry = anchors.get(frame.anchor);
          if (entry && 'openFrame' in entry && entry.openFrame === frame) {
            anchors.set(frame.anchor, { size: frame.size, height: frame.height });
          }
        }
        addToParent(frame.size, frame.height);
        break;
      }
      case EVENT_ID.ALIAS: {
        const offset = eventOffset(ev);
        if (++aliasCount > limits.maxAliases) return { kind: 'too-many', offset, count: aliasCount };
        const name = source.slice(ev.anchorStart, ev.anchorEnd);
        const entry = anchors.get(name);
        if (!entry) break; // unknown anchor: js-yaml reports it as a syntax error
        if ('openFrame' in entry) return { kind: 'cycle', offset, name };
        total += entry.size;
        if (total > limits.maxNodes) return { kind: 'expansion', offset, name, nodes: total };
        const depth = stack.length - 1 + entry.height; // open collections + what the alias adds
        if (depth > limits.maxDepth) return { kind: 'depth', offset, name, depth };
        addToParent(entry.size, entry.height);
        break;
      }
    }
  }
  return undefined;
}

export interface DuplicateKey {
  key: string;
  firstOffset: number;
  secondOffset: number;
}

interface KeyFrame {
  keys: Map<string, number> | null; // null for sequences and documents
  nextIsKey: boolean;
}

/**
 * The duplicate key js-yaml complained about at `errorOffset` (or the first one in document
 * order), with where it was first defined. Only runs on the error path.
 */
export function findDuplicateKey(
  events: readonly Event[],
  source: string,
  errorOffset: number,
): DuplicateKey | undefined {
  const stack: KeyFrame[] = [];
  let first: DuplicateKey | undefined;
  const completeNode = (key: string | undefined, offset: number): DuplicateKey | undefined => {
    const frame = stack[stack.length - 1];
    if (!frame?.keys) return undefined;
    const isKey = frame.nextIsKey;
    frame.nextIsKey = !isKey;
    if (!isKey || key === undefined) return undefined; // a value, or a complex (non-scalar) key
    const prev = frame.keys.get(key);
    if (prev === undefined) {
      frame.keys.set(key, offset);
      return undefined;
    }
    return { key, firstOffset: prev, secondOffset: offset };
  };
  for (const ev of events) {
    let dup: DuplicateKey | undefined;
    if (ev.type === EVENT_ID.DOCUMENT) stack.push({ keys: null, nextIsKey: true });
    else if (ev.type === EVENT_ID.MAPPING) stack.push({ keys: new Map(), nextIsKey: true });
    else if (ev.type === EVENT_ID.SEQUENCE) stack.push({ keys: null, nextIsKey: true });
    else if (ev.type === EVENT_ID.POP) {
      stack.pop();
      dup = completeNode(undefined, -1);
    } else if (ev.type === EVENT_ID.SCALAR) {
      dup = completeNode(getScalarValue(source, ev as ScalarEvent), eventOffset(ev));
    } else if (ev.type === EVENT_ID.ALIAS) {
      dup = completeNode(undefined, -1);
    }
    if (dup) {
      // js-yaml marks a quoted key inside its quote; eventOffset() points at the quote.
      if (errorOffset - dup.secondOffset === 0 || errorOffset - dup.secondOffset === 1) return dup;
      first ??= dup;
    }
  }
  return first;
}
