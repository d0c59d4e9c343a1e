// Event filters that cxone-api.md says the platform accepts: a unique name, a channel of five,
// matchers (present, absent or empty) with the six operators, pattern rules of the three types,
// and a target_group_id that is a string, an integer, null or absent.
//
// Kept within what the emulator's validation also demands (docs/cxone-api.md does not say it; see
// the report of issue 14): greater_than/less_than take a number, `in` a non-empty list, the other
// operators one scalar; a prefix is not blank; a regex compiles in unicode mode and does not
// backtrack exponentially. A matcher on a path the schemas declare fits the path's type and enum
// (otherwise operator-type-mismatch / impossible-filter-value report, by design, a filter that can
// never match); the other attributes are paths no schema declares (unknown-attribute, a warning).

import type { Rng } from './prng.js';
import type { Json, Leaf } from './schema-gen.js';
import { hardNumber, hostileString, hostileText, RawNumber } from './strings.js';

const CHANNELS = ['voice', 'chat', 'email', 'sms', 'web'];
const OPERATORS = ['equals', 'not_equals', 'greater_than', 'less_than', 'contains', 'in'] as const;
type Operator = (typeof OPERATORS)[number];

/** Regexes a tenant may hold: unicode mode, linear-time. */
const REGEXES = [
  '^\\+1',
  '^[0-9]{3}-[0-9]{4}$',
  '\\p{Script=Hebrew}',
  '^(?:vip|gold)$',
  '.*',
  '^$',
  '🎉',
  '[:#*!&%@]',
  '\\u{1F389}',
  'a|b|c',
];
const CIDRS = [
  '10.0.0.0/8',
  '192.168.1.0/24',
  '0.0.0.0/0',
  '255.255.255.255/32',
  '10.1.2.3/8',
  '2001:db8::/32',
  '::/0',
  '::1/128',
  '::ffff:10.0.0.0/104',
];

export interface GeneratedFilter {
  doc: { [key: string]: Json };
}

/** `groups`: the tenant's routing group ids (strings; an integer id is one of them read as a number). */
export function generateFilter(
  rng: Rng,
  name: string,
  leaves: readonly Leaf[],
  groups: readonly string[],
): GeneratedFilter {
  const doc: { [key: string]: Json } = {};
  for (const key of rng.sample(['name', 'description', 'channel', 'matchers', 'pattern_rules', 'target_group_id'], 6)) {
    if (key === 'name') doc.name = name;
    else if (key === 'description' && rng.chance(0.7)) doc.description = hostileText(rng);
    else if (key === 'channel') doc.channel = rng.pick(CHANNELS);
    else if (key === 'matchers' && rng.chance(0.8))
      doc.matchers = Array.from({ length: rng.pick([0, 1, 1, 2, 3, 6]) }, () => matcher(rng, leaves));
    else if (key === 'pattern_rules' && rng.chance(0.6))
      doc.pattern_rules = Array.from({ length: rng.pick([0, 1, 2, 4]) }, () => patternRule(rng, leaves));
    else if (key === 'target_group_id') {
      const g = rng.pick(groups);
      const choice = rng.int(0, 5);
      if (choice === 0) doc.target_group_id = null;
      else if (choice === 1 && /^(0|[1-9]\d{0,8})$/.test(g)) doc.target_group_id = Number(g);
      else if (choice !== 2) doc.target_group_id = g;
      // choice 2: absent
    }
  }
  return { doc };
}

/** Paths no schema declares: the `ext:` prefix is no generated property name. */
function foreignPath(rng: Rng): string {
  return `ext:${rng.pick(['customer.tier', 'ünï.côdé', 'a b', 'x.y.z', '$ref', 'queue', '🎉', 'Cafe\u0301', 'dotted..path', 'trailing.'])}`;
}

function matcher(rng: Rng, leaves: readonly Leaf[]): Json {
  const leaf = leaves.length > 0 && rng.chance(0.5) ? rng.pick(leaves) : undefined;
  const operator = leaf ? rng.pick(fitting(leaf)) : rng.pick(OPERATORS);
  const one = () => (leaf ? valueFor(rng, leaf) : scalar(rng));
  let value: Json;
  if (operator === 'in') value = Array.from({ length: rng.int(1, 5) }, one);
  else if (operator === 'greater_than' || operator === 'less_than') value = hardNumber(rng);
  else if (operator === 'contains' && leaf) value = hostileString(rng);
  else value = one();
  const m: { [key: string]: Json } = {};
  // Keys in any order: the export writes its own.
  for (const key of rng.sample(['attribute', 'operator', 'value'], 3))
    m[key] = key === 'attribute' ? (leaf?.path ?? foreignPath(rng)) : key === 'operator' ? operator : value;
  return m;
}

/** The operators that work on the leaf's type (lint/cross/attributes.ts FITS, read from cxone semantics). */
function fitting(leaf: Leaf): Operator[] {
  switch (leaf.type) {
    case 'string':
      return ['equals', 'not_equals', 'contains', 'in'];
    case 'integer':
    case 'number':
      return ['equals', 'not_equals', 'greater_than', 'less_than', 'in'];
    case 'boolean':
      return ['equals', 'not_equals', 'in'];
    case 'array':
      return ['contains'];
  }
}

function valueFor(rng: Rng, leaf: Leaf): Json {
  if (leaf.values && leaf.values.length > 0) return rng.pick(leaf.values);
  switch (leaf.type) {
    case 'string':
      return hostileString(rng);
    case 'integer':
      return hardNumber(rng, true);
    case 'number':
      return hardNumber(rng);
    case 'boolean':
      return rng.chance(0.5);
    case 'array':
      return scalar(rng);
  }
}

function scalar(rng: Rng): Json {
  return rng.pick<() => Json>([
    () => hostileString(rng),
    () => hardNumber(rng),
    () => rng.chance(0.5),
    () => new RawNumber('-0'),
  ])();
}

function patternRule(rng: Rng, leaves: readonly Leaf[]): Json {
  const type = rng.pick(['regex', 'cidr', 'prefix']);
  const field = leaves.length > 0 && rng.chance(0.4) ? rng.pick(leaves).path : foreignPath(rng);
  let pattern: string;
  if (type === 'regex') pattern = rng.chance(0.6) ? rng.pick(REGEXES) : `^${escapeRegex(hostileString(rng))}$`;
  else if (type === 'cidr') pattern = rng.pick(CIDRS);
  else pattern = nonBlank(hostileString(rng, false));
  const r: { [key: string]: Json } = {};
  for (const key of rng.sample(['type', 'field', 'pattern'], 3))
    r[key] = key === 'type' ? type : key === 'field' ? field : pattern;
  return r;
}

/** Escape only the syntax characters: the unicode grammar refuses identity escapes of others. */
function escapeRegex(s: string): string {
  return s.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&');
}

function nonBlank(s: string): string {
  return s.trim() === '' ? `${s}x` : s;
}
