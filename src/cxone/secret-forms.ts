// The forms a secret takes on the wire and in echoes of it: a server that repeats the request back
// (a token endpoint quoting the form body, a 401 quoting the Authorization header) shows the secret
// encoded, not raw. Masking and redaction cover each form. No imports: the action front loads this
// before anything else to mask inputs.

/**
 * Percent-encoding of UTF-8 bytes, leaving `keep` as is; with `plus`, a space is `+`. Encoders
 * differ only in which characters they keep and in `+`: encodeURIComponent, RFC 3986 (Python's
 * quote/quote_plus, Go's QueryEscape), WHATWG form-urlencoded (URLSearchParams, Java's URLEncoder).
 */
const KEEP = [/[A-Za-z0-9\-_.!~*'()]/, /[A-Za-z0-9\-_.~]/, /[A-Za-z0-9\-_.*]/];
function percent(s: string, keep: RegExp, plus: boolean): string {
  let out = '';
  for (const ch of s) {
    if (keep.test(ch)) out += ch;
    else if (plus && ch === ' ') out += '+';
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
/** Some encoders write lowercase hex digits. */
const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
/** JSON string body, as JSON.stringify writes it. */
const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
/** JSON with every non-ASCII character as \uXXXX (Python's default, many loggers). */
const jsonAscii = (s: string) =>
  jsonEscape(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Base64 without its padding (a prefix of the padded form, so both are found), and base64url. */
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '');
const base64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/**
 * Every form of `secret` worth hiding, the raw one first, without duplicates. With `user`, also
 * the base64 of `user:secret` (HTTP Basic, as the OAuth client_secret_basic method sends it).
 */
export function secretForms(secret: string, user?: string): string[] {
  const forms = new Set<string>([secret]);
  for (const keep of KEEP) {
    for (const plus of [false, true]) {
      const enc = percent(secret, keep, plus);
      forms.add(enc);
      forms.add(lowerHex(enc));
    }
  }
  // Also escaped twice: a JSON body quoted inside a JSON message.
  for (const j of [jsonEscape(secret), jsonAscii(secret), jsonEscape(jsonEscape(secret))]) {
    forms.add(j);
    forms.add(j.replace(/\//g, '\\/'));
  }
  forms.add(base64(secret));
  forms.add(base64url(secret));
  if (user !== undefined) {
    forms.add(base64(`${user}:${secret}`));
    forms.add(base64url(`${user}:${secret}`));
  }
  return [...forms];
}
