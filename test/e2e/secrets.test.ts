// The bundled CLI and action against servers that echo the request back (a token endpoint quoting
// the form body, an API quoting the Authorization header, long enough that a cut at 200 characters
// would split the token). Every output — stdout, stderr, the report, the job summary, the outputs
// file and any other file written — holds no form of the client secret or the token: raw,
// percent/form-encoded, JSON-escaped, base64 of the secret or of id:secret. The action masks each
// form with `::add-mask::` before anything could print it.

import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, startEmulator } from '../../src/emulator/index.js';
import { startFake, type Fake, type FakeOptions, type Seen } from '../cxone/helpers.js';
import { callConnectedYaml } from './call-connected.js';
import { CLI, hasStackTrace, pushEvent, runActionIn, runNodeAsync, tempRepo } from './helpers.js';
import { runnerLines, workflowCommands } from './workflow-commands.js';

/** Space, +, /, ", \, &, =, non-ASCII: every encoding of it differs from the others. */
const SECRET = 'Sp ace+plus/sl"qu\\bs&amp=eq é✓😀-end';
const ID = 'client-1';
/** An access token with the same kinds of characters (some identity providers issue such). */
const TOKEN = 'at/2+Zz "q\\x"&k=v ü-' + 'T'.repeat(40);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '');
/** The forms an echo shows, computed here, not by the code under test. */
function forms(secret: string, id?: string): string[] {
  const f = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ k: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    b64(secret),
  ];
  return id === undefined ? f : [...f, b64(`${id}:${secret}`)];
}
const ALL = [...forms(SECRET, ID), ...forms(TOKEN)];

/** The texts holding a form, or any 12-character piece of one (what a cut-off would leave). */
function leaks(texts: Record<string, string>): string[] {
  const pieces = new Set<string>();
  for (const f of ALL) for (let i = 0; i + 12 <= f.length; i++) pieces.add(f.slice(i, i + 12));
  return Object.entries(texts)
    .filter(([, t]) => [...pieces].some((p) => t.includes(p)))
    .map(([name]) => name);
}

/** Everything the request carried, after `lead` characters of padding (puts it across the old cut). */
function echo(req: Seen, lead = 150): string {
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n');
  return (
    `${'x'.repeat(lead)} ${req.headers.authorization ?? ''} ${req.body} | ${req.method} ${req.url}\n${headers}\n` +
    `expected Basic ${b64(`${ID}:${SECRET}`)}; pct ${encodeURIComponent(String(req.headers.authorization ?? ''))}; b64 ${b64(TOKEN)}`
  );
}

const SCENARIOS: { name: string; fake: FakeOptions }[] = [
  {
    name: 'the token endpoint echoes the form body (400, text/plain)',
    fake: {
      api: () => ({ status: 200, body: { entities: [] } }),
      token: (req) => ({ status: 400, body: echo(req, 110), headers: { 'content-type': 'text/plain' } }),
    },
  },
  {
    name: 'the token endpoint echoes the form body (401, JSON error_description)',
    fake: {
      api: () => ({ status: 200, body: { entities: [] } }),
      token: (req) => ({ status: 401, body: { error: 'invalid_client', error_description: echo(req, 90) } }),
    },
  },
  {
    name: 'the API echoes the bearer token (401, JSON message)',
    fake: {
      token: () => ({ status: 200, body: { access_token: TOKEN, expires_in: 3600 } }),
      api: (req) => ({ status: 401, body: { message: echo(req, 150), code: `E ${TOKEN}` } }),
    },
  },
  {
    name: 'the API echoes the bearer token (500, text/plain)',
    fake: {
      token: () => ({ status: 200, body: { access_token: TOKEN, expires_in: 3600 } }),
      api: (req) => ({ status: 500, body: echo(req, 160), headers: { 'content-type': 'text/plain' } }),
    },
  },
];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function serve(o: FakeOptions): Promise<Fake> {
  const fake = await startFake(o);
  cleanups.push(() => fake.close());
  return fake;
}

/** Every file under `dir`, by path relative to it. */
async function filesUnder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[`file ${path.slice(dir.length + 1)}`] = await readFile(path, 'utf8');
  }
  return out;
}

/** A stream as the runner shows it: commands by their unescaped properties and data, mask commands left out. */
function runnerView(stream: string): string {
  return runnerLines(stream)
    .flatMap((line) => {
      const [c] = workflowCommands(line);
      if (!c) return [line];
      return c.name === 'add-mask' ? [] : [`${c.name} ${Object.values(c.props).join(' ')} ${c.data}`];
    })
    .join('\n');
}

const repoFiles = { 'cxone/schemas/call-connected.yaml': callConnectedYaml('integer', '1.0.0'), 'out/.keep': '' };

describe('no form of a secret in any output, whatever the servers echo', () => {
  for (const s of SCENARIOS) {
    it(`CLI check: ${s.name}`, async () => {
      const fake = await serve(s.fake);
      const ws = await tempRepo(repoFiles);
      const r = await runNodeAsync(
        CLI,
        ['check', '--root', ws, '--format', 'json', '--report-file', join(ws, 'out/report.json'), '--max-retries', '0'],
        {
          cwd: ws,
          env: {
            CXONE_API_BASE_URL: fake.url,
            CXONE_TOKEN_URL: `${fake.url}/oauth/token`,
            CXONE_CLIENT_ID: ID,
            CXONE_CLIENT_SECRET: SECRET,
          },
        },
      );
      // refused credentials are configuration (2); a failing platform stays 3
      expect(r.code).toBe(s.name.includes('500') ? 3 : 2);
      expect(r.stderr).toMatch(/40[01]|500/);
      expect(r.stderr).toContain('***');
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      expect(leaks({ stdout: r.stdout, stderr: r.stderr, ...(await filesUnder(ws)) })).toEqual([]);
    });

    it(`action check: ${s.name}`, async () => {
      const fake = await serve(s.fake);
      const ws = await tempRepo(repoFiles);
      const r = await runActionIn(ws, {
        'api-base-url': fake.url,
        'token-url': `${fake.url}/oauth/token`,
        'client-id': ID,
        'client-secret': SECRET,
        'max-retries': '0',
      });
      expect(r.code).toBe(s.name.includes('500') ? 3 : 2);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      // Every form the run met is masked, as the runner reads the commands (each before its use:
      // the masks of the secret come before the failure line, those of a token too).
      const commands = workflowCommands(r.stdout);
      const masks = commands.filter((c) => c.name === 'add-mask').map((c) => c.data);
      const met = fake.api.length > 0 ? ALL : forms(SECRET, ID);
      for (const f of met) expect(masks, f).toContain(f);
      const failure = commands.findIndex((c) => c.name === 'error');
      expect(failure).toBeGreaterThan(commands.findLastIndex((c) => c.name === 'add-mask'));
      expect(commands[failure]!.data).toContain('***');
      // Apart from the mask commands themselves, nothing shows any form in the log as the runner
      // shows it (command data unescaped: `%25` is `%` again).
      expect(leaks({ stdout: runnerView(r.stdout), stderr: runnerView(r.stderr), ...(await filesUnder(ws)) })).toEqual(
        [],
      );
    });
  }
});

// ---- deploy: the platform's filter validation echoes the request into a finding ---------------

/**
 * The emulator behind a proxy that hands the client TOKEN instead of the emulator's own token (and
 * swaps it back on the way in), and answers filter validation with a 400 quoting the request: the
 * echo then reaches the deploy's own outputs (the operation's error, audit file, summary).
 */
async function echoingPlatform(): Promise<{ url: string; close(): Promise<void> }> {
  const em = await startEmulator({ clients: [{ ...DEFAULT_CLIENT, clientId: ID, clientSecret: SECRET }] });
  let real = '';
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const seen: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      if (seen.url.split('?')[0]!.endsWith('/filters/validate')) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ valid: false, message: `rejected: ${echo(seen, 40)}` }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
      if (headers.authorization) headers.authorization = `Bearer ${real}`;
      const up = await fetch(em.url + seen.url, { method: seen.method, headers, ...(body !== '' ? { body } : {}) });
      let text = await up.text();
      if (seen.url.startsWith('/oauth/token') && up.ok) {
        const t = JSON.parse(text) as { access_token: string };
        real = t.access_token;
        text = JSON.stringify({ ...t, access_token: TOKEN });
      }
      const out: Record<string, string> = {};
      up.headers.forEach((v, k) => {
        if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'connection')
          out[k] = v;
      });
      res.writeHead(up.status, out);
      res.end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await em.close();
    },
  };
}

const FILTER = `name: echo_probe
description: A filter the platform's validation refuses, quoting the request.
channel: chat
matchers:
  - attribute: interaction.disposition
    operator: equals
    value: abandoned
target_group_id: grp_probe
`;

describe('deploy: a validation answer that quotes the request', () => {
  it('CLI deploy: the refusal is reported, without any form of the secret or the token', async () => {
    const platform = await echoingPlatform();
    cleanups.push(() => platform.close());
    const ws = await tempRepo({ 'cxone/filters/echo-probe.yaml': FILTER, 'out/.keep': '' });
    const r = await runNodeAsync(
      CLI,
      [
        'deploy',
        '--root',
        ws,
        '--format',
        'json',
        '--report-file',
        join(ws, 'out/report.json'),
        '--audit-file',
        join(ws, 'out/audit.jsonl'),
      ],
      {
        cwd: ws,
        env: { CXONE_API_BASE_URL: platform.url, CXONE_CLIENT_ID: ID, CXONE_CLIENT_SECRET: SECRET },
      },
    );
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const files = await filesUnder(ws);
    const all = r.stdout + r.stderr + Object.values(files).join('\n');
    expect(all).toContain("the platform's validation refused the filter: rejected:");
    expect(all).toContain('Bearer ***');
    expect(leaks({ stdout: r.stdout, stderr: r.stderr, ...files })).toEqual([]);
  });

  it('action deploy: the refusal is reported in the log, summary and audit file, masked and redacted', async () => {
    const platform = await echoingPlatform();
    cleanups.push(() => platform.close());
    const ws = await tempRepo({ 'cxone/filters/echo-probe.yaml': FILTER });
    const r = await runActionIn(
      ws,
      { mode: 'deploy', 'api-base-url': platform.url, 'client-id': ID, 'client-secret': SECRET },
      await pushEvent(ws),
    );
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const masks = workflowCommands(r.stdout)
      .filter((c) => c.name === 'add-mask')
      .map((c) => c.data);
    for (const f of ALL) expect(masks, f).toContain(f);
    const files = await filesUnder(ws);
    const all = runnerView(r.stdout) + Object.values(files).join('\n');
    expect(all).toContain("the platform's validation refused the filter: rejected:");
    expect(files['file out/step-summary.md']).not.toBe('');
    expect(leaks({ stdout: runnerView(r.stdout), stderr: runnerView(r.stderr), ...files })).toEqual([]);
  });
});
