// The platform's own reading of the walker's changes:
// - removing a property that the live version listed in `x-cxone-deprecated-fields` is the
//   planned end of a migration (`deprecated-property-removed`), not an accident;
// - a property removed and another added beside it with an equal schema (annotations aside) is
//   one likely rename.

import { canonicalJson } from '../core/canonical.js';
import { parsePointer, resolvePointer } from '../core/pointer.js';
import type { Change } from './change.js';
import { affectsValidation } from './schema-model.js';

const REMOVED = /^property-removed-/;
const ADDED = /property-added-to-/;
const FORBIDDEN = /forbidden/;

/**
 * Removal kinds the platform's deprecation turns into a planned removal, each to the kind with the
 * same backward/forward facts (only the additive verdict softens). Platform schemas are closed at
 * the top level; a removal from any other content model keeps its own kind.
 */
const DEPRECATED_KIND = {
  'property-removed-from-closed-content-model': 'deprecated-property-removed',
  'property-removed-required-from-closed-content-model': 'deprecated-required-property-removed',
} as const;

export function applyPlatformRules(changes: Change[], oldDoc: unknown, newDoc: unknown): Change[] {
  const deprecated = new Set(
    stringList((oldDoc as { 'x-cxone-deprecated-fields'?: unknown })?.['x-cxone-deprecated-fields']),
  );
  const out = changes.map((c): Change => {
    const kind = DEPRECATED_KIND[c.kind as keyof typeof DEPRECATED_KIND];
    if (!kind || c.negated || c.exclusive) return c;
    const tokens = parsePointer(c.oldPointer);
    if (tokens.length === 2 && tokens[0] === 'properties' && deprecated.has(tokens[1]!)) {
      return { ...c, kind, message: `deprecated property "${tokens[1]}" was removed` };
    }
    return c;
  });
  return mergeRenames(out, oldDoc, newDoc);
}

export function mergeRenames(changes: Change[], oldDoc: unknown, newDoc: unknown): Change[] {
  // A name no event can carry (declared `false`, or ruled out) is renamed to nothing.
  const removed = changes.filter((c) => REMOVED.test(c.kind) && !c.negated && !FORBIDDEN.test(c.kind));
  const added = changes.filter((c) => ADDED.test(c.kind) && !c.negated && !FORBIDDEN.test(c.kind));
  if (removed.length === 0 || added.length === 0) return changes;
  const drop = new Set<Change>();
  const merged: Change[] = [];
  for (const r of removed) {
    const parent = parentOf(r.oldPointer);
    const schema = text(resolvePointer(oldDoc, r.oldPointer));
    const twin = added.find(
      (a) => !drop.has(a) && parentOf(a.pointer) === parent && text(resolvePointer(newDoc, a.pointer)) === schema,
    );
    if (!twin || schema === undefined) continue;
    drop.add(r).add(twin);
    const from = parsePointer(r.oldPointer).at(-1);
    const to = parsePointer(twin.pointer).at(-1);
    merged.push({
      kind: 'property-renamed',
      pointer: twin.pointer,
      oldPointer: r.oldPointer,
      old: from,
      new: to,
      message: `property "${from}" looks renamed to "${to}" (same schema); live events still carry "${from}"`,
    });
  }
  return [...changes.filter((c) => !drop.has(c)), ...merged];
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** The schema as canonical text without its annotations: a new description does not hide a rename. */
function text(v: unknown): string | undefined {
  return v === undefined ? undefined : canonicalJson(validating(v, 0));
}

/** How applicators hold subschemas: the keys under `map` keywords are names, never annotations. */
const SUBSCHEMAS: Readonly<Record<string, 'one' | 'map' | 'list'>> = {
  properties: 'map',
  patternProperties: 'map',
  dependencies: 'map',
  items: 'list',
  allOf: 'list',
  anyOf: 'list',
  oneOf: 'list',
  additionalItems: 'one',
  additionalProperties: 'one',
  contains: 'one',
  propertyNames: 'one',
  not: 'one',
  if: 'one',
  then: 'one',
  else: 'one',
};

/** Past this nesting the rest is compared as written (a hint, not a verdict). */
const MAX_DEPTH = 64;

/** `schema` with only the keywords that affect validation, at every schema position. */
function validating(schema: unknown, depth: number): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || depth > MAX_DEPTH) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (!affectsValidation(key)) continue;
    const shape = SUBSCHEMAS[key];
    if (shape === 'map' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, validating(sub, depth + 1)]));
    } else if (shape === 'list' && Array.isArray(value)) {
      out[key] = value.map((sub) => validating(sub, depth + 1));
    } else if (shape !== undefined) {
      out[key] = validating(value, depth + 1); // `items` as one schema lands here too
    } else out[key] = value;
  }
  return out;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
