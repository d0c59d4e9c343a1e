// Globs are PR-controlled (the config) and bounded before any glob library sees them (issue 11):
// brace bombs, huge ranges, very long globs and wildcard-heavy segments are usage errors (exit 2)
// naming the config file and line, or the input, never a hang or a library crash (exit 4).
import micromatch from 'micromatch';
import { describe, expect, it } from 'vitest';
import { configRepo, usageError } from './helpers.js';
import { discover } from '../../src/contracts/discover.js';
import { UsageError } from '../../src/core/errors.js';
import { buildSettings } from '../../src/settings/index.js';
import { braceReadings, countExpansions } from '../../src/core/braces.js';
import { checkGlob, GLOB_LIMITS } from '../../src/settings/globs.js';
import { DEFAULT_FILTER_GLOBS, DEFAULT_SCHEMA_GLOBS } from '../../src/settings/types.js';

const bomb = (n: number) => '{a,b}'.repeat(n);

/** Hostile globs and what the refusal must say. */
const HOSTILE: [string, string, RegExp][] = [
  ['17 brace groups', bomb(17), /17 brace groups, over the limit of 8/],
  ['20 brace groups in a path', `cxone/${bomb(20)}/*.yaml`, /20 brace groups, over the limit of 8/],
  ['a range of 100,000,000', '{1..100000000}', /more than 100 patterns/],
  ['a range written with an exponent', '{1..1e9}', /more than 100 patterns/],
  ['7 groups of 2 (128 patterns)', bomb(7), /more than 100 patterns/],
  ['100,000 stars', '*'.repeat(100_000), /100000 characters long, over the limit of 512/],
  ['braces nested 20,000 deep', '{a,'.repeat(20_000), /characters long, over the limit of 512/],
  ['8 nested groups', '{a,{b,{c,{d,{e,{f,{g,{h,i}}}}}}}}x', /./], // within the group limit: must pass (see below)
  [
    'many wildcards in one segment',
    'cxone/*a*a*a*b.yaml',
    /4 repeating wildcards in one path segment, over the limit of 2/,
  ],
  ['repeating extglobs', 'cxone/+(a)+(a)+(a).yaml', /3 repeating wildcards/],
  [
    'negated extglobs (each a lazy wildcard to picomatch)',
    'cxone/!(x)!(x)!(x)!(x)!(x)!(x)!(x)b.yaml',
    /7 repeating wildcards/,
  ],
];

const repo = (config: string) => configRepo(config, ['cxone/schemas']);

describe('glob bounds', () => {
  for (const [what, glob, message] of HOSTILE.filter(([w]) => w !== '8 nested groups')) {
    it(`refuses ${what} in the config, naming file and line`, async () => {
      const root = await repo(`policy: additive\nfilters:\n  - cxone/filters/*.yaml\n  - ${JSON.stringify(glob)}\n`);
      const err = await usageError(buildSettings({}, { cwd: root }));
      expect(err.message).toMatch(/^\.cxone-contract\.yml:4: filters: /);
      expect(err.message).toMatch(message);
      expect(err.message.length).toBeLessThan(400); // the glob is cut in the message, not echoed whole
    });

    it(`refuses ${what} given as the schemas input`, async () => {
      const root = await repo('policy: additive\n');
      const err = await usageError(buildSettings({ schemas: glob }, { cwd: root }));
      expect(err.message).toMatch(/^schemas: /);
      expect(err.message).toMatch(message);
    });

    it(`refuses ${what} handed straight to discovery`, async () => {
      const root = await repo('');
      const err = await usageError(discover(root, [glob], []));
      expect(err.message).toMatch(message);
    });
  }

  it('refuses more globs in one list than the limit', async () => {
    const globs = Array.from({ length: GLOB_LIMITS.maxGlobs + 1 }, (_, i) => `cxone/s${i}/*.yaml`);
    const root = await repo(`schemas:\n${globs.map((g) => `  - ${g}`).join('\n')}\n`);
    const err = await usageError(buildSettings({}, { cwd: root }));
    expect(err.message).toMatch(/^\.cxone-contract\.yml:\d+: schemas: 101 globs given, over the limit of 100/);
  });

  it('refuses ranges the expander mis-steps, and turns what it throws into a usage error', () => {
    // Near 2^53 braces loops until V8 aborts the process (not catchable); a fractional step throws a RangeError.
    for (const glob of ['{9007199254740991..9007199254740995}', '{1..2..0.5}', '{1..3..0}', '{1.5..3}']) {
      expect(() => checkGlob(glob, 'schemas: '), glob).toThrow(UsageError);
    }
  });

  it('keeps the globs people write', async () => {
    const ok = [
      ...DEFAULT_SCHEMA_GLOBS,
      ...DEFAULT_FILTER_GLOBS,
      'cxone/schemas/**/*.{yaml,yml,json}',
      'cxone/{schemas,filters}/{v1,v2}/*.{yaml,yml}',
      'cxone/schemas/v{1..9}/*.yaml',
      'cxone/*-v*.yaml',
      '!cxone/schemas/drafts/**',
      '{a,{b,{c,{d,{e,{f,{g,{h,i}}}}}}}}x',
    ];
    for (const g of ok) expect(() => checkGlob(g, 'schemas: ')).not.toThrow();
    const root = await repo(`schemas:\n${ok.map((g) => `  - ${JSON.stringify(g)}`).join('\n')}\n`);
    const s = await buildSettings({}, { cwd: root });
    expect(s.schemaGlobs).toEqual(ok);
  });

  it('counts expansions without expanding, never under the real count', () => {
    expect(countExpansions('{a,b}{c,d,e}', 1000)).toBe(6);
    expect(countExpansions('{1..10}{a..c}', 1000)).toBe(30);
    expect(countExpansions('{1..10..2}', 1000)).toBe(5);
    expect(countExpansions('{a,{b,c}}', 1000)).toBe(3);
    expect(countExpansions(bomb(40), 101)).toBe(101); // capped, not 2^40
    expect(countExpansions('{a,b', 1000)).toBe(2); // unclosed: literal to the expander, counted anyway
    expect(countExpansions('\\{a,b\\}', 1000)).toBe(1); // escaped: literal
    expect(countExpansions('{9007199254740991..9007199254740995}', 1000)).toBe(1000);
    // One end a digit, the other a letter: the expander spells the characters between them.
    expect(countExpansions('{1..x}', 1000)).toBe(72);
    expect(countExpansions('{1..x..2}', 1000)).toBe(36);
    expect(countExpansions('{1..xy}', 1000)).toBe(1);
  });

  it('never counts fewer patterns than the expander spells (a digit and a letter, a blank end)', () => {
    for (const glob of [
      '{1..x}',
      '{1..x..2}',
      '{ ..5}',
      '{a..b..c..d}',
      '{1..xy}',
      'v{1..10..3}/{z..x}',
      '{a,{b,c}}',
    ]) {
      const spelled = micromatch.braces(glob, { expand: true }).length; // the expander fast-glob uses
      expect({ glob, under: countExpansions(glob, 1000) < spelled }).toEqual({ glob, under: false });
      expect({ glob, under: braceReadings(glob, 1000).length < spelled }).toEqual({ glob, under: false });
    }
  });

  it('reads what a glob could name once its braces are spelled out (for the checks, not for matching)', () => {
    expect(braceReadings('cxone/{schemas,filters}/*.{yaml,yml}', 101)).toEqual([
      'cxone/schemas/*.yaml',
      'cxone/schemas/*.yml',
      'cxone/filters/*.yaml',
      'cxone/filters/*.yml',
    ]);
    expect(braceReadings('{.,}./x', 101)).toEqual(['../x', './x']);
    expect(braceReadings('v{1..10..3}/{z..x}', 101)).toEqual([
      'v1/z',
      'v1/y',
      'v1/x',
      'v4/z',
      'v4/y',
      'v4/x',
      'v7/z',
      'v7/y',
      'v7/x',
      'v10/z',
      'v10/y',
      'v10/x',
    ]);
    expect(braceReadings('a{b}c{d,e', 101)).toEqual(['a{b}c{d,e']); // kept literal, as the expander keeps them
    expect(braceReadings('\\{a,b\\}', 101)).toEqual(['\\{a,b\\}']);
    expect(braceReadings(bomb(8), 101)).toHaveLength(101); // capped
  });
});
