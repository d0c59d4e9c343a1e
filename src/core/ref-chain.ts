// Following a local `$ref` to the schema it names: the one reading lint and evolution share, so
// "this chain is too long" or "this is a cycle of $refs only" means the same in both. In draft-07 a
// `$ref`'s siblings are ignored, so a node with a `$ref` is followed whatever else it holds.

import { resolvePointer } from './pointer.js';

/** `$ref`s followed from one site before the chain is declared too long. */
export const MAX_REF_HOPS = 64;

export type RefChain =
  /** `target` is the first node on the chain without a `$ref`, found at `pointer`. */
  | { kind: 'resolved'; target: unknown; pointer: string }
  /** The chain comes back to `pointer` without ever reaching a schema: it constrains nothing knowable. */
  | { kind: 'cycle'; pointer: string; path: string[] }
  /** More than MAX_REF_HOPS `$ref`s in a row. */
  | { kind: 'too-long'; pointer: string }
  /** Not a local pointer (external, an anchor, a bad fragment) or pointing at nothing. */
  | { kind: 'unresolvable' };

export function followRef(doc: unknown, ref: string): RefChain {
  const path: string[] = [];
  const seen = new Set<string>();
  let next: unknown = ref;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const pointer = localPointer(next as string);
    if (pointer === undefined) return { kind: 'unresolvable' };
    if (seen.has(pointer)) return { kind: 'cycle', pointer, path: [...path, pointer] };
    seen.add(pointer);
    path.push(pointer);
    const target = resolvePointer(doc, pointer);
    if (target === undefined) return { kind: 'unresolvable' };
    next = isMap(target) ? target.$ref : undefined;
    if (typeof next !== 'string') return { kind: 'resolved', target, pointer };
  }
  return { kind: 'too-long', pointer: path[path.length - 1]! };
}

/** `#/definitions/a` -> `/definitions/a`; undefined for anything that is not a local JSON pointer. */
function localPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  return pointer === '' || pointer.startsWith('/') ? pointer : undefined;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
