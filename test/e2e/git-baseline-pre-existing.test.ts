// Which findings are pre-existing, on the bundled command line with an export judging and
// `--against` the base: a finding is the base's only when it says the same thing (rule, schema,
// place, words and values), not merely when it sits at the same place. The pull request is the
// adversary here: its own config, and changes at places the base already broke.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, commitFiles, gitRepo, runNode } from './helpers.js';

const FILE = 'cxone/schemas/foo.yaml';

/** Foo with the given enum of `s`, maximum of `n` and required list; `types` of a and b. */
const foo = (o: {
  version: string;
  enumOf?: string;
  maximum?: number;
  required?: string;
  a?: string;
  b?: string;
}) => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: Foo
description: foo
cxoneVersion: ${o.version}
additionalProperties: false
properties:
  s:
    type: string
    enum: [${o.enumOf ?? 'a, b, c'}]
  n:
    type: number
    maximum: ${o.maximum ?? 100}
  a:
    type: ${o.a ?? 'integer'}
  b:
    type: ${o.b ?? 'integer'}
  x: {type: string}
  y: {type: string}
  z: {type: string}
required: [${o.required ?? 'x'}]
`;

/** The live Foo 1.0.0 as a registry export. */
const LIVE = JSON.stringify({ entities: [{ id: 'sch-1', ...parse(foo({ version: '1.0.0' })) }] });

interface JsonReport {
  failed: boolean;
  findings: { rule: string; message: string; pointer: string; preExisting?: true }[];
}

/**
 * A repo whose commit (the base) holds `base`, the working tree then changed to `pr`; check's JSON
 * report against the base.
 */
async function checkAgainstBase(base: Record<string, string>, pr: Record<string, string | null>) {
  const { dir, first } = await gitRepo({ 'live.json': LIVE, ...base });
  await commitFiles(dir, pr, 'the pull request');
  const r = runNode(CLI, ['check', '--root', '.', '--export', 'live.json', '--against', first, '--format', 'json'], {
    cwd: dir,
  });
  const report = JSON.parse(r.stdout) as JsonReport;
  const existing = (rule: string) =>
    report.findings.filter((f) => f.rule === rule).map((f) => [f.message.replace(/;.*$/, ''), f.preExisting ?? false]);
  return { ...r, dir, report, existing };
}

describe('pre-existing: the same finding, not the same place', () => {
  it("a new narrowing of an enum, bound or required list the base already narrowed is the pull request's, and fails it", async () => {
    const r = await checkAgainstBase(
      { [FILE]: foo({ version: '2.0.0', enumOf: 'a, b', maximum: 50, required: 'x, y' }) },
      { [FILE]: foo({ version: '3.0.0', enumOf: 'a', maximum: 10, required: 'x, y, z' }) },
    );
    expect(r.code).toBe(1);
    expect(r.report.failed).toBe(true);
    expect(r.existing('enum-narrowed')).toEqual([['allowed values of "s" narrowed: "b", "c" no longer valid', false]]);
    expect(r.existing('maximum-decreased')).toEqual([['maximum of "n" decreased from <= 100 to <= 10', false]]);
    // "y" was required at the base already: that one is pre-existing; "z" is new.
    expect(r.existing('required-added')).toEqual([
      ['property "y" became required', true],
      ['property "z" became required', false],
    ]);
    expect(r.existing('platform-refuses-update').map(([, pre]) => pre)).toEqual([false]);
  });

  it('the very same breaks as the base are pre-existing, the platform refusal included, and pass', async () => {
    const same = foo({ version: '2.0.0', enumOf: 'a, b', maximum: 50, required: 'x, y' });
    const r = await checkAgainstBase({ [FILE]: same }, { [FILE]: same, 'README.md': 'an unrelated change' });
    expect(r.code).toBe(0);
    expect(r.report.findings.map((f) => [f.rule, f.preExisting])).toEqual(
      expect.arrayContaining([
        ['platform-refuses-update', true],
        ['enum-narrowed', true],
        ['maximum-decreased', true],
        ['required-added', true],
      ]),
    );
    expect(r.report.findings.every((f) => f.preExisting)).toBe(true);
    // Nothing of this change to approve: the text report offers no approval.
    const text = runNode(CLI, ['check', '--root', '.', '--export', 'live.json', '--against', 'HEAD~1'], { cwd: r.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/error enum-narrowed \(pre-existing\)/);
    expect(text.stdout).not.toContain('to approve');
    expect(text.stdout).not.toContain('To approve');
  });

  it("a refusal is pre-existing only when every reason is the base's: the pull request's own `policy: none` cannot hide a new type change", async () => {
    const base = { [FILE]: foo({ version: '2.0.0', a: 'string' }) };
    // Another property's type changed: the refusal lists one more reason.
    const more = await checkAgainstBase(base, {
      [FILE]: foo({ version: '3.0.0', a: 'string', b: 'string' }),
      '.cxone-contract.yml': 'policy: none\n',
    });
    expect(more.report.findings.map((f) => f.rule)).toEqual(['platform-refuses-update']);
    expect(more.existing('platform-refuses-update').map(([, pre]) => pre)).toEqual([false]);
    expect(more.code).toBe(1);
    // The same property changed to another type: the refusal's words name the same rule and place, its reason is new.
    const other = await checkAgainstBase(base, {
      [FILE]: foo({ version: '3.0.0', a: 'boolean' }),
      '.cxone-contract.yml': 'policy: none\n',
    });
    expect(other.report.findings.map((f) => [f.rule, f.message.replace(/\. To ship.*$/, '')])).toEqual([
      [
        'platform-refuses-update',
        'the platform will refuse this update of the live version 1.0.0 (it answers 400), whatever the policy or approval: type-changed at /properties/a/type',
      ],
    ]);
    expect(other.report.findings[0]!.preExisting).toBeUndefined();
    expect(other.code).toBe(1);
    // Nothing new: the base's refusal, with the same reason, stays pre-existing under the pull request's config too.
    const none = await checkAgainstBase(base, {
      [FILE]: foo({ version: '2.0.0', a: 'string' }),
      '.cxone-contract.yml': 'policy: none\n',
    });
    expect(none.report.findings.map((f) => [f.rule, f.preExisting])).toEqual([['platform-refuses-update', true]]);
    expect(none.code).toBe(0);
  });
});
