// `cxone-contract diff OLD NEW`: compare any two draft-07 schema files (YAML or JSON) under a
// policy. Exit 0 compatible, 1 incompatible, 2 unreadable input. The result is plain data
// (src/core/diff-result.ts); src/report/diff-text.ts prints it.

import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS, parseContract } from '../contracts/index.js';
import { loadReferenceLocator } from '../contracts/locate.js';
import { UsageError } from '../core/errors.js';
import type { Contract } from '../core/contract.js';
import { describeGiven, readProblem, resolveGiven } from '../core/paths.js';
import type { DiffChange, DiffResult } from '../core/diff-result.js';
import type { Finding } from '../core/finding.js';
import { evolve } from '../evolution/index.js';
import { prepareJudging } from '../lint/index.js';
import { oneOf } from '../settings/values.js';
import { POLICIES } from '../settings/types.js';

export interface DiffOptions {
  cwd: string;
  policy?: string;
}

export async function runDiff(oldPath: string, newPath: string, opts: DiffOptions): Promise<DiffResult> {
  const policy = oneOf('--policy', opts.policy ?? 'additive', POLICIES);
  // Read at once, reported in argument order: when both fail, OLD's problem is the one said, every time.
  const [oldRead, newRead] = await Promise.allSettled([readSchema(oldPath, opts.cwd), readSchema(newPath, opts.cwd)]);
  if (oldRead.status === 'rejected') throw oldRead.reason;
  if (newRead.status === 'rejected') throw newRead.reason;
  const [live, repo] = [oldRead.value, newRead.value];
  await prepareJudging([live.doc, repo.doc]); // ajv, and the ReDoS checker when a regex of either needs it
  await loadReferenceLocator(); // the lines of the breaking changes (entry)
  const { findings, judged } = evolve(live.doc, repo.doc, { file: repo.file, contract: repo.name, policy });
  // Every change is listed: with its finding's verdict and witness when it matters under the
  // policy, else as a notice; then the version rules' findings, which are not changes of their own.
  const listed: DiffChange[] = judged.map(({ change: c, finding: f }) =>
    entry(f ?? { rule: c.kind, severity: 'notice', pointer: c.pointer, message: c.message }, repo),
  );
  const fromChanges = new Set(judged.map((j) => j.finding));
  for (const f of findings) if (!fromChanges.has(f)) listed.push(entry(f, repo));
  return { compatible: !findings.some((f) => f.severity === 'error'), policy, changes: listed };
}

function entry(f: Pick<Finding, 'rule' | 'severity' | 'pointer' | 'message' | 'witness'>, repo: Contract): DiffChange {
  const line = f.severity === 'error' ? ` (line ${repo.locate(f.pointer).line})` : '';
  return {
    rule: f.rule,
    severity: f.severity,
    pointer: f.pointer,
    message: f.message + line,
    ...(f.witness !== undefined ? { witness: f.witness } : {}),
  };
}

async function readSchema(path: string, cwd: string): Promise<Contract> {
  // The paths rule (src/core/paths.ts): a file that cannot be read is named by its absolute path
  // and what it was resolved against, escaped and bounded (it was the name alone, unbounded, and a
  // directory was Node's "EISDIR: illegal operation on a directory").
  const given = resolveGiven(path, cwd, 'the current directory');
  const cannot = (err: unknown) =>
    new UsageError(
      `diff: cannot read ${describeGiven(given)}: ${readProblem((err as NodeJS.ErrnoException).code ?? 'ENOENT')}`,
    );
  const st = await stat(given.path).catch((err: unknown) => {
    throw cannot(err);
  });
  if (st.isDirectory()) throw cannot({ code: 'EISDIR' });
  if (st.size > DEFAULT_LIMITS.maxFileBytes)
    throw new UsageError(`diff: ${describeGiven(given)} is larger than ${DEFAULT_LIMITS.maxFileBytes} bytes`);
  const bytes = await readFile(given.path).catch((err: unknown) => {
    throw cannot(err);
  });
  const parsed = parseContract('schema', path, bytes, undefined, { booleanSchema: true });
  const problem = parsed.findings.find((f) => f.severity === 'error');
  if (problem || !parsed.contract) {
    throw new UsageError(
      `diff: ${problem ? `${path}:${problem.line}: ${problem.rule}: ${problem.message}` : `${path} is not a schema`}`,
    );
  }
  return parsed.contract;
}
