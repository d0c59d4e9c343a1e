// The objects keyword family: properties, required, additionalProperties, patternProperties,
// dependencies, propertyNames, minProperties, maxProperties. Compared only when both schemas
// allow objects (otherwise the `type` family has reported the difference). Every subschema these
// keywords hold constrains objects monotonically, so subschema pairs are descended into with the
// same polarity.

import { memo } from '../../core/memo.js';
import { allowsType, eitherUses, isFalseSchema, isTrueSchema, type Schema } from '../schema-model.js';
import { OBJECT, rememberTypes } from '../type-bits.js';
import type { Visit } from '../walk.js';
import { comparePatterns } from './objects-patterns.js';
import { compareDeclared } from './objects-properties.js';
import { isCount, isMap, malformed, modelOf, nodeName, propertyName } from './objects-model.js';

/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
export const objectsKeywords: readonly string[] = [
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'dependencies',
  'propertyNames',
  'minProperties',
  'maxProperties',
];

const SHAPES: Record<string, (value: unknown) => boolean> = {
  properties: isMap,
  patternProperties: isMap,
  dependencies: isMap,
  required: (x) => Array.isArray(x) && x.every((n) => typeof n === 'string'),
  minProperties: isCount,
  maxProperties: isCount,
};

const EMPTY: ReadonlySet<string> = new Set();

export function compareObjects(v: Visit): void {
  const o = v.old;
  const n = v.new;
  if (!eitherUses(o, n, objectsKeywords)) return;
  if (!allowsType(o, 'object') || !allowsType(n, 'object')) return;
  const skip = malformed(v, SHAPES);
  const map = (s: Schema, key: string) => (skip?.has(key) ? undefined : (s[key] as Record<string, Schema> | undefined));

  const oP = map(o, 'properties');
  const nP = map(n, 'properties');
  const oReq = skip?.has('required') || !o.required ? EMPTY : new Set(o.required as string[]);
  const nReq = skip?.has('required') || !n.required ? EMPTY : new Set(n.required as string[]);
  if (oP || nP || oReq.size > 0 || nReq.size > 0) compareDeclared(v, oP, nP, oReq, nReq);
  const oPP = map(o, 'patternProperties');
  const nPP = map(n, 'patternProperties');
  if (oPP || nPP) comparePatterns(v, oPP, nPP, oP, nP);
  compareAdditional(v);
  if (!skip?.has('dependencies')) compareDependencies(v, map(o, 'dependencies'), map(n, 'dependencies'));
  comparePropertyNames(v);
  if (!skip?.has('minProperties')) compareCount(v, 'minProperties', 'min');
  if (!skip?.has('maxProperties')) compareCount(v, 'maxProperties', 'max');
}

/** additionalProperties, for names no declaration or regex captures on either side. */
export function compareAdditional(v: Visit): void {
  const before = v.old.additionalProperties as Schema | undefined;
  const after = v.new.additionalProperties as Schema | undefined;
  if (before === after) return;
  const at = ['additionalProperties'];
  const o = modelOf(before, at).model;
  const n = modelOf(after, at).model;
  if (o === 'closed' && n === 'closed') return;
  if (n === 'closed') {
    v.emit(
      'content-model-closed',
      `${nodeName(v)} no longer allows additional properties; live events carrying undeclared properties will be rejected`,
      { at, oldAt: before ? at : [] },
    );
  } else if (o === 'closed') {
    v.emit(
      'content-model-opened',
      `${nodeName(v)} now allows additional properties; consumers on the live (closed) schema reject events carrying them`,
      { at: after ? at : [], oldAt: at },
    );
  } else if (o === 'partial' || n === 'partial') {
    v.descend(before, after, at);
  }
}

export function compareDependencies(
  v: Visit,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): void {
  if (!before && !after) return;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const a = effectiveDependency(before, key);
    const b = effectiveDependency(after, key);
    if (a === b || (a === undefined && b === undefined)) continue;
    const at = ['dependencies', key];
    const when = `when ${propertyName(v, key)} is present`;
    if (a === undefined) {
      if (Array.isArray(b))
        v.emit(
          'dependency-array-added',
          `${when}, ${list(b)} must now be present too; live events without them will be rejected`,
          { at, oldAt: [], new: b },
        );
      else
        v.emit(
          'dependency-schema-added',
          `${when}, the event must now also match a dependency schema; live events may not`,
          { at, oldAt: [] },
        );
    } else if (b === undefined) {
      if (Array.isArray(a))
        v.emit(
          'dependency-array-removed',
          `${when}, ${list(a)} no longer need to be present; consumers on the live schema require them`,
          { at: [], oldAt: at, old: a },
        );
      else
        v.emit(
          'dependency-schema-removed',
          `${when}, the event no longer has to match the dependency schema; consumers on the live schema require it`,
          { at: [], oldAt: at },
        );
    } else if (Array.isArray(a) && Array.isArray(b)) {
      const gained = b.filter((x) => !a.includes(x));
      const lost = a.filter((x) => !b.includes(x));
      if (gained.length > 0 && lost.length > 0) {
        v.emit(
          'dependency-array-changed',
          `${when}, the properties that must be present changed from ${list(a)} to ${list(b)}`,
          { at, old: a, new: b },
        );
      } else if (gained.length > 0) {
        v.emit(
          'dependency-array-extended',
          `${when}, ${list(gained)} must now be present too; live events without them will be rejected`,
          { at, old: a, new: b },
        );
      } else if (lost.length > 0) {
        v.emit(
          'dependency-array-narrowed',
          `${when}, ${list(lost)} no longer need to be present; consumers on the live schema require them`,
          { at, old: a, new: b },
        );
      }
    } else if (!Array.isArray(a) && !Array.isArray(b)) {
      v.descend(a, b, at);
    } else {
      // A property list means the same as a schema requiring those properties: compare as schemas.
      v.emit(
        'dependency-form-changed',
        `the dependency ${when} changed between a property list and a schema; the two are compared as schemas`,
        { at },
      );
      v.descend(asDependencySchema(a), asDependencySchema(b), at);
    }
  }
}

/** A dependency that constrains something: a non-empty list or a non-trivial schema; else undefined. */
function effectiveDependency(deps: Record<string, unknown> | undefined, key: string): string[] | Schema | undefined {
  if (!deps || !Object.hasOwn(deps, key)) return undefined;
  const d = deps[key];
  if (Array.isArray(d)) return d.length > 0 ? (d as string[]) : undefined;
  return isMap(d) && !isTrueSchema(d) ? d : undefined;
}

const listSchemas = new WeakMap<string[], Schema>();

/**
 * `[a, b]` as the schema `{type: object, required: [a, b]}` (a dependency only ever applies to
 * objects: the normaliser writes that `type` into dependency schemas too), one object per list
 * (the walker keys pairs by identity).
 */
function asDependencySchema(d: string[] | Schema): Schema {
  if (!Array.isArray(d)) return d;
  return memo(listSchemas, d, (required) => {
    const s: Schema = { type: ['object'], required };
    rememberTypes(s, OBJECT);
    return s;
  });
}

function list(names: string[]): string {
  return names.map((x) => `"${x}"`).join(', ');
}

export function comparePropertyNames(v: Visit): void {
  const trivial = (s: Schema | undefined) => s === undefined || isTrueSchema(s);
  const before = v.old.propertyNames as Schema | undefined;
  const after = v.new.propertyNames as Schema | undefined;
  if (before === after || (trivial(before) && trivial(after))) return;
  const at = ['propertyNames'];
  if (trivial(before)) {
    const what = isFalseSchema(after) ? 'propertyNames: false (only empty objects)' : 'a propertyNames schema';
    v.emit(
      'property-names-added',
      `${what} was added to ${nodeName(v)}; live events with other property names will be rejected`,
      { at, oldAt: [] },
    );
  } else if (trivial(after)) {
    v.emit(
      'property-names-removed',
      `the propertyNames schema of ${nodeName(v)} was removed; consumers on the live schema reject other property names`,
      { at: [], oldAt: at },
    );
  } else {
    v.descend(before, after, at);
  }
}

function requiredCount(node: Record<string, unknown>): number {
  return Array.isArray(node.required) ? new Set(node.required.map(String)).size : 0;
}

/**
 * Most properties an object under `node` can hold: its declared names when nothing else is allowed
 * (Infinity otherwise).
 */
function closedCount(node: Schema): number {
  if (node.additionalProperties === undefined || !isFalseSchema(node.additionalProperties as Schema)) return Infinity;
  const patterns = isMap(node.patternProperties) ? Object.values(node.patternProperties) : [];
  if (patterns.some((s) => !isFalseSchema(s as Schema))) return Infinity;
  const props = isMap(node.properties) ? Object.values(node.properties) : [];
  return props.filter((s) => !isFalseSchema(s as Schema)).length;
}

/** minProperties / maxProperties (minProperties: 0 is normalised away). */
export function compareCount(v: Visit, key: 'minProperties' | 'maxProperties', bound: 'min' | 'max'): void {
  const a = v.old[key] as number | undefined;
  const b = v.new[key] as number | undefined;
  if (a === b) return;
  const where = nodeName(v);
  // A minimum the other side's required names already meet changes nothing that direction (their
  // own change is the required family's): a raised one no live event falls below, a lowered one no new event.
  if (
    bound === 'min' &&
    ((b ?? 0) > (a ?? 0)
      ? (b ?? 0) <= Math.max(a ?? 0, requiredCount(v.old))
      : (a ?? 0) <= Math.max(b ?? 0, requiredCount(v.new)))
  )
    return;
  // A maximum the other side's closed content model already keeps to changes nothing that direction.
  if (
    bound === 'max' &&
    ((a ?? Infinity) > (b ?? Infinity) ? closedCount(v.old) <= (b ?? Infinity) : closedCount(v.new) <= (a ?? Infinity))
  )
    return;
  if (bound === 'min') {
    if (a === undefined)
      v.emit(
        'min-properties-added',
        `minProperties ${b} added to ${where}; live events with fewer properties will be rejected`,
        { at: [key], oldAt: [], new: b },
      );
    else if (b === undefined)
      v.emit(
        'min-properties-removed',
        `minProperties ${a} of ${where} removed; consumers on the live schema reject events with fewer properties`,
        { at: [], oldAt: [key], old: a },
      );
    else if (b > a)
      v.emit(
        'min-properties-increased',
        `minProperties of ${where} increased from ${a} to ${b}; live events with fewer properties will be rejected`,
        { at: [key], old: a, new: b },
      );
    else
      v.emit(
        'min-properties-decreased',
        `minProperties of ${where} decreased from ${a} to ${b}; consumers on the live schema reject events with fewer properties`,
        { at: [key], old: a, new: b },
      );
  } else {
    if (a === undefined)
      v.emit(
        'max-properties-added',
        `maxProperties ${b} added to ${where}; live events with more properties will be rejected`,
        { at: [key], oldAt: [], new: b },
      );
    else if (b === undefined)
      v.emit(
        'max-properties-removed',
        `maxProperties ${a} of ${where} removed; consumers on the live schema reject events with more properties`,
        { at: [], oldAt: [key], old: a },
      );
    else if (b < a)
      v.emit(
        'max-properties-decreased',
        `maxProperties of ${where} decreased from ${a} to ${b}; live events with more properties will be rejected`,
        { at: [key], old: a, new: b },
      );
    else
      v.emit(
        'max-properties-increased',
        `maxProperties of ${where} increased from ${a} to ${b}; consumers on the live schema reject events with more properties`,
        { at: [key], old: a, new: b },
      );
  }
}
