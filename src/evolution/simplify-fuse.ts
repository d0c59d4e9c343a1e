// anyOf/oneOf members that only split values by type, or only list values: one node (issue 12,
// equivalent forms), so `oneOf: [{type: string}, {type: integer}]` and `type: [integer, string]`
// compare equal, and so do `enum: [a, b]` and `oneOf: [{const: a}, {const: b}]`.
// - Members of pairwise disjoint types, each of whose other keywords constrains only its own
//   member's types: anyOf [{type: string, maxLength: 3}, {type: null}] = {type: [null, string],
//   maxLength: 3}. For oneOf too: a value of one member's types cannot match another member.
// - Members that are only an `enum` (or `const`): anyOf is the union of the values, oneOf the
//   values listed by exactly one member.

import { canonicalJson } from '../core/canonical.js';
import { affectsValidation, type Schema } from './schema-model.js';
import { APPLIES_TO, bitsOfTypes } from './type-bits.js';

export interface Fused {
  node: Schema;
  /** Per keyword of `node`, the member it came from (for findings' locations). */
  from: Map<string, Schema>;
}

/** `list` (two or more members, no duplicates) as one node, or undefined when it is not of that form. */
export function fuse(list: Schema[], key: 'anyOf' | 'oneOf'): Fused | undefined {
  return byType(list) ?? byValues(list, key);
}

function byType(list: Schema[]): Fused | undefined {
  let seen = 0;
  const node: Schema = {};
  const from = new Map<string, Schema>();
  const types = new Set<string>();
  for (const m of list) {
    if (!Array.isArray(m.type)) return undefined;
    const bits = bitsOfTypes(m.type);
    if ((bits & seen) !== 0) return undefined;
    seen |= bits;
    for (const k of Object.keys(m)) {
      if (k === 'type' || !affectsValidation(k)) continue;
      const applies = APPLIES_TO.get(k);
      if (applies === undefined || !holds(m.type, applies) || k in node) return undefined;
      node[k] = m[k];
      from.set(k, m);
    }
    for (const t of m.type) types.add(String(t));
  }
  if (types.has('number')) types.delete('integer');
  node.type = [...types].sort();
  from.set('type', list[0]!);
  return { node, from };
}

/** Whether a `type` list holds the type a keyword applies to (`number` keywords apply to integers too). */
function holds(types: unknown[], applies: string): boolean {
  return types.includes(applies) || (applies === 'number' && types.includes('integer'));
}

function byValues(list: Schema[], key: 'anyOf' | 'oneOf'): Fused | undefined {
  const count = new Map<string, { value: unknown; n: number }>();
  for (const m of list) {
    if (!Array.isArray(m.enum) || Object.keys(m).some((k) => k !== 'enum' && k !== 'const' && affectsValidation(k)))
      return undefined;
    for (const text of new Set(m.enum.map((v) => canonicalJson(v)))) {
      const hit = count.get(text);
      if (hit) hit.n++;
      else count.set(text, { value: m.enum[m.enum.findIndex((v) => canonicalJson(v) === text)], n: 1 });
    }
  }
  const values = [...count.values()].filter((c) => key === 'anyOf' || c.n === 1).map((c) => c.value);
  return { node: { enum: values }, from: new Map([['enum', list[0]!]]) };
}
