// A fake CXone platform on loopback that a test scripts exactly: statuses, Retry-After, resets
// (socket.destroy()), stalls. Token requests are answered by default with tok-1, tok-2, ...

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CxoneClient, type ClientOptions } from '../../src/cxone/index.js';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Reply =
  { status: number; body?: unknown; headers?: Record<string, string> } | 'reset' | 'stall' | undefined;

export interface FakeOptions {
  /** API handler; `n` counts API requests from 0 (token requests excluded). */
  api: (req: Seen, n: number) => Reply | Promise<Reply>;
  /** Token handler; default: 200 with tok-<n+1>, expires_in `ttl` (3600). */
  token?: (req: Seen, n: number) => Reply | Promise<Reply>;
  ttl?: number;
  tokenPath?: string;
}

export interface Fake {
  url: string;
  api: Seen[];
  tokens: Seen[];
  close(): Promise<void>;
}

export async function startFake(o: FakeOptions): Promise<Fake> {
  const api: Seen[] = [];
  const tokens: Seen[] = [];
  const tokenPath = o.tokenPath ?? '/oauth/token';
  const stalled: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const seen: Seen = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        let reply: Reply;
        if (seen.url.split('?')[0] === tokenPath) {
          const n = tokens.push(seen) - 1;
          reply = o.token
            ? await o.token(seen, n)
            : { status: 200, body: { access_token: `tok-${n + 1}`, token_type: 'Bearer', expires_in: o.ttl ?? 3600 } };
        } else {
          const n = api.push(seen) - 1;
          reply = await o.api(seen, n);
        }
        if (reply === 'reset') {
          req.socket.destroy();
          return;
        }
        if (reply === 'stall') {
          stalled.push(res);
          return;
        }
        if (reply === undefined) reply = { status: 404, body: { message: 'no route' } };
        const text =
          reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          ...(text !== '' && typeof reply.body !== 'string' ? { 'content-type': 'application/json' } : {}),
          ...reply.headers,
        });
        res.end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    tokens,
    close: async () => {
      for (const r of stalled) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Injected timing: sleeps are recorded and return at once; random is fixed; now is settable. */
export function fakeTime(start = Date.parse('2030-01-01T00:00:00Z')) {
  const t = { now: start, sleeps: [] as number[] };
  return {
    t,
    sleep: async (ms: number) => {
      t.sleeps.push(ms);
      t.now += ms;
    },
    now: () => t.now,
    random: () => 0.5,
  };
}

export const SECRET = 'sEcReT-do-not-leak-42';

export interface Harness {
  client: CxoneClient;
  masked: string[];
  logs: string[];
  time: ReturnType<typeof fakeTime>;
}

export function makeClient(url: string, extra: Partial<ClientOptions> = {}): Harness {
  const masked: string[] = [];
  const logs: string[] = [];
  const time = fakeTime();
  const client = new CxoneClient({
    baseUrl: url,
    clientId: 'client-1',
    clientSecret: SECRET,
    mask: (s) => masked.push(s),
    log: (l) => logs.push(l),
    sleep: time.sleep,
    now: time.now,
    random: time.random,
    ...extra,
  });
  return { client, masked, logs, time };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

/** Asserts no secret occurs in any of the texts. */
export function leaks(texts: string[], secrets: string[]): string[] {
  return texts.filter((t) => secrets.some((s) => t.includes(s)));
}
