// Benchmark of the schema-evolution engine alone (no process start-up, no YAML in the timing):
// compareSchemas per (live, repo) pair of the reference corpus, against the npm package
// json-schema-diff on a sample, and the growth from 60 to 120 properties per schema.
// Prints a markdown section to stdout (scripts/bench.mjs includes it in docs/benchmarks.md);
// progress goes to stderr.
//
//   npm run build && node scripts/bench-diff.mjs [CORPUS] [CORPUS_120]
//   defaults: bench-out/corpus-1000-60-1000 and bench-out/corpus-200-120-0, generated with
//   ../shared/bench/gen-corpus.mjs when missing. env BENCH_DIFF_ROUNDS (default 7),
//   BENCH_DIFF_SAMPLE (json-schema-diff pairs, default 20).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import jsonSchemaDiff from 'json-schema-diff';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_DIFF_ROUNDS ?? 7);
const SAMPLE = Number(process.env.BENCH_DIFF_SAMPLE ?? 20);
const corpus60 = resolve(process.argv[2] ?? join(root, 'bench-out/corpus-1000-60-1000'));
const corpus120 = resolve(process.argv[3] ?? join(root, 'bench-out/corpus-200-120-0'));

for (const f of ['lib/evolution/engine.js', 'lib/evolution/policy.js', 'lib/baseline/export-file.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} not found: run \`npm run build\` first`);
    process.exit(2);
  }
}
const { compareSchemas } = await import(join(root, 'lib/evolution/engine.js'));
const { breaksBackward } = await import(join(root, 'lib/evolution/policy.js'));
const { toLiveSchema } = await import(join(root, 'lib/baseline/export-file.js'));

const gen = [join(root, '../shared/bench/gen-corpus.mjs')].find(existsSync);
function ensureCorpus(dir, args) {
  if (existsSync(join(dir, 'registry-export.json'))) return;
  if (!gen) throw new Error(`corpus ${dir} missing and gen-corpus.mjs not found`);
  console.error(`generating ${dir} (${args.join(' ')})`);
  const r = spawnSync(process.execPath, [gen, dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gen-corpus failed: ${r.stderr}`);
}

/** Live export entities paired with the repo schema of the same title. */
function loadPairs(dir) {
  const live = new Map();
  for (const entity of JSON.parse(readFileSync(join(dir, 'registry-export.json'), 'utf8')).entities) {
    const l = toLiveSchema(entity);
    if (l) live.set(l.title, l.doc);
  }
  const pairs = [];
  const schemasDir = join(dir, 'cxone/schemas');
  let repoCount = 0;
  for (const file of readdirSync(schemasDir).sort()) {
    if (!/\.(ya?ml|json)$/.test(file)) continue;
    repoCount++;
    const doc = load(readFileSync(join(schemasDir, file), 'utf8'), { schema: CORE_SCHEMA });
    const old = live.get(doc?.title);
    if (old) pairs.push({ title: doc.title, old, new: doc });
  }
  return { pairs, repoCount, liveCount: live.size };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** compareSchemas on every pair, `rounds` times after one warm-up round: per-pair times (ms). */
function timeEngine(pairs, rounds) {
  for (const p of pairs) compareSchemas(p.old, p.new); // warm-up (JIT)
  const perPair = [];
  const roundTotals = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of pairs) {
      const t = performance.now();
      sink += compareSchemas(p.old, p.new).length;
      perPair.push(performance.now() - t);
    }
    roundTotals.push(performance.now() - t0);
  }
  return { perPair, roundTotals, sink };
}

const fmt = (ms) =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;

ensureCorpus(corpus60, ['1000', '60', '1000']);
ensureCorpus(corpus120, ['200', '120', '0']);

console.error(`loading ${corpus60}`);
const c60 = loadPairs(corpus60);
console.error(`loading ${corpus120}`);
const c120 = loadPairs(corpus120);

console.error(`compareSchemas: ${c60.pairs.length} pairs × ${ROUNDS} rounds`);
const e60 = timeEngine(c60.pairs, ROUNDS);
console.error(`compareSchemas (120 properties): ${c120.pairs.length} pairs × ${ROUNDS} rounds`);
const e120 = timeEngine(c120.pairs, ROUNDS);

// Our verdicts on every pair.
const verdicts = new Map(c60.pairs.map((p) => [p, compareSchemas(p.old, p.new)]));
const breakingPairs = [...verdicts.values()].filter((cs) => cs.some(breaksBackward)).length;
const changedPairs = [...verdicts.values()].filter((cs) => cs.length > 0).length;

// json-schema-diff on a sample: every k-th pair, so changed and unchanged pairs both appear.
const step = Math.max(1, Math.floor(c60.pairs.length / SAMPLE));
const sample = c60.pairs.filter((_, i) => i % step === 0).slice(0, SAMPLE);
console.error(`json-schema-diff: ${sample.length} pairs`);
await jsonSchemaDiff.diffSchemas({ sourceSchema: sample[0].old, destinationSchema: sample[0].new }); // warm-up
const jsd = [];
const ours = [];
const changedInSample = [];
let agree = 0;
const disagreements = [];
for (const p of sample) {
  const t = performance.now();
  const result = await jsonSchemaDiff.diffSchemas({ sourceSchema: p.old, destinationSchema: p.new });
  jsd.push(performance.now() - t);
  // Ours on the same pair, best of the rounds above is not tracked per pair: time it again.
  const samples = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t1 = performance.now();
    compareSchemas(p.old, p.new);
    samples.push(performance.now() - t1);
  }
  ours.push(median(samples));
  changedInSample.push(verdicts.get(p).length > 0);
  const theirsBreaking = result.removalsFound;
  const oursBreaking = verdicts.get(p).some(breaksBackward);
  if (theirsBreaking === oursBreaking) agree++;
  else
    disagreements.push(
      `${p.title}: ours ${oursBreaking ? 'breaking' : 'compatible'}, json-schema-diff ${theirsBreaking ? 'breaking' : 'compatible'}`,
    );
}

const m60 = median(e60.perPair);
// Unchanged pairs may take a shortcut in either tool: the ratio on changed pairs alone too.
const pick = (xs, changed) => xs.filter((_, i) => changedInSample[i] === changed);
const nChanged = changedInSample.filter(Boolean).length;
const ratioChanged = nChanged > 0 ? median(pick(jsd, true)) / median(pick(ours, true)) : NaN;
const m120 = median(e120.perPair);
const ratioSpeed = median(jsd) / median(ours);
const growth = m120 / m60;
const growthMean = mean(e120.perPair) / mean(e60.perPair);
const ok = (cond) => (cond ? 'met' : '**not met**');

const md = `## Schema comparison engine (compareSchemas)

Generated by \`node scripts/bench-diff.mjs\` after \`npm run build\`: the engine alone, in one
process (no start-up, YAML parsing outside the timing), timed per pair with \`performance.now()\`
over ${ROUNDS} rounds after a warm-up round. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.

Corpus: \`gen-corpus.mjs OUT 1000 60 1000\` — each live export entity paired with the repo schema of
the same title: ${c60.pairs.length} pairs of ${c60.repoCount} repo schemas (${changedPairs} with changes, ${breakingPairs} breaking
backward). Second corpus for growth: \`gen-corpus.mjs OUT 200 120 0\` — ${c120.pairs.length} pairs of 120-property schemas.

| measure | value |
|---|---|
| compareSchemas per pair, 60 properties: median / mean / p95 | ${fmt(m60)} / ${fmt(mean(e60.perPair))} / ${fmt(quantile(e60.perPair, 0.95))} |
| compareSchemas, all ${c60.pairs.length} pairs (median round) | ${fmt(median(e60.roundTotals))} |
| compareSchemas per pair, 120 properties: median / mean | ${fmt(m120)} / ${fmt(mean(e120.perPair))} |
| growth 60 → 120 properties, per pair (median; mean) (target ≤ 2.2×) | **${growth.toFixed(2)}×** (${growthMean.toFixed(2)}×) — ${ok(growth <= 2.2)} |
| json-schema-diff 1.0.0 per pair, ${sample.length}-pair sample: median / mean | ${fmt(median(jsd))} / ${fmt(mean(jsd))} |
| compareSchemas on the same sample: median | ${fmt(median(ours))} |
| speed ratio json-schema-diff ÷ compareSchemas (medians on the sample) (target ≥ 200×) | **${Math.round(ratioSpeed)}×** — ${ok(ratioSpeed >= 200)} |
| the same ratio on the ${nChanged} changed pairs of the sample only: json-schema-diff / compareSchemas medians | ${nChanged > 0 ? `${fmt(median(pick(jsd, true)))} / ${fmt(median(pick(ours, true)))} = **${Math.round(ratioChanged)}×**` : 'n/a'} |
| verdict agreement with json-schema-diff (breaking backward vs removals found) | ${agree} / ${sample.length} |

json-schema-diff is a cross-check only, never the verdict: it ignores \`enum\`, \`const\`, \`pattern\`,
\`multipleOf\` and tuple \`items\`.${disagreements.length ? ` Disagreements: ${disagreements.join('; ')}.` : ''}
`;
console.log(md);
