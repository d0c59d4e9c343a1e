// The bin's code cache (src/launcher/): a second run reads what the first wrote, and a cache it
// cannot trust is never read. A cache file is code the CLI runs, so a file another user could have
// written, or another build's, must not reach V8; and whatever the cache holds, the answer is the same.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { useValidatorCache } from '../../src/lint/validator-cache.js';
import { compiled } from '../../src/lint/validators.js';
import { CLI, REPO, runNode } from '../e2e/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'compile-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const freshTmp = (): string => {
  const tmp = join(dir, `tmp${++count}`);
  mkdirSync(tmp);
  return tmp;
};

const CHECK = ['check', '--root', 'examples', '--export', 'examples/registry-export.json', '--format', 'json'];
const ROOT = `cxone-contract-v8-cache-${process.getuid?.() ?? 'user'}`;

function run(
  tmp: string,
  args = CHECK,
  env: Record<string, string> = {},
  cli = CLI,
): { status: number | null; out: string } {
  const r = runNode(cli, args, { env: { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '', ...env } });
  return { status: r.code, out: r.stdout + r.stderr };
}

/**
 * cache file path -> [inode, mtime, bytes]. A kept validator read is touched (its mtime is when it
 * was last used, src/lint/validator-cache.ts): its inode and bytes tell it was not written again.
 */
function snapshot(root: string): Map<string, [number, number, string]> {
  const out = new Map<string, [number, number, string]>();
  for (const f of readdirSync(root, { recursive: true }) as string[]) {
    const p = join(root, f);
    const s = statSync(p);
    const touched = /validator-[0-9a-f]{16}\.json$/.test(f);
    if (s.isFile()) out.set(f, [s.ino, touched ? 0 : s.mtimeMs, readFileSync(p).toString('base64')]);
  }
  return out;
}

const reference = run(freshTmp(), CHECK, { NODE_DISABLE_COMPILE_CACHE: '1' });

describe('the bundle the launcher reads', () => {
  it('is ASCII (read as one-byte strings), and prints past ASCII as the sources do', async () => {
    const app = join(REPO, 'dist/cli/app');
    for (const file of readdirSync(app)) expect(isAscii(readFileSync(join(app, file))), file).toBe(true);
    // The check's text report quotes with an ellipsis: escaped in the bundle, the same printed.
    const args = ['check', '--root', 'examples', '--export', 'examples/registry-export.json'];
    const out: string[] = [];
    const status = await cli(args, {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      env: { NO_COLOR: '1' },
      cwd: REPO,
      color: false,
    });
    expect(out.join('')).toContain('\u2026');
    expect(run(freshTmp(), args)).toEqual({ status, out: out.join('') });
  });
});

describe('the code cache', () => {
  it('is written on the first run, private to the user, and read unchanged on the second', () => {
    expect(reference.status).toBe(1); // the examples have a breaking change
    const tmp = freshTmp();
    expect(run(tmp)).toEqual(reference);
    const root = join(tmp, ROOT);
    const first = snapshot(root);
    expect([...first.keys()].filter((f) => f.endsWith('.v8')).length).toBeGreaterThan(5);
    // Each kept validator's code went through the code cache too (src/lint/validator-cache.ts).
    const kept = [...first.keys()].filter((f) => /validator-[0-9a-f]{16}\.json$/.test(f));
    expect(kept.length).toBeGreaterThan(0);
    expect(
      [...first.keys()]
        .filter((f) => /validator-[0-9a-f]{16}-[0-9a-f]{8}\.v8$/.test(f))
        .map((f) => f.replace(/-[0-9a-f]{8}\.v8$/, '.json')),
    ).toEqual(kept);
    if (process.platform !== 'win32') {
      expect(statSync(root).mode & 0o777).toBe(0o700);
      for (const f of first.keys()) expect(statSync(join(root, f)).mode & 0o777).toBe(0o600);
    }
    // Accepted: not one file rewritten (a rejected cache is written again, under a new inode).
    expect(run(tmp)).toEqual(reference);
    expect(snapshot(root)).toEqual(first);
  });

  it('replaces a corrupt or foreign cache file and still answers the same', () => {
    const tmp = freshTmp();
    const root = join(tmp, ROOT);
    // The files of a warm run's chunks: a first run also loads ajv's compiler, which a run with
    // every validator kept never reads (src/lint/validators.ts), so its cache is never replaced.
    run(tmp);
    for (const f of [...snapshot(root).keys()].filter((f) => f.endsWith('.v8'))) rmSync(join(root, f));
    run(tmp);
    const files = [...snapshot(root).keys()].filter((f) => f.endsWith('.v8'));
    const garbage = Buffer.from('not V8 code cache data at all');
    // Another file's cache under this file's name: valid data, for another source.
    const [a, b] = [files[0]!, files[1]!];
    const foreign = readFileSync(join(root, b));
    writeFileSync(join(root, a), foreign);
    for (const f of files.slice(1)) writeFileSync(join(root, f), garbage);
    expect(run(tmp)).toEqual(reference);
    expect(readFileSync(join(root, a)).equals(foreign)).toBe(false);
    for (const f of files.slice(1)) expect(readFileSync(join(root, f)).equals(garbage), f).toBe(false);
  });

  it('removes what a run killed while writing left behind, when the file is written again', () => {
    const tmp = freshTmp();
    run(tmp);
    const root = join(tmp, ROOT);
    const [file] = [...snapshot(root).keys()].filter((f) => f.endsWith('.v8'));
    // Killed between writing the temporary file and renaming it: no cache file, a temporary one.
    cpSync(join(root, file!), join(root, `${file!}.99999999.tmp`));
    rmSync(join(root, file!));
    expect(run(tmp)).toEqual(reference);
    expect([...snapshot(root).keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(root, file!))).toBe(true);
  });

  it('never gives V8 a file whose bytes were damaged (a torn write, bit rot): V8 checks only its header', () => {
    const tmp = freshTmp();
    run(tmp);
    const root = join(tmp, ROOT);
    const files = [...snapshot(root).keys()].filter((f) => f.endsWith('.v8'));
    // Three bytes flipped past the header of every file: V8 crashes on them (SIGTRAP, SIGSEGV), run after run.
    for (const f of files) {
      const bytes = readFileSync(join(root, f));
      for (const at of [3, 4, 5]) bytes[Math.floor((bytes.length * at) / 8)]! ^= 0xff;
      writeFileSync(join(root, f), bytes);
    }
    expect(run(tmp)).toEqual(reference);
    // Written again, whole: the next run reads them.
    const rewritten = snapshot(root);
    expect(run(tmp)).toEqual(reference);
    expect(snapshot(root)).toEqual(rewritten);
  });

  it.skipIf(process.platform === 'win32')('is not used when its directory is writable by others or is a link', () => {
    const open = freshTmp();
    mkdirSync(join(open, ROOT));
    chmodSync(join(open, ROOT), 0o777);
    expect(run(open)).toEqual(reference);
    expect(readdirSync(join(open, ROOT))).toEqual([]);

    const linked = freshTmp();
    const elsewhere = join(linked, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(linked, ROOT));
    expect(run(linked)).toEqual(reference);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'is not used in a temporary directory where others could swap it for theirs (writable, not sticky)',
    () => {
      // Another user could rename the checked directory away while the run reads it, and put a link
      // to a directory of theirs in its place: the files read then are theirs.
      const shared = freshTmp();
      chmodSync(shared, 0o777);
      expect(run(shared)).toEqual(reference);
      expect(readdirSync(shared)).toEqual([]);
      const below = join(shared, 'tmp');
      mkdirSync(below, { mode: 0o700 });
      chmodSync(below, 0o700);
      expect(run(below)).toEqual(reference);
      expect(readdirSync(below)).toEqual([]);

      const sticky = freshTmp();
      chmodSync(sticky, 0o1777);
      expect(run(sticky)).toEqual(reference);
      expect(readdirSync(sticky)).toEqual([ROOT]);
    },
  );

  it('is off with NODE_DISABLE_COMPILE_CACHE, and a command name cannot lead out of it', () => {
    const off = freshTmp();
    expect(run(off, CHECK, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(reference);
    expect(existsSync(join(off, ROOT))).toBe(false);

    const hostile = freshTmp();
    expect(run(hostile, ['../../escape', '--version']).status).toBe(2);
    expect(readdirSync(join(hostile, ROOT)).map((d) => d.replace(/^.*-/, ''))).toEqual(['other']);
    expect(readdirSync(hostile)).toEqual([ROOT]);
  });

  it('keeps the validators it compiles, and a kept one judges examples as the compile did', () => {
    // Examples that reach every helper a kept validator's code is handed: deep equality (an enum of
    // objects, uniqueItems), length in code points (two emoji are two characters), a format, a pattern.
    const repo = join(dir, 'kept-validators');
    mkdirSync(join(repo, 'cxone/schemas'), { recursive: true });
    writeFileSync(
      join(repo, 'cxone/schemas/kinds.yaml'),
      [
        '$schema: http://json-schema.org/draft-07/schema#',
        'title: Kinds',
        'description: d',
        'cxoneVersion: 1.0.0',
        'type: object',
        'additionalProperties: false',
        'properties:',
        '  kind: {enum: [{a: 1}, b]}',
        '  tags: {type: array, uniqueItems: true, items: {type: string, maxLength: 2}}',
        '  at: {type: string, format: date-time}',
        '  code: {type: string, pattern: "^[A-Z]+$"}',
        'examples:',
        '  - {kind: {a: 1}, tags: [ab], at: "2024-01-01T00:00:00Z", code: AB}',
        '  - {kind: {a: 2}, tags: [ab, ab, "\\U0001F600\\U0001F600", abc], at: "2024-13-01", code: ab}',
        '',
      ].join('\n'),
    );
    const args = ['check', '--root', repo, '--format', 'json'];
    const compiledEachTime = run(freshTmp(), args, { NODE_DISABLE_COMPILE_CACHE: '1' });
    // Each helper rejects its part of the second example.
    // (stdout, the report, then stderr: the note that no baseline was given)
    const report = compiledEachTime.out.slice(0, compiledEachTime.out.lastIndexOf('}') + 1);
    const findings = (JSON.parse(report) as { findings: { rule: string; message: string }[] }).findings;
    const messages = findings.filter((f) => f.rule === 'example-invalid').map((f) => f.message);
    for (const part of ['allowed values', 'duplicate items', 'more than 2 characters', 'format', 'pattern'])
      expect(
        messages.filter((m) => m.includes(part)),
        part,
      ).toHaveLength(1);
    const tmp = freshTmp();
    expect(run(tmp, args)).toEqual(compiledEachTime);
    const root = join(tmp, ROOT);
    const first = snapshot(root);
    const kept = [...first.keys()].filter((f) => /validator-[0-9a-f]{16}\.json$/.test(f));
    expect(kept).toHaveLength(1);
    // Read, not compiled again (a compile writes its file anew), and the same answer.
    expect(run(tmp, args)).toEqual(compiledEachTime);
    expect(snapshot(root)).toEqual(first);
  });

  it("never runs one kept validator's V8 code for another schema's code (names of CRC-32s, which a schema's author can make collide)", () => {
    // Two schemas whose kept files share a name (two CRC-32s of the schema, src/lint/validator-cache.ts)
    // and whose code caches share one too (the file's, and a CRC-32 of ajv's code), all lengths
    // equal: V8 checks only a source's length. Alpha's example breaks its `const`; Bravo's is fine.
    const schema = (title: string, k: string, d: string, z: string) => ({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title,
      description: d,
      cxoneVersion: '1.0.0',
      type: 'object',
      additionalProperties: false,
      required: ['a'],
      properties: {
        a: { type: 'string', description: 'a' },
        k: { type: 'string', const: k, description: 'k' },
        z: { type: 'string', const: z, description: 'z' },
      },
      examples: [{ a: 'x', k: 'bbbb' }],
    });
    /** The kept file's name, key and code of a schema, as the compile writes them. */
    const kept = (doc: object) => {
      const at = mkdtempSync(join(dir, 'keep-'));
      useValidatorCache(at);
      try {
        expect(compiled(doc).ok).toBe(true);
        const [name] = readdirSync(at);
        const text = readFileSync(join(at, name!), 'utf8');
        const body = text.slice(text.indexOf('\n') + 1);
        const keyLength = Number(text.slice(0, text.indexOf('\n')).split(' ')[1]);
        return { name: name!, key: body.slice(0, keyLength), code: body.slice(keyLength) };
      } finally {
        useValidatorCache(undefined);
      }
    };
    // CRC-32 is affine: flipping a bit changes it by the same bits whatever else the text holds. Bravo's
    // free text (its description, and a `const` that ajv's code repeats) is solved for, bit by bit,
    // over GF(2): 64 equations (the key's CRC and the code's), 4 bits a character (` to o).
    const N = 24;
    const free = ['`'.repeat(N), 'o'.repeat(N)];
    const alpha = kept(schema('Alpha', 'aaaa', free[0]!, free[1]!));
    const bravo = kept(schema('Bravo', 'bbbb', free[0]!, free[1]!));
    const crc = (t: string | Buffer) => BigInt(crc32(t) >>> 0);
    const both = (key: string | Buffer, code: string | Buffer) => (crc(key) << 32n) | crc(code);
    const flip = (text: string, marker: string, at: number, bit: number) => {
      const bytes = Buffer.from(text, 'latin1');
      for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) bytes[i + at]! ^= 1 << bit;
      return bytes;
    };
    const base = both(bravo.key, bravo.code);
    const columns: { v: bigint; m: bigint }[] = [];
    const where: [number, number, number][] = [];
    free.forEach((marker, f) => {
      for (let at = 0; at < N; at++)
        for (let bit = 0; bit < 4; bit++) {
          const v = both(flip(bravo.key, marker, at, bit), flip(bravo.code, marker, at, bit)) ^ base;
          columns.push({ v, m: 1n << BigInt(where.length) });
          where.push([f, at, bit]);
        }
    });
    const basis: { v: bigint; m: bigint }[] = [];
    const reduce = (x: { v: bigint; m: bigint }) => {
      for (const b of basis) if ((x.v ^ b.v) < x.v) x = { v: x.v ^ b.v, m: x.m ^ b.m };
      return x;
    };
    for (const c of columns) {
      const r = reduce(c);
      if (r.v === 0n) continue;
      basis.push(r);
      basis.sort((x, y) => (y.v > x.v ? 1 : -1));
    }
    const solution = reduce({ v: both(alpha.key, alpha.code) ^ base, m: 0n });
    expect(solution.v).toBe(0n);
    const texts = free.map((t) => Buffer.from(t, 'latin1'));
    where.forEach(([f, at, bit], i) => {
      if ((solution.m >> BigInt(i)) & 1n) texts[f]![at]! ^= 1 << bit;
    });
    const [d, z] = texts.map((t) => t.toString('latin1'));
    const crafted = kept(schema('Bravo', 'bbbb', d!, z!));
    expect(crafted.name).toBe(alpha.name);
    expect(crafted.key).not.toBe(alpha.key);
    expect([crafted.code.length, crc(crafted.code)]).toEqual([alpha.code.length, crc(alpha.code)]);

    const repo = join(dir, 'colliding');
    mkdirSync(join(repo, 'cxone/schemas'), { recursive: true });
    writeFileSync(join(repo, 'cxone/schemas/alpha.json'), JSON.stringify(schema('Alpha', 'aaaa', free[0]!, free[1]!)));
    writeFileSync(join(repo, 'cxone/schemas/bravo.json'), JSON.stringify(schema('Bravo', 'bbbb', d!, z!)));
    const args = ['check', '--root', repo, '--format', 'json'];
    const compiledEachTime = run(freshTmp(), args, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(compiledEachTime.out).toContain(
      'example 0 does not validate against the schema: event/k must be \\"aaaa\\"',
    );
    const tmp = freshTmp();
    for (let n = 0; n < 3; n++) expect(run(tmp, args), `run ${n + 1}`).toEqual(compiledEachTime);
    // The bin named them alike too: one kept file, one code cache, which both schemas went through.
    const files = [...snapshot(join(tmp, ROOT)).keys()].filter((f) => f.includes('validator-'));
    expect(files.map((f) => f.replace(/^.*[/\\]/, '').replace(/-[0-9a-f]{8}\.v8$/, '.json'))).toEqual([
      alpha.name,
      alpha.name,
    ]);
  });

  it("keys the cache by build: another build's directory is removed, its files never read", () => {
    // A copy of the bin whose app files differ from dist/'s: another build (build.json id).
    const copy = join(dir, 'other-build');
    cpSync(join(REPO, 'dist/cli'), copy, { recursive: true });
    const build = JSON.parse(readFileSync(join(copy, 'app/build.json'), 'utf8')) as { id: string };
    writeFileSync(
      join(copy, 'app/build.json'),
      JSON.stringify({ id: build.id.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
    );
    const tmp = freshTmp();
    expect(run(tmp, ['--version']).out).toBe(run(tmp, ['--version'], {}, join(copy, 'index.js')).out);
    const builds = readdirSync(join(tmp, ROOT)).map((d) => d.slice(0, d.indexOf('-')));
    expect(builds).toHaveLength(1);
    expect(builds[0]).not.toBe(build.id);
  });
});
