// The `$id` index of one document, by the draft-07 rules: `$id` sets the base URI of its subschema
// (resolved against the enclosing base), `$id: "#foo"` (or `"other.json#foo"`) declares the
// plain-name anchor `foo`, and a `$ref`'s siblings — its `$id` included — are ignored. Built once
// per document (cached), iteratively and under a node budget: documents may be thousands of
// levels deep, and a pointer string is made only for the nodes that declare a `$id`.

import { memo } from './memo.js';
import { parsePointer } from './pointer.js';
import { SUBSCHEMA_SHAPES, subschemasOf } from './schema-vocabulary.js';

/** The base URI of a document whose root declares no `$id`: a fixed name nothing else can have. */
export const DEFAULT_BASE = 'https://cxone-contract.invalid/schema-without-id';

/** Schema nodes indexed per document; past it, URIs declared further on are not found (unresolvable, never guessed). */
export const MAX_INDEXED_NODES = 500_000;

export interface RefIndex {
  /** Base URI of the root resource. */
  rootBase: string;
  /** Absolute URI (no fragment) -> pointer of the resource it names. */
  resources: Map<string, string>;
  /** Absolute URI with a plain-name fragment -> pointer of the anchored schema. */
  anchors: Map<string, string>;
  /** URIs declared by two different schemas: a `$ref` to one resolves to nothing certain. */
  ambiguous: Set<string>;
  /** Some schema below the root declares a `$id` (else every node's base is `rootBase`). */
  nested: boolean;
}

interface Entry {
  node: Record<string, unknown>;
  base: string;
  parent: Entry | undefined;
  tokens: string[];
}

const cache = new WeakMap<object, RefIndex>();

/** The index of `doc` (cached per document object; documents are not mutated once parsed). */
export function refIndex(doc: unknown): RefIndex {
  if (!isMap(doc))
    return {
      rootBase: DEFAULT_BASE,
      resources: new Map([[DEFAULT_BASE, '']]),
      anchors: new Map(),
      ambiguous: new Set(),
      nested: false,
    };
  return memo(cache, doc, build);
}

function build(doc: Record<string, unknown>): RefIndex {
  const rootId = ownId(doc);
  const root = rootId === undefined ? undefined : idTarget(rootId, DEFAULT_BASE);
  const rootBase = root?.uri ?? DEFAULT_BASE;
  const index: RefIndex = {
    rootBase,
    resources: new Map([[rootBase, '']]),
    anchors: new Map(),
    ambiguous: new Set(),
    nested: false,
  };
  if (root?.anchor !== undefined) add(index, index.anchors, `${rootBase}#${root.anchor}`, '');
  const stack: Entry[] = [{ node: doc, base: rootBase, parent: undefined, tokens: [] }];
  let budget = MAX_INDEXED_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const entry = stack.pop()!;
    if (entry.parent !== undefined) declare(index, entry);
    if (typeof entry.node.$ref === 'string') continue; // siblings of a $ref are ignored: nothing below is a schema
    for (const [sub, tokens] of subschemasOf(entry.node)) {
      if (isMap(sub)) stack.push({ node: sub, base: entry.base, parent: entry, tokens });
    }
  }
  return index;
}

/** Record what the `$id` of a non-root schema declares, and set the base its subschemas inherit. */
function declare(index: RefIndex, entry: Entry): void {
  const id = ownId(entry.node);
  if (id === undefined) return;
  const target = idTarget(id, entry.base);
  if (!target) return;
  index.nested = true;
  const pointer = pointerOf(entry);
  if (!id.startsWith('#')) {
    add(index, index.resources, target.uri, pointer);
    entry.base = target.uri;
  }
  if (target.anchor !== undefined) add(index, index.anchors, `${target.uri}#${target.anchor}`, pointer);
}

function add(index: RefIndex, map: Map<string, string>, uri: string, pointer: string): void {
  const had = map.get(uri);
  if (had === undefined) map.set(uri, pointer);
  else if (had !== pointer) index.ambiguous.add(uri);
}

/** The `$id` a schema declares for itself: none beside a `$ref` (its siblings are ignored). */
function ownId(node: Record<string, unknown>): string | undefined {
  return typeof node.$ref !== 'string' && typeof node.$id === 'string' ? node.$id : undefined;
}

/** `$id` resolved against `base`: the resource URI (no fragment) and the plain-name anchor, if any. */
function idTarget(id: string, base: string): { uri: string; anchor?: string } | undefined {
  const url = parseUri(id, base);
  if (!url) return undefined;
  const fragment = url.hash.slice(1);
  url.hash = '';
  // A JSON-pointer fragment in a `$id` names nothing new (draft-07 says not to write one).
  return fragment === '' || fragment.startsWith('/') ? { uri: url.href } : { uri: url.href, anchor: fragment };
}

export function parseUri(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}

/** The pointer of an entry, built from its parents (only for the few nodes that declare a `$id`). */
function pointerOf(entry: Entry): string {
  const parts: string[] = [];
  for (let e: Entry | undefined = entry; e?.parent !== undefined; e = e.parent) {
    for (let i = e.tokens.length - 1; i >= 0; i--) parts.push(e.tokens[i]!);
  }
  return parts
    .reverse()
    .map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

/**
 * The base URI in effect at the schema at `pointer`: the root's, changed by every `$id` on the way
 * down (a `$id` beside a `$ref` changes nothing). Walks the pointer's tokens, so it costs its depth.
 */
export function baseAt(doc: unknown, index: RefIndex, pointer: string): string {
  if (!index.nested || pointer === '') return index.rootBase;
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return index.rootBase;
  }
  let base = index.rootBase;
  let node: unknown = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isMap(node) || typeof node.$ref === 'string') return base;
    const key = tokens[i]!;
    const shape = Object.hasOwn(SUBSCHEMA_SHAPES, key) ? SUBSCHEMA_SHAPES[key] : undefined;
    if (shape === undefined) return base; // below a keyword that holds no schema: data, no $id applies
    let next = node[key];
    if (shape !== 'one' && !(shape === 'items' && !Array.isArray(next))) {
      const name = tokens[++i];
      if (name === undefined || next === null || typeof next !== 'object' || !Object.hasOwn(next, name)) return base;
      next = (next as Record<string, unknown>)[name];
    }
    node = next;
    const id = isMap(node) ? ownId(node) : undefined;
    if (id !== undefined && !id.startsWith('#')) base = idTarget(id, base)?.uri ?? base;
  }
  return base;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
