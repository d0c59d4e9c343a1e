// The platform refusing us, as opposed to failing: bad credentials, a token it will not take, a
// missing scope. Each is the user's to fix (exit 2), so each message names the setting or scope;
// an outage (5xx, unreachable, timeouts) stays exit 3.

/** credentials: the token request, or a fresh token, was refused; scope: the client lacks a scope. */
export type Refusal = 'credentials' | 'scope';

/**
 * Which scope a call needs, by path prefix: reads are GET (and filter validation, which stores
 * nothing), everything else writes. Used when the 403 itself does not say.
 */
const SCOPE_TABLE: { prefix: string; read: string; write: string }[] = [
  { prefix: '/api/v2/eventbridge/schemas', read: 'eventbridge:schemas:read', write: 'eventbridge:schemas:write' },
  { prefix: '/api/v2/event-processing/', read: 'event-processing:read', write: 'event-processing:write' },
  { prefix: '/api/v2/analytics/', read: 'analytics:read', write: 'analytics:read' },
];

export function scopeFor(method: string, path: string): string | undefined {
  const p = path.split('?')[0] ?? path;
  const row = SCOPE_TABLE.find((r) => p.startsWith(r.prefix) || p === r.prefix.replace(/\/$/, ''));
  if (!row) return undefined;
  const reads = method === 'GET' || method === 'HEAD' || p === '/api/v2/event-processing/filters/validate';
  return reads ? row.read : row.write;
}

/** RFC 6749 §3.3 scope tokens, space-separated; anything else from a server is not shown as a scope. */
const SCOPE_LIST = /^[\x21\x23-\x5b\x5d-\x7e]+(?: [\x21\x23-\x5b\x5d-\x7e]+)*$/;

function asScope(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(/\s+/g, ' ');
  return s.length <= 200 && SCOPE_LIST.test(s) ? s : undefined;
}

/**
 * The scope a 403 names itself: `WWW-Authenticate: Bearer error="insufficient_scope", scope="x"`
 * (RFC 6750 §3, quoted or not) or `details[].required_scope` in the error body.
 */
export function scopeFromResponse(wwwAuthenticate: string | undefined, body: unknown): string | undefined {
  const m =
    wwwAuthenticate !== undefined ? /(?:^|[\s,])scope\s*=\s*(?:"([^"]*)"|([^\s,"]+))/i.exec(wwwAuthenticate) : null;
  const fromHeader = asScope(m?.[1] ?? m?.[2]);
  if (fromHeader) return fromHeader;
  const details = body !== null && typeof body === 'object' ? (body as { details?: unknown }).details : undefined;
  if (Array.isArray(details)) {
    for (const d of details) {
      const s = asScope(
        d !== null && typeof d === 'object' ? (d as { required_scope?: unknown }).required_scope : undefined,
      );
      if (s) return s;
    }
  }
  return undefined;
}

/** What to do about a 403: grant the scope, named when the response or the path tells which. */
export function scopeAdvice(scope: string | undefined): string {
  if (scope === undefined) return 'the OAuth client lacks a scope or role this call needs (grant it to the client)';
  const many = scope.includes(' ');
  return `the token lacks scope${many ? 's' : ''} ${many ? scope.split(' ').join(', ') : scope} (grant ${many ? 'them' : 'it'} to the OAuth client)`;
}

/** A 401 to a call made with a token the token endpoint has just issued. */
export const FRESH_TOKEN_REFUSED =
  'the API refused a freshly issued token — check that token-url issues tokens for this api-base-url (same tenant and region) and tenant';

const CREDENTIALS =
  'check client-id, client-secret and tenant (CLI: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_TENANT)';

/**
 * A 400/401/403 from the token endpoint, by its OAuth error code (RFC 6749 §5.2); `requested` are
 * the scopes we asked for. A refusal without a code (a bare 401) is about the credentials.
 */
export function tokenRefusal(
  oauthError: string | undefined,
  requested: string[],
): { advice: string; refused: Refusal; scope?: string } {
  const lead = 'the token request was refused — ';
  switch (oauthError) {
    case 'invalid_scope': {
      if (requested.length === 0)
        return {
          advice: `${lead}the platform refused the OAuth client's scopes — check the scopes granted to the client`,
          refused: 'scope',
        };
      const many = requested.length > 1;
      return {
        advice: `${lead}the OAuth client was refused scope${many ? 's' : ''} ${requested.join(', ')} — grant ${many ? 'them' : 'it'} to the client`,
        refused: 'scope',
        scope: requested.join(' '),
      };
    }
    case 'unauthorized_client':
      return {
        advice: `${lead}this OAuth client may not use the client_credentials grant — enable it for client-id on the tenant, or use another client`,
        refused: 'credentials',
      };
    case 'unsupported_grant_type':
      return {
        advice: `${lead}this endpoint does not offer the client_credentials grant — check token-url`,
        refused: 'credentials',
      };
    case 'invalid_request':
      return {
        advice: `${lead}check token-request-format (form or json), tenant and token-url`,
        refused: 'credentials',
      };
    case 'invalid_grant':
      return {
        advice: `${lead}${CREDENTIALS}; the secret may have expired or the client been disabled`,
        refused: 'credentials',
      };
    default:
      return { advice: `${lead}${CREDENTIALS}`, refused: 'credentials' };
  }
}
