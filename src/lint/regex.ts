// Regex syntax, decided once for the whole product: ECMAScript with the `u` flag.
// ajv compiles JSON Schema `pattern`s with `u`, so schemas and filters follow one grammar, and the
// unicode grammar is the strict one: it rejects Annex B leniencies (`\-` or `\_` outside a class,
// a lone `{` or `]`, `\1` without a group) that other engines treat differently or reject.

import { boundedMemo } from '../core/memo.js';
import { redosVerdict } from './filter/redos-verdict.js';

const verdicts = new Map<string, string | null>();
/** Patterns are the documents' text: the cache is emptied past this many. */
const MAX_CACHED_VERDICTS = 10_000;

/** The engine's complaint about `pattern` in unicode mode, or null when it compiles. Cached. */
export function regexError(pattern: string): string | null {
  return boundedMemo(verdicts, pattern, MAX_CACHED_VERDICTS, compileError);
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

// Running a regex is the other half: a pattern from a repo or a tenant runs only once the ReDoS
// authority (./filter/redos-verdict.ts) cleared it. Everything that runs user regexes - ajv on
// examples and witness events (through `guardedRegExp`), the witness generator, the evolution
// engine's patternProperties matching - asks `regexCleared` first.

/** True when `pattern` compiles in unicode mode and the ReDoS authority found it safe to run. */
export function regexCleared(pattern: string): boolean {
  return regexError(pattern) === null && redosVerdict(pattern).kind === 'safe';
}

/** Thrown instead of running a regex the ReDoS authority did not clear. */
export class UnclearedRegexError extends Error {
  constructor(readonly pattern: string) {
    super(`the regex ${JSON.stringify(pattern)} was not run: the ReDoS checker did not clear it`);
    this.name = 'UnclearedRegexError';
  }
}

/**
 * ajv's `code.regExp` engine: the real RegExp for a cleared pattern; for any other, a stand-in that
 * compiles but refuses to run (throws UnclearedRegexError), so a validation that would reach the
 * pattern stops instead of hanging, and one that never reaches it is unaffected.
 */
export const guardedRegExp = Object.assign(
  (pattern: string, flags: string): { test: (s: string) => boolean } => {
    // An invalid pattern throws here, as ajv's default engine does (the schema does not compile).
    if (regexError(pattern) !== null || regexCleared(pattern)) return new RegExp(pattern, flags);
    const refuse = {
      test: (): boolean => {
        throw new UnclearedRegexError(pattern);
      },
      // ajv caches compiled patterns per instance by this string: keep it unique per pattern.
      toString: () => `uncleared:${JSON.stringify(pattern)}`,
    };
    return refuse;
  },
  // How ajv's standalone code of a validator names this engine (./validators.ts RUNTIME).
  { code: 'require("cxone-contract/regexp").guardedRegExp' },
);
