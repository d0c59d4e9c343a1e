// Shared helpers of the emulator tests: a token, and JSON calls against the real server.

import { ALL_SCOPES, type Emulator } from '../../src/emulator/index.js';

export async function token(
  em: Emulator,
  scopes: readonly string[] = ALL_SCOPES,
  client = { id: 'emulator-client', secret: 'emulator-secret' },
): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: client.id,
    client_secret: client.secret,
    scope: scopes.join(' '),
  });
  const res = await fetch(em.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface Reply {
  status: number;
  etag: string | null;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(
  em: Emulator,
  tok: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${em.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tok}`,
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    headers: res.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

export function schema(title: string, version = '1.0.0', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    description: `${title} event`,
    cxoneVersion: version,
    type: 'object',
    additionalProperties: false,
    properties: { id: { type: 'string' }, ...extra },
    required: ['id'],
  };
}

export function filter(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    description: `${name} filter`,
    channel: 'voice',
    matchers: [{ attribute: 'queue', operator: 'equals', value: 'billing' }],
    pattern_rules: [{ type: 'prefix', field: 'ani', pattern: '+1' }],
    target_group_id: 'grp-1',
    ...extra,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `check` is true (or fail after `ms`). */
export async function until(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}
