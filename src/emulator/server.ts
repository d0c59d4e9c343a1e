// The emulator's HTTP server: routing, the order of concerns for every request (body limit ->
// rate limit -> injected fault -> 404/405 -> authentication and scope -> handler), and close().

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { auditRoutes, mutateWithAudit } from './audit.js';
import { authenticate, issueToken, type AuthConfig } from './auth.js';
import type { ApiRequest, Ctx, Route } from './context.js';
import { FaultInjector } from './faults.js';
import { filterRoutes, Lifecycle } from './filters.js';
import { groupRoutes } from './groups.js';
import { ApiError, BodyTooLarge, parseJsonBody, readBody, type ApiResponse } from './http.js';
import { metricsRoutes } from './metrics.js';
import { TokenBucket } from './rate-limit.js';
import { schemaRoutes } from './schemas.js';
import { createState, seedState } from './state.js';
import { ALL_SCOPES, type Emulator, type EmulatorOptions, type RequestRecord } from './types.js';
import { resolveVariant } from './variant.js';

export const TOKEN_PATH = '/oauth/token';
export const DEFAULT_CLIENT = { clientId: 'emulator-client', clientSecret: 'emulator-secret', scopes: [...ALL_SCOPES] };
const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

function compile(routes: Route[]): CompiledRoute[] {
  return routes.map((r) => {
    const names: string[] = [];
    const source = r.pattern
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          names.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { ...r, regex: new RegExp(`^${source}/?$`), names };
  });
}

const ROUTES = compile([...schemaRoutes, ...filterRoutes, ...groupRoutes, ...auditRoutes, ...metricsRoutes]);

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const now = options.now ?? (() => new Date());
  const variant = resolveVariant(options.variant);
  const state = createState();
  if (options.seed !== undefined) seedState(state, options.seed, now());
  const requests: RequestRecord[] = [];
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const auth: AuthConfig = {
    clients: options.clients ?? [DEFAULT_CLIENT],
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    formats: options.tokenFormats ?? ['form', 'json'],
    now,
  };
  const bucket =
    options.rateLimitPerSecond !== undefined && options.rateLimitPerSecond > 0
      ? new TokenBucket(options.rateLimitPerSecond)
      : undefined;
  const faults = options.faults ? new FaultInjector(options.faults) : undefined;
  const stalls = new Set<() => void>();
  const sockets = new Set<Socket>();
  let closed = false;

  const ctx: Ctx = {
    state,
    now,
    metricsSeed: options.metricsSeed ?? 1,
    variant,
    maxPageSize: options.maxPageSize ?? 1000,
    record: (entry) => state.audit.push({ timestamp: now().toISOString(), ...entry }),
    scheduleActivation: (f) => lifecycle.schedule(f),
  };
  const lifecycle = new Lifecycle(() => ctx, options.activationDelayMs ?? 300, options.failActivation);

  const stall = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stalls.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(ms, 2_147_483_647));
      timer.unref();
      stalls.add(done);
    });

  const send = (res: ServerResponse, r: ApiResponse, extra: Record<string, string> = {}) => {
    if (res.destroyed || res.headersSent) return;
    const body = r.body === undefined ? '' : JSON.stringify(r.body);
    res.writeHead(r.status, {
      ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'content-length': String(Buffer.byteLength(body)),
      ...r.headers,
      ...extra,
    });
    res.end(body);
  };
  const errorBody = (err: ApiError) => (variant.errorBody === 'message' ? { message: err.message } : err.body());
  const sendError = (res: ServerResponse, err: ApiError, extra: Record<string, string> = {}) =>
    send(res, { status: err.status, body: errorBody(err), headers: err.headers }, extra);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = req.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://emulator.invalid');
    } catch {
      url = new URL('http://emulator.invalid/');
    }
    const path = url.pathname;
    let injected: RequestRecord['fault'];
    let logged = false;
    const log = (status: number) => {
      if (logged) return;
      logged = true;
      requests.push({
        method,
        path,
        status,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(injected ? { fault: injected } : {}),
      });
    };
    res.on('finish', () => log(res.statusCode));
    // A request the client gave up on (e.g. a stall it timed out) never finishes: log it as 0.
    res.on('close', () => log(res.writableFinished ? res.statusCode : 0));

    let raw: Buffer;
    try {
      raw = await readBody(req, maxBody);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        sendError(res, new ApiError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBody} bytes`), {
          connection: 'close',
        });
        req.resume();
      } else {
        res.destroy();
        log(0);
      }
      return;
    }
    if (closed) return;

    const isToken = path === TOKEN_PATH || path === `${TOKEN_PATH}/`;
    if (!isToken || options.faults?.onToken) {
      if (bucket && !isToken) {
        const wait = bucket.take();
        if (wait > 0) {
          injected = 'rate-limit';
          sendError(
            res,
            new ApiError(
              429,
              'RATE_LIMITED',
              `more than ${options.rateLimitPerSecond} requests per second; retry after ${wait} s`,
            ),
            { 'retry-after': String(wait) },
          );
          return;
        }
      }
      const fault = options.faults?.methods && !options.faults.methods.includes(method) ? undefined : faults?.next();
      if (fault && fault.kind !== 'none') {
        injected = fault.kind;
        if (fault.kind === '429') {
          sendError(res, new ApiError(429, 'RATE_LIMITED', 'too many requests (injected)'), {
            'retry-after': String(fault.retryAfter),
          });
          return;
        }
        if (fault.kind === '5xx') {
          sendError(res, new ApiError(fault.status, 'SERVER_ERROR', `the service failed (injected ${fault.status})`));
          return;
        }
        if (fault.kind === 'reset') {
          resetConnection(req);
          log(0);
          return;
        }
        if (fault.kind === 'stall') {
          await stall(fault.ms);
          if (closed) return;
        }
      }
    }
    // 'reset-after': the handler runs (and applies any write), then the answer is lost with the connection.
    const answer = (r: ApiResponse) => {
      if (injected !== 'reset-after') return send(res, r);
      resetConnection(req);
      log(0);
    };

    if (isToken) {
      if (method !== 'POST') {
        sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${TOKEN_PATH}`), {
          allow: 'POST',
        });
        return;
      }
      send(res, issueToken(state, auth, req.headers, raw));
      return;
    }

    const matching = ROUTES.filter((r) => r.regex.test(path));
    const route = matching.find((r) => r.method === method);
    if (!route) {
      if (matching.length === 0) sendError(res, new ApiError(404, 'NOT_FOUND', `no endpoint ${path}`));
      else
        sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`), {
          allow: [...new Set(matching.map((r) => r.method))].join(', '),
        });
      return;
    }
    try {
      const m = route.regex.exec(path)!;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(m[i + 1]!);
        } catch {
          throw new ApiError(400, 'BAD_REQUEST', `malformed path segment ${m[i + 1]}`);
        }
      });
      const grant = authenticate(state, now(), req.headers, route.scope);
      let parsed: { value: unknown } | undefined;
      const apiReq: ApiRequest = {
        method,
        path,
        params,
        query: url.searchParams,
        headers: req.headers,
        actor: grant.clientId,
        json: () => (parsed ??= { value: parseJsonBody(raw) }).value,
      };
      answer(route.handler(ctx, apiReq));
    } catch (err) {
      if (err instanceof ApiError) answer({ status: err.status, body: errorBody(err), headers: err.headers });
      else
        sendError(res, new ApiError(500, 'INTERNAL', `the emulator failed: ${(err as Error)?.message ?? String(err)}`));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      try {
        sendError(res, new ApiError(500, 'INTERNAL', `the emulator failed: ${(err as Error)?.message ?? String(err)}`));
      } catch {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;

  return {
    url,
    tokenUrl: `${url}${TOKEN_PATH}`,
    state,
    requests,
    mutate: (actor, fn) => mutateWithAudit(ctx, actor, fn),
    close: async () => {
      if (closed) return;
      closed = true;
      lifecycle.clear();
      for (const done of [...stalls]) done();
      const finished = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
      await finished;
    },
  };
}

function resetConnection(req: IncomingMessage): void {
  const socket = req.socket as Socket & { resetAndDestroy?: () => void };
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}
