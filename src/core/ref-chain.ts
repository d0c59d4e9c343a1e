// Following a `$ref` to the schema it names, by the draft-07 rules: the reference is a URI
// resolved against the base URI of the node holding it (`$id` scopes, see ./ref-base.ts), and it
// names a schema of this document by a JSON-pointer fragment relative to the resource the URI
// names, or by a plain-name anchor (`$id: "#foo"`). The one reading lint and evolution share, so
// "this chain is too long", "this is a cycle of $refs only" or "this resolves to nothing" means
// the same in both. A `$ref`'s siblings are ignored, so a node with a `$ref` is followed whatever
// else it holds.

import { resolvePointer } from './pointer.js';
import { baseAt, parseUri, refIndex, type RefIndex } from './ref-base.js';

/** `$ref`s followed from one site before the chain is declared too long. */
export const MAX_REF_HOPS = 64;

/** Why a `$ref` resolves to nothing in its own document. */
export type Unresolvable =
  /** Not a URI reference (or a fragment that does not decode). */
  | 'bad-uri'
  /** A document other than this one (no schema here declares that URI). */
  | 'external'
  /** A plain-name fragment no `$id` in the document declares. */
  | 'no-anchor'
  /** A URI two schemas of the document declare. */
  | 'ambiguous'
  /** A JSON pointer to nothing. */
  | 'missing'
  /** A JSON pointer to a value that is not a schema (a string, a list, ...). */
  | 'not-schema';

export type RefChain =
  /**
   * `target` is the first node on the chain without a `$ref`, found at `pointer`; `path`: the nodes
   * the chain went through, `pointer` last.
   */
  | { kind: 'resolved'; target: unknown; pointer: string; path: string[] }
  /** The chain comes back to `pointer` without ever reaching a schema: it constrains nothing knowable. */
  | { kind: 'cycle'; pointer: string; path: string[] }
  /** More than MAX_REF_HOPS `$ref`s in a row. */
  | { kind: 'too-long'; pointer: string }
  /**
   * Some `$ref` on the chain (`ref`) names nothing in this document (`pointer`: the location it
   * names, when it is one).
   */
  | { kind: 'unresolvable'; reason: Unresolvable; ref: string; pointer?: string };

/** `from`: the pointer of the `$ref`'s node, whose base URI (`$id` scopes) the reference is resolved against. */
export function followRef(doc: unknown, ref: string, from = ''): RefChain {
  const index = refIndex(doc);
  const path: string[] = [];
  const seen = new Set<string>();
  let next = ref;
  let at = from;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const named = locate(index, next, baseAt(doc, index, at));
    if (typeof named !== 'string') return { kind: 'unresolvable', reason: named.reason, ref: next };
    const pointer = named;
    if (seen.has(pointer)) return { kind: 'cycle', pointer, path: [...path, pointer] };
    seen.add(pointer);
    path.push(pointer);
    const target = resolvePointer(doc, pointer);
    if (target === undefined) return { kind: 'unresolvable', reason: 'missing', ref: next, pointer };
    if (typeof target !== 'boolean' && !isMap(target))
      return { kind: 'unresolvable', reason: 'not-schema', ref: next, pointer };
    if (!isMap(target) || typeof target.$ref !== 'string') return { kind: 'resolved', target, pointer, path };
    next = target.$ref;
    at = pointer;
  }
  return { kind: 'too-long', pointer: path[path.length - 1]! };
}

/** The document pointer `ref` names from `base`, or why it names nothing here. */
function locate(index: RefIndex, ref: string, base: string): string | { reason: Unresolvable } {
  const url = parseUri(ref, base);
  if (!url) return { reason: 'bad-uri' };
  const fragment = url.hash.slice(1);
  url.hash = '';
  const uri = url.href;
  if (fragment !== '' && !fragment.startsWith('/')) {
    const anchor = `${uri}#${fragment}`;
    if (index.ambiguous.has(anchor)) return { reason: 'ambiguous' };
    return index.anchors.get(anchor) ?? { reason: 'no-anchor' };
  }
  if (index.ambiguous.has(uri)) return { reason: 'ambiguous' };
  const resource = index.resources.get(uri);
  if (resource === undefined) return { reason: 'external' };
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment);
  } catch {
    return { reason: 'bad-uri' };
  }
  return resource + pointer;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
