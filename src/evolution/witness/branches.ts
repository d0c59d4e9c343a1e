// Branch resolution for ./generate.ts: `$ref`s, allOf and decided anyOf/oneOf/if choices are
// flattened into one conjunction of schema objects; the choices still open are enumerated
// breadth-first into a bounded list of such conjunctions, one per combination of branches.

import { deref, isObj, type Obj } from './schema.js';

const MAX_ALTERNATIVES = 12;
const MAX_OPTIONS_PER_CHOICE = 24;

export interface Choice {
  /** Identity of the decision: the anyOf/oneOf array, or the schema holding `if`. */
  key: object;
  options: unknown[][];
}

/**
 * Resolve refs, allOf and decided choices into a flat list of schema objects; null when one is `false`.
 * `forced` branches (anyOf/oneOf array -> index) win over `decided` ones.
 */
export function flatten(
  root: unknown,
  forced: ReadonlyMap<object, number>,
  nodes: readonly unknown[],
  decided: ReadonlyMap<object, number> = new Map(),
): { conj: Obj[]; open: Choice[] } | null {
  const conj: Obj[] = [];
  const open: Choice[] = [];
  const seen = new Set<unknown>();
  const work = [...nodes];
  for (let i = 0; i < work.length; i++) {
    const s = deref(root, work[i]);
    if (s === false) return null;
    if (!isObj(s) || seen.has(s)) continue;
    seen.add(s);
    conj.push(s);
    if (Array.isArray(s.allOf)) work.push(...s.allOf);
    for (const kw of ['anyOf', 'oneOf'] as const) {
      const arr = s[kw];
      if (!Array.isArray(arr) || arr.length === 0) continue;
      const pick = forced.get(arr) ?? decided.get(arr);
      if (pick !== undefined && pick < arr.length) work.push(arr[pick]);
      else open.push({ key: arr, options: arr.map((b) => [b]) });
    }
    if (s.if !== undefined) {
      const pick = decided.get(s);
      const yes = [s.if, ...(s.then !== undefined ? [s.then] : [])];
      const no = [{ not: s.if }, ...(s.else !== undefined ? [s.else] : [])];
      if (pick === 0) work.push(...yes);
      else if (pick === 1) work.push(...no);
      else open.push({ key: s, options: [yes, no] });
    }
  }
  return { conj, open };
}

/** Flat conjunctions, one per combination of branch choices (bounded). */
export function alternatives(root: unknown, forced: ReadonlyMap<object, number>, nodes: readonly unknown[]): Obj[][] {
  const out: Obj[][] = [];
  const queue: Map<object, number>[] = [new Map()];
  let pops = 0;
  while (queue.length > 0 && out.length < MAX_ALTERNATIVES && pops++ < MAX_ALTERNATIVES * 4) {
    const decided = queue.shift()!;
    const f = flatten(root, forced, nodes, decided);
    if (!f) continue;
    const choice = f.open[0];
    if (!choice) {
      out.push(f.conj);
      continue;
    }
    choice.options.slice(0, MAX_OPTIONS_PER_CHOICE).forEach((_, i) => queue.push(new Map(decided).set(choice.key, i)));
  }
  return out;
}
