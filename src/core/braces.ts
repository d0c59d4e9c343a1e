// The brace grammar of globs, read once for two uses of the settings (../settings/globs.ts):
// counting the patterns a glob expands to without expanding it (the bound), and spelling the
// patterns out (the checks of what a glob could name).

/** Patterns one glob may expand to (the product of its brace groups, a range counting its size). */
export const MAX_BRACE_READINGS = 100;

/**
 * How many patterns brace expansion can make of `glob`, counted without expanding and capped at
 * `cap`. It over-counts rather than under-counts: a group the expander would keep literal
 * (`{a}`, an unclosed `{`) still counts what is inside it. Recursion is as deep as the groups nest
 * (bounded by the settings' maxBraceGroups).
 */
export function countExpansions(glob: string, cap: number): number {
  const mul = (a: number, b: number) => Math.min(cap, a * b);
  const add = (a: number, b: number) => Math.min(cap, a + b);
  return readBraces<number>(glob, {
    text: () => 1,
    then: mul,
    or: add,
    single: (item, body) => Math.max(item, Math.min(cap, rangeSize(body.split('..')))),
    unclosed: (items) => items, // literal to the expander, counted anyway
  });
}

/**
 * The patterns `glob`'s braces spell out, lists and ranges, at most `cap` of them: what a glob could
 * name once its braces are read (the settings' checks). A group kept literal (unclosed, or one
 * item that is no range) stays as written; so do escapes.
 */
export function braceReadings(glob: string, cap: number): string[] {
  return readBraces<string[]>(glob, {
    text: (text) => [text],
    then: (heads, tails) => heads.flatMap((h) => tails.map((t) => h + t)).slice(0, cap),
    or: (a, b) => [...a, ...b].slice(0, cap),
    single: (item, body) => rangeValues(body, cap) ?? item.map((o) => `{${o}}`),
    unclosed: (_items, rest) => [`{${rest}`],
  });
}

/** How the parts of a glob combine for one reading of its braces (a count, or the patterns). */
interface BraceReading<T> {
  /** Text outside any group (escapes included). */
  text(text: string): T;
  /** One part, then the next. */
  then(a: T, b: T): T;
  /** Two items of a list group. */
  or(a: T, b: T): T;
  /** A closed group of one item, `{body}`: a range, or kept literal. */
  single(item: T, body: string): T;
  /** A group never closed: everything from after its `{` on. */
  unclosed(items: T, rest: string): T;
}

/** The brace grammar, once for both readings. Recursion is as deep as the groups nest. */
function readBraces<T>(glob: string, r: BraceReading<T>): T {
  let pos = 0;
  const sequence = (inGroup: boolean): T => {
    let out = r.text('');
    let from = pos;
    while (pos < glob.length) {
      const ch = glob[pos]!;
      if (ch === '\\') pos += 2;
      else if (inGroup && (ch === ',' || ch === '}')) break;
      else if (ch === '{') {
        out = r.then(out, r.text(glob.slice(from, pos)));
        pos++;
        out = r.then(out, group());
        from = pos;
      } else pos++;
    }
    return r.then(out, r.text(glob.slice(from, pos)));
  };
  const group = (): T => {
    const start = pos;
    let items: T | undefined;
    let alternatives = 1;
    for (;;) {
      const item = sequence(true);
      items = items === undefined ? item : r.or(items, item);
      if (pos >= glob.length) return r.unclosed(items, glob.slice(start));
      if (glob[pos] === ',') {
        alternatives++;
        pos++;
        continue;
      }
      const body = glob.slice(start, pos);
      pos++; // the closing brace
      return alternatives === 1 ? r.single(items, body) : items;
    }
  };
  return sequence(false);
}

/** The values of a sane `a..b` or `a..b..step` (numbers or single characters); undefined when it is none. */
function rangeValues(body: string, cap: number): string[] | undefined {
  const parts = body.split('..');
  if (parts.length < 2) return undefined;
  const size = rangeSize(parts);
  if (!Number.isFinite(size) || size > cap) return undefined;
  const [a, b, s] = parts as [string, string, string?];
  const step = s === undefined || s.trim() === '' ? 1 : Math.abs(Number(s));
  const numeric = a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
  if (!numeric && (a.length !== 1 || b.length !== 1)) return undefined;
  const [from, to] = numeric ? [Number(a), Number(b)] : [a.charCodeAt(0), b.charCodeAt(0)];
  const out: string[] = [];
  const dir = to >= from ? 1 : -1;
  for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * (step || 1)) {
    out.push(numeric ? String(v) : String.fromCharCode(v));
    if (out.length >= cap) break;
  }
  return out;
}

/**
 * The size of `a..b` or `a..b..step` (numbers or single characters), 1 when it is not a range;
 * `parts` is the group's body split at `..`. Numbers the expander would mis-step (fractions, past
 * 1,000,000: near 2^53 it loops until the engine aborts) count as too many.
 */
function rangeSize(parts: readonly string[]): number {
  if (parts.length !== 2 && parts.length !== 3) return 1;
  const [a, b, s] = parts as [string, string, string?];
  const num = (x: string) => (x.trim() === '' ? NaN : Number(x));
  const sane = (x: number) => Number.isInteger(x) && Math.abs(x) <= 1_000_000;
  const step = s === undefined ? 1 : num(s);
  if (s !== undefined && !Number.isNaN(step) && !(sane(step) && step !== 0)) return Infinity;
  const stride = Number.isNaN(step) ? 1 : Math.abs(step);
  const [from, to] = [num(a), num(b)];
  // One end no number (`{1..x}`): the expander reads two single characters as a letter range.
  if (!Number.isNaN(from) && !Number.isNaN(to) && (Number.isFinite(from) || Number.isFinite(to))) {
    if (!sane(from) || !sane(to)) return Infinity;
    return Math.floor(Math.abs(to - from) / stride) + 1;
  }
  if (a.length === 1 && b.length === 1) return Math.floor(Math.abs(b.charCodeAt(0) - a.charCodeAt(0)) / stride) + 1;
  return 1;
}
