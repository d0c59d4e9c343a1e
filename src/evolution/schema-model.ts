// Normalised schemas: plain objects where `$ref`s are replaced by their (shared) targets, so the
// graph may be cyclic. `src` remembers each node's pointer in its source document, for findings.

import { definedKeywords, isAssertingKeyword } from '../core/schema-vocabulary.js';

export type Schema = Record<string, unknown>;

export interface NormalizedSchema {
  root: Schema;
  /** Source pointer of each normalised node. */
  src: Map<Schema, string>;
  /**
   * The raw (source) object of each node whose subtree holds no `$ref`: for those, equal raw
   * content means equal meaning, and the walker can skip the pair.
   */
  refFreeRaw: Map<Schema, object>;
  /** Each normalised node by its location in the source document. */
  byPointer: Map<string, Schema>;
  /**
   * Opaque `$ref` nodes that reach no schema (a pure cycle, past the hop limit, or unresolvable): a
   * change of their own, never `{}` nor compared as text.
   */
  unresolved: Map<Schema, UnresolvedRef>;
  /**
   * Whether the document has a `$ref` (outside subtrees reused from the other version, which have
   * none), and one with asserting keywords beside it.
   */
  refs: { any: boolean; siblings: boolean };
  /**
   * Per node, where keywords hoisted into it (./simplify.ts) came from: keyword (or `keyword/name`)
   * -> source pointer of the node that held it; `=keyword` -> the keyword's own pointer.
   */
  keySrc?: Map<Schema, Map<string, string>>;
}

export interface UnresolvedRef {
  ref: string;
  /** A pure cycle of `$ref`s, a chain past the hop limit, or a reference nothing in the document answers to. */
  reason: 'cycle' | 'too-long' | 'unresolvable';
}

export const JSON_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/** Marker of the `false` schema (nothing validates): `{ not: {} }` after normalisation. */
export function isFalseSchema(s: Schema | undefined): boolean {
  if (!s || !('not' in s)) return false;
  for (const k of Object.keys(s)) if (k !== 'not' && affectsValidation(k)) return false;
  return isTrueSchema(s.not as Schema);
}

/** The `true` schema (everything validates): `{}` once annotations are ignored. */
export function isTrueSchema(s: Schema | undefined): boolean {
  if (!s) return true;
  for (const k of Object.keys(s)) if (affectsValidation(k)) return false;
  return true;
}

/**
 * Annotation keywords: draft-07 keywords that never affect validity (a change of one is
 * `annotation-changed`). Any keyword draft-07 does not define (a typo, `nullable`, draft-04's
 * `id`) is ignored by validators and so is an annotation too: see `affectsValidation`.
 */
export const ANNOTATIONS: ReadonlySet<string> = new Set(
  definedKeywords('draft-07').filter((k) => !isAssertingKeyword(k)),
);

/** Platform metadata, judged by the platform rules (version.ts), not by validation. */
export const PLATFORM_FIELDS = new Set(['cxoneVersion']);

/**
 * Whether a keyword can change which events validate: only the asserting keywords of draft-07
 * (the engine reads every schema as draft-07; ./dialect.ts rewrites older drafts first).
 * Annotations, unknown keywords, vendor extensions (`x-*`, e.g. x-cxone-deprecated-fields) and
 * platform metadata cannot: the one definition every family uses when it asks whether two
 * schemas are "the same".
 */
export function affectsValidation(key: string): boolean {
  return isAssertingKeyword(key, 'draft-07');
}

/** Vendor extensions and platform fields: judged by ../platform.ts and ../version.ts, not as annotations. */
export function isPlatformKeyword(key: string): boolean {
  return PLATFORM_FIELDS.has(key) || key.startsWith('x-');
}

/** A keyword's value as a list (nothing when it is not one). */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A keyword's value as a finite number (undefined when it is not one). */
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function asSchema(v: unknown): Schema | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : undefined;
}

/** The types a schema allows; undefined = any type. `integer` is a subset of `number`. */
export function typesOf(s: Schema): ReadonlySet<JsonType> | undefined {
  const t = s.type;
  if (t === undefined) return undefined;
  return new Set((Array.isArray(t) ? t : [t]) as JsonType[]);
}

/** True when the schema allows values of `type` (taking integer ⊂ number into account). */
export function allowsType(s: Schema, type: JsonType): boolean {
  const types = typesOf(s);
  if (!types) return true;
  return types.has(type) || (type === 'integer' && types.has('number'));
}

/** Whether either schema uses any of `keywords`: lets a family skip node pairs it has nothing to say about. */
export function eitherUses(a: Schema, b: Schema, keywords: readonly string[]): boolean {
  for (const k of keywords) if (a[k] !== undefined || b[k] !== undefined) return true;
  return false;
}
