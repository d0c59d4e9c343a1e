// Generators and the soundness property of the schema-evolution engine, shared by the property
// tests (test/evolution/soundness.test.ts, through test/evolution/arbitraries.ts) and the long run
// (scripts/soundness.mjs). Plain ESM so that both vitest and plain Node load it; types are in
// evolution-arbitraries.d.mts beside it.
//
// A trial is (old schema, mutations, choice streams):
// - the OLD schema is a small random draft-07 schema over tiny shared vocabularies (property names
//   a/b/c, a few safe patterns, boundary numbers, a pool of enum values), so that mutations and
//   events keep hitting the same names and boundaries. Roots are open or closed objects (some
//   shaped like the platform's: closed, required, x-cxone-deprecated-fields), arrays or
//   combinators, with definitions and local `$ref`s (`#`, `#/definitions/dN`, so recursion too);
// - the NEW schema is the old one after 1-3 mutations, each aimed at any subschema of the document
//   (definitions included): set/add a keyword, delete one, nudge one (a number by ±1/±0.5, one
//   element in/out of a list, a boolean flipped, a map entry in/out), rename a property, replace
//   the node, or wrap/unwrap it in a combinator;
// - EVENTS are decoded from choice streams (arrays of naturals, like Hypothesis' choice
//   sequences) by a generator that reads the schema: its property names, required, enum values,
//   boundary numbers and lengths, tuple items, contains, combinator branches, and the constants
//   of both schemas. Choice 0 is always the simplest option, so when fast-check shrinks a stream
//   the event shrinks too. Only events that ajv accepts under the old schema are kept.
//
// The property (backward soundness): if an event is valid under old and invalid under new, some
// change of compareSchemas(old, new) breaks backward. A trial where some change already breaks
// holds trivially and costs no ajv compile; the others compile old (and new, when an event is
// valid under old) once and check every event. Mutations put plain keywords beside `$ref`s: ajv
// (the oracle) applies them, the draft-07 text ignores them, and the engine must report what
// either reading breaks. `format` is not generated (the oracle runs with validateFormats: false).

import fc from 'fast-check';
import { DRAFT_04, DRAFT_06, DRAFT_07, LIST_KEYWORDS, MAP_KEYWORDS, ONE_KEYWORDS, dialectUnsafe, isolated, resolveRef } from './evolution-scopes.mjs';

export { dialectOf, dialectUnsafe, resolveRef, scopesOf, withDialects } from './evolution-scopes.mjs';

export const NAMES = ['a', 'b', 'c'];
export const DEFS = ['d0', 'd1'];
export const REFS = ['#', '#/definitions/d0', '#/definitions/d1'];
export const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
/** Safe patterns (no backtracking hazards), with strings that match or almost match them. */
export const PATTERN_SAMPLES = {
  '^a': ['a', 'ab', 'ba'],
  'b$': ['b', 'ab', 'ba'],
  '^[ab]*$': ['', 'ab', 'abc'],
  '^.{0,2}$': ['', 'c', 'abc'],
  c: ['c', 'abc', 'ab'],
  '^$': ['', 'a'],
};
export const PATTERNS = Object.keys(PATTERN_SAMPLES);
export const PATTERN_KEYS = ['^a', 'b', '^c$'];
export const NUMBERS = [-1, 0, 0.5, 1, 2, 2.5, 3, 5];
export const MULTIPLES = [0.5, 1, 2, 3];
export const COUNTS = [0, 1, 2, 3];
export const POOL = ['a', 'b', 'ab', '', 0, 1, 2, 2.5, -1, true, false, null, [], ['a'], [1, 2], {}, { a: 1 }, { a: 1, b: 2 }];

/**
 * Options of the ajv oracle: `strict: false, validateFormats: false`, plus
 * - `allErrors: true`: ajv 8.20 with allErrors false skips `contains` on an EMPTY array when
 *   `items` is a tuple (the generated `if (valid0)` reads a variable only set for non-empty
 *   arrays), so it accepts `[]` under `{items: [{type: 'string'}], contains: {}}`; the
 *   all-errors code path is correct. ajv still compiles `not` and `if` subschemas with
 *   allErrors false, so trials where the bug can bite there are skipped (see oracleUnsafe);
 * - `code.optimize: false`: skips ajv's code simplification pass only (same verdicts, faster
 *   compiles; compiling is the cost of a trial).
 */
export const AJV_OPTIONS = { strict: false, validateFormats: false, allErrors: true, code: { optimize: false } };


const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const compact = (o) => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

// ---------------------------------------------------------------------------------------------
// Schemas

/** Absent (weight `absent`) or present (weight 1); shrinks to absent. */
const opt = (arb, absent = 3) => fc.oneof({ withCrossShrink: true }, { weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** A record of optional keywords: `model` maps keyword -> [arbitrary, absent weight]. */
const shape = (model) => fc.record(Object.fromEntries(Object.entries(model).map(([k, [arb, absent]]) => [k, opt(arb, absent)]))).map(compact);
const nonEmpty = (arb) => arb.filter((o) => Object.keys(o).length > 0);

export const typeArb = fc.oneof(
  { withCrossShrink: true },
  { weight: 5, arbitrary: fc.constantFrom(...TYPES) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 3 }) },
);
const count = fc.constantFrom(...COUNTS);
const num = fc.constantFrom(...NUMBERS);

const stringSchema = shape({
  type: [fc.constant('string'), 1],
  minLength: [count, 2],
  maxLength: [fc.constantFrom(1, 2, 3, 4), 2],
  pattern: [fc.constantFrom(...PATTERNS), 2],
});
const numberSchema = shape({
  type: [fc.constantFrom('number', 'integer'), 1],
  minimum: [num, 2],
  maximum: [num, 2],
  exclusiveMinimum: [num, 4],
  exclusiveMaximum: [num, 4],
  multipleOf: [fc.constantFrom(...MULTIPLES), 4],
});
const enumSchema = fc
  .tuple(
    fc.oneof(fc.record({ enum: fc.subarray(POOL, { minLength: 1, maxLength: 4 }) }), fc.record({ const: fc.constantFrom(...POOL) })),
    opt(fc.record({ type: typeArb }), 2),
  )
  .map(([e, t]) => ({ ...(t ?? {}), ...e }));
const refSchema = fc.constantFrom(...REFS).map(($ref) => ({ $ref }));
const propertyNamesSchema = fc.oneof(
  fc.record({ pattern: fc.constantFrom(...PATTERNS) }),
  fc.record({ maxLength: fc.constantFrom(1, 2) }),
  fc.record({ enum: fc.subarray(NAMES, { minLength: 1 }) }),
);

const objectSchema = (child) =>
  shape({
    type: [fc.constant('object'), 1],
    properties: [fc.record(Object.fromEntries(NAMES.map((n) => [n, child])), { requiredKeys: [] }), 1],
    required: [fc.subarray(NAMES, { minLength: 1 }), 2],
    additionalProperties: [fc.oneof(fc.constant(false), fc.constant(true), child), 2],
    patternProperties: [nonEmpty(fc.record(Object.fromEntries(PATTERN_KEYS.map((p) => [p, child])), { requiredKeys: [] })), 5],
    dependencies: [nonEmpty(fc.record(Object.fromEntries(NAMES.map((n) => [n, fc.oneof(fc.subarray(NAMES, { minLength: 1 }), child)])), { requiredKeys: [] })), 6],
    minProperties: [count, 6],
    maxProperties: [count, 6],
    propertyNames: [propertyNamesSchema, 6],
  });
const arraySchema = (child) =>
  shape({
    type: [fc.constant('array'), 1],
    items: [fc.oneof(child, fc.array(child, { minLength: 1, maxLength: 2 })), 1],
    additionalItems: [fc.oneof(fc.constant(false), child), 3],
    minItems: [count, 3],
    maxItems: [count, 3],
    uniqueItems: [fc.constant(true), 4],
    contains: [child, 4],
  });
const combinatorSchema = (child) =>
  fc
    .tuple(
      fc.oneof(
        fc.record({ allOf: fc.array(child, { minLength: 1, maxLength: 2 }) }),
        fc.record({ anyOf: fc.array(child, { minLength: 1, maxLength: 3 }) }),
        fc.record({ oneOf: fc.array(child, { minLength: 1, maxLength: 3 }) }),
        fc.record({ not: child }),
        shape({ if: [child, 0], then: [child, 1], else: [child, 1] }),
        // `if: {}` always takes `then`, `if: false` always `else`.
        shape({ if: [fc.constantFrom({}, true, false), 0], then: [child, 1], else: [child, 1] }),
        // A duplicate member counts once.
        fc.tuple(fc.constantFrom('allOf', 'anyOf', 'oneOf'), fc.array(child, { minLength: 1, maxLength: 2 })).map(([k, list]) => ({ [k]: [...list, clone(list[0])] })),
      ),
      opt(fc.record({ type: typeArb }), 3),
    )
    .map(([c, t]) => ({ ...(t ?? {}), ...c }));

const leafCache = new Map();
/** A schema without subschemas (or a `$ref`, when `refs`). */
export function leafArb(refs = true) {
  const key = String(refs);
  if (!leafCache.has(key)) {
    leafCache.set(
      key,
      fc.oneof(
        { withCrossShrink: true },
        { weight: 1, arbitrary: fc.constantFrom({}, true, false) },
        { weight: 2, arbitrary: fc.record({ type: typeArb }) },
        { weight: 3, arbitrary: stringSchema },
        { weight: 3, arbitrary: numberSchema },
        { weight: 2, arbitrary: enumSchema },
        ...(refs ? [{ weight: 1, arbitrary: refSchema }] : []),
      ),
    );
  }
  return leafCache.get(key);
}

const nodeCache = new Map();
/** A schema nested at most `depth` levels. */
export function nodeArb(depth, refs = true) {
  const key = `${depth}:${refs}`;
  if (!nodeCache.has(key)) {
    if (depth <= 0) nodeCache.set(key, leafArb(refs));
    else {
      const child = nodeArb(depth - 1, refs);
      nodeCache.set(
        key,
        fc.oneof(
          { withCrossShrink: true },
          { weight: 3, arbitrary: leafArb(refs) },
          { weight: 2, arbitrary: objectSchema(child) },
          { weight: 1, arbitrary: arraySchema(child) },
          { weight: 1, arbitrary: combinatorSchema(child) },
        ),
      );
    }
  }
  return nodeCache.get(key);
}

/** The platform's shape: a closed object with properties, required, maybe deprecated fields. */
const platformSchema = (child) =>
  fc
    .record({
      properties: fc.record(Object.fromEntries(NAMES.map((n) => [n, child])), { requiredKeys: [] }),
      extra: shape({ required: [fc.subarray(NAMES, { minLength: 1 }), 1], 'x-cxone-deprecated-fields': [fc.subarray(NAMES, { minLength: 1, maxLength: 1 }), 2] }),
    })
    .map(({ properties, extra }) => ({ type: 'object', title: 'Event', additionalProperties: false, properties, ...extra }));

/**
 * A whole document: an object schema at the root (composite, never a bare `$ref`), maybe with
 * definitions; one in three is of the classes below (`$id` scopes, `$ref` chains, dialects).
 */
export function documentArb(depth = 2) {
  return fc.oneof({ weight: 6, arbitrary: plainDocumentArb(depth) }, { weight: 1, arbitrary: scopedDocumentArb(depth) }, { weight: 1, arbitrary: chainDocumentArb(depth) }, { weight: 1, arbitrary: dialectDocumentArb(depth) });
}

function plainDocumentArb(depth) {
  const child = nodeArb(depth - 1);
  const root = fc.oneof(
    { weight: 3, arbitrary: objectSchema(child) },
    { weight: 2, arbitrary: platformSchema(child) },
    { weight: 1, arbitrary: arraySchema(child) },
    { weight: 1, arbitrary: combinatorSchema(child) },
  );
  const defs = opt(nonEmpty(fc.record({ d0: nodeArb(1), d1: nodeArb(1) }, { requiredKeys: [] })), 3);
  return fc.tuple(root, defs).map(([r, d]) => repairRefs(d ? { ...r, definitions: d } : r));
}

const ROOT_ID = 'http://example.com/schemas/root.json';
/**
 * `$ref`s resolved by base URI (draft-07): plain-name anchors (`$id: '#foo'`, `$ref: '#foo'`),
 * the document's own absolute or relative URI (`root.json#/definitions/d0`), and a nested `$id`
 * resource (`other.json`) whose own refs (`#/definitions/x`) resolve inside it, not at the root,
 * where a `d0` of the same name also exists. Targets sit in definitions, so mutations of them
 * change what an unchanged `$ref` means; ajv resolves all of these itself.
 */
export function scopedDocumentArb(depth = 2) {
  const child = nodeArb(Math.max(0, depth - 1), false);
  const nestedId = fc.constantFrom('other.json', 'sub/other.json', 'http://example.com/schemas/other.json', 'http://example.org/x.json');
  return fc
    .record({
      rootId: fc.constantFrom(undefined, ROOT_ID, 'http://example.com/schemas/root.json#'),
      nested: nestedId,
      d0: child,
      x: child,
      y: child,
      props: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }),
      required: opt(fc.subarray(NAMES, { minLength: 1 }), 2),
      closed: fc.boolean(),
    })
    .map(({ rootId, nested, d0, x, y, props, required, closed }) => {
      const abs = rootId === undefined ? undefined : ROOT_ID;
      const nestedUri = new URL(nested, abs ?? 'http://example.com/schemas/root.json').href;
      const refs = [
        '#foo',
        '#/definitions/d0',
        abs ? `${abs}#/definitions/d0` : '#bar',
        abs ? 'root.json#foo' : '#/definitions/d2',
        nested,
        `${nested}#/definitions/x`,
        `${nested}#inner`,
        abs ? nestedUri : nested,
        '#bar',
        '#/definitions/d1/definitions/y',
      ];
      const properties = Object.fromEntries(props.slice(0, NAMES.length).map((r, i) => [NAMES[i], { $ref: refs[r] }]));
      const anchored = (id, sch) => (isObj(sch) ? { ...sch, $id: id } : { $id: id, ...(sch === false ? { not: {} } : {}) });
      const doc = {
        ...(rootId ? { $id: rootId } : {}),
        type: 'object',
        properties,
        ...(required ? { required } : {}),
        ...(closed ? { additionalProperties: false } : {}),
        definitions: {
          d0: anchored('#foo', d0),
          // A resource of its own: its `#/definitions/d0` is ITS d0 (the integer), not the root's.
          d1: { $id: nested, type: 'object', properties: { a: { $ref: '#/definitions/d0' }, b: { $ref: '#inner' } }, definitions: { d0: { type: 'integer' }, x: anchored('#inner', x), y } },
          d2: anchored('#bar', { type: ['string', 'null'], maxLength: 2 }),
        },
      };
      return doc;
    });
}

/** A `$ref` chain of 2-6 links (some through anchors) to a target that mutations may change. */
export function chainDocumentArb(depth = 2) {
  return fc
    .record({ length: fc.integer({ min: 2, max: 6 }), anchors: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), target: nodeArb(Math.max(0, depth - 1), false), entry: fc.nat(5), extra: nodeArb(1, false) })
    .map(({ length, anchors, target, entry, extra }) => {
      const name = (i) => `c${i}`;
      const refTo = (i) => (anchors[i] ? `#${name(i)}` : `#/definitions/${name(i)}`);
      const definitions = {};
      for (let i = 0; i < length; i++) {
        const link = i === length - 1 ? (isObj(target) ? clone(target) : target ? {} : { not: {} }) : { allOf: [{ $ref: refTo(i + 1) }] };
        // A plain `$ref` link cannot carry an anchor (its siblings are ignored): anchored links are allOf-wrapped.
        definitions[name(i)] = anchors[i] ? { ...link, $id: `#${name(i)}` } : i === length - 1 ? link : { $ref: refTo(i + 1) };
      }
      return { type: 'object', properties: { a: { $ref: refTo(0) }, b: { $ref: refTo(entry % length) }, c: extra }, definitions };
    });
}

const stripIf = (doc) => {
  for (const { value } of subschemaSlots(doc)) {
    if (isObj(value)) for (const k of ['if', 'then', 'else']) delete value[k];
  }
  return doc;
};
/**
 * Documents that declare a dialect: draft-07 spelled out, draft-06 (no `if`: ajv would apply it,
 * draft-06 ignores it), and draft-04 (boolean exclusiveMinimum/exclusiveMaximum, `id`), which the
 * oracle skips (no draft-04 validator is installed): the engine must still not throw on them.
 */
export function dialectDocumentArb(depth = 2) {
  return fc.tuple(plainDocumentArb(depth), fc.constantFrom(DRAFT_07, DRAFT_06, DRAFT_06, DRAFT_04, 'http://json-schema.org/draft-06/schema')).map(([doc, $schema]) => {
    const d = clone(doc);
    if ($schema === DRAFT_04) return { $schema, ...toDraft04(d) };
    return { $schema, ...($schema === DRAFT_07 ? d : stripIf(d)) };
  });
}

/** Rewrite numeric exclusive bounds into draft-04's boolean form and boolean subschemas into objects. */
function toDraft04(doc) {
  const top = { root: doc };
  for (const { holder, key, value } of subschemaSlots(doc, top)) {
    if (typeof value === 'boolean') holder[key] = value ? {} : { not: {} };
    else if (isObj(value)) {
      for (const [ex, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
        if (typeof value[ex] === 'number') {
          value[bound] = value[ex];
          value[ex] = true;
        }
      }
      if ('const' in value) value.enum = [value.const];
      delete value.const;
    }
  }
  return top.root;
}

/** Give every `#/definitions/dN` a target (`{}` when missing), so ajv can compile the document. */
export function repairRefs(doc) {
  if (!isObj(doc)) return doc;
  const missing = new Set();
  for (const { value } of subschemaSlots(doc)) {
    if (isObj(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#/definitions/')) {
      const name = value.$ref.slice('#/definitions/'.length);
      if (!isObj(doc.definitions) || !(name in doc.definitions)) missing.add(name);
    }
  }
  if (missing.size === 0) return doc;
  const definitions = isObj(doc.definitions) ? { ...doc.definitions } : {};
  for (const name of missing) definitions[name] = {};
  return { ...doc, definitions };
}

/** Every place in the document that holds a subschema: { holder, key, value, path }; the root's holder is `top`. */
export function subschemaSlots(doc, top = { root: doc }) {
  const out = [];
  const stack = [[top, 'root', '']];
  while (stack.length > 0) {
    const [holder, key, path] = stack.pop();
    const s = holder[key];
    out.push({ holder, key, value: s, path });
    if (!isObj(s) || typeof s.$ref === 'string') continue;
    for (const k of MAP_KEYWORDS) {
      if (!isObj(s[k])) continue;
      for (const name of Object.keys(s[k])) {
        const v = s[k][name];
        if (k === 'dependencies' && Array.isArray(v)) continue;
        if (isObj(v) || typeof v === 'boolean') stack.push([s[k], name, `${path}/${k}/${name}`]);
      }
    }
    for (const k of ONE_KEYWORDS) {
      const v = s[k];
      if (isObj(v) || typeof v === 'boolean') stack.push([s, k, `${path}/${k}`]);
      else if (k === 'items' && Array.isArray(v)) v.forEach((_, i) => stack.push([v, i, `${path}/items/${i}`]));
    }
    for (const k of LIST_KEYWORDS) if (Array.isArray(s[k])) s[k].forEach((_, i) => stack.push([s[k], i, `${path}/${k}/${i}`]));
  }
  return out.reverse();
}

// ---------------------------------------------------------------------------------------------
// Mutations

const small = () => nodeArb(1);
/** Keyword -> arbitrary of a value for it. */
const KEYWORD_VALUES = {
  type: typeArb,
  minLength: count,
  maxLength: count,
  pattern: fc.constantFrom(...PATTERNS),
  minimum: num,
  maximum: num,
  exclusiveMinimum: num,
  exclusiveMaximum: num,
  multipleOf: fc.constantFrom(...MULTIPLES),
  enum: fc.subarray(POOL, { minLength: 1, maxLength: 4 }),
  const: fc.constantFrom(...POOL),
  properties: fc.record(Object.fromEntries(NAMES.map((n) => [n, leafArb()])), { requiredKeys: [] }),
  required: fc.subarray(NAMES, { minLength: 1 }),
  additionalProperties: fc.oneof(fc.constant(false), fc.constant(true), leafArb()),
  patternProperties: fc.record(Object.fromEntries(PATTERN_KEYS.map((p) => [p, leafArb()])), { requiredKeys: [] }),
  dependencies: fc.record(Object.fromEntries(NAMES.map((n) => [n, fc.oneof(fc.subarray(NAMES, { minLength: 1 }), leafArb())])), { requiredKeys: [] }),
  minProperties: count,
  maxProperties: count,
  propertyNames: propertyNamesSchema,
  items: fc.oneof(leafArb(), fc.array(leafArb(), { minLength: 1, maxLength: 2 })),
  additionalItems: fc.oneof(fc.constant(false), fc.constant(true), leafArb()),
  minItems: count,
  maxItems: count,
  uniqueItems: fc.boolean(),
  contains: leafArb(),
  allOf: fc.array(leafArb(), { minLength: 1, maxLength: 2 }),
  anyOf: fc.array(leafArb(), { minLength: 1, maxLength: 2 }),
  oneOf: fc.array(leafArb(), { minLength: 1, maxLength: 2 }),
  not: leafArb(),
  if: fc.oneof(leafArb(), fc.constantFrom({}, true, false)),
  then: leafArb(),
  else: leafArb(),
  $ref: fc.constantFrom(...REFS),
  description: fc.constantFrom('x', 'y'),
  'x-note': fc.constantFrom('x', 'y'),
};
export const KEYWORDS = Object.keys(KEYWORD_VALUES);

export const mutationArb = fc.oneof(
  { withCrossShrink: true },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('tweak'), at: fc.nat(), idx: fc.nat(), r: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('set'), at: fc.nat(), kv: fc.oneof(...KEYWORDS.map((k) => KEYWORD_VALUES[k].map((v) => [k, v]))) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('del'), at: fc.nat(), idx: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace'), at: fc.nat(), schema: small() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename'), at: fc.nat(), idx: fc.nat(), to: fc.constantFrom(...NAMES, 'e') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap'), at: fc.nat(), how: fc.constantFrom('allOf', 'anyOf', 'oneOf', 'notnot', 'unwrap'), extra: leafArb() }) },
  // Equivalent forms (one-member combinators, duplicate members, constraints split across allOf).
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap'), at: fc.nat(), how: fc.constantFrom('anyOf1', 'oneOf1', 'dup', 'split'), extra: fc.constant({}), r: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bool'), at: fc.nat(), value: fc.boolean() }) },
  // An edit of `then` or `else` under an unchanged `if`.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('branch'), at: fc.nat(), which: fc.constantFrom('then', 'else'), inner: fc.oneof(fc.record({ op: fc.constant('tweak'), at: fc.constant(0), idx: fc.nat(), r: fc.nat() }), fc.record({ op: fc.constant('replace'), at: fc.constant(0), schema: leafArb(false) })) }) },
  // An `$id` moved to another subschema: the target changes behind an unchanged `$ref`.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('moveId'), at: fc.nat(), idx: fc.nat() }) },
);

/** Keywords a mutation may put beside a `$ref` (no subschemas: the ref's target stays what the chain names). */
const REF_SIBLINGS = ['type', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum', 'const', 'required', 'minItems', 'maxItems'];

const toggle = (list, item) => (list.some((x) => same(x, item)) ? list.filter((x) => !same(x, item)) : [...list, item]);
const LEAVES = [{}, { type: 'string' }, { type: 'integer' }, false];

/** Apply the mutations to a copy of `doc`. Deterministic and pure. */
export function mutate(doc, mutations) {
  const top = { root: clone(doc) };
  for (const m of mutations) {
    const slots = subschemaSlots(top.root, top);
    if (m.op === 'branch' || m.op === 'moveId') {
      applyAcross(slots, m);
      continue;
    }
    const { holder, key, value } = slots[m.at % slots.length];
    applyOne(holder, key, value, m);
  }
  return repairRefs(top.root);
}

/** Mutations that pick their own nodes: a branch under an `if`, an `$id` and its new home. */
function applyAcross(slots, m) {
  if (m.op === 'branch') {
    const conds = slots.filter(({ value }) => isObj(value) && 'if' in value && typeof value.$ref !== 'string');
    if (conds.length === 0) return;
    const node = conds[m.at % conds.length].value;
    if (node[m.which] === undefined) node[m.which] = clone(LEAVES[m.at % LEAVES.length]);
    else applyOne(node, m.which, node[m.which], m.inner);
    return;
  }
  const ids = slots.filter(({ value, path }) => path !== '' && isObj(value) && typeof value.$id === 'string');
  const homes = slots.filter(({ value, path }) => path !== '' && (typeof value === 'boolean' || (isObj(value) && typeof value.$ref !== 'string' && !('$id' in value))));
  if (ids.length === 0 || homes.length === 0) return;
  const from = ids[m.at % ids.length].value;
  const to = homes[m.idx % homes.length];
  if (typeof to.value === 'boolean') to.holder[to.key] = to.value ? {} : { not: {} };
  to.holder[to.key].$id = from.$id;
  delete from.$id;
}

/** Keywords that read each other and stay in one schema when it is split across allOf members. */
const TOGETHER = [['properties', 'patternProperties', 'additionalProperties'], ['items', 'additionalItems'], ['if', 'then', 'else'], ['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']];
const STAY = ['$id', '$schema', 'definitions', 'id'];
/** `{k1..kn}` as `{allOf: [{some}, {rest}]}` (same instances); `r` picks which groups go first. */
function split(value, r) {
  const groups = [];
  for (const k of Object.keys(value)) {
    if (STAY.includes(k)) continue;
    const g = TOGETHER.find((t) => t.includes(k));
    const name = g ? g[0] : k;
    if (!groups.includes(name)) groups.push(name);
  }
  if (groups.length < 2) return undefined;
  const first = {};
  const rest = {};
  const outer = {};
  for (const [k, v] of Object.entries(value)) {
    if (STAY.includes(k)) outer[k] = v;
    else {
      const g = TOGETHER.find((t) => t.includes(k));
      const i = groups.indexOf(g ? g[0] : k);
      // The first group leads, the last closes the second member, the others go where `r` says.
      if (i === 0 || (i < groups.length - 1 && (r >> i) & 1)) first[k] = v;
      else rest[k] = v;
    }
  }
  if (Object.keys(rest).length === 0) return undefined;
  return { ...outer, allOf: [first, rest] };
}

function applyOne(holder, key, value, m) {
  const isRef = isObj(value) && typeof value.$ref === 'string';
  switch (m.op) {
    case 'replace':
      holder[key] = clone(m.schema);
      return;
    case 'bool':
      holder[key] = m.value;
      return;
    case 'rename': {
      // A property renamed (the same schema under another name), `required` following it.
      if (!isObj(value) || !isObj(value.properties)) return;
      const names = Object.keys(value.properties);
      const from = names[m.idx % Math.max(1, names.length)];
      if (from === undefined || m.to in value.properties) return;
      value.properties = Object.fromEntries(Object.entries(value.properties).map(([k, v]) => [k === from ? m.to : k, v]));
      if (Array.isArray(value.required)) value.required = value.required.map((r) => (r === from ? m.to : r));
      return;
    }
    case 'wrap': {
      if (m.how === 'unwrap') {
        if (!isObj(value)) return;
        const list = LIST_KEYWORDS.find((k) => Array.isArray(value[k]) && value[k].length > 0);
        if (list) holder[key] = value[list][0];
        else if ('not' in value && isObj(value.not) && 'not' in value.not) holder[key] = value.not.not;
        return;
      }
      if (m.how === 'anyOf1' || m.how === 'oneOf1') {
        // Base URI, dialect and definitions stay put, so every `$ref` still names the same schema.
        const outer = isObj(value) && typeof value.$ref !== 'string' ? Object.fromEntries(Object.entries(value).filter(([k]) => STAY.includes(k))) : {};
        const inner = isObj(value) && typeof value.$ref !== 'string' ? Object.fromEntries(Object.entries(value).filter(([k]) => !STAY.includes(k))) : value;
        holder[key] = { ...outer, [m.how.slice(0, -1)]: [inner] };
        return;
      }
      if (m.how === 'dup') {
        const list = isObj(value) ? LIST_KEYWORDS.find((k) => Array.isArray(value[k]) && value[k].length > 0) : undefined;
        if (list) value[list].splice(m.r % (value[list].length + 1), 0, clone(value[list][m.r % value[list].length]));
        else holder[key] = { [['allOf', 'anyOf'][m.r % 2]]: [value, clone(value)] };
        return;
      }
      if (m.how === 'split') {
        const parts = isObj(value) && typeof value.$ref !== 'string' ? split(value, m.r) : undefined;
        if (parts) holder[key] = parts;
        return;
      }
      const extra = clone(m.extra);
      holder[key] = m.how === 'notnot' ? { not: { not: value } } : m.how === 'allOf' ? { allOf: [value] } : { [m.how]: [value, extra] };
      return;
    }
    case 'set': {
      const [k, v] = m.kv;
      if (isRef && REF_SIBLINGS.includes(k)) {
        // A keyword beside a `$ref`: ajv applies it, the draft-07 text ignores it (the engine reads both ways).
        value[k] = clone(v);
        return;
      }
      if (k === '$ref' || isRef || typeof value === 'boolean') {
        holder[key] = k === '$ref' ? { $ref: v } : value === false ? { not: {}, [k]: clone(v) } : { [k]: clone(v) };
        return;
      }
      value[k] = clone(v);
      return;
    }
    case 'del': {
      const beside = isRef ? Object.keys(value).filter((k) => k !== '$ref') : [];
      if (typeof value === 'boolean') holder[key] = !value;
      else if (beside.length > 0) delete value[beside[m.idx % beside.length]];
      else if (isRef) holder[key] = {};
      else {
        const keys = Object.keys(value).filter((k) => k !== 'definitions');
        if (keys.length > 0) delete value[keys[m.idx % keys.length]];
      }
      return;
    }
    case 'tweak': {
      if (typeof value === 'boolean') {
        holder[key] = !value;
        return;
      }
      if (isRef) {
        holder[key] = { $ref: REFS[m.r % REFS.length] };
        return;
      }
      const keys = Object.keys(value);
      if (keys.length === 0) {
        holder[key] = clone(LEAVES[m.r % LEAVES.length]);
        return;
      }
      const k = keys[m.idx % keys.length];
      value[k] = tweakValue(k, value[k], m.r);
      if (value[k] === undefined) delete value[k];
      return;
    }
  }
}

function tweakValue(k, v, r) {
  const COUNT_KEYS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'];
  if (typeof v === 'number') {
    if (COUNT_KEYS.includes(k)) return Math.max(0, v + (r % 2 === 0 ? 1 : -1));
    if (k === 'multipleOf') return [0.5, 1, 2, 3, 4, 6].filter((x) => x !== v)[r % 5];
    return v + [1, -1, 0.5, -0.5][r % 4];
  }
  if (typeof v === 'boolean') return !v;
  if (k === 'type') {
    const list = toggle(Array.isArray(v) ? v : [v], TYPES[r % TYPES.length]);
    return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
  }
  if (k === 'enum') {
    const list = toggle(v, POOL[r % POOL.length]);
    return list.length === 0 ? v : list;
  }
  if (k === 'required') {
    const list = toggle(v, NAMES[r % NAMES.length]);
    return list.length === 0 ? undefined : list;
  }
  if (k === 'const') return clone(POOL[r % POOL.length]);
  if (k === 'pattern') return PATTERNS[r % PATTERNS.length];
  if (k === 'x-cxone-deprecated-fields' && Array.isArray(v)) return toggle(v, NAMES[r % NAMES.length]);
  if (typeof v === 'string') return `${v}!`; // description, title, x-note
  if (MAP_KEYWORDS.includes(k) && isObj(v)) {
    const names = k === 'patternProperties' ? PATTERN_KEYS : k === 'definitions' ? DEFS : NAMES;
    const name = names[Math.floor(r / 7) % names.length];
    const out = { ...v };
    if (name in out) delete out[name];
    else out[name] = k === 'dependencies' && r % 2 === 0 ? [NAMES[r % NAMES.length]] : clone(LEAVES[r % LEAVES.length]);
    return out;
  }
  if (Array.isArray(v)) {
    // allOf / anyOf / oneOf / tuple items: drop one branch or add a simple one.
    if (v.length > 1 && r % 2 === 0) return v.filter((_, i) => i !== Math.floor(r / 2) % v.length);
    return [...v, clone(LEAVES[Math.floor(r / 2) % LEAVES.length])];
  }
  // A subschema-valued keyword (additionalProperties, not, if, ...): swap for a simple one.
  return clone([true, false, {}, { type: 'string' }][r % 4]);
}

// ---------------------------------------------------------------------------------------------
// Events

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
  for (const k of ['anyOf', 'oneOf']) if (Array.isArray(s[k]) && s[k].length > 0) branches.push(s[k][pick(s[k].length)]);
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
  if (Array.isArray(a.required) && Array.isArray(b.required)) out.required = [...new Set([...a.required, ...b.required])];
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
  if (has('properties', 'required', 'additionalProperties', 'patternProperties', 'dependencies', 'minProperties', 'maxProperties', 'propertyNames')) out.push('object');
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
  for (const k of ['minLength', 'maxLength']) if (typeof s[k] === 'number') lengths.push(s[k], s[k] + 1, Math.max(0, s[k] - 1));
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
  const names = [...new Set([...required, ...Object.keys(props), ...Object.keys(deps), ...NAMES, ...patterns.flatMap((p) => PATTERN_SAMPLES[p] ?? []), ...constants.strings.slice(0, 4)])];
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
    for (const k of Object.keys(out)) if (Object.keys(out).length > s.maxProperties && !required.includes(k)) delete out[k];
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

/** JSON with sorted keys (deep-equality key as ajv sees it). */
export function canonical(v) {
  const sort = (x) => (Array.isArray(x) ? x.map(sort) : isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x);
  return JSON.stringify(sort(v));
}
const same = (a, b) => canonical(a) === canonical(b);

// ---------------------------------------------------------------------------------------------
// The property

const schemasOf = (doc) => subschemaSlots(doc).map(({ value }) => value);

/**
 * True when ajv may misjudge the document (the tuple-items + contains bug above, in a `not` or
 * `if` subschema, where ajv forces allErrors off). Conservative: any node with a tuple `items`
 * and `contains`, in a document that has a `not` or an `if` anywhere.
 */
export function oracleUnsafe(doc) {
  let tupleContains = false;
  let shortCircuit = false;
  for (const { value } of subschemaSlots(doc)) {
    if (!isObj(value)) continue;
    if (Array.isArray(value.items) && 'contains' in value) tupleContains = true;
    if ('not' in value || 'if' in value) shortCircuit = true;
  }
  return tupleContains && shortCircuit;
}

/**
 * Build the soundness checks around an engine and an ajv instance (`new Ajv({ strict: false,
 * validateFormats: false })`). `check(trial, direction)` returns an outcome; it throws an Error
 * whose message shows old, new, the event and the changes when the property is violated.
 * direction 'backward': valid under old, invalid under new => some change breaks backward.
 * direction 'forward' : valid under new, invalid under old => some change is forward-breaking.
 */
export function makeSoundness({ compareSchemas, breaksBackward, verdict, ajv }) {
  const stats = { trials: 0, trivial: 0, skipped: 0, guarded: 0, dialect: 0, noEvents: 0, checked: 0, events: 0 };
  const compile = (schema) => {
    try {
      const v = isolated(ajv, () => ajv.compile(schema));
      return (e) => {
        try {
          return { ok: v(e) };
        } catch {
          return { error: true }; // e.g. a non-descending $ref loop: ajv recurses forever
        }
      };
    } catch {
      return undefined;
    } finally {
      if (isObj(schema)) ajv.removeSchema(schema);
    }
  };
  const breaks = (direction) => (c) => (direction === 'backward' ? breaksBackward(c) : verdict(c, 'forward') === 'breaking');

  function check(trial, direction = 'backward') {
    stats.trials++;
    const oldDoc = trial.old;
    const newDoc = mutate(trial.old, trial.mutations);
    const [from, to] = direction === 'backward' ? [oldDoc, newDoc] : [newDoc, oldDoc];
    const before = [canonical(oldDoc), canonical(newDoc)];
    let changes;
    try {
      changes = compareSchemas(oldDoc, newDoc);
    } catch (err) {
      throw new Error(report('compareSchemas threw', { oldDoc: JSON.parse(before[0]), newDoc: JSON.parse(before[1]), error: err }));
    }
    if (canonical(oldDoc) !== before[0] || canonical(newDoc) !== before[1]) {
      throw new Error(report('compareSchemas modified its input', { oldDoc: JSON.parse(before[0]), newDoc: JSON.parse(before[1]) }));
    }
    if (changes.some(breaks(direction))) {
      stats.trivial++;
      return 'trivial';
    }
    if (oracleUnsafe(oldDoc) || oracleUnsafe(newDoc)) {
      stats.guarded++;
      return 'skipped';
    }
    if (dialectUnsafe(oldDoc, schemasOf(oldDoc)) || dialectUnsafe(newDoc, schemasOf(newDoc))) {
      stats.dialect++;
      return 'skipped';
    }
    const validFrom = compile(from);
    if (!validFrom) {
      stats.skipped++;
      return 'skipped';
    }
    const constants = constantsOf(oldDoc, newDoc);
    const candidates = [];
    for (const stream of [[], ...trial.streams]) {
      const event = eventFrom(from, stream, constants);
      const r = validFrom(event);
      if (r.error) {
        stats.skipped++;
        return 'skipped';
      }
      if (r.ok) candidates.push(event);
    }
    if (candidates.length === 0) {
      stats.noEvents++;
      return 'no-events';
    }
    const validTo = compile(to);
    if (!validTo) {
      stats.skipped++;
      return 'skipped';
    }
    for (const event of candidates) {
      const r = validTo(event);
      if (r.error) {
        stats.skipped++;
        return 'skipped';
      }
      if (!r.ok) {
        const minimal = minimizeEvent(event, (e) => validFrom(e).ok === true && validTo(e).ok === false);
        const what =
          direction === 'backward'
            ? 'an event valid under OLD is invalid under NEW, but no change breaks backward'
            : 'an event valid under NEW is invalid under OLD, but no change is forward-breaking';
        throw new Error(report(what, { oldDoc, newDoc, event: minimal, changes, verdictOf: (c) => (breaks(direction)(c) ? 'breaking' : 'ok') }));
      }
    }
    stats.checked++;
    stats.events += candidates.length;
    return 'checked';
  }
  return { check, stats };
}

/** The failure message: everything needed to turn the counterexample into a unit test. */
export function report(what, { oldDoc, newDoc, event, changes, error, verdictOf }) {
  const lines = [`soundness: ${what}`, `old:     ${JSON.stringify(oldDoc)}`, `new:     ${JSON.stringify(newDoc)}`];
  if (event !== undefined || changes) lines.push(`event:   ${JSON.stringify(event)}`);
  if (changes) {
    lines.push(`changes: ${changes.length === 0 ? '(none)' : ''}`);
    for (const c of changes) {
      const flags = [c.negated ? 'negated' : '', c.exclusive ? 'exclusive' : ''].filter(Boolean).join(',');
      lines.push(`  - ${c.kind} at "${c.pointer}"${flags ? ` [${flags}]` : ''} -> ${verdictOf ? verdictOf(c) : '?'}: ${c.message}`);
    }
  }
  if (error) lines.push(`error:   ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 6).join('\n         ') : String(error)}`);
  return lines.join('\n');
}

/** Greedy shrink of a failing event: drop keys and elements, simplify scalars, while `fails` holds. */
export function minimizeEvent(event, fails) {
  let best = event;
  let budget = 400;
  let improved = true;
  while (improved && budget > 0) {
    improved = false;
    for (const candidate of simpler(best)) {
      if (--budget <= 0) break;
      if (fails(candidate)) {
        best = candidate;
        improved = true;
        break;
      }
    }
  }
  return best;
}

function* simpler(v) {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield [...v.slice(0, i), ...v.slice(i + 1)];
    for (let i = 0; i < v.length; i++) for (const x of simpler(v[i])) yield [...v.slice(0, i), x, ...v.slice(i + 1)];
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      const { [k]: _drop, ...rest } = v;
      yield rest;
    }
    for (const k of Object.keys(v)) for (const x of simpler(v[k])) yield { ...v, [k]: x };
  } else if (typeof v === 'number') {
    if (v !== 0) yield 0;
    if (!Number.isInteger(v)) yield Math.trunc(v);
  } else if (typeof v === 'string') {
    if (v !== '') yield '';
    if (v.length > 1) yield v.slice(1);
  } else if (v === true) yield false;
}

/**
 * Which keywords differ between two documents: the innermost schema keyword at each difference
 * (e.g. `maximum`, `properties`, `(node)` when a subschema changes between boolean and object).
 * The long run uses it to group failures into classes.
 */
export function differingKeywords(a, b) {
  const out = new Set();
  const schema = (x, y) => {
    if (same(x, y)) return;
    if (!isObj(x) || !isObj(y)) return void out.add(isObj(x) && x.$ref ? '$ref' : isObj(y) && y.$ref ? '$ref' : '(node)');
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (same(x[k], y[k])) continue;
      if (!(k in x) || !(k in y)) out.add(k);
      else if (MAP_KEYWORDS.includes(k) && isObj(x[k]) && isObj(y[k])) {
        for (const n of new Set([...Object.keys(x[k]), ...Object.keys(y[k])])) {
          if (same(x[k][n], y[k][n])) continue;
          if (!(n in x[k]) || !(n in y[k]) || Array.isArray(x[k][n]) || Array.isArray(y[k][n])) out.add(k);
          else schema(x[k][n], y[k][n]);
        }
      } else if (ONE_KEYWORDS.includes(k) && !(Array.isArray(x[k]) || Array.isArray(y[k]))) schema(x[k], y[k]);
      else if ((LIST_KEYWORDS.includes(k) || k === 'items') && Array.isArray(x[k]) && Array.isArray(y[k]) && x[k].length === y[k].length) {
        x[k].forEach((_, i) => schema(x[k][i], y[k][i]));
      } else out.add(k);
    }
  };
  schema(a, b);
  return [...out].sort();
}
