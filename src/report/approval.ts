// How to approve an intended breaking change, said the same way everywhere a breaking change is
// reported (annotations, the failure message, the PR comment, the job summary, the text report):
// the exact PR label, or the exact config ignore, plus the major version bump it still needs.

import type { Finding } from '../core/finding.js';
import { DEFAULT_ALLOW_BREAKING_LABEL, DEFAULT_CONFIG_FILE, type Settings } from '../settings/types.js';

export interface ApprovalOptions {
  /** The PR label that approves breaking changes (settings.github.allowBreakingLabel). */
  label: string;
  /** The repo config file ignores go in, as the user names it (default `.cxone-contract.yml`). */
  configFile: string;
}

export const DEFAULT_APPROVAL: ApprovalOptions = {
  label: DEFAULT_ALLOW_BREAKING_LABEL,
  configFile: DEFAULT_CONFIG_FILE,
};

/** The approval as these settings name it: their label, and the config file in use (or the default one). */
export function approvalOf(settings: Pick<Settings, 'github' | 'configFile'>): ApprovalOptions {
  return { label: settings.github.allowBreakingLabel, configFile: settings.configFile ?? DEFAULT_CONFIG_FILE };
}

/** A YAML string that needs no thought about quoting: JSON strings are valid YAML scalars. */
const q = (s: string): string => JSON.stringify(s);

/** The `ignores:` entries (block YAML) that would approve exactly these findings. */
export function ignoreSnippet(findings: readonly Finding[]): string {
  const lines = ['ignores:'];
  for (const f of findings) {
    lines.push(`  - rule: ${f.rule}`, `    contract: ${q(f.contract ?? '')}`);
    if (f.pointer !== '') lines.push(`    pointer: ${q(f.pointer)}`);
    lines.push(`    reason: ${q('why this break is intended, and who agreed')}`);
  }
  return lines.join('\n');
}

/** The same entry on one line (YAML flow style), for table cells. */
export function ignoreFlow(f: Finding): string {
  const pointer = f.pointer !== '' ? `, pointer: ${q(f.pointer)}` : '';
  return `ignores: [{rule: ${f.rule}, contract: ${q(f.contract ?? '')}${pointer}, reason: "…"}]`;
}

/** Multi-line text appended to the annotation of a breaking change. */
export function approvalText(f: Finding, opts: ApprovalOptions): string {
  return (
    `To approve this intended break: add the label "${opts.label}" to the pull request, ` +
    `or add to ${opts.configFile}:\n${ignoreSnippet([f])}\n` +
    'Either way cxoneVersion needs a new major version.'
  );
}

/** One sentence for failure messages that cover several breaking changes. */
export function approvalSentence(opts: ApprovalOptions): string {
  return (
    `To approve intended breaking changes, add the pull request label "${opts.label}" ` +
    `or an ignore per change in ${opts.configFile} (cxoneVersion still needs a major bump)`
  );
}
