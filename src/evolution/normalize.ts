// Normalise a draft-07 schema for comparison: local `$ref`s replaced by their targets (shared, so
// cycles stay cycles), `type` as a sorted list, `const` as a one-value `enum`, boolean schemas as
// objects, and keywords that are no-ops (additionalProperties: true, minLength: 0, ...) dropped,
// so equivalent forms compare equal; then ./simplify.ts rewrites combinators, booleans and
// inapplicable keywords to one form. Iterative (a work queue, no recursion): 5,000 levels of
// nesting or a `$ref` cycle cannot overflow the stack.

import { sameContent } from '../core/canonical.js';
import { escapeToken, resolvePointer } from '../core/pointer.js';
import { followRef } from '../core/ref-chain.js';
import { setOwn } from '../core/own-property.js';
import { affectsValidation, type NormalizedSchema, type Schema, type UnresolvedRef } from './schema-model.js';
import { assertingSiblings } from '../core/schema-vocabulary.js';
import type { RefSiblings } from './ref-siblings.js';
import { simplify } from './simplify.js';
import { emptyRecursive } from './simplify-finite.js';
import { matchesEmpty } from './witness/regex.js';

/** Keywords whose value is a map of name -> subschema. */
const SCHEMA_MAPS = ['properties', 'patternProperties'] as const;
/** Keywords whose value is one subschema. */
const SCHEMA_ONE = [
  'additionalProperties',
  'propertyNames',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
] as const;
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
/** Keywords equal to their absence at these values. */
const NO_OPS: Record<string, unknown> = { minLength: 0, minItems: 0, minProperties: 0, uniqueItems: false };

/**
 * Normalise `doc`. With `previous` (the normalised other version), a subtree whose content equals
 * the previous version's at the same location, with no `$ref` below, is not normalised again: the
 * previous node is reused, and the walker then skips the pair by identity. Most of a changed
 * schema is unchanged, so this halves the work on the pairs that matter.
 */
export function normalize(
  doc: unknown,
  previous?: NormalizedSchema,
  reading: RefSiblings = 'ignore',
): NormalizedSchema {
  const src = new Map<Schema, string>();
  // Keyed by location: a `$ref` target is one node however often it is referenced (cycles stay
  // cycles), while an object shared by two places (a YAML alias) gets a node per place.
  const memo = new Map<string, Schema>();
  const queue: [Record<string, unknown>, Schema, string][] = [];
  const unresolved = new Map<Schema, UnresolvedRef>();
  const refs = { any: false, siblings: false };

  const node = (raw: unknown, ptr: string): Schema => {
    let value = raw;
    let at = ptr;
    if (isMap(raw) && typeof raw.$ref === 'string') {
      refs.any = true;
      const target = follow(doc, raw.$ref, ptr);
      if (!Array.isArray(target)) {
        // A $ref that reaches no schema (unresolvable, a pure cycle, a too-long chain): kept
        // opaque, and the walker reports it as a change of its own (never `{}`, never its text).
        const opaque: Schema = { $ref: raw.$ref };
        src.set(opaque, ptr);
        unresolved.set(opaque, { ref: raw.$ref, reason: target });
        return opaque;
      }
      // Keywords beside a $ref of the chain: read as ajv does, they apply with its target (./ref-siblings.ts).
      const beside = [
        [raw, ptr] as const,
        ...target[2].slice(0, -1).map((p) => [resolvePointer(doc, p) as Record<string, unknown>, p] as const),
      ];
      const own = beside.filter(([r]) => assertingSiblings(r).length > 0);
      if (own.length > 0) {
        refs.siblings = true;
        if (reading === 'apply') return withSiblings(ptr, target, own);
      }
      [value, at] = target;
    }
    if (value === false) return mark({ not: mark({}, at) }, at);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return mark({}, at);
    const hit = memo.get(at);
    if (hit) return hit;
    // Not the root: the caller compares the whole documents first, so the roots are known to differ.
    const same = at === ptr && at !== '' ? previous?.byPointer.get(at) : undefined;
    const sameRaw = same && previous!.refFreeRaw.get(same);
    if (same && sameRaw && sameContent(sameRaw, value)) {
      memo.set(at, same);
      src.set(same, at);
      reused.set(same, value);
      const moved = previous!.keySrc?.get(same);
      if (moved) keySrc.set(same, moved);
      return same;
    }
    const out: Schema = {};
    memo.set(at, out);
    src.set(out, at);
    queue.push([value as Record<string, unknown>, out, at]);
    return out;
  };
  const mark = (s: Schema, at: string) => (src.set(s, at), s);
  // `{allOf: [target, the $ref's own keywords]}`, located at the $ref's object; memoised under
  // keys no pointer can have, so the target and the object keep their own nodes.
  const withSiblings = (
    ptr: string,
    [value, at]: [unknown, string, string[]],
    own: (readonly [Record<string, unknown>, string])[],
  ): Schema => {
    const hit = memo.get(`${ptr}\u0000$ref`);
    if (hit) return hit;
    const wrapper: Schema = {};
    memo.set(`${ptr}\u0000$ref`, wrapper);
    src.set(wrapper, ptr);
    queue.push([{}, wrapper, ptr]);
    viaRef.add(wrapper);
    const members = [node(value, at)];
    for (const [raw, p] of own) {
      let beside = memo.get(`${p}\u0000beside`);
      if (!beside) {
        const rest: Record<string, unknown> = { ...raw };
        delete rest.$ref;
        memo.set(`${p}\u0000beside`, (beside = {}));
        src.set(beside, p);
        queue.push([rest, beside, p]);
      }
      members.push(beside);
    }
    wrapper.allOf = members;
    return wrapper;
  };

  const reused = new Map<Schema, object>();
  const keySrc = new Map<Schema, Map<string, string>>();
  // A node is ref-free when neither it nor any node below it was reached through a `$ref`.
  const viaRef = new Set<Schema>();
  const root = node(doc, '');
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
  const refFreeRaw = new Map<Schema, object>(reused);
  // Breadth-first order puts children after parents: walk it backwards to decide children first.
  for (let i = queue.length - 1; i >= 0; i--) {
    const [raw, out] = queue[i]!;
    if (!viaRef.has(out) && children.get(out)!.every((c) => refFreeRaw.has(c) || isLeaf(c))) refFreeRaw.set(out, raw);
  }
  // Equivalent forms to one (one-member and duplicate combinators, hoisted allOf members, ...):
  // the same raw content still simplifies the same way, so the fast paths above stay valid.
  simplify(queue.map((q) => q[1]).reverse(), src, keySrc);
  // Only a `$ref` makes a cycle: a recursion no finite value ends is `false` (nodes reused from the
  // other version are its own).
  if (refs.any) emptyRecursive(root, new Set(reused.keys()));
  return { root, src, refFreeRaw, byPointer: memo, unresolved, keySrc, refs };
}

/**
 * Nodes made up on the spot (true/false schemas: `{}`, `{not: {}}`) have no raw object but hold
 * no $ref either. (A `{not: X}` read from the file is no such node: X may be reached by a $ref.)
 */
function isLeaf(s: Schema): boolean {
  const keys = Object.keys(s);
  if (keys.length === 0) return true;
  const not = s.not as Schema | undefined;
  return (
    keys.length === 1 && keys[0] === 'not' && not !== null && typeof not === 'object' && Object.keys(not).length === 0
  );
}

function fill(
  raw: Record<string, unknown>,
  out: Schema,
  ptr: string,
  node: (raw: unknown, ptr: string) => Schema,
): void {
  // Keyword names never need escaping; map keys and list positions might.
  const at = (key: string, token?: string | number) =>
    token === undefined ? `${ptr}/${key}` : `${ptr}/${key}/${escapeToken(token)}`;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key) || key === 'definitions' || key === '$ref') continue;
    const value = raw[key];
    if (key in NO_OPS && NO_OPS[key] === value) continue;
    if (key === 'type') {
      // integer is a subset of number: [integer, number] allows exactly what [number] allows.
      if (typeof value === 'string') out.type = [value];
      else {
        const types = [...new Set((Array.isArray(value) ? value : [value]).map(String))].sort();
        out.type = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
      }
    } else if (key === 'const') {
      out.enum = Array.isArray(raw.enum)
        ? raw.enum.filter((v) => JSON.stringify(v) === JSON.stringify(value))
        : [value];
      out.const = value; // kept only so findings point at `const:` in the file; `enum` carries the meaning
    } else if (key === 'enum') {
      if (!('const' in raw)) out.enum = value;
    } else if ((SCHEMA_MAPS as readonly string[]).includes(key) && isMap(value)) {
      const map: Record<string, Schema> = {};
      for (const name in value) {
        if (!Object.hasOwn(value, name)) continue;
        const sub = node(value[name], at(key, name));
        setOwn(map, name, sub); // a property may be called __proto__
      }
      out[key] = map;
    } else if (key === 'dependencies' && isMap(value)) {
      // A name's own presence is all a list naming it asks: such entries, and lists left empty, go.
      const entries = Object.entries(value)
        .map(
          ([name, dep]) =>
            [
              name,
              Array.isArray(dep)
                ? [...new Set(dep.map(String))].filter((n) => n !== name).sort()
                : node(dep, at(key, name)),
            ] as const,
        )
        .filter(([, dep]) => !Array.isArray(dep) || dep.length > 0);
      if (entries.length > 0) out[key] = Object.fromEntries(entries);
    } else if (key === 'pattern' && matchesEveryString(value)) {
      continue;
    } else if (TRUE_IS_NO_OP.has(key) && isTrueRaw(value)) {
      continue; // e.g. additionalProperties: true, or {description: ...}: no constraint at all
    } else if (key === 'items') {
      if (Array.isArray(value)) out.items = value.map((sub, i) => node(sub, at(key, i)));
      else out.items = node(value, at(key));
    } else if (key === 'additionalItems') {
      // Without a tuple `items`, additionalItems has no effect (draft-07).
      if (Array.isArray(raw.items)) out.additionalItems = node(value, at(key));
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

/**
 * Keywords that constrain nothing when their subschema is the `true` schema. Not `contains` (it
 * still demands one item) nor `not`/`if` (the `false` schema / a condition that always holds).
 */
const TRUE_IS_NO_OP = new Set(['additionalProperties', 'items', 'additionalItems', 'propertyNames', 'then', 'else']);

/** The `true` schema in any spelling: `true`, `{}`, or an object of annotations only. */
function isTrueRaw(v: unknown): boolean {
  if (v === true) return true;
  if (!isMap(v) || '$ref' in v) return false;
  for (const k of Object.keys(v)) if (affectsValidation(k)) return false;
  return true;
}

/** Patterns written to match anything. */
const EVERY_STRING = new Set(['^[\\s\\S]*$', '^[\\S\\s]*$', '^[\\d\\D]*$', '^[\\w\\W]*$', '^[^]*$']);

/**
 * A `pattern` every string matches: one of EVERY_STRING, or one that matches the empty string
 * with nothing that depends on where it stands (no anchor, boundary, lookaround or
 * back-reference), as `.*`, `a*` or `` — a search then matches at the start of any string.
 * Decided from the pattern's parse: a live schema's pattern is never run here (it may be one
 * that backtracks for minutes even on the empty string).
 */
function matchesEveryString(source: unknown): boolean {
  if (typeof source !== 'string') return false;
  if (EVERY_STRING.has(source)) return true;
  if (/[\^$]|\\[bBk1-9]|\(\?[=!<]/.test(source)) return false;
  return matchesEmpty(source);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Follow `$ref`s by the draft-07 rules (base URIs from `$id`, plain-name anchors; a `$ref`'s
 * siblings are ignored) to the schema they name. Returns [value, pointer]; otherwise why it
 * reaches no schema: a pure cycle of `$ref`s, a chain past the hop limit, or a reference that
 * names nothing in this document (what any of them allows is unknown: never read as "anything").
 */
function follow(doc: unknown, ref: string, from: string): [unknown, string, string[]] | UnresolvedRef['reason'] {
  const chain = followRef(doc, ref, from);
  return chain.kind === 'resolved' ? [chain.target, chain.pointer, chain.path] : chain.kind;
}
