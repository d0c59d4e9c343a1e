// Times loadContracts (glob + bounded read + parse + hazard checks) against a bare
// readFile + js-yaml loop over the same files. Needs the compiled stage (npm run build).
// usage: node scripts/bench-contracts.mjs CORPUS_DIR [rounds=5]
// corpus: node ../shared/bench/gen-corpus.mjs /tmp/corpus 1000 60 1000
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';
import { CORE_SCHEMA, load } from 'js-yaml';
import { loadContracts } from '../lib/contracts/index.js';

const [root, roundsArg = '5'] = process.argv.slice(2);
if (!root) {
  console.error('usage: bench-contracts.mjs CORPUS_DIR [rounds]');
  process.exit(2);
}
const schemaGlobs = ['cxone/schemas/**/*.yaml'];
const filterGlobs = ['cxone/filters/**/*.yaml'];

async function bare() {
  const files = (await fg([...schemaGlobs, ...filterGlobs], { cwd: root })).sort();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++];
      load(await readFile(`${root}/${f}`, 'utf8'), { schema: CORE_SCHEMA });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return files.length;
}

async function stage() {
  const r = await loadContracts({ root, schemaGlobs, filterGlobs });
  if (r.findings.length) throw new Error(`unexpected findings: ${r.findings[0].message}`);
  return r.contracts.length;
}

async function time(fn) {
  const t = performance.now();
  const n = await fn();
  return { ms: performance.now() - t, n };
}

const rounds = Number(roundsArg);
await time(bare); // warm the page cache and the JIT
await time(stage);
const a = [];
const b = [];
for (let i = 0; i < rounds; i++) {
  a.push((await time(bare)).ms);
  b.push((await time(stage)).ms);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const { contracts } = await loadContracts({ root, schemaGlobs, filterGlobs });
const t = performance.now();
for (const c of contracts) c.locate('/properties/meta/properties/source/type');
const locateMs = performance.now() - t;
console.log(`files: ${contracts.length}`);
console.log(`readFile + js-yaml load : median ${median(a).toFixed(0)} ms  (${a.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`loadContracts           : median ${median(b).toFixed(0)} ms  (${b.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`ratio                   : ${(median(b) / median(a)).toFixed(2)}x`);
console.log(`first locate() on every contract (worst case, each file has a finding): ${locateMs.toFixed(0)} ms`);
