// The platform's syntax rules for an event filter (docs/cxone-api.md, "Event filters"), written
// from the contract alone: what `POST .../filters/validate` answers, and what a create or an update
// is refused for (400).

import { isIP } from 'node:net';
import { isObject } from './json.js';
import type { Problem } from './schema-rules.js';

const CHANNELS = new Set(['voice', 'chat', 'email', 'sms', 'web']);
const OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'less_than', 'contains', 'in']);
const PATTERN_TYPES = new Set(['regex', 'cidr', 'prefix']);
/** Longest list the platform reads (a bound on hostile bodies; the contract sets none). */
const MAX_RULES = 10_000;

/** A value quoted in a message, bounded: the body is the client's. */
const quoted = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 80);
/** Any string of at least one character: the contract does not say that blank names are refused. */
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v !== '';
const scalar = (v: unknown) =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

export function filterProblems(doc: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  if (!nonEmpty(doc.name)) out.push({ pointer: '/name', message: 'name must be a non-empty string' });
  if (doc.description !== undefined && doc.description !== null && typeof doc.description !== 'string')
    out.push({ pointer: '/description', message: 'description must be a string' });
  if (typeof doc.channel !== 'string' || !CHANNELS.has(doc.channel))
    out.push({
      pointer: '/channel',
      message: `channel ${quoted(doc.channel)} is not one of ${[...CHANNELS].join(', ')}`,
    });
  const group = doc.target_group_id;
  if (group !== undefined && group !== null && !nonEmpty(group) && !Number.isSafeInteger(group))
    out.push({ pointer: '/target_group_id', message: 'target_group_id must be a group id or null' });
  list(doc.matchers, '/matchers', out, matcher);
  list(doc.pattern_rules, '/pattern_rules', out, patternRule);
  return out;
}

function list(
  value: unknown,
  pointer: string,
  out: Problem[],
  each: (item: Record<string, unknown>, at: string, out: Problem[]) => void,
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return void out.push({ pointer, message: 'must be a list' });
  if (value.length > MAX_RULES) return void out.push({ pointer, message: `more than ${MAX_RULES} entries` });
  value.forEach((item, i) => {
    if (!isObject(item)) out.push({ pointer: `${pointer}/${i}`, message: 'must be an object' });
    else each(item, `${pointer}/${i}`, out);
  });
}

function matcher(m: Record<string, unknown>, at: string, out: Problem[]): void {
  if (!nonEmpty(m.attribute)) out.push({ pointer: `${at}/attribute`, message: 'attribute must be a non-empty string' });
  if (typeof m.operator !== 'string' || !OPERATORS.has(m.operator))
    out.push({
      pointer: `${at}/operator`,
      message: `operator ${quoted(m.operator)} is not one of ${[...OPERATORS].join(', ')}`,
    });
  if (m.operator === 'in') {
    if (!Array.isArray(m.value) || m.value.length === 0 || !m.value.every(scalar))
      out.push({
        pointer: `${at}/value`,
        message: 'the value of "in" must be a non-empty list of strings, numbers or booleans',
      });
  } else if (!scalar(m.value)) {
    out.push({ pointer: `${at}/value`, message: 'value must be a string, a number or a boolean' });
  }
}

function patternRule(r: Record<string, unknown>, at: string, out: Problem[]): void {
  if (typeof r.type !== 'string' || !PATTERN_TYPES.has(r.type))
    out.push({
      pointer: `${at}/type`,
      message: `type ${quoted(r.type)} is not one of ${[...PATTERN_TYPES].join(', ')}`,
    });
  if (!nonEmpty(r.field)) out.push({ pointer: `${at}/field`, message: 'field must be a non-empty string' });
  if (!nonEmpty(r.pattern))
    return void out.push({ pointer: `${at}/pattern`, message: 'pattern must be a non-empty string' });
  if (r.type === 'regex') {
    try {
      new RegExp(r.pattern);
    } catch (err) {
      out.push({
        pointer: `${at}/pattern`,
        message: `not a regular expression: ${(err as Error).message.slice(0, 200)}`,
      });
    }
  }
  if (r.type === 'cidr' && !isCidr(r.pattern))
    out.push({ pointer: `${at}/pattern`, message: `${quoted(r.pattern)} is not an IPv4 or IPv6 CIDR block` });
}

function isCidr(text: string): boolean {
  // No zone id (`%eth0`), no leading zeros in the prefix length.
  const m = /^([^/%]+)\/(0|[1-9]\d{0,2})$/.exec(text);
  if (!m) return false;
  const family = isIP(m[1]!);
  const bits = Number(m[2]);
  return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
}
