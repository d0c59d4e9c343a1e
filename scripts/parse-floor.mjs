// The parse floor: merely read and parse every YAML file of a corpus with js-yaml (the fastest
// YAML parser for Node we measured), with the same read concurrency as the check. No checks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { load, CORE_SCHEMA } from 'js-yaml';

const root = process.argv[2];
const files = await fg(['cxone/schemas/**/*.{yaml,yml,json}', 'cxone/filters/**/*.{yaml,yml,json}'], { cwd: root });
let next = 0;
let nodes = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const doc = load(await readFile(join(root, file), 'utf8'), { schema: CORE_SCHEMA });
    nodes += Object.keys(doc).length;
  }
}
await Promise.all(Array.from({ length: 32 }, worker));
console.log(`${files.length} files parsed (${nodes} top-level keys)`);
