// `$ref` resolution for the example generator, the way ajv (the judge) resolves them: by base URI.
// `$id`s open scopes (relative ones resolve against the enclosing scope), a plain-name `$id`
// (`#foo`) is an anchor, and a `$ref` resolves against the base URI of the node holding it: to a
// resource of this document (the root or a nested `$id`), then a JSON pointer inside that
// resource or one of its anchors. A reference to anything outside the document resolves to
// nothing (ajv could not compile it either). One index per document, built once (bounded).

import { resolvePointer } from '../../core/pointer.js';
import { memo } from '../../core/memo.js';

type Obj = Record<string, unknown>;

/** Base of a document without `$id`: a URL that can never name a real resource. */
const ROOT_BASE = 'https://witness.invalid/root.json';
/** Schema nodes indexed per document, at most (a document is at most 256 KiB). */
const MAX_NODES = 200_000;
/** Keywords whose values are data, not schemas: their `$id`s and `$ref`s mean nothing. */
const DATA = new Set(['enum', 'const', 'examples', 'default']);

interface Index {
  base: Map<object, string>;
  resources: Map<string, unknown>;
  anchors: Map<string, unknown>;
}

const indexes = new WeakMap<object, Index>();

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function resolveUri(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}

function withoutHash(u: URL): string {
  const c = new URL(u.href);
  c.hash = '';
  return c.href;
}

function indexOf(root: object): Index {
  return memo(indexes, root, buildIndex);
}

function buildIndex(root: object): Index {
  const index: Index = { base: new Map(), resources: new Map(), anchors: new Map() };
  const stack: [unknown, string][] = [[root, ROOT_BASE]];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const [node, outer] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const v of node) if (v !== null && typeof v === 'object') stack.push([v, outer]);
      continue;
    }
    if (!isObj(node)) continue;
    let base = outer;
    // draft-07: a `$ref`'s siblings are ignored, its `$id` too
    const id = node.$ref === undefined ? node.$id : undefined;
    if (typeof id === 'string') {
      const u = resolveUri(id, outer);
      if (u) {
        const anchor = u.hash.length > 1 ? decodeHash(u.hash) : undefined;
        if (anchor !== undefined && !anchor.startsWith('/')) index.anchors.set(`${withoutHash(u)}#${anchor}`, node);
        if (!id.startsWith('#')) {
          base = withoutHash(u);
          if (!index.resources.has(base)) index.resources.set(base, node);
        }
      }
    }
    if (node === root) index.resources.set(base, node);
    index.base.set(node, base);
    for (const [k, v] of Object.entries(node))
      if (!DATA.has(k) && v !== null && typeof v === 'object') stack.push([v, base]);
  }
  if (!index.resources.has(ROOT_BASE)) index.resources.set(ROOT_BASE, root);
  return index;
}

function decodeHash(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * The schema the `$ref` of `holder` (a node of `root`) names, or undefined when it names nothing
 * in this document. A pointer into a nested resource is read inside that resource.
 */
export function refTarget(root: unknown, holder: Obj): unknown {
  const ref = holder.$ref;
  if (typeof ref !== 'string' || !isObj(root)) return undefined;
  const index = indexOf(root);
  const u = resolveUri(ref, index.base.get(holder) ?? ROOT_BASE);
  if (!u) return undefined;
  const resource = index.resources.get(withoutHash(u));
  if (resource === undefined) return undefined;
  const frag = u.hash === '' ? '' : decodeHash(u.hash);
  if (frag === undefined) return undefined;
  if (frag === '' || frag.startsWith('/')) {
    try {
      return resolvePointer(resource, frag);
    } catch {
      return undefined;
    }
  }
  return index.anchors.get(`${withoutHash(u)}#${frag}`);
}
