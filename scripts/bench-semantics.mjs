// The semantics section of docs/benchmarks.md (issue 12): how often the engine's backward-
// incompatible verdicts carry a witness and how often they are false alarms, on the soundness
// generator (scripts/false-alarms.mjs, fixed seed and sample, under a minute), and `diff` on real
// published schemas (bench/published-schemas/: consecutive versions of two npm packages), timed as
// whole processes.
//
//   node scripts/bench-semantics.mjs        prints the section (needs lib/: npm run build)
//   env BENCH_RUNS (runs per pair, median; default 3), BENCH_CLI (default dist/cli/index.js; e.g.
//   lib/cli.js after npm run build), BENCH_SEMANTICS_TRIALS / _SAMPLE / _STREAMS (false-alarm run)

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFalseAlarms, falseAlarms } from './false-alarms.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLISHED = join(root, 'bench/published-schemas');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const byVersion = (a, b) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
};

/** Consecutive version pairs of each vendored package: [{ pkg, from, to, old, new }]. */
export function publishedPairs() {
  const pairs = [];
  for (const pkg of readdirSync(PUBLISHED, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const versions = readdirSync(join(PUBLISHED, pkg))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort(byVersion);
    for (let i = 1; i < versions.length; i++) {
      pairs.push({
        pkg,
        from: versions[i - 1],
        to: versions[i],
        old: join(PUBLISHED, pkg, `${versions[i - 1]}.json`),
        new: join(PUBLISHED, pkg, `${versions[i]}.json`),
      });
    }
  }
  return pairs;
}

/** `diff --policy backward --format json` on each pair, whole process, median of `runs`. */
export async function benchPairs({ runs = 3, cli = process.env.BENCH_CLI ?? 'dist/cli/index.js' } = {}) {
  // The engine alone (compareSchemas in this process, lib/), next to the whole process.
  const { compareSchemas } = await import(join(root, 'lib/evolution/engine.js'));
  return publishedPairs().map((p) => {
    const [oldDoc, newDoc] = [p.old, p.new].map((f) => JSON.parse(readFileSync(f, 'utf8')));
    const engine = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      compareSchemas(oldDoc, newDoc);
      engine.push(performance.now() - t0);
    }
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      last = spawnSync(
        process.execPath,
        [join(root, cli), 'diff', p.old, p.new, '--policy', 'backward', '--format', 'json'],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 },
      );
      times.push(performance.now() - t0);
    }
    let result;
    try {
      result = JSON.parse(last.stdout);
    } catch {
      return {
        ...p,
        ms: median(times),
        engineMs: median(engine),
        error: `exit ${last.status}: ${(last.stderr || last.stdout).trim().split('\n')[0]}`,
      };
    }
    const errors = result.changes.filter((c) => c.severity === 'error');
    return {
      ...p,
      ms: median(times),
      engineMs: median(engine),
      compatible: result.compatible,
      changes: result.changes.length,
      breaking: errors.length,
      witnesses: errors.filter((c) => c.witness !== undefined).length,
    };
  });
}

export async function benchSemantics({ runs = 3 } = {}) {
  const env = process.env;
  const fa = await falseAlarms({
    trials: Number(env.BENCH_SEMANTICS_TRIALS ?? 8000),
    sample: Number(env.BENCH_SEMANTICS_SAMPLE ?? 400),
    streams: Number(env.BENCH_SEMANTICS_STREAMS ?? 3000),
    seed: 20261204,
  });
  return { fa, runs, pairs: await benchPairs({ runs }) };
}

const topKinds = (kinds) =>
  Object.entries(kinds ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, n]) => `\`${k}\` ${n}`)
    .join(', ') || '—';

export function semanticsSection({ fa, runs, pairs }) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const rows = pairs.map((p) =>
    p.error
      ? `| ${p.pkg} | ${p.from} → ${p.to} | ${p.ms.toFixed(0)} ms | ${p.engineMs.toFixed(0)} ms | **error** | ${p.error} | | |`
      : `| ${p.pkg} | ${p.from} → ${p.to} | ${p.ms > 2000 ? `**${p.ms.toFixed(0)} ms**` : `${p.ms.toFixed(0)} ms`} | ${p.engineMs.toFixed(0)} ms | ${p.compatible ? 'compatible' : 'incompatible'} | ${p.changes} | ${p.breaking} | ${p.witnesses} |`,
  );
  const slowest = Math.max(...pairs.map((p) => p.ms));
  const breaking = pairs.reduce((n, p) => n + (p.breaking ?? 0), 0);
  const witnessed = pairs.reduce((n, p) => n + (p.witnesses ?? 0), 0);
  return `## Verdicts that follow the semantics (issue 12)

### Witnesses and false alarms on the soundness generator

\`node scripts/false-alarms.mjs\` with seed ${20261204}: ${fa.trials} random trials of the soundness
generator (scripts/evolution-arbitraries.mjs); of the backward-incompatible verdicts ajv can judge,
those the normal event sampler finds no counter-example for are searched hard (a sample of
${fa.searched}, ${fa.streams} longer event streams each, plus the engine's own witness). A verdict
still without a counter-example counts as a false alarm (an upper bound: breaks the generator
cannot build count too). An event the new schema's validator cannot finish on (ajv overflows its
stack on a \`$ref\` cycle) is not accepted by it: a counter-example; a trial whose live schema ajv
cannot finish validating with is not judged (${fa.oldUnjudgeable} such). The hard search also tries
numbers and strings off the schemas' own constants. ${fa.seconds.toFixed(0)} s.

| measure | value |
|---|---|
| backward-incompatible verdicts (judged by ajv) | ${fa.incompatible} (${fa.judged}) |
| carry an engine witness (target ≥ 90%) | **${pct(fa.witnessShare)}** (${fa.withWitness}; ${fa.witnessWrong} not confirmed by ajv) |
| no witness, why (first breaking finding's note) | ${topKinds(fa.noWitness).replaceAll('`', '')} |
| counter-example from the normal sampler | ${fa.sampler} |
| none from the sampler; hard-searched | ${fa.missed}; ${fa.searched} |
| found by the hard search: streams / engine witness only | ${fa.foundByStreams} / ${fa.foundByWitness} |
| no counter-example at all, of those searched | ${pct(fa.falseAlarmRate)} (${fa.falseAlarms}) |
| false alarms: the same as a share of all judged incompatible verdicts (target < 5%) | **${pct(fa.falseAlarmShare)}** |
| change kinds of the false alarms (most frequent) | ${topKinds(fa.kinds)} |

### \`diff\` on published schemas

Consecutive versions of two npm packages' draft-07 configuration schemas, vendored under
bench/published-schemas/ (sources and licences in its README): \`cxone-contract diff OLD NEW
--policy backward --format json\`, whole process (Node start-up included), median of ${runs} runs
per pair; "engine alone" is compareSchemas on the parsed documents in one process (no witnesses,
no start-up). Slowest pair: **${slowest.toFixed(0)} ms** (target < 2,000 ms each); ${witnessed} of ${breaking} breaking changes carry a witness.

| package | versions | \`diff\` process | engine alone | verdict | changes | breaking | witnesses |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const r = await benchSemantics({ runs });
  console.error(describeFalseAlarms(r.fa));
  for (const p of r.pairs)
    console.error(
      `${relative(root, p.old)} -> ${p.to}: ${p.ms.toFixed(0)} ms (engine ${p.engineMs.toFixed(0)} ms) ${p.error ?? `${p.compatible ? 'compatible' : 'incompatible'}, ${p.changes} changes, ${p.breaking} breaking, ${p.witnesses} witnesses`}`,
    );
  console.log(semanticsSection(r));
}
