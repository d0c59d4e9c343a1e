// What a generated tenant holds, as tags: the round-trip test asserts its tenants hold every case
// issue 14 lists, so a change to the generators cannot quietly stop producing one.

import type { Json } from './schema-gen.js';
import { RawNumber } from './strings.js';
import type { TenantSpec } from './tenant-gen.js';

/** Every tag the round-trip tenants must hold, together. */
export const REQUIRED_TAGS: readonly string[] = [
  ...['schema', 'filter'].flatMap((k) =>
    [
      'case-only',
      'nfc-nfd',
      'long',
      '/',
      '\\',
      ':',
      '*',
      '?',
      '..',
      'leading-dot',
      'trailing-space',
      'emoji',
      'rtl',
    ].map((t) => `${k}-name:${t}`),
  ),
  'filter-name:blank',
  'schema:150-properties',
  'schema:256KiB',
  'schema:no-description',
  'schema:no-type',
  'schema:required',
  'schema:deprecated',
  'schema:nested-object',
  'schema:array',
  'schema:enum',
  'schema:format',
  'schema:pattern',
  'version:prerelease',
  'version:build',
  'number:1e21',
  'number:-0',
  'number:past-2^53',
  ...[
    'newline',
    ': ',
    '#',
    '---',
    '*anchor',
    '!tag',
    'leading-@',
    '%',
    'tab',
    'spaces-only-line',
    'spaced-break-quoted',
  ].map((t) => `text:${t}`),
  ...['voice', 'chat', 'email', 'sms', 'web'].map((c) => `channel:${c}`),
  'matchers:absent',
  'matchers:empty',
  'matchers:present',
  ...['equals', 'not_equals', 'contains'].flatMap((op) =>
    ['string', 'number', 'boolean'].map((v) => `operator:${op}:${v}`),
  ),
  'operator:greater_than:number',
  'operator:less_than:number',
  'operator:in:array',
  'pattern:regex',
  'pattern:cidr',
  'pattern:prefix',
  'target:null',
  'target:absent',
  'target:string',
  'target:integer',
  'group:member',
  'group:other-member',
];

export function coverage(spec: TenantSpec): Set<string> {
  const tags = new Set<string>();
  names(
    tags,
    'schema',
    spec.schemas.map((s) => String(s.title)),
  );
  names(
    tags,
    'filter',
    spec.filters.map((f) => String(f.name)),
  );
  for (const s of spec.schemas) schemaTags(tags, s);
  spec.filters.forEach((f) => filterTags(tags, f));
  for (const [g, members] of spec.groups) {
    for (const i of members)
      tags.add(String(spec.filters[i]!.target_group_id) === g ? 'group:member' : 'group:other-member');
  }
  walk(spec, (v) => {
    if (typeof v === 'string') textTags(tags, v);
    const n = v instanceof RawNumber ? v.text : typeof v === 'number' ? String(v) : undefined;
    if (n === undefined) return;
    if (Number(n) === 1e21) tags.add('number:1e21');
    if (Object.is(Number(n), -0)) tags.add('number:-0');
    if (Math.abs(Number(n)) > 2 ** 53) tags.add('number:past-2^53');
  });
  return tags;
}

function names(tags: Set<string>, kind: string, list: string[]): void {
  const add = (t: string) => tags.add(`${kind}-name:${t}`);
  const lower = new Map<string, string>();
  const nfc = new Map<string, string>();
  for (const n of list) {
    if (lower.has(n.toLowerCase()) && lower.get(n.toLowerCase()) !== n) add('case-only');
    if (nfc.has(n.normalize('NFC')) && nfc.get(n.normalize('NFC')) !== n) add('nfc-nfd');
    lower.set(n.toLowerCase(), n);
    nfc.set(n.normalize('NFC'), n);
    if (n.length >= 200) add('long');
    for (const c of ['/', '\\', ':', '*', '?', '..']) if (n.includes(c)) add(c);
    if (n.trim() === '') add('blank');
    if (n.startsWith('.')) add('leading-dot');
    if (n.endsWith(' ')) add('trailing-space');
    if (/\p{Extended_Pictographic}/u.test(n)) add('emoji');
    if (/[\u0590-\u08ff]/.test(n)) add('rtl');
  }
}

function schemaTags(tags: Set<string>, s: { [key: string]: Json }): void {
  const props = s.properties as { [key: string]: Json };
  if (Object.keys(props).length === 150) tags.add('schema:150-properties');
  if (Buffer.byteLength(String(s.description)) > 200_000) tags.add('schema:256KiB');
  if (Array.isArray(s.required) && s.required.length > 0) tags.add('schema:required');
  if (Array.isArray(s['x-cxone-deprecated-fields'])) tags.add('schema:deprecated');
  if (s.description === undefined) tags.add('schema:no-description');
  if (s.type === undefined) tags.add('schema:no-type');
  if (/-/.test(String(s.cxoneVersion).split('+')[0]!)) tags.add('version:prerelease');
  if (String(s.cxoneVersion).includes('+')) tags.add('version:build');
  walk(props, (x) => {
    if (x === null || typeof x !== 'object' || Array.isArray(x) || x instanceof RawNumber) return;
    const v = x as Record<string, unknown>;
    if (v.type === 'object' && v.properties !== undefined) tags.add('schema:nested-object');
    if (v.type === 'array') tags.add('schema:array');
    if (Array.isArray(v.enum)) tags.add('schema:enum');
    if (typeof v.format === 'string') tags.add('schema:format');
    if (typeof v.pattern === 'string') tags.add('schema:pattern');
  });
}

function filterTags(tags: Set<string>, f: { [key: string]: Json }): void {
  tags.add(`channel:${String(f.channel)}`);
  const m = f.matchers;
  tags.add(
    m === undefined ? 'matchers:absent' : Array.isArray(m) && m.length === 0 ? 'matchers:empty' : 'matchers:present',
  );
  for (const x of Array.isArray(m) ? m : []) {
    const { operator, value } = x as { operator: string; value: Json };
    const kind = Array.isArray(value)
      ? 'array'
      : value instanceof RawNumber || typeof value === 'number'
        ? 'number'
        : typeof value;
    tags.add(`operator:${operator}:${kind}`);
  }
  for (const r of Array.isArray(f.pattern_rules) ? f.pattern_rules : [])
    tags.add(`pattern:${String((r as { type: string }).type)}`);
  const t = f.target_group_id;
  tags.add(
    t === undefined
      ? 'target:absent'
      : t === null
        ? 'target:null'
        : typeof t === 'number'
          ? 'target:integer'
          : 'target:string',
  );
}

function textTags(tags: Set<string>, s: string): void {
  const checks: [string, boolean][] = [
    ['newline', s.includes('\n')],
    [': ', s.includes(': ')],
    ['#', s.includes('#')],
    ['---', s.includes('---')],
    ['*anchor', s.includes('*anchor')],
    ['!tag', s.includes('!tag')],
    ['leading-@', s.startsWith('@')],
    ['%', s.includes('%')],
    ['tab', s.includes('\t')],
    // A line of spaces only (a block scalar must keep them), and " \n \n" in a long string that
    // must be double-quoted (it holds a control character).
    ['spaces-only-line', /(^|\n) +(\n|$)/.test(s) && s.includes('\n')],
    [
      'spaced-break-quoted',
      / \n \n/.test(s) && s.length >= 40 && [...s].some((c) => c.charCodeAt(0) < 9 || c === '\u001b'),
    ],
  ];
  for (const [t, hit] of checks) if (hit) tags.add(`text:${t}`);
}

/** Every value under `v` (bounded by the generated data, which is finite and acyclic). */
function walk(v: unknown, visit: (v: unknown) => void): void {
  visit(v);
  if (v instanceof Map) for (const x of v.values()) walk(x, visit);
  else if (v !== null && typeof v === 'object' && !(v instanceof RawNumber))
    for (const x of Object.values(v)) walk(x, visit);
}
