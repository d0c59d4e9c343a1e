// The whole run's temporary files in one directory of the system's, removed at the end: tests make
// temp repos by the hundred (mkdtemp under os.tmpdir()), and a suite run must not leave them behind.
// The test workers are started after this runs, with TMPDIR pointing here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cxone-contract-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
