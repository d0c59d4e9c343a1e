// Normalise a draft-07 schema for comparison: local `$ref`s replaced by their targets (shared, so
// cycles stay cycles), `type` as a sorted list, `const` as a one-value `enum`, boolean schemas as
// objects, and keywords that are no-ops (additionalProperties: true, minLength: 0, ...) dropped,
// so equivalent forms compare equal. Iterative (a work queue, no recursion): 5,000 levels of
// nesting or a `$ref` cycle cannot overflow the stack.

import { escapeToken, resolvePointer } from '../core/pointer.js';
import type { NormalizedSchema, Schema } from './schema-model.js';

/** Keywords whose value is a map of name -> subschema. */
const SCHEMA_MAPS = ['properties', 'patternProperties'] as const;
/** Keywords whose value is one subschema. */
const SCHEMA_ONE = ['additionalProperties', 'propertyNames', 'additionalItems', 'contains', 'not', 'if', 'then', 'else'] as const;
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
/** Keywords equal to their absence at these values. */
const NO_OPS: Record<string, unknown> = { minLength: 0, minItems: 0, minProperties: 0, uniqueItems: false };

const MAX_REF_HOPS = 64;

export function normalize(doc: unknown): NormalizedSchema {
  const src = new WeakMap<Schema, string>();
  // Keyed by location: a `$ref` target is one node however often it is referenced (cycles stay
  // cycles), while an object shared by two places (a YAML alias) gets a node per place.
  const memo = new Map<string, Schema>();
  const queue: [Record<string, unknown>, Schema, string][] = [];

  const node = (raw: unknown, ptr: string): Schema => {
    const target = follow(doc, raw, ptr);
    if (!target) {
      // An unresolvable or non-local $ref: kept opaque, compared by its text.
      const opaque: Schema = { $ref: (raw as { $ref: unknown }).$ref };
      src.set(opaque, ptr);
      return opaque;
    }
    const [value, at] = target;
    if (value === false) return mark({ not: mark({}, at) }, at);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return mark({}, at);
    const hit = memo.get(at);
    if (hit) return hit;
    const out: Schema = {};
    memo.set(at, out);
    src.set(out, at);
    queue.push([value as Record<string, unknown>, out, at]);
    return out;
  };
  const mark = (s: Schema, at: string) => (src.set(s, at), s);

  const root = node(doc, '');
  // A node is ref-free when neither it nor any node below it was reached through a `$ref`.
  const viaRef = new WeakSet<Schema>();
  const children = new Map<Schema, Schema[]>();
  for (let i = 0; i < queue.length; i++) {
    const [raw, out, ptr] = queue[i]!;
    const kids: Schema[] = [];
    fill(raw, out, ptr, (sub, at) => {
      const child = node(sub, at);
      kids.push(child);
      if (src.get(child) !== at) viaRef.add(out); // the child lives elsewhere: reached through a $ref
      return child;
    });
    children.set(out, kids);
  }
  const refFreeRaw = new WeakMap<Schema, object>();
  // Breadth-first order puts children after parents: walk it backwards to decide children first.
  for (let i = queue.length - 1; i >= 0; i--) {
    const [raw, out] = queue[i]!;
    if (!viaRef.has(out) && children.get(out)!.every((c) => refFreeRaw.has(c) || isLeaf(c))) refFreeRaw.set(out, raw);
  }
  return { root, src, refFreeRaw };
}

/** Nodes made up on the spot (true/false schemas) have no raw object but hold no $ref either. */
function isLeaf(s: Schema): boolean {
  return Object.keys(s).length === 0 || (Object.keys(s).length === 1 && 'not' in s);
}

function fill(raw: Record<string, unknown>, out: Schema, ptr: string, node: (raw: unknown, ptr: string) => Schema): void {
  const at = (...tokens: (string | number)[]) => ptr + tokens.map((t) => '/' + escapeToken(t)).join('');
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'definitions' || key === '$ref') continue;
    if (key in NO_OPS && NO_OPS[key] === value) continue;
    if (key === 'type') {
      const types = [...new Set((Array.isArray(value) ? value : [value]).map(String))].sort();
      // integer is a subset of number: [integer, number] allows exactly what [number] allows.
      out.type = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
    } else if (key === 'const') {
      out.enum = Array.isArray(raw.enum) ? raw.enum.filter((v) => JSON.stringify(v) === JSON.stringify(value)) : [value];
      out.const = value; // kept only so findings point at `const:` in the file; `enum` carries the meaning
    } else if (key === 'enum') {
      if (!('const' in raw)) out.enum = value;
    } else if ((SCHEMA_MAPS as readonly string[]).includes(key) && isMap(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, node(sub, at(key, name))]));
    } else if (key === 'dependencies' && isMap(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, dep]) => [name, Array.isArray(dep) ? [...new Set(dep.map(String))].sort() : node(dep, at(key, name))]),
      );
    } else if (key === 'items') {
      if (Array.isArray(value)) out.items = value.map((sub, i) => node(sub, at(key, i)));
      else if (value !== true) out.items = node(value, at(key));
    } else if (key === 'additionalItems') {
      // Without a tuple `items`, additionalItems has no effect (draft-07).
      if (Array.isArray(raw.items) && value !== true) out.additionalItems = node(value, at(key));
    } else if (key === 'additionalProperties') {
      if (value !== true) out.additionalProperties = node(value, at(key));
    } else if ((SCHEMA_ONE as readonly string[]).includes(key)) {
      out[key] = node(value, at(key));
    } else if ((SCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((sub, i) => node(sub, at(key, i)));
    } else if (key === 'required' && Array.isArray(value)) {
      if (value.length > 0) out.required = [...new Set(value.map(String))].sort();
    } else {
      out[key] = value;
    }
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Follow local `$ref`s (in draft-07, a `$ref`'s siblings are ignored) to the schema they name.
 * Returns [value, pointer], `[{}, ptr]` for a pure `$ref` cycle (it constrains nothing), or
 * undefined for a reference that cannot be resolved locally.
 */
function follow(doc: unknown, raw: unknown, ptr: string): [unknown, string] | undefined {
  let value = raw;
  let at = ptr;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = isMap(value) ? value.$ref : undefined;
    if (typeof ref !== 'string') return [value, at];
    if (!ref.startsWith('#')) return undefined;
    let pointer: string;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined;
    }
    let target: unknown;
    try {
      target = resolvePointer(doc, pointer);
    } catch {
      return undefined; // `#name` anchors ($id-based) are not resolved: kept opaque
    }
    if (target === undefined) return undefined;
    value = target;
    at = pointer;
  }
  return [{}, at];
}
