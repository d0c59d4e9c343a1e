// Structure of normalised schemas for the combinators family: exact structural equality (a
// bisimulation, so `$ref` cycles terminate), depth-bounded fingerprints, short descriptions for
// messages, and the pairing of old and new members of an allOf/anyOf/oneOf list.
// Pairing only decides which members are compared with which: any one-to-one pairing is sound,
// because every pair is then compared by the walker and every unpaired member is reported.

import { canonicalJson } from '../../core/canonical.js';
import { jsonTypeOf } from '../../core/json-type.js';
import { memo } from '../../core/memo.js';
import { affectsValidation, asSchema, typesOf, type Schema } from '../schema-model.js';

/** How a keyword's value holds subschemas in a normalised schema. */
type Shape = 'one' | 'list' | 'map' | 'items' | 'deps' | 'data';

const SHAPES: Record<string, Shape> = {
  not: 'one',
  if: 'one',
  then: 'one',
  else: 'one',
  additionalProperties: 'one',
  propertyNames: 'one',
  additionalItems: 'one',
  contains: 'one',
  allOf: 'list',
  anyOf: 'list',
  oneOf: 'list',
  properties: 'map',
  patternProperties: 'map',
  items: 'items',
  dependencies: 'deps',
};

const shapeOf = (key: string): Shape => SHAPES[key] ?? 'data';

/** Keywords that never affect validity (annotations and vendor extensions). */
export function isInert(key: string): boolean {
  return !affectsValidation(key);
}

function keysOf(s: Schema): string[] {
  return Object.keys(s)
    .filter((k) => !isInert(k))
    .sort();
}

/**
 * The subschemas under one keyword value, as [path, schema] pairs, and the remaining plain data
 * (compared as JSON). Paths keep list positions and map names, so two values correspond entry
 * by entry.
 */
function split(key: string, value: unknown): { subs: [string, Schema][]; data: unknown } {
  const shape = shapeOf(key);
  const subs: [string, Schema][] = [];
  const one = (path: string, v: unknown) => {
    const s = asSchema(v);
    if (s) subs.push([path, s]);
    return s ? '§' : v;
  };
  if (shape === 'data') return { subs, data: value };
  if (shape === 'one') return { subs, data: one('', value) };
  if (shape === 'list' || (shape === 'items' && Array.isArray(value))) {
    return Array.isArray(value) ? { subs, data: value.map((v, i) => one(String(i), v)) } : { subs, data: value };
  }
  if (shape === 'items') return { subs, data: one('', value) };
  const map = asSchema(value);
  if (!map) return { subs, data: value };
  const data: Record<string, unknown> = {};
  for (const name of Object.keys(map).sort()) {
    const v = map[name];
    data[name] = shape === 'deps' && Array.isArray(v) ? v : one(name, v);
  }
  return { subs, data };
}

/**
 * Exact structural equality of two normalised schemas, annotations ignored. Co-inductive (pairs
 * already under comparison are assumed equal), so cyclic graphs terminate; beyond `budget` node
 * pairs the answer is a conservative `false`.
 */
export function sameSchema(a: Schema, b: Schema, budget = 5000): boolean {
  const assumed = new Map<Schema, Set<Schema>>();
  const stack: [Schema, Schema][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    let seen = assumed.get(x);
    if (!seen) assumed.set(x, (seen = new Set()));
    if (seen.has(y)) continue;
    seen.add(y);
    if (--budget < 0) return false;
    const kx = keysOf(x);
    const ky = keysOf(y);
    if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return false;
    for (const key of kx) {
      const sx = split(key, x[key]);
      const sy = split(key, y[key]);
      if (sx.subs.length !== sy.subs.length || canonicalJson(sx.data) !== canonicalJson(sy.data)) return false;
      for (let i = 0; i < sx.subs.length; i++) {
        const [px, cx] = sx.subs[i]!;
        const [py, cy] = sy.subs[i]!;
        if (px !== py) return false;
        stack.push([cx, cy]);
      }
    }
  }
  return true;
}

const FP_DEPTH = 4;
const FP_NODES = 400;
const fingerprints = new WeakMap<Schema, string>();

/**
 * A structural fingerprint, annotations ignored, bounded in depth and size (so cheap on cyclic
 * graphs). Equal schemas have equal fingerprints; the converse is likely, not certain — used only
 * to pair members, never to decide compatibility.
 */
export function fingerprint(s: Schema): string {
  return memo(fingerprints, s, computeFingerprint);
}

function computeFingerprint(s: Schema): string {
  let room = FP_NODES;
  const render = (node: Schema, depth: number): string => {
    if (depth === 0 || --room < 0) return '…';
    const parts = keysOf(node).map((key) => {
      const { subs, data } = split(key, node[key]);
      const inner = subs.map(([path, sub]) => `${path}=${render(sub, depth - 1)}`).join(';');
      return `${key}:${canonicalJson(data)}${inner ? `<${inner}>` : ''}`;
    });
    return `{${parts.join(',')}}`;
  };
  return render(s, FP_DEPTH);
}

/** A short rendering for messages: the member's own keywords, nested schemas elided. */
export function describe(s: Schema): string {
  const parts = keysOf(s).map((key) => {
    const value = s[key];
    // Show the normalised forms as written: one type as a string, a one-value enum as const.
    if (key === 'type' && Array.isArray(value) && value.length === 1) return `"type":${JSON.stringify(value[0])}`;
    if (key === 'enum' && Array.isArray(value) && value.length === 1) return `"const":${JSON.stringify(value[0])}`;
    const { subs, data } = split(key, value);
    return `${JSON.stringify(key)}:${subs.length > 0 ? '{…}' : JSON.stringify(data)}`;
  });
  const text = `{${parts.join(',')}}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

// ---- similarity -------------------------------------------------------------------------------

interface Features {
  types: string | undefined;
  atoms: Set<string> | undefined;
  required: Set<string>;
  props: Set<string>;
  /** Property name -> canonical enum values (const is a one-value enum after normalisation). */
  tags: Map<string, Set<string>>;
  values: Set<string> | undefined;
}

/** The domain atom of a JSON value (integer and fraction are the two parts of number). */
export function atomOf(value: unknown): string {
  const type = jsonTypeOf(value) ?? typeof value;
  return type === 'number' ? 'fraction' : type;
}

/** The JSON value domain of a type list, with integer ⊂ number split into integer + fraction. */
export function atomsOf(s: Schema): Set<string> | undefined {
  const types = typesOf(s);
  if (!types) return undefined;
  const out = new Set<string>();
  for (const t of types) {
    if (t === 'number') out.add('integer').add('fraction');
    else out.add(t);
  }
  return out;
}

/** Canonical texts of a schema's `enum` values, or undefined without an enum. */
export function enumTexts(s: Schema | undefined): Set<string> | undefined {
  return s && Array.isArray(s.enum) ? new Set(s.enum.map(canonicalJson)) : undefined;
}

const featureCache = new WeakMap<Schema, Features>();

function features(s: Schema): Features {
  return memo(featureCache, s, computeFeatures);
}

function computeFeatures(s: Schema): Features {
  const props = asSchema(s.properties) ?? {};
  const tags = new Map<string, Set<string>>();
  for (const [name, sub] of Object.entries(props)) {
    const values = enumTexts(asSchema(sub));
    if (values) tags.set(name, values);
  }
  return {
    types: Array.isArray(s.type) ? s.type.join(',') : undefined,
    atoms: atomsOf(s),
    required: new Set(Array.isArray(s.required) ? s.required.map(String) : []),
    props: new Set(Object.keys(props)),
    tags,
    values: enumTexts(s),
  };
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** How alike two members look: > 0 similar, < 0 unlikely to be the same member, -Infinity never. */
export function similarity(a: Schema, b: Schema): number {
  const fa = features(a);
  const fb = features(b);
  if (fa.atoms && fb.atoms && !overlaps(fa.atoms, fb.atoms)) return -Infinity;
  let score = 0;
  if (fa.types !== undefined && fa.types === fb.types) score += 2;
  else if (fa.atoms && fb.atoms) score += 1;
  for (const [name, values] of fa.tags) {
    const other = fb.tags.get(name);
    if (!other) continue;
    score += sameSet(values, other) ? 4 : overlaps(values, other) ? 1 : -5;
  }
  if (fa.required.size > 0 && sameSet(fa.required, fb.required)) score += 1;
  const union = new Set([...fa.props, ...fb.props]);
  if (union.size > 0) score += (3 * [...fa.props].filter((p) => fb.props.has(p)).length) / union.size;
  if (fa.values && fb.values) score += sameSet(fa.values, fb.values) ? 3 : overlaps(fa.values, fb.values) ? 1 : -2;
  return score;
}

export interface Pairing {
  /** [old index, new index] */
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

/**
 * Pair old and new members one to one: identical ones first (same position preferred), then the
 * most similar, then the remaining ones in order where they are not unlike. O(m·n) comparisons.
 */
export function pairMembers(olds: readonly Schema[], news: readonly Schema[]): Pairing {
  const oldFree = new Set(olds.keys());
  const newFree = new Set(news.keys());
  const pairs: [number, number][] = [];
  const take = (i: number, j: number) => {
    pairs.push([i, j]);
    oldFree.delete(i);
    newFree.delete(j);
  };
  const oldFp = olds.map(fingerprint);
  const newFp = news.map(fingerprint);
  for (const j of [...newFree]) {
    if (oldFree.has(j) && oldFp[j] === newFp[j] && sameSchema(olds[j]!, news[j]!)) take(j, j);
  }
  for (const j of [...newFree]) {
    const i = [...oldFree].find((i) => oldFp[i] === newFp[j] && sameSchema(olds[i]!, news[j]!));
    if (i !== undefined) take(i, j);
  }
  const scored: [number, number, number][] = [];
  for (const i of oldFree) for (const j of newFree) scored.push([similarity(olds[i]!, news[j]!), i, j]);
  scored.sort((a, b) => b[0] - a[0] || Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]) || a[1] - b[1]);
  for (const [score, i, j] of scored) if (score > 0 && oldFree.has(i) && newFree.has(j)) take(i, j);
  const restOld = [...oldFree].sort((a, b) => a - b);
  const restNew = [...newFree].sort((a, b) => a - b);
  for (let k = 0; k < Math.min(restOld.length, restNew.length); k++) {
    const i = restOld[k]!;
    const j = restNew[k]!;
    if (similarity(olds[i]!, news[j]!) >= 0) take(i, j);
  }
  return {
    pairs: pairs.sort((a, b) => a[1] - b[1]),
    removed: [...oldFree].sort((a, b) => a - b),
    added: [...newFree].sort((a, b) => a - b),
  };
}
