// The one way out to the log. The Actions runner reads stdout and stderr line by line (a line ends
// at \n, \r or \r\n) and obeys as a workflow command any line that, its start trimmed (.NET
// Char.IsWhiteSpace, which includes U+0085), starts with `::`, and any line that holds the legacy
// `##[` ANYWHERE (actions/runner ActionCommand.TryParse: IndexOf). A schema title or a tenant value
// holding a newline or `##[stop-commands]` would otherwise write `::error`, `::add-mask::` or
// silence every real annotation for the PR author. Two steps close that:
//   - escapeControl, for a value (repo or tenant) put into a line of text: control characters
//     become visible escapes, so the value stays on its line and cannot move the terminal either;
//   - neutraliseCommands, on everything written (cli.ts's io, main.ts's info): a line that would
//     start with `::` gets a leading backslash, and every `##[` becomes `#\u0023[` (inside a JSON
//     string, as in --format json, that is still valid JSON and decodes back to `##[`).
// Annotations (core.error/warning/notice) and core.setFailed go through the toolkit's own escaping
// of data and properties; core.info does not, so nothing calls it directly (eslint enforces that).

/** What .NET's TrimStart trims, plus what JavaScript's does (U+FEFF): the union is the safe side. */
const RUNNER_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const COMMAND_LINE = new RegExp(`^(?=${RUNNER_SPACE}*::)`);
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/** `text` with every line that the runner would obey as a workflow command made inert. */
export function neutraliseCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(LINE, (line) => line.replace(COMMAND_LINE, '\\')).replaceAll('##[', '#\\u0023[');
}

/**
 * Characters a value must not carry into a line of output: C0 controls and DEL (newlines, ESC for
 * terminal sequences), C1 controls (U+0085 is a line break to some readers), the Unicode line and
 * paragraph separators, and the bidirectional overrides that reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value made safe for one line of text: each control character becomes a visible escape (`\n`, `\u001b`). */
export function escapeControl(value: string): string {
  return value.replace(CONTROL_CHARACTERS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `value` escaped for one line and at most `max` characters: past that its middle is cut (`…`),
 * keeping `head` characters of the start (what it is) and the rest from the end (often which one).
 * Whole code points: an emoji is never split.
 */
export function escapedShort(value: string, max: number, head = Math.ceil(((max - 1) * 2) / 3)): string {
  const safe = escapeControl(value);
  if (safe.length <= max) return safe;
  const chars = Array.from(safe);
  if (chars.length <= max) return safe;
  return `${chars.slice(0, head).join('')}…${chars.slice(head + 1 - max).join('')}`;
}

/** True when `value` holds a character escapeControl would escape. */
export function hasControlCharacter(value: string): boolean {
  return HAS_CONTROL.test(value);
}

const HAS_CONTROL = new RegExp(CONTROL_CHARACTERS.source);

/**
 * Node prints process warnings (a library's emitWarning, e.g. the yaml parser quoting a key of the
 * file it reads) straight to stderr, unescaped: send them through `write`, the front's one way out.
 */
export function routeProcessWarnings(write: (text: string) => void): void {
  process.removeAllListeners('warning');
  process.on('warning', (w) => write(`warning: ${escapeControl(`${w.name}: ${w.message}`)}\n`));
}
