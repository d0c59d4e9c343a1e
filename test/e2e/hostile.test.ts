// Every kind of bad input the issue names, in one contract repo, checked by the bundled CLI:
// each is a finding with the right rule and line, the exit is non-zero, and nothing crashes.

import { Ajv } from 'ajv';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, hasStackTrace, runNode, tempRepo, type Run } from './helpers.js';

const header = (title: string) => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: ${title}
description: test event
cxoneVersion: 1.0.0
additionalProperties: false
`; // 6 lines: `properties:` is line 7

const props = (n: number, pad = '') =>
  Array.from({ length: n }, (_, i) => `  p${i}:\n    type: string\n    description: "${pad}"`).join('\n');

const filter = (name: string, body: string) => `name: ${name}
description: test filter
channel: voice
target_group_id: grp_1
${body}`; // body starts on line 5

const files: Record<string, string | Uint8Array> = {
  'cxone/schemas/syntax.yaml': `${header('Syntax')}properties:\n  a: {type: string\n`,
  'cxone/schemas/dupkey.yaml': `${header('DupKey')}properties:\n  a:\n    type: string\n  a:\n    type: integer\n`,
  'cxone/schemas/bomb.yaml':
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n',
  'cxone/schemas/empty.yaml': '# nothing here\n\n',
  'cxone/schemas/list.yaml': '- type: object\n- title: X\n',
  'cxone/schemas/latin1.yaml': Buffer.concat([
    Buffer.from(`${header('Latin1')}properties:\n  name:\n    description: "caf`),
    Buffer.from([0xe9]),
    Buffer.from('"\n    type: string\n'),
  ]),
  'cxone/schemas/many.yaml': `${header('Many')}properties:\n${props(151)}\n`,
  'cxone/schemas/huge-schema.yaml': `${header('Huge')}properties:\n${props(100, 'x'.repeat(2700))}\n`,
  'cxone/schemas/types.yaml': `${header('Types')}properties:\n  a:\n    type: strin\n  b:\n    type: object\n    properties:\n      c:\n        type: datetime\n`,
  'cxone/schemas/required.yaml': `${header('Required')}properties:\n  a:\n    type: string\nrequired:\n  - a\n  - ghost\n`,
  'cxone/schemas/semver.yaml': `${header('Semver').replace('cxoneVersion: 1.0.0', 'cxoneVersion: v1.0')}properties:\n  a:\n    type: string\n`,
  'cxone/schemas/dup-title-1.yaml': `${header('Twin')}properties:\n  a:\n    type: string\n`,
  'cxone/schemas/dup-title-2.yaml': `${header('Twin')}properties:\n  a:\n    type: string\n`,
  'cxone/filters/channel.yaml': filter('f_channel', 'matchers: []\npattern_rules: []\n').replace(
    'channel: voice',
    'channel: fax',
  ),
  'cxone/filters/operator.yaml': filter(
    'f_operator',
    'matchers:\n  - attribute: a\n    operator: between\n    value: 1\npattern_rules: []\n',
  ),
  'cxone/filters/regex.yaml': filter(
    'f_regex',
    'matchers: []\npattern_rules:\n  - type: regex\n    field: a\n    pattern: "^(abc"\n  - type: regex\n    field: a\n    pattern: "^(a+)+$"\n',
  ),
  'cxone/filters/cidr.yaml': filter(
    'f_cidr',
    'matchers: []\npattern_rules:\n  - type: cidr\n    field: a\n    pattern: 10.0.0.0/33\n',
  ),
  'cxone/filters/numeric.yaml': filter(
    'f_numeric',
    'matchers:\n  - attribute: a\n    operator: greater_than\n    value: platinum\npattern_rules: []\n',
  ),
};

/** [file, rule, line]: where each problem must be reported. */
const expected: [string, string, number][] = [
  ['cxone/schemas/syntax.yaml', 'yaml-syntax', 9],
  ['cxone/schemas/dupkey.yaml', 'yaml-duplicate-key', 10],
  ['cxone/schemas/bomb.yaml', 'yaml-alias-bomb', 0],
  ['cxone/schemas/big.yaml', 'file-too-large', 1],
  ['cxone/schemas/empty.yaml', 'file-empty', 1],
  ['cxone/schemas/list.yaml', 'not-a-mapping', 1],
  ['cxone/schemas/latin1.yaml', 'file-encoding', 9],
  ['cxone/schemas/many.yaml', 'too-many-properties', 7],
  ['cxone/schemas/huge-schema.yaml', 'payload-too-large', 1],
  ['cxone/schemas/types.yaml', 'unsupported-type', 9],
  ['cxone/schemas/types.yaml', 'unsupported-type', 14],
  ['cxone/schemas/required.yaml', 'required-not-in-properties', 12],
  ['cxone/schemas/semver.yaml', 'invalid-version', 5],
  ['cxone/schemas/dup-title-2.yaml', 'duplicate-schema-title', 3],
  ['cxone/filters/channel.yaml', 'unknown-channel', 3],
  ['cxone/filters/operator.yaml', 'unknown-operator', 7],
  ['cxone/filters/regex.yaml', 'regex-invalid', 9],
  ['cxone/filters/regex.yaml', 'regex-redos', 12],
  ['cxone/filters/cidr.yaml', 'cidr-invalid', 9],
  ['cxone/filters/numeric.yaml', 'operator-value-type', 8],
];

describe('hostile and invalid input, through the bundled CLI', () => {
  let run: Run;
  let report: { findings: { file: string; rule: string; line: number; severity: string }[] };

  beforeAll(async () => {
    const root = await tempRepo(files);
    // 20 MB, written here rather than committed.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(root, 'cxone/schemas/big.yaml'), 'a: ' + 'x'.repeat(20 * 1024 * 1024) + '\n');
    run = runNode(CLI, ['check', '--root', root, '--format', 'json']);
    report = JSON.parse(run.stdout);
  }, 60_000);

  it('exits 1 with no stack trace', () => {
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    // only the warning that no breaking-change check ran (there is no baseline here)
    expect(run.stderr).toMatch(/^cxone-contract: warning: No breaking-change check ran: no baseline is given[^\n]*\n$/);
  });

  it.each(expected)('%s: %s on line %i', (file, rule, line) => {
    const hits = report.findings.filter((f) => f.file === file && f.rule === rule);
    expect(hits.length, JSON.stringify(report.findings.filter((f) => f.file === file))).toBeGreaterThan(0);
    expect(hits.every((f) => f.severity === 'error')).toBe(true);
    if (line > 0) expect(hits.map((f) => f.line)).toContain(line);
    else expect(hits[0]!.line).toBeGreaterThan(0);
  });

  it('the JSON report validates against schemas/report.schema.json', async () => {
    const schema = JSON.parse(await readFile(join(REPO, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
