// A live schema comes from the tenant as JSON, not through the YAML loader: nested 3,000 deep it
// must be a located finding on the repo file it is compared with, while the rest of the check
// proceeds; never a stack overflow. The diff front refuses a deep JSON file cleanly (exit 2).

import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE_SCHEMA_MAX_DEPTH, parseExport } from '../../src/baseline/index.js';
import { cli } from '../../src/cli.js';
import { parseContract } from '../../src/contracts/index.js';
import { runCheck } from '../../src/modes/check.js';
import { buildSettings } from '../../src/settings/index.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const DEPTH = 3000;

/** JSON text nested `depth` objects deep. Built as text: JSON.stringify itself overflows on it. */
const deepText = (depth: number) =>
  '{"type":"object","properties":{"a":'.repeat(depth) + '{"type":"string"}' + '}}'.repeat(depth);

/** The example export with one property of AgentStateChanged replaced by a deep schema. */
function deepExport(): string {
  const ex = JSON.parse(readFileSync(join(EXAMPLES, 'registry-export.json'), 'utf8')) as {
    entities: { title?: string; properties?: Record<string, unknown> }[];
  };
  const agent = ex.entities.find((e) => e.title === 'AgentStateChanged')!;
  agent.properties!.event_id = '@@DEEP@@';
  return JSON.stringify(ex).replace('"@@DEEP@@"', deepText(DEPTH));
}

describe('a live schema nested 3,000 deep', () => {
  it('the baseline reads it and marks it, and only it, too deep', () => {
    const live = parseExport(deepExport(), 'export.json');
    expect(live.schemas.get('AgentStateChanged')!.tooDeep).toBe(true);
    expect([...live.schemas.values()].filter((s) => s.tooDeep).map((s) => s.title)).toEqual(['AgentStateChanged']);
    expect(LIVE_SCHEMA_MAX_DEPTH).toBe(100);
  });

  it('check --export: a live-schema-too-deep error at the repo file and its title line; the other schemas are still compared', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxc-deep-'));
    const file = join(dir, 'export.json');
    await writeFile(file, deepExport());
    const settings = await buildSettings({ root: EXAMPLES, 'registry-export': file }, { cwd: EXAMPLES });
    const report = await runCheck(settings);

    const deep = report.findings.filter((f) => f.rule === 'live-schema-too-deep');
    const text = readFileSync(join(EXAMPLES, 'cxone/schemas/agent-state-changed.yaml'), 'utf8');
    const titleLine = text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    expect(deep.map((f) => [f.file, f.line, f.severity, f.breaking])).toEqual([
      ['cxone/schemas/agent-state-changed.yaml', titleLine, 'error', true],
    ]);
    expect(deep[0]!.message).toMatch(/nested more than 100 levels deep/);
    // The rest of the check proceeded: the example's own breaking change elsewhere is still found.
    expect(
      report.findings.some((f) => f.rule === 'type-changed' && f.file === 'cxone/schemas/interaction-ended.yaml'),
    ).toBe(true);
  });
});

describe('cxone-contract diff with a deep JSON file', () => {
  it.each(['new', 'old'])(
    'as the %s side: exit 2 with one line naming the file and line, no stack trace',
    async (side) => {
      const dir = await mkdtemp(join(tmpdir(), 'cxc-deep-diff-'));
      await writeFile(
        join(dir, 'deep.json'),
        `{"title":"X","cxoneVersion":"1.0.0","type":"object","properties":{"x":${deepText(DEPTH)}}}`,
      );
      await writeFile(
        join(dir, 'small.json'),
        JSON.stringify({ title: 'X', cxoneVersion: '1.0.0', type: 'object', properties: { x: { type: 'string' } } }),
      );
      const out: string[] = [];
      const err: string[] = [];
      const args = side === 'new' ? ['small.json', 'deep.json'] : ['deep.json', 'small.json'];
      const code = await cli(['diff', ...args], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        env: {},
        cwd: dir,
        color: false,
      });
      expect(code).toBe(2);
      const printed = err.join('');
      expect(printed.trimEnd().split('\n')).toHaveLength(1);
      expect(printed).toMatch(/deep\.json:1: yaml-too-deep/);
      expect(printed).not.toMatch(/\n\s+at /);
    },
  );

  it('the loader bounds a JSON contract exactly like the baseline does', () => {
    const parsed = parseContract('schema', 'x.json', Buffer.from(`{"title":"X","p":${deepText(60)}}`));
    expect(parsed.contract).toBeUndefined();
    expect(parsed.findings.map((f) => f.rule)).toContain('yaml-too-deep');
  });
});
