// Candidate values of the combinator keyword family, for ./candidates.ts: values of each branch of
// the old and new allOf/anyOf/oneOf/not/if/then/else, and values the new focus node accepts (for
// an old event that also matches an added or overlapping oneOf branch).

import type { Site } from './site.js';
import { deref, isObj, JSON_TYPES, type Obj } from './schema.js';

/** Values of each branch of the old and the new combinators at the node. */
export function* combinatorValues(
  site: Site,
  nodes: readonly unknown[],
  o: Obj | undefined,
  n: Obj | undefined,
): Generator<unknown> {
  const { plan, newGen } = site;
  for (const kw of ['oneOf', 'anyOf', 'allOf'] as const) {
    const ob = o?.[kw];
    if (Array.isArray(ob)) for (const b of ob.slice(0, 20)) yield* plan.gen.values([...nodes, b], {}, 2);
    const nb = n?.[kw];
    if (Array.isArray(nb)) for (const b of nb.slice(0, 20)) yield* newGen.values([b], {}, 3);
  }
  for (const kw of ['not', 'if', 'then', 'else'] as const) {
    if (o?.[kw] !== undefined) yield* plan.gen.values([o[kw]], {}, 3);
    if (n?.[kw] !== undefined) yield* newGen.values([n[kw]], {}, 3);
  }
  // a branch that exists only in the new document (the focus is where it was added)
  if (site.newExact !== site.newFocus) yield* newFocusValues(site);
}

/** Values the new focus node accepts: for overlaps (an old event matching a second oneOf branch). */
export function* newFocusValues(site: Site): Generator<unknown> {
  if (site.newExact === undefined) return;
  const newNode = deref(site.newGen.root, site.newExact);
  const level = site.plan.levels[site.plan.depth]!;
  // values of the old node and the new one at once (resolving the new node's refs in the old
  // document: only a candidate, ajv checks), then of the new node alone, merged with old values
  yield* site.plan.gen.values([...level.nodes, newNode], {}, 3);
  const fresh = site.newGen.values([newNode], {}, 4);
  yield* fresh;
  for (const t of JSON_TYPES) yield* site.newGen.values([newNode], { types: [t] }, 1);
  const olds = site.plan.gen.values(level.nodes, {}, 3);
  for (const v of fresh) for (const u of olds) if (isObj(u) && isObj(v)) yield { ...u, ...v };
}
