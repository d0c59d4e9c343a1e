// The command line's flag tables, one per command (what each command's parser accepts), what
// `<command> --help` says of each flag (src/cli-help.ts prints it from these tables), and how the
// shared flags and the CXONE_* environment fill the same RawInputs the action reads from its inputs.
// test/cli/flag-parity.test.ts holds them against action.yml; test/cli/help.test.ts against the help.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './core/errors.js';
import { escapeControl } from './core/log-safe.js';
import { closest } from './core/suggest.js';
import { wordList } from './cli-usage.js';
import type { RawInputs } from './settings/index.js';
import { FAIL_ON, POLICIES, TOKEN_FORMATS } from './settings/types.js';

/** The flags of every command that talks to the tenant (check, deploy, drift, export). */
const API_FLAGS = {
  'api-base-url': { type: 'string' },
  'token-url': { type: 'string' },
  'token-request-format': { type: 'string' },
  tenant: { type: 'string' },
  'deploy-client-id': { type: 'string' },
  'request-timeout': { type: 'string' },
  'max-retries': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'requests-per-second': { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** The flags of every command that reads the repo (check, deploy, drift). */
export const SHARED_FLAGS = {
  root: { type: 'string' },
  config: { type: 'string' },
  export: { type: 'string' },
  policy: { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  schemas: { type: 'string', multiple: true },
  filters: { type: 'string', multiple: true },
  'report-file': { type: 'string' },
  ...API_FLAGS,
  'no-color': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** What each command's parser accepts; every command takes --no-color (src/cli-color.ts). */
export const COMMAND_FLAGS = {
  // A git baseline judges a check, never a deploy or a drift run.
  check: { ...SHARED_FLAGS, against: { type: 'string' }, 'fail-on-existing': { type: 'boolean' } },
  deploy: {
    ...SHARED_FLAGS,
    'dry-run': { type: 'boolean' },
    'audit-file': { type: 'string' },
    'activation-timeout': { type: 'string' },
    'allow-deploy-from': { type: 'string', multiple: true },
  },
  // Drift calls a filter stuck after activation-timeout (filter-not-active).
  drift: { ...SHARED_FLAGS, 'dead-filter-window': { type: 'string' }, 'activation-timeout': { type: 'string' } },
  // Export reads the tenant and writes files: no repo, baseline, policy or report of its own to take.
  export: {
    format: { type: 'string' },
    ...API_FLAGS,
    'no-color': { type: 'boolean' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  diff: { policy: { type: 'string' }, format: { type: 'string' }, 'no-color': { type: 'boolean' } },
  rules: { format: { type: 'string' }, 'no-color': { type: 'boolean' } },
  emulator: {
    port: { type: 'string' },
    seed: { type: 'string' },
    'max-page-size': { type: 'string' },
    variant: { type: 'string' },
    'no-color': { type: 'boolean' },
  },
  demo: { 'no-color': { type: 'boolean' } },
} as const satisfies Record<string, NonNullable<ParseArgsConfig['options']>>;

export type Command = keyof typeof COMMAND_FLAGS;
type FlagName = { [C in Command]: keyof (typeof COMMAND_FLAGS)[C] & string }[Command];

/** True when `name` is a command (a key of COMMAND_FLAGS, not one of Object's). */
export function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMAND_FLAGS, name);
}

/**
 * What `<command> --help` says of a flag (src/cli-help.ts prints it from this table and
 * COMMAND_FLAGS): the value's name (a string flag has one, a boolean none; --format's is the
 * command's formats) and one line; `for` words it otherwise for a command where it means more or less.
 * Typed over every flag of every command: a flag without its line does not compile.
 */
export interface FlagDoc {
  value?: string;
  text: string;
  for?: Partial<Record<Command, string>>;
}

const oneOrOther = (words: readonly string[]) => wordList(words, 'or');
const apiEnv = (name: string) => `; else ${name}`;

export const FLAG_DOCS: { readonly [F in FlagName]: FlagDoc } = {
  root: { value: 'DIR', text: 'the contract repo (default .); globs and --config are relative to it' },
  config: { value: 'FILE', text: 'the repo config file, relative to --root (default .cxone-contract.yml; optional)' },
  export: {
    value: 'FILE',
    text: 'a saved registry export (GET .../schemas?export=true) as the baseline, instead of the API',
  },
  policy: {
    value: 'P',
    text: `compatibility policy: ${oneOrOther(POLICIES)} (default: the config's, else additive)`,
    for: { diff: `compatibility policy: ${oneOrOther(POLICIES)} (default additive)` },
  },
  'fail-on': {
    value: 'L',
    text: `lowest severity that fails (exit 1): ${oneOrOther(FAIL_ON)} (default: the config's, else error)`,
  },
  format: { value: 'F', text: 'what stdout holds (default text; see formats below)' },
  schemas: {
    value: 'GLOB',
    text: "event-schema files (default: the config's, else cxone/schemas/**/*.{yaml,yml,json})",
  },
  filters: {
    value: 'GLOB',
    text: "event-filter files (default: the config's, else cxone/filters/**/*.{yaml,yml,json})",
  },
  'report-file': {
    value: 'FILE',
    text: 'also write the JSON report to FILE (schemas/report.schema.json)',
    for: {
      drift: 'also write the JSON report to FILE (schemas/drift-report.schema.json)',
      deploy:
        "also write the check's JSON report to FILE (schemas/report.schema.json), as the action does; the deploy's record is --audit-file",
    },
  },
  'api-base-url': {
    value: 'URL',
    text: `platform API base URL, e.g. https://api-us-1.cxone.com (https except on loopback)${apiEnv('CXONE_API_BASE_URL')}`,
  },
  'token-url': {
    value: 'URL',
    text: `OAuth 2.0 token endpoint (default {api-base-url}/oauth/token)${apiEnv('CXONE_TOKEN_URL')}`,
  },
  'token-request-format': {
    value: TOKEN_FORMATS.join('|'),
    text: 'token request body: form (RFC 6749, default) or json (some tenants)',
  },
  tenant: {
    value: 'T',
    text: `tenant identifier sent with the token request, where the tenant needs it${apiEnv('CXONE_TENANT')}`,
  },
  'deploy-client-id': {
    value: 'ID',
    text: `the client id the deploy writes with, when not CXONE_CLIENT_ID: its audit entries are this tool's deploys${apiEnv('CXONE_DEPLOY_CLIENT_ID')}`,
  },
  'request-timeout': {
    value: 'S',
    text: 'seconds one API request may take before it is retried or reported (default 30)',
  },
  'max-retries': { value: 'N', text: 'retries of one API request on 429, 5xx, resets and timeouts (default 5)' },
  'max-concurrency': { value: 'N', text: 'most API requests in flight at once (default 4)' },
  'requests-per-second': { value: 'N', text: 'most API requests sent per second (default 100; 0: no pacing)' },
  'no-color': { text: "no ANSI colours, as NO_COLOR (only the check's text report has them, on a terminal)" },
  against: {
    value: 'REV',
    text: 'the schemas at git revision REV of the repo holding --root as the baseline; with --export or the API judging, the base that marks pre-existing findings',
  },
  'fail-on-existing': { text: 'pre-existing findings (already at the --against base) fail the check too' },
  'dry-run': { text: 're-check and print what would be written; write nothing' },
  'audit-file': {
    value: 'FILE',
    text: 'write a JSON-lines audit file: a header record, then one record per operation',
  },
  'activation-timeout': {
    value: 'S',
    text: 'seconds to wait for a filter to become ACTIVE before reporting it failed (1-3600, default 60)',
    for: { drift: 'after how many seconds a filter not yet ACTIVE is stuck (filter-not-active; 1-3600, default 60)' },
  },
  'allow-deploy-from': {
    value: 'REF',
    text: 'a ref or glob (refs/heads/release/*) besides the default branch that may deploy; the gate applies in a GitHub Actions run only',
  },
  'dead-filter-window': {
    value: 'D',
    text: 'an ACTIVE filter with no hits for this long is dead (filter-dead), e.g. 7d or 168h (default 7d)',
  },
  out: { value: 'DIR', text: 'where to write the contract repo (default .)' },
  force: { text: 'overwrite files of the same name in a directory that already holds contract files' },
  port: { value: 'N', text: 'the port to listen on, on loopback (default: a free one)' },
  seed: { value: 'FILE', text: 'a registry export to start from (e.g. examples/registry-export.json)' },
  'max-page-size': { value: 'N', text: "the most items in one page of the export's answer (default 1000)" },
  variant: {
    value: 'NAME',
    text: 'how it answers where the API contract is silent: reference (default), resource-draft or flat-terse',
  },
};

/** Flags named otherwise than the action input they fill; every other flag fills the input of its name. */
export const FLAG_INPUT: Readonly<Record<string, keyof RawInputs>> = { export: 'registry-export' };

type SharedValues = {
  [K in keyof typeof SHARED_FLAGS]?: (typeof SHARED_FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof SHARED_FLAGS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** The inputs every repo-reading command takes from the shared flags and CXONE_* variables. */
export function rawInputs(v: SharedValues, env: NodeJS.ProcessEnv): RawInputs {
  return {
    root: v.root,
    config: v.config,
    'registry-export': v.export,
    policy: v.policy,
    'fail-on': v['fail-on'],
    format: v.format,
    schemas: v.schemas?.join('\n'),
    filters: v.filters?.join('\n'),
    'report-file': v['report-file'],
    'api-base-url': v['api-base-url'] ?? env.CXONE_API_BASE_URL,
    'token-url': v['token-url'] ?? env.CXONE_TOKEN_URL,
    'token-request-format': v['token-request-format'],
    'client-id': env.CXONE_CLIENT_ID,
    'deploy-client-id': v['deploy-client-id'] ?? env.CXONE_DEPLOY_CLIENT_ID,
    'client-secret': env.CXONE_CLIENT_SECRET,
    tenant: v.tenant ?? env.CXONE_TENANT,
    'request-timeout': v['request-timeout'],
    'max-retries': v['max-retries'],
    'max-concurrency': v['max-concurrency'],
    'requests-per-second': v['requests-per-second'],
  };
}

/**
 * A command's flags, strictly, by its table: an unknown flag, a missing value or a value given to a
 * switch is a usage error (exit 2) that names the flag, and an unknown flag the nearest of the
 * command's own (or the commands that take it).
 */
export function parse<C extends Command>(command: C, args: string[], allowPositionals = false) {
  const options = COMMAND_FLAGS[command];
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(`${parseFailure(command, args, err)} (try cxone-contract ${command} --help)`);
  }
}

/** What the user typed, quoted in a message: escaped, and short however long it was. */
export function shown(text: string, max = 60): string {
  if (text.length <= max) return escapeControl(text);
  const cut = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${escapeControl(text.slice(0, cut))}…`;
}

/** parseArgs's refusal in our words, read from its tokens (its own message is several lines, unbounded). */
function parseFailure(command: Command, args: string[], err: unknown): string {
  const options: NonNullable<ParseArgsConfig['options']> = COMMAND_FLAGS[command];
  const code = (err as { code?: unknown }).code;
  const { tokens = [] } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional' && code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      return `${command} takes no arguments: "${shown(t.value)}" (flags start with --)`;
    if (t.kind !== 'option') continue;
    const known = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!known) {
      // `-root` is read as the switches -r -o -o -t: name the word typed, and suggest from it.
      const raw = args[t.index] ?? t.rawName;
      const typed = raw.startsWith('--') ? t.rawName : raw.split('=')[0]!;
      const word = typed.replace(/^-+/, '');
      const takers = (Object.keys(COMMAND_FLAGS) as Command[]).filter((c) => Object.hasOwn(COMMAND_FLAGS[c], word));
      if (takers.length > 0 && !Object.hasOwn(options, word))
        return `--${word} is not a flag of ${command} (${wordList(takers, 'and')} ${takers.length === 1 ? 'takes' : 'take'} it)`;
      const near = Object.hasOwn(options, word) ? word : closest(word, Object.keys(options));
      return `unknown flag ${shown(typed)}${near === undefined ? '' : ` (did you mean --${near}?)`}`;
    }
    const flag = `--${t.name}`;
    const value = FLAG_DOCS[t.name as FlagName].value;
    if (known.type === 'boolean' && t.value !== undefined) return `${flag} takes no value ("${shown(t.value)}" given)`;
    if (known.type === 'string' && t.value === undefined) return `${flag} needs a value: ${flag} ${value ?? 'VALUE'}`;
    if (known.type === 'string' && !t.inlineValue && t.value !== undefined && /^-./.test(t.value))
      return `${flag}: "${shown(t.value)}" looks like a flag; if it is the value, write ${flag}=${shown(t.value)}`;
  }
  // Not one of the above: parseArgs's own words, on one bounded line.
  return shown(String((err as Error).message ?? err).split('\n')[0]!, 200);
}
