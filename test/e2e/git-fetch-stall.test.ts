// The bundled action fetching a base commit from an origin that accepts the connection and never
// answers, stopped by a signal (a cancelled job): git runs in its own process group (so that a
// timeout can kill its transport helper too), so the signal must reach that group as well. The
// action ends by the signal, and no git process is left behind.

import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION, git, gitRepo } from './helpers.js';

let server: Server | undefined;
const sockets = new Set<Socket>();

afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

/** Processes whose command line names `text` (Linux /proc). */
async function processesNaming(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(text)) found.push(`${pid}: ${cmd.replaceAll('\0', ' ')}`);
  }
  return found;
}

describe('a stalled fetch of the base commit, and a cancelled job', () => {
  it('SIGTERM ends the action and the git fetch it started, helper and all', async () => {
    let connected!: () => void;
    const connection = new Promise<void>((done) => (connected = done));
    const ended: Promise<void>[] = [];
    server = createServer((socket) => {
      sockets.add(socket);
      ended.push(new Promise((done) => socket.on('close', () => done())));
      socket.on('error', () => undefined);
      socket.resume(); // read (and drop) the request: the peer's end is seen only while reading
      connected();
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;

    const { dir } = await gitRepo({ 'cxone/schemas/a.yaml': 'title: A\n' });
    git(dir, 'remote', 'add', 'origin', `http://127.0.0.1:${port}/x.git`);
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(join(out, 'github-output'), '');
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('CXONE_'),
      ),
    );
    const child = spawn(process.execPath, [ACTION], {
      cwd: dir,
      env: {
        ...env,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: join(out, 'github-output'),
        RUNNER_TEMP: out,
        GITHUB_EVENT_NAME: 'push',
        INPUT_AGAINST: 'ab'.repeat(20),
      },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | number | null>((done) =>
      child.on('exit', (code, signal) => done(signal ?? code)),
    );

    await connection; // git is fetching, and the origin says nothing
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await Promise.all(ended);
    expect(await processesNaming(`127.0.0.1:${port}`)).toEqual([]);
  }, 60_000);
});
