import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { buildSettings } from '../../src/settings/index.js';

async function repo(config?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-settings-'));
  await mkdir(join(dir, 'cxone'), { recursive: true });
  if (config !== undefined) await writeFile(join(dir, '.cxone-contract.yml'), config);
  return dir;
}

describe('buildSettings', () => {
  it('applies the documented defaults when nothing is given', async () => {
    const root = await repo();
    const s = await buildSettings({}, { cwd: root });
    expect(s.root).toBe(root);
    expect(s.policy).toBe('additive');
    expect(s.failOn).toBe('error');
    expect(s.schemaGlobs).toEqual(['cxone/schemas/**/*.{yaml,yml,json}']);
    expect(s.filterGlobs).toEqual(['cxone/filters/**/*.{yaml,yml,json}']);
    expect(s.github.comment).toBe(true);
    expect(s.github.allowBreakingLabel).toBe('cxone-breaking-change-approved');
    expect(s.maxConcurrency).toBe(4);
    expect(s.requestTimeoutSeconds).toBe(30);
    expect(s.maxRetries).toBe(5);
    expect(s.activationTimeoutSeconds).toBe(60);
    expect(s.deadFilterWindowDays).toBe(7);
    expect(s.configFile).toBeUndefined();
  });

  it('takes values from the config file, and explicit inputs over the config file', async () => {
    const root = await repo(
      'policy: backward\nfail-on: warning\nschemas: [contracts/*.yaml]\nrules:\n  unknown-attribute: off\n',
    );
    const fromConfig = await buildSettings({}, { cwd: root });
    expect(fromConfig.policy).toBe('backward');
    expect(fromConfig.failOn).toBe('warning');
    expect(fromConfig.schemaGlobs).toEqual(['contracts/*.yaml']);
    expect(fromConfig.ruleLevels).toEqual({ 'unknown-attribute': 'off' });
    expect(fromConfig.configFile).toBe('.cxone-contract.yml');
    const explicit = await buildSettings(
      { policy: 'full', 'fail-on': 'never', schemas: 'a/*.yml\nb/**/*.{yaml,yml}' },
      { cwd: root },
    );
    expect(explicit.policy).toBe('full');
    expect(explicit.failOn).toBe('never');
    expect(explicit.schemaGlobs).toEqual(['a/*.yml', 'b/**/*.{yaml,yml}']);
  });

  it('takes against and fail-on-existing for a check, and refuses against for a deploy or a drift run', async () => {
    const root = await repo();
    expect(await buildSettings({}, { cwd: root })).toMatchObject({ against: undefined, failOnExisting: false });
    expect(await buildSettings({ against: ' origin/main ', 'fail-on-existing': 'true' }, { cwd: root })).toMatchObject({
      against: 'origin/main',
      failOnExisting: true,
    });
    for (const mode of ['deploy', 'drift']) {
      await expect(buildSettings({ mode, against: 'HEAD~1' }, { cwd: root })).rejects.toThrow(
        `against: applies to mode: check only (mode: ${mode} compares with the live tenant)`,
      );
    }
    await expect(buildSettings({ 'fail-on-existing': 'yes' }, { cwd: root })).rejects.toThrow(
      'fail-on-existing: "yes" is not a boolean',
    );
  });

  it('keeps the line of each ignore for findings about it', async () => {
    const root = await repo(
      'ignores:\n  - rule: type-changed\n    contract: OrderPlaced\n    reason: consumers migrated\n    expires: 2026-01-31\n',
    );
    const s = await buildSettings({}, { cwd: root });
    expect(s.ignores).toEqual([
      {
        rule: 'type-changed',
        contract: 'OrderPlaced',
        reason: 'consumers migrated',
        expires: '2026-01-31',
        file: '.cxone-contract.yml',
        line: 2,
      },
    ]);
  });

  it.each([
    [{ policy: 'lenient' }, /policy: "lenient" is not one of additive, backward, forward, full, none$/],
    [
      { policy: 'Backwards' },
      /policy: "Backwards" is not one of additive, backward, forward, full, none \(did you mean "backward"\?\)/,
    ],
    [{ 'fail-on': 'fatal' }, /fail-on: "fatal" is not one of/],
    [{ comment: 'yes' }, /comment: "yes" is not a boolean/],
    [{ 'max-concurrency': '0' }, /max-concurrency: "0" is not a whole number/],
    [{ 'max-retries': '-1' }, /max-retries: "-1" is not a whole number from 0 to 20/],
    [{ 'request-timeout': '0' }, /request-timeout: "0" is not a whole number from 1 to 600/],
    [{ 'dead-filter-window': 'a week' }, /dead-filter-window/],
    [{ 'api-base-url': 'ftp://x' }, /api-base-url: "ftp:\/\/x" is not an http\(s\) URL/],
    [{ root: 'does-not-exist' }, /root: .* is not a directory/],
    [
      { config: 'missing.yml' },
      /^config: cannot read \/.*\/missing\.yml \(from "missing\.yml", relative to the contract root \/.*\): no such file$/,
    ],
  ])('rejects %o with one clear usage error', async (raw, message) => {
    const root = await repo();
    const err = await buildSettings(raw, { cwd: root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
  });

  it.each([
    [
      'policy: lenient\n',
      /\.cxone-contract\.yml:1: \/policy "lenient" is not one of additive, backward, forward, full, none$/,
    ],
    [
      'policy: addtive\n',
      /\.cxone-contract\.yml:1: \/policy "addtive" is not one of additive, .* \(did you mean "additive"\?\)/,
    ],
    [
      'fail-on: error\npolcy: backward\n',
      /\.cxone-contract\.yml:2: \/ unknown key "polcy" \(did you mean "policy"\?\); the keys here are schemas, filters, policy, /,
    ],
    [
      'rules:\n  type-changed: errror\n',
      /\.cxone-contract\.yml:2: \/rules\/type-changed "errror" is not one of error, warning, notice, off \(did you mean "error"\?\)/,
    ],
    [
      'ignores:\n  - rule: type-changed\n    contract: X\n    reason: r\n    expire: 2030-01-01\n',
      /\.cxone-contract\.yml:5: \/ignores\/0 unknown key "expire" \(did you mean "expires"\?\)/,
    ],
    ['fail-on: error\nbogus: 1\n', /\.cxone-contract\.yml:2: \/ unknown key "bogus"/],
    [
      'ignores:\n  - rule: type-changed\n    contract: X\n',
      /\.cxone-contract\.yml:2: \/ignores\/0 must have required property 'reason'/,
    ],
    ['policy: [unclosed\n', /\.cxone-contract\.yml:\d+: /],
    ['a: 1\na: 2\n', /\.cxone-contract\.yml:2: .*[Uu]nique/],
  ])('an invalid config file %j is a usage error naming the file and line', async (config, message) => {
    const root = await repo(config);
    const err = await buildSettings({}, { cwd: root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses an export file and an API together', async () => {
    const root = await repo();
    await expect(
      buildSettings({ 'registry-export': 'x.json', 'api-base-url': 'https://api.example.test' }, { cwd: root }),
    ).rejects.toThrow(/choose the export file/);
  });
});

describe('allow-deploy-from patterns are bounded as globs are', () => {
  it.each([
    ['{a,b}'.repeat(17), /allow-deploy-from: ".*" (has \d+ brace groups|expands to more than)/],
    ['refs/heads/{1..100000000}', /allow-deploy-from: ".*" expands to more than \d+ patterns/],
    ['x'.repeat(600), /allow-deploy-from: ".*…" is 600 characters long/],
    [Array.from({ length: 101 }, (_, i) => `refs/heads/r${i}`).join('\n'), /101 globs given, over the limit of 100/],
  ])('%#: refused with a usage error before the deploy', async (value, message) => {
    const err = await buildSettings({ mode: 'deploy', 'allow-deploy-from': value }, { cwd: process.cwd() }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('a sane list passes', async () => {
    const s = await buildSettings(
      { mode: 'deploy', 'allow-deploy-from': 'refs/heads/release/*\nrefs/tags/v{1..9}.*' },
      { cwd: process.cwd() },
    );
    expect(s.allowDeployFrom).toEqual(['refs/heads/release/*', 'refs/tags/v{1..9}.*']);
  });
});
