// The bundled action, run as the runner runs it: `node dist/index.js` with INPUT_* variables and
// the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { callConnectedExport, callConnectedYaml } from './call-connected.js';
import { hasStackTrace, runActionIn, tempRepo } from './helpers.js';

const schema = callConnectedYaml;
const live = callConnectedExport;

async function runAction(files: Record<string, string>, inputs: Record<string, string>) {
  const ws = await tempRepo({ ...files, 'registry-export.json': JSON.stringify(live) });
  const run = await runActionIn(ws, { 'registry-export': 'registry-export.json', ...inputs });
  return { ...run, outputs: parseOutputs(run.outputs), ws };
}

/** GITHUB_OUTPUT uses `name<<delimiter` heredocs. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

describe('the bundled action (dist/index.js)', () => {
  it('annotates a breaking change on its YAML line, sets outputs and fails the step', async () => {
    const r = await runAction(
      { 'cxone/schemas/call-connected.yaml': schema('string', '2.0.0') },
      { 'client-secret': 's3cr3t-value' },
    );
    expect(r.code).toBe(1);
    // type-changed points at `type: string` of wait_seconds: line 11, column 5 (the key) of the file.
    expect(r.stdout).toContain(
      '::error title=type-changed,file=cxone/schemas/call-connected.yaml,line=11,col=5::type of "wait_seconds" changed from "integer" to "string"',
    );
    // the break, and the platform's refusal of the update it makes (platform-refuses-update)
    expect(r.outputs).toMatchObject({ errors: '2', warnings: '0', breaking: '1' });
    const plan = JSON.parse(r.outputs.plan!);
    expect(plan).toEqual([
      {
        kind: 'schema',
        name: 'CallConnected',
        action: 'blocked',
        version: '2.0.0',
        liveVersion: '1.0.0',
        reasons: [expect.stringMatching(/^type-changed: /), expect.stringMatching(/^platform-refuses-update: /)],
      },
    ]);
    const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
    expect(report.counts.breaking).toBe(1);
    expect(r.summary).toContain('type-changed');
    expect(r.stdout).toContain('::error::2 error(s), 0 warning(s), 1 breaking change(s): fails at fail-on: error');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('masks the client secret as soon as it is read and never prints it', async () => {
    const r = await runAction(
      { 'cxone/schemas/call-connected.yaml': schema('string', '1.1.0') },
      { 'client-secret': 's3cr3t-value' },
    );
    expect(r.stdout.indexOf('::add-mask::s3cr3t-value')).toBeGreaterThanOrEqual(0);
    const rest = r.stdout.replace('::add-mask::s3cr3t-value', '') + r.stderr + r.summary + JSON.stringify(r.outputs);
    expect(rest).not.toContain('s3cr3t-value');
  });

  it('passes a compatible change and reports the plan', async () => {
    const r = await runAction({ 'cxone/schemas/call-connected.yaml': schema('integer', '1.0.0') }, {});
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::error');
    expect(r.outputs).toMatchObject({ errors: '0', breaking: '0' });
    expect(JSON.parse(r.outputs.plan!)[0].action).toBe('unchanged');
  });

  it('annotations carry the root prefix when the contract repo is a subfolder', async () => {
    const ws = { 'contracts/cxone/schemas/call-connected.yaml': schema('string', '1.1.0') };
    const r = await runAction(ws, { root: 'contracts', 'registry-export': 'registry-export.json' });
    expect(r.stdout).toContain('file=contracts/cxone/schemas/call-connected.yaml,line=11');
  });

  it('an invalid input fails with one clear line, exit 2, no stack trace', async () => {
    const r = await runAction(
      { 'cxone/schemas/call-connected.yaml': schema('integer', '1.0.0') },
      { policy: 'lenient' },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error::policy: "lenient" is not one of additive, backward, forward, full, none');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });
});

describe('the bundled action against the live registry (the emulator)', () => {
  it('masks the client secret and every access token the moment they are known, and prints neither', async () => {
    const { startEmulator, DEFAULT_CLIENT } = await import('../../src/emulator/index.js');
    const { readFile: read } = await import('node:fs/promises');
    const em = await startEmulator({ seed: { schemas: [live.entities[0]!] } });
    try {
      const ws = await tempRepo({ 'cxone/schemas/call-connected.yaml': schema('string', '2.0.0') });
      const r = await runActionIn(ws, {
        'api-base-url': em.url,
        'client-id': DEFAULT_CLIENT.clientId,
        'client-secret': DEFAULT_CLIENT.clientSecret,
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error title=type-changed,file=cxone/schemas/call-connected.yaml,line=11,col=5::');
      const tokens = [...em.state.tokens.keys()];
      expect(tokens.length).toBeGreaterThan(0);
      const report = await read(parseOutputs(r.outputs)['report-file']!, 'utf8');
      let rest = r.stdout + r.stderr + r.summary + report;
      for (const secret of [DEFAULT_CLIENT.clientSecret, ...tokens]) {
        expect(r.stdout).toContain(`::add-mask::${secret}`);
        rest = rest.replaceAll(`::add-mask::${secret}`, '');
      }
      for (const secret of [DEFAULT_CLIENT.clientSecret, ...tokens]) expect(rest).not.toContain(secret);
    } finally {
      await em.close();
    }
  });
});
