// `cxone-contract diff OLD NEW`: compare any two draft-07 schema files (YAML or JSON) under a
// policy. Exit 0 compatible, 1 incompatible, 2 unreadable input.

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS, parseContract } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import type { Contract } from '../core/contract.js';
import { evolve } from '../evolution/index.js';
import { oneOf } from '../settings/values.js';
import { POLICIES } from '../settings/types.js';

export interface DiffOptions {
  cwd: string;
  policy?: string;
  format?: string;
}

export interface DiffResult {
  compatible: boolean;
  policy: string;
  changes: { rule: string; severity: string; pointer: string; message: string }[];
}

export async function runDiff(oldPath: string, newPath: string, opts: DiffOptions): Promise<{ output: string; exitCode: number }> {
  const policy = oneOf('--policy', opts.policy ?? 'additive', POLICIES);
  const format = oneOf('--format', opts.format ?? 'text', ['text', 'json'] as const);
  const [live, repo] = await Promise.all([readSchema(oldPath, opts.cwd), readSchema(newPath, opts.cwd)]);
  const { findings } = evolve(live.doc, repo.doc, { file: repo.file, contract: repo.name, policy });
  const result: DiffResult = {
    compatible: !findings.some((f) => f.breaking),
    policy,
    changes: findings.map((f) => {
      const pos = f.breaking ? repo.locate(f.pointer) : undefined;
      return { rule: f.rule, severity: f.severity, pointer: f.pointer, message: pos ? `${f.message} (line ${pos.line})` : f.message };
    }),
  };
  const output = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : diffText(result);
  return { output, exitCode: result.compatible ? 0 : 1 };
}

async function readSchema(path: string, cwd: string): Promise<Contract> {
  const abs = resolve(cwd, path);
  const size = (await stat(abs).catch(() => undefined))?.size;
  if (size === undefined) throw new UsageError(`diff: cannot read ${path}`);
  if (size > DEFAULT_LIMITS.maxFileBytes) throw new UsageError(`diff: ${path} is larger than ${DEFAULT_LIMITS.maxFileBytes} bytes`);
  const parsed = parseContract('schema', path, await readFile(abs));
  const problem = parsed.findings.find((f) => f.severity === 'error');
  if (problem || !parsed.contract) {
    throw new UsageError(`diff: ${problem ? `${path}:${problem.line}: ${problem.rule}: ${problem.message}` : `${path} is not a schema`}`);
  }
  return parsed.contract;
}

function diffText(r: DiffResult): string {
  const lines = r.changes.map((c) => `${c.severity.padEnd(7)} ${c.rule.padEnd(28)} ${c.pointer || '/'}  ${c.message}`);
  const breaking = r.changes.filter((c) => c.severity === 'error').length;
  lines.push(r.compatible ? `compatible under the ${r.policy} policy` : `INCOMPATIBLE under the ${r.policy} policy: ${breaking} breaking change(s)`);
  return lines.join('\n') + '\n';
}
