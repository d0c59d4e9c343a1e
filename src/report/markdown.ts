// Markdown building blocks for every Markdown surface (PR comment, job summary, deploy and drift
// summaries, tracking issue): text from findings, files and the tenant is user data, so it is
// escaped here and nowhere else. Two things user text must never do: carry an HTML comment
// (`<!--`, `-->`) into the raw body, where it could forge the hidden marker another run looks for,
// and open HTML (an unclosed `<details>`) that swallows the rest of the page.

const MAX_CELL_CHARS = 600;

/** An HTML comment opener or closer: in the raw body it could forge or end a hidden marker. */
const COMMENT_DELIMITER = /<!--|--!?>/;

/** `&`, `<` and `>` as entities, for text inside HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A code span that survives any content: backticks, newlines and, in a table cell (the default),
 * pipes (GFM needs `\|` even inside code spans there; outside a table it would show). Content
 * holding `<!--` or `-->` cannot go in a backtick span (it stays raw there): it becomes a `<code>`
 * element with the text escaped, which renders the same.
 */
export function inlineCode(s: string, inTable = true): string {
  let flat = s.replace(/\r?\n|\r/g, ' ');
  if (COMMENT_DELIMITER.test(flat)) return `<code>${escapeText(flat)}</code>`;
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

/**
 * HTML-escaped `<code>` for places markdown is not rendered, such as `<summary>` (one line: a
 * newline would end the HTML there).
 */
export function htmlCode(s: string): string {
  return `<code>${escapeHtml(s.replace(/\r\n|\r|\n/g, ' '))}</code>`;
}

/** A table from a header row and body rows of already escaped cells. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
): string {
  const sep = header.map((_h, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * A fenced code block whose fence is longer than any backtick run in the content. Content holding
 * `<!--` or `-->` (raw inside a fence) becomes a `<pre>` block with the text escaped instead.
 */
export function codeBlock(content: string, lang = ''): string {
  if (COMMENT_DELIMITER.test(content))
    return `<pre${lang ? ` lang="${escapeHtml(lang)}"` : ''}><code>${escapeHtml(content)}\n</code></pre>`;
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content}\n${fence}`;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * `md` cut to at most `max` (as measured by `size`, additive over concatenation: characters or
 * bytes) at a line end, then `note`. Whatever is open at the cut is closed before the note: a code
 * fence, a `<pre>` block, `<details>`; never between a table's header and its delimiter row.
 * Unchanged when it fits.
 */
export function fitMarkdown(
  md: string,
  max: number,
  note: string,
  size: (s: string) => number = (s) => s.length,
): string {
  if (size(md) <= max) return md;
  const lines = md.split('\n');
  const room = max - size(note);
  const state = new BlockState();
  let best = '';
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    used += size(line) + (i > 0 ? 1 : 0);
    if (used > room) break;
    state.take(line);
    if (TABLE_DELIMITER.test(lines[i + 1] ?? '')) continue;
    const closers = state.closers();
    if (used + size(closers) <= room) best = lines.slice(0, i + 1).join('\n') + closers;
  }
  return best + note;
}

const TABLE_DELIMITER = /^\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;

/** What is open after the lines read so far: a fence, a `<pre>` block, `<details>` levels. */
class BlockState {
  private fence: string | undefined;
  private pre = false;
  private details = 0;

  take(line: string): void {
    if (this.fence !== undefined) {
      const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (m && m[1]![0] === this.fence[0] && m[1]!.length >= this.fence.length) this.fence = undefined;
      return;
    }
    if (this.pre) {
      if (/<\/pre>/i.test(line)) this.pre = false;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      this.fence = open[1]!;
      return;
    }
    // Block-level HTML only: escaped user text has no raw `<`, code spans are not block starts.
    if (!/^ {0,3}</.test(line)) return;
    if (/^ {0,3}<pre[\s>]/i.test(line) && !/<\/pre>/i.test(line)) this.pre = true;
    const opens = line.match(/<details[\s>]/gi)?.length ?? 0;
    const closes = line.match(/<\/details>/gi)?.length ?? 0;
    this.details = Math.max(0, this.details + opens - closes);
  }

  closers(): string {
    let out = '';
    if (this.fence !== undefined) out += `\n${this.fence}`;
    if (this.pre) out += '\n</code></pre>';
    for (let i = 0; i < this.details; i++) out += '\n\n</details>';
    return out;
  }
}
