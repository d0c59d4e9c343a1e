// Visit every subschema of a draft-07 schema, knowing which keys are keywords: in
// `properties: {type: {...}}` the key `type` is a property name, not the type keyword.
// Hot path (thousands of schemas, tens of nodes each): iterate a node's own keys, few per node,
// rather than probing every keyword.

import { isRecord } from '../context.js';

/** Called for each object subschema; `path` is a live stack, copy it (toPointer) to keep it. */
export type SchemaVisitor = (node: Record<string, unknown>, path: readonly (string | number)[]) => void;

type Shape = 'map' | 'one' | 'list' | 'items';

/** How each applicator keyword holds its subschemas. */
const KEYWORDS = new Map<string, Shape>([
  ['properties', 'map'],
  ['patternProperties', 'map'],
  ['definitions', 'map'],
  ['dependencies', 'map'], // values that are string lists are not records and are skipped
  ['additionalItems', 'one'],
  ['additionalProperties', 'one'],
  ['contains', 'one'],
  ['propertyNames', 'one'],
  ['not', 'one'],
  ['if', 'one'],
  ['then', 'one'],
  ['else', 'one'],
  ['allOf', 'list'],
  ['anyOf', 'list'],
  ['oneOf', 'list'],
  ['items', 'items'], // one schema, or a list (tuple form)
]);

/** Deeper than any real event; guards against pathological or self-referencing data. */
const MAX_DEPTH = 100;

export function walkSchema(root: unknown, visit: SchemaVisitor): void {
  const path: (string | number)[] = [];
  const go = (node: unknown): void => {
    if (!isRecord(node) || path.length > MAX_DEPTH) return;
    visit(node, path);
    for (const key in node) {
      const shape = KEYWORDS.get(key);
      if (shape === undefined) continue;
      const value = node[key];
      path.push(key);
      if (shape === 'one' || (shape === 'items' && !Array.isArray(value))) {
        go(value);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          go(value[i]);
          path.pop();
        }
      } else if (shape === 'map' && isRecord(value)) {
        for (const name in value) {
          path.push(name);
          go(value[name]);
          path.pop();
        }
      }
      path.pop();
    }
  };
  go(root);
}
