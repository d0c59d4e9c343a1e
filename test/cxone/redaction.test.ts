// Secrets in every form they take in an echo of the request: raw, percent- and form-encoded,
// JSON-escaped, base64 (of the secret and of id:secret). Redaction runs on the whole text before
// any cut, and each form is handed to the mask callback before a request can echo it.

import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/cxone/index.js';
import { oneLine, Redactor, serverMessage } from '../../src/cxone/errors.js';
import { makeClient, rejection, startFake, type Fake, type FakeOptions, type Harness } from './helpers.js';

/** A secret whose forms all differ: space, +, /, ", \, &, =, non-ASCII (BMP and astral). */
export const HOSTILE = 'Sp ace+plus/sl"qu\\bs&amp=eq é✓😀-end';
const ID = 'client-1';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/**
 * The forms an echo shows, computed here independently of src/cxone/secret-forms.ts. Base64 is
 * taken without its padding: that is what a shorter echo keeps, and the padded form contains it.
 */
export function echoForms(secret: string, id?: string): Record<string, string> {
  const forms: Record<string, string> = {
    raw: secret,
    percent: encodeURIComponent(secret),
    form: new URLSearchParams({ k: secret }).toString().slice(2),
    json: JSON.stringify(secret).slice(1, -1),
    base64: b64(secret).replace(/=+$/, ''),
  };
  if (id !== undefined) forms.basic = b64(`${id}:${secret}`).replace(/=+$/, '');
  return forms;
}

/** Texts holding any form of the secrets, or any 12-character piece of one (a cut-off leftover). */
function leaked(texts: string[], forms: string[]): string[] {
  const pieces = new Set<string>();
  for (const f of forms) for (let i = 0; i + 12 <= f.length; i++) pieces.add(f.slice(i, i + 12));
  return texts.filter((t) => forms.some((f) => t.includes(f)) || [...pieces].some((p) => t.includes(p)));
}

describe('the forms of a secret', () => {
  it('every form differs for the hostile secret (so each one is really tested)', () => {
    const f = Object.values(echoForms(HOSTILE, ID));
    expect(new Set(f).size).toBe(f.length);
  });

  it('the redactor replaces each form, and masks each one when added', () => {
    const masked: string[] = [];
    const r = new Redactor((s) => masked.push(s));
    r.add(HOSTILE, ID);
    for (const [name, form] of Object.entries(echoForms(HOSTILE, ID))) {
      expect(masked, name).toContain(form);
      expect(r.redact(`<${form}>`), name).toBe('<***>');
      // padded base64, and lowercase percent escapes, are found too
      expect(r.redact(`<${b64(HOSTILE)}>`)).not.toContain(b64(HOSTILE).slice(0, 20));
    }
    expect(r.redact(encodeURIComponent(HOSTILE).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()))).toBe('***');
    // \u escapes of non-ASCII (Python's json.dumps) and escaped slashes
    const ascii = JSON.stringify(HOSTILE)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(r.redact(ascii)).toBe('***');
    expect(r.redact(ascii.replace(/\//g, '\\/'))).toBe('***');
  });

  it("percent-encoders that keep other characters: Python's quote_plus, Go's QueryEscape, Java's URLEncoder", () => {
    const r = new Redactor();
    r.add('a~b*c!d e(f)');
    expect(r.redact('<a~b%2Ac%21d+e%28f%29>')).toBe('<***>'); // quote_plus, QueryEscape
    expect(r.redact('<a~b%2Ac%21d%20e%28f%29>')).toBe('<***>'); // quote(safe=''), RFC 3986
    expect(r.redact('<a%7Eb*c%21d+e%28f%29>')).toBe('<***>'); // URLEncoder, URLSearchParams
    expect(r.redact('<a~b*c!d%20e(f)>')).toBe('<***>'); // encodeURIComponent
  });

  it('a secret with a lone surrogate (not valid UTF-16) is taken, not thrown on', () => {
    const r = new Redactor();
    expect(() => r.add('abc\ud800def')).not.toThrow();
    expect(r.redact('x abc\ud800def y')).toBe('x *** y');
  });

  it('adding the same secret twice masks nothing new', () => {
    const masked: string[] = [];
    const r = new Redactor((s) => masked.push(s));
    r.add(HOSTILE);
    const n = masked.length;
    r.add(HOSTILE);
    expect(masked).toHaveLength(n);
  });
});

describe('redaction before truncation', () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.' + 'x'.repeat(120) + '.sig-TAIL';
  const body = { message: `${'request refused; '.repeat(6)}Authorization: Bearer ${token} was not accepted` };

  it('the echo is long enough that a cut at 200 splits the token', () => {
    const at = body.message.indexOf(token);
    expect(at).toBeLessThan(200);
    expect(at + token.length).toBeGreaterThan(200);
    // what the old order (cut, then redact) showed: most of the token
    const r = new Redactor();
    r.add(token);
    expect(r.redact(oneLine(body.message, 200))).toContain(token.slice(0, 40));
  });

  it('serverMessage redacts the whole text, then cuts', () => {
    const r = new Redactor();
    r.add(token);
    const m = serverMessage(body, '', (s) => r.redact(s)).message!;
    expect(m).toContain('Bearer ***');
    expect(m.length).toBeLessThanOrEqual(200);
    expect(leaked([m], [token])).toEqual([]);
  });

  it('also for a text body and for the code field', () => {
    const r = new Redactor();
    r.add(token);
    expect(serverMessage(undefined, body.message, (s) => r.redact(s)).message).toContain('Bearer ***');
    expect(serverMessage({ code: `E-${token}`, message: 'x' }, '', (s) => r.redact(s)).code).toBe('E-***');
  });
});

// ---- through the real client on loopback ----------------------------------------------------------

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(o: FakeOptions, extra: Parameters<typeof makeClient>[1] = {}): Promise<Harness & { fake: Fake }> {
  const fake = await startFake(o);
  const h = makeClient(fake.url, { clientSecret: HOSTILE, clientId: ID, ...extra });
  cleanups.push(async () => {
    await h.client.close();
    await fake.close();
  });
  return { ...h, fake };
}

/** Everything the request carried, as an echoing server repeats it: the body, then the headers as sent. */
function echo(req: { method: string; url: string; headers: Record<string, unknown>; body: string }): string {
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n');
  return `${req.method} ${req.url}\n${req.body}\n${headers}`;
}

/**
 * Padding that puts the first of `forms` in `seen` (what the client reads as the server's message)
 * across character 200: the old order (cut at 200, then redact) would have shown its first half.
 */
function leadFor(seen: string, forms: string[]): string {
  const flat = oneLine(seen, 100_000);
  const hits = forms.map((f) => ({ at: flat.indexOf(f), len: f.length })).filter((h) => h.at >= 0);
  expect(hits.length).toBeGreaterThan(0);
  const first = hits.reduce((a, b) => (b.at < a.at ? b : a));
  return 'x'.repeat(Math.max(0, 200 - Math.ceil(first.len / 2) - first.at));
}

describe('an echoing token endpoint', () => {
  const json2 = (s: string) => JSON.stringify(JSON.stringify(s).slice(1, -1)).slice(1, -1);
  const cases: {
    name: string;
    format: 'form' | 'json';
    wrap: (t: string) => string;
    reply: (text: string) => { status: number; body: unknown; headers?: Record<string, string> };
  }[] = [
    {
      name: 'form body echoed in a text/plain 400',
      format: 'form',
      wrap: (t) => t,
      reply: (t) => ({ status: 400, body: t, headers: { 'content-type': 'text/plain' } }),
    },
    {
      name: 'form body echoed in a JSON 401',
      format: 'form',
      wrap: (t) => `invalid_client: ${t}`,
      reply: (t) => ({ status: 401, body: { error: 'invalid_client', error_description: t } }),
    },
    {
      name: 'JSON body echoed in a text/plain 401',
      format: 'json',
      wrap: (t) => t,
      reply: (t) => ({ status: 401, body: t, headers: { 'content-type': 'text/plain' } }),
    },
    {
      name: 'JSON body echoed as a JSON string in a 400',
      format: 'json',
      wrap: (t) => `invalid_request: ${JSON.stringify(t)}`,
      reply: (t) => ({ status: 400, body: { error: 'invalid_request', error_description: JSON.stringify(t) } }),
    },
  ];
  for (const c of cases) {
    it(`${c.name}: no form of the secret in the error or the logs`, async () => {
      const basic = `Basic ${b64(`${ID}:${HOSTILE}`)}`;
      const h = await setup(
        {
          api: () => ({ status: 200, body: {} }),
          // also what a server that checks client_secret_basic says it expected, and the secret in base64
          token: (req) => {
            const text = `${echo(req)}\nexpected authorization: ${basic}; secret b64 ${b64(HOSTILE)}; pct ${encodeURIComponent(HOSTILE)}`;
            const forms = [...Object.values(echoForms(HOSTILE)), json2(HOSTILE)];
            return c.reply(leadFor(c.wrap(text), forms) + text);
          },
        },
        { tokenRequestFormat: c.format },
      );
      const err = (await rejection(h.client.getSchema('a'))) as ApiError;
      expect(err).toBeInstanceOf(ApiError);
      expect(err.message).toMatch(/oauth\/token: 40[01] /);
      // the message goes on to the echoed body: the secret was there, redacted
      expect(err.message).toMatch(/client_secret\W+\*/);
      const forms = [...Object.values(echoForms(HOSTILE, ID)), json2(HOSTILE)];
      expect(leaked([err.message, err.stack ?? '', String(err.code), ...h.logs], forms)).toEqual([]);
    });
  }

  it('every form is masked before the first request is sent', async () => {
    let maskedBefore: string[] = [];
    const h = await setup({
      api: () => ({ status: 200, body: {} }),
      token: () => {
        maskedBefore = [...h.masked];
        return { status: 401, body: { error: 'invalid_client' } };
      },
    });
    await rejection(h.client.getSchema('a'));
    for (const form of Object.values(echoForms(HOSTILE, ID))) expect(maskedBefore).toContain(form);
  });
});

describe('an echoing API', () => {
  // A token with characters whose encodings differ, as some identity providers issue.
  const TOKEN = 'at/2+Zz "q\\x"&k=v ü-' + 'T'.repeat(40);
  const tokenReply = () => ({ status: 200, body: { access_token: TOKEN, expires_in: 3600 } });
  const allForms = () => [...Object.values(echoForms(HOSTILE, ID)), ...Object.values(echoForms(TOKEN))];

  for (const status of [401, 500]) {
    for (const kind of ['json', 'text'] as const) {
      it(`${status} (${kind}) echoing the bearer token across the old 200-character cut`, async () => {
        let maskedAtApi: string[] = [];
        const h = await setup({
          token: tokenReply,
          api: (req) => {
            maskedAtApi = [...h.masked];
            const auth = String(req.headers.authorization);
            const text = `${auth} | ${echo(req)} | pct ${encodeURIComponent(auth)} | json ${JSON.stringify(auth)} | b64 ${b64(TOKEN)}`;
            const said = leadFor(text, [TOKEN]) + text;
            return kind === 'json'
              ? { status, body: { message: said, code: `E ${TOKEN}` } }
              : { status, body: said, headers: { 'content-type': 'text/plain' } };
          },
        });
        const err = (await rejection(h.client.getSchema('a'))) as ApiError;
        expect(err.status).toBe(status);
        expect(err.message).toContain('(platform: ');
        expect(err.message).toContain('Bearer ***');
        expect(leaked([err.message, err.stack ?? '', String(err.code), ...h.logs], allForms())).toEqual([]);
        // the token's forms were masked before any request carried it
        for (const form of Object.values(echoForms(TOKEN))) expect(maskedAtApi).toContain(form);
      });
    }
  }

  it('an accepted error body (filter validation 400) reaches the caller redacted', async () => {
    const h = await setup({
      token: tokenReply,
      api: (req) => ({
        status: 400,
        body: {
          valid: false,
          message: `bad pattern; ${echo(req)}`,
          details: [{ header: String(req.headers.authorization) }],
        },
      }),
    });
    const v = await h.client.validateFilter({ name: 'f' });
    expect(v.valid).toBe(false);
    expect(v.message).toContain('bad pattern');
    expect(leaked([JSON.stringify(v)], allForms())).toEqual([]);
  });
});
