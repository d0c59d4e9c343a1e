// Bundle the compiled action (lib/index.js) and CLI (lib/cli.js) with @vercel/ncc into dist/.
// dist/ is committed: the Actions runner runs it without node_modules. CI fails when it is stale.
// Heavy, rarely needed modules (the ReDoS engine) are dynamic imports, which ncc emits as
// separate chunks read only when used.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ncc = (entry, out) => execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('lib/index.js', 'dist');
ncc('lib/cli.js', 'dist/cli');
writeFileSync('dist/licenses.txt', licenses());

// ncc's own --license output keeps only the last chunk's packages, so the notices are collected
// here from the production dependency tree instead: every package that can be in the bundle.
function licenses() {
  const dirs = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' })
    .split('\n')
    .filter((d) => d.includes('node_modules'));
  const seen = new Map();
  for (const dir of dirs) {
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
