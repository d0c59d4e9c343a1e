// When a finding of the working tree is the same finding as one of the git base (pre-existing):
// same rule, schema and place, the same words, and the same values compared. Many rules share a
// place (`required-added` is always `/required`, `enum-narrowed` the enum), and a message lists at
// most five values and cuts long ones, so the words alone could make a new break look old. A
// platform refusal is the same only when each of its reasons is (its message names five, by rule
// and place only). Example events and help are left out: the base's run builds no example events.

import type { Finding } from '../core/finding.js';
import type { JudgedFinding } from '../evolution/index.js';

/** A finding with what it says beyond its words: the change it judges, or a refusal's reasons. */
export interface Judged extends JudgedFinding {
  reasons?: readonly JudgedFinding[];
}

/** The identity of a finding; undefined when it cannot be compared (then it is never pre-existing). */
export function identityOf(j: Judged): string | undefined {
  if (j.reasons) {
    // A refusal: the same only when every reason is the same (in any order).
    const ids = j.reasons.map(identityOf);
    return ids.some((id) => id === undefined) ? undefined : idOf(j.finding, JSON.stringify((ids as string[]).sort()));
  }
  const values = j.change ? valuesText([j.change.old, j.change.new]) : '';
  return values === undefined ? undefined : idOf(j.finding, values);
}

function idOf(f: Finding, values: string): string {
  return JSON.stringify([f.rule, f.contract ?? '', f.pointer, f.message, values]);
}

/** Nodes of the values one change compared that are written out; past it the finding is not compared. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 100;

/**
 * The values as canonical text (keys sorted), or undefined when they are too large or too deep.
 * They may be the engine's normalised nodes, which can be cyclic (a recursive `$ref`): a node met
 * again on its own path is written as a mark.
 */
export function valuesText(value: unknown): string | undefined {
  let nodes = 0;
  const path = new Set<object>();
  const write = (v: unknown, depth: number): string | undefined => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return undefined;
    if (v === undefined) return '~';
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? String(v);
    if (path.has(v)) return '^';
    path.add(v);
    const parts: string[] = [];
    const entries = Array.isArray(v)
      ? v.map((x, i) => [String(i), x] as const)
      : Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]] as const);
    for (const [k, x] of entries) {
      const text = write(x, depth + 1);
      if (text === undefined) return undefined;
      parts.push(Array.isArray(v) ? text : `${JSON.stringify(k)}:${text}`);
    }
    path.delete(v);
    return Array.isArray(v) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
  };
  return write(value, 0);
}
