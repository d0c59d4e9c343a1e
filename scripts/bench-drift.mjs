// Benchmark of the nightly drift run on the reference corpus: `cxone-contract drift` (the bundled
// CLI, whole process) against the emulator in its own process, seeded with the corpus's live
// registry export plus the corpus's 1,000 filters as live filters (a few changed out of band,
// a few FAILED), so every step runs at scale: the export (all pages), the filter list, one
// filter-metrics call per live filter, status calls, and the audit log for the drifted items.
// Also times `cxone-contract export` of that tenant, and checks that a drift run on the export
// reports nothing.
//
//   npm run bundle && node scripts/bench-drift.mjs [CORPUS]      (prints the markdown section)
//   import { benchDrift, driftSection } from './bench-drift.mjs'  (scripts/bench.mjs)
// env BENCH_RUNS (default 5).

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist/cli/index.js');
const RSS = join(root, 'scripts/bench-rss.mjs');

/** Filters changed out of band, and FAILED, in the seeded tenant (every 100th, offset). */
const CHANGED_EVERY = 100;
const FAILED_EVERY = 100;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ensureCorpus(corpus) {
  if (existsSync(join(corpus, 'registry-export.json'))) return;
  const gen = join(root, '../shared/bench/gen-corpus.mjs');
  if (!existsSync(gen)) throw new Error(`corpus ${corpus} missing and ${gen} not found`);
  const r = spawnSync(process.execPath, [gen, corpus, '1000', '60', '1000'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gen-corpus failed: ${r.stderr}`);
}

/** The emulator seed: the corpus's live schemas, and its filters as live ones, a few drifted. */
function writeSeed(corpus, file) {
  const { entities } = JSON.parse(readFileSync(join(corpus, 'registry-export.json'), 'utf8'));
  const dir = join(corpus, 'cxone/filters');
  const filters = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f, i) => {
      const doc = load(readFileSync(join(dir, f), 'utf8'), { schema: CORE_SCHEMA });
      if (i % CHANGED_EVERY === 0) doc.description = `${doc.description} (edited in the console)`;
      if (i % FAILED_EVERY === 50) return { ...doc, status: 'FAILED', message: 'target group does not exist' };
      return doc;
    });
  writeFileSync(file, JSON.stringify({ entities, filters }));
  return { schemas: entities.length, filters: filters.length };
}

function startEmulator(cli, seed) {
  const child = spawn(process.execPath, [cli, 'emulator', '--port', '0', '--seed', seed], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const env = new Promise((resolveEnv, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const vars = Object.fromEntries([...out.matchAll(/^\s*(CXONE_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
      if (vars.CXONE_API_BASE_URL && vars.CXONE_CLIENT_SECRET) resolveEnv(vars);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  return { child, env };
}

/** One whole process: wall time, peak RSS, stdout. Exit 0 or 1 (drift found) is a result, not a failure. */
function measure(cli, args, env, rssFile) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`cxone-contract ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rss, stdout: r.stdout, status: r.status };
}

/** Run the benchmark; returns the figures (times in ms, RSS in bytes). */
export async function benchDrift({
  corpus = join(root, 'bench-out/corpus-1000-60-1000'),
  runs = Number(process.env.BENCH_RUNS ?? 5),
} = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: run \`npm run bundle\` first`);
  ensureCorpus(corpus);
  const work = mkdtempSync(join(tmpdir(), 'cxc-bench-drift-'));
  const seed = join(work, 'tenant.json');
  const tenant = writeSeed(corpus, seed);
  const rssFile = join(work, 'rss');
  // A private copy of the bundle: a rebuild of dist/ during the run cannot pull it away.
  cpSync(dirname(CLI), join(work, 'cli'), { recursive: true });
  const cli = join(work, 'cli/index.js');
  const { child, env } = startEmulator(cli, seed);
  try {
    const apiEnv = await env;
    const driftRuns = [];
    for (let i = 0; i < runs; i++)
      driftRuns.push(measure(cli, ['drift', '--root', corpus, '--format', 'json'], apiEnv, rssFile));
    const report = JSON.parse(driftRuns.at(-1).stdout);
    // The client paces itself at the platform's typical 100 requests/s; unpaced shows the tool's own cost.
    const unpaced = [];
    for (let i = 0; i < runs; i++)
      unpaced.push(
        measure(cli, ['drift', '--root', corpus, '--format', 'json', '--requests-per-second', '0'], apiEnv, rssFile),
      );

    const exportRuns = [];
    let exported;
    for (let i = 0; i < runs; i++) {
      exported = join(work, `export-${i}`);
      mkdirSync(exported);
      exportRuns.push(measure(cli, ['export', '--out', exported], apiEnv, rssFile));
    }
    const after = JSON.parse(measure(cli, ['drift', '--root', exported, '--format', 'json'], apiEnv, rssFile).stdout);
    return {
      runs,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
      tenant,
      repo: { schemas: report.counts.repoSchemas, filters: report.counts.repoFilters },
      drift: {
        ms: median(driftRuns.map((r) => r.ms)),
        rss: Math.max(...driftRuns.map((r) => r.rss)),
        exit: driftRuns.at(-1).status,
        counts: report.counts,
      },
      unpaced: {
        ms: median(unpaced.map((r) => r.ms)),
        rss: Math.max(...unpaced.map((r) => r.rss)),
        same: unpaced.at(-1).stdout === driftRuns.at(-1).stdout,
      },
      export: { ms: median(exportRuns.map((r) => r.ms)), rss: Math.max(...exportRuns.map((r) => r.rss)) },
      afterExport: {
        drifted: after.counts.drifted,
        findings: after.findings.length,
        notActive: after.counts.notActive,
      },
    };
  } finally {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

/** The docs/benchmarks.md section for the figures. */
export function driftSection(f) {
  const c = f.drift.counts;
  const row = (k, v) => `| ${k} | ${v} |`;
  return `## drift against the live tenant over HTTP

Generated by \`node scripts/bench-drift.mjs\` (also run by \`npm run bench\`): whole processes of the
bundled CLI, median of ${f.runs} runs, against \`cxone-contract emulator\` in its own process on
loopback. Machine: ${f.machine}.

Tenant: the corpus's live registry export (${f.tenant.schemas} schemas) plus its ${f.tenant.filters} filters as live
filters, every ${CHANGED_EVERY}th changed out of band and every ${FAILED_EVERY}th (offset 50) FAILED. Repo: the corpus
(${f.repo.schemas} schemas, ${f.repo.filters} filters). One drift run reads the export (1 page of 1,000), the filter list
(pages of 100), one filter-metrics series per ACTIVE filter (7 days, hourly), the status of each
non-ACTIVE filter, and the audit log of the drifted items. About ${f.tenant.filters + 15} requests: at the client's
default pace of 100 requests/s (the platform's typical tenant limit) the run takes at least
${((f.tenant.filters + 15) / 100).toFixed(0)} s whatever the tool does, so it is also measured with pacing off.

| measure | value |
|---|---|
${row('`cxone-contract drift` (compare + attribution + filter health + JSON report)', `**${f.drift.ms.toFixed(0)} ms**`)}
${row('drift peak RSS', `${(f.drift.rss / 1e6).toFixed(0)} MB`)}
${row("the same with `--requests-per-second 0` (client pacing off: the tool's own cost)", `${f.unpaced.ms.toFixed(0)} ms, peak RSS ${(f.unpaced.rss / 1e6).toFixed(0)} MB, same report: ${f.unpaced.same ? 'yes' : '**no**'}`)}
${row('drifted: modified / version mismatch / live only / repo only', `${c.drifted}: ${c.modified} / ${c.versionMismatch} / ${c.liveOnly} / ${c.repoOnly}`)}
${row('filter health: dead / not active', `${c.deadFilters} / ${c.notActive}`)}
${row('exit code', String(f.drift.exit))}
${row('`cxone-contract export` of the tenant (' + (f.tenant.schemas + f.tenant.filters) + ' files)', `${f.export.ms.toFixed(0)} ms, peak RSS ${(f.export.rss / 1e6).toFixed(0)} MB`)}
${row('drift on the exported repo right after: drifted / findings', `${f.afterExport.drifted} / ${f.afterExport.findings} (the ${f.afterExport.notActive} FAILED filters stay reported: health, not drift)`)}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchDrift(process.argv[2] ? { corpus: resolve(process.argv[2]) } : {});
  console.error(JSON.stringify(figures, null, 2));
  process.stdout.write(driftSection(figures));
}
