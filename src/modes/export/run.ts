// `cxone-contract export --out DIR`: write the live tenant as a contract repo, one YAML file per
// schema and filter at the default glob locations (cxone/schemas/, cxone/filters/). It never
// overwrites a contract repo that is already there unless asked to (--force): the files in it may
// hold work that is not live yet.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { CxoneClient } from '../../cxone/index.js';
import { readLiveTenant } from '../../baseline/index.js';
import { assignPaths, FILTER_DIR, SCHEMA_DIR } from '../../core/contract-paths.js';
import type { ExportResult } from '../../core/export-result.js';
import { orderFilterDoc, orderSchemaDoc } from './order.js';
import { contractYaml } from './write.js';

export async function exportTenant(
  client: CxoneClient,
  outDir: string,
  options: { force?: boolean } = {},
): Promise<ExportResult> {
  if (!options.force) await mustBeFresh(outDir);
  const live = await readLiveTenant(client);
  const files = new Map<string, string>();
  const schemaPaths = assignPaths(live.schemas.keys(), SCHEMA_DIR, 'schema');
  for (const [title, s] of live.schemas)
    files.set(schemaPaths.get(title)!, contractYaml('schema', orderSchemaDoc(s.doc)));
  const filterPaths = assignPaths(live.filters.keys(), FILTER_DIR, 'filter');
  for (const [name, f] of live.filters)
    files.set(filterPaths.get(name)!, contractYaml('filter', orderFilterDoc(f.doc)));
  for (const [path, text] of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  return { outDir, schemas: [...schemaPaths.values()].sort(), filters: [...filterPaths.values()].sort() };
}

async function mustBeFresh(outDir: string): Promise<void> {
  for (const dir of [SCHEMA_DIR, FILTER_DIR]) {
    const entries = await readdir(join(outDir, dir)).catch(() => [] as string[]);
    if (entries.some((e) => /\.(ya?ml|json)$/i.test(e))) {
      throw new UsageError(
        `export: ${join(outDir, dir)} already holds contract files; export into an empty directory, or pass --force to overwrite files of the same name`,
      );
    }
  }
}
