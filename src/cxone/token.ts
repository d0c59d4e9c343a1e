// OAuth 2.0 client credentials (RFC 6749 §4.4). One cached token; refreshed 60 s before it expires
// (half its lifetime when that is shorter); concurrent callers share one in-flight request. The
// token is added to the redactor (which masks each of its forms) the moment it is read from the response.

import { adviceFor, oneLine, serverMessage, statusText } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { tokenRefusal } from './refusal.js';
import { BAD_JSON, parseJson, type RequestCore, type TokenSource } from './request.js';

export const REFRESH_MARGIN_MS = 60_000;
/** Lifetime assumed when the token response has no usable `expires_in`. */
export const DEFAULT_TTL_S = 300;

interface Cached {
  token: string;
  /** When to fetch a new one (epoch ms, from `now()`). */
  refreshAt: number;
}

export class TokenManager implements TokenSource {
  private cached: Cached | undefined;
  private inflight: Promise<string> | undefined;
  private readonly label: string;

  constructor(
    private readonly o: ResolvedOptions,
    private readonly core: RequestCore,
  ) {
    this.label = `POST ${o.tokenUrl}`;
  }

  get(): Promise<string> {
    if (this.cached && this.o.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Forget `token` if it is still the cached one (a 401 said it is no longer good). */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private body(): { text: string; type: string } {
    const fields: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: this.o.clientId,
      client_secret: this.o.clientSecret,
    };
    if (this.o.scopes.length > 0) fields.scope = this.o.scopes.join(' ');
    if (this.o.tenant !== undefined) fields.tenant = this.o.tenant;
    return this.o.tokenRequestFormat === 'json'
      ? { text: JSON.stringify(fields), type: 'application/json' }
      : { text: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
  }

  private async fetch(): Promise<string> {
    const body = this.body();
    // Asking again for a token creates nothing: the token request is safe to retry.
    const { res, retries } = await this.core.attempt({
      method: 'POST',
      url: this.o.tokenUrl,
      label: this.label,
      setting: 'token-url',
      idempotent: true,
      kind: 'token',
      body: body.text,
      headers: { 'content-type': body.type, accept: 'application/json', 'user-agent': 'cxone-contract' },
    });
    const parsed = parseJson(res.text);
    const data =
      parsed !== BAD_JSON && parsed !== null && typeof parsed === 'object'
        ? (parsed as Record<string, unknown>)
        : undefined;
    // Mask first, whatever else is wrong with the response.
    const token = data?.access_token;
    if (typeof token === 'string' && token !== '') this.core.redactor.add(token);
    if (res.status < 200 || res.status >= 300) {
      const server = serverMessage(data, data ? '' : res.text, (t) => this.core.redactor.redact(t));
      const detail = [server.code, server.message].filter((x) => x !== undefined && x !== '');
      const said = detail.length > 0 ? ` (${oneLine([...new Set(detail)].join(': '), 200)})` : '';
      // 400/401/403 here are the credentials or the request refused (exit 2); the rest is the platform's.
      const refusal =
        res.status === 400 || res.status === 401 || res.status === 403
          ? tokenRefusal(typeof data?.error === 'string' ? data.error : undefined, this.o.scopes)
          : undefined;
      const advice = refusal
        ? refusal.advice
        : res.status === 404 || res.status === 405
          ? 'no token endpoint there — check token-url'
          : adviceFor(res.status, 'POST', '', retries);
      throw this.core.fail(`${this.label}: ${statusText(res.status)} — ${advice}${said}`, {
        endpoint: this.label,
        status: res.status,
        ...(server.code !== undefined ? { code: server.code } : {}),
        retryable: res.status === 429 || res.status >= 500,
        ...(refusal ? { refused: refusal.refused } : {}),
        ...(refusal?.scope !== undefined ? { scope: refusal.scope } : {}),
      });
    }
    if (typeof token !== 'string' || token === '') {
      throw this.core.fail(`${this.label}: ${statusText(res.status)} without an access_token — check token-url`, {
        endpoint: this.label,
        status: res.status,
      });
    }
    const rawTtl = Number(data?.expires_in);
    const ttlMs = (Number.isFinite(rawTtl) && rawTtl > 0 ? rawTtl : DEFAULT_TTL_S) * 1000;
    const margin = Math.min(REFRESH_MARGIN_MS, ttlMs / 2);
    this.cached = { token, refreshAt: this.o.now() + ttlMs - margin };
    this.core.log(`${this.label}: token received, valid ${Math.round(ttlMs / 1000)} s`);
    return token;
  }
}
