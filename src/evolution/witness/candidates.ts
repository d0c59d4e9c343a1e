// Candidate values for the changed node, most telling first: for each keyword family the values
// at the edge of what the live schema allows (a type the new schema dropped, a string of exactly
// the old maxLength, the old maximum, a removed enum value, an object with a member the new
// closed schema dropped or without a newly required one, an array of the old maxItems, a value of
// an overlapping new oneOf branch...), then generic ones (each type's usual values, empty and
// large strings/arrays/objects) so unknown and future kinds still get witnesses. None of these is
// trusted: ajv checks every event built from them against both documents.
// The families live in ./scalar-candidates.ts (type, enum, string, number), ./object-candidates.ts,
// ./array-candidates.ts and ./combinator-candidates.ts; this module orders them per change.

import { arrayVariants } from './array-candidates.js';
import { combinatorValues, newFocusValues } from './combinator-candidates.js';
import { NONE, type ValueGen } from './generate.js';
import { objectVariants } from './object-candidates.js';
import { ABSENT } from './plan.js';
import { enumValues, GENERIC_VALUES, numberCandidates, stringValues, typeValues } from './scalar-candidates.js';
import { interestingKeywords, type Site } from './site.js';
import { isObj, JSON_TYPES, type JsonType } from './schema.js';

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

/** The usual values: valid ones of each type the location allows, then fixed values of every type. */
function* genericValues(gen: ValueGen, nodes: readonly unknown[]): Generator<unknown> {
  yield* gen.values(nodes, {}, 3);
  for (const t of JSON_TYPES) yield* gen.values(nodes, { types: [t as JsonType] }, 2);
  yield* GENERIC_VALUES;
  yield 'a'.repeat(256);
  yield Array.from({ length: 100 }, () => 'example');
}
