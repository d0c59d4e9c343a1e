// Loading recheck, the ReDoS checker, so that it works in the ncc bundle without node_modules.
//
// recheck's main entry picks a backend at run time: the synchronous API spawns a synckit worker
// that re-requires recheck from node_modules and then tries the native binary
// (recheck-linux-x64), `java -jar recheck.jar`, and only then its pure-JS engine. In the bundle
// none of those files exist, and synckit itself crashes when bundled. We therefore load
// `recheck/lib/browser.js`: the same Scala.js engine, whose checkSync runs in-process and requires
// nothing - no worker, no child process, no RECHECK_* environment variables consulted.
//
// It is 3 MB and takes ~250 ms to load, and most filter regexes never need it (see
// redos-fast-path.ts). So it is loaded by a dynamic import(), which ncc turns into a separate
// chunk that a run reads only when `loadRecheck()` is awaited (lint's `prepareLint` does that
// when some pattern needs it). Without that, under plain Node (tsc output, vitest) the engine is
// required synchronously on first use.

import { createRequire } from 'node:module';
import type { checkSync, Diagnostics } from 'recheck';

export type { Diagnostics };
type CheckSync = typeof checkSync;

let engine: CheckSync | undefined;

/** Load the engine ahead of synchronous use; in the bundle this reads the separate chunk. */
export async function loadRecheck(): Promise<void> {
  engine ??= ((await import('recheck/lib/browser.js')) as { checkSync: CheckSync }).checkSync;
}

function loadSync(): CheckSync {
  return (createRequire(import.meta.url)('recheck/lib/browser.js') as { checkSync: CheckSync }).checkSync;
}

/** recheck's verdict on `source` with `flags`, giving up after `timeoutMs` (status unknown/timeout). */
export function recheck(source: string, flags: string, timeoutMs: number): Diagnostics {
  engine ??= loadSync();
  return engine(source, flags, { timeout: timeoutMs });
}
