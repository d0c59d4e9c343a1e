// Which files of the git base are read, on the bundled command line: the check's globs together
// with the commit's own (its config file at the same path, else the defaults). The pull request
// controls the working tree's config; it must not be able to hide its base by changing the globs.
// Also: a base that cannot be read is the commit's problem, said as such; a root missing there is said.

import { describe, expect, it } from 'vitest';
import { CLI, commitFiles, gitRepo, runNode } from './helpers.js';

const foo = (type: string, version: string, title = 'Foo') => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: ${title}
description: foo
cxoneVersion: ${version}
additionalProperties: false
properties:
  a:
    type: ${type}
`;

interface JsonReport {
  baseline: string;
  plan: { name?: string; action: string }[];
  findings: { rule: string; file: string; contract?: string; message: string }[];
}

function check(dir: string, ...args: string[]) {
  const r = runNode(CLI, ['check', '--root', '.', ...args, '--format', 'json'], { cwd: dir });
  return { ...r, report: (r.stdout ? JSON.parse(r.stdout) : undefined) as JsonReport };
}

describe('the git base is read with its own globs too', () => {
  it('a pull request that renames a schema to a name only its new globs match, and breaks it, still meets the base version (and a schema it drops is reported removed)', async () => {
    const { dir, first } = await gitRepo({
      'cxone/schemas/foo.yaml': foo('integer', '1.0.0'),
      'cxone/schemas/bar.yaml': foo('integer', '1.0.0', 'Bar'),
    });
    await commitFiles(dir, {
      'cxone/schemas/foo.yaml': null,
      'cxone/schemas/bar.yaml': null,
      'cxone/schemas/foo.yml': foo('string', '2.0.0'),
      '.cxone-contract.yml': 'schemas: ["cxone/schemas/**/*.yml"]\n',
    });
    const r = check(dir, '--against', first);
    expect(r.code).toBe(1);
    expect(r.report.plan.map((p) => [p.name, p.action])).toEqual([['Foo', 'blocked']]);
    expect(r.report.findings.find((f) => f.rule === 'type-changed')).toMatchObject({
      file: 'cxone/schemas/foo.yml',
      contract: 'Foo',
    });
    expect(r.report.findings.filter((f) => f.rule === 'schema-removed').map((f) => f.contract)).toEqual(['Bar']);
  });

  it("the base's own config names its globs: a pull request that moves the schemas and points its config elsewhere is compared with them", async () => {
    const { dir, first } = await gitRepo({
      'contracts/foo.yaml': foo('integer', '1.0.0'),
      '.cxone-contract.yml': 'schemas: ["contracts/**/*.yaml", "!contracts/drafts/**"]\n',
      // Excluded by the base's own negated glob: never read as a baseline (it does not parse).
      'contracts/drafts/wip.yaml': 'title: [unclosed\n',
    });
    await commitFiles(dir, {
      'contracts/foo.yaml': null,
      'elsewhere/foo.yaml': foo('string', '2.0.0'),
      '.cxone-contract.yml': 'schemas: ["elsewhere/**/*.yaml"]\n',
    });
    const r = check(dir, '--against', first);
    expect(r.code).toBe(1);
    expect(r.report.findings.find((f) => f.rule === 'type-changed')).toMatchObject({
      file: 'elsewhere/foo.yaml',
      contract: 'Foo',
    });
    expect(r.stderr).not.toContain('wip.yaml');
    expect(r.stderr).not.toContain('not used as a baseline');
  });

  it("globs given as flags win over any config, the base's too", async () => {
    const { dir, first } = await gitRepo({
      'cxone/schemas/foo.yaml': foo('integer', '1.0.0'),
      'legacy/old.yaml': foo('integer', '1.0.0', 'Old'),
      '.cxone-contract.yml': 'schemas: ["cxone/schemas/**/*.yaml", "legacy/**/*.yaml"]\n',
    });
    const r = check(dir, '--against', first, '--schemas', 'cxone/schemas/**/*.yaml');
    expect(r.code).toBe(0);
    expect(r.report.findings.filter((f) => f.rule === 'schema-removed')).toEqual([]);
    // Without the flag, the config's globs read Old at both ends: no removal either.
    expect(check(dir, '--against', first).report.findings.filter((f) => f.rule === 'schema-removed')).toEqual([]);
  });

  it('a --root that does not exist at the base commit is said in one line', async () => {
    const { dir, first } = await gitRepo({ 'README.md': 'no contracts yet' });
    await commitFiles(dir, { 'contracts/cxone/schemas/foo.yaml': foo('integer', '1.0.0') });
    const r = runNode(CLI, ['check', '--root', 'contracts', '--against', first], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plan: 1 create, 0 update, 0 unchanged, 0 blocked');
    expect(r.stderr.split('\n').filter((l) => l.includes('does not exist at that commit'))).toEqual([
      `cxone-contract: git:${first.slice(0, 12)}: the contract root does not exist at that commit: every schema of the working tree is new to it`,
    ]);
  });

  it("an --against commit that holds more than one run may read is exit 2, said as that commit's, not the working tree's globs", async () => {
    const junk = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`cxone/schemas/junk/${i}.yaml`, '']));
    const { dir, first } = await gitRepo({ 'cxone/schemas/foo.yaml': foo('integer', '1.0.0'), ...junk });
    await commitFiles(dir, Object.fromEntries(Object.keys(junk).map((k) => [k, null])), 'the junk goes');
    const r = runNode(CLI, ['check', '--root', '.', '--against', first], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean).at(-1)).toBe(
      `cxone-contract: error: --against ${first} cannot be read as a baseline: more than 10000 files there match the globs, the limit for one run (the globs are the check's and those of the commit's own config)`,
    );
  }, 120_000);
});
