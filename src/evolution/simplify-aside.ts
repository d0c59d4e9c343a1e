// Keywords the simplifier drops because the rest of their node makes them say nothing
// (`propertyNames` of a closed object with no names, `uniqueItems` under `maxItems: 0`, the
// dependency of a name the object can never hold). Such a keyword still holds for every value
// the node accepts. So when the other version keeps the same keyword, the pair is compared with it
// put back: otherwise the rest of the node changing (the object opened) reads as the keyword
// being added, a narrowing that cannot happen (issue 12, false alarms).
//
// Sound: a keyword is set aside only when dropping it keeps the node's meaning, so putting it
// back keeps it too.

import { sameContent } from '../core/canonical.js';
import { sameSchema } from './families/combinators-match.js';
import type { NormalizedSchema, Schema } from './schema-model.js';
import { rememberTypes, typesOf } from './type-bits.js';

/** Per node: keyword (or `dependencies/<name>` for one entry) -> the value dropped. */
const ASIDE = new WeakMap<Schema, Map<string, unknown>>();

const ENTRY = 'dependencies/';

/** Record that `key` of `p`, holding `value`, was dropped as saying nothing there. */
export function setAside(p: Schema, key: string, value: unknown): void {
  if (value === undefined) return;
  // Entry by entry: the other side may have dropped some entries of its own.
  if (key === 'dependencies' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [name, dep] of Object.entries(value)) setAside(p, ENTRY + name, dep);
    return;
  }
  let m = ASIDE.get(p);
  if (!m) ASIDE.set(p, (m = new Map()));
  if (!m.has(key)) m.set(key, value);
}

/** Keeps only `kept` of `p.dependencies` (`deps`), the others set aside; true when any went. */
export function keepDependencies(p: Schema, deps: Record<string, unknown>, kept: [string, unknown][]): boolean {
  if (kept.length === Object.keys(deps).length) return false;
  const keep = new Set(kept.map(([k]) => k));
  for (const [name, dep] of Object.entries(deps)) if (!keep.has(name)) setAside(p, ENTRY + name, dep);
  if (kept.length > 0) p.dependencies = Object.fromEntries(kept);
  else delete p.dependencies;
  return true;
}

/**
 * `node` (of `graph`) with the keywords set aside from it that `other` (of `otherGraph`) holds
 * with the same value (a copy, registered in `graph` like the node); `node` itself when none.
 */
export function putBack(node: Schema, other: Schema, graph: NormalizedSchema, otherGraph: NormalizedSchema): Schema {
  const same = (key: string, a: unknown, b: unknown) =>
    sameSchema({ [key]: a } as Schema, { [key]: b } as Schema) || sameSource(a, graph, b, otherGraph);
  const aside = ASIDE.get(node);
  if (!aside) return node;
  let copy: Schema | undefined;
  for (const [key, value] of aside) {
    if (key.startsWith(ENTRY)) {
      const name = key.slice(ENTRY.length);
      const theirs = entryOf(other.dependencies, name);
      if (
        theirs === undefined ||
        entryOf(node.dependencies, name) !== undefined ||
        !same('dependencies', { [name]: value }, { [name]: theirs })
      )
        continue;
      copy ??= { ...node };
      copy.dependencies = { ...(copy.dependencies as Record<string, unknown> | undefined), [name]: value };
    } else if (node[key] === undefined && other[key] !== undefined && same(key, value, other[key])) {
      copy ??= { ...node };
      copy[key] = value;
    }
  }
  if (copy === undefined) return node;
  const at = graph.src.get(node);
  if (at !== undefined) graph.src.set(copy, at);
  const moved = graph.keySrc?.get(node);
  if (moved) graph.keySrc!.set(copy, moved);
  rememberTypes(copy, typesOf(node));
  return copy;
}

function entryOf(deps: unknown, name: string): unknown {
  return deps !== null && typeof deps === 'object' && !Array.isArray(deps) && Object.hasOwn(deps, name)
    ? (deps as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Two subschemas written alike, without a `$ref` (equal source, equal meaning): the normalised
 * nodes may differ by what their context wrote into them (a `type`).
 */
function sameSource(a: unknown, graph: NormalizedSchema, b: unknown, otherGraph: NormalizedSchema): boolean {
  const raw = (v: unknown, g: NormalizedSchema) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const at = g.src.get(v as Schema);
    return g.refFreeRaw.get(v as Schema) ?? (at === undefined ? undefined : g.refFreeRaw.get(g.byPointer.get(at)!));
  };
  const [x, y] = [raw(a, graph), raw(b, otherGraph)];
  return x !== undefined && y !== undefined && sameContent(x, y);
}

/** `to` now implies `from` (it was hoisted in): what `from` set aside holds for `to` too. */
export function carryAside(from: Schema, to: Schema): void {
  const aside = ASIDE.get(from);
  if (aside) for (const [key, value] of aside) setAside(to, key, value);
}
