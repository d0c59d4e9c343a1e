// Attribution: an event the new schema rejects only shows THIS change if the new schema's
// complaints are about the changed node. When a version makes several changes, a small event
// built for one (say a type change) may also lack a member another change made required; shown
// as the witness of the first, it would mislead. So each rejection is read from ajv's errors:
// an error is explained when its schema path is at, below or above the changed node, or when it
// concerns the place in the event where the candidate was put. Unexplained errors are repaired
// (the offending member filled in, removed or replaced with a value the new schema accepts) and
// the event is checked again; ajv stays the judge.

import type { ErrorObject } from 'ajv';
import { escapeToken, parsePointer, resolvePointer } from '../../core/pointer.js';
import { NONE, type ValueGen } from './generate.js';
import { has, isObj, propertySchemas, setOwn, type Obj } from './schema.js';

/** Errors that only detail why a branch of a failed combinator failed: the combinator's own error is judged instead. */
function insideBranch(e: ErrorObject): boolean {
  const t = schemaTokens(e);
  for (let i = 0; i < t.length - 1; i++) {
    if ((t[i] === 'anyOf' || t[i] === 'oneOf') && /^\d+$/.test(t[i + 1]!)) return true;
    if (t[i] === 'contains') return true;
  }
  return false;
}

/**
 * ajv's schemaPath is a URI fragment: `#/patternProperties/%5Ex-/type`. Decoded once per distinct
 * path: the same few paths recur on every candidate (150 errors x hundreds of events).
 */
function schemaPointer(e: ErrorObject): string {
  return decoded(e.schemaPath).pointer;
}

function schemaTokens(e: ErrorObject): readonly string[] {
  return decoded(e.schemaPath).tokens;
}

const decodedPaths = new Map<string, { pointer: string; tokens: readonly string[] }>();

function decoded(schemaPath: string): { pointer: string; tokens: readonly string[] } {
  let d = decodedPaths.get(schemaPath);
  if (d === undefined) {
    const raw = schemaPath.replace(/^#/, '');
    let pointer: string;
    try {
      pointer = decodeURIComponent(raw);
    } catch {
      pointer = raw;
    }
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      tokens = [];
    }
    if (decodedPaths.size >= 10_000) decodedPaths.clear();
    d = { pointer, tokens };
    decodedPaths.set(schemaPath, d);
  }
  return d;
}

/** The instance pointer an error is about: the member it names for member keywords. */
function subject(e: ErrorObject): { path: string; member: boolean } {
  const p = e.params as { missingProperty?: string; additionalProperty?: string; property?: string };
  const named = (e as { propertyName?: string }).propertyName;
  let m: string | undefined;
  if (e.keyword === 'required' || e.keyword === 'dependencies') m = p.missingProperty;
  else if (e.keyword === 'additionalProperties') m = p.additionalProperty;
  else if (named !== undefined) m = named;
  return m === undefined
    ? { path: e.instancePath, member: false }
    : { path: `${e.instancePath}/${escapeToken(m)}`, member: true };
}

const within = (p: string, base: string) => p === base || p.startsWith(base + '/');

/**
 * The errors of a rejection that the change does not explain.
 * @param changePointers the change's pointers (new document first)
 * @param location instance pointer where the candidate was put ('' for the whole event)
 *
 * A change of one keyword of a node (`.../maxItems`) explains the errors of that keyword only: an
 * error of a sibling keyword of the same node (a `uniqueItems` the same version added, say) is
 * another change's, even at the same place in the event, and so even when the change's other
 * pointer names the whole node.
 */
export function unexplained(
  errors: readonly ErrorObject[],
  changePointers: readonly string[],
  location: string,
): ErrorObject[] {
  const sites = keywordSites(changePointers);
  const owners = new Set(sites.map((k) => k.owner));
  const plain = changePointers.filter((c) => !owners.has(c));
  return errors.filter((e) => {
    if (insideBranch(e) || e.keyword === 'if' || e.keyword === 'propertyNames') return false; // summaries of errors judged on their own
    // (a `false` subschema's error is the node's own: `#/properties/b/false schema` is /properties/b)
    const sp = e.keyword === 'false schema' ? schemaPointer(e).replace(/\/false schema$/, '') : schemaPointer(e);
    if (sites.some((k) => k.paths.some((p) => within(sp, p)))) return false;
    for (const c of plain) if (within(sp, c) || within(c, sp)) return false;
    if (sites.some((k) => within(sp, k.owner) && sp !== k.owner)) return true; // a sibling keyword: another change
    for (const c of owners) if (within(c, sp)) return false; // above the change (e.g. a oneOf holding it)
    if (location === '') return true;
    const s = subject(e);
    if (within(s.path, location)) return false;
    if (!s.member && within(location, s.path)) return false; // about a container of the place (e.g. its oneOf)
    return true;
  });
}

/**
 * Keywords whose errors a change of the other one explains: they act together, or the engine
 * reports them as one (a one-member anyOf/oneOf is an allOf, a const is a one-value enum).
 */
const RELATED: Record<string, readonly string[]> = {
  allOf: ['anyOf', 'oneOf'],
  anyOf: ['allOf', 'oneOf'],
  oneOf: ['allOf', 'anyOf'],
  const: ['enum'],
  enum: ['const'],
  items: ['additionalItems'],
  additionalItems: ['items'],
  if: ['then', 'else'],
  then: ['if'],
  else: ['if'],
  minimum: ['exclusiveMinimum'],
  exclusiveMinimum: ['minimum'],
  maximum: ['exclusiveMaximum'],
  exclusiveMaximum: ['maximum'],
};

const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
const LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMA_KEYWORDS = new Set([
  'additionalProperties',
  'additionalItems',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
]);

/**
 * The pointers that end in a keyword of a schema node: that node, and the keyword's paths (its own
 * and related ones).
 */
function keywordSites(pointers: readonly string[]): { owner: string; paths: string[] }[] {
  const out: { owner: string; paths: string[] }[] = [];
  for (const p of pointers) {
    let tokens: string[];
    try {
      tokens = parsePointer(p);
    } catch {
      continue;
    }
    // Walk in schema positions: a keyword, then (for maps and lists) a name or index, then a node.
    let i = 0;
    let last: number | undefined;
    while (i < tokens.length) {
      const k = tokens[i]!;
      last = i;
      if (MAP_KEYWORDS.has(k) || LIST_KEYWORDS.has(k) || (k === 'items' && /^\d+$/.test(tokens[i + 1] ?? ''))) i += 2;
      else if (k === 'items' || SUBSCHEMA_KEYWORDS.has(k)) i += 1;
      else {
        i += 1;
        if (i < tokens.length) last = undefined; // a leaf keyword's value: not a node path
        break;
      }
    }
    if (last === undefined || last !== tokens.length - 1) continue;
    const owner = tokens
      .slice(0, last)
      .map((t) => '/' + escapeToken(t))
      .join('');
    const keyword = tokens[last]!;
    out.push({ owner, paths: [keyword, ...(RELATED[keyword] ?? [])].map((k) => `${owner}/${escapeToken(k)}`) });
  }
  return out;
}

/**
 * Repair the event where the new schema's unexplained errors point, away from `location`:
 * add a missing member, drop an undeclared one, or replace a wrong value. Undefined when an error
 * cannot be repaired without touching the place of the candidate.
 */
export function repair(
  event: unknown,
  errors: readonly ErrorObject[],
  newDoc: unknown,
  newGen: ValueGen,
  location: string,
): unknown {
  // One copy of the event, then edits in place: copying along the path for each error made a
  // repair of n errors on an n-member object cost n² (150 type changes: minutes).
  let out = copyJson(event);
  for (const e of errors) {
    const s = subject(e);
    if (location !== '' && (within(s.path, location) || within(location, s.path))) return undefined;
    if (location === '' && s.path === '') return undefined;
    const owner = schemaTokens(e).slice(0, -1);
    const node = resolvePointer(newDoc, owner.map((t) => '/' + escapeToken(t)).join(''));
    let value: unknown;
    if (e.keyword === 'additionalProperties') value = REMOVE;
    else if (s.member) {
      const member = parsePointer(s.path).at(-1)!;
      const conj = newGen.flatten([node])?.conj ?? [];
      value = newGen.value(propertySchemas(conj, member));
    } else value = newGen.value([node]);
    if (value === NONE) return undefined;
    // A copy: the generator may hand out the same value again, and later edits go in place.
    out = setIn(out, parsePointer(s.path), value === REMOVE ? REMOVE : copyJson(value));
    if (out === undefined) return undefined;
  }
  return out;
}

const REMOVE: unique symbol = Symbol('remove');

/** A deep copy of plain JSON data (own members only, `__proto__` included as a member). */
function copyJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyJson);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const k of Object.keys(v)) setOwn(out, k, copyJson(v[k]));
  return out;
}

/**
 * `root` (owned by the caller: edited in place) with the value at `path` replaced or removed;
 * undefined when impossible.
 */
function setIn(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i > root.length) return undefined;
    const next = setIn(root[i], rest, value);
    if (next === undefined) {
      if (rest.length > 0 || value !== REMOVE) return undefined;
      root.splice(i, 1);
    } else root[i] = next;
    return root;
  }
  if (!isObj(root)) return undefined;
  if (rest.length === 0 && value === REMOVE) {
    delete root[head];
    return root;
  }
  const next = setIn(has(root, head) ? root[head] : rest.length > 0 ? {} : undefined, rest, value);
  if (next === undefined) return undefined;
  setOwn(root, head, next);
  return root;
}
