// The NEW schema of a trial (see ../evolution-arbitraries.mjs): the old one after 1-3 mutations,
// each aimed at any subschema of the document (definitions included): set/add a keyword, delete
// one, nudge one (a number by ±1/±0.5, one element in/out of a list, a boolean flipped, a map
// entry in/out), rename a property, replace the node, or wrap/unwrap it in a combinator. Mutations
// put plain keywords beside `$ref`s: ajv (the oracle) applies them, the draft-07 text ignores them.

import fc from 'fast-check';
import { LIST_KEYWORDS, MAP_KEYWORDS } from '../evolution-scopes.mjs';
import {
  count,
  leafArb,
  nodeArb,
  num,
  propertyNamesSchema,
  repairRefs,
  subschemaSlots,
  typeArb,
} from './documents.mjs';
import { clone, isObj, same } from './json.mjs';
import { DEFS, MULTIPLES, NAMES, PATTERN_KEYS, PATTERNS, POOL, REFS, TYPES } from './vocabulary.mjs';

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
  dependencies: fc.record(
    Object.fromEntries(NAMES.map((n) => [n, fc.oneof(fc.subarray(NAMES, { minLength: 1 }), leafArb())])),
    { requiredKeys: [] },
  ),
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
    arbitrary: fc.record({
      op: fc.constant('set'),
      at: fc.nat(),
      kv: fc.oneof(...KEYWORDS.map((k) => KEYWORD_VALUES[k].map((v) => [k, v]))),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('del'), at: fc.nat(), idx: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace'), at: fc.nat(), schema: small() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('rename'),
      at: fc.nat(),
      idx: fc.nat(),
      to: fc.constantFrom(...NAMES, 'e'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('wrap'),
      at: fc.nat(),
      how: fc.constantFrom('allOf', 'anyOf', 'oneOf', 'notnot', 'unwrap'),
      extra: leafArb(),
    }),
  },
  // Equivalent forms (one-member combinators, duplicate members, constraints split across allOf).
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('wrap'),
      at: fc.nat(),
      how: fc.constantFrom('anyOf1', 'oneOf1', 'dup', 'split'),
      extra: fc.constant({}),
      r: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bool'), at: fc.nat(), value: fc.boolean() }) },
  // An edit of `then` or `else` under an unchanged `if`.
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('branch'),
      at: fc.nat(),
      which: fc.constantFrom('then', 'else'),
      inner: fc.oneof(
        fc.record({ op: fc.constant('tweak'), at: fc.constant(0), idx: fc.nat(), r: fc.nat() }),
        fc.record({ op: fc.constant('replace'), at: fc.constant(0), schema: leafArb(false) }),
      ),
    }),
  },
  // An `$id` moved to another subschema: the target changes behind an unchanged `$ref`.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('moveId'), at: fc.nat(), idx: fc.nat() }) },
);

/** Keywords a mutation may put beside a `$ref` (no subschemas: the ref's target stays what the chain names). */
const REF_SIBLINGS = [
  'type',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'enum',
  'const',
  'required',
  'minItems',
  'maxItems',
];

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
  const homes = slots.filter(
    ({ value, path }) =>
      path !== '' &&
      (typeof value === 'boolean' || (isObj(value) && typeof value.$ref !== 'string' && !('$id' in value))),
  );
  if (ids.length === 0 || homes.length === 0) return;
  const from = ids[m.at % ids.length].value;
  const to = homes[m.idx % homes.length];
  if (typeof to.value === 'boolean') to.holder[to.key] = to.value ? {} : { not: {} };
  to.holder[to.key].$id = from.$id;
  delete from.$id;
}

/** Keywords that read each other and stay in one schema when it is split across allOf members. */
const TOGETHER = [
  ['properties', 'patternProperties', 'additionalProperties'],
  ['items', 'additionalItems'],
  ['if', 'then', 'else'],
  ['minimum', 'exclusiveMinimum'],
  ['maximum', 'exclusiveMaximum'],
];
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
      value.properties = Object.fromEntries(
        Object.entries(value.properties).map(([k, v]) => [k === from ? m.to : k, v]),
      );
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
        const outer =
          isObj(value) && typeof value.$ref !== 'string'
            ? Object.fromEntries(Object.entries(value).filter(([k]) => STAY.includes(k)))
            : {};
        const inner =
          isObj(value) && typeof value.$ref !== 'string'
            ? Object.fromEntries(Object.entries(value).filter(([k]) => !STAY.includes(k)))
            : value;
        holder[key] = { ...outer, [m.how.slice(0, -1)]: [inner] };
        return;
      }
      if (m.how === 'dup') {
        const list = isObj(value)
          ? LIST_KEYWORDS.find((k) => Array.isArray(value[k]) && value[k].length > 0)
          : undefined;
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
      holder[key] =
        m.how === 'notnot'
          ? { not: { not: value } }
          : m.how === 'allOf'
            ? { allOf: [value] }
            : { [m.how]: [value, extra] };
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
