// Exit codes of the commands that read the tenant, through the CLI front, against the platform
// emulator (and a scripted token endpoint) on loopback: credentials the platform refuses and a
// missing scope are configuration (2, naming what to fix, never the secret); an unreachable or
// failing platform is 3.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { secretForms } from '../../src/cxone/index.js';
import { DEFAULT_CLIENT, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { startFake } from '../cxone/helpers.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const SEED = join(EXAMPLES, 'registry-export.json');
const SECRET = 'Sup3r/s3cret+value=';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator({ seed: SEED, ...options });
  cleanups.push(() => emu.close());
  return emu;
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(
  command: string,
  url: string,
  credentials: { id: string; secret: string },
  flags: string[] = [],
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const outDir = command === 'export' ? await mkdtemp(join(tmpdir(), 'cxc-auth-')) : undefined;
  if (outDir) cleanups.push(() => rm(outDir, { recursive: true, force: true }));
  const extra = outDir ? ['--out', outDir] : ['--root', EXAMPLES];
  const code = await cli([command, ...extra, '--max-retries', '0', ...flags], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { CXONE_API_BASE_URL: url, CXONE_CLIENT_ID: credentials.id, CXONE_CLIENT_SECRET: credentials.secret },
    cwd: EXAMPLES,
    color: false,
  });
  return { code, out: out.join(''), err: err.join('') };
}

/** One error line on stderr, and no form of the secret or of any issued token anywhere. */
function oneLine(r: Run, secrets: string[]): string {
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const all = [r.out, r.err].join('\n');
  for (const s of secrets) expect(all).not.toContain(s);
  return lines[0]!;
}

const secretsOf = (emu: Emulator | undefined, secret: string, id: string) => [
  ...secretForms(secret, id).filter((f) => f.length >= 6),
  ...(emu ? emu.state.tokens.keys() : []),
];

describe('credentials the platform refuses: exit 2', () => {
  for (const command of ['check', 'drift', 'export', 'deploy']) {
    it(`${command} with a wrong client-secret names the credentials to check`, async () => {
      const emu = await emulator();
      const r = await run(command, emu.url, { id: DEFAULT_CLIENT.clientId, secret: SECRET });
      expect(r.code).toBe(2);
      const line = oneLine(r, secretsOf(emu, SECRET, DEFAULT_CLIENT.clientId));
      expect(line).toMatch(
        /^cxone-contract: error: POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: 401 Unauthorized — the token request was refused — check client-id, client-secret and tenant \(CLI: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_TENANT\)/,
      );
      // nothing but the token request was sent
      expect(emu.requests.map((q) => q.path)).toEqual(['/oauth/token']);
    });
  }

  it('check with an unknown client-id', async () => {
    const emu = await emulator();
    const r = await run('check', emu.url, { id: 'nobody', secret: DEFAULT_CLIENT.clientSecret });
    expect(r.code).toBe(2);
    expect(oneLine(r, secretsOf(emu, DEFAULT_CLIENT.clientSecret, 'nobody'))).toMatch(
      /401 Unauthorized — the token request was refused — check client-id, client-secret/,
    );
  });

  it('a token endpoint answering 400 invalid_grant and echoing the secret: exit 2, the echo masked', async () => {
    const fake = await startFake({
      api: () => ({ status: 200, body: { entities: [] } }),
      token: (req) => ({
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: `client disabled; got ${new URLSearchParams(req.body).get('client_secret')}`,
        },
      }),
    });
    cleanups.push(() => fake.close());
    const r = await run('check', fake.url, { id: 'c1', secret: SECRET });
    expect(r.code).toBe(2);
    const line = oneLine(r, secretsOf(undefined, SECRET, 'c1'));
    expect(line).toMatch(
      /400 Bad Request — the token request was refused — check client-id, client-secret and tenant .*the secret may have expired or the client been disabled \(invalid_grant: client disabled; got \*\*\*\)$/,
    );
    expect(fake.api).toHaveLength(0);
  });

  it('an API that refuses every freshly issued token: exit 2, blaming the token, not an outage', async () => {
    const fake = await startFake({
      api: () => ({ status: 401, body: { message: 'token not valid for this tenant' } }),
    });
    cleanups.push(() => fake.close());
    const r = await run('check', fake.url, { id: 'c1', secret: SECRET });
    expect(r.code).toBe(2);
    expect(oneLine(r, [...secretsOf(undefined, SECRET, 'c1'), 'tok-1', 'tok-2'])).toMatch(
      /GET \/api\/v2\/eventbridge\/schemas\?export=true: 401 Unauthorized — the API refused a freshly issued token — check that token-url issues tokens for this api-base-url/,
    );
    expect(fake.tokens).toHaveLength(2);
  });
});

describe('a missing scope: exit 2 naming the scope', () => {
  const client = (scopes: string[]) => ({ clientId: 'narrow', clientSecret: SECRET, scopes });

  it('check without eventbridge:schemas:read', async () => {
    const c = client(['event-processing:read', 'event-processing:write']);
    const emu = await emulator({ clients: [c] });
    const r = await run('check', emu.url, { id: c.clientId, secret: c.clientSecret });
    expect(r.code).toBe(2);
    expect(oneLine(r, secretsOf(emu, SECRET, c.clientId))).toMatch(
      /^cxone-contract: error: GET \/api\/v2\/eventbridge\/schemas\?export=true: 403 Forbidden — the token lacks scope eventbridge:schemas:read \(grant it to the OAuth client\)/,
    );
  });

  it('drift without event-processing:read', async () => {
    const c = client(['eventbridge:schemas:read', 'analytics:read']);
    const emu = await emulator({ clients: [c] });
    const r = await run('drift', emu.url, { id: c.clientId, secret: c.clientSecret });
    expect(r.code).toBe(2);
    expect(oneLine(r, secretsOf(emu, SECRET, c.clientId))).toMatch(
      /GET \/api\/v2\/event-processing\/filters: 403 Forbidden — the token lacks scope event-processing:read \(grant it to the OAuth client\)/,
    );
  });

  it('export without event-processing:read', async () => {
    const c = client(['eventbridge:schemas:read']);
    const emu = await emulator({ clients: [c] });
    const r = await run('export', emu.url, { id: c.clientId, secret: c.clientSecret });
    expect(r.code).toBe(2);
    expect(oneLine(r, secretsOf(emu, SECRET, c.clientId))).toMatch(
      /GET \/api\/v2\/event-processing\/filters: 403 Forbidden — the token lacks scope event-processing:read/,
    );
  });

  it('a 403 that names no scope: the scope of the call', async () => {
    const fake = await startFake({ api: () => ({ status: 403, body: { message: 'Forbidden' } }) });
    cleanups.push(() => fake.close());
    const r = await run('check', fake.url, { id: 'c1', secret: SECRET });
    expect(r.code).toBe(2);
    expect(oneLine(r, secretsOf(undefined, SECRET, 'c1'))).toMatch(
      /403 Forbidden — the token lacks scope eventbridge:schemas:read \(grant it to the OAuth client\) \(platform: Forbidden\)$/,
    );
  });
});

describe('an unreachable or failing platform: still exit 3', () => {
  const good = { id: DEFAULT_CLIENT.clientId, secret: DEFAULT_CLIENT.clientSecret };

  it('nothing listening at api-base-url', async () => {
    const fake = await startFake({ api: () => undefined });
    await fake.close();
    const r = await run('check', fake.url, good);
    expect(r.code).toBe(3);
    expect(oneLine(r, [])).toMatch(/could not connect to http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) — check token-url/);
  });

  for (const command of ['check', 'drift', 'export']) {
    it(`${command}: the API answering 5xx`, async () => {
      const emu = await emulator({ faults: { seed: 7, rate5xx: 1 } });
      const r = await run(command, emu.url, good);
      expect(r.code).toBe(3);
      expect(oneLine(r, secretsOf(emu, good.secret, good.id))).toMatch(
        /: 50[023] [\w ]+ — the platform failed \(try again later\)/,
      );
    });
  }

  it('the token endpoint answering 5xx', async () => {
    const emu = await emulator({ faults: { seed: 7, rate5xx: 1, onToken: true } });
    const r = await run('check', emu.url, good);
    expect(r.code).toBe(3);
    expect(oneLine(r, [])).toMatch(/\/oauth\/token: 50[023] /);
  });

  it('a platform that never answers', async () => {
    const emu = await emulator({ faults: { seed: 7, rateStall: 1, stallMs: 1e9, onToken: true } });
    const r = await run('check', emu.url, good, ['--request-timeout', '1']);
    expect(r.code).toBe(3);
    expect(oneLine(r, [])).toMatch(/no response within 1000 ms/);
  });
});
