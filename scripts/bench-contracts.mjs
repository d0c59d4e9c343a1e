// Times loadContracts (glob + bounded read + parse + hazard checks) against a bare
// readFile + js-yaml loop over the same files. Needs the compiled stage (npm run build).
// usage: node scripts/bench-contracts.mjs CORPUS_DIR [rounds=5]
// corpus: node ../shared/bench/gen-corpus.mjs /tmp/corpus 1000 60 1000
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';
import { CORE_SCHEMA, load } from 'js-yaml';
import { loadContracts } from '../lib/contracts/index.js';
import { loadReferenceLocator } from '../lib/contracts/locate.js';

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
// locate() is synchronous: the reference locator (for pointers the index cannot place) is loaded ahead.
await loadReferenceLocator();
// First locate() on a contract builds its position index; later ones reuse it. Each timing
// below uses freshly loaded contracts, so every call is a first call.
const fresh = async () => (await loadContracts({ root, schemaGlobs, filterGlobs })).contracts;
const timeLocate = (contracts, pointer) => {
  const t = performance.now();
  for (const c of contracts) c.locate(pointer);
  return performance.now() - t;
};
await fresh().then((cs) => timeLocate(cs, '/properties/meta/properties/source/type')); // warm the JIT
const contracts = await fresh();
const locateMs = timeLocate(contracts, '/properties/meta/properties/source/type');
const again = fresh();
const filters = (await again).filter((c) => c.kind === 'filter');
const schemas = (await again).filter((c) => c.kind === 'schema');
const filterMs = timeLocate(filters, '/matchers/0/value');
const schemaMs = timeLocate(schemas, '/properties/field_0/type');
const cachedMs = timeLocate([...filters, ...schemas], '/properties/meta/properties/source/type');
console.log(`files: ${contracts.length}`);
console.log(`readFile + js-yaml load : median ${median(a).toFixed(0)} ms  (${a.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`loadContracts           : median ${median(b).toFixed(0)} ms  (${b.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`ratio                   : ${(median(b) / median(a)).toFixed(2)}x`);
console.log(`first locate() on every contract (worst case, each file has a finding): ${locateMs.toFixed(0)} ms`);
console.log(`first locate('/matchers/0/value') on ${filters.length} filters        : ${filterMs.toFixed(0)} ms`);
console.log(`first locate('/properties/field_0/type') on ${schemas.length} schemas : ${schemaMs.toFixed(0)} ms`);
console.log(
  `second locate() on all ${filters.length + schemas.length} (index cached)              : ${cachedMs.toFixed(0)} ms`,
);
console.log(`rss: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
