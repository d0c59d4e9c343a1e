// Candidate values for the changed node, most telling first: for each keyword family the values
// at the edge of what the live schema allows (a type the new schema dropped, a string of exactly
// the old maxLength, the old maximum, a removed enum value, an object with a member the new
// closed schema dropped or without a newly required one, an array of the old maxItems, a value of
// an overlapping new oneOf branch...), then generic ones (each type's usual values, empty and
// large strings/arrays/objects) so unknown and future kinds still get witnesses. None of these is
// trusted: ajv checks every event built from them against both documents.

import { NONE, ValueGen, MAX_ARRAY, freshKeys, numberValues } from './generate.js';
import { ABSENT, type Plan } from './plan.js';
import { MAX_SAMPLE_LENGTH, patternSamples } from './regex.js';
import { deref, has, inEnum, isObj, itemSchemas, JSON_TYPES, propertySchemas, regex, setOwn, strLength, typeAllows, typesOf, valueKey, type JsonType, type Obj } from './schema.js';

export interface Site {
  /** Plan over the live (old) document, targeting the changed node. */
  plan: Plan;
  /** Generator over the new document (no forced branches). */
  newGen: ValueGen;
  /** The changed node in the old document (refs followed) and the pointer's tokens below it. */
  focus: unknown;
  tail: readonly string[];
  /** The node at the same place in the new document, and the new pointer's tokens below it. */
  newFocus: unknown;
  newTail: readonly string[];
  /** The deepest node the new pointer names (e.g. an added oneOf branch). */
  newExact: unknown;
  /** Favour values that can match two oneOf branches. */
  exclusive: boolean;
}

type Family = 'type' | 'string' | 'number' | 'enum' | 'object' | 'array' | 'combinator';

const FAMILY_OF: Record<string, Family> = {
  type: 'type',
  minLength: 'string',
  maxLength: 'string',
  pattern: 'string',
  format: 'string',
  contentEncoding: 'string',
  contentMediaType: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
  enum: 'enum',
  const: 'enum',
  properties: 'object',
  required: 'object',
  additionalProperties: 'object',
  patternProperties: 'object',
  minProperties: 'object',
  maxProperties: 'object',
  dependencies: 'object',
  propertyNames: 'object',
  items: 'array',
  additionalItems: 'array',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
  contains: 'array',
  allOf: 'combinator',
  anyOf: 'combinator',
  oneOf: 'combinator',
  not: 'combinator',
  if: 'combinator',
  then: 'combinator',
  else: 'combinator',
};

const ALL_FAMILIES: Family[] = ['type', 'enum', 'string', 'number', 'object', 'array', 'combinator'];
const GENERIC_STRINGS = ['', 'a', 'example', 'A', '0', ' ', 'a b', '-', '_', 'é', 'Example Value', 'a'.repeat(256)];
const GENERIC_VALUES: unknown[] = [null, true, false, 0, 1, -1, 0.5, '', 'example', [], {}];
const MAX_PROPERTY_VARIANTS = 60;
const ENUM_SCAN_LIMIT = 200_000;

/** The keywords whose change the candidates should aim at: the tails, then what differs between the two focus nodes. */
export function interestingKeywords(site: Site): string[] {
  const out: string[] = [];
  const add = (k: string | undefined) => {
    if (k !== undefined && !out.includes(k)) out.push(k);
  };
  add(site.tail[0]);
  add(site.newTail[0]);
  const o = site.focus;
  const n = site.newFocus;
  if (isObj(o) && isObj(n)) {
    for (const k of new Set([...Object.keys(o), ...Object.keys(n)])) if (differs(o[k], n[k])) add(k);
  }
  return out;
}

/** Candidates at the target location, in order, not deduplicated. */
export function* targetCandidates(site: Site): Generator<unknown> {
  const { plan } = site;
  const level = plan.levels[plan.depth]!;
  const isKey = level.via !== undefined && 'key' in level.via;
  const keywords = interestingKeywords(site);
  const families = [...new Set([...keywords.map((k) => FAMILY_OF[k]).filter((f): f is Family => f !== undefined)])];
  // A member's absence: first when the change is about requiring it, early when it is about the whole member.
  if (isKey && keywords.includes('required')) yield ABSENT;
  if (plan.base !== NONE) yield plan.base;
  if (site.exclusive) yield* newFocusValues(site);
  for (const f of families) yield* family(f, site);
  if (isKey && (site.tail.length === 0 || keywords.includes('dependencies'))) yield ABSENT;
  for (const f of ALL_FAMILIES) if (!families.includes(f)) yield* family(f, site);
  yield* newFocusValues(site);
  yield* genericValues(plan.gen, level.nodes);
  if (isKey) yield ABSENT;
}

/** Candidates replacing a whole container above the target (used when the target alone finds nothing). */
export function* ancestorCandidates(gen: ValueGen, nodes: readonly unknown[]): Generator<unknown> {
  const conj = gen.flatten(nodes)?.conj ?? [];
  yield* gen.values(nodes, {}, 2);
  yield* objectVariants(gen, nodes, conj, undefined, undefined);
  yield* arrayVariants(gen, nodes, conj, undefined, undefined);
  yield* genericValues(gen, nodes);
}

function* family(f: Family, site: Site): Generator<unknown> {
  const { plan } = site;
  const nodes = plan.levels[plan.depth]!.nodes;
  const gen = plan.gen;
  const conj = gen.flatten(nodes)?.conj ?? [];
  const o = isObj(site.focus) ? site.focus : undefined;
  const n = isObj(site.newFocus) ? site.newFocus : undefined;
  switch (f) {
    case 'type':
      yield* typeValues(gen, nodes, o, n);
      return;
    case 'enum':
      yield* enumValues(o, n, conj);
      return;
    case 'string':
      yield* stringValues(conj, o, n);
      return;
    case 'number':
      yield* numberCandidates(conj, o, n);
      return;
    case 'object':
      yield* objectVariants(gen, nodes, conj, o, n);
      return;
    case 'array':
      yield* arrayVariants(gen, nodes, conj, o, n);
      return;
    case 'combinator':
      yield* combinatorValues(site, nodes, o, n);
      return;
  }
}

/** Values of each type the old node allows and the new one does not (fractions when number became integer). */
function* typeValues(gen: ValueGen, nodes: readonly unknown[], o: Obj | undefined, n: Obj | undefined): Generator<unknown> {
  const oldTypes = o ? typesOf(o) : undefined;
  const newTypes = n ? typesOf(n) : undefined;
  const lost = JSON_TYPES.filter((t) => typeAllows(oldTypes, t) && (!typeAllows(newTypes, t) || (t === 'number' && !newTypes?.includes('number'))));
  for (const t of lost) {
    yield* gen.values(nodes, { types: [t] }, 3);
    if (o) yield* gen.values([o], { types: [t] }, 2);
  }
}

function* enumValues(o: Obj | undefined, n: Obj | undefined, conj: readonly Obj[]): Generator<unknown> {
  const oldList = o ? listOf(o) : undefined;
  const newList = n ? listOf(n) : undefined;
  const sources = oldList ? [oldList] : conj.map(listOf).filter((l): l is unknown[] => l !== undefined);
  for (const list of sources) {
    let yielded = 0;
    const scan = Math.min(list.length, ENUM_SCAN_LIMIT);
    for (let i = 0; i < scan && yielded < 20; i++) {
      if (newList && inEnum(newList, list[i])) continue;
      yielded++;
      yield list[i];
    }
  }
}

/** Do two keyword values differ? (Cheap for the common cases: a 100,000-value enum is not serialised to compare.) */
export function differs(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return true;
  return valueKey(a) !== valueKey(b);
}

function listOf(s: Obj): unknown[] | undefined {
  if (has(s, 'const')) return [s.const];
  return Array.isArray(s.enum) ? s.enum : undefined;
}

function num(s: Obj | undefined, k: string): number | undefined {
  const v = s?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Strings at the length bounds of both versions, shaped by the old pattern, then usual strings. */
function* stringValues(conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<string> {
  const lengths = new Set<number>();
  for (const s of [o, n, ...conj]) {
    for (const k of ['minLength', 'maxLength']) {
      const b = num(s, k);
      if (b !== undefined) for (const d of [0, 1, -1]) if (b + d >= 0 && b + d <= MAX_SAMPLE_LENGTH) lengths.add(b + d);
    }
  }
  const patterns = [o, ...conj].map((s) => s?.pattern).filter((p): p is string => typeof p === 'string');
  const uniquePatterns = [...new Set(patterns)];
  for (const len of lengths) {
    let done = false;
    for (const p of uniquePatterns) {
      for (const s of patternSamples(p, [len])) {
        if (strLength(s) === len && uniquePatterns.every((q) => regex(q)?.test(s) ?? true)) {
          yield s;
          done = true;
          break;
        }
      }
    }
    if (!done) yield 'example'.slice(0, len) + 'a'.repeat(Math.max(0, len - 7));
  }
  for (const p of uniquePatterns) yield* patternSamples(p);
  yield* GENERIC_STRINGS;
  if (n && typeof n.pattern === 'string') {
    // strings that almost match the new pattern: each sample with a character changed
    for (const s of patternSamples(n.pattern).slice(0, 2)) if (s.length > 0) yield s.slice(0, -1) + (s.endsWith('#') ? '@' : '#');
  }
}

/** Numbers at and around every bound of both versions, multiples, and usual numbers. */
function* numberCandidates(conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<number> {
  const out: number[] = [];
  for (const s of [o, n, ...conj]) {
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
      const b = num(s, k);
      if (b !== undefined) out.push(b, b - 1, b + 1, b - 0.5, b + 0.5, b - 0.01, b + 0.01, Math.floor(b), Math.ceil(b));
    }
    const m = num(s, 'multipleOf');
    if (m !== undefined && m > 0) out.push(m, 2 * m, 3 * m, m / 2, m + 1);
  }
  // the old constraints' own valid numbers come first within their range
  yield* numberValues(conj, false).slice(0, 6);
  yield* out;
  yield* [0, 1, -1, 0.5, -0.5, 100, 1e6, -1e6, 2147483648, 9007199254740991];
}

/** Objects: minimal; without each newly required member; with each optional one; with extra members; filled to maxProperties. */
function* objectVariants(gen: ValueGen, nodes: readonly unknown[], conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<unknown> {
  const base = gen.value(nodes, { types: ['object'] });
  const obj: Obj = isObj(base) ? base : {};
  yield obj;
  const with_ = (k: string, v: unknown): Obj => {
    const out = { ...obj };
    setOwn(out, k, v);
    return out;
  };
  const without = (k: string): Obj => {
    const out = { ...obj };
    delete out[k];
    return out;
  };
  // newly required members, left out (with the old value schema's members otherwise present)
  const newRequired = n && Array.isArray(n.required) ? n.required.filter((k): k is string => typeof k === 'string') : [];
  for (const k of newRequired) if (has(obj, k)) yield without(k);
  // members the new version drops first, then every declared member
  const declared = [...new Set([...(o && isObj(o.properties) ? Object.keys(o.properties) : []), ...conj.flatMap((c) => (isObj(c.properties) ? Object.keys(c.properties) : []))])];
  const dropped = declared.filter((k) => n && !(isObj(n.properties) && has(n.properties, k)));
  let count = 0;
  let all: Obj = { ...obj };
  for (const k of [...dropped, ...declared.filter((k) => !dropped.includes(k))]) {
    if (count++ >= MAX_PROPERTY_VARIANTS) break;
    if (has(obj, k)) continue;
    const vs = gen.values(propertySchemas(conj, k), {}, 2);
    for (const v of vs) yield with_(k, v);
    if (vs[0] !== undefined) {
      all = { ...all };
      setOwn(all, k, vs[0]);
    }
  }
  yield all;
  // members no properties declare, valued by additionalProperties (or anything, when it is absent)
  for (const k of freshKeys(conj, 2, true)) {
    const schemas = propertySchemas(conj, k);
    for (const v of [...gen.values(schemas, {}, 3), 'example', 0, null, true, {}, []]) yield with_(k, v);
  }
  // members the new version declares (by name or by pattern) that the old one leaves open, valued in every way
  const anyValues = ['example', 0, 0.5, null, true, {}, [], ''];
  if (n && isObj(n.properties)) {
    for (const k of Object.keys(n.properties).slice(0, MAX_PROPERTY_VARIANTS)) {
      if (has(obj, k) || declared.includes(k)) continue;
      for (const v of [...gen.values(propertySchemas(conj, k), {}, 2), ...anyValues]) yield with_(k, v);
    }
  }
  for (const s of [n, o, ...conj]) {
    if (!s || !isObj(s.patternProperties)) continue;
    for (const p of Object.keys(s.patternProperties).slice(0, 10)) {
      const key = patternSamples(p, [3]).find((k) => !has(obj, k));
      if (key === undefined) continue;
      for (const v of [...gen.values(propertySchemas(conj, key), {}, 2), ...anyValues]) yield with_(key, v);
    }
  }
  // as many members as each bound of either version allows, and one more
  const sizes = new Set<number>();
  for (const s of [o, n, ...conj]) {
    for (const k of ['minProperties', 'maxProperties']) {
      const b = num(s, k);
      if (b !== undefined) for (const d of [0, 1, -1]) if (b + d > Object.keys(obj).length && b + d <= 200) sizes.add(b + d);
    }
  }
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const filled: Obj = { ...obj };
    for (const k of [...declared, ...freshKeys(conj, size, true)]) {
      if (Object.keys(filled).length >= size) break;
      if (has(filled, k)) continue;
      const v = gen.value(propertySchemas(conj, k));
      if (v !== NONE) setOwn(filled, k, v);
    }
    yield filled;
  }
  // member names for propertyNames
  if ((o && o.propertyNames !== undefined) || (n && n.propertyNames !== undefined)) {
    for (const k of [...GENERIC_STRINGS.slice(0, 10), 'Extra', 'extra-field', 'EXTRA_FIELD', 'x'.repeat(65)]) {
      const v = gen.value(propertySchemas(conj, k));
      yield with_(k, v === NONE ? 'example' : v);
    }
  }
  // objects that trigger a dependency (with what the old version requires along, and nothing more)
  const depKeys = new Set<string>();
  for (const s of [n, o, ...conj]) if (s && isObj(s.dependencies)) for (const k of Object.keys(s.dependencies).slice(0, 20)) depKeys.add(k);
  for (const k of depKeys) {
    if (has(obj, k)) continue;
    const v = gen.value(nodes, { types: ['object'], requireKeys: [k] });
    if (v !== NONE) yield v;
  }
}

/** Arrays: lengths at the bounds of both versions, duplicates, tuples, elements of every type. */
function* arrayVariants(gen: ValueGen, nodes: readonly unknown[], conj: readonly Obj[], o: Obj | undefined, n: Obj | undefined): Generator<unknown> {
  const base = gen.value(nodes, { types: ['array'] });
  const arr: unknown[] = Array.isArray(base) ? base : [];
  yield arr;
  const elems = (i: number, count: number) => gen.values(itemSchemas(conj, i), {}, count);
  const e0 = elems(0, 3);
  const first = e0[0] ?? 'example';
  const lengths = new Set<number>([1, 2]);
  for (const s of [o, n, ...conj]) {
    for (const k of ['minItems', 'maxItems']) {
      const b = num(s, k);
      if (b !== undefined) for (const d of [0, 1, -1]) if (b + d >= 0 && b + d <= MAX_ARRAY) lengths.add(b + d);
    }
  }
  const unique = conj.some((c) => c.uniqueItems === true);
  for (const len of lengths) {
    const out: unknown[] = [];
    const used = new Set<string>();
    for (let i = 0; i < len; i++) {
      let v: unknown = first;
      if (unique || Array.isArray(conj.find((c) => Array.isArray(c.items))?.items)) {
        v = gen.values(itemSchemas(conj, i), {}, Math.min(used.size + 1, 50)).find((x) => !used.has(valueKey(x))) ?? first;
      }
      used.add(valueKey(v));
      out.push(v);
    }
    yield out;
  }
  // duplicates (uniqueItems)
  yield [first, first];
  // one element of each kind the old items allow
  for (const v of e0) yield [v];
  for (const t of JSON_TYPES) for (const v of gen.values(itemSchemas(conj, 0), { types: [t] }, 1)) yield [v];
  // elements matching the new `contains`, or not
  if (n && n.contains !== undefined) yield [first];
  for (const v of GENERIC_VALUES) yield [v];
}

/** Values of each branch of the old and the new combinators at the node. */
function* combinatorValues(site: Site, nodes: readonly unknown[], o: Obj | undefined, n: Obj | undefined): Generator<unknown> {
  const { plan, newGen } = site;
  for (const kw of ['oneOf', 'anyOf', 'allOf'] as const) {
    const ob = o?.[kw];
    if (Array.isArray(ob)) for (const b of ob.slice(0, 20)) yield* plan.gen.values([...nodes, b], {}, 2);
    const nb = n?.[kw];
    if (Array.isArray(nb)) for (const b of nb.slice(0, 20)) yield* newGen.values([b], {}, 3);
  }
  for (const kw of ['not', 'if', 'then', 'else'] as const) {
    if (o?.[kw] !== undefined) yield* plan.gen.values([o[kw]], {}, 3);
    if (n?.[kw] !== undefined) yield* newGen.values([n[kw]], {}, 3);
  }
  // a branch that exists only in the new document (the focus is where it was added)
  if (site.newExact !== site.newFocus) yield* newFocusValues(site);
}

/** Values the new focus node accepts: for overlaps (an old event matching a second oneOf branch). */
function* newFocusValues(site: Site): Generator<unknown> {
  if (site.newExact === undefined) return;
  const newNode = deref(site.newGen.root, site.newExact);
  const level = site.plan.levels[site.plan.depth]!;
  // values of the old node and the new one at once (resolving the new node's refs in the old
  // document: only a candidate, ajv checks), then of the new node alone, merged with old values
  yield* site.plan.gen.values([...level.nodes, newNode], {}, 3);
  const fresh = site.newGen.values([newNode], {}, 4);
  yield* fresh;
  for (const t of JSON_TYPES) yield* site.newGen.values([newNode], { types: [t] }, 1);
  const olds = site.plan.gen.values(level.nodes, {}, 3);
  for (const v of fresh) for (const u of olds) if (isObj(u) && isObj(v)) yield { ...u, ...v };
}

/** The usual values: valid ones of each type the location allows, then fixed values of every type. */
function* genericValues(gen: ValueGen, nodes: readonly unknown[]): Generator<unknown> {
  yield* gen.values(nodes, {}, 3);
  for (const t of JSON_TYPES) yield* gen.values(nodes, { types: [t as JsonType] }, 2);
  yield* GENERIC_VALUES;
  yield 'a'.repeat(256);
  yield Array.from({ length: 100 }, () => 'example');
}
