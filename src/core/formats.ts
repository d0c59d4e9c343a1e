// The `format`s the witness judge asserts. The engine reads `format` as an assertion (see
// src/evolution/kinds/strings.ts: adding one is breaking), so a witness must be valid under the live
// schema and invalid under the new one with formats checked too: an event whose `email` is "a" is no event
// of the live schema under that reading. ajv-formats is not a dependency; these checks follow its
// "full" mode for the draft-07 formats (plus `uuid`). A format not listed is one no validator can
// be relied on for: ajv ignores it, and the search says no event can show a change of it alone.
// In core: the one compile of a user's schema (src/lint/validators.ts) checks them, for lint and evolution.

type Check = (s: string) => boolean;

// node:net when first needed: it loads Node's socket stack (a few ms of every check's start).
let netModule: typeof import('node:net') | undefined;
const net = () => (netModule ??= process.getBuiltinModule('node:net'));

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function date(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : DAYS[mo]!);
}

function time(s: string): boolean {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|([+-])(\d{2})(?::?(\d{2}))?)$/i.exec(s);
  if (!m) return false;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const tzH = m[7] === undefined ? 0 : Number(m[7]);
  const tzM = m[8] === undefined ? 0 : Number(m[8]);
  if (tzH > 23 || tzM > 59) return false;
  // (a leap second is allowed at 23:59:60 UTC, in any offset)
  return (h <= 23 && min <= 59 && sec <= 59) || (sec === 60 && min <= 59);
}

function dateTime(s: string): boolean {
  const parts = s.split(/t|\s/i);
  return parts.length === 2 && date(parts[0]!) && time(parts[1]!);
}

const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
// RFC 3986: a scheme, then no spaces or characters a URI never holds raw; %-escapes well formed.
const URI = /^[a-z][a-z0-9+.-]*:(?:[^\s"<>\\^`{|}%]|%[0-9a-f]{2})*$/i;
const URI_REFERENCE = /^(?:[^\s"<>\\^`{|}%]|%[0-9a-f]{2})*$/i;
const IRI = /^[a-z][a-z0-9+.-]*:(?:[^\s"<>\\^`{|}%\p{Cc}]|%[0-9a-f]{2})*$/iu;
const IRI_REFERENCE = /^(?:[^\s"<>\\^`{|}%\p{Cc}]|%[0-9a-f]{2})*$/iu;
const URI_TEMPLATE =
  // eslint-disable-next-line no-control-regex -- RFC 6570 excludes the control characters by range
  /^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function idnHostname(s: string): boolean {
  try {
    // URL turns an internationalised name into its ASCII (punycode) form, or refuses it.
    const ascii = new URL(`http://${s}/`).hostname;
    return s.length > 0 && !/[\s/?#@:]/.test(s) && HOSTNAME.test(ascii);
  } catch {
    return false;
  }
}

function idnEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0) return false;
  const local = s.slice(0, at);
  return (
    /^[^\s@"(),:;<>[\\\]]+$/u.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    idnHostname(s.slice(at + 1))
  );
}

function regexFormat(s: string): boolean {
  try {
    new RegExp(s, 'u'); // compiled only, never run
    return true;
  } catch {
    return false;
  }
}

export const FORMAT_CHECKS: Readonly<Record<string, Check>> = {
  date,
  time,
  'date-time': dateTime,
  email: (s) => EMAIL.test(s),
  'idn-email': idnEmail,
  hostname: (s) => HOSTNAME.test(s),
  'idn-hostname': idnHostname,
  ipv4: (s) => IPV4.test(s),
  ipv6: (s) => net().isIPv6(s),
  uri: (s) => URI.test(s),
  'uri-reference': (s) => URI_REFERENCE.test(s),
  iri: (s) => IRI.test(s),
  'iri-reference': (s) => IRI_REFERENCE.test(s),
  'uri-template': (s) => URI_TEMPLATE.test(s),
  'json-pointer': (s) => JSON_POINTER.test(s),
  'relative-json-pointer': (s) => RELATIVE_JSON_POINTER.test(s),
  regex: regexFormat,
  uuid: (s) => UUID.test(s),
};

/** Is `format` one the judge checks? (Own names only: a format named `constructor` is unknown.) */
export function knownFormat(format: unknown): format is string {
  return typeof format === 'string' && Object.hasOwn(FORMAT_CHECKS, format);
}

/** Does `s` have `format`? A format the judge does not check holds for every string. */
export function hasFormat(format: unknown, s: string): boolean {
  return !knownFormat(format) || FORMAT_CHECKS[format]!(s);
}

/** Strings in each format, plainest first (several, so a length or pattern can pick one). */
export const FORMAT_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  date: ['2024-01-01', '2024-12-31'],
  time: ['00:00:00Z', '12:30:00+01:00'],
  'date-time': ['2024-01-01T00:00:00Z', '2024-12-31T12:30:00.5+01:00'],
  email: ['user@example.com', 'a@b.co'],
  'idn-email': ['user@example.com', 'é@example.com'],
  hostname: ['example.com', 'a'],
  'idn-hostname': ['example.com', 'é.example'],
  ipv4: ['192.0.2.1', '0.0.0.0'],
  ipv6: ['2001:db8::1', '::1'],
  uri: ['https://example.com/', 'urn:a'],
  'uri-reference': ['https://example.com/', '/a', ''],
  iri: ['https://example.com/', 'https://é.example/'],
  'iri-reference': ['https://example.com/', '/é', ''],
  'uri-template': ['https://example.com/{id}', '/a'],
  'json-pointer': ['/a', ''],
  'relative-json-pointer': ['0', '1/a'],
  regex: ['^a$', 'a'],
  uuid: ['00000000-0000-4000-8000-000000000000'],
};
