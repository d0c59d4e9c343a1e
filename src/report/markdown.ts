// Markdown building blocks for the job summary (and later the PR comment): text from findings is
// user data, so everything that goes into a table cell is escaped here and nowhere else.

const MAX_CELL_CHARS = 600;

/**
 * A code span that survives any content: backticks, newlines and, in a table cell (the default),
 * pipes (GFM needs `\|` even inside code spans there; outside a table it would show).
 */
export function inlineCode(s: string, inTable = true): string {
  let flat = s.replace(/\r?\n|\r/g, ' ');
  if (inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Escape plain text for a table cell: markdown punctuation, HTML, pipes, mentions, newlines. */
export function escapeText(s: string): string {
  return s
    .replace(/[\\`*_[\]~|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A message for a table cell. Code spans the rule author wrote (`like this`) stay code; the rest
 * is escaped. Long messages are cut.
 */
export function cell(s: string, maxChars = MAX_CELL_CHARS): string {
  const text = s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    out += escapeText(text.slice(last, m.index)) + inlineCode(m[2] ?? '');
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

/** HTML-escaped `<code>` for places markdown is not rendered, such as `<summary>`. */
export function htmlCode(s: string): string {
  return `<code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`;
}

/** A table from a header row and body rows of already escaped cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_h, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(content: string, lang = ''): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content}\n${fence}`;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
