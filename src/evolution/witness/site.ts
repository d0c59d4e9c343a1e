// The site the witness candidates aim at: the changed node in the live and the new document (and
// the pointers' tokens below each), and which of its keywords the change touches.

import type { ValueGen } from './generate.js';
import type { Plan } from './plan.js';
import { isObj, valueKey } from './schema.js';

export interface Site {
  /** Plan over the live (old) document, targeting the changed node. */
  plan: Plan;
  /** Generator over the new document (no forced branches). */
  newGen: ValueGen;
  /** The changed node in the old document (refs followed) and the pointer's tokens below it. */
  focus: unknown;
  tail: readonly string[];
  /** The node at the same place in the new document, and the new pointer's tokens below it. */
  newFocus: unknown;
  newTail: readonly string[];
  /** The deepest node the new pointer names (e.g. an added oneOf branch). */
  newExact: unknown;
  /** Favour values that can match two oneOf branches. */
  exclusive: boolean;
}

/** The keywords whose change the candidates should aim at: the tails, then what differs between the two focus nodes. */
export function interestingKeywords(site: Site): string[] {
  const out: string[] = [];
  const add = (k: string | undefined) => {
    if (k !== undefined && !out.includes(k)) out.push(k);
  };
  add(site.tail[0]);
  add(site.newTail[0]);
  const o = site.focus;
  const n = site.newFocus;
  if (isObj(o) && isObj(n)) {
    for (const k of new Set([...Object.keys(o), ...Object.keys(n)])) if (differs(o[k], n[k])) add(k);
  }
  return out;
}

/** Do two keyword values differ? (Cheap for the common cases: a 100,000-value enum is not serialised to compare.) */
export function differs(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return true;
  return valueKey(a) !== valueKey(b);
}
