// A command loads only what it uses (issue 17: start-up). Read from the bundle a user runs: which
// chunks of dist/cli/app a command compiles (the code cache it writes names them), and what they hold.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createYamlLocator } from '../../src/contracts/locate-yaml.js';
import { chunksCompiled, CLI, REPO, runNode } from '../e2e/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lazy-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of every dist/cli/app file `args` loads. */
function loadedChunks(name: string, args: string[], env: Record<string, string> = {}): string[] {
  const tmp = join(dir, name);
  mkdirSync(tmp);
  const r = runNode(CLI, args, { env: { ...env, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' } });
  // 0 or 1 (findings); 3 where the tenant (nothing listens on port 9) cannot be reached.
  expect([0, 1, 3], r.stderr).toContain(r.code);
  const chunks = chunksCompiled(tmp);
  expect(chunks.length).toBeGreaterThan(0);
  return chunks;
}

// Markers of what a check of files against an export file never needs: code, not comments (the
// bundle is minified: comments are gone, declared class and function names stay).
const UNNEEDED: Record<string, RegExp> = {
  'the HTTP client (undici)': /undici:request:create/,
  'the API client': /\bclass CxoneClient\b/,
  'the emulator': /\bclass BodyTooLarge\b/,
  'the deploy': /\bfunction runDeploy\(/,
  'the ReDoS checker (recheck)': /recheck\.automaton\.AutomatonChecker/,
};

// The `yaml` library (the reference locator, the config file) and drift's comparison: a check
// with no config file and pointers the index places needs neither.
const YAML_LIBRARY = /\bclass LineCounter\b/;
const DRIFT = /\bfunction compareTenant\(/;

describe('what a command loads', () => {
  it('--version loads the entry chunk alone', () => {
    expect(loadedChunks('version', ['--version'])).toHaveLength(1);
  });

  it('check of the examples against their export loads no client, emulator, deploy or ReDoS checker', () => {
    const chunks = loadedChunks('check', ['check', '--root', 'examples', '--export', 'examples/registry-export.json']);
    for (const [what, marker] of Object.entries(UNNEEDED))
      expect(
        chunks.some((c) => marker.test(c)),
        what,
      ).toBe(false);
  });

  it('a warm check (every validator kept) loads neither ajv nor `yaml` nor drift; a first run loads ajv', () => {
    const args = ['check', '--root', 'examples', '--export', 'examples/registry-export.json'];
    const first = loadedChunks('first', args);
    const ajv = /\bclass Ajv\b/;
    expect(first.some((c) => ajv.test(c))).toBe(true); // it compiled the examples' schemas, and kept them
    // The warm run's chunks: the caches written again, after the first run's were removed.
    const tmp = join(dir, 'first');
    for (const f of readdirSync(tmp, { recursive: true }) as string[]) if (f.endsWith('.v8')) rmSync(join(tmp, f));
    const r = runNode(CLI, args, { env: { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' } });
    expect(r.code, r.stderr).toBe(1); // the examples' breaking change, as the first run found
    const warm = chunksCompiled(tmp);
    expect(warm.length).toBeGreaterThan(0);
    expect(warm.some((c) => ajv.test(c))).toBe(false);
    expect(warm.some((c) => YAML_LIBRARY.test(c))).toBe(false);
    expect(warm.some((c) => DRIFT.test(c))).toBe(false);
  });

  it("a configured warm check parses its config with `yaml` but validates it without ajv's compiler", () => {
    const repo = join(dir, 'configured-repo');
    cpSync(join(REPO, 'examples'), repo, { recursive: true });
    writeFileSync(join(repo, '.cxone-contract.yml'), 'policy: additive\nfail-on: error\n');
    const args = ['check', '--root', repo, '--export', join(repo, 'registry-export.json')];
    const tmp = join(dir, 'configured-warm');
    mkdirSync(tmp);
    const env = { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' };
    expect(runNode(CLI, args, { env }).code).toBe(1); // fills the kept validators
    for (const f of readdirSync(tmp, { recursive: true }) as string[]) if (f.endsWith('.v8')) rmSync(join(tmp, f));
    expect(runNode(CLI, args, { env }).code).toBe(1);
    const warm = chunksCompiled(tmp);
    expect(warm.some((c) => YAML_LIBRARY.test(c))).toBe(true);
    expect(warm.some((c) => /\bclass Ajv\b/.test(c))).toBe(false);
  });

  it('a pointer only the reference locator places: the check loads `yaml` then, and places it as the reference does', () => {
    const repo = join(dir, 'fallback-repo');
    mkdirSync(join(repo, 'cxone/schemas'), { recursive: true });
    // An empty sequence item (a null `required` entry, which the lint reports): the event index
    // cannot place it (src/contracts/locate.ts), the reference locator can.
    const text =
      '$schema: http://json-schema.org/draft-07/schema#\ntitle: Probe\ncxoneVersion: 1.0.0\ntype: object\n' +
      'additionalProperties: false\nrequired:\n  -\n  - b\nproperties:\n  b:\n    type: string\n';
    writeFileSync(join(repo, 'cxone/schemas/probe.yaml'), text);
    const tmp = join(dir, 'fallback');
    mkdirSync(tmp);
    const r = runNode(CLI, ['check', '--root', repo], { env: { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' } });
    const at = createYamlLocator(text)('/required/0');
    expect(r.stdout).toContain(`cxone/schemas/probe.yaml:${at.line}:${at.column} error schema-invalid /required/0`);
    expect(chunksCompiled(tmp).some((c) => YAML_LIBRARY.test(c))).toBe(true);
  });

  it('the markers are real: the bundle holds each of them somewhere a command does load', () => {
    const all = [
      ...loadedChunks('emulator', ['rules']),
      ...loadedChunks(
        'drift',
        ['drift', '--root', 'examples', '--api-base-url', 'http://127.0.0.1:9', '--max-retries', '0'],
        {
          CXONE_CLIENT_ID: 'id',
          CXONE_CLIENT_SECRET: 'secret',
        },
      ),
    ];
    // A regex the fast path cannot clear (alternation beside a star) is for the ReDoS checker.
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'cxone/filters'), { recursive: true });
    writeFileSync(
      join(repo, 'cxone/filters/f.yaml'),
      'name: f\nchannel: email\npattern_rules:\n  - type: regex\n    field: interaction.subject\n    pattern: ^(a|b)c.*$\n',
    );
    const redos = loadedChunks('redos', ['check', '--root', repo]);
    writeFileSync(join(repo, '.cxone-contract.yml'), 'policy: additive\n');
    const configured = loadedChunks('configured', ['check', '--root', repo]);
    expect(configured.some((c) => YAML_LIBRARY.test(c))).toBe(true);
    expect(all.some((c) => DRIFT.test(c))).toBe(true);
    expect(all.some((c) => UNNEEDED['the HTTP client (undici)']!.test(c))).toBe(true);
    expect(all.some((c) => UNNEEDED['the API client']!.test(c))).toBe(true);
    expect(redos.some((c) => UNNEEDED['the ReDoS checker (recheck)']!.test(c))).toBe(true);
    const deploy = loadedChunks(
      'deploy',
      ['deploy', '--root', 'examples', '--api-base-url', 'http://127.0.0.1:9', '--max-retries', '0'],
      { CXONE_CLIENT_ID: 'id', CXONE_CLIENT_SECRET: 'secret' },
    );
    expect(deploy.some((c) => UNNEEDED['the deploy']!.test(c))).toBe(true);
    // The demo runs a check against the emulator it starts on loopback.
    const demo = loadedChunks('demo', ['demo']);
    expect(demo.some((c) => UNNEEDED['the emulator']!.test(c))).toBe(true);
  });
});
