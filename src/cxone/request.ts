// The request core: one logical call = attempts with retries, bounded concurrency, auth and errors.
//
// Retry rules (cxone-api.md "Common behaviour"):
// - 429 is retried for every method (the platform refused it before doing anything), honouring
//   Retry-After (seconds or an HTTP date), else full-jitter backoff;
// - 5xx (but 501), connection resets and timeouts are retried only for idempotent calls: GET, PUT with
//   If-Match, and POSTs the caller marks safe (token requests, filter validation);
// - a refused connection or an unknown host is not retried: waiting will not make it answer;
// - a 401 from the API refreshes the token once and repeats the call once.
// A concurrency slot is held for one attempt only, never while sleeping between attempts.

import { backoffDelay, parseRetryAfter } from './backoff.js';
import {
  ApiError,
  adviceFor,
  endpointLabel,
  netKind,
  networkCode,
  networkMessage,
  scopeFor,
  scopeFromResponse,
  serverMessage,
  statusText,
  type ApiErrorInit,
  type Redactor,
} from './errors.js';
import { escapeControl } from '../core/log-safe.js';
import { Pool } from '../core/pool.js';
import type { ResolvedOptions } from './options.js';
import { Pacer } from './pacer.js';
import { Transport, type RawResponse } from './transport.js';

export interface Stats {
  /** HTTP requests sent to the API (every attempt; token requests not included). */
  requests: number;
  /** Attempts repeated after a transient failure or a 401 (API and token requests). */
  retries: number;
  /** HTTP requests sent to the token URL (every attempt). */
  tokenRequests: number;
  /** API answers 429 (each one slows the pacer down). */
  throttled: number;
}

export interface AttemptSpec {
  method: string;
  url: string;
  /** How the endpoint is named in messages and logs. */
  label: string;
  /** Which setting to blame for an unreachable host. */
  setting: 'api-base-url' | 'token-url';
  /** Built per attempt (the token may change between attempts). */
  headers: Record<string, string> | (() => Promise<Record<string, string>>);
  body?: string;
  idempotent: boolean;
  kind: 'api' | 'token';
  /** Requests sent and unknown outcomes, accumulated over the call (a 401 refresh repeats it). */
  tally?: CallAttempts;
}

export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query relative to the base URL, starting with `/`. */
  path: string;
  body?: unknown;
  ifMatch?: string;
  /** Retry 5xx/resets/timeouts. Default: GET, or PUT with If-Match. */
  idempotent?: boolean;
  /** Non-2xx statuses returned to the caller instead of thrown (e.g. 400 from validate). */
  accept?: number[];
}

/** How one logical call went on the wire: what a caller needs to account for its writes. */
export interface CallAttempts {
  /** HTTP requests sent for this call (every attempt, 429s included). */
  sent: number;
  /** Of those, requests whose outcome is unknown: reset, timeout or 5xx (the server may have applied them). */
  unknown: number;
}

export interface ApiResponse extends CallAttempts {
  /** The endpoint as named in messages. */
  label: string;
  status: number;
  body: unknown;
  etag?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface TokenSource {
  get(): Promise<string>;
  invalidate(token: string): void;
}

export class RequestCore {
  readonly stats: Stats = { requests: 0, retries: 0, tokenRequests: 0, throttled: 0 };
  private readonly transport: Transport;
  private readonly limiter: Pool;
  private readonly pacer: Pacer | undefined;
  tokens: TokenSource | undefined;

  constructor(
    private readonly o: ResolvedOptions,
    readonly redactor: Redactor,
  ) {
    this.transport = new Transport(o.requestTimeoutMs);
    this.limiter = new Pool(o.maxConcurrency);
    this.pacer = o.requestsPerSecond > 0 ? new Pacer(o.requestsPerSecond) : undefined;
  }

  /** One line of the client's log: secrets redacted, then what a title or a platform message holds escaped. */
  log(line: string): void {
    this.o.log(escapeControl(this.redactor.redact(line)));
  }

  fail(message: string, init: ApiErrorInit): ApiError {
    const scope = init.scope !== undefined ? { scope: this.redactor.redact(init.scope) } : {};
    return new ApiError(this.redactor.redact(message), { ...init, ...scope });
  }

  /** Attempts with retries. Returns the last response whatever its status; throws on network failure. */
  async attempt(spec: AttemptSpec): Promise<{ res: RawResponse; retries: number }> {
    const origin = new URL(spec.url).origin;
    const tally = spec.tally ?? { sent: 0, unknown: 0 };
    for (let attempt = 0; ; attempt++) {
      const headers = typeof spec.headers === 'function' ? await spec.headers() : spec.headers;
      let res: RawResponse;
      try {
        if (spec.kind === 'api') {
          await this.pacer?.take();
          res = await this.limiter.run(() => {
            this.stats.requests++;
            tally.sent++;
            return this.transport.send({
              method: spec.method,
              url: spec.url,
              headers,
              ...(spec.body !== undefined ? { body: spec.body } : {}),
            });
          });
        } else {
          this.stats.tokenRequests++;
          res = await this.transport.send({
            method: spec.method,
            url: spec.url,
            headers,
            ...(spec.body !== undefined ? { body: spec.body } : {}),
          });
        }
      } catch (err) {
        const code = networkCode(err);
        const kind = netKind(code);
        const transient = kind === 'reset' || kind === 'timeout';
        if (transient) tally.unknown++;
        if (transient && spec.idempotent && attempt < this.o.maxRetries) {
          await this.pause(spec.label, `${code}`, attempt, undefined);
          continue;
        }
        throw this.fail(
          `${spec.label}: ${networkMessage(kind, code, origin, this.o.requestTimeoutMs, attempt, spec.setting)}`,
          {
            endpoint: spec.label,
            code,
            retryable: transient,
            ...tally,
          },
        );
      }
      if (spec.kind === 'api') {
        if (res.status === 429) {
          this.stats.throttled++;
          this.pacer?.throttled();
        } else this.pacer?.passed();
      }
      const serverFailed = res.status >= 500 && res.status !== 501;
      const retryableStatus = res.status === 429 || (spec.idempotent && serverFailed);
      if (serverFailed && spec.kind === 'api') tally.unknown++;
      if (retryableStatus && attempt < this.o.maxRetries) {
        const after = parseRetryAfter(res.headers['retry-after'], this.o.now());
        await this.pause(spec.label, statusText(res.status), attempt, after);
        continue;
      }
      return { res, retries: attempt };
    }
  }

  private async pause(label: string, why: string, attempt: number, retryAfterMs: number | undefined): Promise<void> {
    const delay = retryAfterMs ?? backoffDelay(attempt, this.o.backoffBaseMs, this.o.backoffMaxMs, this.o.random);
    this.stats.retries++;
    this.log(
      `${label}: ${why}; retry ${attempt + 1}/${this.o.maxRetries} in ${delay} ms${retryAfterMs !== undefined ? ' (Retry-After)' : ''}`,
    );
    await this.o.sleep(delay);
  }

  /** An authenticated API call: JSON in, JSON out, errors thrown as ApiError. */
  async call(c: ApiCall): Promise<ApiResponse> {
    const tokens = this.tokens;
    if (!tokens) throw new Error('RequestCore: no token source');
    const label = endpointLabel(c.method, c.path);
    const idempotent = c.idempotent ?? (c.method === 'GET' || (c.method === 'PUT' && c.ifMatch !== undefined));
    const body = c.body === undefined ? undefined : JSON.stringify(c.body);
    const tally: CallAttempts = { sent: 0, unknown: 0 };
    for (let refreshed = false; ; refreshed = true) {
      let used = '';
      const { res, retries } = await this.attempt({
        tally,
        method: c.method,
        url: this.o.baseUrl + c.path,
        label,
        setting: 'api-base-url',
        idempotent,
        kind: 'api',
        ...(body !== undefined ? { body } : {}),
        headers: async () => {
          used = await tokens.get();
          return {
            authorization: `Bearer ${used}`,
            accept: 'application/json',
            'user-agent': 'cxone-contract',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(c.ifMatch !== undefined ? { 'if-match': c.ifMatch } : {}),
          };
        },
      });
      if (res.status === 401 && !refreshed) {
        tokens.invalidate(used);
        this.stats.retries++;
        this.log(`${label}: 401 Unauthorized; refreshing the token and retrying once`);
        continue;
      }
      const parsed = parseJson(res.text);
      if ((res.status >= 200 && res.status < 300) || c.accept?.includes(res.status)) {
        if (parsed === BAD_JSON) {
          throw this.fail(`${label}: ${statusText(res.status)} with a body that is not JSON — check api-base-url`, {
            endpoint: label,
            status: res.status,
            ...tally,
          });
        }
        const etag = header(res.headers, 'etag');
        // An accepted error body reaches findings: an echo of the request in it must not.
        const answer = res.status >= 200 && res.status < 300 ? parsed : this.redactor.redactDeep(parsed);
        return {
          label,
          status: res.status,
          body: answer,
          headers: res.headers,
          ...(etag !== undefined ? { etag } : {}),
          ...tally,
        };
      }
      const server = serverMessage(parsed === BAD_JSON ? undefined : parsed, parsed === BAD_JSON ? res.text : '', (s) =>
        this.redactor.redact(s),
      );
      const scope =
        res.status === 403
          ? (scopeFromResponse(header(res.headers, 'www-authenticate'), parsed) ?? scopeFor(c.method, c.path))
          : undefined;
      const advice = adviceFor(res.status, c.method, c.path, retries, scope);
      // The platform's own words and code, never ours: a user searching its docs needs exactly these.
      const words = [server.message, server.code !== undefined ? `code ${server.code}` : undefined].filter(
        (x) => x !== undefined,
      );
      const said = words.length > 0 ? ` (platform: ${words.join('; ')})` : '';
      // A 401 here came after a refresh (the token is refused), a 403 is a missing scope: both configuration.
      const refused = res.status === 401 ? 'credentials' : res.status === 403 ? 'scope' : undefined;
      throw this.fail(`${label}: ${statusText(res.status)} — ${advice}${said}`, {
        endpoint: label,
        status: res.status,
        ...(server.code !== undefined ? { code: server.code } : {}),
        retryable: res.status === 429 || (res.status >= 500 && res.status !== 501),
        ...(refused !== undefined ? { refused } : {}),
        ...(scope !== undefined ? { scope } : {}),
        ...tally,
      });
    }
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}

export const BAD_JSON = Symbol('bad-json');

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return BAD_JSON;
  }
}

export function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? undefined : s;
}
