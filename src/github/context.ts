// Where this run is, read from the runner's environment and the event payload file: the repo,
// the workflow and job (the sticky comment's identity), the pull request and its labels. Read
// from GITHUB_EVENT_PATH at call time (not @actions/github's `context`, frozen at import).

import { readFile } from 'node:fs/promises';

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
  /** Base commit of the pull request (`pull_request.base.sha`) on pull_request / pull_request_target: the git baseline. */
  baseSha?: string;
  /** Link to this run's page (its job summary), when the runner says where it is. */
  runUrl?: string;
}

interface PullPayload {
  number?: unknown;
  pull_request?: { number?: unknown; labels?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
}

/** The events whose payload's pull_request.base.sha is the commit the pull request is compared with. */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export async function readRunContext(env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request;
  const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' && pr ? payload.number : undefined;
  const runUrl = workflowRunUrl(env);
  const eventName = env.GITHUB_EVENT_NAME || '';
  const baseSha = PULL_REQUEST_EVENTS.has(eventName) && typeof pr?.base?.sha === 'string' && pr.base.sha !== '' ? pr.base.sha : undefined;
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

/** The event payload, or {} when there is none or it cannot be read (local runs, odd events). */
async function readPayload(path: string | undefined): Promise<PullPayload> {
  if (!path) return {};
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    return data && typeof data === 'object' ? (data as PullPayload) : {};
  } catch {
    return {};
  }
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.flatMap((l) => {
    const name = typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? [name] : [];
  });
}
