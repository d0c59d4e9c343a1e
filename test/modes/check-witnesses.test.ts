// The check attaches example events (witnesses) to breaking changes, for a bounded number of
// contracts per run, in file order; the rest say how to get one.

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/modes/check.js';
import { WITNESS_CONTRACTS_PER_RUN } from '../../src/modes/check.js';
import { buildSettings } from '../../src/settings/index.js';

const schema = (k: number, type: string, version: string) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  title: `Event${String(k).padStart(2, '0')}`,
  description: 'test',
  cxoneVersion: version,
  additionalProperties: false,
  properties: { id: { type: 'string' }, count: { type } },
  required: ['id'],
});

describe('witnesses in a check', () => {
  it(`attaches them for the first ${WITNESS_CONTRACTS_PER_RUN} broken contracts and points the rest to diff`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'cxc-witness-'));
    await mkdir(join(root, 'cxone/schemas'), { recursive: true });
    const n = WITNESS_CONTRACTS_PER_RUN + 2;
    const live = [];
    for (let k = 0; k < n; k++) {
      live.push({ id: `sch-${k}`, ...schema(k, 'integer', '1.0.0') });
      await writeFile(
        join(root, `cxone/schemas/e${String(k).padStart(2, '0')}.json`),
        JSON.stringify(schema(k, 'string', '2.0.0')),
      );
    }
    await writeFile(join(root, 'export.json'), JSON.stringify({ entities: live }));
    const report = await runCheck(await buildSettings({ root, 'registry-export': 'export.json' }, { cwd: root }));
    const breaking = report.findings.filter((f) => f.breaking);
    expect(breaking).toHaveLength(n);
    const withWitness = breaking.filter((f) => f.witness !== undefined);
    expect(withWitness.map((f) => f.contract)).toEqual(
      breaking.slice(0, WITNESS_CONTRACTS_PER_RUN).map((f) => f.contract),
    );
    for (const f of breaking.slice(WITNESS_CONTRACTS_PER_RUN)) expect(f.help).toContain('cxone-contract diff');
    // each witness really is accepted by the live schema and rejected by the new one
    const ajv = new Ajv({ strict: false });
    const k = 3;
    const f = withWitness[k]!;
    expect(ajv.validate(schema(k, 'integer', '1.0.0'), f.witness)).toBe(true);
    expect(ajv.validate(schema(k, 'string', '2.0.0'), f.witness)).toBe(false);
  });
});
