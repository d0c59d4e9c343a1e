// Where a JSON text stops being JSON, as a line and column, never as a quote of the text: the
// engine's own messages quote the bytes around the error (`Unexpected token 'S', "SHELL=/bin"...`),
// and the file may be one a link led to. A small iterative scanner (no recursion, so any nesting
// is fine) finds the offset; it runs only after JSON.parse has failed.

import { positionAt } from './position.js';

/** `line L, column C` of the first syntax error in `text` (1-based), for a text JSON.parse refused. */
export function jsonErrorLocation(text: string, engineMessage?: string): string {
  let at = firstErrorOffset(text);
  if (at === undefined) {
    const m = /at position (\d+)/.exec(engineMessage ?? '');
    at = m ? Number(m[1]) : undefined;
  }
  if (at === undefined) return 'at an unknown position';
  const { line, column } = positionAt(text, at);
  return `line ${line}, column ${column}${at >= text.length ? ' (unexpected end)' : ''}`;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Offset of the first byte that is not valid JSON (text.length for a premature end), or undefined when it is valid. */
export function firstErrorOffset(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  // Scans one string at i (at a quote); returns false at an error, leaving i on it.
  const str = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // A value is expected at i.
  const value = (): boolean => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return true;
      }
      return c === '{' ? member() : true;
    }
    if (c === '"') return str();
    return scalar();
  };
  // `"key" :` at i, inside an object; leaves i before the value.
  const member = (): boolean => {
    skip();
    if (text[i] !== '"' || !str()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    const opened = stack.length;
    if (!value()) return i;
    // After a value: close containers or move to the next element.
    if (stack.length > opened) continue; // a container was opened: its first value (or member value) comes next
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : undefined;
      const c = text[i];
      if (c === ',') {
        i++;
        if (top === '{' && !member()) return i;
        break;
      }
      if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}
