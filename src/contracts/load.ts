// The contracts stage: globs -> files -> Contract[] plus the findings for files that are not
// usable contracts. Reads run with bounded concurrency; parsing is synchronous and cheap.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { discover } from './discover.js';
import { resolveLimits, type ParseLimits } from './limits.js';
import { parseContract } from './parse.js';
import { mapLimit } from '../core/pool.js';
import { readBounded, unreadable } from './read.js';

export interface LoadOptions {
  root: string;
  schemaGlobs: string[];
  filterGlobs: string[];
  limits?: Partial<ParseLimits>;
}

export interface LoadResult {
  contracts: Contract[];
  findings: Finding[];
  /** Every matched path, relative to the root, sorted. */
  files: string[];
}

/** Parallel reads in flight: hides I/O latency without risking EMFILE. */
const READ_CONCURRENCY = 32;

export async function loadContracts(opts: LoadOptions): Promise<LoadResult> {
  const limits = resolveLimits(opts.limits);
  const candidates = await discover(opts.root, opts.schemaGlobs, opts.filterGlobs);
  const results = await mapLimit(candidates, READ_CONCURRENCY, async (c) => {
    if (c.problem) return { findings: [unreadable(c.file, c.problem)] };
    const read = await readBounded(c.absPath, c.file, limits.maxFileBytes);
    if ('finding' in read) return { findings: [read.finding] };
    return parseContract(c.kind, c.file, read.bytes, limits);
  });
  const contracts: Contract[] = [];
  const findings: Finding[] = [];
  for (const r of results) {
    if (r.contract) contracts.push(r.contract);
    findings.push(...r.findings);
  }
  return { contracts, findings, files: candidates.map((c) => c.file) };
}
