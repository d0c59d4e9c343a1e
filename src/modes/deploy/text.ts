// The deploy's result for people: one line per operation that did something or went wrong, and a
// closing line that says whether everything planned was applied.

import { escapeControl } from '../../core/log-safe.js';
import { cell, escapeText, table } from '../../report/markdown.js';
import type { DeployResult } from './types.js';

export function formatDeploy(result: DeployResult, dryRun: boolean): string {
  const lines: string[] = [];
  for (const op of result.operations) {
    if (op.outcome === 'unchanged') continue;
    const detail = [
      op.status !== undefined ? String(op.status) : '',
      op.attempts > 1 ? `${op.attempts} attempts` : '',
      op.unknownOutcomes ? `${op.unknownOutcomes} with an unknown outcome, decided by re-reading` : '',
      escapeControl(op.error ?? ''),
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${op.outcome.padEnd(9)} ${op.operation.padEnd(12)} ${op.kind.padEnd(7)} ${escapeControl(op.name)}${detail ? `  (${detail})` : ''}`);
  }
  const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
  const verdict = dryRun ? 'dry run: nothing written' : result.deployed ? 'deployed: live == repo' : 'NOT fully deployed: the items above marked conflict or failed were not applied; a re-run finishes the job once they are resolved';
  lines.push(`deploy: ${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed — ${verdict}`);
  return lines.join('\n') + '\n';
}

/** The deploy's section of the job summary: every operation that wrote, or failed to. Names, versions and API messages are user data: escaped like every summary table. */
export function deployMarkdown(result: DeployResult, dryRun: boolean): string {
  const rows = result.operations
    .filter((op) => op.outcome !== 'unchanged')
    .map((op) => [
      op.outcome,
      op.operation,
      op.kind,
      escapeText(op.name),
      escapeText([op.versionBefore, op.versionAfter].filter(Boolean).join(' → ')),
      cell(op.error ?? (op.keptLive?.length ? `kept live changes: ${op.keptLive.join(', ')}` : '')),
    ]);
  const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
  const head = dryRun ? '### Deploy (dry run: nothing written)' : result.deployed ? '### Deploy: live == repo' : '### Deploy: NOT complete';
  return [
    head,
    '',
    `${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed.`,
    '',
    ...(rows.length > 0 ? [table(['outcome', 'operation', 'kind', 'name', 'version', 'note'], rows)] : []),
    '',
  ].join('\n');
}
