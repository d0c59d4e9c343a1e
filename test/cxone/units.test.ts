import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { backoffDelay, parseRetryAfter, RETRY_AFTER_CAP_MS } from '../../src/cxone/backoff.js';
import {
  endpointLabel,
  networkCode,
  netKind,
  Redactor,
  scopeFor,
  scopeFromResponse,
  serverMessage,
} from '../../src/cxone/errors.js';
import { checkUrl, isLoopback, resolveOptions } from '../../src/cxone/options.js';
import { CxoneClient, secretForms } from '../../src/cxone/index.js';

describe('backoff', () => {
  it('is full jitter: random() * min(max, base * 2^attempt)', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 250, 20_000, () => 0.5))).toEqual([125, 250, 500, 1000]);
    expect(backoffDelay(10, 250, 20_000, () => 0.999)).toBe(19_980);
    expect(backoffDelay(3, 250, 20_000, () => 0)).toBe(0);
    expect(backoffDelay(1000, 250, 20_000, () => 1)).toBe(20_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(['3'], now)).toBe(3000);
    expect(parseRetryAfter('99999', now)).toBe(RETRY_AFTER_CAP_MS);
    for (const bad of [undefined, '', '-1', 'soon', '1e3']) expect(parseRetryAfter(bad, now)).toBeUndefined();
  });
});

describe('URL policy and settings', () => {
  it.each([
    'http://localhost:8080',
    'http://127.0.0.1',
    'http://127.8.9.10:1/x',
    'http://[::1]:9000',
    'http://api.localhost',
    'https://api-us-1.cxone.com',
  ])('%s is allowed', (url) => expect(() => checkUrl('api-base-url', url)).not.toThrow());

  it.each([
    ['http://api-us-1.cxone.com', /api-base-url: http:\/\/api-us-1.cxone.com uses plain http:\/\/ — use https:\/\//],
    ['http://10.0.0.1', /plain http/],
    ['http://[::ffff:10.0.0.1]', /plain http/],
    ['ftp://x', /unsupported scheme/],
    ['api-us-1.cxone.com', /not an absolute URL/],
    ['https://user:pw@host', /credentials in the URL/],
  ])('%s is a usage error', (url, message) => {
    expect(() => checkUrl('api-base-url', url)).toThrow(UsageError);
    expect(() => checkUrl('api-base-url', url)).toThrow(message);
  });

  it('knows loopback addresses', () => {
    expect(isLoopback('[::ffff:127.0.0.1]')).toBe(true);
    expect(isLoopback('localhost.evil.com')).toBe(false);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });

  it('the client refuses http:// to a non-loopback host, for the base and the token URL', () => {
    const base = { clientId: 'c', clientSecret: 's' };
    expect(() => new CxoneClient({ ...base, baseUrl: 'http://api.example.com' })).toThrow(UsageError);
    expect(
      () =>
        new CxoneClient({ ...base, baseUrl: 'https://api.example.com', tokenUrl: 'http://login.example.com/token' }),
    ).toThrow(/token-url: .*use https/);
  });

  it('has the documented defaults', () => {
    const o = resolveOptions({ baseUrl: 'https://api.example.com/', clientId: 'c', clientSecret: 's' });
    expect(o).toMatchObject({
      baseUrl: 'https://api.example.com',
      tokenUrl: 'https://api.example.com/oauth/token',
      tokenRequestFormat: 'form',
      requestTimeoutMs: 30_000,
      maxRetries: 5,
      maxConcurrency: 4,
      backoffBaseMs: 250,
      backoffMaxMs: 20_000,
    });
    expect(o.scopes).toEqual([]); // the server grants the client's own scopes
  });

  it.each([
    [{ clientId: '' }, /client-id is required/],
    [{ clientSecret: '' }, /client-secret is required/],
    [{ maxConcurrency: 0 }, /max-concurrency/],
    [{ maxRetries: -1 }, /max retries/],
    [{ requestTimeoutMs: 1.5 }, /timeout/],
    [{ tokenRequestFormat: 'xml' as 'json' }, /token-request-format/],
    [{ scopes: ['a b'] }, /scopes/],
  ])('rejects %o', (patch, message) => {
    expect(() => resolveOptions({ baseUrl: 'https://h', clientId: 'c', clientSecret: 's', ...patch })).toThrow(message);
  });

  it('masks the client secret at construction', () => {
    const masked: string[] = [];
    new CxoneClient({ baseUrl: 'https://h', clientId: 'c', clientSecret: 'the-secret', mask: (s) => masked.push(s) });
    expect(masked[0]).toBe('the-secret');
    expect(masked).toEqual(secretForms('the-secret', 'c'));
  });
});

describe('error helpers', () => {
  it('maps endpoints to scopes', () => {
    expect(scopeFor('GET', '/api/v2/eventbridge/schemas?export=true')).toBe('eventbridge:schemas:read');
    expect(scopeFor('PUT', '/api/v2/eventbridge/schemas/x')).toBe('eventbridge:schemas:write');
    expect(scopeFor('GET', '/api/v2/event-processing/audit-logs')).toBe('event-processing:read');
    expect(scopeFor('POST', '/api/v2/event-processing/filters')).toBe('event-processing:write');
    expect(scopeFor('GET', '/api/v2/analytics/event-processing/filter-metrics')).toBe('analytics:read');
    expect(scopeFor('POST', '/api/v2/event-processing/filters/validate')).toBe('event-processing:read');
    expect(scopeFor('GET', '/other')).toBeUndefined();
  });

  it('prefers the scope a 403 names itself', () => {
    expect(scopeFromResponse('Bearer realm="x", error="insufficient_scope", scope="a:b"', undefined)).toBe('a:b');
    expect(scopeFromResponse(undefined, { details: [{ message: 'x' }, { required_scope: 'c:d' }] })).toBe('c:d');
    expect(scopeFromResponse(undefined, { message: 'no' })).toBeUndefined();
  });

  it('names endpoints without paging parameters', () => {
    expect(endpointLabel('GET', '/api/v2/eventbridge/schemas?export=true&limit=1000&cursor=abc')).toBe(
      'GET /api/v2/eventbridge/schemas?export=true',
    );
    expect(endpointLabel('GET', '/a?page_size=5')).toBe('GET /a');
    expect(endpointLabel('POST', '/a')).toBe('POST /a');
  });

  it('finds network codes through causes', () => {
    expect(networkCode({ cause: { code: 'ECONNRESET' } })).toBe('ECONNRESET');
    expect(networkCode({ errors: [{ code: 'ECONNREFUSED' }] })).toBe('ECONNREFUSED');
    expect(netKind('UND_ERR_SOCKET')).toBe('reset');
    expect(netKind('UND_ERR_HEADERS_TIMEOUT')).toBe('timeout');
    expect(netKind('ERR_TLS_CERT_ALTNAME_INVALID')).toBe('tls');
  });

  it('reads server messages on one line', () => {
    const same = (s: string) => s;
    expect(serverMessage({ message: 'bad\n  thing', code: 'E1' }, '', same)).toEqual({
      message: 'bad thing',
      code: 'E1',
    });
    expect(serverMessage(undefined, '<html>oops</html>', same)).toEqual({});
    expect(serverMessage({ error: 'invalid_client', error_description: 'nope' }, '', same)).toEqual({
      message: 'nope',
      code: 'invalid_client',
    });
  });

  it('redacts every known secret', () => {
    const r = new Redactor();
    r.add('abcd1234');
    r.add('zz'); // too short to redact safely
    expect(r.redact('x abcd1234 y abcd1234 zz')).toBe('x *** y *** zz');
  });
});
