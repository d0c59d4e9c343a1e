// The stage-order check (.dependency-cruiser.mjs, run by `npm run lint`) holds on src/, and each of
// its rules fires on a tree with one planted violation: a rule that matched nothing would pass
// silently forever.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cruise, type ICruiseOptions, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Config {
  forbidden: IForbiddenRuleType[];
  options: ICruiseOptions;
}

async function loadConfig(): Promise<Config> {
  const mod = (await import(pathToFileURL(join(REPO, '.dependency-cruiser.mjs')).href)) as { default: Config };
  return mod.default;
}

/** The names of the rules the tree under `baseDir` breaks. */
async function violations(baseDir: string, options: Partial<ICruiseOptions> = {}): Promise<string[]> {
  const config = await loadConfig();
  const result = await cruise(['src'], {
    ...config.options,
    ...options,
    baseDir,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
  });
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return [...new Set(result.output.summary.violations.map((v) => v.rule.name))].sort();
}

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** A tree of small modules, `path -> source`, in a fresh directory. */
async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-stages-'));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

// Plain JS modules: the rules look at paths only, no tsconfig is needed to resolve them.
const PLANTED: [rule: string, files: Record<string, string>][] = [
  ['stage-order-lint', { 'src/lint/ajv.js': "import '../evolution/formats.js';\n", 'src/evolution/formats.js': '' }],
  ['stage-order-core', { 'src/core/x.js': "import '../settings/values.js';\n", 'src/settings/values.js': '' }],
  ['stage-order-modes', { 'src/modes/text.js': "import '../report/markdown.js';\n", 'src/report/markdown.js': '' }],
  ['stage-order-modes', { 'src/modes/gate.js': "import '../github/context.js';\n", 'src/github/context.js': '' }],
  ['report-imports-no-mode', { 'src/report/deploy-json.js': "import '../modes/run.js';\n", 'src/modes/run.js': '' }],
  ['actions-only-in-github-and-fronts', { 'src/report/job-summary.js': "import '@actions/core';\n" }],
  [
    'actions-only-in-github-and-fronts',
    { 'src/modes/artifact.js': "export const load = () => import('@actions/artifact');\n" },
  ],
  ['registry-only-in-fronts', { 'src/modes/check.js': "import '../rule-registry.js';\n", 'src/rule-registry.js': '' }],
  ['emulator-stands-alone', { 'src/emulator/validate.js': "import '../lint/index.js';\n", 'src/lint/index.js': '' }],
  ['no-cycle-between-stages', { 'src/one/a.js': "import '../two/b.js';\n", 'src/two/b.js': "import '../one/a.js';\n" }],
  [
    'no-cycle-through-fronts',
    { 'src/cli.js': "import './rule-registry.js';\n", 'src/rule-registry.js': "import './cli.js';\n" },
  ],
  ['stage-order-report', { 'src/report/text.js': "import '../github/context.js';\n", 'src/github/context.js': '' }],
];

describe('the stage-order check', () => {
  it('passes on src/', async () => {
    expect(await violations(REPO)).toEqual([]);
  }, 60_000);

  it('passes on a tree that keeps the order (fronts and github/ may use what they like)', async () => {
    const dir = await tree({
      'src/cli.js': "import './rule-registry.js';\nimport './modes/run.js';\nimport '@actions/core';\n",
      'src/rule-registry.js': "import './lint/rules.js';\n",
      'src/github/publish.js': "import '@actions/core';\nimport '../report/text.js';\n",
      'src/report/text.js': "import '../core/finding.js';\n",
      'src/modes/run.js': "import '../lint/rules.js';\nimport '../core/finding.js';\n",
      'src/lint/rules.js': "import '../core/finding.js';\n",
      'src/core/finding.js': '',
    });
    expect(await violations(dir)).toEqual([]);
  });

  it.each(PLANTED)('fires %s on a planted violation', async (rule, files) => {
    expect(await violations(await tree(files))).toContain(rule);
  });

  it('counts a type-only import (report/ reading a mode type)', async () => {
    const dir = await tree({
      'src/report/deploy-json.ts':
        "import type { DeployRun } from '../modes/run.ts';\nexport const run: DeployRun | undefined = undefined;\n",
      'src/modes/run.ts': 'export interface DeployRun { ok: boolean }\n',
    });
    expect(await violations(dir, { tsConfig: undefined })).toContain('report-imports-no-mode');
  });
});
