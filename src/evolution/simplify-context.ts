// The types a subschema's context allows, written into it (issue 12, false alarms): the same
// values validate, and keywords for types the context excludes stop reading as constraints.
// - T ∧ anyOf[A, B] = T ∧ anyOf[T ∧ A, T ∧ B], and so for oneOf: a member gets its node's `type`
//   ({type: string} then compares with {type: string, anyOf: [{minLength: 2}, ...]} member by
//   member, without a member reading as "any type"); and so do `not`, `if`, `then`, `else`;
// - `then` only ever sees values its `if` matches, of the types those can have;
// - `propertyNames` only ever sees strings;
// - a `dependencies` schema only ever applies to objects (the node holding it, with the name).

import { setOwn } from '../core/own-property.js';
import { isFalseSchema, isTrueSchema, type Schema } from './schema-model.js';
import { ANY_TYPE, bitsOfTypes, typeList, typesOf } from './type-bits.js';

export interface TypedContext {
  src: Map<Schema, string>;
  /**
   * `m ∧ {type: types}` as a node; `m` itself when that cannot be done. `at`: where the `type`
   * comes from, `written` when the file has it there (the node's own `type`); otherwise findings
   * on it name `m`.
   */
  typed(m: Schema, types: string[], at: string, written: boolean): Schema;
}

const STRING = ['string'];
const OBJECT = ['object'];

/** Rewrite `p`'s subschemas in place; true when anything changed. */
export function typesInContext(p: Schema, ctx: TypedContext): boolean {
  let changed = false;
  const at = ctx.src.get(p) ?? '';
  if (Array.isArray(p.type)) {
    const types = p.type.map(String);
    // T ∧ ¬X = T ∧ ¬(T ∧ X); T ∧ (if I then A else B) = T ∧ (if T ∧ I then T ∧ A else T ∧ B).
    for (const key of ['not', 'if', 'then', 'else'] as const) {
      if (!isSchema(p[key])) continue;
      const next = narrowed(p[key], types, at, ctx, true);
      if (next !== p[key]) [p[key], changed] = [next, true];
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = p[key];
      if (!Array.isArray(list)) continue;
      const next = (list as Schema[]).map((m) => narrowed(m, types, at, ctx, true));
      if (next.some((m, i) => m !== list[i])) {
        p[key] = next;
        changed = true;
      }
    }
  }
  // `then` applies only to values `if` matches: to the types those can have.
  if (isSchema(p.if) && isSchema(p.then)) {
    const matched = typesOf(p.if);
    if (matched !== 0 && matched !== ANY_TYPE) {
      const next = narrowed(p.then, typeList(matched), `${at}/then`, ctx, false);
      if (next !== p.then) [p.then, changed] = [next, true];
    }
  }
  if (isSchema(p.propertyNames)) {
    const next = narrowed(p.propertyNames, STRING, `${at}/propertyNames`, ctx, false);
    if (next !== p.propertyNames) [p.propertyNames, changed] = [next, true];
  }
  const deps = p.dependencies;
  if (deps !== null && typeof deps === 'object' && !Array.isArray(deps)) {
    const map = deps as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const name of Object.keys(map)) {
      const dep = map[name];
      if (!isSchema(dep)) continue;
      const next = narrowed(dep, OBJECT, `${at}/dependencies/${name}`, ctx, false);
      if (next === dep) continue;
      copy ??= defineAll(map);
      setOwn(copy, name, next);
    }
    if (copy) [p.dependencies, changed] = [copy, true];
  }
  return changed;
}

/** `m` with `types` when it may hold another type (and is neither `true` nor `false`); else `m`. */
function narrowed(m: Schema, types: string[], at: string, ctx: TypedContext, written: boolean): Schema {
  if (isTrueSchema(m) || isFalseSchema(m) || (typesOf(m) & ~bitsOfTypes(types)) === 0) return m;
  return ctx.typed(m, types, at, written);
}

function isSchema(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A new map with the same entries (a name like `__proto__` kept as a member). */
function defineAll(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(map)) setOwn(out, name, map[name]);
  return out;
}
