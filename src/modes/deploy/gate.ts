// Where a deploy may run from. A deploy writes to the live tenant, so it refuses the events and refs
// a workflow can be tricked into running it from: pull requests (their code is untrusted, and
// pull_request_target runs it with secrets) and any branch but the default one, unless the repo
// allows more refs explicitly (`allow-deploy-from`, glob patterns such as `refs/heads/release/*`).

import micromatch from 'micromatch';

export interface DeployContext {
  /** GITHUB_EVENT_NAME; undefined outside GitHub Actions (the CLI on a laptop). */
  eventName?: string;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref?: string;
  /** The repository's default branch, from the event payload. */
  defaultBranch?: string;
}

/** Where a deploy runs from, for the gate and the audit file's header; the front reads it (src/github/context.ts). */
export interface DeployOrigin extends DeployContext {
  repository?: string;
  sha?: string;
  actor?: string;
  runUrl?: string;
}

/** The events of a pull request: a deploy never runs on one; a check on one has a base commit. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** Why this run may not deploy, or undefined when it may. */
export function deployRefusal(ctx: DeployContext, allowDeployFrom: readonly string[]): string | undefined {
  if (ctx.eventName === undefined) return undefined;
  if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
    return `deploy refused on a ${ctx.eventName} event: pull requests run code that is not merged yet. Deploy on push to the default branch (see the README's deploy workflow).`;
  }
  const ref = ctx.ref ?? '';
  if (ctx.defaultBranch && ref === `refs/heads/${ctx.defaultBranch}`) return undefined;
  if (allowDeployFrom.some((pattern) => micromatch.isMatch(ref, pattern))) return undefined;
  const expected = ctx.defaultBranch ? `refs/heads/${ctx.defaultBranch}` : 'the default branch';
  return `deploy refused from ${ref || 'an unknown ref'}: only ${expected} deploys unless allow-deploy-from lists the ref (e.g. "refs/heads/release/*").`;
}
