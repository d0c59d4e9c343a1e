// Which baseline judges a check, in order (docs/architecture.md, "Baselines, in order"):
//   1. a registry export file, when given;
//   2. the live registry, when the API and its credentials are given;
//   3. the contract repo at a git revision: `against`, or on a pull request its base commit;
//   4. none: lint only, and a warning that no breaking-change check ran. Never a silent green.
// An API without credentials (a fork's pull request gets no secrets) falls through to 3 with a
// notice. With 1 or 2 judging, the git revision of 3 (when there is one) is the base that tells
// the findings a pull request introduces from those its base branch already has.
// Pure: the revision is resolved (and fetched) by ./resolve.ts.

import type { Settings } from '../settings/types.js';

export type Front = 'action' | 'cli';

export interface ChoiceContext {
  front: Front;
  /** `pull_request.base.sha` of a pull_request / pull_request_target event. */
  pullRequestBase?: string;
}

export interface GitChoice {
  rev: string;
  /** How the revision is named in messages. */
  label: string;
  /** judge: the check compares with it; base: it tells introduced findings from pre-existing ones. */
  role: 'judge' | 'base';
  /**
   * The revision was not asked for by name (the pull request's base): when it cannot be read as a
   * base, a warning, not an error.
   */
  automatic: boolean;
}

export interface BaselineChoice {
  judge: 'export' | 'api' | 'git' | 'none';
  git?: GitChoice;
  /** Lines for the log and notices: why a source was passed over. */
  notices: string[];
  /** judge none: why there is no baseline. */
  none?: string;
}

export function chooseBaseline(
  settings: Pick<Settings, 'registryExport' | 'api' | 'against'>,
  ctx: ChoiceContext,
): BaselineChoice {
  const notices: string[] = [];
  const names = NAMES[ctx.front];
  const rev =
    settings.against !== undefined
      ? { rev: settings.against, label: names.against, automatic: false }
      : ctx.pullRequestBase
        ? { rev: ctx.pullRequestBase, label: "the pull request's base commit", automatic: true }
        : undefined;
  const { baseUrl, clientId, clientSecret } = settings.api;
  let judge: BaselineChoice['judge'] | undefined;
  if (settings.registryExport) judge = 'export';
  else if (baseUrl && clientId && clientSecret) judge = 'api';
  else if (baseUrl) {
    notices.push(
      `${names.api} is set but ${names.credentials} ${!clientId && !clientSecret ? 'are' : 'is'} empty (a pull request from a fork gets no secrets): ` +
        `the live registry is not read; ${rev ? `${rev.label} judges instead` : 'no other baseline is given'}`,
    );
  }
  if (judge) return { judge, ...(rev ? { git: { ...rev, role: 'base' as const } } : {}), notices };
  if (rev) return { judge: 'git', git: { ...rev, role: 'judge' }, notices };
  return { judge: 'none', notices, none: 'no baseline is given' };
}

const NAMES: Record<Front, { against: string; api: string; credentials: string }> = {
  action: { against: 'against', api: 'api-base-url', credentials: 'client-id / client-secret' },
  cli: {
    against: '--against',
    api: 'the API base URL (CXONE_API_BASE_URL)',
    credentials: 'CXONE_CLIENT_ID / CXONE_CLIENT_SECRET',
  },
};

/** The warning of a check that compared nothing: what ran, and how to get a breaking-change check. */
export function noBaselineWarning(why: string, front: Front): string {
  const how =
    front === 'action'
      ? 'run the check on pull_request (the base commit becomes the baseline), set `against` to a git revision, or give `registry-export`, or `api-base-url` with `client-id` and `client-secret`'
      : 'pass --against REV (e.g. origin/main), --export FILE, or the API (CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)';
  return `No breaking-change check ran: ${why}, so the schemas were linted only. For one, ${how}.`;
}
