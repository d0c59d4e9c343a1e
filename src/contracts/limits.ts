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
  /**
   * Nodes written in the file (scalars, mappings, sequences, aliases; before alias expansion).
   * Every later step (positions, lint, comparison) costs time per node.
   */
  maxFileNodes: number;
}

export const DEFAULT_LIMITS: ParseLimits = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxDepth: 100,
  maxNodes: 500_000,
  maxAliases: 1000,
  // The platform takes schemas of at most 256 KiB of compact JSON (cxone-api.md): about 20,000
  // nodes for a real schema, 65,000 for one long enum of short strings. 100,000 parses in ~0.1 s.
  maxFileNodes: 100_000,
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

/** What all contract files of one run may cost together; past it, each remaining file is a finding. */
export interface RunLimits {
  /** Bytes of contract files read (sum of their sizes). */
  maxBytes: number;
  /** YAML nodes parsed (sum over the files, rejected ones included: their parse was paid). */
  maxNodes: number;
}

/**
 * A real repo holds tens to a few hundred contracts of a few KB (the examples: 2 KB and 110-160
 * nodes each); a schema at the platform's 150-property limit has about 1,500. 5,000,000 nodes
 * leave room for 3,000 such schemas, the largest tenant we can imagine. Parsing, source positions
 * and lint cost about 2 µs per node, so the worst run is bounded to about 10 s (and ~1 GB) where 100
 * files of 490,000 nodes each, all under the per-file limits of old, took 90 s.
 */
export const RUN_LIMITS: RunLimits = Object.freeze({
  maxBytes: 128 * 1024 * 1024,
  maxNodes: 5_000_000,
});

export function resolveRunLimits(limits?: Partial<RunLimits>): RunLimits {
  const out = { ...RUN_LIMITS };
  for (const key of Object.keys(RUN_LIMITS) as (keyof RunLimits)[]) {
    const v = limits?.[key];
    if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) out[key] = v;
  }
  return out;
}
