// A command loads only what it uses (issue 17: start-up). Read from the bundle a user runs: which
// chunks of dist/cli/app a command compiles (the code cache it writes names them), and what they hold.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunksCompiled, CLI, runNode } from '../e2e/helpers.js';

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
