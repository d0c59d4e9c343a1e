// Failures of the platform, as one-line messages that name the endpoint, the status and what to do.
// Every message passes through the redactor: no secret or token can reach an error or a log line.

import { PlatformError } from '../core/errors.js';
import { FRESH_TOKEN_REFUSED, scopeAdvice, scopeFor, type Refusal } from './refusal.js';
import { secretForms } from './secret-forms.js';

export { scopeFor, scopeFromResponse, type Refusal } from './refusal.js';

export interface ApiErrorInit {
  endpoint: string;
  status?: number;
  code?: string;
  retryable?: boolean;
  /** Requests sent for the call, and how many of them had an unknown outcome (see CallAttempts). */
  sent?: number;
  unknown?: number;
  /** The platform refused our configuration rather than failed: exit 2 (see ApiError.refused). */
  refused?: Refusal;
  /** The scope(s) a 403 or an invalid_scope named, space-separated. */
  scope?: string;
}

export class ApiError extends PlatformError {
  readonly endpoint: string;
  readonly status?: number;
  /** The platform's error code (`code` in the error body) or the network error code. */
  readonly code?: string;
  /** The failure was transient (5xx, reset, timeout, 429): the outcome of a POST is unknown. */
  readonly retryable: boolean;
  /** Requests sent for the failed call (0 when it failed before sending). */
  readonly sent: number;
  /** Of those, requests the server may have applied (reset, timeout, 5xx). */
  readonly unknown: number;
  /** Set when the user must fix credentials or scopes: waiting or retrying would not help. */
  readonly refused?: Refusal;
  readonly scope?: string;

  constructor(message: string, init: ApiErrorInit) {
    super(message, { configuration: init.refused !== undefined });
    this.endpoint = init.endpoint;
    if (init.refused !== undefined) this.refused = init.refused;
    if (init.scope !== undefined) this.scope = init.scope;
    this.sent = init.sent ?? 0;
    this.unknown = init.unknown ?? 0;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    this.retryable = init.retryable ?? false;
  }
}

/**
 * Replaces every known secret (client secret, access tokens) in a text, in each of its encoded
 * forms (see secretForms). Each new form is handed to `mask` (the runner's core.setSecret) at once.
 * Redact a text whole, before any cut or whitespace folding: a cut secret is no longer found.
 */
export class Redactor {
  private readonly forms = new Set<string>();
  /** Longest first, so a form that contains another is replaced whole. */
  private ordered: string[] = [];

  constructor(private readonly mask: (secret: string) => void = () => {}) {}

  /** `user` adds the base64 of `user:secret` (HTTP Basic). */
  add(secret: string, user?: string): void {
    if (secret === '') return;
    let added = false;
    for (const f of secretForms(secret, user)) {
      if (this.forms.has(f)) continue;
      this.forms.add(f);
      this.mask(f);
      added = true;
    }
    // Shorter ones are masked by the runner but not redacted here: they would garble messages.
    if (added) this.ordered = [...this.forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
  }

  /** Every string in a parsed JSON body, redacted (error bodies a caller reads, e.g. validation). */
  redactDeep(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactDeep(v)]));
    }
    return value;
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join('***');
    return out;
  }
}

// ---- messages -----------------------------------------------------------------------------------

export function statusText(status: number): string {
  // Asked for when needed: importing node:http loads Node's HTTP and socket stack (about 4 ms), and
  // every check imports this module, most without calling the API.
  return `${status} ${process.getBuiltinModule('node:http').STATUS_CODES[status] ?? 'Unknown Status'}`;
}

/** The endpoint as shown in messages: method, path and the query minus paging parameters. */
export function endpointLabel(method: string, path: string): string {
  const [p, q] = path.split('?', 2);
  if (!q) return `${method} ${p}`;
  const params = new URLSearchParams(q);
  for (const k of ['cursor', 'limit', 'page_size']) params.delete(k);
  const rest = params.toString();
  return `${method} ${p}${rest ? `?${rest}` : ''}`;
}

/**
 * The server's own words from an error body, on one line, short. `redact` runs on the whole text
 * before it is folded and cut: an echoed token cut in half would no longer be recognised.
 */
export function serverMessage(
  body: unknown,
  text: string,
  redact: (s: string) => string,
): { message?: string; code?: string } {
  let message: string | undefined;
  let code: string | undefined;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const m = b.message ?? b.error_description ?? b.error;
    if (typeof m === 'string') message = m;
    const c = b.code ?? (b.message !== undefined ? undefined : b.error);
    if (typeof c === 'string') code = oneLine(redact(c), 200);
  } else if (text.trim() !== '' && !/^\s*</.test(text)) {
    message = text;
  }
  if (message !== undefined) message = oneLine(redact(message), 200);
  return { ...(message !== undefined ? { message } : {}), ...(code !== undefined ? { code } : {}) };
}

export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What to do about an HTTP status, by status. */
export function adviceFor(status: number, method: string, path: string, retries: number, namedScope?: string): string {
  switch (status) {
    case 400:
      return 'the platform rejected the request';
    case 401:
      return FRESH_TOKEN_REFUSED;
    case 403:
      return scopeAdvice(namedScope ?? scopeFor(method, path));
    case 404:
      return 'not found (check api-base-url and the id)';
    case 409:
      return 'conflict: the entity exists or changed since it was read (re-read and re-check)';
    case 412:
      return 'the ETag is stale: the entity changed since it was read (re-read and re-check)';
    case 428:
      return 'the platform requires If-Match on this write';
    case 429:
      return `still rate-limited after ${retries} ${retries === 1 ? 'retry' : 'retries'} (lower max-concurrency or try later)`;
    default:
      if (status >= 500)
        return retries > 0
          ? `the platform failed after ${retries} ${retries === 1 ? 'retry' : 'retries'} (try again later)`
          : 'the platform failed (try again later)';
      if (status >= 300 && status < 400) return 'unexpected redirect (check api-base-url)';
      return 'unexpected status';
  }
}

export type NetKind = 'refused' | 'dns' | 'reset' | 'timeout' | 'tls' | 'other';

const NET_KINDS: Record<string, NetKind> = {
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
  EADDRNOTAVAIL: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ECONNABORTED: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
};

/** The code of a network error, looking through `cause` chains and aggregate errors. */
export function networkCode(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 5 && e !== null && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      e = errors[0];
      continue;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return (err as Error)?.name ?? 'error';
}

export function netKind(code: string): NetKind {
  if (NET_KINDS[code]) return NET_KINDS[code];
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) return 'tls';
  return 'other';
}

export function networkMessage(
  kind: NetKind,
  code: string,
  origin: string,
  timeoutMs: number,
  retries: number,
  setting: string,
): string {
  const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
  switch (kind) {
    case 'timeout':
      return `no response within ${timeoutMs} ms from ${origin} (${code})${after} — check ${setting} or try later`;
    case 'reset':
      return `connection reset by ${origin} (${code})${after} — try again later`;
    case 'tls':
      return `TLS failure talking to ${origin} (${code}) — check ${setting} and the server certificate`;
    default:
      return `could not connect to ${origin} (${code})${after} — check ${setting}`;
  }
}
