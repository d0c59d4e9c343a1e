// `cxone-contract --help` (the overview) and `cxone-contract <command> --help`, printed from the
// tables the parser reads: COMMAND_FLAGS and FLAG_DOCS (src/cli-flags.ts), COMMAND_FORMATS
// (src/cli-usage.ts). A flag is in a command's help because it is in its table, so the help and the
// parser cannot disagree (test/cli/help.test.ts). Cheap to import: help is printed before any stage loads.

import { UsageError } from './core/errors.js';
import { didYouMean } from './core/suggest.js';
import { TOOL_VERSION } from './core/version.js';
import { COMMAND_FLAGS, FLAG_DOCS, isCommand, shown, type Command, type FlagDoc } from './cli-flags.js';
import { COMMAND_FORMATS } from './cli-usage.js';

/**
 * Every variable the command line reads, and what for: rawInputs (src/cli-flags.ts), the deploy's
 * origin (src/github/context.ts), colour (src/cli-color.ts).
 */
export const ENV_DOCS = {
  CXONE_API_BASE_URL: 'the platform API base URL, when --api-base-url is not given',
  CXONE_TOKEN_URL: 'the OAuth 2.0 token endpoint, when --token-url is not given',
  CXONE_CLIENT_ID: 'the OAuth client id (no flag: credentials stay out of the shell history and ps)',
  CXONE_CLIENT_SECRET: 'the OAuth client secret (no flag); masked in all output',
  CXONE_TENANT: 'the tenant identifier, when --tenant is not given',
  CXONE_DEPLOY_CLIENT_ID: "the deploy's client id, when --deploy-client-id is not given",
  GITHUB_EVENT_NAME: 'set (a GitHub Actions run): the deploy gate applies; a pull_request event is refused',
  GITHUB_REF: 'the ref the gate allows (the default branch, or one --allow-deploy-from lists)',
  GITHUB_EVENT_PATH: "the event payload, where the gate reads the repository's default branch",
  GITHUB_REPOSITORY: "in a GitHub Actions run, written to the audit file's header (with the workflow run)",
  GITHUB_SHA: "in a GitHub Actions run, the commit in the audit file's header",
  GITHUB_ACTOR: "in a GitHub Actions run, the actor in the audit file's header",
  GITHUB_RUN_ID: "in a GitHub Actions run, the workflow run linked from the audit file's header",
  GITHUB_SERVER_URL: 'the GitHub server of that link (default https://github.com)',
  NO_COLOR: 'set and not empty: no colours, as --no-color (https://no-color.org)',
  FORCE_COLOR: '0 or false: no colours; any other value: colours even when stdout is not a terminal',
  NODE_DISABLE_COMPILE_CACHE:
    "set and not empty: the bin compiles its code and the schemas' validators afresh instead of reading its cache of them (kept in the temporary directory)",
} as const;
export type EnvName = keyof typeof ENV_DOCS;

/** What every command that reads the repo and the tenant takes from the environment. */
const API_ENV = [
  'CXONE_API_BASE_URL',
  'CXONE_TOKEN_URL',
  'CXONE_CLIENT_ID',
  'CXONE_CLIENT_SECRET',
  'CXONE_TENANT',
  'CXONE_DEPLOY_CLIENT_ID',
] as const satisfies readonly EnvName[];
/** Read by every command (src/cli-color.ts; the cache switch by the bin, src/launcher/index.cts). */
const EVERY_COMMAND_ENV = [
  'NO_COLOR',
  'FORCE_COLOR',
  'NODE_DISABLE_COMPILE_CACHE',
] as const satisfies readonly EnvName[];

export interface CommandDoc {
  /** What follows the command besides flags (diff OLD NEW, rules [ID]). */
  args?: string;
  summary: string;
  /** What --format json prints. */
  json?: string;
  notes?: readonly string[];
  /** The variables it reads besides those every command reads (EVERY_COMMAND_ENV). */
  env: readonly EnvName[];
  exit: Readonly<Record<number, string>>;
}

const USAGE_EXIT =
  'usage or configuration error: a bad flag or config file, credentials or scopes the platform refuses';
const PLATFORM_EXIT = 'the platform failed: unreachable, 5xx, timeouts, 429 past the retries';
const BUG_EXIT = 'internal error: a bug in cxone-contract (please report it)';

/** One entry per command, in the order the overview lists them. */
export const COMMAND_DOCS: { readonly [C in Command]: CommandDoc } = {
  check: {
    summary:
      'lint the contract repo and judge its schemas against a baseline (registry export, live tenant or git revision)',
    json: 'the report, schemas/report.schema.json',
    notes: [
      'baselines, in order: --export FILE; the API (the CXONE_* credentials below); --against REV, the schemas at a git revision of the repo that holds --root (read with git, nothing checked out: e.g. --against origin/main before a commit); none: lint only, with a warning. With --export or the API judging, --against REV marks the findings REV already has as pre-existing: they fail only with --fail-on-existing.',
    ],
    env: API_ENV,
    exit: {
      0: 'nothing at or above --fail-on',
      1: 'findings at or above --fail-on',
      2: USAGE_EXIT,
      3: PLATFORM_EXIT,
      4: BUG_EXIT,
    },
  },
  deploy: {
    summary: 'check, then apply the repo to the live tenant (If-Match: conflicts are never overwritten)',
    json: 'one document: the deploy report, schemas/deploy-report.schema.json, the check inside',
    notes: [
      'the gate: in a GitHub Actions run (GITHUB_EVENT_NAME set) a deploy runs only from the default branch or a GITHUB_REF that --allow-deploy-from lists, never on a pull request (exit 2); elsewhere there is no ref to gate, and --allow-deploy-from only says so on stderr.',
      'progress: a line per operation as it happens (on stderr with --format json).',
    ],
    env: [
      ...API_ENV,
      'GITHUB_EVENT_NAME',
      'GITHUB_REF',
      'GITHUB_EVENT_PATH',
      'GITHUB_REPOSITORY',
      'GITHUB_SHA',
      'GITHUB_ACTOR',
      'GITHUB_RUN_ID',
      'GITHUB_SERVER_URL',
    ],
    exit: {
      0: 'deployed, or a dry run with nothing blocking',
      1: "blocked by the check, or a dry run whose filter the platform's validation refuses",
      2: `${USAGE_EXIT}; a ref the gate refuses`,
      3: `incomplete (conflicts, failures, operations not attempted); ${PLATFORM_EXIT}`,
      4: BUG_EXIT,
    },
  },
  drift: {
    summary:
      'the live tenant vs the repo: out-of-band changes (who, when), missing or extra contracts, dead and stuck filters',
    json: 'the drift report, schemas/drift-report.schema.json',
    notes: ['progress: a line per phase as it finishes (on stderr with --format json or sarif).'],
    env: API_ENV,
    exit: {
      0: 'nothing at or above --fail-on',
      1: 'drift or unhealthy filters at or above --fail-on',
      2: USAGE_EXIT,
      3: PLATFORM_EXIT,
      4: BUG_EXIT,
    },
  },
  export: {
    summary: 'write the live tenant as a contract repo (cxone/schemas, cxone/filters)',
    json: 'what was written, schemas/export-report.schema.json',
    env: API_ENV,
    exit: {
      0: 'written',
      2: `${USAGE_EXIT}; an --out that already holds contract files, without --force`,
      3: PLATFORM_EXIT,
      4: BUG_EXIT,
    },
  },
  diff: {
    args: 'OLD NEW',
    summary:
      'compare two draft-07 schema files (YAML or JSON) under a policy: every change, breaking ones with an example event',
    json: '{compatible, policy, changes}',
    env: [],
    exit: {
      0: 'compatible',
      1: 'incompatible under --policy',
      2: 'usage error, or a file that cannot be read',
      4: BUG_EXIT,
    },
  },
  rules: {
    args: '[ID]',
    summary:
      "every rule (id, default severity, summary), or one rule: its doc, fix, code and a change kind's verdict per policy",
    json: 'the same, as data',
    env: [],
    exit: { 0: 'printed', 2: 'usage error (an unknown rule id: the nearest is suggested)', 4: BUG_EXIT },
  },
  emulator: {
    summary:
      'a local stand-in for the platform API on loopback (offline tests, the demo); prints the CXONE_* variables that reach it',
    notes: ['it runs until Ctrl+C (SIGINT) or SIGTERM.'],
    env: [],
    exit: { 0: 'stopped', 2: 'usage error', 4: BUG_EXIT },
  },
  demo: {
    summary: 'check the bundled example repo against the emulator, seeded with its example registry export',
    env: [],
    exit: { 0: 'the check passes', 1: 'the check fails', 2: 'the examples/ folder is missing', 4: BUG_EXIT },
  },
};

/** The commands, in the overview's order. */
export const COMMANDS = Object.keys(COMMAND_DOCS) as Command[];

const WIDTH = 100;

/** `text` wrapped at WIDTH; continuation lines start with `indent` spaces. */
function wrap(text: string, indent: number): string {
  const lead = /^ */.exec(text)![0];
  const [first = '', ...words] = text.slice(lead.length).split(' ');
  const lines: string[] = [];
  let line = lead + first;
  for (const word of words) {
    if (word !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line = `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Rows of `  left  right`, the right column wrapped. */
function table(rows: readonly (readonly [string, string])[]): string {
  const col = Math.min(38, Math.max(...rows.map(([l]) => l.length)) + 4);
  return rows
    .map(([left, right]) => wrap(`  ${left.padEnd(col - 4)}  ${right}`, left.length + 4 > col ? col + 2 : col))
    .join('\n');
}

/** The formats `command` prints; undefined for a command without --format. */
function formatsOf(command: Command): readonly string[] | undefined {
  return Object.hasOwn(COMMAND_FORMATS, command) ? COMMAND_FORMATS[command as keyof typeof COMMAND_FORMATS] : undefined;
}

/** A flag's line of `<command> --help`: `--name VALUE` and its text (the command's own, if it has one). */
export function flagRow(command: Command, flag: string): readonly [string, string] {
  const docs: Readonly<Record<string, FlagDoc>> = FLAG_DOCS;
  const doc = Object.hasOwn(docs, flag) ? docs[flag] : undefined;
  // A flag in a table without its line in FLAG_DOCS does not compile; this is the runtime's guard.
  if (!doc?.text) throw new Error(`--${flag} of ${command} has no help line in FLAG_DOCS`);
  const table: Readonly<Record<string, { type: string; multiple?: boolean }>> = COMMAND_FLAGS[command];
  const option = table[flag]!;
  const formats = formatsOf(command);
  const value = option.type === 'boolean' ? '' : ` ${flag === 'format' && formats ? formats.join('|') : doc.value}`;
  const text = (doc.for?.[command] ?? doc.text) + (option.multiple ? ' (repeatable)' : '');
  return [`--${flag}${value}`, text];
}

function formatsLine(command: Command): string | undefined {
  const formats = formatsOf(command);
  if (!formats) return undefined;
  const what: Record<string, string> = {
    text: 'text (default) for people',
    json: `json, ${COMMAND_DOCS[command].json ?? 'one document'}`,
    sarif: 'sarif, SARIF 2.1.0 for code scanning',
  };
  return `formats: ${formats.map((f) => what[f] ?? f).join('; ')}. github is the action's format; any other is refused (exit 2) before a file or the tenant is read.`;
}

/** `cxone-contract <command> --help`. */
export function commandHelp(command: Command): string {
  const doc = COMMAND_DOCS[command];
  const flags = Object.keys(COMMAND_FLAGS[command]).map((f) => flagRow(command, f));
  const env = [...doc.env, ...EVERY_COMMAND_ENV].map((name) => [name, ENV_DOCS[name]] as const);
  const exit = Object.entries(doc.exit).map(([code, text]) => [code, text] as const);
  const synopsis = `cxone-contract ${command}${doc.args ? ` ${doc.args}` : ''} [flags]`;
  const notes = [formatsLine(command), ...(doc.notes ?? [])].filter((l) => l !== undefined);
  const sections = [
    `${wrap(`cxone-contract ${command}: ${doc.summary}`, 2)}`,
    `usage: ${synopsis}`,
    `flags:\n${table(flags)}`,
    ...(notes.length > 0 ? [notes.map((l) => wrap(l, 2)).join('\n')] : []),
    `environment:\n${table(env)}`,
    `exit codes:\n${table(exit)}`,
  ];
  return `${sections.join('\n\n')}\n`;
}

/**
 * `cxone-contract --help`: the commands, what they share, and where each one's flags are. Built when
 * asked: a command that prints no help never lays it out.
 */
export function usage(): string {
  const sarifCommands = COMMANDS.filter((c) => formatsOf(c)?.includes('sarif'));
  return [
    `cxone-contract ${TOOL_VERSION} — guard the event contracts of a NICE CXone EventBridge tenant`,
    '',
    'usage: cxone-contract <command> [flags]',
    '',
    'commands:',
    table([
      ...COMMANDS.map(
        (c) => [`${c}${COMMAND_DOCS[c].args ? ` ${COMMAND_DOCS[c].args}` : ''}`, COMMAND_DOCS[c].summary] as const,
      ),
      ['help [COMMAND]', "this overview, or a command's help (as cxone-contract COMMAND --help)"],
      ['--version', 'the version'],
    ]),
    '',
    wrap(
      `formats: text (default) for people; json, one document on stdout; sarif (${sarifCommands.join(', ')}) for code scanning. github is the action's format (annotations, job summary, PR comment); the command line refuses it. A format a command does not print is refused (exit 2) before any file or the tenant is read.`,
      2,
    ),
    wrap(
      "paths: --root, --export, --report-file, --audit-file and --out are relative to the current directory (in the action, its inputs to the workspace); --config and the globs to --root. SARIF URIs are relative to the repository, as the action's: the top of the git repository that holds --root, else the current directory.",
      2,
    ),
    wrap(
      `environment: ${API_ENV.join(', ')} (the commands that read the tenant); ${EVERY_COMMAND_ENV.join(', ')} (every command)`,
      2,
    ),
    wrap(
      'exit codes: 0 ok, 1 findings at or above fail-on (diff: incompatible), 2 usage or configuration error, 3 platform failure, 4 internal error (a bug)',
      2,
    ),
    '',
    "cxone-contract <command> --help for a command's flags",
    '',
  ].join('\n');
}

/** True when `args` ask for help (`--help`, `-h`) before a `--` that ends the flags. */
export function helpAsked(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** `cxone-contract help [COMMAND]`: the overview, or the command's help; anything else is a usage error. */
export function helpFor(topic: string | undefined, ...rest: readonly string[]): string {
  if (rest.length > 0)
    throw new UsageError(`help takes one command: cxone-contract help [COMMAND] (got ${rest.length + 1} words)`);
  if (topic === undefined || topic === '--help' || topic === '-h' || topic === 'help') return usage();
  if (isCommand(topic)) return commandHelp(topic);
  throw new UsageError(
    `help: unknown command "${shown(topic)}"${didYouMean(topic, COMMANDS)} (try cxone-contract --help)`,
  );
}

/** The message for an unknown command: the nearest command, if one is near. */
export function unknownCommand(name: string): string {
  return `unknown command "${shown(name)}"${didYouMean(name, COMMANDS)} (try cxone-contract --help)`;
}
