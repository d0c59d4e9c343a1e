// The dialect a schema declares in its root `$schema`, and draft-04/06 documents rewritten into
// their draft-07 equivalent so the rest of the engine reads one dialect. The rewrite keeps the
// structure (the same nodes at the same pointers), so findings still locate in the file:
//  - draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` fold into the numeric draft-07 form
//    (`minimum: 5, exclusiveMinimum: true` -> `exclusiveMinimum: 5`; `false` -> dropped);
//  - draft-04 `id` becomes `$id`;
//  - keywords the declared dialect does not define (draft-06 has no `if`, draft-04 no `const`,
//    ...) are dropped: its validators ignore them.
// A dialect we do not read (2019-09, 2020-12, an unknown URI) is never read as draft-07.

import { setOwn } from '../core/own-property.js';
import {
  declaredDialect,
  isDefinedKeyword,
  SUBSCHEMA_SHAPES,
  subschemasOf,
  type Dialect,
} from '../core/schema-vocabulary.js';

export { declaredDialect, type Declared } from '../core/schema-vocabulary.js';

/**
 * Schema nodes rewritten per document; past it the rest is read as written (the engine's ingestion
 * limits come first).
 */
const MAX_REWRITTEN = 500_000;

/** `doc` as the draft-07 schema that means what it means under `dialect` (the same object for draft-07). */
export function toDraft07(doc: unknown, dialect: Dialect): unknown {
  if (dialect === 'draft-07' || doc === null || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  const root = rewriteNode(doc as Record<string, unknown>, dialect);
  const stack: Record<string, unknown>[] = [root];
  let budget = MAX_REWRITTEN;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop()!;
    // `node` is already a copy, and so are its maps and lists of subschemas: fill them in place.
    for (const [sub, [key, name]] of subschemasOf(node)) {
      if (sub === null || typeof sub !== 'object' || Array.isArray(sub)) continue;
      const copy = rewriteNode(sub as Record<string, unknown>, dialect);
      if (name === undefined) node[key!] = copy;
      else setOwn(node[key!] as Record<string, unknown>, name, copy);
      stack.push(copy);
    }
  }
  return root;
}

/** One schema node read by `dialect`'s rules, as a draft-07 node (a shallow copy). */
function rewriteNode(node: Record<string, unknown>, dialect: Dialect): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (key === 'id' && dialect === 'draft-04') continue;
    // Keywords draft-07 defines and the declared dialect does not: that dialect's validators ignore them.
    if (isDefinedKeyword(key, 'draft-07') && !isDefinedKeyword(key, dialect)) continue;
    const value = node[key];
    const shape = Object.hasOwn(SUBSCHEMA_SHAPES, key) ? SUBSCHEMA_SHAPES[key] : undefined;
    const container = shape !== undefined && shape !== 'one' && value !== null && typeof value === 'object';
    setOwn(
      out,
      key,
      !container ? value : Array.isArray(value) ? [...value] : copyMap(value as Record<string, unknown>),
    );
  }
  if (dialect === 'draft-04') {
    if (typeof node.id === 'string') out.$id = node.id;
    foldExclusive(out, 'minimum', 'exclusiveMinimum');
    foldExclusive(out, 'maximum', 'exclusiveMaximum');
  }
  return out;
}

/** Draft-04 `exclusiveMinimum: true` makes `minimum` exclusive; draft-07 says so with a number. */
function foldExclusive(
  out: Record<string, unknown>,
  bound: 'minimum' | 'maximum',
  flag: 'exclusiveMinimum' | 'exclusiveMaximum',
): void {
  if (typeof out[flag] !== 'boolean') return; // a number is already the draft-07 form (not valid draft-04: read as written)
  if (out[flag] === true && typeof out[bound] === 'number') {
    out[flag] = out[bound];
    delete out[bound];
  } else delete out[flag]; // false, or true without a bound: no constraint
}

function copyMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(map)) setOwn(out, name, map[name]);
  return out;
}

/** A property may be called __proto__: define it, never assign it. */

/**
 * `doc` read as draft-07 when it declares a dialect we read (for witnesses checked by draft-07
 * ajv); as it is otherwise.
 */
export function asDraft07<T>(doc: T): T {
  const declared = declaredDialect(doc);
  return 'dialect' in declared ? (toDraft07(doc, declared.dialect) as T) : doc;
}
