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
