// The engine: normalise both schemas, walk them together, apply the platform's reading.

import { sameContent } from '../core/canonical.js';
import type { Change } from './change.js';
import { normalize } from './normalize.js';
import { applyPlatformRules } from './platform.js';
import { PLATFORM_FIELDS } from './schema-model.js';
import { walk } from './walk.js';

export function compareSchemas(oldDoc: unknown, newDoc: unknown): Change[] {
  // Most schemas in a repo are unchanged: equal content (platform metadata aside) has no changes.
  if (sameContent(oldDoc, newDoc, PLATFORM_FIELDS)) return [];
  const before = normalize(oldDoc);
  return applyPlatformRules(walk(before, normalize(newDoc, before)), oldDoc, newDoc);
}
