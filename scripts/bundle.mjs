// Bundle the compiled action (lib/index.js) and CLI (lib/cli.js) with @vercel/ncc into dist/.
// dist/ is committed: the Actions runner runs it without node_modules, and the npm package is
// dist/cli/ alone (package.json has no dependencies). CI fails when it is stale.
// Heavy, rarely needed modules (the ReDoS engine) are dynamic imports, which ncc emits as
// separate chunks read only when used.
// The CLI is bundled as CommonJS into dist/cli/app/ (from an entry that requires lib/cli.js), and
// dist/cli/index.js is the launcher (src/launcher/index.cts), copied as compiled: it runs the app's
// chunks through V8's code cache, which Node offers only for scripts. The app's chunks are then
// minified (local names shortened, comments and spaces dropped; nothing else rewritten): a check
// read and held 2.3 MB of them, now 1.0 MB, a few milliseconds of its start (docs/benchmarks.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { minify } from 'terser';

// The webpack stats of each build go to a scratch directory: they name every bundled module.
const scratch = mkdtempSync(join(tmpdir(), 'cxone-contract-bundle-'));
const ncc = (entry, out, stats) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--stats-out', stats], { stdio: 'inherit' });

try {
  rmSync('dist', { recursive: true, force: true });
  ncc('lib/index.js', 'dist', join(scratch, 'action.json'));
  // ncc emits CommonJS for a .cjs entry; the modules it requires stay ES modules to webpack.
  writeFileSync('lib/cli-bundle.cjs', "module.exports = require('./cli.js');\n");
  ncc('lib/cli-bundle.cjs', 'dist/cli/app', join(scratch, 'cli.json'));
  for (const file of readdirSync('dist/cli/app')) {
    if (/\.c?js$/.test(file)) await minified(join('dist/cli/app', file));
    asciiOnly(join('dist/cli/app', file));
  }
  writeFileSync('dist/cli/app/build.json', JSON.stringify({ id: buildId('dist/cli/app') }) + '\n');
  copyLauncher();
  writeFileSync('dist/licenses.txt', licenses([join(scratch, 'action.json'), join(scratch, 'cli.json')]));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * The file with its local names shortened and its comments (but licence notices) and spaces dropped.
 * Declared function and class names stay (an anonymous one assigned to a name may lose the name it
 * took from it: nothing reads those), and no expression is rewritten (no compress pass): the code
 * does what it did.
 */
async function minified(file) {
  const { code } = await minify(readFileSync(file, 'utf8'), {
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
    format: { comments: 'some' },
  });
  writeFileSync(file, code);
}

/**
 * Every character past ASCII as a \\u escape, so the launcher reads each file as a one-byte string
 * (a quarter of the time UTF-8 decoding to two-byte strings takes). The escape means the same in
 * strings, templates, regular expressions, identifiers and comments; a character already escaped
 * (`\\é`) would not, and stops the build.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/(\\*)([\u{80}-\u{10ffff}])/gu, (_, slashes, ch) => {
    if (slashes.length % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character (${ch})`);
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return slashes + out;
  });
  if (ascii !== text) writeFileSync(file, ascii);
}

/** The launcher's cache key (src/launcher/index.cts): a hash of every file of the bundle. */
function buildId(dir) {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 32);
}

/**
 * lib/launcher/index.cjs to dist/cli/index.js, the bin (dist/cli/package.json makes it CommonJS),
 * after checking it requires nothing but Node builtins.
 */
function copyLauncher() {
  const text = readFileSync('lib/launcher/index.cjs', 'utf8');
  for (const [, spec] of text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
    if (!spec.startsWith('node:'))
      throw new Error(`src/launcher requires ${spec}: the launcher is copied, not bundled`);
  writeFileSync('dist/cli/index.js', text, { mode: 0o755 });
  writeFileSync('dist/cli/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');
  chmodSync('dist/cli/index.js', 0o755);
}

/**
 * The directory of every package with a module in either bundle, from the webpack stats: a module's
 * name is its path relative to the working directory, and its package is the path up to the
 * package name after the last node_modules/ (a nested copy, a scoped name). Modules concatenated
 * into one are listed inside it.
 */
function bundledPackageDirs(statsFiles) {
  const dirs = new Set();
  const walk = (modules) => {
    for (const m of modules ?? []) {
      const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(m.name ?? '')?.[1];
      if (dir) dirs.add(resolve(dir));
      walk(m.modules);
    }
  };
  for (const file of statsFiles) walk(JSON.parse(readFileSync(file, 'utf8')).modules);
  return [...dirs];
}

// ncc's own --license output keeps only the last chunk's packages, so the notices are collected
// here from the packages whose code is in a bundle: exactly what dist/ redistributes.
function licenses(statsFiles) {
  const seen = new Map();
  for (const dir of bundledPackageDirs(statsFiles)) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text =
      file && existsSync(join(dir, file))
        ? readFileSync(join(dir, file), 'utf8').trim()
        : '(no license file in the package)';
    seen.set(`${pkg.name}@${pkg.version}`, `${pkg.name} ${pkg.version}\n${pkg.license ?? 'UNKNOWN'}\n${text}`);
  }
  return (
    [...seen.keys()]
      .sort()
      .map((k) => seen.get(k))
      .join('\n\n') + '\n'
  );
}
