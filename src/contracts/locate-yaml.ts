// The reference locator: re-parses the text with `yaml` (which keeps source ranges) and walks its
// node tree. Its parse alone takes 3.4-3.8 times js-yaml's (figures in ./yaml-load.ts), so it only
// runs for the rare constructs the event index of locate.ts cannot place exactly, and as the oracle
// in tests.

import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from '../core/contract.js';
import { parsePointer } from '../core/pointer.js';
import { yamlOffsetOf } from '../core/yaml-offset.js';

interface Parsed {
  doc: Document.Parsed;
  lines: LineCounter;
}

const TOP: Position = { line: 1, column: 1 };

export function createYamlLocator(text: string): (pointer: string) => Position {
  let parsed: Parsed | null | undefined;
  return (pointer) => {
    if (parsed === undefined) parsed = parseWithPositions(text);
    if (parsed === null) return TOP;
    const offset = yamlOffsetOf(parsed.doc, tokensOf(pointer), { throughAliases: true });
    if (offset === undefined) return TOP;
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

/** The pointer's tokens; none (the top) for one that cannot be read. */
function tokensOf(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}
