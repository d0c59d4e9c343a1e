// Parsing of single raw input values. Every failure is a UsageError naming the input and what
// it accepts, so the user sees one clear line and exit code 2.

import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';

export function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${name}: "${v}" is not one of ${allowed.join(', ')}${didYouMean(v, allowed)}`);
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
export function bool(name: string, value: string): boolean {
  const v = value.trim();
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`${name}: "${v}" is not a boolean (use true or false)`);
}

export function positiveInt(name: string, value: string, max = Number.MAX_SAFE_INTEGER): number {
  const v = value.trim();
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`${name}: "${v}" is not a whole number from 1 to ${max}`);
  }
  return n;
}

export function nonNegativeInt(name: string, value: string, max: number): number {
  const v = value.trim();
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n > max)
    throw new UsageError(`${name}: "${v}" is not a whole number from 0 to ${max}`);
  return n;
}

/** A duration in days: `7`, `7d`, or `168h` (rounded up to whole days is not done: hours / 24). */
export function days(name: string, value: string): number {
  const m = /^(\d+)\s*([dh]?)$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new UsageError(`${name}: "${value.trim()}" is not a duration like 7d or 168h`);
  return m[2] === 'h' ? Number(m[1]) / 24 : Number(m[1]);
}

/** A list given as one string: separated by newlines or commas (globs may hold commas in braces). */
export function list(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || (ch === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** An http(s) URL; the scheme rules (https except loopback) belong to the client. */
export function url(name: string, value: string): string {
  const v = value.trim();
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    return v.replace(/\/+$/, '');
  } catch {
    throw new UsageError(`${name}: "${v}" is not an http(s) URL`);
  }
}
