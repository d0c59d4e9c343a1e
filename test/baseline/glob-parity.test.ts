// One glob library (issue 16): discovery walks the working tree with fast-glob and the git baseline
// matches a commit's tree listed by git with fast-glob's own matcher (src/core/glob.ts). For each glob below the
// two must select the same files of the same repository; the expected selection pins the dialect.

import { beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../src/baseline/git-tree.js';
import { discover } from '../../src/contracts/discover.js';
import { gitRepo } from '../e2e/helpers.js';

const FILES = [
  'cxone/schemas/a.yaml',
  'cxone/schemas/b.yml',
  'cxone/schemas/c.json',
  'cxone/schemas/.hidden.yaml',
  'cxone/schemas/.drafts/d.yaml',
  'cxone/schemas/v1/e.yaml',
  'cxone/schemas/v2/deep/f.yaml',
  'cxone/schemas/v10/g.yaml',
  'cxone/schemas/v3.0/h.yaml',
  'cxone/filters/x.yaml',
  'cxone/filters/x-v2.yaml',
  '.github/cxone/y.yaml',
  'top.yaml',
];

/** [what, globs, files both must select]. */
const CASES: [string, string[], string[]][] = [
  ['braces', ['cxone/schemas/*.{yaml,yml}'], ['cxone/schemas/a.yaml', 'cxone/schemas/b.yml']],
  [
    'nested braces',
    ['cxone/{schemas/{v1,v2},filters}/*.yaml'],
    ['cxone/filters/x-v2.yaml', 'cxone/filters/x.yaml', 'cxone/schemas/v1/e.yaml'],
  ],
  [
    'a one-character range',
    ['cxone/schemas/v{1..2}/**/*.yaml'],
    ['cxone/schemas/v1/e.yaml', 'cxone/schemas/v2/deep/f.yaml'],
  ],
  // Ranges mean the numbers, steps included (picomatch 4 alone would read `{1..10}` as a character class).
  [
    'a numeric range past one digit',
    ['cxone/schemas/v{1..10}/*.yaml'],
    ['cxone/schemas/v1/e.yaml', 'cxone/schemas/v10/g.yaml'],
  ],
  ['a stepped range', ['cxone/schemas/v{0..10..10}/*.yaml'], ['cxone/schemas/v10/g.yaml']],
  [
    'a range in a negation',
    ['cxone/schemas/**/*.yaml', '!cxone/schemas/v{2..10}/**'],
    ['cxone/schemas/a.yaml', 'cxone/schemas/v1/e.yaml', 'cxone/schemas/v3.0/h.yaml'],
  ],
  [
    '`**` at any depth, dot folders and files left out',
    ['cxone/**/*.yaml'],
    ['cxone/filters/x-v2.yaml', 'cxone/filters/x.yaml', 'cxone/schemas/a.yaml'].concat([
      'cxone/schemas/v1/e.yaml',
      'cxone/schemas/v10/g.yaml',
      'cxone/schemas/v2/deep/f.yaml',
      'cxone/schemas/v3.0/h.yaml',
    ]),
  ],
  ['`**` alone', ['cxone/schemas/v2/**'], ['cxone/schemas/v2/deep/f.yaml']],
  ['a dot file named', ['cxone/schemas/.*.yaml'], ['cxone/schemas/.hidden.yaml']],
  [
    'a dot folder named',
    ['.github/**/*.yaml', 'cxone/schemas/.drafts/*'],
    ['.github/cxone/y.yaml', 'cxone/schemas/.drafts/d.yaml'],
  ],
  ['a character class', ['cxone/schemas/[ab].y*'], ['cxone/schemas/a.yaml', 'cxone/schemas/b.yml']],
  // (micromatch's negated class matches a leading dot, on disk as in the tree)
  [
    'a negated character class',
    ['cxone/schemas/[!a]*'],
    ['cxone/schemas/.hidden.yaml', 'cxone/schemas/b.yml', 'cxone/schemas/c.json'],
  ],
  [
    'a negation',
    ['cxone/**/*.yaml', '!cxone/schemas/v*/**'],
    ['cxone/filters/x-v2.yaml', 'cxone/filters/x.yaml', 'cxone/schemas/a.yaml'],
  ],
  ['a negation that removes all', ['cxone/filters/*.yaml', '!**/x*'], []],
  [
    'extglobs',
    ['cxone/filters/!(x)-v2.yaml', 'cxone/schemas/@(a|b).*', 'cxone/schemas/+(v1|v2)/*.yaml'],
    ['cxone/schemas/a.yaml', 'cxone/schemas/b.yml', 'cxone/schemas/v1/e.yaml'],
  ],
  ['a `?`', ['cxone/schemas/?.y?ml'], ['cxone/schemas/a.yaml']],
  ['a trailing slash names a folder, no files', ['cxone/schemas/'], []],
  ['a leading `./` and a doubled slash', ['./top.yaml', 'cxone//filters/x.yaml'], ['cxone/filters/x.yaml', 'top.yaml']],
  ['a plain name', ['cxone/schemas/c.json'], ['cxone/schemas/c.json']],
  ['a top-level wildcard', ['*'], ['top.yaml']],
  // A folder named like a file, in a brace list: walked into, never reported as a file.
  [
    'a folder with a dot named in a brace list',
    ['cxone/schemas/{v1,v3.0}/**'],
    ['cxone/schemas/v1/e.yaml', 'cxone/schemas/v3.0/h.yaml'],
  ],
  ['`.` names the root folder, no file', ['.'], []],
  // The walk does not enter a folder a negation names by a plain last segment; the tree must skip it too.
  [
    'a negation naming a folder',
    ['cxone/schemas/**/*.yaml', '!cxone/schemas/v2'],
    ['cxone/schemas/a.yaml', 'cxone/schemas/v1/e.yaml', 'cxone/schemas/v10/g.yaml', 'cxone/schemas/v3.0/h.yaml'],
  ],
  // ... but never the folder the walk starts from: it is not one of the walk's finds.
  [
    'a negation naming the base folder',
    ['cxone/schemas/v2/**/*.yaml', '!cxone/schemas/v2'],
    ['cxone/schemas/v2/deep/f.yaml'],
  ],
  [
    'a negation naming a folder anywhere',
    ['cxone/**/*.yaml', '!**/deep', '!**/filters'],
    ['cxone/schemas/a.yaml', 'cxone/schemas/v1/e.yaml', 'cxone/schemas/v10/g.yaml', 'cxone/schemas/v3.0/h.yaml'],
  ],
  [
    'a negation of one level keeps what lies deeper',
    ['cxone/schemas/**/*.yaml', '!cxone/schemas/*'],
    [
      'cxone/schemas/v1/e.yaml',
      'cxone/schemas/v10/g.yaml',
      'cxone/schemas/v2/deep/f.yaml',
      'cxone/schemas/v3.0/h.yaml',
    ],
  ],
];

let repo: { dir: string; first: string };
beforeAll(async () => {
  repo = await gitRepo(Object.fromEntries(FILES.map((f) => [f, `title: ${f}\n`])));
});

describe('discovery on disk and the git tree select the same files', () => {
  it.each(CASES)('%s', async (_what, globs, expected) => {
    // A tree lists files only; on disk a folder named like a file is a candidate of its own (a finding).
    const candidates = await discover(repo.dir, globs, []);
    const onDisk = candidates.filter((c) => c.problem !== 'it is a directory').map((c) => c.file);
    const tree = await readTree({
      cwd: repo.dir,
      sha: repo.first,
      schemaGlobs: globs,
      filterGlobs: [],
      limits: { maxFileBytes: 1e6 },
    });
    expect(onDisk).toEqual(expected);
    expect(tree.files.map((f) => f.file)).toEqual(expected);
    // The disk is listed at once when its folders are small, else walked as a stream that stops at
    // the file cap (src/contracts/discover.ts): with a cap at the number of candidates, the folders
    // read hold more entries than the cap in most cases here, and the stream must find the same.
    expect(await discover(repo.dir, globs, [], Math.max(candidates.length, 1))).toEqual(candidates);
  });
});
