// release.yml and dependabot.yml as data: the release refuses before it publishes (tag = version,
// dist/ current, lint, tests, a changelog section), then releases, moves the major tag, publishes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = join(import.meta.dirname, '../..');
const load = (path: string): unknown => parse(readFileSync(join(REPO, path), 'utf8'));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

const workflow = load('.github/workflows/release.yml') as Workflow;
const job = workflow.jobs.release!;
const steps = job.steps;

/** The index of the one step whose run/uses matches; fails the test when none or several do. */
function stepIndex(what: RegExp): number {
  const found = steps.flatMap((s, i) => (what.test(s.run ?? s.uses ?? '') ? [i] : []));
  expect(found, `one step matching ${what}`).toHaveLength(1);
  return found[0]!;
}

describe('release workflow', () => {
  it('runs on vX.Y.Z tags with the permissions a release and provenance need', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(job.permissions).toMatchObject({ contents: 'write', 'id-token': 'write' });
  });

  it('sets up Node 24 with the npm registry and pins actions to a full version tag', () => {
    const node = steps[stepIndex(/^actions\/setup-node@/)]!;
    expect(node.with).toMatchObject({ 'node-version': 24, 'registry-url': 'https://registry.npmjs.org' });
    for (const s of steps.filter((s) => s.uses)) expect(s.uses).toMatch(/@v\d+\.\d+\.\d+$/);
  });

  it('has the steps in order: refuse first, then release, major tag, publish', () => {
    const order = [
      stepIndex(/^actions\/checkout@/),
      stepIndex(/^actions\/setup-node@/),
      stepIndex(/^npm ci\b/),
      stepIndex(/"\$GITHUB_REF_NAME" != "v\$version"/),
      stepIndex(/npm run bundle[\s\S]*npm run docs[\s\S]*git diff --exit-code/),
      stepIndex(/^npm run lint$/),
      stepIndex(/^npm test$/),
      stepIndex(/scripts\/changelog-section\.mjs "\$GITHUB_REF_NAME"/),
      stepIndex(/gh release create/),
      stepIndex(/git push --force origin "refs\/tags\/\$major"/),
      stepIndex(/npm publish --provenance --access public/),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('hands each publishing step its token', () => {
    expect(steps[stepIndex(/gh release create/)]!.env).toEqual({ GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
    expect(steps[stepIndex(/npm publish/)]!.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
  });
});

describe('dependabot', () => {
  it('updates npm and GitHub Actions weekly, dev minor/patch updates grouped', () => {
    const config = load('.github/dependabot.yml') as {
      version: number;
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: object }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of config.updates) expect(u.schedule.interval).toBe('weekly');
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    expect(Object.values(npm.groups ?? {})).toContainEqual({
      'dependency-type': 'development',
      'update-types': ['minor', 'patch'],
    });
  });
});
