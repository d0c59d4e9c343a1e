// The contracts stage: globs -> files -> Contract[] plus the findings for files that are not
// usable contracts. Reads run ahead with bounded concurrency; parsing is synchronous and goes in
// file order, so the run's budgets (bytes read, YAML nodes parsed) are spent deterministically:
// the same files are checked, and the same ones reported unchecked, on every run.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { discover } from './discover.js';
import { resolveLimits, resolveRunLimits, type ParseLimits, type RunLimits } from './limits.js';
import { parseContract, type ParseResult } from './parse.js';
import { formatBytes, overBudget, readBounded, unreadable, type ReadResult } from './read.js';

export interface LoadOptions {
  root: string;
  schemaGlobs: string[];
  filterGlobs: string[];
  limits?: Partial<ParseLimits>;
  /** The run's budgets (tests lower them). */
  runLimits?: Partial<RunLimits>;
}

export interface LoadResult {
  contracts: Contract[];
  findings: Finding[];
  /** Every matched path, relative to the root, sorted. */
  files: string[];
}

/** Files read ahead of the one being parsed, and between two turns of the event loop. */
const READ_CONCURRENCY = 32;

export async function loadContracts(opts: LoadOptions): Promise<LoadResult> {
  const limits = resolveLimits(opts.limits);
  const run = resolveRunLimits(opts.runLimits);
  const candidates = await discover(opts.root, opts.schemaGlobs, opts.filterGlobs);
  let bytes = 0;
  let nodes = 0;
  // Past a budget, no file is read any more: at most READ_CONCURRENCY reads already started are wasted.
  let spent: string | undefined;
  const reads: (Promise<ReadResult> | undefined)[] = [];
  const startRead = (i: number) => {
    const c = candidates[i];
    if (c && !c.problem && spent === undefined && reads[i] === undefined)
      reads[i] = readBounded(c.absPath, c.file, limits.maxFileBytes);
  };
  const contracts: Contract[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < candidates.length; i++) {
    // Reads and parses are synchronous: let the event loop run now and then (a live baseline is
    // being fetched at the same time, src/modes/check.ts).
    if (i > 0 && i % READ_CONCURRENCY === 0) await new Promise((resume) => setImmediate(resume));
    for (let j = i; j < i + READ_CONCURRENCY; j++) startRead(j);
    const c = candidates[i]!;
    let r: ParseResult;
    if (c.problem) r = { findings: [unreadable(c.file, c.problem)] };
    else if (spent !== undefined) r = { findings: [overBudget(c.file, spent)] };
    else {
      const read = await reads[i]!;
      reads[i] = undefined; // (its bytes can go once parsed)
      if ('finding' in read) r = { findings: [read.finding] };
      else if (bytes + read.bytes.length > run.maxBytes) {
        const budget = `the run's budget of ${formatBytes(run.maxBytes)} of contract files`;
        r = {
          findings: [
            overBudget(
              c.file,
              `the contract files before it already total ${formatBytes(bytes)}, and this one would take the run past ${budget}`,
            ),
          ],
        };
        spent = `${budget} ran out at ${c.file}`;
      } else {
        bytes += read.bytes.length;
        r = parseContract(c.kind, c.file, read.bytes, limits);
        nodes += r.nodes ?? 0;
        if (nodes >= run.maxNodes)
          spent = `the contract files before it already hold ${nodes} YAML nodes, the run's budget is ${run.maxNodes}`;
      }
    }
    if (r.contract) contracts.push(r.contract);
    findings.push(...r.findings);
  }
  // Reads started but no longer wanted (the budget ran out) still settle before we return.
  await Promise.all(reads.filter((p) => p !== undefined));
  return { contracts, findings, files: candidates.map((c) => c.file) };
}
