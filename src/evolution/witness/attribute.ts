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

/** ajv's schemaPath is a URI fragment: `#/patternProperties/%5Ex-/type`. */
function schemaPointer(e: ErrorObject): string {
  try {
    return decodeURIComponent(e.schemaPath.replace(/^#/, ''));
  } catch {
    return e.schemaPath.replace(/^#/, '');
  }
}

function schemaTokens(e: ErrorObject): string[] {
  try {
    return parsePointer(schemaPointer(e));
  } catch {
    return [];
  }
}

/** The instance pointer an error is about: the member it names for member keywords. */
function subject(e: ErrorObject): { path: string; member: boolean } {
  const p = e.params as { missingProperty?: string; additionalProperty?: string; property?: string };
  const named = (e as { propertyName?: string }).propertyName;
  let m: string | undefined;
  if (e.keyword === 'required' || e.keyword === 'dependencies') m = p.missingProperty;
  else if (e.keyword === 'additionalProperties') m = p.additionalProperty;
  else if (named !== undefined) m = named;
  return m === undefined ? { path: e.instancePath, member: false } : { path: `${e.instancePath}/${escapeToken(m)}`, member: true };
}

const within = (p: string, base: string) => p === base || p.startsWith(base + '/');

/**
 * The errors of a rejection that the change does not explain.
 * @param changePointers the change's pointers (new document first)
 * @param location instance pointer where the candidate was put ('' for the whole event)
 */
export function unexplained(errors: readonly ErrorObject[], changePointers: readonly string[], location: string): ErrorObject[] {
  return errors.filter((e) => {
    if (insideBranch(e) || e.keyword === 'if' || e.keyword === 'propertyNames') return false; // summaries of errors judged on their own
    const sp = schemaPointer(e);
    for (const c of changePointers) if (within(sp, c) || within(c, sp)) return false;
    if (location === '') return true;
    const s = subject(e);
    if (within(s.path, location)) return false;
    if (!s.member && within(location, s.path)) return false; // about a container of the place (e.g. its oneOf)
    return true;
  });
}

/**
 * Repair the event where the new schema's unexplained errors point, away from `location`:
 * add a missing member, drop an undeclared one, or replace a wrong value. Undefined when an error
 * cannot be repaired without touching the place of the candidate.
 */
export function repair(event: unknown, errors: readonly ErrorObject[], newDoc: unknown, newGen: ValueGen, location: string): unknown {
  let out = event;
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
    out = setIn(out, parsePointer(s.path), value);
    if (out === undefined) return undefined;
  }
  return out;
}

const REMOVE: unique symbol = Symbol('remove');

/** `root` with the value at `path` replaced (or removed), copying only along the path. */
function setIn(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i > root.length) return undefined;
    const copy = [...root];
    const next = setIn(copy[i], rest, value);
    if (next === undefined) {
      if (rest.length > 0 || value !== REMOVE) return undefined;
      copy.splice(i, 1);
    } else copy[i] = next;
    return copy;
  }
  if (!isObj(root)) return undefined;
  const copy: Obj = {};
  for (const k of Object.keys(root)) setOwn(copy, k, root[k]);
  if (rest.length === 0 && value === REMOVE) {
    delete copy[head];
    return copy;
  }
  const next = setIn(has(copy, head) ? copy[head] : rest.length > 0 ? {} : undefined, rest, value);
  if (next === undefined) return undefined;
  setOwn(copy, head, next);
  return copy;
}
