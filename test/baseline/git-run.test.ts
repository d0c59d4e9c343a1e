// runGit's timeout against a real stalled origin: an HTTP server on loopback that accepts the
// connection and never answers. `git fetch` hands the transport to git-remote-http, which keeps
// git's pipes open; the timeout must still settle the call, and leave no git process behind.

import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, runGit } from '../../src/baseline/git-run.js';
import { gitRepo } from '../e2e/helpers.js';

const sockets = new Set<Socket>();
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  for (const s of sockets) s.destroy();
  await close?.();
});

/** A server that accepts connections and says nothing; its port, and a promise per connection of its end. */
async function silentServer(): Promise<{ port: number; ended: Promise<void>[] }> {
  const ended: Promise<void>[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    ended.push(new Promise((done) => socket.on('close', () => done())));
    socket.on('error', () => undefined);
    socket.resume(); // read (and drop) the request: the peer's end is seen only while reading
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => new Promise((done) => server.close(() => done()));
  return { port: (server.address() as { port: number }).port, ended };
}

/** Processes whose command line names `text` (Linux /proc). */
async function processesNaming(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(text)) found.push(`${pid}: ${cmd.replaceAll('\0', ' ')}`);
  }
  return found;
}

describe('runGit timeout', () => {
  it('settles a fetch from an origin that never answers with the timeout error, and kills git and its transport helper', async () => {
    const { dir } = await gitRepo({ 'a.txt': 'a' });
    const { port, ended } = await silentServer();
    const url = `http://127.0.0.1:${port}/x.git`;
    const error = await runGit(['fetch', '--no-tags', '--depth=1', url, '--end-of-options', 'a'.repeat(40)], {
      cwd: dir,
      timeoutMs: 2000,
      maxBytes: 1024,
    }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).why).toBe('timeout');
    expect((error as GitError).message).toBe('git fetch did not finish within 2 s');
    // The helper that held the connection is gone: the server sees every connection end.
    expect(ended.length).toBeGreaterThan(0);
    await Promise.all(ended);
    expect(await processesNaming(`127.0.0.1:${port}`)).toEqual([]);
  }, 60_000);
});
