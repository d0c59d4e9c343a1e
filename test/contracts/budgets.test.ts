// Budgets on what contract files may cost (issue 11, item 7): a node limit per file, and a
// budget of bytes and YAML nodes per run, spent in file order. Many files each under every
// per-file limit must end in findings, never in minutes of parsing.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadContracts, parseContract } from '../../src/contracts/index.js';
import { RUN_LIMITS } from '../../src/contracts/limits.js';
import { allRules } from '../../src/rule-registry.js';
import { onlyFinding, utf8 } from './helpers.js';

/** `x: [1,1,…]`: the densest YAML there is, two bytes a node. */
const dense = (n: number, head = '') => `${head}x: [${Array(n).fill('1').join(',')}]\n`;

describe('nodes per file', () => {
  it('a file past maxFileNodes is a finding at the first node past it, and nothing is built from it', () => {
    const f = onlyFinding(dense(99), { limits: { maxFileNodes: 50 } });
    // 50 nodes: the mapping, the key `x`, the sequence and 47 items; the 51st is item index 47, at column 5 + 2*47.
    expect(f).toMatchObject({ rule: 'yaml-too-many-nodes', severity: 'error', line: 1, column: 5 + 2 * 47 });
    expect(f.message).toBe('file holds 102 YAML nodes, over the 50 limit; it was not checked further');
  });

  it('the default limit leaves room for the largest schema the platform accepts', () => {
    // 256 KiB of compact JSON as one enum of 1-character strings: the densest real schema.
    const values = Array.from({ length: Math.floor((256 * 1024) / 4) }, () => 'a');
    const r = parseContract('schema', 'cxone/schemas/big.json', utf8(JSON.stringify({ title: 'Big', enum: values })));
    expect(r.findings).toEqual([]);
    expect(r.contract).toBeDefined();
    expect(r.nodes).toBe(values.length + 5);
    expect(DEFAULT_LIMITS.maxFileNodes).toBeGreaterThan(r.nodes!);
  });

  it('counts what a file cost, for the run budget, rejected or not', () => {
    expect(parseContract('schema', 'a.yaml', utf8(dense(10))).nodes).toBe(13);
    expect(parseContract('schema', 'a.yaml', utf8(dense(10)), { maxFileNodes: 5 }).nodes).toBe(13);
  });

  it('the rule is in the registry', () => {
    const byId = new Map(allRules().map((r) => [r.id, r]));
    expect(byId.get('yaml-too-many-nodes')?.severity).toBe('error');
    expect(byId.get('run-budget-exceeded')?.severity).toBe('error');
  });
});

describe('run budget', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cxone-budget-'));
    await mkdir(path.join(root, 'cxone/schemas'), { recursive: true });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const put = (name: string, text: string) => writeFile(path.join(root, 'cxone/schemas', name), text);
  const load = (runLimits: { maxBytes?: number; maxNodes?: number }) =>
    loadContracts({ root, schemaGlobs: ['cxone/schemas/*.yaml'], filterGlobs: [], runLimits });

  it('past the node budget, every remaining file is a finding and is not parsed', async () => {
    // 20 files of 103 nodes; a budget of 1,000 nodes is spent by the 10th (1,030).
    for (let i = 0; i < 20; i++) await put(`f${String(i).padStart(2, '0')}.yaml`, dense(100, `title: T${i}\n`));
    await put('f19.yaml', 'title: [unclosed\n'); // never parsed, so no yaml-syntax finding
    const r = await load({ maxNodes: 1000 });
    expect(r.findings.some((f) => f.rule === 'yaml-syntax')).toBe(false);
    expect(r.contracts.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `T${i}`));
    const over = r.findings.filter((f) => f.rule === 'run-budget-exceeded');
    expect(over.map((f) => f.file)).toEqual(Array.from({ length: 10 }, (_, i) => `cxone/schemas/f${10 + i}.yaml`));
    expect(over[0]).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(over[0]!.message).toBe(
      "not checked: the contract files before it already hold 1050 YAML nodes, the run's budget is 1000",
    );
    expect(r.files).toHaveLength(20);
  });

  it('files rejected for their node count still spend the budget (their parse was paid)', async () => {
    for (let i = 0; i < 6; i++) await put(`f${i}.yaml`, dense(200));
    const r = await loadContracts({
      root,
      schemaGlobs: ['cxone/schemas/*.yaml'],
      filterGlobs: [],
      limits: { maxFileNodes: 100 },
      runLimits: { maxNodes: 500 },
    });
    expect(r.findings.map((f) => f.rule)).toEqual([
      'yaml-too-many-nodes',
      'yaml-too-many-nodes',
      'yaml-too-many-nodes',
      'run-budget-exceeded',
      'run-budget-exceeded',
      'run-budget-exceeded',
    ]);
  });

  it('a file that would take the run past its byte budget is not parsed, nor any after it', async () => {
    const text = 'title: T\ntype: object\n'; // 22 bytes
    for (let i = 0; i < 5; i++) await put(`f${i}.yaml`, text);
    const r = await load({ maxBytes: 3 * text.length + 10 });
    expect(r.contracts).toHaveLength(3);
    const over = r.findings.filter((f) => f.rule === 'run-budget-exceeded');
    expect(over.map((f) => f.file)).toEqual(['cxone/schemas/f3.yaml', 'cxone/schemas/f4.yaml']);
    expect(over[0]!.message).toBe(
      "not checked: the contract files before it already total 66 bytes, and this one would take the run past the run's budget of 76 bytes of contract files",
    );
    expect(over[1]!.message).toBe(
      "not checked: the run's budget of 76 bytes of contract files ran out at cxone/schemas/f3.yaml",
    );
  });

  it('spends the budget in file order: the same files are checked on every run', async () => {
    // Sizes differ, so reads finish in a different order than the files sort.
    for (let i = 0; i < 40; i++)
      await put(`f${String(i).padStart(2, '0')}.yaml`, dense(i % 2 === 0 ? 2000 : 5, `title: T${i}\n`));
    const names = async () => (await load({ maxNodes: 20_000 })).contracts.map((c) => c.name);
    const first = await names();
    expect(first).toEqual(Array.from({ length: first.length }, (_, i) => `T${i}`));
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(40);
    expect(await names()).toEqual(first);
  });

  it('the defaults leave room for 10,000 files like the examples', () => {
    // The examples are ~2 KB and at most 160 nodes each.
    expect(RUN_LIMITS.maxNodes).toBeGreaterThanOrEqual(10_000 * 160);
    expect(RUN_LIMITS.maxBytes).toBeGreaterThanOrEqual(10_000 * 2200);
  });
});
