// `cxone-contract diff OLD NEW` on files it cannot read: the paths rule (src/core/paths.ts) as for
// registry-export and the config, exit 2, one escaped and bounded line that names the absolute path
// and what it was resolved against (it gave the name alone, unbounded, and Node's words for a
// directory).

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'diff-read-'));
  await mkdir(join(cwd, 'dir.yaml'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

async function diff(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await cli(['diff', ...args], { out: () => {}, err: (t) => err.push(t), env: {}, cwd, color: false });
  return { code, err: err.join('') };
}

describe('diff: a file it cannot read', () => {
  it('names the absolute path and the current directory it was resolved against', async () => {
    const r = await diff('no-such.yaml', 'x.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `cxone-contract: error: diff: cannot read ${join(cwd, 'no-such.yaml')} (from "no-such.yaml", relative to the current directory ${cwd}): no such file\n`,
    );
  });

  it('says a directory is one', async () => {
    const r = await diff('dir.yaml', 'dir.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot read ${join(cwd, 'dir.yaml')} (from "dir.yaml"`);
    expect(r.err).toMatch(/: it is a directory\n$/);
  });

  it('keeps a long, hostile name to one bounded line', async () => {
    const name = `${'a'.repeat(5000)}\n::error::x\u001b[2J.yaml`;
    const r = await diff(name, 'x.yaml');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err.length).toBeLessThan(1000);
    expect(r.err).not.toContain('\u001b');
  });
});
