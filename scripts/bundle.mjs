// Bundle the compiled action (lib/index.js) and CLI (lib/cli.js) with @vercel/ncc into dist/.
// dist/ is committed: the Actions runner runs it without node_modules. CI fails when it is stale.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('lib/index.js', 'dist');
ncc('lib/cli.js', 'dist/cli');
