// Offset -> 1-based line/column for the error paths of the fast parser, which has no line table.
// Linear in the offset, so only used once per finding, never per node.

import type { Position } from '../core/contract.js';

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
