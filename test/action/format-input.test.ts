// The action's `format` input does what action.yml says, run as the runner runs the bundle
// (dist/index.js, INPUT_* variables): every format writes the annotations, the job summary and the
// outputs; github logs a short account, text every finding as the CLI prints it, json the JSON
// report (for deploy, the deploy report with the check inside). sarif, a file and not a log, is
// refused (exit 2) before the tenant is read.

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { callConnectedExport, callConnectedYaml } from '../e2e/call-connected.js';
import { REPO, hasStackTrace, pushEvent, runActionIn, tempRepo, type ActionRun } from '../e2e/helpers.js';

const load = async (name: string) => JSON.parse(await readFile(join(REPO, 'schemas', name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(await load('report.schema.json'), 'report.schema.json');
const checkSchema = ajv.compile(await load('report.schema.json'));
const deploySchema = ajv.compile(await load('deploy-report.schema.json'));
const driftSchema = ajv.compile(await load('drift-report.schema.json'));

const EXAMPLES = join(REPO, 'examples');
const FINDING_LINE = /^cxone\/schemas\/call-connected\.yaml:11:5 error type-changed /m;
const ANNOTATION = '::error title=type-changed,file=cxone/schemas/call-connected.yaml,line=11,col=5::';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emulator(): Promise<Emulator> {
  const em = await startEmulator({ seed: join(EXAMPLES, 'registry-export.json'), activationDelayMs: 20 });
  cleanups.push(() => em.close());
  return em;
}

const apiInputs = (em: Emulator) => ({
  'api-base-url': em.url,
  'client-id': DEFAULT_CLIENT.clientId,
  'client-secret': DEFAULT_CLIENT.clientSecret,
  comment: 'false',
});

/** The JSON documents in a log: from a line `{` to the next line `}` (info() writes them pretty). */
function documents(log: string): Record<string, unknown>[] {
  const lines = log.split('\n');
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '{') continue;
    const end = lines.indexOf('}', i);
    docs.push(JSON.parse(lines.slice(i, end + 1).join('\n')) as Record<string, unknown>);
    i = end;
  }
  return docs;
}

async function checkRun(format: string) {
  const ws = await tempRepo({
    'cxone/schemas/call-connected.yaml': callConnectedYaml('string', '2.0.0'),
    'registry-export.json': JSON.stringify(callConnectedExport),
  });
  return runActionIn(ws, {
    'registry-export': 'registry-export.json',
    comment: 'false',
    ...(format ? { format } : {}),
  });
}

/** The example repo with its breaking change reverted to the live version: a deploy applies it completely. */
async function deployableRepo(): Promise<string> {
  const dir = await tempRepo({});
  await cp(join(EXAMPLES, 'cxone'), join(dir, 'cxone'), { recursive: true });
  const { entities } = JSON.parse(await readFile(join(EXAMPLES, 'registry-export.json'), 'utf8')) as {
    entities: Record<string, unknown>[];
  };
  const { id: _id, ...live } = entities.find((e) => e.title === 'InteractionEnded')!;
  await rm(join(dir, 'cxone/schemas/interaction-ended.yaml'));
  await writeFile(join(dir, 'cxone/schemas/interaction-ended.json'), JSON.stringify(live, null, 2));
  return dir;
}

describe('action input `format`', () => {
  it('action.yml says what each format logs, and that sarif is a file', async () => {
    const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default: string }>;
    };
    const format = action.inputs['format']!;
    expect(format.default).toBe('github');
    for (const word of ['github', 'text', 'json', 'schemas/deploy-report.schema.json', 'sarif-file'])
      expect(format.description).toContain(word);
  });

  it('mode: check — github, text and json log different things; each writes the annotations, summary and outputs', async () => {
    const [byDefault, github, text, json] = (await Promise.all(['', 'github', 'text', 'json'].map(checkRun))) as [
      ActionRun,
      ActionRun,
      ActionRun,
      ActionRun,
    ];
    for (const r of [byDefault, github, text, json]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(ANNOTATION);
      expect(r.summary).toContain('type-changed');
      expect(r.outputs).toContain('breaking<<');
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    }
    // github (the default): the plan and the counts; the finding is the annotation.
    expect(github.stdout).not.toMatch(FINDING_LINE);
    expect(github.stdout).toMatch(/^\d+ errors?, 0 warnings, 0 notices \(1 breaking\)/m);
    expect(documents(github.stdout)).toEqual([]);
    expect(byDefault.stdout).not.toMatch(FINDING_LINE);
    // text: every finding as the command line prints it, with how to approve it.
    expect(text.stdout).toMatch(FINDING_LINE);
    expect(text.stdout).toContain('to approve: PR label "cxone-breaking-change-approved"');
    expect(documents(text.stdout)).toEqual([]);
    // json: the report (the report file's content), valid against its schema.
    expect(json.stdout).not.toMatch(FINDING_LINE);
    const docs = documents(json.stdout);
    expect(docs).toHaveLength(1);
    expect(checkSchema(docs[0]), JSON.stringify(checkSchema.errors)).toBe(true);
    expect(docs[0]).toEqual(JSON.parse(await readFile(join(json.out, 'cxone-contract-report.json'), 'utf8')));
  }, 60_000);

  it('format: sarif (or anything else) is refused with exit 2 before the tenant is read', async () => {
    const em = await emulator();
    for (const [format, message] of [
      ['sarif', '::error::format: sarif is not a log format: set sarif-file'],
      ['yaml', '::error::format: "yaml" is not one of github, text, json'],
    ] as const) {
      for (const mode of ['check', 'deploy', 'drift']) {
        const ws = await deployableRepo();
        const r = await runActionIn(ws, { mode, format, ...apiInputs(em) }, await pushEvent(ws));
        expect(r.code, `${mode} ${format}`).toBe(2);
        expect(r.stdout).toContain(message);
        expect(r.summary).toBe('');
        expect(r.outputs).toBe('');
      }
    }
    expect(em.requests).toEqual([]);
  }, 60_000);

  it('mode: deploy — json logs one document, the deploy report; github logs the deploy lines', async () => {
    const em = await emulator();
    const ws = await deployableRepo();
    const json = await runActionIn(ws, { mode: 'deploy', format: 'json', ...apiInputs(em) }, await pushEvent(ws));
    expect(json.code).toBe(0);
    const docs = documents(json.stdout);
    expect(docs).toHaveLength(1);
    expect(deploySchema(docs[0]), JSON.stringify(deploySchema.errors)).toBe(true);
    expect(docs[0]).toMatchObject({
      mode: 'deploy',
      result: 'deployed',
      deployed: true,
      counts: { created: 8, updated: 1 },
    });
    expect(json.stdout).not.toMatch(/^deploy: \d+ created/m);
    expect(json.outputs).toMatch(/^deployed<<(.+)\ntrue\n\1$/m);
    expect(json.summary).toContain('### Deploy');

    // A second run finds everything live: github logs the short account and the deploy's closing line.
    const github = await runActionIn(ws, { mode: 'deploy', ...apiInputs(em) }, await pushEvent(ws));
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^deploy: 0 created, 0 updated, .* — deployed/m);
    expect(documents(github.stdout)).toEqual([]);
  }, 60_000);

  it('mode: drift — github logs the closing line, text every finding, json the drift report', async () => {
    const em = await emulator();
    const ws = await copyExamples();
    const run = (format: string) => runActionIn(ws, { mode: 'drift', format, ...apiInputs(em) });
    const github = await run('github');
    const text = await run('text');
    const json = await run('json');
    const findingLine = /^cxone\/filters\/[\w-]+\.yaml:\d+:\d+ error drift-repo-only /m;
    for (const r of [github, text, json]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error title=drift-repo-only');
      expect(r.summary).toContain('Contract drift');
    }
    expect(github.stdout).toMatch(/^drift: \d+ drifted/m);
    expect(github.stdout).not.toMatch(findingLine);
    expect(text.stdout).toMatch(findingLine);
    const docs = documents(json.stdout);
    expect(docs).toHaveLength(1);
    expect(driftSchema(docs[0]), JSON.stringify(driftSchema.errors)).toBe(true);
    expect(json.stdout).not.toMatch(findingLine);
  }, 60_000);
});

/**
 * The example repo as shipped: against its registry export (schemas only), its filters and
 * CallTransferred are repo-only drift.
 */
async function copyExamples(): Promise<string> {
  const dir = await tempRepo({});
  await cp(join(EXAMPLES, 'cxone'), join(dir, 'cxone'), { recursive: true });
  return dir;
}
