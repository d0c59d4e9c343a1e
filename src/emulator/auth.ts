// OAuth 2.0 client credentials (RFC 6749 §4.4): the token endpoint, and bearer checks with
// expiry and scopes on every API call.

import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiResponse } from './http.js';
import { ApiError, isRecord } from './http.js';
import type { EmulatorClientCredentials, EmulatorState, IssuedToken } from './types.js';

export interface AuthConfig {
  clients: EmulatorClientCredentials[];
  tokenTtlSeconds: number;
  formats: ('form' | 'json')[];
  now(): Date;
}

function oauthError(status: number, error: string, description: string): ApiResponse {
  return {
    status,
    body: { error, error_description: description },
    headers: {
      'cache-control': 'no-store',
      ...(status === 401 ? { 'www-authenticate': 'Basic realm="cxone-emulator"' } : {}),
    },
  };
}

/** POST /oauth/token. */
export function issueToken(
  state: EmulatorState,
  config: AuthConfig,
  headers: IncomingHttpHeaders,
  raw: Buffer,
): ApiResponse {
  const type = String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  let fields: Record<string, string>;
  if (type === 'application/x-www-form-urlencoded') {
    if (!config.formats.includes('form'))
      return oauthError(400, 'invalid_request', 'this tenant wants a JSON token request (application/json)');
    fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  } else if (type === 'application/json') {
    if (!config.formats.includes('json'))
      return oauthError(
        400,
        'invalid_request',
        'this tenant wants a form-encoded token request (application/x-www-form-urlencoded)',
      );
    let data: unknown;
    try {
      data = JSON.parse(raw.toString('utf8'));
    } catch {
      return oauthError(400, 'invalid_request', 'the body is not valid JSON');
    }
    if (!isRecord(data)) return oauthError(400, 'invalid_request', 'the body must be a JSON object');
    fields = {};
    for (const [k, v] of Object.entries(data)) if (typeof v === 'string') fields[k] = v;
  } else {
    return oauthError(
      400,
      'invalid_request',
      `unsupported content type ${JSON.stringify(type)}; use application/x-www-form-urlencoded${config.formats.includes('json') ? ' or application/json' : ''}`,
    );
  }
  // Client authentication: HTTP Basic (RFC 6749 §2.3.1) or client_id/client_secret in the body.
  const basic = /^Basic\s+(.+)$/i.exec(String(headers.authorization ?? ''));
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      fields.client_id ??= decodeURIComponent(decoded.slice(0, colon));
      fields.client_secret ??= decodeURIComponent(decoded.slice(colon + 1));
    }
  }
  if (fields.grant_type !== 'client_credentials') {
    return oauthError(
      400,
      fields.grant_type ? 'unsupported_grant_type' : 'invalid_request',
      fields.grant_type
        ? `grant_type ${fields.grant_type} is not supported; use client_credentials`
        : 'grant_type is missing',
    );
  }
  if (!fields.client_id || !fields.client_secret)
    return oauthError(400, 'invalid_request', 'client_id and client_secret are required');
  const client = config.clients.find((c) => c.clientId === fields.client_id);
  if (!client || client.clientSecret !== fields.client_secret)
    return oauthError(401, 'invalid_client', 'client authentication failed (unknown client_id or wrong client_secret)');
  if (fields.tenant && client.tenant && fields.tenant !== client.tenant)
    return oauthError(401, 'invalid_client', `client ${client.clientId} does not belong to tenant ${fields.tenant}`);
  const requested = (fields.scope ?? '').split(/\s+/).filter(Boolean);
  const missing = requested.filter((s) => !client.scopes.includes(s));
  if (missing.length > 0)
    return oauthError(400, 'invalid_scope', `scope not granted to this client: ${missing.join(' ')}`);
  const scopes = requested.length > 0 ? [...new Set(requested)] : [...client.scopes];
  const token = randomBytes(24).toString('base64url');
  const issued: IssuedToken = {
    clientId: client.clientId,
    scopes,
    expiresAt: config.now().getTime() + config.tokenTtlSeconds * 1000,
    ...(client.tenant ? { tenant: client.tenant } : {}),
  };
  state.tokens.set(token, issued);
  return {
    status: 200,
    body: {
      access_token: token,
      token_type: 'Bearer',
      expires_in: Math.max(1, Math.round(config.tokenTtlSeconds)),
      scope: scopes.join(' '),
    },
    headers: { 'cache-control': 'no-store' },
  };
}

/** The token's grant, or 401/403 as ApiError. */
export function authenticate(
  state: EmulatorState,
  now: Date,
  headers: IncomingHttpHeaders,
  scope: string,
): IssuedToken {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization ?? ''));
  const challenge = (error: string) => ({ 'www-authenticate': `Bearer realm="cxone-emulator", error="${error}"` });
  if (!m)
    throw new ApiError(401, 'UNAUTHORIZED', 'missing bearer token (Authorization: Bearer <token>)', undefined, {
      'www-authenticate': 'Bearer realm="cxone-emulator"',
    });
  const grant = state.tokens.get(m[1]!);
  if (!grant)
    throw new ApiError(401, 'INVALID_TOKEN', 'the access token is not valid', undefined, challenge('invalid_token'));
  if (now.getTime() >= grant.expiresAt)
    throw new ApiError(
      401,
      'TOKEN_EXPIRED',
      'the access token has expired; request a new one',
      undefined,
      challenge('invalid_token'),
    );
  if (!grant.scopes.includes(scope)) {
    throw new ApiError(
      403,
      'INSUFFICIENT_SCOPE',
      `this call needs the scope ${scope}, which the token lacks (token scopes: ${grant.scopes.join(' ') || 'none'})`,
      [{ required_scope: scope, message: `missing scope ${scope}` }],
      {
        'www-authenticate': `Bearer realm="cxone-emulator", error="insufficient_scope", scope="${scope}"`,
      },
    );
  }
  return grant;
}
