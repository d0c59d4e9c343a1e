import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEmulatorCommand } from '../../src/emulator/index.js';
import { schema, until } from './helpers.js';

describe('cxone-contract emulator', () => {
  it('prints the URLs and credentials, serves the seed, and stops when told', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cxone-emu-cli-')), 'export.json');
    writeFileSync(file, JSON.stringify({ entities: [schema('Seeded')] }));
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runEmulatorCommand({ port: 0, seed: file }, { out: (s) => lines.push(s) }, stop.signal);
    await until(async () => lines.some((l) => l.startsWith('Press Ctrl+C')));
    const base = /CXONE_API_BASE_URL=(\S+)/.exec(lines.join('\n'))![1]!;
    const tokenUrl = /CXONE_TOKEN_URL=(\S+)/.exec(lines.join('\n'))![1]!;
    expect(tokenUrl).toBe(`${base}/oauth/token`);
    expect(lines.join('\n')).toContain('CXONE_CLIENT_ID=emulator-client');
    const tok = (await (
      await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: 'emulator-client',
          client_secret: 'emulator-secret',
        }),
      })
    ).json()) as { access_token: string };
    const exported = (await (
      await fetch(`${base}/api/v2/eventbridge/schemas?export=true`, {
        headers: { authorization: `Bearer ${tok.access_token}` },
      })
    ).json()) as { entities: { title: string }[] };
    expect(exported.entities.map((e) => e.title)).toEqual(['Seeded']);
    stop.abort();
    await running;
    expect(lines.at(-1)).toContain('stopped');
    await expect(fetch(`${base}/api/v2/eventbridge/schemas`)).rejects.toThrow();
  });
});
