// The repo config (.cxone-contract.yml) is PR-controlled input (issue 11, items 3 and 7): it is read
// only from inside the real root, size-checked before any byte is read, never blocks on a FIFO,
// may not widen the globs past the root, and a deeply nested one is a located usage error.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configRepo, usageError } from './helpers.js';
import { UsageError } from '../../src/core/errors.js';
import { stringify } from 'yaml';
import { firstTooDeepLine, MAX_CONFIG_DEPTH } from '../../src/settings/config-depth.js';
import { buildSettings } from '../../src/settings/index.js';
import { parseRepoConfig } from '../../src/settings/config-file.js';

const CONFIG = '.cxone-contract.yml';
const SECRET = 'OUTSIDE-LINE-51c2';

const repo = (config?: string) => configRepo(config);

describe('where the config is read from', () => {
  it('refuses a config that is a symbolic link out of the root, printing nothing of the target', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cxc-outside-'));
    // Lines that the YAML parser would quote back in an error message if it were read.
    await writeFile(join(outside, 'passwd'), `${SECRET}:x:0:0\n${SECRET} [\n`);
    const root = await repo();
    await symlink(join(outside, 'passwd'), join(root, CONFIG));
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message).toMatch(/^\.cxone-contract\.yml: .*outside the repository root/);
    expect(err.message).not.toContain(SECRET);
    expect(err.message).not.toContain(outside);
  });

  it('refuses a config named by the input that resolves outside the root', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cxc-outside-'));
    await writeFile(join(outside, 'c.yml'), 'policy: none\n');
    const root = await repo();
    const err = await usageError(buildSettings({ config: join(outside, 'c.yml') }, { cwd: root }));
    expect(err.message).toMatch(/outside the repository root/);
    await usageError(
      buildSettings({ config: '../' + join(outside, 'c.yml').split('/').slice(-2).join('/') }, { cwd: root }),
    );
  });

  it('accepts a config linked to a file inside the root, and a root given as a link', async () => {
    const root = await repo();
    await writeFile(join(root, 'real.yml'), 'policy: backward\n');
    await symlink(join(root, 'real.yml'), join(root, CONFIG));
    const link = join(await mkdtemp(join(tmpdir(), 'cxc-link-')), 'root');
    await symlink(root, link);
    const s = await buildSettings({}, { cwd: link });
    expect(s.policy).toBe('backward');
    expect(s.configFile).toBe(CONFIG);
  });

  it('checks the size before reading: a sparse 600 MB config is refused without being read', async () => {
    const root = await repo('policy: none\n');
    await truncate(join(root, CONFIG), 600 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message).toBe('.cxone-contract.yml: the config file is 600 MiB, over the 1 MiB limit; it was not read');
    // Reading 600 MB into a string would add at least that much; a stat adds nothing measurable.
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('accepts a config of exactly 1 MiB', async () => {
    const body = 'policy: none\n';
    const root = await repo(body + '#'.repeat(1024 * 1024 - body.length - 1) + '\n');
    expect((await buildSettings({}, { cwd: root })).policy).toBe('none');
  });

  it('a directory named like the config is a usage error', async () => {
    const root = await repo();
    await mkdir(join(root, CONFIG));
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message).toBe(
      `config: cannot read ${join(root, CONFIG)} (from "${CONFIG}", relative to the contract root ${root}): it is a directory`,
    );
  });

  it.skipIf(process.platform === 'win32')('a named pipe as the config is a usage error, not a hang', async () => {
    const root = await repo();
    execFileSync('mkfifo', [join(root, CONFIG)]);
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message).toBe('.cxone-contract.yml: the config file is not a regular file (a pipe, socket or device)');
  });
});

describe('globs that reach outside the root', () => {
  it.each([
    ['schemas: /etc/**/*.yaml\n', 1, '/etc/**/*.yaml', 'absolute'],
    ['policy: none\nfilters:\n  - cxone/filters/*.yaml\n  - ../other/**/*.yaml\n', 4, '../other/**/*.yaml', '..'],
    ['schemas:\n  - cxone/**/../../x/*.yaml\n', 2, 'cxone/**/../../x/*.yaml', '..'],
    ['schemas: "cxone/{a,..}/*.yaml"\n', 1, 'cxone/{a,..}/*.yaml', '..'],
    ['schemas: "{cxone/*.yaml,/root/*}"\n', 1, '{cxone/*.yaml,/root/*}', 'absolute'],
    ['schemas: "!../secret.yaml"\n', 1, '!../secret.yaml', '..'],
    ['schemas: "C:/Windows/*.yaml"\n', 1, 'C:/Windows/*.yaml', 'absolute'],
  ])('%j is a usage error naming the file, line and glob', async (config, line, glob, why) => {
    const root = await repo(config);
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message.startsWith(`${CONFIG}:${line}: `), err.message).toBe(true);
    expect(err.message).toContain(JSON.stringify(glob));
    expect(err.message).toContain(why === 'absolute' ? 'absolute' : '".."');
  });

  it.each([
    [{ schemas: '/etc/**/*.yaml' }, /^schemas: "\/etc\/\*\*\/\*\.yaml" is an absolute path/],
    [{ filters: 'cxone/filters/*.yaml\n../x/*.yaml' }, /^filters: "\.\.\/x\/\*\.yaml" has a "\.\." segment/],
  ])('the same globs given as inputs %o are usage errors', async (raw, message) => {
    const root = await repo();
    const err = await usageError(buildSettings(raw, { cwd: root }));
    expect(err.message).toMatch(message);
  });

  it('still accepts ordinary globs with dots, braces and negations', async () => {
    const root = await repo(
      'schemas:\n  - "cxone/schemas/**/*.{yaml,yml}"\n  - "!cxone/schemas/**/*.draft.yaml"\n  - "cxone/v1..2/*.yaml"\n  - "./cxone/x/*.yaml"\n',
    );
    const s = await buildSettings({}, { cwd: root });
    expect(s.schemaGlobs).toHaveLength(4);
  });
});

describe('nesting depth', () => {
  it.each([
    ['flow sequences', 'schemas: ' + '['.repeat(400_000), 1],
    ['flow mappings', 'policy: none\nrules: ' + '{a: '.repeat(200_000), 2],
    ['compact block sequences', 'policy: none\nschemas:\n' + '- '.repeat(400_000) + 'x\n', 3],
  ])('%s 400,000 deep give a located usage error, not a stack overflow', (_what, text, line) => {
    let err: unknown;
    try {
      parseRepoConfig(text, CONFIG);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(
      new RegExp(`^\\.cxone-contract\\.yml:${line}: the config nests deeper than \\d+ levels`),
    );
  });

  it('deep block indentation is a located usage error', () => {
    const lines = ['policy: none', 'rules:'];
    for (let i = 1; i < 1200; i++) lines.push(' '.repeat(i) + 'k:');
    expect(() => parseRepoConfig(lines.join('\n') + ' 1\n', CONFIG)).toThrow(
      /^\.cxone-contract\.yml:\d+: the config nests deeper than/,
    );
  });

  it('a block scalar with deeply indented text is not nesting', () => {
    const text =
      'ignores:\n  - rule: type-changed\n    contract: X\n    reason: |\n      art:\n' + ' '.repeat(300) + '*\n';
    expect(parseRepoConfig(text, CONFIG).ignores).toHaveLength(1);
  });
});

describe('the depth pre-scan agrees with the YAML it measures', () => {
  // Alternating maps and sequences `levels` deep, written in each style the yaml library knows.
  const nest = (levels: number, mapFirst: boolean): unknown =>
    levels === 0
      ? 'a: b # not a comment, [not] {flow}'
      : mapFirst
        ? { k: nest(levels - 1, false), s: 'x' }
        : [nest(levels - 1, true), '- y'];
  const styles = [{}, { collectionStyle: 'flow' as const }, { indentSeq: false }, { indent: 1 }, { indent: 4 }];

  it.each(styles)('style %o: no finding up to the limit, a finding past it', (style) => {
    for (const mapFirst of [true, false]) {
      for (let levels = 1; levels <= MAX_CONFIG_DEPTH + 4; levels++) {
        // The document adds one level (its root mapping) to the `levels` of its value; the scan may
        // count one more (the scalar ending a branch, or a collection opening its line).
        const text = stringify({ root: nest(levels, mapFirst) }, style);
        const line = firstTooDeepLine(text);
        if (levels + 1 < MAX_CONFIG_DEPTH) expect(line, `${levels} levels:\n${text}`).toBeUndefined();
        else if (levels + 1 > MAX_CONFIG_DEPTH) expect(line, `${levels} levels:\n${text}`).toBeGreaterThan(0);
      }
    }
  });
});
