// Where a rule's documentation lives (docs/rules.md, generated from the registry): linked from
// the PR comment, the job summary and SARIF (helpUri). At this version's release tag: main may
// already document rules this version does not have.

import { RELEASE_TAG } from '../core/version.js';

export const RULES_DOC_URL = `https://github.com/cxone-contract/cxone-contract/blob/${RELEASE_TAG}/docs/rules.md`;

/** The anchor of a rule id in docs/rules.md (ids are kebab-case: the heading slug is the id). */
export function ruleDocUrl(id: string): string {
  return `${RULES_DOC_URL}#${id}`;
}
