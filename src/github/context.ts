// Where this run is, read from the runner's environment and the event payload file: the repo,
// the workflow and job (the sticky comment's identity), the pull request and its labels, and where
// a deploy runs from. Read from GITHUB_EVENT_PATH at call time (not @actions/github's `context`,
// frozen at import), once per run: the front reads the event and hands what it holds to the modes.

import { readFile } from 'node:fs/promises';
import { PULL_REQUEST_EVENTS, type DeployOrigin } from '../modes/deploy/gate.js';

export interface RunContext {
  owner?: string;
  repo?: string;
  workflow: string;
  job: string;
  eventName: string;
  /** The pull request number, for pull_request / pull_request_target events. */
  pullNumber?: number;
  /** The pull request's labels at the time of the event (a `labeled` event includes the new one). */
  labels: string[];
  /** Head SHA of the pull request, for "checked at" lines. */
  headSha?: string;
  /**
   * Base commit of the pull request (`pull_request.base.sha`) on pull_request /
   * pull_request_target: the git baseline.
   */
  baseSha?: string;
  /** Link to this run's page (its job summary), when the runner says where it is. */
  runUrl?: string;
}

interface PullPayload {
  number?: unknown;
  pull_request?: { number?: unknown; labels?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
}

/** The events whose payload's pull_request.base.sha is the commit the pull request is compared with. */

/** The runner's environment and the event payload, read once. */
export interface GitHubEvent {
  env: NodeJS.ProcessEnv;
  /** The parsed payload file; {} when there is none or it cannot be read. */
  payload: unknown;
  /** The payload file was read but is not JSON: the check reads it as {}, the deploy stops on it. */
  parseError?: unknown;
}

export async function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): Promise<GitHubEvent> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { env, payload: {} };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { env, payload: {} };
  }
  try {
    return { env, payload: JSON.parse(text) as unknown };
  } catch (err) {
    return { env, payload: {}, parseError: err };
  }
}

export async function readRunContext(env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  return runContextOf(await readGitHubEvent(env));
}

export function runContextOf(event: GitHubEvent): RunContext {
  const env = event.env;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload: PullPayload = event.payload && typeof event.payload === 'object' ? (event.payload as PullPayload) : {};
  const pr = payload.pull_request;
  const number =
    typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' && pr ? payload.number : undefined;
  const runUrl = workflowRunUrl(env);
  const eventName = env.GITHUB_EVENT_NAME || '';
  const baseSha =
    PULL_REQUEST_EVENTS.has(eventName) && typeof pr?.base?.sha === 'string' && pr.base.sha !== ''
      ? pr.base.sha
      : undefined;
  return {
    ...(owner && repo ? { owner, repo } : {}),
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    job: env.GITHUB_JOB || 'job',
    eventName,
    ...(number !== undefined ? { pullNumber: number } : {}),
    labels: labelNames(pr?.labels),
    ...(typeof pr?.head?.sha === 'string' ? { headSha: pr.head.sha } : {}),
    ...(baseSha !== undefined ? { baseSha } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

/** This workflow run's page (its job summary), when the runner says which run this is. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/**
 * Where a deploy runs from (empty outside Actions, where nothing is gated): the event, the ref and
 * the repository's default branch from the payload. A payload that is not JSON stops the deploy:
 * its gate does not guess the default branch.
 */
export function deployOriginOf(event: GitHubEvent): DeployOrigin {
  const env = event.env;
  if (!env.GITHUB_EVENT_NAME) return {};
  let defaultBranch: string | undefined;
  if (env.GITHUB_EVENT_PATH) {
    if (event.parseError !== undefined) throw event.parseError;
    defaultBranch = (event.payload as { repository?: { default_branch?: string } }).repository?.default_branch;
  }
  const runUrl = workflowRunUrl(env);
  return {
    eventName: env.GITHUB_EVENT_NAME,
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.flatMap((l) => {
    const name = typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? [name] : [];
  });
}
