// Hoisting one allOf member into its node (../simplify.ts): allOf [M] beside keywords P is
// P ∧ M, which is one node when the keywords of M and P do not clash. Keywords that read each
// other move only together (properties/patternProperties/additionalProperties; items/
// additionalItems; if/then/else; enum with the const it came from). Merged without clash:
// `required` (union), `type` (intersection; empty is the false schema), bounds (the tighter),
// disjoint `properties`/`patternProperties`/`dependencies` maps, and equal values. Anything else
// stays in the allOf. The member itself is never changed: new maps are built for the node.

import { canonicalJson } from '../core/canonical.js';
import { setOwn } from '../core/own-property.js';
import { affectsValidation, type Schema } from './schema-model.js';
import { carryAside } from './simplify-aside.js';

export interface Sources {
  src: Map<Schema, string>;
  /**
   * Per node, the source pointer of the node a keyword (or `keyword/name` map entry) was hoisted
   * from; `=keyword`: the keyword's own pointer.
   */
  keySrc: Map<Schema, Map<string, string>>;
  /** A node for A ∧ B (the same node for the same pair). */
  both(a: Schema, b: Schema): Schema;
}

const GROUPS: readonly (readonly string[])[] = [
  ['properties', 'patternProperties', 'additionalProperties'],
  ['items', 'additionalItems'],
  ['if', 'then', 'else'],
  ['enum', 'const'],
];
const GROUP_OF = new Map(GROUPS.flatMap((g) => g.map((k) => [k, g] as const)));
/** Lower bounds (the larger wins) and upper bounds (the smaller wins). */
const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);
/** Keywords whose values hold subschemas: equal only by identity here (graphs may be cyclic). */
const HOLDS_SCHEMAS = new Set([
  'not',
  'contains',
  'propertyNames',
  'items',
  'additionalItems',
  'additionalProperties',
  'if',
  'then',
  'else',
  'properties',
  'patternProperties',
  'dependencies',
  'anyOf',
  'oneOf',
  'allOf',
]);
const MAPS = new Set(['properties', 'patternProperties', 'dependencies']);

/**
 * Hoist `m` into `p`: true when done, false when a keyword clashes (nothing changed), 'false' when
 * P ∧ M is the false schema.
 */
export function hoist(p: Schema, m: Schema, ctx: Sources): boolean | 'false' {
  const patch = new Map<string, unknown>();
  const groups = new Set<readonly string[]>();
  for (const k of Object.keys(m)) {
    if (!affectsValidation(k) || k === 'allOf') continue;
    const group = GROUP_OF.get(k);
    if (group) {
      if (groups.has(group)) continue;
      groups.add(group);
      if (!mergeGroup(p, m, group, patch, ctx)) return false;
      continue;
    }
    const a = p[k];
    const b = m[k];
    if (a === undefined) patch.set(k, b);
    else if (a === b) continue;
    else if (k === 'required' && Array.isArray(a) && Array.isArray(b))
      patch.set(k, [...new Set([...a, ...b].map(String))].sort());
    else if (k === 'type' && Array.isArray(a) && Array.isArray(b)) {
      const t = meetTypes(a.map(String), b.map(String));
      if (t.length === 0) return 'false';
      patch.set(k, t);
    } else if ((LOWER.has(k) || UPPER.has(k)) && typeof a === 'number' && typeof b === 'number')
      patch.set(k, LOWER.has(k) ? Math.max(a, b) : Math.min(a, b));
    else if (k === 'dependencies') {
      const merged = mergeMap(a, b);
      if (!merged) return false;
      patch.set(k, merged);
    } else if (HOLDS_SCHEMAS.has(k) || canonicalJson(a) !== canonicalJson(b)) return false;
  }
  const base = ctx.src.get(m) ?? '';
  const from = ctx.keySrc.get(m);
  for (const [k, value] of patch) {
    if (p[k] === undefined) {
      record(ctx, p, k, from?.get(k) ?? base);
      const exact = from?.get(`=${k}`);
      if (exact !== undefined) record(ctx, p, `=${k}`, exact);
    }
    if (MAPS.has(k) && isMap(m[k]))
      for (const name of Object.keys(m[k]))
        record(ctx, p, `${k}/${name}`, from?.get(`${k}/${name}`) ?? from?.get(k) ?? base);
    p[k] = value;
  }
  carryAside(m, p);
  const inner = Array.isArray(m.allOf) ? (m.allOf as Schema[]) : [];
  if (inner.length > 0) {
    const list = Array.isArray(p.allOf) ? (p.allOf as Schema[]) : [];
    p.allOf = [...list, ...inner.filter((x) => x !== p && !list.includes(x))];
  }
  return true;
}

/** Keywords of one group: copied when the node has none of them, merged when safe, else a clash. */
function mergeGroup(
  p: Schema,
  m: Schema,
  group: readonly string[],
  patch: Map<string, unknown>,
  ctx: Sources,
): boolean {
  if (group.every((k) => p[k] === undefined)) {
    for (const k of group) if (m[k] !== undefined) patch.set(k, m[k]);
    return true;
  }
  if (
    group.every(
      (k) => p[k] === m[k] || m[k] === undefined || (k === 'const' && canonicalJson(p[k]) === canonicalJson(m[k])),
    )
  )
    return true;
  if (group[0] === 'enum')
    return canonicalJson(p.enum) === canonicalJson(m.enum) && (p.const === undefined) === (m.const === undefined);
  // properties and patternProperties of two nodes are a conjunction entry by entry (a name in
  // both: the conjunction of its two schemas), as long as no additionalProperties reads the names.
  if (group[0] !== 'properties' || p.additionalProperties !== undefined || m.additionalProperties !== undefined)
    return false;
  for (const k of ['properties', 'patternProperties']) {
    if (m[k] === undefined || p[k] === m[k]) continue;
    const merged = p[k] === undefined ? m[k] : mergeMap(p[k], m[k], ctx.both);
    if (!merged) return false;
    patch.set(k, merged);
  }
  return true;
}

/** Two maps merged into a new one; a name in both is merged by `both` (schemas) or must hold the same value. */
function mergeMap(
  a: unknown,
  b: unknown,
  both?: (x: Schema, y: Schema) => Schema,
): Record<string, unknown> | undefined {
  if (!isMap(a) || !isMap(b)) return undefined;
  const out: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => setOwn(out, name, value);
  for (const name of Object.keys(a)) put(name, a[name]);
  for (const name of Object.keys(b)) {
    const x = a[name];
    const y = b[name];
    if (Object.hasOwn(a, name) && x !== y) {
      if (both && isMap(x) && isMap(y)) put(name, both(x, y));
      // Otherwise only equal name lists (dependencies) agree.
      else if (!Array.isArray(x) || !Array.isArray(y) || canonicalJson(x) !== canonicalJson(y)) return undefined;
      continue;
    }
    put(name, y);
  }
  return out;
}

/** Types allowed by both lists (integer ⊂ number). */
function meetTypes(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if ((t === 'integer' && b.includes('number')) || (t === 'number' && b.includes('integer'))) out.add('integer');
  }
  return [...out].sort();
}

function record(ctx: Sources, node: Schema, key: string, ptr: string): void {
  let m = ctx.keySrc.get(node);
  if (!m) ctx.keySrc.set(node, (m = new Map()));
  m.set(key, ptr);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
