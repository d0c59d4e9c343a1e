// The engine: read both schemas by their declared dialect (as draft-07), normalise them, walk them
// together (twice when keywords stand beside a `$ref`: ./ref-siblings.ts), apply the platform's
// reading.

import { DEFAULT_LIMITS } from '../contracts/limits.js';
import { sameContent } from '../core/canonical.js';
import { nestingDepth } from '../core/depth.js';
import { subschemasOf } from '../core/schema-vocabulary.js';
import { byPlace, type Change } from './change.js';
import { declaredDialect, toDraft07, type Declared } from './dialect.js';
import { normalize } from './normalize.js';
import { applyPlatformRules } from './platform.js';
import { mergeReadings, type RefSiblings } from './ref-siblings.js';
import { PLATFORM_FIELDS } from './schema-model.js';
import { unresolvedRefChanges, unresolvedRefsOfUnchanged } from './unresolved-refs.js';
import { walk } from './walk.js';

/**
 * Deepest schema compared: the nesting a contract file may have. The walk itself is iterative,
 * but values in a schema (enum, const, default) are compared and printed by code that recurses,
 * and a schema deeper than any contract file cannot be the live version of one anyway.
 */
export const MAX_SCHEMA_DEPTH = DEFAULT_LIMITS.maxDepth;

/** Schema nodes scanned for a `$ref` in an unchanged document. */
const SCAN_BUDGET = 200_000;

export function compareSchemas(oldDoc: unknown, newDoc: unknown): Change[] {
  // Most schemas in a repo are unchanged: equal content (platform metadata aside) has no changes,
  // unless a `$ref` in it resolves to nothing (unknown is breaking, changed or not).
  if (sameContent(oldDoc, newDoc, PLATFORM_FIELDS)) return unchanged(oldDoc);
  const tooDeep = depthChanges(oldDoc, newDoc);
  if (tooDeep.length > 0) return tooDeep;
  const [oldDialect, newDialect] = [declaredDialect(oldDoc), declaredDialect(newDoc)];
  if ('unsupported' in oldDialect || 'unsupported' in newDialect) return dialectChanges(oldDialect, newDialect, newDoc);
  // Older drafts are read by their own rules: rewritten to the draft-07 schema that means the same.
  const [oldDraft07, newDraft07] = [toDraft07(oldDoc, oldDialect.dialect), toDraft07(newDoc, newDialect.dialect)];
  const graphs = (reading: RefSiblings) => {
    const before = normalize(oldDraft07, undefined, reading);
    return [before, normalize(newDraft07, before, reading)] as const;
  };
  const [before, after] = graphs('ignore');
  let changes = walk(before, after);
  if (before.refs.siblings || after.refs.siblings) changes = mergeReadings(changes, walk(...graphs('apply')));
  const unknown = before.refs.any || after.refs.any ? unresolvedRefChanges(oldDraft07, newDraft07, changes) : [];
  return applyPlatformRules(unknown.length > 0 ? [...changes, ...unknown].sort(byPlace) : changes, oldDoc, newDoc);
}

/**
 * Two documents of equal content: only the `$ref`s that reach no schema, found by one scan (none
 * when it is too deep or of a dialect not read).
 */
function unchanged(doc: unknown): Change[] {
  if (!hasRef(doc) || nestingDepth(doc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH) return [];
  const dialect = declaredDialect(doc);
  return 'unsupported' in dialect ? [] : unresolvedRefsOfUnchanged(toDraft07(doc, dialect.dialect));
}

/** Whether `doc` holds a `$ref` anywhere (a plain scan; past SCAN_BUDGET nodes, assumed so). */
function hasRef(doc: unknown): boolean {
  const stack: unknown[] = [doc];
  for (let budget = SCAN_BUDGET; stack.length > 0; budget--) {
    if (budget <= 0) return true;
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    if (typeof (node as { $ref?: unknown }).$ref === 'string') return true;
    for (const [sub] of subschemasOf(node as Record<string, unknown>)) stack.push(sub);
  }
  return false;
}

/** One change per side declaring a dialect the engine does not read; such a pair is not compared. */
export function dialectChanges(oldDialect: Declared, newDialect: Declared, newDoc: unknown): Change[] {
  const out: Change[] = [];
  const said = (d: { unsupported: string; name: string }) =>
    `declares $schema ${JSON.stringify(d.unsupported)} (${d.name}), a dialect this tool does not read (it reads draft-04, draft-06 and draft-07), so the schemas were not compared; treated as breaking`;
  if ('unsupported' in oldDialect) {
    const at = newDoc !== null && typeof newDoc === 'object' && '$schema' in newDoc ? '/$schema' : '';
    out.push({
      kind: 'dialect-unsupported',
      pointer: at,
      oldPointer: '/$schema',
      message: `the live schema ${said(oldDialect)}`,
    });
  }
  if ('unsupported' in newDialect) {
    out.push({
      kind: 'dialect-unsupported',
      pointer: '/$schema',
      oldPointer: '/$schema',
      message: `the new schema ${said(newDialect)}`,
    });
  }
  return out;
}

/** One change per side nested deeper than MAX_SCHEMA_DEPTH; such a pair is not compared at all. */
export function depthChanges(oldDoc: unknown, newDoc: unknown): Change[] {
  const out: Change[] = [];
  // Located at the new schema's title (its root when it has none): that names the schema compared.
  const at =
    newDoc !== null && typeof newDoc === 'object' && typeof (newDoc as { title?: unknown }).title === 'string'
      ? '/title'
      : '';
  const said = `nested more than ${MAX_SCHEMA_DEPTH} levels deep (the limit for a contract file), so it was not compared; treated as breaking`;
  if (nestingDepth(oldDoc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH) {
    out.push({ kind: 'live-schema-too-deep', pointer: at, oldPointer: '', message: `the live schema is ${said}` });
  }
  if (nestingDepth(newDoc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH) {
    out.push({ kind: 'schema-too-deep', pointer: at, oldPointer: '', message: `the new schema is ${said}` });
  }
  return out;
}
