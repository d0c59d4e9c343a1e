// Does a schema break the platform's ingestion limits (docs/cxone-api.md)? Such a schema can never
// be deployed, and the lint already fails it (`payload-too-large`, `too-many-properties`): its
// witness search would only spend time compiling and checking events of a size the platform never
// sees (16,000 members: seconds per compilation, tens of milliseconds per check).

import { MAX_SCHEMA_BYTES, MAX_TOP_LEVEL_PROPERTIES, rules } from '../lint/schema/limits.js';

/** Why `doc` breaks an ingestion limit (the lint rule's id), or undefined when it does not. */
export function ingestionLimitBroken(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const props = (doc as { properties?: unknown }).properties;
  if (
    props !== null &&
    typeof props === 'object' &&
    !Array.isArray(props) &&
    Object.keys(props).length > MAX_TOP_LEVEL_PROPERTIES
  ) {
    return rules.tooManyProperties.id;
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(doc);
  } catch {
    return undefined; // too deep to serialise: the witness search says so itself
  }
  // (UTF-8 is at least one byte a UTF-16 unit, at most three: count bytes only near the limit)
  if (text !== undefined && text.length * 3 > MAX_SCHEMA_BYTES && Buffer.byteLength(text, 'utf8') > MAX_SCHEMA_BYTES)
    return rules.payloadTooLarge.id;
  return undefined;
}
