// A cheap bound on how deeply the config nests, found with the YAML lexer before any parser runs:
// the `yaml` composer is recursive, so 400,000 nested brackets would take seconds and overflow the
// stack. The lexer is a flat state machine; this stops at the first line past the limit.

import { CST, Lexer } from 'yaml';

/** A real config nests four or five levels (`ignores: - rule: ...`); 32 is far past any of them. */
export const MAX_CONFIG_DEPTH = 32;

const INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
const CONTROL = new Set(['doc-mode', 'byte-order-mark', 'flow-error-end', 'doc-start', 'doc-end', 'directive-line']);

interface Level {
  col: number;
  /** Opened by a `- ` indicator. */
  seq: boolean;
}

/** Whether a line starting with `first` closes the open level `top`. */
function closes(first: Level, top: Level): boolean {
  if (top.col !== first.col) return top.col > first.col;
  // `key:` then `- item` on the same column: the sequence is the key's value, one level deeper.
  return !(first.seq && !top.seq);
}

/**
 * The 1-based line where nesting first passes `maxDepth`, or undefined. Block levels are tracked
 * with a stack of the columns where nodes start (a deeper column opens a level, a shallower one
 * closes levels), plus the compact indicators of one line (`- - - x`); flow levels are counted by
 * brackets. It may count one level more than the collections (the scalar that ends a branch, or
 * a flow collection that opens its line); the text of scalars, block scalars and comments never counts.
 */
export function firstTooDeepLine(text: string, maxDepth = MAX_CONFIG_DEPTH): number | undefined {
  const stack: Level[] = [];
  let line = 1;
  let atLineStart = true;
  let col = 0;
  let cols: Level[] = [];
  let flow = 0;
  let scalarNext = false;
  for (const tok of new Lexer().lex(text)) {
    // The lexer marks each scalar with a \x1f token; the next token is its text, whatever it looks like.
    if (tok === '\u001f') {
      scalarNext = true;
      continue;
    }
    const type = scalarNext ? 'scalar' : CST.tokenType(tok);
    scalarNext = false;
    if (type && CONTROL.has(type)) continue;
    if (atLineStart && flow === 0 && type !== 'newline') {
      if (type === 'space') col += tok.length;
      else if (type && INDICATORS.has(type)) {
        cols.push({ col, seq: type === 'seq-item-ind' });
        col += tok.length;
        if (cols.length > maxDepth) return line;
      } else {
        atLineStart = false;
        if (type !== 'comment') {
          cols.push({ col, seq: false });
          const first = cols[0]!;
          while (stack.length > 0 && closes(first, stack[stack.length - 1]!)) stack.pop();
          stack.push(...cols);
          if (stack.length > maxDepth) return line;
        }
      }
    } else if (type !== 'space' && type !== 'newline') atLineStart = false;
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (++flow + stack.length > maxDepth) return line;
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    for (let i = tok.indexOf('\n'); i >= 0; i = tok.indexOf('\n', i + 1)) line++;
    if (tok.endsWith('\n')) {
      atLineStart = true;
      col = 0;
      cols = [];
    }
  }
  return undefined;
}
