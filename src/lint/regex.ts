// Regex syntax, decided once for the whole product: ECMAScript with the `u` flag.
// ajv compiles JSON Schema `pattern`s with `u`, so schemas and filters follow one grammar, and the
// unicode grammar is the strict one: it rejects Annex B leniencies (`\-` or `\_` outside a class,
// a lone `{` or `]`, `\1` without a group) that other engines treat differently or reject.

const verdicts = new Map<string, string | null>();

/** The engine's complaint about `pattern` in unicode mode, or null when it compiles. Cached. */
export function regexError(pattern: string): string | null {
  let verdict = verdicts.get(pattern);
  if (verdict === undefined) {
    verdict = compileError(pattern);
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

function compileError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
    try {
      new RegExp(pattern);
      return `${reason} (only the legacy non-unicode grammar accepts it: escape only syntax characters, e.g. write - not \\- outside [...])`;
    } catch {
      return reason;
    }
  }
}
