// Where a JSON pointer lands in a `yaml` document parsed with positions: the source offset of its
// node, of the key for a mapping entry (the line a reader looks for), or of the nearest existing
// ancestor when the pointer leads nowhere. One walker for the contract locator and the config reader.

import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';

const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * Offset of the node at `tokens` (a parsed pointer); undefined when the document has no content.
 * `throughAliases`: follow `*alias` into its anchor (contracts); otherwise the alias itself is the
 * nearest node (the config's messages have always stopped there).
 */
export function yamlOffsetOf(
  doc: Document,
  tokens: readonly string[],
  options: { throughAliases?: boolean } = {},
): number | undefined {
  let node: unknown = doc.contents;
  let offset = start(node);
  for (const token of tokens) {
    if (options.throughAliases && isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      // Keys as js-yaml's `{}` mappings see them: scalars stringified.
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
      if (!pair) break;
      offset = start(pair.key) ?? start(pair.value) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = INDEX.test(token) ? node.items[Number(token)] : undefined;
      if (item === undefined) break;
      offset = start(item) ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function start(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
}
