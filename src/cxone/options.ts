// Client settings: defaults, validation and the URL policy (https:// everywhere except loopback).
// A bad setting is a usage error (exit 2): the user can fix it; nothing has been sent yet.

import ipaddr from 'ipaddr.js';
import { UsageError } from '../core/errors.js';

/** Every scope the client's endpoints need (cxone-api.md). */
export const ALL_SCOPES = [
  'eventbridge:schemas:read',
  'eventbridge:schemas:write',
  'event-processing:read',
  'event-processing:write',
  'analytics:read',
] as const;

export interface ClientOptions {
  /** API base URL, e.g. `https://api-us-1.cxone.com` (a path prefix is kept). */
  baseUrl: string;
  /** Default `${baseUrl}/oauth/token`. */
  tokenUrl?: string;
  /** Body of the token request: `form` (RFC 6749, the default) or `json`. */
  tokenRequestFormat?: 'form' | 'json';
  clientId: string;
  clientSecret: string;
  /** Sent as `tenant` in the token request when set. */
  tenant?: string;
  /**
   * Requested scopes (sent space-separated as `scope`). Default: none sent, so the server grants the
   * client's configured scopes (RFC 6749 §3.3); asking for a scope the client lacks fails the
   * token request (invalid_scope) even for calls that do not need it.
   */
  scopes?: string[];
  /** Per-request timeout for connect, response headers and each body chunk (default 30 000 ms). */
  requestTimeoutMs?: number;
  /** Retries of one call after the first attempt (default 5). */
  maxRetries?: number;
  /** Requests in flight at once (default 4). */
  maxConcurrency?: number;
  /** Client-side pacing of API requests, per second (default 100, the platform's typical tenant limit; 0 = none). */
  requestsPerSecond?: number;
  /** Full-jitter backoff: delay = random() * min(backoffMaxMs, backoffBaseMs * 2^attempt). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Called with the client secret at construction and with every access token on receipt. */
  mask?: (secret: string) => void;
  /** Diagnostic lines (retries, refreshes); never carries a secret. */
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface ResolvedOptions {
  baseUrl: string;
  tokenUrl: string;
  tokenRequestFormat: 'form' | 'json';
  clientId: string;
  clientSecret: string;
  tenant: string | undefined;
  scopes: string[];
  requestTimeoutMs: number;
  maxRetries: number;
  maxConcurrency: number;
  requestsPerSecond: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  mask: (secret: string) => void;
  log: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export const DEFAULTS = {
  requestTimeoutMs: 30_000,
  maxRetries: 5,
  maxConcurrency: 4,
  requestsPerSecond: 100,
  backoffBaseMs: 250,
  backoffMaxMs: 20_000,
} as const;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function resolveOptions(o: ClientOptions): ResolvedOptions {
  if (typeof o.clientId !== 'string' || o.clientId.trim() === '')
    throw new UsageError('client-id is required to call the CXone API');
  if (typeof o.clientSecret !== 'string' || o.clientSecret === '')
    throw new UsageError('client-secret is required to call the CXone API');
  const baseUrl = checkUrl('api-base-url', o.baseUrl).replace(/\/+$/, '');
  const tokenUrl = checkUrl('token-url', o.tokenUrl ?? `${baseUrl}/oauth/token`);
  const format = o.tokenRequestFormat ?? 'form';
  if (format !== 'form' && format !== 'json')
    throw new UsageError(`token-request-format: expected form or json, got ${JSON.stringify(format)}`);
  const scopes = o.scopes ?? [];
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || /\s/.test(s) || s === '')) {
    throw new UsageError('scopes: expected a list of scope names without spaces');
  }
  return {
    baseUrl,
    tokenUrl,
    tokenRequestFormat: format,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    tenant: o.tenant === undefined || o.tenant === '' ? undefined : o.tenant,
    scopes,
    requestTimeoutMs: int('request timeout (ms)', o.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1),
    maxRetries: int('max retries', o.maxRetries, DEFAULTS.maxRetries, 0),
    maxConcurrency: int('max-concurrency', o.maxConcurrency, DEFAULTS.maxConcurrency, 1),
    requestsPerSecond: int('requests-per-second', o.requestsPerSecond, DEFAULTS.requestsPerSecond, 0),
    backoffBaseMs: int('backoff base (ms)', o.backoffBaseMs, DEFAULTS.backoffBaseMs, 0),
    backoffMaxMs: int('backoff max (ms)', o.backoffMaxMs, DEFAULTS.backoffMaxMs, 0),
    mask: o.mask ?? (() => {}),
    log: o.log ?? (() => {}),
    sleep: o.sleep ?? realSleep,
    random: o.random ?? Math.random,
    now: o.now ?? Date.now,
  };
}

function int(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${name}: expected an integer ≥ ${min}, got ${String(value)}`);
  return value;
}

/** Parse a URL setting and apply the policy: https://, or http:// to a loopback address only. */
export function checkUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(
      `${name}: ${JSON.stringify(String(raw))} is not an absolute URL (expected https://host[/path])`,
    );
  }
  if (url.username !== '' || url.password !== '')
    throw new UsageError(`${name}: credentials in the URL are not allowed (use client-id and client-secret)`);
  if (url.search !== '' || url.hash !== '')
    throw new UsageError(`${name}: ${url.origin}${url.pathname} must not carry a query or fragment`);
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return url.href;
    throw new UsageError(
      `${name}: ${url.origin} uses plain http:// — use https:// (http:// is accepted only for loopback addresses such as 127.0.0.1 or localhost)`,
    );
  }
  throw new UsageError(`${name}: unsupported scheme ${url.protocol} (expected https://)`);
}

/** localhost, *.localhost, 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(host)) return false;
  try {
    return ipaddr.process(host).range() === 'loopback';
  } catch {
    return false;
  }
}
