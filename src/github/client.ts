// One way to reach the GitHub REST API: an Octokit (@actions/github) for the token, aimed at
// GITHUB_API_URL so GitHub Enterprise Server (and our loopback fake in tests) work unchanged.

import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/** An Octokit for `token`; `apiUrl` (else GITHUB_API_URL, else api.github.com) is the base URL. */
export function createOctokit(token: string, apiUrl: string | undefined = process.env['GITHUB_API_URL']): Octokit {
  const baseUrl = (apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  // log: silent. Octokit's default logger warns on stderr (deprecations); reporting owns the output.
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  return getOctokit(token, { baseUrl, log: quiet });
}
