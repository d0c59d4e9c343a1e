// Telling "we may not write here" (fork PRs, read-only GITHUB_TOKEN, a deleted PR) apart from other
// failures, and saying what went wrong in one line without ever including the token.

/** HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** 401/403/404: the token cannot read or write here (a fork PR's token is read-only). */
export function isAccessDenied(err: unknown): boolean {
  const s = statusOf(err);
  return s === 401 || s === 403 || s === 404;
}

/** `403 Resource not accessible by integration` style one-liner. Octokit messages hold no token. */
export function describeGitHubError(err: unknown): string {
  const status = statusOf(err);
  const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  return status !== undefined ? `HTTP ${status}: ${msg}` : msg;
}
