// The audit file as a workflow artifact, through @actions/artifact (the results service: create,
// block-blob upload, finalize). Loaded only here, when a deploy has written an audit file on a
// GitHub runner: a check never loads it.

import { basename, dirname } from 'node:path';

export interface ArtifactTarget {
  /** The `audit-artifact` input; empty: cxone-contract-audit-<run id> (and -attempt-N on a re-run). */
  name?: string;
  env: NodeJS.ProcessEnv;
}

/** The artifact name for this run. */
function auditArtifactName(target: ArtifactTarget): string {
  if (target.name) return target.name;
  const runId = target.env.GITHUB_RUN_ID || 'local';
  const attempt = Number(target.env.GITHUB_RUN_ATTEMPT ?? '1');
  // Artifact names are unique within a run; a re-run attempt must not collide with the first.
  return `cxone-contract-audit-${runId}${attempt > 1 ? `-attempt-${attempt}` : ''}`;
}

/** The runner provides the results service only to steps of a job: elsewhere there is nothing to upload to. */
export function artifactServiceAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

export async function uploadAuditArtifact(
  file: string,
  target: ArtifactTarget,
): Promise<{ name: string; id: number; size: number }> {
  const name = auditArtifactName(target);
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const res = await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file));
  if (res.id === undefined) throw new Error(`the results service gave no id for artifact ${name} (${basename(file)})`);
  return { name, id: res.id, size: res.size ?? 0 };
}
