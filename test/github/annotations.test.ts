import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { annotate } from '../../src/github/annotate.js';
import { captureStdout } from '../report/capture-stdout.js';
import { realisticReport } from '../report/report-fixture.js';

const out = captureStdout();

function f(over: Partial<Finding>): Finding {
  return {
    rule: 'some-rule',
    severity: 'error',
    message: 'm',
    file: 'a.yaml',
    pointer: '',
    line: 1,
    column: 1,
    ...over,
  };
}

describe('annotate', () => {
  it('writes one workflow command per unsuppressed finding, errors first, then warnings, then notices', () => {
    const plan = annotate(realisticReport().findings);
    expect(plan.shown).toHaveLength(3);
    expect(plan.hidden).toBe(0);
    expect(out.lines).toEqual([
      '::error title=type-changed,file=cxone/schemas/interaction-ended.yaml,line=30,col=17::`duration_seconds` changed type from integer to string: events with a number no longer validate\n',
      '::warning title=regex-unanchored,file=cxone/filters/premium-voice-routing.yaml,line=18,col=14::pattern "skill_.*" is not anchored; add ^ and $\n',
      '::notice title=version-not-bumped,file=cxone/schemas/call-connected.yaml,line=5,col=15::description changed but cxoneVersion stayed 1.0.0\n',
    ]);
  });

  it('keeps file order within a severity', () => {
    annotate([
      f({ severity: 'notice', file: 'a.yaml', line: 1 }),
      f({ severity: 'error', file: 'b.yaml', line: 9 }),
      f({ severity: 'error', file: 'b.yaml', line: 2 }),
      f({ severity: 'error', file: 'a.yaml', line: 7 }),
    ]);
    expect(out.lines.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::error title=some-rule,file=a.yaml,line=7,col=1',
      '::error title=some-rule,file=b.yaml,line=2,col=1',
      '::error title=some-rule,file=b.yaml,line=9,col=1',
      '::notice title=some-rule,file=a.yaml,line=1,col=1',
    ]);
  });

  it('ranks breaking changes first among errors', () => {
    annotate([
      f({ file: 'a.yaml', rule: 'required-missing' }),
      f({ file: 'z.yaml', rule: 'type-changed', breaking: true }),
    ]);
    expect(out.lines.map((l) => l.slice(0, l.indexOf(',')))).toEqual([
      '::error title=type-changed',
      '::error title=required-missing',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    annotate([
      f({
        rule: 'payload-too-large',
        file: 'schemas/odd:name,1%.yaml',
        line: 3,
        column: 5,
        message: 'schema is 300 KiB: 117% of the limit\r\nsplit it, or drop unused properties',
      }),
    ]);
    expect(out.lines).toEqual([
      '::error title=payload-too-large,file=schemas/odd%3Aname%2C1%25.yaml,line=3,col=5::schema is 300 KiB: 117%25 of the limit%0D%0Asplit it, or drop unused properties\n',
    ]);
  });

  it('omits line and column when the position is unknown, and the column alone when only it is', () => {
    annotate([
      f({ severity: 'warning', rule: 'filter-dead', file: 'filters/x.yaml', line: 0, column: 0, message: 'no hits' }),
      f({ severity: 'warning', rule: 'filter-dead', file: 'filters/y.yaml', line: 4, column: 0, message: 'no hits' }),
    ]);
    expect(out.lines).toEqual([
      '::warning title=filter-dead,file=filters/x.yaml::no hits\n',
      '::warning title=filter-dead,file=filters/y.yaml,line=4::no hits\n',
    ]);
  });

  it('does not annotate suppressed findings', () => {
    expect(annotate([f({ suppressed: { reason: 'known' } })]).shown).toEqual([]);
    expect(out.lines).toEqual([]);
  });

  it('prefixes files when the contract root is a sub-folder of the repository', () => {
    annotate([f({ file: 'schemas/a.yaml' })], { repo: { root: '/repo/contracts', base: '/repo' } });
    expect(out.lines).toEqual(['::error title=some-rule,file=contracts/schemas/a.yaml,line=1,col=1::m\n']);
  });

  it('a file outside the repository gets no file= (GitHub could not place it): the message says where', () => {
    annotate([f({ file: '/elsewhere/odd\u001bname.yaml', line: 4, message: 'm' })], {
      repo: { root: '/repo/contracts', base: '/repo' },
    });
    expect(out.lines).toEqual(['::error title=some-rule::/elsewhere/odd\\u001bname.yaml:4: m\n']);
  });
});
