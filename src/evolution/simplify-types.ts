// Keywords that do not apply to the instance types a node can hold are no constraint (draft-07:
// `minimum` ignores strings, `required` ignores arrays, ...). The types a node can hold come from
// `type` and from the values of its `enum` (`const` is a one-value `enum` by now). (`{type:
// integer}` against `{type: number, multipleOf: 1}` is settled by ./families/types.ts and
// ./families/numbers.ts, which see both sides.)

import { jsonTypeOf } from '../core/json-type.js';
import { affectsValidation, asSchema, type Schema } from './schema-model.js';
import { keepDependencies, setAside } from './simplify-aside.js';
import { patternLengths } from './witness/regex-language.js';
import { regex } from './witness/schema.js';
import { noNameAllowed } from './simplify-values.js';
import { validValue } from './value-check.js';
import { ANY_TYPE, APPLIES_TO, bitsOfTypes, OBJECT, STRING, typeList, typesOf } from './type-bits.js';

/**
 * Rewrite `p` in place; true when anything changed. Most nodes hold no inapplicable keyword: found
 * without building a set.
 */
export function pruneByType(p: Schema): boolean {
  if (p.type === undefined && p.enum === undefined) return false;
  let types: Set<string> | undefined | null = null;
  let changed = false;
  for (const k of Object.keys(p)) {
    const type = APPLIES_TO.get(k);
    if (type === undefined) continue;
    if (types === null) types = possibleTypes(p);
    if (!types || types.has(type) || (type === 'number' && types.has('integer'))) continue;
    setAside(p, k, p[k]);
    delete p[k];
    changed = true;
  }
  return changed;
}

/**
 * The JSON types `p` can hold (integer ⊂ number: `number` here means "numbers, not only integers");
 * undefined = any.
 */
function possibleTypes(p: Schema): Set<string> | undefined {
  let out: Set<string> | undefined;
  if (Array.isArray(p.type)) {
    out = new Set(p.type.map(String));
    if (out.has('number')) out.add('integer');
  }
  if (Array.isArray(p.enum)) {
    const values = new Set<string>();
    for (const v of p.enum) {
      const t = jsonTypeOf(v) ?? typeof v;
      values.add(t);
      if (t === 'integer') values.add('number');
    }
    out = out ? new Set([...out].filter((t) => values.has(t))) : values;
    // An integer value is a number too; a non-integer one is allowed only by `number`.
    if (out.has('number') && ![...p.enum].some((v) => typeof v === 'number' && !Number.isInteger(v)))
      out.delete('number');
  }
  return out;
}

/**
 * When the types the node can hold (`bits`, ./simplify-empty.ts) leave out every type some keyword
 * of `p` is for, `type` says so and that keyword goes (the same values validate): `properties`
 * beside a `required` name declared `false` constrain nothing, since no object can be valid.
 */
export function confineToTypes(p: Schema, bits: number): boolean {
  if (bits === 0 || bits === ANY_TYPE) return false;
  const dead = Object.keys(p).some((k) => {
    const type = APPLIES_TO.get(k);
    return type !== undefined && (bits & bitsOfTypes([type])) === 0;
  });
  if (!dead) return false;
  p.type = typeList(bits);
  pruneByType(p);
  return true;
}

/** `multipleOf` values every integer is a multiple of, under ajv's exact division too. */
const INTEGRAL_DIVISORS = new Set([1, 0.5, 0.25, 0.125]);

/** Keywords that only constrain the items, or the properties, of an array or object. */
const ITEM_KEYWORDS = ['items', 'additionalItems', 'uniqueItems'];
const MEMBER_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'dependencies'];

/**
 * Keywords that constrain nothing given the node's other keywords (the same values validate):
 * `multipleOf: 1` when `type` admits no non-integer number; `uniqueItems` when at most one item
 * is allowed; item keywords when no item is (`maxItems: 0`), property keywords when no property
 * is (`maxProperties: 0`); `additionalItems` past a `maxItems` the tuple already covers (a
 * `maxItems` as long as the tuple closes it: `moved` is told); `minProperties` `required` meets; a
 * `propertyNames` every string passes, or every name a closed object declares; `minItems: 1`
 * beside `contains`. And names a required name's dependency list brings are
 * required too (written into `required`).
 */
export function dropVacuous(p: Schema, moved?: (key: string, from: string) => void): boolean {
  let changed = false;
  const drop = (k: string) => {
    if (p[k] === undefined) return;
    setAside(p, k, p[k]);
    delete p[k];
    changed = true;
  };
  if (
    typeof p.multipleOf === 'number' &&
    INTEGRAL_DIVISORS.has(p.multipleOf) &&
    Array.isArray(p.type) &&
    !p.type.includes('number') &&
    p.type.includes('integer')
  )
    drop('multipleOf');
  if (p.maxItems === 0) ITEM_KEYWORDS.forEach(drop);
  if (p.maxProperties === 0) MEMBER_KEYWORDS.forEach(drop);
  if (p.uniqueItems === true && typeof p.maxItems === 'number' && p.maxItems <= 1) drop('uniqueItems');
  if (Array.isArray(p.items)) {
    // Positions past `maxItems` are never filled: the tuple is as long as maxItems allows.
    const tuple = p.items as unknown[];
    if (typeof p.maxItems === 'number' && p.maxItems >= 1 && p.maxItems < tuple.length) {
      p.items = tuple.slice(0, Math.floor(p.maxItems));
      changed = true;
    }
    // `maxItems: n` on a tuple of n is a closed tuple (one form for both; findings point at maxItems).
    const n = (p.items as unknown[]).length;
    const closed = p.additionalItems !== undefined && typesOf(p.additionalItems) === 0;
    if (p.maxItems === n && !closed) {
      p.additionalItems = { not: {} };
      moved?.('additionalItems', 'maxItems');
      drop('maxItems');
    } else if (typeof p.maxItems === 'number' && p.maxItems < n) drop('additionalItems');
    else if (closed && typeof p.maxItems === 'number') drop('maxItems');
  }
  if (Array.isArray(p.required) && p.dependencies !== undefined) changed = closeRequired(p) || changed;
  if (noNameAllowed(p)) ['maxProperties', 'propertyNames', 'dependencies'].forEach(drop);
  if (typeof p.minProperties === 'number' && Array.isArray(p.required) && p.minProperties <= p.required.length)
    drop('minProperties');
  if (coversAll(p.propertyNames, STRING) || namesAllPass(p)) drop('propertyNames');
  // Every name the object can hold is declared or matches a pattern: no name is "additional".
  if (p.additionalProperties !== undefined && noneAdditional(p)) drop('additionalProperties');
  changed = dropObjectDependencies(p) || changed;
  if (typeof p.pattern === 'string' && (p.minLength !== undefined || p.maxLength !== undefined)) {
    // Length bounds every match of the pattern meets already (read from its tree).
    const lengths = patternLengths(p.pattern);
    if (lengths && typeof p.minLength === 'number' && lengths.min >= p.minLength) drop('minLength');
    if (lengths && typeof p.maxLength === 'number' && lengths.max <= p.maxLength) drop('maxLength');
  }
  // `contains` asks for an item already.
  if (p.contains !== undefined && typeof p.minItems === 'number' && p.minItems <= 1) drop('minItems');
  return changed;
}

/**
 * The names an object can hold, when they are few and known: the required ones when they fill
 * maxProperties; the declared ones of a closed object (no `additionalProperties`, no pattern that
 * admits a name); `closedToo: false` leaves that last source out.
 */
function knownNames(p: Schema, closedToo = true): string[] | undefined {
  const required = Array.isArray(p.required) ? [...new Set(p.required.map(String))] : [];
  if (typeof p.maxProperties === 'number' && required.length >= p.maxProperties) return required;
  if (!closedToo || p.additionalProperties === undefined || typesOf(p.additionalProperties) !== 0) return undefined;
  const patterns = (p.patternProperties ?? {}) as Record<string, unknown>;
  if (Object.values(patterns).some((s) => typesOf(s) !== 0)) return undefined;
  const props = (p.properties ?? {}) as Record<string, unknown>;
  return Object.keys(props).filter((name) => typesOf(props[name]) !== 0);
}

/** When the object can hold only known names and `propertyNames` certainly passes each, it rejects nothing. */
function namesAllPass(p: Schema): boolean {
  if (p.propertyNames === undefined) return false;
  const names = knownNames(p);
  return names !== undefined && names.every((name) => validValue(p.propertyNames, name) === true);
}

/**
 * Names beyond the declared and pattern ones never occur: `propertyNames` lists them, or required
 * names fill maxProperties.
 */
function noneAdditional(p: Schema): boolean {
  const listed = asSchema(p.propertyNames)?.enum;
  const names =
    knownNames(p, false) ??
    (Array.isArray(listed) && listed.length <= 256
      ? listed.filter((n): n is string => typeof n === 'string')
      : undefined);
  if (names === undefined) return false;
  const props = (p.properties ?? {}) as Record<string, unknown>;
  const patterns = Object.keys((p.patternProperties ?? {}) as Record<string, unknown>).map(regex);
  if (patterns.some((re) => re === null)) return false; // a pattern not run: which names it takes is unknown
  return names.every((n) => Object.hasOwn(props, n) || patterns.some((re) => re!.test(n)));
}

/**
 * Dependency schemas that only say "an object" (often all that is left once keywords of other types
 * are dropped) ask nothing.
 */
function dropObjectDependencies(p: Schema): boolean {
  const deps = p.dependencies;
  if (deps === null || typeof deps !== 'object' || Array.isArray(deps)) return false;
  const kept = Object.entries(deps as Record<string, unknown>).filter(
    ([, dep]) => Array.isArray(dep) || !coversAll(dep, OBJECT),
  );
  return keepDependencies(p, deps as Record<string, unknown>, kept);
}

/**
 * Dependency lists of required names name properties that are then required too (written into
 * `required`); a dependency list whose names are all required asks nothing (dropped).
 */
function closeRequired(p: Schema): boolean {
  const deps = p.dependencies as Record<string, unknown>;
  const required = new Set((p.required as unknown[]).map(String));
  const queue = [...required];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const dep = Object.hasOwn(deps, queue[i]!) ? deps[queue[i]!] : undefined;
    if (!Array.isArray(dep)) continue;
    for (const name of dep.map(String)) {
      if (required.has(name)) continue;
      required.add(name);
      queue.push(name);
    }
  }
  let changed = false;
  if (required.size !== (p.required as unknown[]).length) {
    p.required = [...required].sort();
    changed = true;
  }
  const kept = Object.entries(deps).filter(
    ([, dep]) => !Array.isArray(dep) || !dep.every((n) => required.has(String(n))),
  );
  return keepDependencies(p, deps, kept) || changed;
}

/** `coversTypes` for a keyword's value, which may be `true`. */
function coversAll(s: unknown, bits: number): boolean {
  const schema = s === true ? {} : asSchema(s);
  return schema !== undefined && coversTypes(schema, bits);
}

/**
 * Whether `m` accepts every value of the types `bits`: its `type` holds them all and no other
 * keyword applies to them.
 */
export function coversTypes(m: Schema, bits: number): boolean {
  if ((typesOf(m) & bits) !== bits) return false;
  return Object.keys(m).every((k) => {
    if (k === 'type') return Array.isArray(m.type) && (bitsOfTypes(m.type) & bits) === bits;
    if (!affectsValidation(k)) return true;
    const type = APPLIES_TO.get(k);
    return type !== undefined && (bitsOfTypes([type]) & bits) === 0;
  });
}
