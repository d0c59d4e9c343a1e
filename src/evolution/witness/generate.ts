// Example values for a schema: small, readable instances that satisfy a conjunction of draft-07
// schemas (type, required, properties, additional/patternProperties, enum/const, lengths, bounds,
// multipleOf, pattern, items/tuples, contains, uniqueItems, allOf/anyOf/oneOf/if, local $refs).
// This module holds the search (ValueGen) and the objects and arrays it builds recursively;
// branches come from ./branches.ts, strings and numbers from ./scalar-values.ts. Each value is
// checked with ./check.ts; ajv has the last word on whole events. Bounded by a depth limit and a
// work budget, so recursive schemas and $ref cycles end (with no value).

import { jsonTypeOf } from '../../core/json-type.js';
import { alternatives, flatten, type Choice } from './branches.js';
import { check } from './check.js';
import { numberValues, stringValues, typeOrder } from './scalar-values.js';
import { validValue } from '../value-check.js';
import { patternSamples } from './regex.js';
import {
  has,
  isDeclared,
  isObj,
  itemSchemas,
  own,
  propertySchemas,
  setOwn,
  typeAllows,
  valueKey,
  type JsonType,
  type Obj,
} from './schema.js';

export const NONE: unique symbol = Symbol('none');
export type Maybe = unknown | typeof NONE;

export interface GenOptions {
  /** Only values of these types. */
  types?: readonly JsonType[];
  /** Object keys that must be present (beyond `required`). */
  requireKeys?: readonly string[];
  /** Object keys with given values (also present). */
  fixed?: ReadonlyMap<string, unknown>;
  /** Array elements with given values (the array is at least long enough to hold them). */
  fixedItems?: ReadonlyMap<number, unknown>;
  /** When nothing valid is found, return the first value built anyway (ajv decides later). */
  bestEffort?: boolean;
}

const MAX_DEPTH = 24;
/** Longest array we build. */
export const MAX_ARRAY = 1000;
/** Most enum values scanned for a valid one. */
const ENUM_SCAN = 200;

export class ValueGen {
  private steps = 0;
  private readonly memo = new Map<unknown, unknown>();
  private readonly failedAt = new Map<unknown, number>();

  /**
   * @param root the document `$ref`s resolve against
   * @param forced branches to take: anyOf/oneOf array -> index (the path to a changed node)
   */
  constructor(
    readonly root: unknown,
    readonly forced: ReadonlyMap<object, number> = new Map(),
    private readonly maxSteps = 20_000,
  ) {}

  get exhausted(): boolean {
    return this.steps > this.maxSteps;
  }

  /** One valid value of all of `nodes`, or NONE. */
  value(nodes: readonly unknown[], opts: GenOptions = {}, depth = 0): Maybe {
    const plain = nodes.length === 1 && Object.keys(opts).length === 0;
    const key = nodes[0];
    if (plain && this.memo.has(key)) return this.memo.get(key);
    if (plain && (this.failedAt.get(key) ?? Infinity) <= depth) return NONE;
    const [v] = this.values(nodes, opts, 1, depth);
    const out = v === undefined ? NONE : v;
    if (plain) {
      if (out === NONE) this.failedAt.set(key, depth);
      else this.memo.set(key, out);
    }
    return out;
  }

  /** Up to `limit` distinct valid values of all of `nodes`. */
  values(nodes: readonly unknown[], opts: GenOptions = {}, limit = 1, depth = 0): unknown[] {
    const out: unknown[] = [];
    if (++this.steps > this.maxSteps || depth > MAX_DEPTH) return out;
    const seen = new Set<string>();
    let fallback: unknown = NONE;
    for (const conj of this.alternatives(nodes)) {
      for (const v of this.candidates(conj, opts, depth)) {
        if (fallback === NONE && (!opts.types || ofTypes(opts.types, v))) fallback = v;
        if (limit > 1) {
          // (only when several are wanted: a skeleton's containers can be thousands of levels deep)
          const k = valueKey(v);
          if (seen.has(k)) continue;
          seen.add(k);
        }
        if (opts.types && !ofTypes(opts.types, v)) continue;
        if (!nodes.every((n) => check(this.root, n, v))) continue;
        out.push(v);
        if (out.length >= limit) return out;
      }
      if (this.exhausted) break;
    }
    if (out.length === 0 && opts.bestEffort && fallback !== NONE) out.push(fallback);
    return out;
  }

  /** Resolve refs, allOf and decided choices into a flat list of schema objects; null when one is `false`. */
  flatten(
    nodes: readonly unknown[],
    decided: ReadonlyMap<object, number> = new Map(),
  ): { conj: Obj[]; open: Choice[] } | null {
    return flatten(this.root, this.forced, nodes, decided);
  }

  /** Flat conjunctions, one per combination of branch choices (bounded). */
  alternatives(nodes: readonly unknown[]): Obj[][] {
    return alternatives(this.root, this.forced, nodes);
  }

  /** Values built from a flat conjunction (not yet checked). */
  *candidates(conj: readonly Obj[], opts: GenOptions, depth: number): Generator<unknown> {
    const consts = conj.filter((c) => has(c, 'const'));
    if (consts.length > 0) {
      yield consts[0]!.const;
      return;
    }
    const enums = conj.map((c) => c.enum).filter((e): e is unknown[] => Array.isArray(e));
    if (enums.length > 0) {
      const smallest = enums.reduce((a, b) => (b.length < a.length ? b : a));
      for (const v of smallest.slice(0, ENUM_SCAN)) yield v;
      return;
    }
    for (const t of typeOrder(conj, opts.types)) {
      switch (t) {
        case 'null':
          yield null;
          break;
        case 'boolean':
          yield true;
          yield false;
          break;
        case 'string':
          yield* stringValues(conj);
          break;
        case 'integer':
        case 'number':
          yield* numberValues(conj, t === 'integer');
          break;
        case 'object': {
          const o = this.object(conj, opts, depth);
          if (o !== NONE) yield o;
          break;
        }
        case 'array': {
          const a = this.array(conj, opts, depth);
          if (a !== NONE) yield a;
          break;
        }
      }
    }
  }

  /** The smallest object: required keys (and fixed ones), dependencies, then optional ones up to minProperties. */
  object(conj: readonly Obj[], opts: GenOptions, depth: number): Maybe {
    const out: Obj = {};
    const fixed = opts.fixed ?? new Map<string, unknown>();
    // (a Set beside the list: with `includes`, an object of n required members cost n² steps)
    const want: string[] = [];
    const wanted = new Set<string>();
    const add = (k: string) => {
      if (wanted.has(k)) return;
      wanted.add(k);
      want.push(k);
    };
    for (const c of conj) if (Array.isArray(c.required)) for (const k of c.required) if (typeof k === 'string') add(k);
    for (const k of opts.requireKeys ?? []) add(k);
    for (const k of fixed.keys()) add(k);
    const put = (k: string): boolean => {
      if (has(out, k)) return true;
      if (fixed.has(k)) {
        setOwn(out, k, fixed.get(k));
        return true;
      }
      const v = this.value(propertySchemas(conj, k), {}, depth + 1);
      if (v === NONE) return false;
      setOwn(out, k, v);
      return true;
    };
    for (let i = 0; i < want.length; i++) {
      const k = want[i]!;
      if (!put(k) && !opts.bestEffort) return NONE;
      for (const c of conj) {
        const dep = own(c.dependencies, k);
        if (Array.isArray(dep)) for (const d of dep) if (typeof d === 'string') add(d);
      }
      if (want.length > 10_000) return NONE;
    }
    const minProps = Math.max(0, ...conj.map((c) => (typeof c.minProperties === 'number' ? c.minProperties : 0)));
    let size = Object.keys(out).length;
    if (size < minProps) {
      const optional = conj.flatMap((c) => (isObj(c.properties) ? Object.keys(c.properties) : []));
      for (const k of [...optional, ...freshKeys(conj, 20)]) {
        if (size >= minProps) break;
        if (!has(out, k) && put(k)) size++;
      }
      if (size < minProps) return NONE;
    }
    return out;
  }

  /** The shortest array: minItems (and fixed elements), distinct when uniqueItems, one match for contains. */
  array(conj: readonly Obj[], opts: GenOptions, depth: number): Maybe {
    const fixed = opts.fixedItems ?? new Map<number, unknown>();
    let len = Math.max(
      0,
      ...conj.map((c) => (typeof c.minItems === 'number' ? c.minItems : 0)),
      ...[...fixed.keys()].map((i) => i + 1),
    );
    const contains = conj.map((c) => c.contains).filter((x) => x !== undefined);
    if (contains.length > 0) len = Math.max(len, 1);
    if (len > MAX_ARRAY) return NONE;
    const unique = conj.some((c) => c.uniqueItems === true);
    const out: unknown[] = [];
    const used = new Set<string>();
    for (let i = 0; i < len; i++) {
      if (fixed.has(i)) {
        out.push(fixed.get(i));
        used.add(valueKey(fixed.get(i)));
        continue;
      }
      const schemas = [...itemSchemas(conj, i), ...(i === 0 && contains.length > 0 ? contains : [])];
      let v: Maybe;
      if (unique) {
        v = this.values(schemas, {}, used.size + 1, depth + 1).find((x) => !used.has(valueKey(x))) ?? NONE;
      } else v = this.value(schemas, {}, depth + 1);
      if (v === NONE && i === 0 && contains.length > 0) v = this.value(itemSchemas(conj, i), {}, depth + 1);
      if (v === NONE) {
        if (!opts.bestEffort) return NONE;
        v = null;
      }
      out.push(v);
      used.add(valueKey(v));
    }
    return out;
  }
}

/** True when `v` is a JSON value of one of `types` (a value JSON cannot hold is of none). */
function ofTypes(types: readonly JsonType[], v: unknown): boolean {
  const vt = jsonTypeOf(v);
  return vt !== undefined && typeAllows(types, vt);
}

/**
 * Property names that no `properties` of `conj` declares (and, with `undeclared`, no
 * patternProperties matches either), that its `propertyNames` accept where that can be told
 * (names drawn from their patterns first).
 */
export function freshKeys(conj: readonly Obj[], limit: number, undeclared = false): string[] {
  const out: string[] = [];
  const shaped = conj.flatMap((c) => {
    const p = c.propertyNames;
    if (!isObj(p)) return [];
    return [
      ...(Array.isArray(p.enum) ? p.enum.filter((x): x is string => typeof x === 'string').slice(0, 20) : []),
      ...(typeof p.pattern === 'string' ? patternSamples(p.pattern, [1, 2, 3, 5]) : []),
    ];
  });
  const names = [...shaped, 'extra', 'extra_field', 'x_extra', 'witness', 'other', 'zz', 'a1', 'X'];
  const fallback: string[] = [];
  for (let i = 0; out.length < limit && i < names.length + limit * 2; i++) {
    const k = i < names.length ? names[i]! : `extra_${i - names.length + 2}`;
    const taken = undeclared ? isDeclared(conj, k) : conj.some((c) => own(c.properties, k) !== undefined);
    if (taken || out.includes(k)) continue;
    if (namePasses(conj, k)) out.push(k);
    else if (fallback.length < limit) fallback.push(k);
  }
  // None that passes: the usual names (the search will reject them, as before).
  return out.length > 0 ? out : fallback;
}

/** Whether the `propertyNames` of `conj` accept `name`, as far as ../value-check.ts can tell. */
function namePasses(conj: readonly Obj[], name: string): boolean {
  return conj.every((c) => c.propertyNames === undefined || validValue(c.propertyNames, name) !== false);
}
