// A seeded fuzz test of the bundled CLI and action on hostile contract repos: names, titles, file
// names, enum values and descriptions that carry workflow commands; patterns with catastrophic
// backtracking (with examples that trigger it); `$ref` cycles, long chains, dangling and remote
// refs; deep nesting in the repo and in the live tenant. For every case: the exit code is one we
// document, no stack trace, no workflow command the action did not mean to write, and the run
// ends by itself (a killed child has no exit code).
//
// CXONE_FUZZ_SEED=n reruns another seed (CXONE_FUZZ_CASES=n runs more cases); a failure message
// names the seed and the case.

import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLI, hasStackTrace, runActionIn, runNodeAsync, tempRepo, listFiles, type Run } from './helpers.js';
import { unexpectedCommands, workflowCommands } from './workflow-commands.js';

const SEED = Number(process.env.CXONE_FUZZ_SEED ?? 20261202);
const CASES = Number(process.env.CXONE_FUZZ_CASES ?? 18);

// Each planted command's data starts `forged-`: no command the run writes may (FORGED_DATA).
const INJECTIONS = [
  '\n::error file=README.md,line=1::forged-lf',
  '\r::add-mask::x',
  '::stop-commands::x',
  '\r\n##[error]forged-legacy',
  ' \t::warning file=README.md::forged-indented',
  '\u0085::notice::forged-nel',
  '\u2028::error file=README.md::forged-ls',
  '\n::error::forged-plain',
  'mid##[error file=README.md;line=1]forged-legacy-mid',
  '##[stop-commands]tok',
  '<!-- cxone-contract -->',
  '%0A::error::forged-pct',
  '\u001b[2J\u001b]0;title\u0007',
  '\n```\n<details><summary>',
  '|<img src=x>|',
];
const FORGED_DATA = /^forged-/;
const hostile = fc
  .tuple(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 6 }), fc.constantFrom(...INJECTIONS))
  .map(([a, b, c]) => a + b + c);

const PATTERNS = ['^(a|a)*b$', '^(a+)+$', '(x+x+)+y', '^(abc', '^[a-z]+$', '(a|aa)+$', '^(\\w+\\s?)*$', '\\p{L}+'];
const evilExample = 'a'.repeat(40) + '!';

const CHAIN = 60;
const chain = Object.fromEntries(
  Array.from({ length: CHAIN }, (_, i) => [
    `c${i}`,
    i === CHAIN - 1 ? { type: 'integer' } : { $ref: `#/definitions/c${i + 1}` },
  ]),
);
/** `$ref` shapes, each with the definitions it needs. */
const REFS: { $ref: string; definitions?: Record<string, unknown> }[] = [
  { $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } } },
  { $ref: '#/definitions/c0', definitions: chain },
  { $ref: '#/definitions/missing' },
  { $ref: 'http://127.0.0.1:9/remote.json#/x' },
  { $ref: 'other.yaml#/definitions/ok' },
  { $ref: '#/definitions/a/../ok', definitions: { ok: { type: 'string' } } },
  { $ref: '#' },
  { $ref: '#node', definitions: { node: { $id: '#node', type: 'object', properties: { next: { $ref: '#node' } } } } },
  { $ref: 'urn:uuid:0f6e8c3a-1b2d-4c5e-8f90-a1b2c3d4e5f6' },
];

const nested = (depth: number, leaf: unknown): unknown => {
  let node = leaf;
  for (let i = 0; i < depth; i++) node = { type: 'object', properties: { n: node } };
  return node;
};

const propertySchema = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('string'), pattern: fc.constantFrom(...PATTERNS) }) },
  fc.record({ type: fc.constant('string'), enum: fc.array(hostile, { minLength: 1, maxLength: 3 }) }),
  { weight: 2, arbitrary: fc.constantFrom(...REFS) },
  fc.integer({ min: 1, max: 70 }).map((d) => nested(d, { type: 'string' })),
  fc.constantFrom(...PATTERNS).map((p) => ({ type: 'object', patternProperties: { [p]: { type: 'string' } } })),
);

const schemaCase = fc.record({
  fileName: fc.oneof(hostile, fc.constant('plain')),
  title: fc.oneof(hostile, fc.constant('Plain')),
  description: hostile,
  properties: fc.array(fc.tuple(fc.oneof(hostile, fc.constantFrom('id', 'name')), propertySchema), {
    minLength: 1,
    maxLength: 3,
  }),
  liveDepth: fc.constantFrom(0, 0, 3000),
});

const filterCase = fc.record({
  fileName: hostile,
  name: hostile,
  patterns: fc.array(fc.constantFrom(...PATTERNS), { maxLength: 4 }),
});

const repoCase = fc.record({
  schemas: fc.array(schemaCase, { minLength: 1, maxLength: 3 }),
  filter: fc.option(filterCase, { nil: undefined }),
  front: fc.constantFrom('cli-text', 'cli-json', 'action'),
});
type RepoCase = typeof repoCase extends fc.Arbitrary<infer T> ? T : never;

// JSON.stringify would overflow the stack on the deep live schema: it is spliced in as text.
const DEEP = '__deep_live_schema__';
const deepJson = (depth: number) =>
  '{"type":"object","properties":{"n":'.repeat(depth) + '{"type":"string"}' + '}}'.repeat(depth);

// A file name may hold anything but `/` and NUL.
const safeFileName = (s: string, i: number) => `${i}-${s.replace(/[/\0]/g, '_')}.yaml`.slice(-200);

const yamlText = (doc: unknown) =>
  stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', lineWidth: 0 });

function build(c: RepoCase): { files: Record<string, string>; exportText: string } {
  const files: Record<string, string> = {};
  const live: unknown[] = [];
  c.schemas.forEach((s, i) => {
    const title = `${s.title}${i}`;
    const definitions: Record<string, unknown> = {};
    const properties = Object.fromEntries(
      s.properties.map(([name, schema], j) => {
        const { definitions: defs, ...rest } = schema as { definitions?: Record<string, unknown> };
        Object.assign(definitions, defs);
        return [`${name}${j}`, rest];
      }),
    );
    const doc = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title,
      description: s.description,
      cxoneVersion: '1.1.0',
      additionalProperties: false,
      properties,
      required: Object.keys(properties).slice(0, 1),
      ...(Object.keys(definitions).length > 0 ? { definitions } : {}),
      // Top-level examples are validated by lint: each one drives a pattern into backtracking.
      examples: Object.entries(properties).flatMap(([k, v]): Record<string, unknown>[] =>
        'pattern' in v ? [{ [k]: evilExample }] : 'patternProperties' in v ? [{ [k]: { [evilExample]: 'x' } }] : [],
      ),
    };
    files[`cxone/schemas/${safeFileName(s.fileName, i)}`] = yamlText(doc);
    // The live version accepts what the new one narrows (no patterns, no enums): witnesses are
    // searched against the hostile patterns. Some live versions are nested past any sane depth.
    const loose = Object.fromEntries(Object.keys(properties).map((k) => [k, { type: 'string' }]));
    const liveProps = s.liveDepth > 0 ? { ...loose, deep: DEEP } : loose;
    live.push({ id: `sch-${i}`, ...doc, cxoneVersion: '1.0.0', properties: liveProps });
  });
  if (c.filter) {
    const f = c.filter;
    files[`cxone/filters/${safeFileName(f.fileName, 0)}`] = yamlText({
      name: f.name,
      description: f.name,
      channel: 'voice',
      target_group_id: 'grp_1',
      matchers: [{ attribute: 'a', operator: 'equals', value: f.name }],
      pattern_rules: f.patterns.map((pattern) => ({ type: 'regex', field: 'a', pattern })),
    });
  }
  const depth = Math.max(0, ...c.schemas.map((s) => s.liveDepth));
  return { files, exportText: JSON.stringify({ entities: live }).replaceAll(`"${DEEP}"`, deepJson(depth)) };
}

async function runCase(c: RepoCase): Promise<{ run: Run; files: Set<string> }> {
  const { files, exportText } = build(c);
  const ws = await tempRepo({ ...files, 'registry-export.json': exportText });
  const repoFiles = new Set(await listFiles(ws));
  if (c.front === 'action')
    return {
      run: await runActionIn(ws, { 'registry-export': 'registry-export.json', comment: 'false' }),
      files: repoFiles,
    };
  const format = c.front === 'cli-json' ? 'json' : 'text';
  return {
    run: await runNodeAsync(
      CLI,
      ['check', '--root', ws, '--export', join(ws, 'registry-export.json'), '--format', format],
      { cwd: ws },
    ),
    files: repoFiles,
  };
}

const cases = fc.sample(repoCase, { seed: SEED, numRuns: CASES });

describe(`fuzz: hostile contract repos through the bundled CLI and action (seed ${SEED})`, () => {
  it.each(cases.map((c, i) => [i, c] as const))(
    'case %i',
    async (i, c) => {
      const { run, files } = await runCase(c);
      const where = `seed ${SEED}, case ${i} (${c.front}): ${JSON.stringify(c).slice(0, 400)}`;
      // Killed at the child's own timeout: no exit code.
      expect(run.code, `${where}\nstderr: ${run.stderr.slice(0, 2000)}`).not.toBeNull();
      expect([0, 1, 2], `${where}\nstderr: ${run.stderr.slice(0, 2000)}`).toContain(run.code);
      expect(hasStackTrace(run.stdout + run.stderr), where).toBe(false);
      const bad = unexpectedCommands(workflowCommands(run.stdout, run.stderr), { files, forgedData: FORGED_DATA });
      expect(bad, where).toEqual([]);
      if (c.front === 'cli-json') expect(() => JSON.parse(run.stdout), where).not.toThrow();
    },
    120_000,
  );
});
