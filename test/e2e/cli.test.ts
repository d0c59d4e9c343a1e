// The bundled command line (dist/cli/index.js) as a user runs it.

import { Ajv } from 'ajv';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, hasStackTrace, runNode, tempRepo } from './helpers.js';

const EXAMPLES = join(REPO, 'examples');

describe('cxone-contract (bundled CLI)', () => {
  // Node runs `node dist/cli` and `node dist/cli/index` as dist/cli/index.js; the bin did nothing
  // there and exited 0, so a check written that way passed without running.
  it.each(['dist/cli', 'dist/cli/index'])('runs as node %s', (entry) => {
    const r = runNode(join(REPO, entry), ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("demo: prints the example repo's findings with file:line and exits 1 on the breaking change", async () => {
    const r = runNode(CLI, ['demo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^examples\/cxone\/schemas\/interaction-ended\.yaml:39:9 error type-changed /m);
    // the example event: accepted live (duration_seconds is a number), rejected by the new version
    expect(r.stdout).toMatch(/^ {4}e\.g\. this live-valid event is now rejected: \{.*"duration_seconds":0/m);
    expect(r.stdout).toMatch(/create.*CallTransferred/);
    expect(r.stdout).toMatch(/update.*OrderPlaced/);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    // examples/README.md shows this run: every line it shows is a line the demo prints (the port aside)
    const readme = await readFile(join(EXAMPLES, 'README.md'), 'utf8');
    const shown = /## What the demo shows\n\n```\n\$ npm run demo\n([\s\S]*?)\n```/.exec(readme)![1]!.split('\n');
    const printed = (r.stdout + r.stderr).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT').split('\n');
    expect(shown.filter((l) => !l.startsWith('  …')).filter((l) => !printed.includes(l))).toEqual([]);
  });

  it('check --format json prints a report that validates against schemas/report.schema.json', async () => {
    const r = runNode(CLI, [
      'check',
      '--root',
      EXAMPLES,
      '--export',
      join(EXAMPLES, 'registry-export.json'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(await readFile(join(REPO, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.counts).toMatchObject({ breaking: 1, schemas: 8, filters: 7 });
    expect(report.baseline).toMatch(/^export:/);
  });

  it('check without a baseline lints only and passes the clean example repo', () => {
    const r = runNode(CLI, ['check', '--root', EXAMPLES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors/);
  });

  it('--fail-on never turns the breaking change into exit 0 but still reports it', () => {
    const r = runNode(CLI, [
      'check',
      '--root',
      EXAMPLES,
      '--export',
      join(EXAMPLES, 'registry-export.json'),
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('type-changed');
  });

  it('approving a break takes a config ignore and a major bump; an expired ignore fails; the platform still refuses the update', async () => {
    const ignore = (expires: string) =>
      `ignores:\n  - rule: type-changed\n    contract: InteractionEnded\n    pointer: /properties/interaction/properties/duration_seconds\n    reason: consumers migrated\n    expires: ${expires}\n`;
    const withConfig = async (config: string, version = '2.2.0') => {
      const dir = await tempRepo({ '.cxone-contract.yml': config });
      await cp(join(EXAMPLES, 'cxone'), join(dir, 'cxone'), { recursive: true });
      const file = join(dir, 'cxone/schemas/interaction-ended.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('cxoneVersion: 2.2.0', `cxoneVersion: ${version}`));
      return dir;
    };
    const exportFile = join(EXAMPLES, 'registry-export.json');
    // Approved, but still a minor bump: the version rule asks for the major one.
    const minor = runNode(CLI, ['check', '--root', await withConfig(ignore('2999-01-01')), '--export', exportFile]);
    expect(minor.code).toBe(1);
    expect(minor.stdout).toMatch(
      /^cxone\/schemas\/interaction-ended\.yaml:5:1 error version-bump-too-small .*needs a major bump \(e\.g\. 3\.0\.0/m,
    );
    expect(minor.stdout).not.toMatch(/error type-changed/);
    const major = runNode(CLI, [
      'check',
      '--root',
      await withConfig(ignore('2999-01-01'), '3.0.0'),
      '--export',
      exportFile,
    ]);
    // The break is approved (ignored), but the platform never takes an update that is not additive:
    // the one error left is that, with the way a breaking version ships.
    expect(major.stdout).toMatch(/1 error.*1 ignored/);
    expect(major.stdout).toMatch(
      /^cxone\/schemas\/interaction-ended\.yaml:\d+:\d+ error platform-refuses-update .*new title \(e\.g\. "InteractionEndedV2"\)/m,
    );
    expect(major.stdout).not.toMatch(/error type-changed/);
    expect(major.code).toBe(1);
    const expired = runNode(CLI, [
      'check',
      '--root',
      await withConfig(ignore('2020-01-01'), '3.0.0'),
      '--export',
      exportFile,
    ]);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toMatch(/^\.cxone-contract\.yml:2:1 error ignore-expired /m);
    expect(expired.stdout).toMatch(/^cxone\/schemas\/interaction-ended\.yaml:39:9 error type-changed /m);
  });

  it('diff --format json prints the documented shape and exits 1 when incompatible', () => {
    const r = runNode(CLI, ['diff', 'test/fixtures/diff/old.yaml', 'test/fixtures/diff/new.json', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ compatible: false, policy: 'additive' });
    expect(out.changes).toEqual([
      expect.objectContaining({ rule: 'type-changed', severity: 'error', pointer: '/properties/amount/type' }),
    ]);
    // the witness: an event the old schema accepts and the new one rejects
    expect(typeof out.changes[0].witness.amount).toBe('number');
    const compatible = runNode(CLI, [
      'diff',
      'test/fixtures/diff/new.json',
      'test/fixtures/diff/widened.yaml',
      '--format',
      'json',
      '--policy',
      'backward',
    ]);
    expect(compatible.code).toBe(0);
    expect(JSON.parse(compatible.stdout)).toEqual({
      compatible: true,
      policy: 'backward',
      changes: [
        expect.objectContaining({ rule: 'type-extended', severity: 'notice', pointer: '/properties/amount/type' }),
      ],
    });
    const same = runNode(CLI, [
      'diff',
      'test/fixtures/diff/old.yaml',
      'test/fixtures/diff/old.yaml',
      '--format',
      'json',
    ]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({ compatible: true, policy: 'additive', changes: [] });
  });

  it('diff takes top-level true and false documents (boolean schemas) and judges them as schemas', async () => {
    const dir = await tempRepo({ 'true.yaml': 'true\n', 'false.json': 'false', 'string.yaml': 'type: string\n' });
    const diff = (a: string, b: string) =>
      runNode(CLI, ['diff', join(dir, a), join(dir, b), '--format', 'json', '--policy', 'backward']);
    // false accepts nothing: anything replacing it keeps every (no) old event valid
    const widened = diff('false.json', 'string.yaml');
    expect({ code: widened.code, compatible: JSON.parse(widened.stdout).compatible }).toEqual({
      code: 0,
      compatible: true,
    });
    // true accepts everything: a schema replacing it rejects some old events
    const narrowed = diff('true.yaml', 'string.yaml');
    expect({ code: narrowed.code, compatible: JSON.parse(narrowed.stdout).compatible }).toEqual({
      code: 1,
      compatible: false,
    });
    const same = diff('true.yaml', 'true.yaml');
    expect(JSON.parse(same.stdout)).toEqual({ compatible: true, policy: 'backward', changes: [] });
    expect(hasStackTrace(widened.stderr + narrowed.stderr + same.stderr)).toBe(false);
  });

  it.each([
    [['check', '--policy', 'lenient'], /policy: "lenient" is not one of/],
    [['check', '--bogus'], /unknown flag --bogus \(try cxone-contract check --help\)/],
    [['check', '--fial-on', 'error'], /unknown flag --fial-on \(did you mean --fail-on\?\)/],
    [['check', '--root', '/nonexistent-dir'], /root: \/nonexistent-dir is not a directory/],
    [['check', '--root', 'test'], /no contract files under/],
    [
      ['check', '--root', EXAMPLES, '--export', 'missing.json'],
      // The absolute path, and what it was resolved against (runNode's cwd is the repo).
      `registry-export: cannot read ${join(REPO, 'missing.json')} (from "missing.json", relative to the current directory ${REPO}): no such file`,
    ],
    [['diff', 'only-one.yaml'], /diff takes two schema files/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j is a usage error: one line, exit 2', (args, message) => {
    const r = runNode(CLI, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
