// `cxone-contract rules [ID]` through the CLI front: the list of every rule, one rule in full (its
// doc, default severity, fix, code and test; a change kind's verdict under each policy), and an
// unknown id refused with exit 2 and the nearest id.

import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { allRules } from '../../src/rule-registry.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function rules(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(['rules', ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
    cwd: import.meta.dirname,
    color: false,
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('cxone-contract rules', () => {
  it('lists every rule, one line each: id, default severity, summary, in registry order', async () => {
    const r = await rules();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(allRules().length);
    expect(lines[0]).toMatch(/^file-too-large +error +The file is larger than the configured limit\.$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^filter-dead +warning +An active filter matched no event during the dead-filter window\.$/,
      ),
    );
    expect(lines.map((l) => l.split(' ')[0])).toEqual(allRules().map((x) => x.id));
  });

  it('prints one rule in full: doc, default severity, fix, the function that raises it and its test', async () => {
    const r = await rules('filter-dead');
    expect(r.code).toBe(0);
    expect(r.out).toContain('filter-dead (default severity: warning)\n');
    expect(r.out).toContain(
      'A filter with zero hits over `dead-filter-window` (default 7 days) usually matches on an attribute or value that no longer occurs',
    );
    expect(r.out).toContain(
      'How to fix: Check its matchers and pattern rules against current events; fix or delete it.',
    );
    expect(r.out).toContain('Code: filterHealth (its file and line: docs/rules.md#filter-dead)\n');
    expect(r.out).toContain('Test: test/modes/drift/health.test.ts\n');
    // Not a change kind: no policy table.
    expect(r.out).not.toContain('Verdict under each policy');
  });

  it("shows a change kind's verdict under each policy", async () => {
    const r = await rules('max-length-decreased');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      [
        'Verdict under each policy:',
        '  additive  breaking',
        '  backward  breaking',
        '  forward   ok',
        '  full      breaking',
        '  none      ok',
      ].join('\n'),
    );
    expect(r.out).toContain('Code: compareMaxLength ');

    const json = await rules('required-removed', '--format', 'json');
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as Record<string, unknown>;
    expect(doc.id).toBe('required-removed');
    expect(doc.raisedBy).toBe('compareDeclared');
    // The additive policy is stricter than backward here (a required field may not be dropped).
    expect(doc.policies).toEqual({
      additive: 'breaking',
      backward: 'ok',
      forward: 'breaking',
      full: 'breaking',
      none: 'ok',
    });
  });

  it('prints the list as one JSON document with --format json', async () => {
    const r = await rules('--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { rules: { id: string; severity: string; summary: string }[] };
    expect(doc.rules).toHaveLength(allRules().length);
    expect(doc.rules).toContainEqual({
      id: 'ignore-unused',
      severity: 'notice',
      summary: 'An ignore in the config file matched no finding.',
    });
  });

  it('refuses an unknown id with exit 2 and the nearest id', async () => {
    const r = await rules('filter-daed');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'cxone-contract: error: rules: unknown rule id "filter-daed" (did you mean "filter-dead"?) (cxone-contract rules lists them)\n',
    );
  });

  it('echoes a hostile id bounded and inert: control characters escaped, at most 80 characters', async () => {
    const r = await rules(`\u001b[31m::error::x${'y'.repeat(100_000)}`);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeLessThan(300);
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('…"');
  });

  it('refuses a format it does not print, and a second id, with exit 2', async () => {
    const sarif = await rules('--format', 'sarif');
    expect(sarif.code).toBe(2);
    expect(sarif.err).toContain('rules prints text or json');
    const two = await rules('filter-dead', 'filter-not-active');
    expect(two.code).toBe(2);
    expect(two.err).toContain('rules takes at most one rule id');
  });

  it('is in the usage text, and rules --help has its flags', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: () => {}, env: {}, cwd: import.meta.dirname, color: false };
    await cli(['--help'], io);
    expect(out.join('')).toMatch(/^ {2}rules \[ID\] +every rule/m);
    out.length = 0;
    expect(await cli(['rules', '--help'], io)).toBe(0);
    expect(out.join('')).toContain('usage: cxone-contract rules [ID] [flags]');
    expect(out.join('')).toContain('--format text|json');
  });
});
