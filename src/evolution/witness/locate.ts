// Targeting: from a schema pointer (a Change's oldPointer) to the place in an event where the
// difference shows. The pointer's tokens are walked iteratively: properties/N -> member N,
// items -> element 0, items/i -> element i, additionalItems -> the element after the tuple,
// additionalProperties -> a fresh member, patternProperties/P -> a member whose name matches P,
// propertyNames -> a member's name, allOf/anyOf/oneOf/i, not, if/then/else, dependencies/N ->
// the same place (taking that branch). A pointer into `definitions/X` is reached through the
// `$ref`s that use it: a breadth-first search from the root (bounded) finds the shortest uses.

import { escapeToken, parsePointer, resolvePointer } from '../../core/pointer.js';
import { refTarget } from './refs.js';
import { isObj, own, type Obj } from './schema.js';

export type Step =
  | { t: 'key'; key: string; node: unknown }
  | { t: 'patternKey'; pattern: string; node: unknown }
  | { t: 'extraKey'; node: unknown }
  | { t: 'keyName'; node: unknown }
  | { t: 'item'; index: number | 'contains'; node: unknown }
  | { t: 'branch'; arr: unknown[]; index: number; node: unknown }
  | {
      t: 'same';
      via: 'allOf' | 'not' | 'if' | 'then' | 'else' | 'dependency' | 'ref';
      node: unknown;
      owner: Obj;
      key?: string;
    };

export interface Target {
  /** From the root of the document to the focus. */
  steps: Step[];
  /** The deepest schema node the pointer names (undefined for a property the document lacks). */
  focus: unknown;
  /** The pointer's tokens below the focus: the keyword (e.g. ['maxLength']), or what is missing. */
  tail: string[];
}

export type Located = { targets: Target[] } | { reason: string };

/** Most uses of a definition tried. */
const MAX_USES = 3;
/** Schema nodes visited looking for the uses of a definition. */
const MAX_SEARCH = 50_000;

interface Walked {
  steps: Step[];
  node: unknown;
  tail: string[];
  /** Pointer of the last definition entered: the steps are relative to it. */
  jump?: string;
}

/**
 * One descent from schema `s` by the tokens at `i`: [tokens consumed, step, child], or undefined
 * when the tokens do not name an existing subschema.
 */
function descend(s: Obj, tokens: readonly string[], i: number): [number, Step | 'jump', unknown] | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const sub = (v: unknown) => isObj(v) || typeof v === 'boolean';
  switch (t) {
    case 'properties': {
      if (next === undefined || !isObj(s.properties))
        return next === undefined ? undefined : [2, { t: 'key', key: next, node: undefined }, undefined];
      const child = own(s.properties, next);
      return [2, { t: 'key', key: next, node: child }, child];
    }
    case 'patternProperties': {
      const child = next === undefined ? undefined : own(s.patternProperties, next);
      return sub(child) ? [2, { t: 'patternKey', pattern: next!, node: child }, child] : undefined;
    }
    case 'additionalProperties':
      return sub(s.additionalProperties)
        ? [1, { t: 'extraKey', node: s.additionalProperties }, s.additionalProperties]
        : undefined;
    case 'propertyNames':
      return sub(s.propertyNames) ? [1, { t: 'keyName', node: s.propertyNames }, s.propertyNames] : undefined;
    case 'items': {
      if (Array.isArray(s.items)) {
        if (next === undefined || !/^\d+$/.test(next) || !sub(s.items[Number(next)])) return undefined;
        return [2, { t: 'item', index: Number(next), node: s.items[Number(next)] }, s.items[Number(next)]];
      }
      return sub(s.items) ? [1, { t: 'item', index: 0, node: s.items }, s.items] : undefined;
    }
    case 'additionalItems':
      return sub(s.additionalItems)
        ? [
            1,
            { t: 'item', index: Array.isArray(s.items) ? s.items.length : 0, node: s.additionalItems },
            s.additionalItems,
          ]
        : undefined;
    case 'contains':
      return sub(s.contains) ? [1, { t: 'item', index: 'contains', node: s.contains }, s.contains] : undefined;
    case 'allOf':
    case 'anyOf':
    case 'oneOf': {
      const arr = s[t];
      if (!Array.isArray(arr) || next === undefined || !/^\d+$/.test(next) || !sub(arr[Number(next)])) return undefined;
      const node = arr[Number(next)];
      const step: Step =
        t === 'allOf' ? { t: 'same', via: 'allOf', node, owner: s } : { t: 'branch', arr, index: Number(next), node };
      return [2, step, node];
    }
    case 'not':
    case 'if':
    case 'then':
    case 'else':
      return sub(s[t]) ? [1, { t: 'same', via: t, node: s[t], owner: s }, s[t]] : undefined;
    case 'dependencies': {
      const child = next === undefined ? undefined : own(s.dependencies, next);
      return sub(child) ? [2, { t: 'same', via: 'dependency', node: child, owner: s, key: next! }, child] : undefined;
    }
    case 'definitions':
    case '$defs': {
      const child = next === undefined ? undefined : own(s[t], next);
      return sub(child) ? [2, 'jump', child] : undefined;
    }
    default:
      return undefined;
  }
}

/** Walk the pointer's tokens literally through the document (iteratively). */
function walkTokens(root: unknown, tokens: readonly string[]): Walked {
  let node = root;
  let steps: Step[] = [];
  let jump: string | undefined;
  let i = 0;
  while (i < tokens.length && isObj(node)) {
    const d = descend(node, tokens, i);
    if (!d) break;
    const [n, step, child] = d;
    if (step === 'jump') {
      jump = tokens
        .slice(0, i + n)
        .map((t) => '/' + escapeToken(t))
        .join('');
      steps = [];
    } else steps.push(step);
    i += n;
    node = child;
    if (child === undefined) break; // a property the document does not declare
  }
  return { steps, node, tail: tokens.slice(i), ...(jump !== undefined ? { jump } : {}) };
}

/** The deepest schema node a pointer names in a document, and the tokens left below it. */
export function nodeAt(root: unknown, pointer: string): { node: unknown; tail: string[] } {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return { node: root, tail: [] };
  }
  const w = walkTokens(root, tokens);
  return { node: w.node, tail: w.tail };
}

/** The places in an event that the schema pointer governs: one target per use (at most MAX_USES). */
export function locate(root: unknown, pointer: string): Located {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return { reason: `the change's location (${JSON.stringify(pointer)}) is not a JSON pointer` };
  }
  const w = walkTokens(root, tokens);
  if (w.jump === undefined) return { targets: [{ steps: w.steps, focus: w.node, tail: w.tail }] };
  const uses = findUses(root, w.jump);
  if (uses.length === 0) return { reason: `the changed definition (${w.jump}) is not used by the event schema` };
  return { targets: uses.map((prefix) => ({ steps: [...prefix, ...w.steps], focus: w.node, tail: w.tail })) };
}

/** Every subschema edge of `s`, as the steps the walker would take. */
function* edges(s: Obj): Generator<[string, Step, unknown]> {
  const sub = (v: unknown) => isObj(v) || typeof v === 'boolean';
  if (isObj(s.properties))
    for (const [k, v] of Object.entries(s.properties))
      if (sub(v)) yield [`/properties/${escapeToken(k)}`, { t: 'key', key: k, node: v }, v];
  if (isObj(s.patternProperties)) {
    for (const [k, v] of Object.entries(s.patternProperties))
      if (sub(v)) yield [`/patternProperties/${escapeToken(k)}`, { t: 'patternKey', pattern: k, node: v }, v];
  }
  if (sub(s.additionalProperties))
    yield ['/additionalProperties', { t: 'extraKey', node: s.additionalProperties }, s.additionalProperties];
  if (sub(s.propertyNames)) yield ['/propertyNames', { t: 'keyName', node: s.propertyNames }, s.propertyNames];
  if (Array.isArray(s.items)) {
    for (let i = 0; i < s.items.length; i++)
      if (sub(s.items[i])) yield [`/items/${i}`, { t: 'item', index: i, node: s.items[i] }, s.items[i]];
    if (sub(s.additionalItems))
      yield ['/additionalItems', { t: 'item', index: s.items.length, node: s.additionalItems }, s.additionalItems];
  } else if (sub(s.items)) yield ['/items', { t: 'item', index: 0, node: s.items }, s.items];
  if (sub(s.contains)) yield ['/contains', { t: 'item', index: 'contains', node: s.contains }, s.contains];
  for (const kw of ['allOf', 'anyOf', 'oneOf'] as const) {
    const arr = s[kw];
    if (!Array.isArray(arr)) continue;
    for (let i = 0; i < arr.length; i++) {
      const node = arr[i];
      if (!sub(node)) continue;
      yield [
        `/${kw}/${i}`,
        kw === 'allOf' ? { t: 'same', via: 'allOf', node, owner: s } : { t: 'branch', arr, index: i, node },
        node,
      ];
    }
  }
  for (const kw of ['not', 'if', 'then', 'else'] as const)
    if (sub(s[kw])) yield [`/${kw}`, { t: 'same', via: kw, node: s[kw], owner: s }, s[kw]];
  if (isObj(s.dependencies)) {
    for (const [k, v] of Object.entries(s.dependencies)) {
      if (sub(v))
        yield [`/dependencies/${escapeToken(k)}`, { t: 'same', via: 'dependency', node: v, owner: s, key: k }, v];
    }
  }
}

/** Shortest step lists from the root to the uses of the definition at `target` (breadth-first, bounded). */
function findUses(root: unknown, target: string): Step[][] {
  interface Entry {
    ptr: string;
    node: unknown;
    prev: number;
    step: Step | null;
  }
  const queue: Entry[] = [{ ptr: '', node: root, prev: -1, step: null }];
  const visited = new Set<string>(['']);
  // (references are followed by base URI, as ajv does: the definition is found as a node)
  let targetNode: unknown;
  try {
    targetNode = resolvePointer(root, target);
  } catch {
    return [];
  }
  const entered = new Set<unknown>([root]);
  const found: Step[][] = [];
  const chain = (at: number, last: Step): Step[] => {
    const out = [last];
    for (let k = at; k >= 0 && queue[k]!.step; k = queue[k]!.prev) out.push(queue[k]!.step!);
    return out.reverse();
  };
  for (let qi = 0; qi < queue.length && found.length < MAX_USES && queue.length < MAX_SEARCH; qi++) {
    const { ptr, node: s } = queue[qi]!;
    if (!isObj(s)) continue;
    if (s.$ref !== undefined) {
      // draft-07: a $ref's siblings are ignored
      const node = refTarget(root, s);
      if (node === undefined) continue;
      const step: Step = { t: 'same', via: 'ref', node, owner: s };
      if (node === targetNode) found.push(chain(qi, step));
      else if (!entered.has(node)) {
        entered.add(node);
        // (a fresh name for the visited set: the same pointer text can name other nodes in another `$id` scope)
        queue.push({ ptr: `@${qi}`, node, prev: qi, step });
      }
      continue;
    }
    for (const [rel, step, child] of edges(s)) {
      const p = ptr + rel;
      if (visited.has(p)) continue;
      visited.add(p);
      queue.push({ ptr: p, node: child, prev: qi, step });
    }
  }
  return found;
}
