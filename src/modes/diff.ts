// `cxone-contract diff OLD NEW`: compare any two draft-07 schema files (YAML or JSON) under a
// policy. Exit 0 compatible, 1 incompatible, 2 unreadable input.

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS, parseContract } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { evolve } from '../evolution/index.js';
import { prepareRegexes } from '../lint/index.js';
import { oneOf } from '../settings/values.js';
import { POLICIES } from '../settings/types.js';

export interface DiffOptions {
  cwd: string;
  policy?: string;
  format?: string;
}

export interface DiffChange {
  rule: string;
  severity: 'error' | 'warning' | 'notice';
  pointer: string;
  message: string;
  /** For a change that breaks old events: one such event (live-valid, new-invalid). */
  witness?: unknown;
}

export interface DiffResult {
  compatible: boolean;
  policy: string;
  /** Every change: breaking ones as errors, the rest as notices. */
  changes: DiffChange[];
}

export async function runDiff(oldPath: string, newPath: string, opts: DiffOptions): Promise<{ output: string; exitCode: number }> {
  const policy = oneOf('--policy', opts.policy ?? 'additive', POLICIES);
  const format = oneOf('--format', opts.format ?? 'text', ['text', 'json'] as const);
  const [live, repo] = await Promise.all([readSchema(oldPath, opts.cwd), readSchema(newPath, opts.cwd)]);
  await prepareRegexes([live.doc, repo.doc]); // the ReDoS checker, when a regex of either needs it
  const { findings, judged } = evolve(live.doc, repo.doc, { file: repo.file, contract: repo.name, policy });
  // Every change is listed: with its finding's verdict and witness when it matters under the
  // policy, else as a notice; then the version rules' findings, which are not changes of their own.
  const listed: DiffChange[] = judged.map(({ change: c, finding: f }) =>
    entry(f ?? { rule: c.kind, severity: 'notice', pointer: c.pointer, message: c.message }, repo),
  );
  const fromChanges = new Set(judged.map((j) => j.finding));
  for (const f of findings) if (!fromChanges.has(f)) listed.push(entry(f, repo));
  const result: DiffResult = { compatible: !findings.some((f) => f.severity === 'error'), policy, changes: listed };
  const output = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : diffText(result);
  return { output, exitCode: result.compatible ? 0 : 1 };
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
  const abs = resolve(cwd, path);
  const size = (await stat(abs).catch(() => undefined))?.size;
  if (size === undefined) throw new UsageError(`diff: cannot read ${path}`);
  if (size > DEFAULT_LIMITS.maxFileBytes) throw new UsageError(`diff: ${path} is larger than ${DEFAULT_LIMITS.maxFileBytes} bytes`);
  const parsed = parseContract('schema', path, await readFile(abs), undefined, { booleanSchema: true });
  const problem = parsed.findings.find((f) => f.severity === 'error');
  if (problem || !parsed.contract) {
    throw new UsageError(`diff: ${problem ? `${path}:${problem.line}: ${problem.rule}: ${problem.message}` : `${path} is not a schema`}`);
  }
  return parsed.contract;
}

function diffText(r: DiffResult): string {
  const lines: string[] = [];
  for (const c of r.changes) {
    lines.push(`${c.severity.padEnd(7)} ${c.rule.padEnd(36)} ${c.pointer || '/'}  ${c.message}`);
    if (c.witness !== undefined) lines.push(`${' '.repeat(8)}e.g. this live-valid event is now rejected: ${JSON.stringify(c.witness)}`);
  }
  const breaking = r.changes.filter((c) => c.severity === 'error').length;
  lines.push(r.compatible ? `compatible under the ${r.policy} policy` : `INCOMPATIBLE under the ${r.policy} policy: ${breaking} breaking change(s)`);
  return lines.join('\n') + '\n';
}
