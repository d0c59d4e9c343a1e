// The optional repo config (.cxone-contract.yml), once read (bounded, inside the root: ./config-read.ts):
// checked for depth before parsing, parsed with positions (it is small), validated against
// schemas/config.schema.json, and its globs kept inside the root. Any problem is a UsageError
// (exit 2) naming the file, the line and what is wrong. Imported only when there is a config to
// parse (./build.ts, ../baseline/git-config.ts): a repo without one never loads yaml for it.

import type { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { UsageError } from '../core/errors.js';
import { parsePointer } from '../core/pointer.js';
import { yamlOffsetOf } from '../core/yaml-offset.js';
import { didYouMean } from '../core/suggest.js';
import { firstTooDeepLine, MAX_CONFIG_DEPTH } from './config-depth.js';
import { checkGlobs } from './globs.js';
// schemas/config.schema.json compiled ahead of time (scripts/gen-validators.mjs): no ajv compile at start-up.
import configValidator from './generated/config-validator.js';
import type { Ignore, Policy, FailOn, RuleLevel } from './types.js';

export interface RepoConfig {
  schemas?: string[];
  filters?: string[];
  policy?: Policy;
  failOn?: FailOn;
  rules: Record<string, RuleLevel>;
  ignores: Ignore[];
}

interface RawConfig {
  schemas?: string | string[];
  filters?: string | string[];
  policy?: Policy;
  'fail-on'?: FailOn;
  rules?: Record<string, RuleLevel>;
  ignores?: Omit<Ignore, 'file' | 'line'>[];
}

const validate = configValidator as ValidateFunction;

export function parseRepoConfig(text: string, displayPath: string): RepoConfig {
  const deep = firstTooDeepLine(text);
  if (deep !== undefined)
    throw new UsageError(`${displayPath}:${deep}: the config nests deeper than ${MAX_CONFIG_DEPTH} levels`);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const where = (offset: number | undefined) =>
    `${displayPath}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new UsageError(`${where(e.pos[0])}: ${short(e.message)}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (err) {
    throw new UsageError(`${displayPath}: ${short((err as Error).message)}`);
  }
  // verbose: errors carry their schema, whose keys and enums are the did-you-mean candidates.
  if (!validate(data)) {
    const e = validate.errors![0]!;
    const at = e.instancePath || '/';
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = known.length > 0 ? `${didYouMean(key, known)}; the keys here are ${known.join(', ')}` : '';
      throw new UsageError(`${where(offsetOf(doc, `${e.instancePath}/${key}`))}: ${at} unknown key "${key}"${hint}`);
    }
    if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      throw new UsageError(
        `${where(offsetOf(doc, e.instancePath))}: ${at} ${JSON.stringify(e.data)} is not one of ${allowed.join(', ')}${didYouMean(e.data, allowed)}`,
      );
    }
    throw new UsageError(`${where(offsetOf(doc, e.instancePath))}: ${at} ${e.message}`);
  }
  const raw = data as RawConfig;
  (raw.ignores ?? []).forEach((ig, i) => {
    // The schema checks the shape (YYYY-MM-DD); a date that does not exist would compare as text
    // and expire on the wrong day.
    if (ig.expires !== undefined && !isCalendarDate(String(ig.expires))) {
      throw new UsageError(
        `${where(offsetOf(doc, `/ignores/${i}/expires`))}: /ignores/${i}/expires "${String(ig.expires)}" is not a date of the calendar (YYYY-MM-DD)`,
      );
    }
  });
  for (const key of ['schemas', 'filters'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    const pointer = (i: number) => (Array.isArray(value) ? `/${key}/${i}` : `/${key}`);
    checkGlobs(Array.isArray(value) ? value : [value], (i) => `${where(offsetOf(doc, pointer(i)))}: ${key}: `);
  }
  const toList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  return {
    schemas: toList(raw.schemas),
    filters: toList(raw.filters),
    policy: raw.policy,
    failOn: raw['fail-on'],
    rules: raw.rules ?? {},
    ignores: (raw.ignores ?? []).map((ig, i) => ({
      ...ig,
      expires: ig.expires === undefined ? undefined : String(ig.expires),
      file: displayPath,
      line: lines.linePos(offsetOf(doc, `/ignores/${i}`) ?? 0).line,
    })),
  };
}

/** True for a YYYY-MM-DD that names a real day (2027-02-29 and 2026-13-45 do not). */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The parser's message, first line, cut: it may quote a long stretch of the file (a 100,000-star alias name). */
function short(message: string): string {
  const line = message.split('\n')[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Source offset of the node at a JSON pointer (or its nearest ancestor). */
function offsetOf(doc: Document, pointer: string): number | undefined {
  return yamlOffsetOf(doc, parsePointer(pointer));
}
