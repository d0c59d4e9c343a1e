// Every `$ref` of either document that names no schema in its own document (unresolvable, a pure
// cycle, past the hop limit) is a breaking change of its own: what it allows is unknown. Found by
// reading the documents themselves, so it does not depend on what the comparison visits (a place
// no value reaches, a node a rewrite folded into another, two identical documents).

import { toPointer } from '../core/pointer.js';
import { followRef, MAX_REF_HOPS } from '../core/ref-chain.js';
import { subschemasOf } from '../core/schema-vocabulary.js';
import type { Change } from './change.js';

/** Schema nodes scanned per document (the engine's ingestion limits come first). */
const SCAN_BUDGET = 200_000;

interface Site {
  pointer: string;
  ref: string;
  reason: 'unresolvable' | 'cycle' | 'too-long';
}

/**
 * The changes for the unresolved `$ref`s of both documents that `found` does not already report
 * (same kind, same place).
 */
export function unresolvedRefChanges(oldDoc: unknown, newDoc: unknown, found: readonly Change[]): Change[] {
  const oldSites = sitesOf(oldDoc);
  const newSites = sitesOf(newDoc);
  const reported = new Set(found.map((c) => `${c.kind}\u0000${c.pointer}`));
  const out: Change[] = [];
  const add = (change: Change) => {
    const key = `${change.kind}\u0000${change.pointer}`;
    if (reported.has(key)) return;
    reported.add(key);
    out.push(change);
  };
  const inOld = new Map(oldSites.map((s) => [s.pointer, s]));
  for (const site of newSites)
    add(
      siteChange(
        site,
        inOld.get(site.pointer)?.ref === site.ref ? 'both schemas' : 'the new schema',
        inOld.has(site.pointer) ? site.pointer : '',
      ),
    );
  const inNew = new Set(newSites.map((s) => s.pointer));
  for (const site of oldSites) if (!inNew.has(site.pointer)) add(siteChange(site, 'the old schema', site.pointer));
  return out;
}

/** The same, for two documents of equal content: one scan. */
export function unresolvedRefsOfUnchanged(doc: unknown): Change[] {
  return sitesOf(doc).map((site) => siteChange(site, 'both schemas', site.pointer));
}

function siteChange(site: Site, side: string, oldPointer: string): Change {
  const { kind, message } = unresolvedRef(site.ref, site.reason, `in ${side}`);
  return { kind, pointer: site.pointer, oldPointer, message };
}

/**
 * The kind and message of a `$ref` that reaches no schema (`where`: "in the new schema", "at
 * \"a.b\" in both schemas", ...).
 */
export function unresolvedRef(
  ref: string,
  reason: Site['reason'],
  where: string,
): { kind: 'ref-unresolvable' | 'ref-chain-unresolved'; message: string } {
  const why =
    reason === 'cycle'
      ? 'is a cycle of $refs that never reaches a schema'
      : reason === 'too-long'
        ? `is a chain of more than ${MAX_REF_HOPS} $refs`
        : 'names nothing in its own document';
  return {
    kind: reason === 'unresolvable' ? 'ref-unresolvable' : 'ref-chain-unresolved',
    message: `$ref ${JSON.stringify(ref)} ${where} ${why}; what it allows is unknown, so it is treated as breaking`,
  };
}

/**
 * The unresolved `$ref`s of `doc` that validation can reach, by the pointer of the node holding
 * each: from the root through every subschema but `definitions`, and through each resolved `$ref`
 * to its target (a definition nothing refers to constrains nothing).
 */
function sitesOf(doc: unknown): Site[] {
  const out: Site[] = [];
  const seen = new Set<string>();
  const stack: [unknown, string][] = [[doc, '']];
  let budget = SCAN_BUDGET;
  while (stack.length > 0 && budget-- > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node) || seen.has(pointer)) continue;
    seen.add(pointer);
    const schema = node as Record<string, unknown>;
    if (typeof schema.$ref === 'string') {
      const chain = followRef(doc, schema.$ref, pointer);
      if (chain.kind !== 'resolved') out.push({ pointer, ref: schema.$ref, reason: chain.kind });
      else stack.push([chain.target, chain.pointer]);
    }
    for (const [sub, tokens] of subschemasOf(schema)) {
      if (tokens[0] !== 'definitions') stack.push([sub, pointer + toPointer(tokens)]);
    }
  }
  return out;
}
