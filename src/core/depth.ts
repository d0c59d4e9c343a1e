// How deeply a JSON value nests (objects and arrays), measured without recursion: a document from
// the tenant or a JSON file may be nested far deeper than the call stack, and most code that
// reads JSON (JSON.stringify, canonical forms, ajv) recurses.

/**
 * The nesting depth of `value` (a scalar is 0, `{}` and `[]` are 1, `{a: []}` is 2), counted only
 * up to `limit + 1`: the answer is exact up to the limit and `limit + 1` for anything deeper.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return limit + 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
