// How many subschema evaluations one validation can take, counted on the schema itself: a node
// costs one plus what its subschemas cost, a `$ref` what its target costs (a cycle counts once).
// Real schemas stay in the thousands; a chain of definitions that each use the previous one twice
// (`not: {if: prev, then: prev}`) doubles at every link, and ajv then spends seconds or hours on
// one event: past a limit, neither lint validates the examples nor the witness search runs.

import { memo } from './memo.js';
import { toPointer } from './pointer.js';
import { followRef } from './ref-chain.js';
import { subschemasOf } from './schema-vocabulary.js';
import { thousands } from './thousands.js';

/**
 * Evaluations one validation may take for events to be validated at all (far above real schemas,
 * far below what hangs).
 */
export const MAX_FAN_OUT = 5_000_000;

/** Nodes visited by the estimate itself. */
const VISIT_BUDGET = 200_000;

interface Frame {
  pointer: string;
  children: [unknown, string][];
  next: number;
  sum: number;
}

/** Counts already made, by document (lint and the witness search ask about the same one). */
const COUNTED = new WeakMap<object, number>();

/**
 * How often one validation of `doc` could evaluate subschemas, when past MAX_FAN_OUT: "over
 * 5,000,000 times" (or "more times than can be counted"); undefined within the limit.
 */
export function excessiveFanOut(doc: unknown): string | undefined {
  const n = doc !== null && typeof doc === 'object' ? memo(COUNTED, doc, (d) => fanOut(d)) : fanOut(doc);
  if (n <= MAX_FAN_OUT) return undefined;
  return n === Infinity ? 'more times than can be counted' : `over ${thousands(MAX_FAN_OUT)} times`;
}

/** The evaluation count of `doc` (capped just above `limit`; Infinity when the estimate ran out of its own budget). */
export function fanOut(doc: unknown, limit = MAX_FAN_OUT): number {
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  const open = (node: unknown, pointer: string): Frame => {
    onPath.add(pointer);
    return { pointer, children: childrenOf(doc, node, pointer), next: 0, sum: 1 };
  };
  const stack: Frame[] = [open(doc, '')];
  let visits = 0;
  let result = 1;
  while (stack.length > 0) {
    if (++visits > VISIT_BUDGET) return Infinity;
    const top = stack[stack.length - 1]!;
    if (top.sum > limit || top.next >= top.children.length) {
      stack.pop();
      onPath.delete(top.pointer);
      const cost = Math.min(top.sum, limit + 1);
      memo.set(top.pointer, cost);
      if (stack.length > 0) stack[stack.length - 1]!.sum += cost;
      else result = cost;
      continue;
    }
    const [child, pointer] = top.children[top.next++]!;
    const known = memo.get(pointer);
    if (known !== undefined) top.sum += known;
    else if (onPath.has(pointer) || child === null || typeof child !== 'object' || Array.isArray(child)) top.sum += 1;
    else stack.push(open(child, pointer));
  }
  return result;
}

/** The subschemas a validation of `node` evaluates (not `definitions`), and the target of its `$ref`. */
function childrenOf(doc: unknown, node: unknown, pointer: string): [unknown, string][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const schema = node as Record<string, unknown>;
  const out: [unknown, string][] = [];
  if (typeof schema.$ref === 'string') {
    const chain = followRef(doc, schema.$ref, pointer);
    if (chain.kind === 'resolved') out.push([chain.target, chain.pointer]);
  }
  for (const [sub, tokens] of subschemasOf(schema)) {
    if (tokens[0] !== 'definitions') out.push([sub, pointer + toPointer(tokens)]);
  }
  return out;
}
