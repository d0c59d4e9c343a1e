// How deeply a JSON value nests (objects and arrays), measured without recursion: a document from
// the tenant or a JSON file may be nested far deeper than the call stack, and most code that
// reads JSON (JSON.stringify, canonical forms, ajv) recurses.

/**
 * The nesting depth of `value` (a scalar is 0, `{}` and `[]` are 1, `{a: []}` is 2), counted only
 * up to `limit + 1`: the answer is exact up to the limit and `limit + 1` for anything deeper.
 */
export function nestingDepth(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  // A live schema is measured when its export is read and again when it is compared: once is enough.
  const known = measured.get(value);
  if (known !== undefined && (known.exact || known.depth > limit))
    return known.depth <= limit ? known.depth : limit + 1;
  const depth = measure(value, limit);
  measured.set(value, { depth, exact: depth <= limit });
  return depth;
}

/** Depths found so far, by document: exact, or only "more than" a limit (documents are read, never changed). */
const measured = new WeakMap<object, { depth: number; exact: boolean }>();

function measure(value: object, limit: number): number {
  let deepest = 0;
  // Two parallel stacks (no pair allocated per node: documents have hundreds of thousands).
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return limit + 1;
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}
