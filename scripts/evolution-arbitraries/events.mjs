// The EVENTS of a trial (see ../evolution-arbitraries.mjs), and the trial itself (old document,
// mutations, choice streams). Events are decoded from choice streams (arrays of naturals, like
// Hypothesis' choice sequences) by a generator that reads the schema: its property names,
// required, enum values, boundary numbers and lengths, tuple items, contains, combinator branches,
// and the constants of both schemas. Choice 0 is always the simplest option, so when fast-check
// shrinks a stream the event shrinks too. Only events that ajv accepts under the old schema are
// kept (./property.mjs).

import fc from 'fast-check';
import { resolveRef } from '../evolution-scopes.mjs';
import { documentArb } from './documents.mjs';
import { canonical, clone, isObj } from './json.mjs';
import { mutationArb } from './mutations.mjs';
import { NAMES, PATTERN_SAMPLES, POOL, TYPES } from './vocabulary.mjs';

export const streamArb = fc.array(fc.nat({ max: 0xffff }), { maxLength: 40 });
export const streamsArb = fc.array(streamArb, { minLength: 1, maxLength: 10 });

/** A trial: old document, mutations, and choice streams for events. */
export function trialArb(depth = 2) {
  // Now and then a whole document that is `true` or `false` (a valid draft-07 schema).
  const old = fc.oneof({ weight: 40, arbitrary: documentArb(depth) }, { weight: 1, arbitrary: fc.boolean() });
  return fc.record({ old, mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }), streams: streamsArb });
}

/** Constants of both schemas: boundary numbers (±1, ±0.5), strings and values. */
export function constantsOf(...docs) {
  const numbers = new Set([0, 1]);
  const strings = new Set(['']);
  const values = [];
  const visit = (v, key) => {
    if (typeof v === 'number') {
      for (const d of [0, 1, -1, 0.5, -0.5]) numbers.add(v + d);
    } else if (typeof v === 'string') {
      if (key === 'pattern' && PATTERN_SAMPLES[v]) PATTERN_SAMPLES[v].forEach((s) => strings.add(s));
      else if (key !== '$ref' && key !== 'type') strings.add(v);
    } else if (Array.isArray(v)) {
      if (key === 'enum') values.push(...v);
      v.forEach((x) => visit(x, key === 'enum' || key === 'required' ? key : undefined));
    } else if (isObj(v)) {
      if (key === 'const') values.push(v);
      for (const [k, x] of Object.entries(v)) {
        if (key === 'properties' || key === 'dependencies') strings.add(k);
        if (key === 'patternProperties' && PATTERN_SAMPLES[k]) PATTERN_SAMPLES[k].forEach((s) => strings.add(s));
        visit(x, k);
      }
    }
  };
  for (const d of docs) visit(d, undefined);
  const counts = [...numbers].filter((n) => Number.isInteger(n) && n >= 0 && n <= 5);
  return { numbers: [...numbers], counts, strings: [...strings].slice(0, 24), values };
}

/**
 * Decode a choice stream into a candidate event for `doc`: reads the schema's shape (types,
 * property names, required, enum values, boundary numbers and lengths, tuple items, contains,
 * combinators' branches) and the constants of both schemas. Choice 0 is the simplest option.
 */
export function eventFrom(doc, stream, constants) {
  let i = 0;
  const pick = (n) => (n <= 1 ? 0 : i < stream.length ? stream[i++] % n : 0);
  const choose = (list) => list[pick(list.length)];
  const anyValue = (depth) => {
    const c = pick(6);
    if (c === 0) return null;
    if (c === 1) return choose(constants.strings);
    if (c === 2) return choose(constants.numbers);
    if (c === 3 && constants.values.length > 0) return clone(choose(constants.values));
    if (c === 4 && depth < 3) return pick(2) === 0 ? {} : { [choose(NAMES)]: anyValue(depth + 1) };
    return clone(choose(POOL));
  };

  const gen = (schema, depth) => {
    const s = hints(doc, schema, pick);
    if (s === undefined || depth > 5) return anyValue(depth);
    if (pick(12) === 11) return anyValue(depth); // off the schema's shape now and then
    if (Array.isArray(s.enum) && s.enum.length > 0 && pick(5) !== 4) return clone(choose(s.enum));
    if ('const' in s && pick(5) !== 4) return clone(s.const);
    const declared = s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type];
    let type;
    if (declared && declared.length > 0 && pick(10) !== 9) type = choose(declared);
    else {
      const inferred = inferTypes(s);
      type = inferred.length > 0 && pick(4) !== 3 ? choose(inferred) : choose(TYPES);
    }
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return pick(2) === 1;
      case 'integer':
      case 'number':
        return choose(numberCandidates(s, constants, type === 'integer'));
      case 'string':
        return stringFrom(s, constants, pick, choose);
      case 'array':
        return arrayFrom(s, depth, pick, choose, gen, constants);
      case 'object':
        return objectFrom(s, depth, pick, choose, gen, constants);
      default:
        return anyValue(depth);
    }
  };
  return gen(doc, 0);
}

/** Follow `$ref`s (bounded) and merge in combinator branches that the event should satisfy. */
function hints(doc, schema, pick, level = 0) {
  const s = deref(doc, schema);
  if (s === undefined || s === true || s === false || !isObj(s)) return undefined;
  const plain = ({ allOf: _a, anyOf: _b, oneOf: _c, if: _i, then: _t, else: _e, ...rest }) => rest;
  let acc = { ...plain(s) };
  const branches = [];
  if (Array.isArray(s.allOf)) branches.push(...s.allOf);
  for (const k of ['anyOf', 'oneOf'])
    if (Array.isArray(s[k]) && s[k].length > 0) branches.push(s[k][pick(s[k].length)]);
  if (s.if !== undefined) branches.push(...(pick(2) === 0 ? [s.if, s.then] : [s.else]));
  for (const b of level < 4 ? branches : []) {
    const h = hints(doc, b, pick, level + 1);
    if (h) acc = mergeHints(acc, h);
  }
  return acc;
}

function mergeHints(a, b) {
  const out = { ...b, ...a };
  if (isObj(a.properties) && isObj(b.properties)) out.properties = { ...b.properties, ...a.properties };
  if (Array.isArray(a.required) && Array.isArray(b.required))
    out.required = [...new Set([...a.required, ...b.required])];
  if (a.type !== undefined && b.type !== undefined) {
    const ta = Array.isArray(a.type) ? a.type : [a.type];
    const tb = Array.isArray(b.type) ? b.type : [b.type];
    const both = ta.filter((t) => tb.includes(t) || (t === 'integer' && tb.includes('number')));
    for (const t of tb) if (t === 'integer' && ta.includes('number') && !both.includes('integer')) both.push('integer');
    if (both.length > 0) out.type = both;
  }
  return out;
}

/** Follow `$ref`s by base URI, as ajv does (see ./evolution-scopes.mjs); chains of up to 16 links. */
function deref(doc, schema) {
  let s = schema;
  for (let hop = 0; hop < 16; hop++) {
    if (!isObj(s) || typeof s.$ref !== 'string') return s;
    s = resolveRef(doc, s);
  }
  return undefined;
}

function inferTypes(s) {
  const out = [];
  const has = (...ks) => ks.some((k) => k in s);
  if (
    has(
      'properties',
      'required',
      'additionalProperties',
      'patternProperties',
      'dependencies',
      'minProperties',
      'maxProperties',
      'propertyNames',
    )
  )
    out.push('object');
  if (has('items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains')) out.push('array');
  if (has('minLength', 'maxLength', 'pattern')) out.push('string');
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) out.push('number', 'integer');
  return out;
}

function numberCandidates(s, constants, integer) {
  const local = [];
  for (const k of ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum']) {
    if (typeof s[k] === 'number') for (const d of [0, 1, -1, 0.5, -0.5]) local.push(s[k] + d);
  }
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0) {
    const base = typeof s.minimum === 'number' ? Math.ceil(s.minimum / s.multipleOf) : 0;
    for (let k = -1; k <= 2; k++) local.push((base + k) * s.multipleOf);
  }
  const all = [...local, ...constants.numbers, 0, 1];
  const filtered = integer ? all.filter(Number.isInteger) : all;
  return filtered.length > 0 ? filtered : [0];
}

function stringFrom(s, constants, pick, choose) {
  const c = pick(4);
  if (c === 1 && typeof s.pattern === 'string' && PATTERN_SAMPLES[s.pattern]) return choose(PATTERN_SAMPLES[s.pattern]);
  if (c === 2) return choose(constants.strings);
  const lengths = [];
  for (const k of ['minLength', 'maxLength'])
    if (typeof s[k] === 'number') lengths.push(s[k], s[k] + 1, Math.max(0, s[k] - 1));
  lengths.push(0, 1, 2, ...constants.counts);
  const n = Math.min(choose(lengths), 6);
  const alphabet = choose(['a', 'b', 'ab', 'c']);
  return alphabet.repeat(n).slice(0, n);
}

function arrayFrom(s, depth, pick, choose, gen, constants) {
  const tuple = Array.isArray(s.items) ? s.items : undefined;
  const lengths = [0, 1, 2, ...constants.counts];
  for (const k of ['minItems', 'maxItems']) if (typeof s[k] === 'number') lengths.push(s[k], s[k] + 1);
  if (tuple) lengths.push(tuple.length, tuple.length + 1);
  const n = Math.min(choose(lengths), 4);
  const out = [];
  for (let j = 0; j < n; j++) {
    const sub = tuple ? (j < tuple.length ? tuple[j] : s.additionalItems) : s.items;
    // Now and then a repeat of the previous element (uniqueItems).
    out.push(j > 0 && pick(4) === 3 ? clone(out[j - 1]) : gen(sub, depth + 1));
  }
  if (s.contains !== undefined && pick(3) !== 2) out.splice(pick(out.length + 1), pick(2), gen(s.contains, depth + 1));
  if (s.uniqueItems === true && pick(3) !== 2) {
    const seen = new Set();
    return out.filter((x) => {
      const k = canonical(x);
      return seen.has(k) ? false : (seen.add(k), true);
    });
  }
  return out;
}

function objectFrom(s, depth, pick, choose, gen, constants) {
  const props = isObj(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.map(String) : [];
  const deps = isObj(s.dependencies) ? s.dependencies : {};
  const patterns = isObj(s.patternProperties) ? Object.keys(s.patternProperties) : [];
  const names = [
    ...new Set([
      ...required,
      ...Object.keys(props),
      ...Object.keys(deps),
      ...NAMES,
      ...patterns.flatMap((p) => PATTERN_SAMPLES[p] ?? []),
      ...constants.strings.slice(0, 4),
    ]),
  ];
  const out = {};
  const valueFor = (name) => {
    if (name in props) return gen(props[name], depth + 1);
    const matching = patterns.filter((p) => safeTest(p, name));
    if (matching.length > 0) return gen(s.patternProperties[choose(matching)], depth + 1);
    if (isObj(s.additionalProperties)) return gen(s.additionalProperties, depth + 1);
    return gen(true, depth + 1);
  };
  for (const name of names) {
    const include = required.includes(name) ? pick(8) !== 7 : name in props ? pick(2) === 1 : pick(6) === 5;
    if (include) out[name] = valueFor(name);
  }
  for (const [name, dep] of Object.entries(deps)) {
    if (!(name in out) || !Array.isArray(dep) || pick(4) === 3) continue;
    for (const d of dep) if (!(d in out)) out[d] = valueFor(String(d));
  }
  if (typeof s.maxProperties === 'number' && pick(3) !== 2) {
    for (const k of Object.keys(out))
      if (Object.keys(out).length > s.maxProperties && !required.includes(k)) delete out[k];
  }
  if (typeof s.minProperties === 'number' && pick(3) !== 2) {
    for (const k of names) if (Object.keys(out).length < s.minProperties && !(k in out)) out[k] = valueFor(k);
  }
  return out;
}

function safeTest(pattern, s) {
  try {
    return new RegExp(pattern, 'u').test(s);
  } catch {
    return false;
  }
}
