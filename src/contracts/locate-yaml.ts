// The reference locator: re-parses the text with `yaml` (which keeps source ranges) and walks its
// node tree. It is several times slower than the event index of locate.ts, so it only runs for the
// rare constructs that one cannot place exactly (see locate.ts), and as the oracle in tests.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from '../core/contract.js';
import { parsePointer } from '../core/pointer.js';

interface Parsed {
  doc: Document.Parsed;
  lines: LineCounter;
}

const TOP: Position = { line: 1, column: 1 };
const INDEX = /^(0|[1-9][0-9]*)$/;

export function createYamlLocator(text: string): (pointer: string) => Position {
  let parsed: Parsed | null | undefined;
  return (pointer) => {
    if (parsed === undefined) parsed = parseWithPositions(text);
    if (parsed === null) return TOP;
    const offset = offsetOf(parsed.doc, pointer);
    if (offset < 0) return TOP;
    const { line, col } = parsed.lines.linePos(offset);
    return { line, column: col };
  };
}

function parseWithPositions(text: string): Parsed | null {
  try {
    const lines = new LineCounter();
    // Same core schema as the fast path, so keys such as `1` or `null` read the same way.
    const doc = parseDocument(text, { schema: 'core', lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    return { doc, lines };
  } catch {
    return null; // locate() must never throw; callers fall back to line 1
  }
}

function start(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : -1;
}

/**
 * Offset of the node at `pointer`; for a mapping entry, of its key (the line a reader looks
 * for). Stops at the nearest existing ancestor when the pointer leads nowhere.
 */
function offsetOf(doc: Document.Parsed, pointer: string): number {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    tokens = [];
  }
  let node: unknown = doc.contents;
  let offset = start(node);
  for (const token of tokens) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === token);
      if (!pair) break;
      const at = start(pair.key);
      offset = at >= 0 ? at : start(pair.value);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = INDEX.test(token) ? node.items[Number(token)] : undefined;
      if (item === undefined) break;
      offset = start(item);
      node = item;
    } else break;
  }
  return offset;
}

/** Keys as js-yaml's `{}` mappings see them: scalars stringified. */
function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
