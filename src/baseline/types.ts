// The state a check compares against: a registry export file, the live registry through the API,
// or the contract repo at another git commit (./git-baseline.ts), all in the one shape.

export interface LiveSchema {
  title: string;
  /** Platform id, when known. */
  id?: string;
  etag?: string;
  /** Where a git baseline holds it: the file's path at that revision, relative to the contract root. */
  file?: string;
  /** The schema as the platform stores it, platform-assigned fields (id, etag) removed. */
  doc: Record<string, unknown>;
  /**
   * Nested deeper than a contract file may be (LIVE_SCHEMA_MAX_DEPTH): the evolution engine does
   * not compare it (live-schema-too-deep), and code that recurses over JSON (stringify, YAML
   * output, ajv) must not be given it.
   */
  tooDeep?: true;
}

export interface LiveState {
  /** Human-readable origin: `export:<path>`, `api:<url>` or `git:<sha>`. */
  source: string;
  /**
   * The contract repo itself at another commit (a git baseline), not a tenant: it holds every
   * contract of that commit, so a title it has and the working tree lacks was removed or renamed.
   */
  repo?: true;
  schemas: Map<string, LiveSchema>;
  /** Every live filter by name: read through the API (a registry export file holds schemas only). */
  filters?: Map<string, LiveFilterState>;
  /** The membership (filter ids, in order) of each routing group the plan touches: through the API only. */
  groups?: Map<string, string[]>;
  /** Why the filters are not known although the API was read (the client lacks their scope). */
  filtersUnknown?: string;
}

/** One live filter: platform id, ETag and activation status set apart from its content. */
export interface LiveFilterState {
  id?: string;
  etag?: string;
  doc: Record<string, unknown>;
  status?: string;
  message?: string;
  /** When the platform says the filter last changed (`updated_at`, a field some platforms add). */
  updatedAt?: string;
}

/** Fields the platform adds to a stored schema; not part of the contract, never sent. */
export const SCHEMA_PLATFORM_FIELDS: readonly string[] = ['id', 'etag'];

/**
 * A filter's content is the fields the contract defines (docs/cxone-api.md, "Event filters"):
 * whatever else a platform shows on a filter (id, etag, status, timestamps, revision, ...) is its
 * own, never exported, compared or sent. An allowlist, because platforms add fields of their own.
 */
export const FILTER_CONTENT_FIELDS: readonly string[] = [
  'name',
  'description',
  'channel',
  'matchers',
  'pattern_rules',
  'target_group_id',
];

export function filterContent(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => FILTER_CONTENT_FIELDS.includes(k)));
}

/** A document without the given (platform) fields: what the repo holds and a deploy sends. */
export function stripFields(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}
