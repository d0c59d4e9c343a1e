// A loopback fake of the GitHub Actions results service, as @actions/artifact (v2+) uses it:
// twirp CreateArtifact -> a signed block-blob URL -> Put Block(s) + Put Block List -> twirp
// FinalizeArtifact. It records every call and keeps the committed blob, so a test can read back
// exactly what was uploaded.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface ResultsCall {
  method: string;
  /** Path and query. */
  url: string;
  authorization?: string;
  /** Parsed JSON for twirp calls (protobuf field names, as the client sends them). */
  json?: Record<string, unknown>;
}

export interface FakeResultsService {
  url: string;
  /** A runtime token whose `scp` claim names this run and job, as the runner's does. */
  runtimeToken: string;
  calls: ResultsCall[];
  /** Committed blobs by artifact name. */
  blobs: Map<string, Buffer>;
  close(): Promise<void>;
}

export const RUN_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const JOB_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000002';

export async function startResultsService(
  opts: { artifactId?: number; failCreate?: boolean } = {},
): Promise<FakeResultsService> {
  const calls: ResultsCall[] = [];
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const finalized = new Set<string>();
  let base = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => reply(res, 500, { msg: String(err) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await body(req);
    const url = new URL(req.url ?? '/', base);
    const call: ResultsCall = {
      method: req.method ?? '',
      url: url.pathname + url.search,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    calls.push(call);
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      const json = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
      call.json = json;
      if (req.headers.authorization !== `Bearer ${runtimeToken}`)
        return reply(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
      if (json.workflow_run_backend_id !== RUN_BACKEND_ID || json.workflow_job_run_backend_id !== JOB_BACKEND_ID)
        return reply(res, 400, { code: 'invalid_argument', msg: 'backend ids' });
      const name = String(json.name);
      const method = url.pathname.slice(TWIRP.length);
      if (method === 'CreateArtifact') {
        if (opts.failCreate)
          return reply(res, 409, { code: 'already_exists', msg: `an artifact named ${name} already exists` });
        blocks.set(name, new Map());
        return reply(res, 200, {
          ok: true,
          signed_upload_url: `${base}/blob/${encodeURIComponent(name)}?sig=fake-signature`,
        });
      }
      if (method === 'FinalizeArtifact') {
        if (!blobs.has(name)) return reply(res, 400, { code: 'failed_precondition', msg: 'nothing uploaded' });
        if (String(json.size) !== String(blobs.get(name)!.length))
          return reply(res, 400, {
            code: 'invalid_argument',
            msg: `size ${String(json.size)} != ${blobs.get(name)!.length}`,
          });
        finalized.add(name);
        return reply(res, 200, { ok: true, artifact_id: String(opts.artifactId ?? 4242) });
      }
      return reply(res, 404, { code: 'bad_route', msg: method });
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) {
      const name = decodeURIComponent(url.pathname.slice('/blob/'.length));
      const staged = blocks.get(name);
      if (!staged || url.searchParams.get('sig') !== 'fake-signature') return reply(res, 403, {});
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        staged.set(url.searchParams.get('blockid') ?? '', raw);
        return reply(res, 201);
      }
      if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (m) => m[1]!,
        );
        blobs.set(name, Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))));
        return reply(res, 201);
      }
      // a single-shot upload (small blobs)
      blobs.set(name, raw);
      return reply(res, 201);
    }
    reply(res, 404, {});
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const runtimeToken = unsignedJwt({ scp: `Actions.ExampleScope Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}` });
  return {
    url: base,
    runtimeToken,
    calls,
    blobs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Run `fn` with a fresh fake, closed afterwards whatever happens. */
export async function withResultsService<T>(
  opts: Parameters<typeof startResultsService>[0],
  fn: (service: FakeResultsService) => Promise<T>,
): Promise<T> {
  const service = await startResultsService(opts);
  try {
    return await fn(service);
  } finally {
    await service.close();
  }
}

function reply(res: ServerResponse, status: number, json?: unknown): void {
  const text = json === undefined ? '' : JSON.stringify(json);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    'x-ms-request-id': 'fake',
    'x-ms-version': '2025-01-05',
    etag: '"0x1"',
    'last-modified': new Date().toUTCString(),
  });
  res.end(text);
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** The files of a zip archive (stored or deflated), read through its central directory. */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const { inflateRawSync } = await import('node:zlib');
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}
