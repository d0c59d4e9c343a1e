// What the command line accepts: the usage text, and the formats each command prints (checked
// before anything is read, so a refused format costs no request and writes no file).

import { UsageError } from './core/errors.js';
import { escapeControl } from './core/log-safe.js';
import { TOOL_VERSION } from './core/version.js';
import type { Format } from './settings/types.js';

export const USAGE = `cxone-contract ${TOOL_VERSION} — guard the event contracts of a NICE CXone EventBridge tenant

usage:
  cxone-contract check   [--root DIR] [--config FILE] [--export FILE] [--against REV] [--policy P] [--fail-on L] [--format text|json|sarif]
                         [--schemas GLOB] [--filters GLOB] [--report-file FILE] [--fail-on-existing] [--no-color]
                         [--api-base-url URL] [--token-url URL] [--token-request-format form|json] [--tenant T] [--deploy-client-id ID]
                         [--request-timeout S] [--max-retries N] [--max-concurrency N] [--requests-per-second N]
  cxone-contract diff    OLD NEW [--policy P] [--format text|json]
  cxone-contract demo    check the bundled example repo against its example registry export
  cxone-contract emulator [--port N] [--seed FILE] [--max-page-size N] [--variant NAME]   a local stand-in for the platform API (users' offline tests, the demo);
      --variant reference|resource-draft|flat-terse picks how it answers where the API contract is silent
  cxone-contract deploy  [check's flags except --against --fail-on-existing] [--format text|json] [--dry-run] [--audit-file FILE]
                         [--activation-timeout S] [--allow-deploy-from REF]   apply the repo to the live tenant (If-Match, conflicts never overwritten)
      --allow-deploy-from REF (repeatable; a glob such as refs/heads/release/*) as the action's input: in a GitHub Actions run (GITHUB_EVENT_NAME
      set) a deploy runs only from the default branch or a listed GITHUB_REF, never on a pull request (exit 2); elsewhere there is no ref
      to gate, and the flag only says so on stderr
  cxone-contract drift   [check's flags except --against --fail-on-existing] [--dead-filter-window D] [--activation-timeout S] [--format text|json|sarif]
      the live tenant vs the repo: out-of-band changes (who, when), dead and stuck filters (stuck: not ACTIVE after --activation-timeout S)
  cxone-contract export  [check's flags except --against --fail-on-existing] [--out DIR] [--force] [--format text|json]
      write the live tenant as a contract repo (cxone/schemas, cxone/filters)
  cxone-contract rules   [ID] [--format text|json]   every rule (id, default severity, summary), or one rule: its doc, fix, code, and a change kind's verdict per policy

formats: text (default) for people; json, one document on stdout (check: schemas/report.schema.json, deploy: schemas/deploy-report.schema.json,
  drift: schemas/drift-report.schema.json, export: schemas/export-report.schema.json, diff: {compatible, policy, changes}); sarif (check, drift)
  for code scanning. github is the action's format (annotations, job summary, PR comment); the command line refuses it. A format a command
  does not print is refused (exit 2) before any file or the tenant is read.
baselines, in order: --export FILE; the API (credentials below); --against REV, the schemas at a git revision of the repo that holds
  --root (read with git, nothing checked out: e.g. --against origin/main before a commit); none: lint only. With --export or the API
  judging, --against REV marks the findings REV already has as pre-existing: they fail only with --fail-on-existing.
paths: --root, --export, --report-file, --audit-file and --out are relative to the current directory (in the action, its inputs to the
  workspace); --config and the globs to --root. SARIF URIs are relative to the repository, as the action's: the top of the git repository
  that holds --root, else the current directory.
policies: additive (default), backward, forward, full, none     fail-on: error (default), warning, notice, never
environment: CXONE_API_BASE_URL, CXONE_TOKEN_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_TENANT, CXONE_DEPLOY_CLIENT_ID
exit codes: 0 ok, 1 findings at or above fail-on (diff: incompatible), 2 usage or configuration error, 3 platform failure, 4 internal error (a bug)
`;

/**
 * The formats each command prints. The command line never prints workflow commands (its output is
 * made inert for the runner, src/core/log-safe.ts), so `github` is the action's alone; SARIF is for
 * findings placed on repo files (check, drift), not for a deploy's or an export's result.
 */
export const COMMAND_FORMATS = {
  check: ['text', 'json', 'sarif'],
  diff: ['text', 'json'],
  deploy: ['text', 'json'],
  drift: ['text', 'json', 'sarif'],
  export: ['text', 'json'],
  rules: ['text', 'json'],
} as const satisfies Record<string, readonly Format[]>;

type FormatCommand = keyof typeof COMMAND_FORMATS;

/**
 * The `--format` of `command`, checked before anything is read: a format the command does not print
 * is a usage error.
 */
export function commandFormat<C extends FormatCommand>(
  command: C,
  value: string | undefined,
): (typeof COMMAND_FORMATS)[C][number] {
  const allowed: readonly string[] = COMMAND_FORMATS[command];
  const v = value?.trim() ?? '';
  if (v === '') return 'text';
  if (allowed.includes(v)) return v as (typeof COMMAND_FORMATS)[C][number];
  const use = `${command} prints ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)!}`;
  if (v === 'github') {
    const sarif = allowed.includes('sarif')
      ? '; for annotations from a run: step, upload --format sarif with github/codeql-action/upload-sarif'
      : '';
    throw new UsageError(
      `--format github is the action's format (annotations, job summary and PR comment: uses: cxone-contract/cxone-contract); on the command line ${use}${sarif}`,
    );
  }
  if (v === 'sarif')
    throw new UsageError(
      `--format sarif is not available for ${command}: SARIF holds findings on repo files (check, drift); ${use}`,
    );
  throw new UsageError(`--format: "${escapeControl(v)}" is not one of ${allowed.join(', ')} (for ${command})`);
}
