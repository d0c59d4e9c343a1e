// The first, simple comparison (the platform's own rule from the seeds): removed properties,
// properties no longer required, changed types — through nested object properties.
// The full engine (issue 3) replaces this module behind the same `compareSchemas` signature.

import { escapeToken } from '../core/pointer.js';
import type { Change } from './change.js';

type Schema = Record<string, unknown>;

export function compareSchemas(live: Schema, repo: Schema): Change[] {
  const changes: Change[] = [];
  const deprecated = new Set(stringList(live['x-cxone-deprecated-fields']));
  walkObject(live, repo, '', changes, deprecated);
  return changes;
}

function walkObject(live: Schema, repo: Schema, at: string, out: Change[], deprecated: Set<string>): void {
  const liveProps = objectOf(live.properties);
  const repoProps = objectOf(repo.properties);
  const repoRequired = new Set(stringList(repo.required));
  for (const name of stringList(live.required)) {
    if (!repoRequired.has(name) && name in repoProps) {
      out.push({ kind: 'required-removed', pointer: `${at}/required`, old: name });
    }
  }
  for (const [name, liveProp] of Object.entries(liveProps)) {
    const pointer = `${at}/properties/${escapeToken(name)}`;
    if (!(name in repoProps)) {
      // Deprecation marks only apply to top-level properties (the platform's field list).
      const kind = at === '' && deprecated.has(name) ? 'deprecated-property-removed' : 'property-removed';
      out.push({ kind, pointer, old: liveProp });
      continue;
    }
    const repoProp = objectOf(repoProps[name]);
    const oldType = typeKey(objectOf(liveProp).type);
    const newType = typeKey(repoProp.type);
    if (oldType !== newType) {
      out.push({ kind: 'type-changed', pointer: `${pointer}/type`, old: objectOf(liveProp).type, new: repoProp.type });
    } else if (objectOf(liveProp).properties && repoProp.properties) {
      walkObject(objectOf(liveProp), repoProp, pointer, out, deprecated);
    }
  }
}

function objectOf(value: unknown): Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `type: [string, null]` and `type: [null, string]` are the same type. */
function typeKey(type: unknown): string {
  if (Array.isArray(type)) return [...type].map(String).sort().join('|');
  return type === undefined ? '' : String(type);
}
