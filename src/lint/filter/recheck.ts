// Loading recheck, the ReDoS checker, so that it works in the ncc bundle without node_modules.
//
// recheck's main entry picks a backend at run time: the synchronous API spawns a synckit worker
// that re-requires recheck from node_modules and then tries the native binary
// (recheck-linux-x64), `java -jar recheck.jar`, and only then its pure-JS engine. In the bundle
// none of those files exist, and synckit itself crashes when bundled. We therefore load
// `recheck/lib/browser.js`: the same Scala.js engine, whose checkSync runs in-process and requires
// nothing - no worker, no child process, no RECHECK_* environment variables consulted.
//
// It is 3 MB and takes ~200 ms to load, so it is loaded on first use only (most filter regexes
// never need it, see redos-fast-path.ts). Synchronously, because lintContracts is synchronous:
// - in the ncc bundle, webpack replaces `import.meta.webpackContext(...)` by a bundled module
//   that is evaluated only when called;
// - under plain Node (tsc output, vitest) that property does not exist, the call throws a
//   TypeError and we fall back to createRequire.

import { createRequire } from 'node:module';
import type { checkSync, Diagnostics } from 'recheck';

export type { Diagnostics };
type CheckSync = typeof checkSync;

interface WebpackImportMeta {
  webpackContext(request: string, options: { recursive: boolean; regExp: RegExp; mode: 'sync' }): (id: string) => unknown;
}

let engine: CheckSync | undefined;

function load(): CheckSync {
  let mod: unknown;
  try {
    // Written as a literal call so webpack recognizes it; the cast is erased by tsc.
    const context = (import.meta as unknown as WebpackImportMeta).webpackContext('recheck/lib', { recursive: false, regExp: /^\.\/browser\.js$/, mode: 'sync' });
    mod = context('./browser.js');
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    mod = createRequire(import.meta.url)('recheck/lib/browser.js');
  }
  return (mod as { checkSync: CheckSync }).checkSync;
}

/** recheck's verdict on `source` with `flags`, giving up after `timeoutMs` (status unknown/timeout). */
export function recheck(source: string, flags: string, timeoutMs: number): Diagnostics {
  engine ??= load();
  return engine(source, flags, { timeout: timeoutMs });
}
