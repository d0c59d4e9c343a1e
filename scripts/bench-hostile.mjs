// Benchmark of the worst cases a pull request can hand the check (issue 11): whole processes of
// the CLI on small generated repos, each built to be as slow as the code allows.
//  - a 150-property schema whose required properties all change type (150 breaking changes, each
//    with a witness search in which every event is spoilt by the 149 other changes);
//  - a filter with 100 distinct regexes that are safe but expensive for the ReDoS checker;
//  - a schema pattern with catastrophic backtracking and an example that triggers it;
//  - 2,500 required members added to a live schema that has one (2,500 breaking changes, each
//    with a witness search over events of 2,500 members);
//  - 1,000 required members that all change type (the first case, wider);
//  - 16,000 required members that all change type, minor bump (the red team's case: 570 KB,
//    ~80,000 YAML nodes, under the per-file limits; far over the platform's ingestion limits);
//  - 100 files of 957 KiB (`x: [1,1,…]`, 490,000 YAML nodes each), each under the file size limit.
//
//   npm run bundle && node scripts/bench-hostile.mjs        (prints the markdown section)
//   import { benchHostile, hostileSection } from './bench-hostile.mjs'  (scripts/bench.mjs)
// env BENCH_RUNS (default 3), BENCH_CLI (default dist/cli/index.js; e.g. lib/cli.js after npm run build).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RSS = join(root, 'scripts/bench-rss.mjs');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per case: what it was before the budgets (issue 11), and the target. */
const CASES = {
  wide: {
    title: '150-property schema, every required property changes type (`check --export`)',
    before: '50 s',
    target: 5000,
  },
  regexes: { title: 'filter with 100 distinct expensive-but-safe regexes (`check`)', before: '140 s', target: 15000 },
  pattern: {
    title: 'schema `pattern: ^(a\\|a)*b$` with a 40-`a` example (`check`)',
    before: 'never ends (killed after 60 s)',
    target: 5000,
  },
  added: {
    title: 'live schema with only `id`, the repo adds 2,500 required integer members (`check --export`)',
    before: 'killed after 60 s (1,000: 12.9 s)',
    target: 5000,
  },
  retyped: {
    title: '1,000-property schema, every required property changes type (`check --export`)',
    before: 'over 60 s (600: 34 s)',
    target: 5000,
  },
  retyped16k: {
    title: '16,000-property schema (570 KB), every required property changes type, minor bump (`check --export`)',
    before: '29 s, 577 MB',
    target: 5000,
  },
  files: {
    title: '100 files of 957 KiB (`x: [1,1,…]`, 490,000 YAML nodes each), all under the 2 MiB file limit (`check`)',
    before: '90 s',
    target: 10000,
  },
};

function writeRepos(dir) {
  rmSync(dir, { recursive: true, force: true });
  const base = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: 'A generated hostile schema.',
    type: 'object',
    additionalProperties: false,
  };
  const N = 150;
  const names = Array.from({ length: N }, (_, i) => `p${i}`);
  const props = (type) => Object.fromEntries(names.map((n) => [n, { type, description: 'a field' }]));
  const wide = join(dir, 'wide');
  mkdirSync(join(wide, 'cxone/schemas'), { recursive: true });
  const live = { ...base, title: 'Wide', cxoneVersion: '1.0.0', required: names, properties: props('string') };
  writeFileSync(join(wide, 'registry-export.json'), JSON.stringify({ entities: [{ id: 'sch-1', ...live }] }));
  writeFileSync(
    join(wide, 'cxone/schemas/wide.yaml'),
    JSON.stringify({ ...live, cxoneVersion: '2.0.0', properties: props('integer') }, null, 2),
  );

  const regexes = join(dir, 'regexes');
  mkdirSync(join(regexes, 'cxone/filters'), { recursive: true });
  const rules = Array.from({ length: 100 }, (_, i) => ({
    type: 'regex',
    field: 'interaction.id',
    pattern: `^([a-z0-9]{1,${30 + i}}\\.){1,10}[a-z]{2,10}$`,
  }));
  const filter = {
    name: 'many_regexes',
    description: 'A filter with 100 expensive but safe regexes.',
    channel: 'voice',
    matchers: [],
    pattern_rules: rules,
    target_group_id: 'grp_x',
  };
  writeFileSync(join(regexes, 'cxone/filters/many-regexes.yaml'), JSON.stringify(filter, null, 2));

  const pattern = join(dir, 'pattern');
  mkdirSync(join(pattern, 'cxone/schemas'), { recursive: true });
  const evil = {
    ...base,
    title: 'Evil',
    cxoneVersion: '1.0.0',
    properties: { s: { type: 'string', pattern: '^(a|a)*b$' } },
    examples: [{ s: 'a'.repeat(40) }],
  };
  writeFileSync(join(pattern, 'cxone/schemas/evil.yaml'), JSON.stringify(evil, null, 2));

  const members = (n, type) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type, description: 'a field' }]));
  const added = join(dir, 'added');
  mkdirSync(join(added, 'cxone/schemas'), { recursive: true });
  const idOnly = {
    ...base,
    title: 'Added',
    cxoneVersion: '1.0.0',
    required: ['id'],
    properties: { id: { type: 'string', description: 'the id' } },
  };
  const more = Array.from({ length: 2500 }, (_, i) => `p${i}`);
  writeFileSync(join(added, 'registry-export.json'), JSON.stringify({ entities: [{ id: 'sch-1', ...idOnly }] }));
  writeFileSync(
    join(added, 'cxone/schemas/added.yaml'),
    JSON.stringify(
      {
        ...idOnly,
        cxoneVersion: '2.0.0',
        required: ['id', ...more],
        properties: { ...idOnly.properties, ...members(2500, 'integer') },
      },
      null,
      2,
    ),
  );

  const retyped = join(dir, 'retyped');
  mkdirSync(join(retyped, 'cxone/schemas'), { recursive: true });
  const all = Array.from({ length: 1000 }, (_, i) => `p${i}`);
  const live1000 = {
    ...base,
    title: 'Retyped',
    cxoneVersion: '1.0.0',
    required: all,
    properties: members(1000, 'string'),
  };
  writeFileSync(join(retyped, 'registry-export.json'), JSON.stringify({ entities: [{ id: 'sch-1', ...live1000 }] }));
  writeFileSync(
    join(retyped, 'cxone/schemas/retyped.yaml'),
    JSON.stringify({ ...live1000, cxoneVersion: '2.0.0', properties: members(1000, 'integer') }, null, 2),
  );

  // Compact JSON and bare members, as the red team wrote it: the most members a file's limits allow.
  const retyped16k = join(dir, 'retyped16k');
  mkdirSync(join(retyped16k, 'cxone/schemas'), { recursive: true });
  const all16k = Array.from({ length: 16_000 }, (_, i) => `p${i}`);
  const bare = (type) => Object.fromEntries(all16k.map((k) => [k, { type }]));
  const live16k = { ...base, title: 'Retyped16k', cxoneVersion: '1.0.0', required: all16k, properties: bare('string') };
  writeFileSync(join(retyped16k, 'registry-export.json'), JSON.stringify({ entities: [{ id: 'sch-1', ...live16k }] }));
  writeFileSync(
    join(retyped16k, 'cxone/schemas/retyped16k.yaml'),
    JSON.stringify({ ...live16k, cxoneVersion: '1.1.0', properties: bare('integer') }),
  );

  const files = join(dir, 'files');
  mkdirSync(join(files, 'cxone/schemas'), { recursive: true });
  const dense = `x: [${Array(490_000).fill('1').join(',')}]\n`;
  for (let i = 0; i < 100; i++) writeFileSync(join(files, `cxone/schemas/f${String(i).padStart(3, '0')}.yaml`), dense);
  return { wide, regexes, pattern, added, retyped, retyped16k, files };
}

function measure(cli, args, out) {
  const rssFile = join(out, 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 64 * 2 ** 20,
    timeout: 300_000,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rss, report: JSON.parse(r.stdout) };
}

export async function benchHostile({
  runs = Number(process.env.BENCH_RUNS ?? 3),
  cli = resolve(root, process.env.BENCH_CLI ?? 'dist/cli/index.js'),
  out = join(root, 'bench-out/hostile'),
} = {}) {
  const repos = writeRepos(out);
  const args = {
    wide: ['check', '--root', repos.wide, '--export', join(repos.wide, 'registry-export.json'), '--format', 'json'],
    regexes: ['check', '--root', repos.regexes, '--format', 'json'],
    pattern: ['check', '--root', repos.pattern, '--format', 'json'],
    added: ['check', '--root', repos.added, '--export', join(repos.added, 'registry-export.json'), '--format', 'json'],
    retyped: [
      'check',
      '--root',
      repos.retyped,
      '--export',
      join(repos.retyped, 'registry-export.json'),
      '--format',
      'json',
    ],
    retyped16k: [
      'check',
      '--root',
      repos.retyped16k,
      '--export',
      join(repos.retyped16k, 'registry-export.json'),
      '--format',
      'json',
    ],
    files: ['check', '--root', repos.files, '--format', 'json'],
  };
  const results = {};
  for (const [key, a] of Object.entries(args)) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(measure(cli, a, out));
    const ms = median(samples.map((s) => s.ms));
    const rss = Math.max(...samples.map((s) => s.rss));
    const counts = {};
    for (const f of samples.at(-1).report.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    results[key] = { ms, rss, counts, findings: samples.at(-1).report.findings };
    console.error(`${key}: median ${ms.toFixed(0)} ms (${runs} runs)`);
  }
  return { runs, cli: relative(root, cli), results };
}

/** How the breaking changes of a wide case ended: searched to their own end, or past the work budget. */
function witnessOutcome(r) {
  const skipped = r.counts['evolution-skipped'] ?? 0;
  if (skipped > 0)
    return `not compared: the lint errors on the schema (the platform's ingestion limits) skip its evolution check (${skipped} \`evolution-skipped\` warning), so no breaking change and no witness search`;
  const breaking = r.findings.filter((f) => f.breaking);
  const budget = breaking.filter((f) =>
    /\(budget\)|budget for building example events ran out/.test(f.help ?? ''),
  ).length;
  const limits = breaking.filter((f) => /breaks the platform's ingestion limits/.test(f.help ?? '')).length;
  const found = breaking.filter((f) => f.witness !== undefined).length;
  if (limits > 0)
    return `${limits} not searched: the schema breaks the platform's ingestion limits, which the lint reports (said in their help); ${budget} past the witness work budget, ${found} witnesses`;
  return `${breaking.length - found - budget} searched to their end (no witness can exist: every event is spoilt by the other changes), ${budget} past the witness work budget (said in their help), ${found} witnesses`;
}

/** The lint errors of a case, by rule. */
function lintErrors(r) {
  const rules = ['too-many-properties', 'payload-too-large']
    .filter((id) => r.counts[id])
    .map((id) => `${r.counts[id]} \`${id}\``);
  return rules.length > 0 ? `lint: ${rules.join(', ')}` : 'no lint error';
}

export function hostileSection({ runs, cli, results }) {
  const { wide, regexes, pattern, added, retyped, retyped16k, files } = results;
  const checked = regexes.findings.filter((f) => f.rule === 'regex-redos-unknown').length;
  const rows = [
    [CASES.wide, wide, `${wide.counts['type-changed'] ?? 0} type-changed errors; ${witnessOutcome(wide)}`],
    [
      CASES.regexes,
      regexes,
      `${100 - checked} regexes cleared within the run's 10 s ReDoS budget, ${checked} \`regex-redos-unknown\` warnings (located) for the rest`,
    ],
    [
      CASES.pattern,
      pattern,
      `${pattern.counts['schema-pattern-redos'] ?? 0} \`schema-pattern-redos\` error; the example is not run through the pattern`,
    ],
    [
      CASES.added,
      added,
      `${lintErrors(added)}; ${added.counts['required-property-added-to-closed-content-model'] ?? 0} breaking errors; ${witnessOutcome(added)}`,
    ],
    [
      CASES.retyped,
      retyped,
      `${lintErrors(retyped)}; ${retyped.counts['type-changed'] ?? 0} type-changed errors; ${witnessOutcome(retyped)}`,
    ],
    [
      CASES.retyped16k,
      retyped16k,
      `${lintErrors(retyped16k)}; ${retyped16k.counts['type-changed'] ?? 0} type-changed errors; ${witnessOutcome(retyped16k)}`,
    ],
    [
      CASES.files,
      files,
      `${files.counts['yaml-too-many-nodes'] ?? 0} \`yaml-too-many-nodes\` errors (parsed, then refused), ${files.counts['run-budget-exceeded'] ?? 0} \`run-budget-exceeded\` errors (not read: the run's 5,000,000-node budget was spent)`,
    ],
  ];
  const row = ([c, r, outcome]) =>
    `| ${c.title} | ${c.before} | **${(r.ms / 1000).toFixed(2)} s** (target ≤ ${c.target / 1000} s: ${r.ms <= c.target ? 'met' : '**missed**'}) | ${(r.rss / 1e6).toFixed(0)} MB | ${outcome} |`;
  return `## worst cases a pull request can hand the check

Generated by \`node scripts/bench-hostile.mjs\` (also run by \`npm run bench\`): whole processes of
\`${cli}\`, median of ${runs} runs, on small generated repos (bench-out/hostile). Machine:
${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. "Before" is the figure
reported for the same case before its budget (issue 11, and the red team after it).

| case | before | now | peak RSS | outcome |
|---|---|---|---|---|
${rows.map(row).join('\n')}

The budgets behind these figures: recheck gets 2 s per pattern and 10 s per run for all regexes
together (src/lint/filter/redos-verdict.ts); a regex it did not clear is never run, by ajv or by
our own code (src/lint/regex.ts, \`guardedRegExp\`); a witness search gives up after 12 events that
other changes spoil and repair cannot fix (src/evolution/witness/index.ts, \`MAX_UNREPAIRED\`),
within its limit of 300 events per change; all witness searches of a contract together may check
5,000,000 characters of events, and those of a run 15,000,000 (src/evolution/judge.ts,
\`CONTRACT_WITNESS_WORK\`, \`RUN_WITNESS_WORK\`; deterministic, unlike a clock): a version with
one breaking change per member would otherwise cost n searches of n members each; an ajv check
is charged its event's size and 64 characters per error it reports (a small event missing n
required members costs n errors: src/evolution/witness/search.ts, \`ERROR_COST\`). A schema
beyond the platform's ingestion limits (150 top-level properties, 256 KiB) gets no witness search
at all: it can never be deployed, the lint already fails it, and compiling it alone took seconds
(src/evolution/ingestion.ts); nor does a pair one validation of which could evaluate subschemas
over 5,000,000 times (definitions that use each other more than once each), whose examples are not
validated either (src/core/fan-out.ts). A contract
file may hold 100,000 YAML nodes, and a run may read 128 MiB of contract files and parse 5,000,000
nodes, in file order (src/contracts/limits.ts); each file past that is a \`run-budget-exceeded\`
finding, unread.
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(hostileSection(await benchHostile()));
}
