// A file read through a link is the file the link leads to, as the kernel resolves it: `dir/link/..`
// is the parent of where `link` points, not `dir`. Node's JavaScript fs.realpathSync removes `..`
// from a link's target as text before it follows the links before it, so it can name another file
// (fs.realpathSync.native, like the asynchronous realpath, asks the system).
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/contracts/index.js';
import { buildSettings } from '../../src/settings/index.js';

/** root/a/link -> b/c, and a `name` at root/a/b (the link's real parent) and at root/a (its text parent). */
async function linkedRepo(name: string, real: string, decoy: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cxc-realpath-'));
  await mkdir(join(root, 'a/b/c'), { recursive: true });
  await symlink('b/c', join(root, 'a/link'));
  await writeFile(join(root, 'a/b', name), real);
  await writeFile(join(root, 'a', name), decoy);
  return root;
}

describe.skipIf(process.platform === 'win32')('a link whose target climbs out of a linked directory', () => {
  it('the config read is the file the link leads to', async () => {
    const root = await linkedRepo('cfg.yml', 'policy: none\n', 'policy: full\n');
    await symlink('a/link/../cfg.yml', join(root, '.cxone-contract.yml'));
    expect(await readFile(join(root, '.cxone-contract.yml'), 'utf8')).toBe('policy: none\n');
    expect((await buildSettings({}, { cwd: root })).policy).toBe('none');
  });

  it('the contract read is the file the link leads to', async () => {
    const schema = (title: string) => `title: ${title}\ntype: object\ncxoneVersion: 1.0.0\n`;
    const root = await linkedRepo('s.yaml', schema('RealTarget'), schema('TextualDecoy'));
    await mkdir(join(root, 'cxone/schemas'), { recursive: true });
    await symlink('../../a/link/../s.yaml', join(root, 'cxone/schemas/s.yaml'));
    const r = await loadContracts({ root, schemaGlobs: ['cxone/schemas/*.yaml'], filterGlobs: [] });
    expect(r.contracts.map((c) => c.name)).toEqual(['RealTarget']);
  });
});
