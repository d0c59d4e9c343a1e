// The platform's rule is part of the check's verdict (issue 13): an update the platform refuses
// (not additive, or no higher cxoneVersion) is `blocked` in the plan and fails the check whatever
// the policy, ignore or approval label; an approval still marks the break itself as intended.

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepo } from '../../src/modes/check.js';
import { buildSettings, type RawInputs } from '../../src/settings/index.js';

const LIVE = {
  id: 'sch-1',
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  title: 'Counted',
  description: 'd',
  cxoneVersion: '1.0.0',
  additionalProperties: false,
  properties: { id: { type: 'string' }, count: { type: 'integer' } },
};

const schema = (version: string, countType: string, extra = '') =>
  `$schema: http://json-schema.org/draft-07/schema#\ntype: object\ntitle: Counted\ndescription: d\ncxoneVersion: ${version}\nadditionalProperties: false\nproperties:\n  id: { type: string }\n  count: { type: ${countType} }\n${extra}`;

async function check(file: string, inputs: RawInputs = {}, config?: string, prLabels?: string[]) {
  const root = await mkdtemp(join(tmpdir(), 'cxc-platform-'));
  await mkdir(join(root, 'cxone/schemas'), { recursive: true });
  await writeFile(join(root, 'cxone/schemas/counted.yaml'), file);
  await writeFile(join(root, 'export.json'), JSON.stringify({ entities: [LIVE] }));
  if (config !== undefined) await writeFile(join(root, '.cxone-contract.yml'), config);
  const settings = await buildSettings({ root, 'registry-export': 'export.json', ...inputs }, { cwd: root });
  return (await checkRepo(settings, prLabels ? { prLabels } : {})).report;
}

const APPROVED = ['cxone-breaking-change-approved'];
const refusal = (r: Awaited<ReturnType<typeof check>>) => r.findings.find((f) => f.rule === 'platform-refuses-update');

describe('the platform rule in the check', () => {
  it('a breaking change approved by label, with its major bump: the break is approved, the update is blocked and the check fails', async () => {
    const r = await check(schema('2.0.0', 'string'), {}, undefined, APPROVED);
    const typeChanged = r.findings.find((f) => f.rule === 'type-changed')!;
    expect(typeChanged.suppressed).toMatchObject({ by: 'label' });
    expect(r.failed).toBe(true);
    expect(r.plan).toMatchObject([{ name: 'Counted', action: 'blocked' }]);
    expect(r.plan[0]!.reasons).toEqual([
      expect.stringMatching(
        /^platform-refuses-update: the platform will refuse this update of the live version 1\.0\.0 \(it answers 400\)/,
      ),
    ]);
    const f = refusal(r)!;
    expect(f).toMatchObject({ severity: 'error', file: 'cxone/schemas/counted.yaml', pointer: '/title', line: 3 });
    expect(f.suppressed).toBeUndefined();
    expect(f.message).toContain('type-changed at /properties/count/type');
    expect(f.message).toContain('publish it under a new title (e.g. "CountedV2")');
  });

  it('a looser policy does not change what the platform takes', async () => {
    for (const policy of ['backward', 'none'] as const) {
      const r = await check(schema('2.0.0', 'number'), { policy });
      expect(r.plan[0]).toMatchObject({ action: 'blocked' });
      // integer -> number is backward compatible, not additive by the platform's rule
      expect(refusal(r)?.message).toMatch(/type-(changed|extended) at \/properties\/count\/type/);
      expect(r.failed).toBe(true);
    }
  });

  it('an additive change with a higher version is an update; the same change without a bump is refused', async () => {
    const ok = await check(schema('1.1.0', 'integer', '  note: { type: string }\n'));
    expect(ok.plan).toMatchObject([{ action: 'update' }]);
    expect(refusal(ok)).toBeUndefined();
    const noBump = await check(schema('1.0.0', 'integer', '  note: { type: string }\n'), { policy: 'none' });
    expect(noBump.plan).toMatchObject([{ action: 'blocked' }]);
    expect(refusal(noBump)?.message).toMatch(/version/);
  });

  it('an unchanged schema is never refused', async () => {
    const r = await check(schema('1.0.0', 'integer'), { policy: 'none' });
    expect(r.plan).toMatchObject([{ action: 'unchanged' }]);
    expect(refusal(r)).toBeUndefined();
  });

  it('the rule cannot be turned off or ignored in the config', async () => {
    await expect(check(schema('2.0.0', 'string'), {}, 'rules:\n  platform-refuses-update: off\n')).rejects.toThrow(
      /platform-refuses-update cannot be turned off or ignored/,
    );
    const ignore = 'ignores:\n  - rule: platform-refuses-update\n    contract: Counted\n    reason: we want it\n';
    await expect(check(schema('2.0.0', 'string'), {}, ignore)).rejects.toThrow(/cannot be turned off or ignored/);
  });
});
