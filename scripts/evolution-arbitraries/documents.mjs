// The OLD schema of a trial (see ../evolution-arbitraries.mjs): a small random draft-07 schema
// over tiny shared vocabularies (./vocabulary.mjs: property names a/b/c, a few safe patterns,
// boundary numbers, a pool of enum values), so that mutations and events keep hitting the same
// names and boundaries. Roots are open or closed objects (some shaped like the platform's: closed,
// required, x-cxone-deprecated-fields), arrays or combinators, with definitions and local `$ref`s
// (`#`, `#/definitions/dN`, so recursion too); some documents use `$id` scopes, `$ref` chains or
// dialects. Also the walk over a document's subschemas (subschemaSlots) and repairRefs, which the
// mutations and the property use.

import fc from 'fast-check';
import { DRAFT_04, DRAFT_06, DRAFT_07, LIST_KEYWORDS, MAP_KEYWORDS, ONE_KEYWORDS } from '../evolution-scopes.mjs';
import { clone, compact, isObj } from './json.mjs';
import { COUNTS, MULTIPLES, NAMES, NUMBERS, PATTERN_KEYS, PATTERNS, POOL, REFS, TYPES } from './vocabulary.mjs';

/** Absent (weight `absent`) or present (weight 1); shrinks to absent. */
const opt = (arb, absent = 3) =>
  fc.oneof(
    { withCrossShrink: true },
    { weight: absent, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: arb },
  );
/** A record of optional keywords: `model` maps keyword -> [arbitrary, absent weight]. */
const shape = (model) =>
  fc.record(Object.fromEntries(Object.entries(model).map(([k, [arb, absent]]) => [k, opt(arb, absent)]))).map(compact);
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
    fc.oneof(
      fc.record({ enum: fc.subarray(POOL, { minLength: 1, maxLength: 4 }) }),
      fc.record({ const: fc.constantFrom(...POOL) }),
    ),
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
    patternProperties: [
      nonEmpty(fc.record(Object.fromEntries(PATTERN_KEYS.map((p) => [p, child])), { requiredKeys: [] })),
      5,
    ],
    dependencies: [
      nonEmpty(
        fc.record(Object.fromEntries(NAMES.map((n) => [n, fc.oneof(fc.subarray(NAMES, { minLength: 1 }), child)])), {
          requiredKeys: [],
        }),
      ),
      6,
    ],
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
        fc
          .tuple(fc.constantFrom('allOf', 'anyOf', 'oneOf'), fc.array(child, { minLength: 1, maxLength: 2 }))
          .map(([k, list]) => ({ [k]: [...list, clone(list[0])] })),
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
      extra: shape({
        required: [fc.subarray(NAMES, { minLength: 1 }), 1],
        'x-cxone-deprecated-fields': [fc.subarray(NAMES, { minLength: 1, maxLength: 1 }), 2],
      }),
    })
    .map(({ properties, extra }) => ({
      type: 'object',
      title: 'Event',
      additionalProperties: false,
      properties,
      ...extra,
    }));

/**
 * A whole document: an object schema at the root (composite, never a bare `$ref`), maybe with
 * definitions; one in three is of the classes below (`$id` scopes, `$ref` chains, dialects).
 */
export function documentArb(depth = 2) {
  return fc.oneof(
    { weight: 6, arbitrary: plainDocumentArb(depth) },
    { weight: 1, arbitrary: scopedDocumentArb(depth) },
    { weight: 1, arbitrary: chainDocumentArb(depth) },
    { weight: 1, arbitrary: dialectDocumentArb(depth) },
  );
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
  const nestedId = fc.constantFrom(
    'other.json',
    'sub/other.json',
    'http://example.com/schemas/other.json',
    'http://example.org/x.json',
  );
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
      const anchored = (id, sch) =>
        isObj(sch) ? { ...sch, $id: id } : { $id: id, ...(sch === false ? { not: {} } : {}) };
      const doc = {
        ...(rootId ? { $id: rootId } : {}),
        type: 'object',
        properties,
        ...(required ? { required } : {}),
        ...(closed ? { additionalProperties: false } : {}),
        definitions: {
          d0: anchored('#foo', d0),
          // A resource of its own: its `#/definitions/d0` is ITS d0 (the integer), not the root's.
          d1: {
            $id: nested,
            type: 'object',
            properties: { a: { $ref: '#/definitions/d0' }, b: { $ref: '#inner' } },
            definitions: { d0: { type: 'integer' }, x: anchored('#inner', x), y },
          },
          d2: anchored('#bar', { type: ['string', 'null'], maxLength: 2 }),
        },
      };
      return doc;
    });
}

/** A `$ref` chain of 2-6 links (some through anchors) to a target that mutations may change. */
export function chainDocumentArb(depth = 2) {
  return fc
    .record({
      length: fc.integer({ min: 2, max: 6 }),
      anchors: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      target: nodeArb(Math.max(0, depth - 1), false),
      entry: fc.nat(5),
      extra: nodeArb(1, false),
    })
    .map(({ length, anchors, target, entry, extra }) => {
      const name = (i) => `c${i}`;
      const refTo = (i) => (anchors[i] ? `#${name(i)}` : `#/definitions/${name(i)}`);
      const definitions = {};
      for (let i = 0; i < length; i++) {
        const link =
          i === length - 1
            ? isObj(target)
              ? clone(target)
              : target
                ? {}
                : { not: {} }
            : { allOf: [{ $ref: refTo(i + 1) }] };
        // A plain `$ref` link cannot carry an anchor (its siblings are ignored): anchored links are allOf-wrapped.
        definitions[name(i)] = anchors[i]
          ? { ...link, $id: `#${name(i)}` }
          : i === length - 1
            ? link
            : { $ref: refTo(i + 1) };
      }
      return {
        type: 'object',
        properties: { a: { $ref: refTo(0) }, b: { $ref: refTo(entry % length) }, c: extra },
        definitions,
      };
    });
}

const stripIf = (doc) => {
  for (const { value } of subschemaSlots(doc)) {
    if (isObj(value)) for (const k of ['if', 'then', 'else']) delete value[k];
  }
  return doc;
};
/**
 * Documents that declare a dialect: draft-07 spelled out, draft-06 (no `if`: draft-06 ignores it;
 * mutations may add one, which the oracle drops), and draft-04 (boolean exclusiveMinimum/
 * exclusiveMaximum, `enum` for `const`, no boolean subschemas), judged by ajv-draft-04; some
 * draft-04 ones are the `$id` scoped documents spelt with draft-04's `id`.
 */
export function dialectDocumentArb(depth = 2) {
  const plain = fc
    .tuple(
      plainDocumentArb(depth),
      fc.constantFrom(DRAFT_07, DRAFT_06, DRAFT_06, DRAFT_04, 'http://json-schema.org/draft-06/schema'),
    )
    .map(([doc, $schema]) => {
      const d = clone(doc);
      if ($schema === DRAFT_04) return { $schema, ...toDraft04(d) };
      return { $schema, ...($schema === DRAFT_07 ? d : stripIf(d)) };
    });
  const scoped04 = scopedDocumentArb(depth).map((doc) => ({
    $schema: DRAFT_04,
    ...toDraft04(toDraft04Ids(clone(doc))),
  }));
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: scoped04 });
}

/** `$id` spelt `id`, as draft-04 names it (anchors `#foo` and resources alike). */
function toDraft04Ids(doc) {
  for (const { value } of subschemaSlots(doc)) {
    if (isObj(value) && typeof value.$id === 'string') {
      value.id = value.$id;
      delete value.$id;
    }
  }
  return doc;
}

/** Rewrite numeric exclusive bounds into draft-04's boolean form and boolean subschemas into objects. */
function toDraft04(doc) {
  const top = { root: doc };
  for (const { holder, key, value } of subschemaSlots(doc, top)) {
    if (typeof value === 'boolean') holder[key] = value ? {} : { not: {} };
    else if (isObj(value)) {
      for (const [ex, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
      ]) {
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
    for (const k of LIST_KEYWORDS)
      if (Array.isArray(s[k])) s[k].forEach((_, i) => stack.push([s[k], i, `${path}/${k}/${i}`]));
  }
  return out.reverse();
}

// The same arbitraries for the mutations' keyword values (./mutations.mjs); not re-exported by the barrel.
export { count, num, propertyNamesSchema };
