// The files a pull request changes, from the API (the event payload does not list them), so
// annotations can rank findings in those files above findings elsewhere.

import type { Octokit } from './client.js';

/** Every changed file name of the PR (all pages; GitHub stops at 3,000 files). */
export async function changedFiles(
  octokit: Octokit,
  owner: string,
  repo: string,
  pullNumber: number,
): Promise<Set<string>> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return new Set(files.map((f) => f.filename));
}
