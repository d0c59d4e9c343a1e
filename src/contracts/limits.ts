// Bounds on what one contract file may cost to parse. Contract repos are written by people, so a
// file that hits one of these is a mistake or an attack; either way it becomes a finding.

export interface ParseLimits {
  /** Files larger than this are not read at all (checked with stat first). */
  maxFileBytes: number;
  /** Deepest nesting of mappings/sequences, counting what aliases bring in. */
  maxDepth: number;
  /** Nodes in the document after alias expansion (what a naive walker would visit). */
  maxNodes: number;
  /** Alias (`*name`) occurrences per file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ParseLimits = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxDepth: 100,
  maxNodes: 500_000,
  maxAliases: 1000,
});

export function resolveLimits(limits?: Partial<ParseLimits>): ParseLimits {
  if (!limits) return DEFAULT_LIMITS;
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ParseLimits)[]) {
    const v = limits[key];
    // Ignore nonsense (NaN, negative) rather than disabling a guard by accident.
    if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) out[key] = v;
  }
  return out;
}

/**
 * Contract files one run may match (schema and filter globs together). A real contract repo holds
 * tens to a few hundred; 10,000 leaves room for the largest tenants while stopping a tree of
 * 100,000 files (600,000 findings, most of a GB) after the first 10,001 entries are listed.
 */
export const MAX_FILES_PER_RUN = 10_000;
