// Every --format of every command, through the bundled CLI (dist/cli/index.js) as a user's shell
// runs it, against the platform emulator on loopback: a format the command prints works (a JSON
// or SARIF format is exactly one document on stdout, valid against its schema); any other is
// refused with exit 2 before a file or the tenant is read (the emulator saw no request).

import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { CLI, REPO, hasStackTrace, deployableRepo, runNodeAsync, type Run } from '../e2e/helpers.js';
import { sarifSchemaErrors } from '../report/sarif-validator.js';

const EXAMPLES = join(REPO, 'examples');
const SEED = join(EXAMPLES, 'registry-export.json');

const load = async (name: string) => JSON.parse(await readFile(join(REPO, 'schemas', name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(await load('report.schema.json'), 'report.schema.json');
const SCHEMAS = {
  check: ajv.compile(await load('report.schema.json')),
  deploy: ajv.compile(await load('deploy-report.schema.json')),
  drift: ajv.compile(await load('drift-report.schema.json')),
  export: ajv.compile(await load('export-report.schema.json')),
};

/** The formats each command prints (README, --help); everything else is refused. */
const ACCEPTED: Record<string, string[]> = {
  check: ['text', 'json', 'sarif'],
  diff: ['text', 'json'],
  deploy: ['text', 'json'],
  drift: ['text', 'json', 'sarif'],
  export: ['text', 'json'],
  rules: ['text', 'json'],
};
const FORMATS = ['text', 'json', 'sarif', 'github', 'yaml'];

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const em = await startEmulator({ seed: SEED, activationDelayMs: 20, ...options });
  cleanups.push(() => em.close());
  return em;
}

const envOf = (em: Emulator) => ({
  CXONE_API_BASE_URL: em.url,
  CXONE_CLIENT_ID: DEFAULT_CLIENT.clientId,
  CXONE_CLIENT_SECRET: DEFAULT_CLIENT.clientSecret,
});

const writes = (em: Emulator) =>
  em.requests.filter(
    (r) => (r.method === 'POST' || r.method === 'PUT') && !r.path.endsWith('/validate') && r.path !== '/oauth/token',
  );

/** The whole of stdout is one JSON document (JSON.parse takes nothing less, nothing more). */
function oneDocument(r: Run): Record<string, unknown> {
  expect(r.stdout.trim().startsWith('{'), r.stdout.slice(0, 200)).toBe(true);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function valid(validate: (typeof SCHEMAS)['check'], data: unknown): void {
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
}

async function commandArgs(command: string): Promise<string[]> {
  if (command === 'export') return ['export', '--out', await mkdtemp(join(tmpdir(), 'cxc-formats-'))];
  if (command === 'diff') return ['diff', 'test/fixtures/diff/old.yaml', 'test/fixtures/diff/new.json'];
  if (command === 'rules') return ['rules', 'type-narrowed'];
  return [
    command,
    '--root',
    command === 'deploy' ? await deployableRepo() : EXAMPLES,
    ...(command === 'deploy' ? ['--dry-run'] : []),
  ];
}

describe('--format: what each command prints, and what it refuses before any work', () => {
  const refused = Object.keys(ACCEPTED).flatMap((command) =>
    FORMATS.filter((f) => !ACCEPTED[command]!.includes(f)).map((f) => [command, f] as const),
  );

  it.each(refused)(
    '%s --format %s: exit 2 naming the formats it prints, no request to the tenant, nothing written',
    async (command, format) => {
      const em = await emulator();
      const args = await commandArgs(command);
      const r = await runNodeAsync(CLI, [...args, '--format', format], { env: envOf(em) });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const allowed = ACCEPTED[command]!;
      const prints = `${command} prints ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
      if (format === 'github')
        expect(r.stderr).toContain(
          `--format github is the action's format (annotations, job summary and PR comment: uses: cxone-contract/cxone-contract); on the command line ${prints}`,
        );
      else if (format === 'sarif')
        expect(r.stderr).toContain(
          `--format sarif is not available for ${command}: SARIF holds findings on repo files (check, drift); ${prints}`,
        );
      else expect(r.stderr).toContain(`--format: "yaml" is not one of ${allowed.join(', ')} (for ${command})`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(em.requests).toEqual([]);
      if (command === 'export') expect(await readdir(args[2]!)).toEqual([]);
    },
  );

  it('is checked before the files: a refused format wins over a root that does not exist', async () => {
    const em = await emulator();
    for (const command of ['check', 'deploy', 'drift', 'export']) {
      // export reads no repo: its place on disk is --out.
      const where = command === 'export' ? '--out' : '--root';
      const r = await runNodeAsync(CLI, [command, where, join(tmpdir(), 'cxc-no-such-root'), '--format', 'github'], {
        env: envOf(em),
      });
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain("--format github is the action's format");
      expect(r.stderr, command).not.toContain('is not a directory');
    }
    const diff = await runNodeAsync(CLI, ['diff', 'no-such-old.yaml', 'no-such-new.yaml', '--format', 'sarif']);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('--format sarif is not available for diff');
    expect(em.requests).toEqual([]);
  });

  it('<command> --help lists exactly the formats it prints', async () => {
    for (const [command, formats] of Object.entries(ACCEPTED)) {
      const r = await runNodeAsync(CLI, [command, '--help']);
      expect(r.code, command).toBe(0);
      const line = r.stdout.split('\n').find((l) => l.startsWith('  --format '))!;
      expect(line, command).toMatch(new RegExp(`^ {2}--format ${formats.join('\\|')} `));
      expect(r.stdout).not.toMatch(/--format [a-z|]*github/);
    }
  });
});

describe('--format: every format a command prints works', () => {
  it('check: text, json (report.schema.json) and sarif (SARIF 2.1.0), against the live tenant', async () => {
    const em = await emulator();
    const run = (format: string) =>
      runNodeAsync(CLI, ['check', '--root', EXAMPLES, '--format', format], { env: envOf(em) });
    const text = await run('text');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^cxone\/schemas\/interaction-ended\.yaml:\d+:\d+ error type-changed /m);
    const json = await run('json');
    expect(json.code).toBe(1);
    const report = oneDocument(json);
    valid(SCHEMAS.check, report);
    expect(report).toMatchObject({ mode: 'check', failed: true, counts: { breaking: 1 } });
    const sarif = await run('sarif');
    expect(sarif.code).toBe(1);
    const log = oneDocument(sarif);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(JSON.stringify(log)).toContain('"ruleId":"type-changed"');
    for (const r of [text, json, sarif]) expect(r.stderr).toBe('');
  });

  it('diff: text and json', async () => {
    const args = ['diff', 'test/fixtures/diff/old.yaml', 'test/fixtures/diff/new.json'];
    const text = await runNodeAsync(CLI, [...args, '--format', 'text']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('type-changed');
    expect(() => JSON.parse(text.stdout)).toThrow();
    const json = await runNodeAsync(CLI, [...args, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(oneDocument(json)).toMatchObject({ compatible: false, policy: 'additive' });
  });

  it('deploy --format json: one document with every operation, the counts and deployed; the writes it reports are the writes made', async () => {
    const em = await emulator();
    const root = await deployableRepo();
    const audit = join(root, 'audit.jsonl');
    const r = await runNodeAsync(CLI, ['deploy', '--root', root, '--audit-file', audit, '--format', 'json'], {
      env: envOf(em),
    });
    expect(r.code).toBe(0);
    const report = oneDocument(r);
    // the progress lines go to stderr, one per operation, so that stdout stays one document
    const progress = r.stderr.trim().split('\n');
    expect(progress.every((l) => /^\[(\d+\/\d+|group \d+\/\d+)\] /.test(l))).toBe(true);
    expect(progress).toHaveLength((report['operations'] as unknown[]).length);
    valid(SCHEMAS.deploy, report);
    expect(report).toMatchObject({
      mode: 'deploy',
      dryRun: false,
      result: 'deployed',
      deployed: true,
      auditFile: audit,
      check: { mode: 'check', failed: false },
    });
    const ops = report['operations'] as {
      operation: string;
      kind: string;
      name: string;
      outcome: string;
      versionAfter?: string;
      etagAfter?: string;
      attempts: number;
    }[];
    const counts = report['counts'] as Record<string, number>;
    expect(counts).toMatchObject({ created: 8, updated: 1, conflicts: 0, failed: 0, operations: ops.length });
    expect(ops.filter((o) => o.outcome === 'applied' && o.operation === 'create')).toHaveLength(8);
    const created = ops.find((o) => o.name === 'CallTransferred')!;
    expect(created).toMatchObject({
      operation: 'create',
      kind: 'schema',
      outcome: 'applied',
      versionAfter: expect.any(String),
      etagAfter: expect.any(String),
      attempts: 1,
    });
    // Every write the tenant saw is an applied create, update or group assignment in the report.
    const applied = ops.filter(
      (o) => o.outcome === 'applied' && ['create', 'update', 'assign-group'].includes(o.operation),
    );
    expect(writes(em).length).toBe(applied.length);
    // The same operations as the audit file's records (which are in the order they finished).
    const records = (await readFile(audit, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.record === 'operation');
    const sorted = (xs: object[]) => xs.map((x) => JSON.stringify(Object.fromEntries(Object.entries(x).sort()))).sort();
    expect(sorted(records.map(({ record: _r, ...op }) => op))).toEqual(sorted(ops));
  }, 60_000);

  it('deploy --format json: a deploy stopped by the check, a dry run and an incomplete deploy are one document each, exit codes unchanged', async () => {
    const em = await emulator({
      failActivation: (f) => (f['name'] === 'platinum_voice_routing' ? 'pattern engine unavailable' : undefined),
    });
    // The example repo as shipped: its breaking change blocks the deploy before any write.
    const blocked = await runNodeAsync(CLI, ['deploy', '--root', EXAMPLES, '--format', 'json'], { env: envOf(em) });
    expect(blocked.code).toBe(1);
    const b = oneDocument(blocked);
    valid(SCHEMAS.deploy, b);
    expect(b).toMatchObject({ result: 'blocked', deployed: false, operations: [], check: { failed: true } });
    expect(writes(em)).toEqual([]);

    const root = await deployableRepo();
    const dry = await runNodeAsync(CLI, ['deploy', '--root', root, '--dry-run', '--format', 'json'], {
      env: envOf(em),
    });
    expect(dry.code).toBe(0);
    const d = oneDocument(dry);
    valid(SCHEMAS.deploy, d);
    // the dry run is the plan: no operation, every item to write in check.plan, filters validated by the platform
    expect(d).toMatchObject({ dryRun: true, result: 'dry-run', operations: [] });
    const plan = (d['check'] as { plan: { kind: string; action: string; validation?: { valid: boolean } }[] }).plan;
    expect(plan.filter((p) => p.action === 'create').length).toBeGreaterThan(0);
    expect(
      plan.filter((p) => p.kind === 'filter' && p.action === 'create').every((p) => p.validation?.valid === true),
    ).toBe(true);
    expect(writes(em)).toEqual([]);

    const failing = await runNodeAsync(CLI, ['deploy', '--root', root, '--format', 'json'], { env: envOf(em) });
    expect(failing.code).toBe(3);
    const f = oneDocument(failing);
    valid(SCHEMAS.deploy, f);
    expect(f).toMatchObject({ result: 'incomplete', deployed: false });
    const failed = (f['operations'] as { name: string; outcome: string; error?: string }[]).filter(
      (o) => o.outcome === 'failed',
    );
    expect(failed.map((o) => o.name)).toContain('platinum_voice_routing');
    expect(failed.find((o) => o.name === 'platinum_voice_routing')!.error).toContain('pattern engine unavailable');
    expect((f['counts'] as Record<string, number>)['failed']).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('deploy --format text: the check, then the deploy lines', async () => {
    const em = await emulator();
    const r = await runNodeAsync(CLI, ['deploy', '--root', await deployableRepo(), '--format', 'text'], {
      env: envOf(em),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^deploy: 8 created, 1 updated, .* — deployed/m);
    expect(() => JSON.parse(r.stdout)).toThrow();
  }, 60_000);

  it('drift: text, json (drift-report.schema.json) and sarif (SARIF 2.1.0)', async () => {
    const em = await emulator();
    const run = (format: string) =>
      runNodeAsync(CLI, ['drift', '--root', EXAMPLES, '--format', format], { env: envOf(em) });
    const text = await run('text');
    expect(text.stdout).toMatch(/^drift: /m);
    const json = await run('json');
    const report = oneDocument(json);
    valid(SCHEMAS.drift, report);
    // The shipped example repo differs from its live export (the breaking change), so there is drift to place.
    expect((report['counts'] as Record<string, number>)['drifted']).toBeGreaterThan(0);
    const sarif = await run('sarif');
    const log = oneDocument(sarif) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        properties: Record<string, unknown>;
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const findings = report['findings'] as { rule: string; file: string }[];
    // SARIF URIs start at the repository (this one: examples/ is a folder of it), report files at the root.
    expect(log.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual(
      findings.map((x) => [x.rule, `examples/${x.file}`]),
    );
    expect(log.runs[0]!.properties).not.toHaveProperty('policy');
    for (const r of [text, json, sarif]) expect(r.code).toBe(report['failed'] ? 1 : 0);
    // the phases: on stdout with the text, on stderr when stdout is one document
    expect(text.stdout).toMatch(/^drift: read the repo \(\d+ schemas, \d+ filters\)/m);
    for (const r of [json, sarif])
      expect(
        r.stderr
          .trim()
          .split('\n')
          .every((l) => l.startsWith('drift: ')),
      ).toBe(true);
  }, 60_000);

  it('export: text, and json (export-report.schema.json) listing every file written', async () => {
    const em = await emulator();
    const text = await runNodeAsync(
      CLI,
      ['export', '--out', await mkdtemp(join(tmpdir(), 'cxc-formats-')), '--format', 'text'],
      { env: envOf(em) },
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^exported \d+ schemas and \d+ filters from /);
    const out = await mkdtemp(join(tmpdir(), 'cxc-formats-'));
    const json = await runNodeAsync(CLI, ['export', '--out', out, '--format', 'json'], { env: envOf(em) });
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const report = oneDocument(json);
    valid(SCHEMAS.export, report);
    const onDisk = async (dir: string) =>
      (await readdir(join(out, dir)).catch(() => [] as string[])).map((f) => `${dir}/${f}`).sort();
    expect(report).toMatchObject({
      mode: 'export',
      source: em.url,
      outDir: out,
      schemas: await onDisk('cxone/schemas'),
      filters: await onDisk('cxone/filters'),
    });
    expect(report['counts']).toEqual({ schemas: em.state.schemas.size, filters: em.state.filters.size });
    expect(em.state.schemas.size).toBeGreaterThan(0);
  }, 60_000);
});
