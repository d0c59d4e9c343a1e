// Export against the emulator: the live tenant written as a contract repo that the check passes,
// with the editor schema line, a stable key order, safe file names, and no overwrite by accident.

import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../../src/core/version.js';
import type { Emulator } from '../../../src/emulator/index.js';
import { runCheck } from '../../../src/modes/index.js';
import { assignPaths, exportTenant, fileStem } from '../../../src/modes/export/index.js';
import { client, exportedRepo, settingsFor, tenant } from '../drift/helpers.js';
import { schema } from '../../emulator/helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

async function files(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dir of ['cxone/schemas', 'cxone/filters']) {
    for (const f of (await readdir(join(root, dir)).catch(() => [] as string[])).sort())
      out[`${dir}/${f}`] = await readFile(join(root, dir, f), 'utf8');
  }
  return out;
}

describe('export', () => {
  it('writes one file per schema and filter that the check passes, unchanged against the live versions', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    const written = await files(root);
    expect(Object.keys(written)).toEqual([
      'cxone/schemas/agent-busy.yaml',
      'cxone/schemas/call-ended.yaml',
      'cxone/schemas/order-placed.yaml',
      'cxone/schemas/order-shipped.yaml',
      'cxone/schemas/retired.yaml',
      'cxone/filters/chat-abandonments.yaml',
      'cxone/filters/old-queue.yaml',
      'cxone/filters/sms-updates.yaml',
      'cxone/filters/vip-calls.yaml',
    ]);
    const placed = written['cxone/schemas/order-placed.yaml']!;
    // The schemas at the release tag of the version that wrote the file, not main.
    expect(placed.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://raw.githubusercontent.com/cxone-contract/cxone-contract/v${TOOL_VERSION}/schemas/event-schema.schema.json`,
    );
    expect(written['cxone/filters/vip-calls.yaml']!.split('\n')[0]).toMatch(/schemas\/event-filter\.schema\.json$/);
    // The familiar order: title, description, version, then the content.
    const keys = placed
      .split('\n')
      .filter((l) => /^[$\w-]+:/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual([
      '$schema',
      'title',
      'description',
      'cxoneVersion',
      'type',
      'additionalProperties',
      'properties',
      'required',
    ]);
    expect(written['cxone/filters/vip-calls.yaml']).toContain(
      '  - attribute: queue\n    operator: equals\n    value: billing\n',
    );

    const report = await runCheck(await settingsFor(em, root, { mode: 'check' }));
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.failed).toBe(false);
    // every schema, filter and group membership: the deploy of an exported repo writes nothing
    expect(report.plan.every((p) => p.action === 'unchanged')).toBe(true);
    expect(report.plan.filter((p) => p.kind === 'group')).toEqual([
      { kind: 'group', name: 'grp-1', action: 'unchanged', reasons: [] },
    ]);
    expect(report.plan.map((p) => p.name)).toContain('OrderPlaced');
  });

  it('round-trips what the platform holds: a filter in no group (null target_group_id) or without matchers passes the check, and a deploy writes nothing', async () => {
    const loose = [
      {
        name: 'no_group',
        description: 'in no routing group',
        channel: 'voice',
        matchers: [{ attribute: 'queue', operator: 'equals', value: 'x' }],
        target_group_id: null,
      },
      {
        name: 'prefix_only',
        channel: 'sms',
        pattern_rules: [{ type: 'prefix', field: 'ani', pattern: '+1' }],
        target_group_id: 'grp-9',
      },
      { name: 'bare', channel: 'web' },
    ];
    em = await tenant({ seed: { schemas: [schema('Only', '1.0.0')], filters: loose, groups: { 'grp-9': [] } } });
    em.mutate('setup', (s) => {
      const id = [...s.filters.values()].find((f) => f.doc.name === 'prefix_only')!.id;
      s.groups.set('grp-9', [id]);
    });
    const root = await exportedRepo(em);
    const report = await runCheck(await settingsFor(em, root, { mode: 'check' }));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.failed).toBe(false);
    expect(report.plan.map((p) => `${p.kind} ${p.name} ${p.action}`).sort()).toEqual([
      'filter bare unchanged',
      'filter no_group unchanged',
      'filter prefix_only unchanged',
      'group grp-9 unchanged',
      'schema Only unchanged',
    ]);
  });

  it('gives the same bytes whatever key order the platform answers in, and refuses to overwrite without --force', async () => {
    const ordered = schema('Stable', '1.0.0', { b: { type: 'string', description: 'b' }, a: { type: 'integer' } });
    const shuffled = Object.fromEntries(Object.entries(ordered).reverse());
    (shuffled.properties as Record<string, Record<string, unknown>>).b = { description: 'b', type: 'string' };
    em = await tenant({ seed: { schemas: [ordered] } });
    const one = await exportedRepo(em);
    await em.close();
    em = await tenant({ seed: { schemas: [shuffled] } });
    const two = await exportedRepo(em);
    expect(await files(two)).toEqual(await files(one));
    // properties keep the author's order (b before a)
    expect((await files(one))['cxone/schemas/stable.yaml']).toMatch(
      /properties:\n {2}id:[\s\S]*\n {2}b:\n {4}type: string\n {4}description: b\n {2}a:/,
    );

    const c = client(em);
    try {
      await expect(exportTenant(c, two)).rejects.toThrow(/already holds contract files.*--force/);
      await expect(exportTenant(c, two, { force: true })).resolves.toMatchObject({
        schemas: ['cxone/schemas/stable.yaml'],
      });
    } finally {
      await c.close();
    }
  });

  it('exports to an empty directory it creates', async () => {
    em = await tenant();
    const out = join(await mkdtemp(join(tmpdir(), 'cxc-export-')), 'new', 'repo');
    const c = client(em);
    try {
      const r = await exportTenant(c, out);
      expect(r.filters).toHaveLength(4);
    } finally {
      await c.close();
    }
  });
});

describe('export file names', () => {
  it('are kebab-case, ascii, bounded and never a device name', () => {
    expect(fileStem('InteractionEnded', 'schema')).toBe('interaction-ended');
    expect(fileStem('platinum_long_voice_calls', 'filter')).toBe('platinum-long-voice-calls');
    expect(fileStem('HTTPRequestLogged', 'schema')).toBe('http-request-logged');
    expect(fileStem('../../etc/passwd', 'schema')).toBe('etc-passwd');
    expect(fileStem('Café Crème', 'schema')).toBe('cafe-creme');
    expect(fileStem('事件', 'schema')).toBe('schema');
    expect(fileStem('CON', 'filter')).toBe('con-filter');
    expect(fileStem('x'.repeat(300), 'schema')).toHaveLength(80);
  });

  it('are unique, the same for the same names in any order', () => {
    const a = assignPaths(['order_placed', 'OrderPlaced', 'order-placed'], 'cxone/schemas', 'schema');
    const b = assignPaths(['order-placed', 'order_placed', 'OrderPlaced'], 'cxone/schemas', 'schema');
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(3);
    expect(a.get('OrderPlaced')).toBe('cxone/schemas/order-placed.yaml');
  });
});
