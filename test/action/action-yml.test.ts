// action.yml is the action's public interface: every input documented with a default, every
// output described, the runtime right, and the names the same as the ones the code reads.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/settings/types.js';

const REPO = join(import.meta.dirname, '../..');

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

describe('action.yml', async () => {
  const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as ActionYml;
  const readme = await readFile(join(REPO, 'README.md'), 'utf8');

  it('runs the bundle on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs the action reads, each with a description and a string default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\w{3,}/);
      expect(typeof input.default, name).toBe('string');
    }
  });

  it('describes every output, including the stable names of docs/architecture.md', () => {
    for (const name of [
      'errors',
      'warnings',
      'breaking',
      'report-file',
      'sarif-file',
      'plan',
      'created',
      'updated',
      'conflicts',
      'deployed',
      'audit-file',
      'audit-artifact-id',
      'drift',
    ]) {
      expect(action.outputs[name]?.description, name).toMatch(/\w{3,}/);
    }
  });

  it('the README tables list every input and output (npm run docs keeps them in step)', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme, name).toContain(`| \`${name}\` |`);
    }
  });
});
