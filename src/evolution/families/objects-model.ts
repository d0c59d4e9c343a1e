// Content models shared by the objects and arrays families. The effective schema of a property
// name (or of an array position) is a conjunction of subschemas: `properties[N]` and every
// `patternProperties` regex matching N, or — when neither applies — `additionalProperties`
// (absent: the true schema, the model is open; `false`: closed; a schema: partially open).

import { canonicalJson } from '../../core/canonical.js';
import { boundedMemo } from '../../core/memo.js';
import { regexCleared } from '../../lint/regex.js';
import { isFalseSchema, isTrueSchema, type Schema } from '../schema-model.js';
import type { Token, Visit } from '../walk.js';

/** One conjunct of an effective schema, with where it sits below its node. */
export interface Conjunct {
  schema: Schema;
  at: Token[];
}

export type ContentModel = { model: 'open' } | { model: 'closed' } | { model: 'partial'; conjuncts: Conjunct[] };

const OPEN: ContentModel = { model: 'open' };
const CLOSED: ContentModel = { model: 'closed' };

/** Classify a conjunction: any `false` conjunct closes it; `true` conjuncts drop out; none left = open. */
export function classify(conjuncts: readonly Conjunct[]): ContentModel {
  let partial: Conjunct[] | undefined;
  for (const c of conjuncts) {
    if (isFalseSchema(c.schema)) return CLOSED;
    if (!isTrueSchema(c.schema)) (partial ??= []).push(c);
  }
  return partial ? { model: 'partial', conjuncts: partial } : OPEN;
}

/** The model of one optional subschema (`undefined` = the true schema). */
export function modelOf(s: Schema | undefined, at: Token[]): ContentModel {
  return s === undefined ? OPEN : classify([{ schema: s, at }]);
}

export function isMap(v: unknown): v is Record<string, Schema> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Conjuncts other than `properties[name]` that apply to `name` in `s`: the matching pattern
 * schemas, or `additionalProperties` when no pattern matches (none at all when it is absent).
 */
export function undeclaredConjuncts(s: Schema, name: string): Conjunct[] {
  const pp = s.patternProperties;
  const out: Conjunct[] = [];
  if (isMap(pp)) {
    for (const src of Object.keys(pp))
      if (patternMatches(src, name)) out.push({ schema: pp[src]!, at: ['patternProperties', src] });
  }
  if (out.length > 0) return out;
  const ap = s.additionalProperties;
  return isMap(ap) ? [{ schema: ap, at: ['additionalProperties'] }] : [];
}

// --- patternProperties regexes: compiled once per source, never per node pair -----------------

const MAX_CACHED = 10_000;
const compiled = new Map<string, RegExp | null>();
const prefixes = new Map<string, string | null>();

function regexOf(src: string): RegExp | null {
  // Never run a regex the ReDoS authority did not clear.
  return boundedMemo(compiled, src, MAX_CACHED, (s) => (regexCleared(s) ? compile(s) : null));
}

function compile(src: string): RegExp | null {
  try {
    return new RegExp(src, 'u'); // ajv compiles patterns with the unicode flag
  } catch {
    try {
      return new RegExp(src);
    } catch {
      return null;
    }
  }
}

/** Does the pattern match the name? A pattern that does not compile is assumed to (conservative). */
export function patternMatches(src: string, name: string): boolean {
  const re = regexOf(src);
  return re === null || re.test(name);
}

/**
 * Could some name match both patterns? Only decided (as "no") for anchored literal prefixes that
 * diverge, like `^x-` and `^y-`; everything else may overlap.
 */
export function patternsMayOverlap(a: string, b: string): boolean {
  const pa = literalPrefix(a);
  const pb = literalPrefix(b);
  if (pa === null || pb === null) return true;
  return pa.startsWith(pb) || pb.startsWith(pa);
}

const META = new Set(['\\', '.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$']);
const OPTIONAL = new Set(['*', '?', '{']);

/** The literal text every match of an anchored pattern starts with; null when unknown. */
function literalPrefix(src: string): string | null {
  return boundedMemo(prefixes, src, MAX_CACHED, readPrefix);
}

function readPrefix(src: string): string | null {
  if (!src.startsWith('^') || src.includes('|')) return null;
  let out = '';
  for (let i = 1; i < src.length; i++) {
    const c = src[i]!;
    if (META.has(c)) {
      if (OPTIONAL.has(c)) out = out.slice(0, -1); // the previous character may be absent
      break;
    }
    out += c;
  }
  return out;
}

// --- shared helpers ---------------------------------------------------------------------------

/** `"customer"` or `the event` for the node itself. */
export function nodeName(v: Visit): string {
  return v.label ? `"${v.label}"` : 'the event';
}

/** `"customer.tier"` for a property of the node. */
export function propertyName(v: Visit, name: string): string {
  return `"${v.label ? `${v.label}.` : ''}${name}"`;
}

/**
 * Keywords whose value is not of the draft-07 shape: reported as `keyword-changed` (conservatively
 * breaking) when they differ, and skipped by the family either way. Returns the keywords to skip.
 */
export function malformed(v: Visit, checks: Record<string, (value: unknown) => boolean>): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const key of Object.keys(checks)) {
    const ok = checks[key]!;
    const before = v.old[key];
    const after = v.new[key];
    if ((before === undefined || ok(before)) && (after === undefined || ok(after))) continue;
    (out ??= new Set()).add(key);
    if (canonicalJson(before) === canonicalJson(after)) continue;
    v.emit(
      'keyword-changed',
      `keyword "${key}" of ${nodeName(v)} has a value that is not valid draft-07; the change is treated as breaking`,
      {
        at: [key],
        old: before,
        new: after,
      },
    );
  }
  return out;
}

export const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
