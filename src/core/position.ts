// Offset -> 1-based line/column for error paths that have no line table (the fast YAML parser, JSON.parse).
// Linear in the offset, so only used once per finding, never per node.

import type { Position } from './contract.js';

export function positionAt(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
