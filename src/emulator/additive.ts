// The platform's rule for a schema update (docs/cxone-api.md: "rejects, with 400, an update that is
// not an additive evolution of the stored version"), read from the contract alone: an update may add
// and may widen, never remove or narrow. It is a structural reading, as a registry would implement
// it: keywords it cannot weigh (combinators, $ref, conditionals, tuples) must stay as they were.
// It is meant to be conservative — to refuse rather than accept when unsure — and its tests hold
// it to that with concrete events (test/emulator/platform-rules.test.ts).

import type { Problem } from './schema-rules.js';
import { canonical, deepEqual, isObject, segment } from './json.js';

/** Keywords that only describe: they may change freely. ($id and $schema change meaning: not here.) */
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'cxoneVersion',
  'x-cxone-deprecated-fields',
]);
/** Keywords under which a wider schema accepts less: a $ref below them makes widening its target unsafe. */
const NEGATING = new Set(['not', 'oneOf', 'if']);
/** Keywords the rule weighs; any other keyword must be unchanged. */
const WEIGHED = new Set([
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'items',
  'minProperties',
  'maxProperties',
  'properties',
  'required',
  'additionalProperties',
  'definitions',
]);
const MAX_DEPTH = 256;

export function additiveProblems(stored: Record<string, unknown>, next: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  if (stored.title !== next.title)
    out.push({ pointer: '/title', message: 'the title of a stored schema cannot change' });
  if (refUnderNegation(stored, false, 0) || refUnderNegation(next, false, 0)) {
    // Widening what such a $ref points at narrows the schema: only new top-level properties and annotations may change.
    const { properties: _p, ...rest } = withoutAnnotations(next);
    const { properties: _q, ...restBefore } = withoutAnnotations(stored);
    const before = isObject(stored.properties) ? stored.properties : {};
    const after = isObject(next.properties) ? next.properties : {};
    const kept = Object.keys(before).every(
      (k) => Object.hasOwn(after, k) && deepEqual(withoutAnnotationsDeep(before[k]), withoutAnnotationsDeep(after[k])),
    );
    if (!kept || !deepEqual(rest, restBefore))
      out.push({
        pointer: '',
        message:
          'the schema has a $ref under not, oneOf or if: only new top-level properties and annotations may change',
      });
    return out;
  }
  compare(stored, next, '', out, 0);
  return out;
}

function refUnderNegation(node: unknown, negated: boolean, depth: number): boolean {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((x) => refUnderNegation(x, negated, depth + 1));
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && negated) return true;
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue;
    if (refUnderNegation(v, negated || NEGATING.has(k), depth + 1)) return true;
  }
  return false;
}

function withoutAnnotations(node: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !ANNOTATIONS.has(k) && !k.startsWith('x-')));
}

function withoutAnnotationsDeep(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotationsDeep);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(withoutAnnotations(node)).map(([k, v]) => [
      k,
      k === 'enum' || k === 'const' ? v : withoutAnnotationsDeep(v),
    ]),
  );
}

function compare(was: unknown, now: unknown, at: string, out: Problem[], depth: number): void {
  if (deepEqual(was, now)) return;
  // nothing accepted before, or everything now ({} and a schema of annotations only accept everything)
  if (was === false || now === true || (isObject(now) && Object.keys(withoutAnnotations(now)).length === 0)) return;
  if (typeof was === 'boolean' || typeof now === 'boolean' || !isObject(was) || !isObject(now) || depth > MAX_DEPTH) {
    out.push({ pointer: at, message: 'the definition changed in a way that is not additive' });
    return;
  }
  const said = (pointer: string, message: string) => out.push({ pointer: `${at}${pointer}`, message });
  types(was, now, said);
  values(was, now, said);
  bounds(was, now, said);
  if (!sameOrDropped(was.pattern, now.pattern)) said('/pattern', 'the pattern changed or was added');
  if (!sameOrDropped(was.format, now.format)) said('/format', 'the format changed or was added');
  if (now.uniqueItems === true && was.uniqueItems !== true) said('/uniqueItems', 'uniqueItems was added');
  items(was, now, at, out, depth);
  objects(was, now, at, out, depth);
  for (const k of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (ANNOTATIONS.has(k) || WEIGHED.has(k) || k.startsWith('x-')) continue;
    if (!deepEqual(was[k], now[k])) said(`/${segment(k)}`, `"${k}" changed; only an unchanged "${k}" is accepted`);
  }
}

const sameOrDropped = (was: unknown, now: unknown) => now === undefined || deepEqual(was, now);

function typeSet(node: Record<string, unknown>): Set<string> | undefined {
  if (node.type === undefined) return undefined;
  return new Set((Array.isArray(node.type) ? node.type : [node.type]).map(String));
}

function types(was: Record<string, unknown>, now: Record<string, unknown>, said: (p: string, m: string) => void): void {
  const before = typeSet(was);
  const after = typeSet(now);
  if (!after) return;
  if (!before) return said('/type', 'a type was added where any type was accepted');
  for (const t of before) {
    if (after.has(t) || (t === 'integer' && after.has('number'))) continue;
    said('/type', `type "${t}" is no longer accepted`);
  }
}

function values(
  was: Record<string, unknown>,
  now: Record<string, unknown>,
  said: (p: string, m: string) => void,
): void {
  if (now.enum !== undefined) {
    const before = was.enum !== undefined ? was.enum : was.const !== undefined ? [was.const] : undefined;
    // One pass over each list (a Set of canonical texts): an enum may hold tens of thousands of values.
    const after = Array.isArray(now.enum) ? new Set(now.enum.map(canonical)) : undefined;
    if (!Array.isArray(before) || !after || !before.every((v) => after.has(canonical(v))))
      said('/enum', 'the enum lost a value or was added');
  }
  if (now.const !== undefined && !deepEqual(was.const, now.const)) said('/const', 'the const changed or was added');
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Lower bounds may only go down or go away, upper bounds only up or away. */
function bounds(
  was: Record<string, unknown>,
  now: Record<string, unknown>,
  said: (p: string, m: string) => void,
): void {
  for (const k of ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']) {
    const a = num(was[k]);
    const b = num(now[k]);
    if (b !== undefined && (a === undefined || b > a)) said(`/${k}`, `${k} was raised or added`);
  }
  for (const k of ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']) {
    const a = num(was[k]);
    const b = num(now[k]);
    if (b !== undefined && (a === undefined || b < a)) said(`/${k}`, `${k} was lowered or added`);
  }
  // Only whole numbers are divided: 21 is a multiple of 7 but, in floating point, not of 0.7.
  const a = num(was.multipleOf);
  const b = num(now.multipleOf);
  const divides =
    a !== undefined &&
    b !== undefined &&
    (a === b || (Number.isSafeInteger(a) && Number.isSafeInteger(b) && a % b === 0));
  if (b !== undefined && !divides) said('/multipleOf', 'multipleOf changed to one that does not divide the stored one');
}

function items(
  was: Record<string, unknown>,
  now: Record<string, unknown>,
  at: string,
  out: Problem[],
  depth: number,
): void {
  if (Array.isArray(was.items) || Array.isArray(now.items)) {
    if (!deepEqual(was.items, now.items))
      out.push({ pointer: `${at}/items`, message: 'a tuple of items must stay unchanged' });
    return;
  }
  if (now.items !== undefined) compare(was.items ?? true, now.items, `${at}/items`, out, depth + 1);
}

function objects(
  was: Record<string, unknown>,
  now: Record<string, unknown>,
  at: string,
  out: Problem[],
  depth: number,
): void {
  const before = isObject(was.properties) ? was.properties : {};
  const after = isObject(now.properties) ? now.properties : {};
  for (const [name, s] of Object.entries(before)) {
    const p = `${at}/properties/${segment(name)}`;
    if (!Object.hasOwn(after, name)) out.push({ pointer: p, message: `property "${name}" was removed` });
    else compare(s, after[name], p, out, depth + 1);
  }
  // A new property of an open object was allowed before under patternProperties or additionalProperties: it must not
  // narrow them. Every pattern is taken to match (no client regex is run here: refuse when unsure).
  for (const [name, s] of Object.entries(after)) {
    if (Object.hasOwn(before, name)) continue;
    const p = `${at}/properties/${segment(name)}`;
    const patterns = isObject(was.patternProperties) ? Object.values(was.patternProperties) : [];
    for (const ps of patterns) compare(ps, s, p, out, depth + 1);
    if (was.additionalProperties !== false) compare(was.additionalProperties ?? true, s, p, out, depth + 1);
  }
  const required = new Set(Array.isArray(was.required) ? was.required : []);
  for (const name of Array.isArray(now.required) ? now.required : []) {
    if (!required.has(name)) out.push({ pointer: `${at}/required`, message: `"${String(name)}" became required` });
  }
  if (was.additionalProperties !== false && now.additionalProperties !== undefined) {
    compare(was.additionalProperties ?? true, now.additionalProperties, `${at}/additionalProperties`, out, depth + 1);
  }
  const defsBefore = isObject(was.definitions) ? was.definitions : {};
  const defsAfter = isObject(now.definitions) ? now.definitions : {};
  for (const [name, s] of Object.entries(defsBefore)) {
    const p = `${at}/definitions/${segment(name)}`;
    if (!Object.hasOwn(defsAfter, name)) out.push({ pointer: p, message: `definition "${name}" was removed` });
    else compare(s, defsAfter[name], p, out, depth + 1);
  }
}
