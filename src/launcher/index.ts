#!/usr/bin/env node
// The bin (dist/cli/index.js): runs the bundled CLI (dist/cli/app/, CommonJS chunks) through V8's
// code cache. Most of a small check's start is V8 compiling the ~2 MB of JavaScript it needs
// (docs/benchmarks.md). V8 can serialise the code it compiled, including every function compiled
// while the command ran, and a later run deserialises that instead of compiling. Node's own cache
// (module.enableCompileCache, 22.1+) serialises a module right after compiling it, before any of
// its functions ran, and Node 20 has none: hence this file. It imports only builtins: it is copied
// to dist/, not bundled (scripts/bundle.mjs).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { openCacheDir, readCache, writeCache, type CacheDir } from './cache-dir.js';

const APP = join(dirname(fileURLToPath(import.meta.url)), 'app');
const nodeRequire = createRequire(join(APP, 'index.cjs'));

/** The scripts compiled without an accepted cache: serialised at exit, with what the run compiled. */
const fresh: { script: Script; name: string }[] = [];
const loaded = new Map<string, { exports: unknown }>();
const cache: CacheDir | undefined = openCacheDir(APP, process.argv[2], process.env);

/**
 * One file of the bundle as CommonJS: the entry and the chunks it requires as `./N.index.cjs.js`.
 * Everything else the bundle requires is a Node builtin.
 */
function load(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const filename = join(APP, file);
  const source = readFileSync(filename, 'utf8');
  // The cache directory is the build's; the file's modification time tells a file edited in place.
  const name = cache && `${file}-${Math.trunc(statSync(filename).mtimeMs)}.v8`;
  const cachedData = cache && name ? readCache(cache, name) : undefined;
  // The wrapper Node gives a CommonJS module, on the source's first line: line numbers stay true.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  if (name && (!cachedData || script.cachedDataRejected)) fresh.push({ script, name });
  const module = { exports: {} };
  loaded.set(file, module);
  const appRequire = (id: string): unknown => (id.startsWith('./') ? load(id.slice(2)) : nodeRequire(id));
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, appRequire, module, filename, APP);
  return module.exports;
}

if (cache)
  process.once('exit', () => {
    for (const { script, name } of fresh) writeCache(cache, name, script.createCachedData());
  });

await (load('index.cjs') as { runCli: () => Promise<void> }).runCli();
