// The deploy benchmark (issue 5): 500 changed schemas deployed to an emulator limited to 100
// requests per second. The rate-limit floor is the requests the deploy needs ÷ 100 per second; the
// target is ≤ 1.15× that floor with no item failed by a 429. The emulator runs in this process
// (from lib/, so `npm run build` first) and the deploy is the bundled CLI in its own process.
//
// Standalone: node scripts/bench-deploy.mjs [schemas] [runs]  (prints the markdown section)

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RATE = 100;

function schemaDoc(i, version, extra = {}) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `BenchEvent${String(i).padStart(4, '0')}`,
    description: `Benchmark event ${i}.`,
    cxoneVersion: version,
    type: 'object',
    additionalProperties: false,
    required: ['event_id', 'occurred_at'],
    properties: {
      event_id: { type: 'string', description: 'Unique id of the event.' },
      occurred_at: { type: 'string', format: 'date-time', description: 'When it happened.' },
      queue: { type: 'string', description: 'The queue.' },
      ...extra,
    },
  };
}

export async function benchDeploy({ schemas = 500, runs = 3, extraArgs = [] } = {}) {
  const { startEmulator, DEFAULT_CLIENT } = await import(pathToFileURL(resolve('lib/emulator/index.js')).href);
  const dir = resolve('bench-out', `deploy-${schemas}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'cxone/schemas'), { recursive: true });
  for (let i = 0; i < schemas; i++) {
    // every schema changed compatibly: a new optional property and a minor bump
    const doc = schemaDoc(i, '1.1.0', { note: { type: 'string', description: 'Added in 1.1.0.' } });
    writeFileSync(join(dir, 'cxone/schemas', `bench-event-${i}.json`), JSON.stringify(doc, null, 2));
  }
  const results = [];
  for (let r = 0; r < runs; r++) {
    const seed = { schemas: Array.from({ length: schemas }, (_, i) => ({ id: `sch-${i}`, ...schemaDoc(i, '1.0.0') })) };
    const em = await startEmulator({ seed, rateLimitPerSecond: RATE });
    try {
      const audit = join(dir, `audit-${r}.jsonl`);
      const t0 = performance.now();
      // async spawn: the emulator answers from this process's event loop meanwhile
      const p = await new Promise((resolveRun) => {
        const child = spawn(
          process.execPath,
          ['dist/cli/index.js', 'deploy', '--root', dir, '--audit-file', audit, '--format', 'json', ...extraArgs],
          {
            env: {
              ...process.env,
              CXONE_API_BASE_URL: em.url,
              CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
              CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolveRun({ code, out }));
      });
      const ms = performance.now() - t0;
      if (p.code !== 0) throw new Error(`deploy exited ${p.code}: ${p.out.slice(0, 2000)}`);
      const api = em.requests.filter((q) => q.path !== '/oauth/token');
      const throttled = api.filter((q) => q.status === 429).length;
      const needed = api.length - throttled;
      const ops = readFileSync(audit, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((o) => o.record === 'operation');
      results.push({
        ms,
        needed,
        throttled,
        floorMs: (needed / RATE) * 1000,
        updated: ops.filter((o) => o.operation === 'update' && o.outcome === 'applied').length,
        failed: ops.filter((o) => o.outcome === 'failed' || o.outcome === 'conflict').length,
        failedBy429: ops.filter((o) => o.status === 429).length,
        live: [...em.state.schemas.values()].filter((s) => s.doc.cxoneVersion === '1.1.0').length,
      });
    } finally {
      await em.close();
    }
  }
  const sorted = [...results].sort((a, b) => a.ms / a.floorMs - b.ms / b.floorMs);
  return { schemas, runs, rate: RATE, median: sorted[Math.floor(sorted.length / 2)], all: results };
}

export function deploySection(b, unpaced) {
  const m = b.median;
  const u = unpaced?.median;
  const row = (k, v) => `| ${k} | ${v} |`;
  return `## deploy under the platform's rate limit

${b.schemas} schemas, each changed compatibly (a new optional property, cxoneVersion 1.0.0 → 1.1.0),
deployed by \`cxone-contract deploy\` (the bundled CLI, its own process) to the emulator limited to
${b.rate} requests per second (a token bucket: 429 with Retry-After beyond it). The floor is the
requests the deploy needs ÷ ${b.rate} per second; the emulator's bucket starts full, so the first
${b.rate} requests pass at once and a run can beat that floor by up to a second — the strict minimum
is given too. The time includes the process start, the repo check and the live reads. Median of
${b.runs} runs, by the ratio.

| measure | value |
|---|---|
${row('requests needed (token excluded: export, filters, then GET + PUT per schema)', String(m.needed))}
${row('rate-limit floor', `${(m.floorMs / 1000).toFixed(2)} s`)}
${row('deploy, whole process', `${(m.ms / 1000).toFixed(2)} s`)}
${row('deploy ÷ floor (target ≤ 1.15)', `**${(m.ms / m.floorMs).toFixed(3)}×**`)}
${row(`deploy ÷ strict minimum (the first ${b.rate} requests pass as a burst: (needed − ${b.rate}) ÷ ${b.rate}/s)`, `${(m.ms / (((m.needed - b.rate) / b.rate) * 1000)).toFixed(3)}×`)}
${row('429 answers received', String(m.throttled))}
${row('items failed (by a 429)', `${m.failed} (${m.failedBy429})`)}
${row('schemas updated / live at 1.1.0 afterwards', `${m.updated} / ${m.live}`)}
${row('all runs (deploy ÷ floor)', b.all.map((r) => `${(r.ms / r.floorMs).toFixed(3)}×`).join(', '))}
${u ? row('for comparison, without client-side pacing (`--requests-per-second 0`): deploy ÷ floor, 429s', `${(u.ms / u.floorMs).toFixed(3)}×, ${u.throttled} 429s, ${u.failed} failed`) : ''}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = { schemas: Number(process.argv[2] ?? 500), runs: Number(process.argv[3] ?? 3) };
  const b = await benchDeploy(opts);
  const unpaced = await benchDeploy({ ...opts, runs: 1, extraArgs: ['--requests-per-second', '0'] });
  console.log(deploySection(b, unpaced));
}
