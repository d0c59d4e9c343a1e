// The attribute paths of all event schemas (`customer.tier`, `items.sku`) with the JSON types each
// can have, built in one pass over every schema, so checking N filters against M schemas is
// O(size of schemas + size of filters), not O(N x M). Types are bit sets: this runs over every
// property of every schema, so it avoids allocating per property.

import { jsonTypeOf } from '../../core/json-type.js';
import { resolvePointer } from '../../core/pointer.js';
import { isRecord } from '../context.js';
import { closest } from '../suggest.js';

export const TYPE_BITS: Readonly<Record<string, number>> = {
  string: 1,
  integer: 2,
  number: 4,
  boolean: 8,
  array: 16,
  object: 32,
  null: 64,
};
/** Some schema declares the path without saying its type: every operator may fit. */
export const ANY_TYPE = 128;

/**
 * What the declarations of a path allow, united: the values their `enum`/`const` list, and every
 * value of the types (bits) declared without one (`anyOf: [{enum: [a]}, {type: integer}]`: "a"
 * and any integer).
 */
export interface AllowedValues {
  listed: readonly unknown[];
  free: number;
}

export interface PathIndex {
  /** Type bits of `path` (0: declared, types unknown), or undefined when no schema declares it. */
  lookup(path: string): number | undefined;
  /** Declared paths that end with the same property name: candidates for "did you mean". */
  sameLeaf(path: string): readonly string[];
  /** The declared path closest to `path` by spelling (`customer.tiers` -> `customer.tier`), if one is near. */
  nearest(path: string): string | undefined;
  /** The values the schemas allow at `path`, or undefined when any value may fit (no value is judged). */
  values(path: string): AllowedValues | undefined;
  readonly schemaCount: number;
}

/** Event nesting is shallow; this bounds recursive definitions that $ref does not already stop. */
const MAX_DEPTH = 32;
/** Nodes visited per schema at most: $refs expand shared definitions, which must not explode. */
const MAX_VISITS = 100_000;
/** Declared paths a spelling suggestion compares with at most (each comparison is quadratic in length). */
const MAX_NEAREST_CANDIDATES = 20_000;
/** Enum values kept per path; a longer list is treated as unrestricted (no value check). */
const MAX_VALUES = 1_000;

export function buildPathIndex(schemas: readonly Record<string, unknown>[]): PathIndex {
  const types = new Map<string, number>();
  /** Objects whose keys are free (additionalProperties schema/true, patternProperties): any sub-path exists. */
  const open = new Set<string>();
  /** A schema was cut short by the budgets: an unseen declaration may allow any value, so no value is judged. */
  let partial = false;
  /** Enum/const values per path. */
  const values = new Map<string, unknown[]>();
  /** Type bits per path of which some declaration allows every value (ANY_TYPE: any value at all). */
  const free = new Map<string, number>();
  const freeAt = (path: string, bits: number): void => {
    free.set(path, (free.get(path) ?? 0) | bits);
  };
  const recordValues = (path: string, node: unknown): void => {
    const own = isRecord(node)
      ? Array.isArray(node.enum)
        ? node.enum
        : 'const' in node
          ? [node.const]
          : undefined
      : undefined;
    if (own === undefined) {
      // A typeless $ref or combinator node gets its values from its branches, visited at this path.
      if (isRecord(node) && node.type === undefined && delegates(node)) return;
      // Any value of the declared types; a type no one knows (a typo) may be anything.
      freeAt(path, typeBits(node) || ANY_TYPE);
      return;
    }
    const prev = values.get(path) ?? [];
    if (prev.length + own.length > MAX_VALUES) freeAt(path, ANY_TYPE);
    else values.set(path, [...prev, ...own]);
  };

  for (const root of schemas) {
    const refs = new Set<unknown>();
    let visits = 0;
    // `record`: declare the types of `node` at `path` (false for the root, and for array items,
    // whose properties continue the array's path but whose type is not the array's).
    const visit = (node: unknown, path: string, record: boolean, depth: number): void => {
      if (depth > MAX_DEPTH || ++visits > MAX_VISITS) {
        partial = true;
        return;
      }
      if (record) {
        types.set(path, (types.get(path) ?? 0) | typeBits(node));
        recordValues(path, node);
      }
      if (!isRecord(node)) return;
      // $ref targets and combinator branches describe the same value, at the same path; they
      // supply its types unless the node states them itself.
      const branch = record && node.type === undefined;
      for (const key in node) {
        const value = node[key];
        switch (key) {
          case '$ref':
            if (typeof value === 'string' && value.startsWith('#')) {
              const target = resolveLocal(root, value);
              if (target !== undefined && !refs.has(target)) {
                refs.add(target); // on the current $ref chain: stops recursive definitions
                visit(target, path, branch, depth + 1);
                refs.delete(target);
              } else if (target === undefined && branch) freeAt(path, ANY_TYPE); // unresolved: it may allow anything
            } else if (branch) freeAt(path, ANY_TYPE); // external: not read, it may allow anything
            break;
          case 'allOf':
          case 'anyOf':
          case 'oneOf':
            if (Array.isArray(value)) for (const sub of value) visit(sub, path, branch, depth + 1);
            break;
          case 'if':
          case 'then':
          case 'else':
            visit(value, path, branch, depth + 1);
            break;
          case 'properties':
            if (isRecord(value))
              for (const name in value) visit(value[name], path === '' ? name : `${path}.${name}`, true, depth + 1);
            break;
          case 'additionalProperties':
            if (value === true || isRecord(value)) open.add(path);
            break;
          case 'patternProperties':
            open.add(path);
            break;
          case 'items':
            if (Array.isArray(value)) for (const sub of value) visit(sub, path, false, depth + 1);
            else visit(value, path, false, depth + 1);
            break;
        }
      }
    };
    visit(root, '', false, 0);
  }
  open.delete(''); // the top level is closed by the platform's own rule

  let leaves: Map<string, string[]> | undefined; // built on first use: only needed for unknown paths
  return {
    schemaCount: schemas.length,
    lookup(path) {
      const direct = types.get(path);
      if (direct !== undefined) return direct;
      for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
        if (open.has(path.slice(0, dot))) return ANY_TYPE;
      }
      return undefined;
    },
    nearest(path) {
      if (path.length > 200) return undefined; // no declared path is that long; keep the comparison cheap
      let n = 0;
      const candidates: string[] = [];
      for (const p of types.keys()) {
        if (++n > MAX_NEAREST_CANDIDATES) break;
        candidates.push(p);
      }
      return closest(path, candidates);
    },
    values(path) {
      if (partial || !types.has(path)) return undefined;
      const bits = free.get(path) ?? 0;
      const listed = values.get(path) ?? [];
      // No declaration said anything about values (only unread $refs): nothing to judge by.
      if ((bits & ANY_TYPE) !== 0 || (bits === 0 && listed.length === 0)) return undefined;
      return { listed, free: bits };
    },
    sameLeaf(path) {
      if (!leaves) {
        leaves = new Map();
        for (const p of types.keys()) {
          const leaf = p.slice(p.lastIndexOf('.') + 1);
          const list = leaves.get(leaf);
          if (list) list.push(p);
          else leaves.set(leaf, [p]);
        }
      }
      return leaves.get(path.slice(path.lastIndexOf('.') + 1)) ?? [];
    },
  };
}

/** The type bits a property schema allows; ANY_TYPE when it does not say. */
function typeBits(node: unknown): number {
  if (!isRecord(node)) return ANY_TYPE; // `true` or malformed
  const t = node.type;
  if (typeof t === 'string') return TYPE_BITS[t] ?? 0;
  if (Array.isArray(t)) return t.reduce((bits: number, x) => bits | (TYPE_BITS[x as string] ?? 0), 0);
  if (isRecord(node.properties)) return TYPE_BITS.object!;
  if (node.items !== undefined) return TYPE_BITS.array!;
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (values) return values.reduce((bits: number, v) => bits | (TYPE_BITS[jsonTypeOf(v) ?? typeof v] ?? 0), 0);
  // Types that come from $ref or combinator branches are added when those are visited.
  return delegates(node) ? 0 : ANY_TYPE;
}

function delegates(node: Record<string, unknown>): boolean {
  return (
    typeof node.$ref === 'string' || Array.isArray(node.allOf) || Array.isArray(node.anyOf) || Array.isArray(node.oneOf)
  );
}

function resolveLocal(root: Record<string, unknown>, ref: string): unknown {
  try {
    return resolvePointer(root, decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}
