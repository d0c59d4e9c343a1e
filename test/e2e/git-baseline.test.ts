// The git baseline on the bundled command line (dist/cli/index.js): `check --against REV` compares
// the working tree with the contracts of a commit of real git repos in temp dirs, read with git
// alone (nothing checked out, the working tree untouched).

import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from '../report/sarif-validator.js';
import { callConnectedExport, callConnectedYaml } from './call-connected.js';
import { CLI, commitFiles, git, gitRepo, hasStackTrace, runNode, tempRepo } from './helpers.js';

const FILE = 'cxone/schemas/call-connected.yaml';
const schema = callConnectedYaml;

/** A schema of another title, for repos with more than one. */
const callEnded = (
  type: string,
  version: string,
  title = 'CallEnded',
) => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: ${title}
description: A call ended.
cxoneVersion: ${version}
additionalProperties: false
properties:
  call_id:
    type: string
  duration_seconds:
    type: ${type}
required: [call_id]
`;

function check(dir: string, ...args: string[]) {
  return runNode(CLI, ['check', ...args], { cwd: dir });
}

describe('check --against REV (bundled CLI, real git repos)', () => {
  it('fails on a breaking change against an earlier commit, on the changed line; passes against itself; a missing REV is exit 2 with one line', async () => {
    const { dir, first } = await gitRepo({ [FILE]: schema('integer', '1.0.0') });
    const second = await commitFiles(dir, { [FILE]: schema('string', '2.0.0') }, 'a type change');
    const status = git(dir, 'status', '--porcelain');

    const broke = check(dir, '--against', first);
    expect(broke.code).toBe(1);
    expect(broke.stdout).toContain(
      `${FILE}:11:5 error type-changed type of "wait_seconds" changed from "integer" to "string"`,
    );
    expect(broke.stderr).toBe(
      `cxone-contract: baseline: git:${first}, the contracts of that commit (--against ${first})\n`,
    );
    // read with git alone: nothing checked out, nothing in the working tree changed
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(second);
    expect(git(dir, 'status', '--porcelain')).toBe(status);

    const json = check(dir, '--against', 'HEAD~1', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).baseline).toBe(`git:${first}`);
    expect(json.stderr).toBe(
      `cxone-contract: baseline: git:${first}, the contracts of that commit (--against HEAD~1)\n`,
    );

    git(dir, 'checkout', '--quiet', first);
    const same = check(dir, '--against', first);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('plan: 0 create, 0 update, 1 unchanged, 0 blocked');

    const missing = check(dir, '--against', 'no-such-branch');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      `cxone-contract: error: --against: "no-such-branch" is not a commit in the repository at ${dir}\n`,
    );
  });

  it('refuses a REV that git could read as an option, or that holds control characters, before git runs (exit 2, one line)', async () => {
    const { dir } = await gitRepo({ [FILE]: schema('integer', '1.0.0') });
    for (const rev of ['--output=/tmp/x', '-p', 'main\n::error::forged', 'a b']) {
      const r = check(dir, `--against=${rev}`);
      expect(r.code, rev).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean), rev).toHaveLength(1);
      expect(r.stderr, rev).toMatch(/^cxone-contract: error: --against: "/);
      expect(r.stderr).not.toContain('\n::error');
    }
    const notRepo = check(await tempRepo({ [FILE]: schema('integer', '1.0.0') }), '--against', 'HEAD');
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/^cxone-contract: error: --against: .* is not inside a git repository/);
    expect(hasStackTrace(notRepo.stderr)).toBe(false);
  });

  it('a schema new since REV is a create, a moved file keeps its title and is no change, a changed title is a removal plus a create with the rename hint', async () => {
    const { dir, first } = await gitRepo({
      [`contracts/${FILE}`]: schema('integer', '1.0.0'),
      'contracts/cxone/schemas/call-ended.yaml': callEnded('integer', '1.0.0'),
    });
    await commitFiles(
      dir,
      {
        // moved, title kept
        [`contracts/${FILE}`]: null,
        'contracts/cxone/schemas/voice/call-connected.yaml': schema('integer', '1.0.0'),
        // same file, new title
        'contracts/cxone/schemas/call-ended.yaml': callEnded('integer', '1.0.0', 'CallFinished'),
        // new
        'contracts/cxone/schemas/call-held.yaml': callEnded('integer', '1.0.0', 'CallHeld'),
      },
      'move, rename, add',
    );
    const r = runNode(CLI, ['check', '--root', 'contracts', '--against', first, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      plan: { name: string; action: string }[];
      findings: { rule: string; file: string; line: number; message: string; contract: string }[];
    };
    expect(report.plan.filter((p) => p.name !== undefined).map((p) => [p.name, p.action])).toEqual(
      expect.arrayContaining([
        ['CallConnected', 'unchanged'],
        ['CallFinished', 'create'],
        ['CallHeld', 'create'],
      ]),
    );
    const removed = report.findings.filter((f) => f.rule === 'schema-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ file: 'cxone/schemas/call-ended.yaml', line: 3, contract: 'CallEnded' });
    expect(removed[0]!.message).toMatch(
      /^title "CallEnded" \(at [0-9a-f]{12}\) looks renamed to "CallFinished" \(in the same file\): a new title is a new schema on the platform/,
    );
    expect(report.findings.filter((f) => f.rule !== 'schema-removed' && f.contract === 'CallConnected')).toEqual([]);
  });

  it("a schema deleted since REV is reported where it was; a link in REV's tree is never followed", async () => {
    const { dir, first } = await gitRepo({
      [FILE]: schema('integer', '1.0.0'),
      'cxone/schemas/call-ended.yaml': callEnded('integer', '1.0.0'),
    });
    // A link's blob is its target text: here one that would parse as a schema if it were read as a file.
    await symlink('{title: Linked, type: object}', join(dir, 'cxone/schemas/linked.yaml'));
    const linked = await commitFiles(dir, { 'cxone/schemas/call-ended.yaml': null }, 'delete one, link one');
    await commitFiles(dir, { 'cxone/schemas/linked.yaml': null }, 'unlink');
    const r = check(dir, '--against', linked, '--format', 'json');
    expect(r.code).toBe(0);
    // The link at REV was no baseline (never read): its removal is nothing to report.
    expect(r.stdout).not.toContain('Linked');
    const report = JSON.parse(r.stdout) as {
      findings: { rule: string; file: string; line: number; message: string }[];
    };
    expect(report.findings.filter((f) => f.rule === 'schema-removed')).toEqual([]);
    const deleted = JSON.parse(check(dir, '--against', first, '--format', 'json').stdout) as typeof report;
    expect(deleted.findings.filter((f) => f.rule === 'schema-removed')).toEqual([
      expect.objectContaining({
        file: 'cxone/schemas/call-ended.yaml',
        line: 1,
        message: expect.stringMatching(
          /^schema "CallEnded" \(cxone\/schemas\/call-ended\.yaml at [0-9a-f]{12}\) is no longer in the repo/,
        ),
      }),
    ]);
  });

  it('the parent of a root commit, the all-zero SHA and HEAD before any commit mean no baseline: lint only, with a warning', async () => {
    const { dir } = await gitRepo({ [FILE]: schema('string', '2.0.0') });
    for (const rev of ['HEAD^', 'HEAD~1', '0000000000000000000000000000000000000000']) {
      const r = check(dir, '--against', rev, '--format', 'json');
      expect(r.code, rev).toBe(0);
      expect(JSON.parse(r.stdout).baseline).toBe('none');
      expect(r.stderr).toMatch(/^cxone-contract: baseline: none — lint only, no breaking-change check ran \(/);
      expect(r.stderr).toContain('cxone-contract: warning: No breaking-change check ran:');
    }
    const fresh = await tempRepo({ [FILE]: schema('integer', '1.0.0') });
    git(fresh, 'init', '--quiet', '-b', 'main');
    const r = check(fresh, '--against', 'HEAD');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('names no commit: the repository has no commit yet');
  });

  it('with an export judging, --against marks the findings REV already has as pre-existing; --fail-on-existing counts them', async () => {
    const { dir, first } = await gitRepo({
      [FILE]: schema('string', '2.0.0'),
      'cxone/schemas/call-ended.yaml': callEnded('integer', '1.0.0'),
      'registry-export.json': JSON.stringify({
        entities: [
          ...callConnectedExport.entities,
          { id: 'sch-2', ...(await import('yaml')).parse(callEnded('integer', '1.0.0')) },
        ],
      }),
    });
    const only = check(dir, '--export', 'registry-export.json', '--against', first, '--format', 'json');
    expect(only.code).toBe(0);
    const report = JSON.parse(only.stdout);
    expect(report.baseline).toBe('export:registry-export.json');
    expect(report.base).toEqual({ source: `git:${first}`, failOnExisting: false });
    expect(report.counts.preExisting).toBe(
      report.findings.filter((f: { contract?: string }) => f.contract === 'CallConnected').length,
    );
    expect(report.findings.find((f: { rule: string }) => f.rule === 'type-changed')).toMatchObject({
      preExisting: true,
      breaking: true,
    });
    expect(only.stderr).toContain(`findings already at git:${first} (--against ${first}) are marked pre-existing`);
    expect(check(dir, '--export', 'registry-export.json', '--against', first, '--fail-on-existing').code).toBe(1);
    const sarif = JSON.parse(
      check(dir, '--export', 'registry-export.json', '--against', first, '--format', 'sarif').stdout,
    );
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'type-changed').baselineState).toBe(
      'unchanged',
    );

    await commitFiles(dir, { 'cxone/schemas/call-ended.yaml': callEnded('string', '2.0.0') }, 'a new break');
    const both = check(dir, '--export', 'registry-export.json', '--against', first);
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/call-connected\.yaml:11:5 error type-changed \(pre-existing\) type of "wait_seconds"/);
    expect(both.stdout).toMatch(/call-ended\.yaml:11:5 error type-changed type of "duration_seconds"/);
  });
});

describe('check and lint only (bundled CLI)', () => {
  it('an empty --against is a usage error (exit 2, one line), never lint only in silence', async () => {
    const { dir } = await gitRepo({ [FILE]: schema('integer', '1.0.0') });
    for (const args of [['--against', ''], ['--against='], ['--against', '  ']]) {
      const r = check(dir, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'cxone-contract: error: --against: empty revision: give a git revision (e.g. origin/main), or leave --against out\n',
      );
    }
  });

  it('a check with no baseline says on stderr, in one warning line, that no breaking-change check ran; stdout stays the one document', async () => {
    const { dir } = await gitRepo({ [FILE]: schema('string', '2.0.0') });
    const warning =
      'cxone-contract: warning: No breaking-change check ran: no baseline is given, so the schemas were linted only. ' +
      'For one, pass --against REV (e.g. origin/main), --export FILE, or the API (CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET).\n';
    const text = check(dir);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe(warning);
    const json = check(dir, '--format', 'json');
    expect(json.stderr).toBe(warning);
    expect(JSON.parse(json.stdout).baseline).toBe('none');
    const sarif = check(dir, '--format', 'sarif');
    expect(sarif.stderr).toBe(warning);
    expect(sarifSchemaErrors(JSON.parse(sarif.stdout))).toEqual([]);
  });
});
