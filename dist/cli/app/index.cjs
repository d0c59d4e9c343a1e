/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 20181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 24434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 34589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 98995:
/***/ ((module) => {

"use strict";
module.exports = require("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 76760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

"use strict";
module.exports = require("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 87997:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 39023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 6478:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(6602);


/***/ }),

/***/ 6602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __nccwpck_require__(35095);
// EXTERNAL MODULE: ./lib/core/version.js + 1 modules
var version = __nccwpck_require__(90482);
;// CONCATENATED MODULE: ./lib/cli-usage.js
// The formats each command prints (checked before anything is read, so a refused format costs no
// request and writes no file). The help text (src/cli-help.ts) lists them from the same table.


/** `a, b or c` (`and` likewise): the lists of words the messages and the help name. */
function wordList(words, conjunction) {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
/**
 * The formats each command prints. The command line never prints workflow commands (its output is
 * made inert for the runner, src/core/log-safe.ts), so `github` is the action's alone; SARIF is for
 * findings placed on repo files (check, drift), not for a deploy's or an export's result.
 */
const COMMAND_FORMATS = {
    check: ['text', 'json', 'sarif'],
    diff: ['text', 'json'],
    deploy: ['text', 'json'],
    drift: ['text', 'json', 'sarif'],
    export: ['text', 'json'],
    rules: ['text', 'json'],
};
/**
 * The `--format` of `command`, checked before anything is read: a format the command does not print
 * is a usage error.
 */
function commandFormat(command, value) {
    const allowed = COMMAND_FORMATS[command];
    const v = value?.trim() ?? '';
    if (v === '')
        return 'text';
    if (allowed.includes(v))
        return v;
    const use = `${command} prints ${wordList(allowed, 'or')}`;
    if (v === 'github') {
        const sarif = allowed.includes('sarif')
            ? '; for annotations from a run: step, upload --format sarif with github/codeql-action/upload-sarif'
            : '';
        throw new errors/* UsageError */.eb(`--format github is the action's format (annotations, job summary and PR comment: uses: cxone-contract/cxone-contract); on the command line ${use}${sarif}`);
    }
    if (v === 'sarif')
        throw new errors/* UsageError */.eb(`--format sarif is not available for ${command}: SARIF holds findings on repo files (check, drift); ${use}`);
    throw new errors/* UsageError */.eb(`--format: "${(0,log_safe/* escapeControl */.hN)(v)}" is not one of ${allowed.join(', ')} (for ${command})`);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./lib/core/suggest.js
var suggest = __nccwpck_require__(3029);
// EXTERNAL MODULE: ./lib/settings/types.js
var types = __nccwpck_require__(59636);
;// CONCATENATED MODULE: ./lib/cli-flags.js
// The command line's flag tables, one per command (what each command's parser accepts), what
// `<command> --help` says of each flag (src/cli-help.ts prints it from these tables), and how the
// shared flags and the CXONE_* environment fill the same RawInputs the action reads from its inputs.
// test/cli/flag-parity.test.ts holds them against action.yml; test/cli/help.test.ts against the help.






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
};
/** The flags of every command that reads the repo (check, deploy, drift). */
const SHARED_FLAGS = {
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
};
/** What each command's parser accepts; every command takes --no-color (src/cli-color.ts). */
const COMMAND_FLAGS = {
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
};
/** True when `name` is a command (a key of COMMAND_FLAGS, not one of Object's). */
function isCommand(name) {
    return Object.hasOwn(COMMAND_FLAGS, name);
}
const oneOrOther = (words) => wordList(words, 'or');
const apiEnv = (name) => `; else ${name}`;
const FLAG_DOCS = {
    root: { value: 'DIR', text: 'the contract repo (default .); globs and --config are relative to it' },
    config: { value: 'FILE', text: 'the repo config file, relative to --root (default .cxone-contract.yml; optional)' },
    export: {
        value: 'FILE',
        text: 'a saved registry export (GET .../schemas?export=true) as the baseline, instead of the API',
    },
    policy: {
        value: 'P',
        text: `compatibility policy: ${oneOrOther(types.POLICIES)} (default: the config's, else additive)`,
        for: { diff: `compatibility policy: ${oneOrOther(types.POLICIES)} (default additive)` },
    },
    'fail-on': {
        value: 'L',
        text: `lowest severity that fails (exit 1): ${oneOrOther(types.FAIL_ON)} (default: the config's, else error)`,
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
            deploy: "also write the check's JSON report to FILE (schemas/report.schema.json), as the action does; the deploy's record is --audit-file",
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
        value: types.TOKEN_FORMATS.join('|'),
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
const FLAG_INPUT = { export: 'registry-export' };
/** The inputs every repo-reading command takes from the shared flags and CXONE_* variables. */
function rawInputs(v, env) {
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
function parse(command, args, allowPositionals = false) {
    const options = COMMAND_FLAGS[command];
    try {
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals, strict: true });
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${parseFailure(command, args, err)} (try cxone-contract ${command} --help)`);
    }
}
/** What the user typed, quoted in a message: escaped, and short however long it was. */
function shown(text, max = 60) {
    if (text.length <= max)
        return (0,log_safe/* escapeControl */.hN)(text);
    const cut = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return `${(0,log_safe/* escapeControl */.hN)(text.slice(0, cut))}\u2026`;
}
/** parseArgs's refusal in our words, read from its tokens (its own message is several lines, unbounded). */
function parseFailure(command, args, err) {
    const options = COMMAND_FLAGS[command];
    const code = err.code;
    const { tokens = [] } = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: false, tokens: true });
    for (const t of tokens) {
        if (t.kind === 'positional' && code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            return `${command} takes no arguments: "${shown(t.value)}" (flags start with --)`;
        if (t.kind !== 'option')
            continue;
        const known = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
        if (!known) {
            // `-root` is read as the switches -r -o -o -t: name the word typed, and suggest from it.
            const raw = args[t.index] ?? t.rawName;
            const typed = raw.startsWith('--') ? t.rawName : raw.split('=')[0];
            const word = typed.replace(/^-+/, '');
            const takers = Object.keys(COMMAND_FLAGS).filter((c) => Object.hasOwn(COMMAND_FLAGS[c], word));
            if (takers.length > 0 && !Object.hasOwn(options, word))
                return `--${word} is not a flag of ${command} (${wordList(takers, 'and')} ${takers.length === 1 ? 'takes' : 'take'} it)`;
            const near = Object.hasOwn(options, word) ? word : (0,suggest/* closest */.k)(word, Object.keys(options));
            return `unknown flag ${shown(typed)}${near === undefined ? '' : ` (did you mean --${near}?)`}`;
        }
        const flag = `--${t.name}`;
        const value = FLAG_DOCS[t.name].value;
        if (known.type === 'boolean' && t.value !== undefined)
            return `${flag} takes no value ("${shown(t.value)}" given)`;
        if (known.type === 'string' && t.value === undefined)
            return `${flag} needs a value: ${flag} ${value ?? 'VALUE'}`;
        if (known.type === 'string' && !t.inlineValue && t.value !== undefined && /^-./.test(t.value))
            return `${flag}: "${shown(t.value)}" looks like a flag; if it is the value, write ${flag}=${shown(t.value)}`;
    }
    // Not one of the above: parseArgs's own words, on one bounded line.
    return shown(String(err.message ?? err).split('\n')[0], 200);
}

;// CONCATENATED MODULE: ./lib/cli-help.js
// `cxone-contract --help` (the overview) and `cxone-contract <command> --help`, printed from the
// tables the parser reads: COMMAND_FLAGS and FLAG_DOCS (src/cli-flags.ts), COMMAND_FORMATS
// (src/cli-usage.ts). A flag is in a command's help because it is in its table, so the help and the
// parser cannot disagree (test/cli/help.test.ts). Cheap to import: help is printed before any stage loads.





/**
 * Every variable the command line reads, and what for: rawInputs (src/cli-flags.ts), the deploy's
 * origin (src/github/context.ts), colour (src/cli-color.ts).
 */
const ENV_DOCS = {
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
    NODE_DISABLE_COMPILE_CACHE: "set and not empty: the bin compiles its code afresh instead of reading V8's code cache (kept in the temporary directory)",
};
/** What every command that reads the repo and the tenant takes from the environment. */
const API_ENV = [
    'CXONE_API_BASE_URL',
    'CXONE_TOKEN_URL',
    'CXONE_CLIENT_ID',
    'CXONE_CLIENT_SECRET',
    'CXONE_TENANT',
    'CXONE_DEPLOY_CLIENT_ID',
];
/** Read by every command (src/cli-color.ts; the cache switch by the bin, src/launcher/index.cts). */
const EVERY_COMMAND_ENV = [
    'NO_COLOR',
    'FORCE_COLOR',
    'NODE_DISABLE_COMPILE_CACHE',
];
const USAGE_EXIT = 'usage or configuration error: a bad flag or config file, credentials or scopes the platform refuses';
const PLATFORM_EXIT = 'the platform failed: unreachable, 5xx, timeouts, 429 past the retries';
const BUG_EXIT = 'internal error: a bug in cxone-contract (please report it)';
/** One entry per command, in the order the overview lists them. */
const COMMAND_DOCS = {
    check: {
        summary: 'lint the contract repo and judge its schemas against a baseline (registry export, live tenant or git revision)',
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
        summary: 'the live tenant vs the repo: out-of-band changes (who, when), missing or extra contracts, dead and stuck filters',
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
        summary: 'compare two draft-07 schema files (YAML or JSON) under a policy: every change, breaking ones with an example event',
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
        summary: "every rule (id, default severity, summary), or one rule: its doc, fix, code and a change kind's verdict per policy",
        json: 'the same, as data',
        env: [],
        exit: { 0: 'printed', 2: 'usage error (an unknown rule id: the nearest is suggested)', 4: BUG_EXIT },
    },
    emulator: {
        summary: 'a local stand-in for the platform API on loopback (offline tests, the demo); prints the CXONE_* variables that reach it',
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
const COMMANDS = Object.keys(COMMAND_DOCS);
const WIDTH = 100;
/** `text` wrapped at WIDTH; continuation lines start with `indent` spaces. */
function wrap(text, indent) {
    const lead = /^ */.exec(text)[0];
    const [first = '', ...words] = text.slice(lead.length).split(' ');
    const lines = [];
    let line = lead + first;
    for (const word of words) {
        if (word !== '' && line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = ' '.repeat(indent) + word;
        }
        else
            line = `${line} ${word}`;
    }
    lines.push(line);
    return lines.join('\n');
}
/** Rows of `  left  right`, the right column wrapped. */
function table(rows) {
    const col = Math.min(38, Math.max(...rows.map(([l]) => l.length)) + 4);
    return rows
        .map(([left, right]) => wrap(`  ${left.padEnd(col - 4)}  ${right}`, left.length + 4 > col ? col + 2 : col))
        .join('\n');
}
/** The formats `command` prints; undefined for a command without --format. */
function formatsOf(command) {
    return Object.hasOwn(COMMAND_FORMATS, command) ? COMMAND_FORMATS[command] : undefined;
}
/** A flag's line of `<command> --help`: `--name VALUE` and its text (the command's own, if it has one). */
function flagRow(command, flag) {
    const docs = FLAG_DOCS;
    const doc = Object.hasOwn(docs, flag) ? docs[flag] : undefined;
    // A flag in a table without its line in FLAG_DOCS does not compile; this is the runtime's guard.
    if (!doc?.text)
        throw new Error(`--${flag} of ${command} has no help line in FLAG_DOCS`);
    const table = COMMAND_FLAGS[command];
    const option = table[flag];
    const formats = formatsOf(command);
    const value = option.type === 'boolean' ? '' : ` ${flag === 'format' && formats ? formats.join('|') : doc.value}`;
    const text = (doc.for?.[command] ?? doc.text) + (option.multiple ? ' (repeatable)' : '');
    return [`--${flag}${value}`, text];
}
function formatsLine(command) {
    const formats = formatsOf(command);
    if (!formats)
        return undefined;
    const what = {
        text: 'text (default) for people',
        json: `json, ${COMMAND_DOCS[command].json ?? 'one document'}`,
        sarif: 'sarif, SARIF 2.1.0 for code scanning',
    };
    return `formats: ${formats.map((f) => what[f] ?? f).join('; ')}. github is the action's format; any other is refused (exit 2) before a file or the tenant is read.`;
}
/** `cxone-contract <command> --help`. */
function commandHelp(command) {
    const doc = COMMAND_DOCS[command];
    const flags = Object.keys(COMMAND_FLAGS[command]).map((f) => flagRow(command, f));
    const env = [...doc.env, ...EVERY_COMMAND_ENV].map((name) => [name, ENV_DOCS[name]]);
    const exit = Object.entries(doc.exit).map(([code, text]) => [code, text]);
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
const sarifCommands = COMMANDS.filter((c) => formatsOf(c)?.includes('sarif'));
/** `cxone-contract --help`: the commands, what they share, and where each one's flags are. */
const USAGE = [
    `cxone-contract ${version/* TOOL_VERSION */.w} \u2014 guard the event contracts of a NICE CXone EventBridge tenant`,
    '',
    'usage: cxone-contract <command> [flags]',
    '',
    'commands:',
    table([
        ...COMMANDS.map((c) => [`${c}${COMMAND_DOCS[c].args ? ` ${COMMAND_DOCS[c].args}` : ''}`, COMMAND_DOCS[c].summary]),
        ['help [COMMAND]', "this overview, or a command's help (as cxone-contract COMMAND --help)"],
        ['--version', 'the version'],
    ]),
    '',
    wrap(`formats: text (default) for people; json, one document on stdout; sarif (${sarifCommands.join(', ')}) for code scanning. github is the action's format (annotations, job summary, PR comment); the command line refuses it. A format a command does not print is refused (exit 2) before any file or the tenant is read.`, 2),
    wrap("paths: --root, --export, --report-file, --audit-file and --out are relative to the current directory (in the action, its inputs to the workspace); --config and the globs to --root. SARIF URIs are relative to the repository, as the action's: the top of the git repository that holds --root, else the current directory.", 2),
    wrap(`environment: ${API_ENV.join(', ')} (the commands that read the tenant); ${EVERY_COMMAND_ENV.join(', ')} (every command)`, 2),
    wrap('exit codes: 0 ok, 1 findings at or above fail-on (diff: incompatible), 2 usage or configuration error, 3 platform failure, 4 internal error (a bug)', 2),
    '',
    "cxone-contract <command> --help for a command's flags",
    '',
].join('\n');
/** True when `args` ask for help (`--help`, `-h`) before a `--` that ends the flags. */
function helpAsked(args) {
    for (const a of args) {
        if (a === '--')
            return false;
        if (a === '--help' || a === '-h')
            return true;
    }
    return false;
}
/** `cxone-contract help [COMMAND]`: the overview, or the command's help; anything else is a usage error. */
function helpFor(topic, ...rest) {
    if (rest.length > 0)
        throw new errors/* UsageError */.eb(`help takes one command: cxone-contract help [COMMAND] (got ${rest.length + 1} words)`);
    if (topic === undefined || topic === '--help' || topic === '-h' || topic === 'help')
        return USAGE;
    if (isCommand(topic))
        return commandHelp(topic);
    throw new errors/* UsageError */.eb(`help: unknown command "${shown(topic)}"${(0,suggest.didYouMean)(topic, COMMANDS)} (try cxone-contract --help)`);
}
/** The message for an unknown command: the nearest command, if one is near. */
function unknownCommand(name) {
    return `unknown command "${shown(name)}"${(0,suggest.didYouMean)(name, COMMANDS)} (try cxone-contract --help)`;
}

;// CONCATENATED MODULE: ./lib/cli-color.js
// Whether the command line colours what it prints: one decision for every command, from its
// --no-color, the environment (https://no-color.org, FORCE_COLOR as Node and most tools read it)
// and whether stdout is a terminal. Only the text report is coloured (src/report/text.ts).
/**
 * `--no-color` -> no colour; else NO_COLOR set and not empty -> none; else FORCE_COLOR set: `0` or
 * `false` -> none, any other value (the empty one too, as Node reads it) -> colour even when stdout
 * is not a terminal; else colour exactly when stdout is a terminal.
 */
function colorWanted(noColorFlag, env, stdoutIsTTY) {
    if (noColorFlag)
        return false;
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false'].includes(force.trim().toLowerCase());
    return stdoutIsTTY;
}

// EXTERNAL MODULE: ./lib/lint/validator-cache.js
var validator_cache = __nccwpck_require__(22612);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./lib/cli.js
// The command-line front: flags + CXONE_* environment -> Settings -> mode -> printed report and
// exit code (0 clean, 1 findings at/above fail-on, 2 usage, 3 platform). See docs/architecture.md.
// Only what every command needs is imported here; each command imports its own stages when it
// runs, so `--version`, `rules` or a check never load the API client, the emulator or the deploy
// (start-up is measured: docs/benchmarks.md).








// Builtins statically: already in the process, and the bundler's copy of one imported with
// import() lacks names it did not know (createRequire).




async function cli(argv, io) {
    const [command, ...rest] = argv;
    try {
        // `<command> --help` prints the command's help whatever else is on the line: nothing is parsed or read.
        if (command !== undefined && isCommand(command) && helpAsked(rest)) {
            io.out(commandHelp(command));
            return 0;
        }
        switch (command) {
            case 'check':
                return await check(rest, io);
            case 'diff':
                return await diff(rest, io);
            case 'demo':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(2398), __nccwpck_require__.e(6315), __nccwpck_require__.e(1412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41412))).runDemo({ ...io, color: colorWanted(parse('demo', rest).values['no-color'], io.env, io.color) });
            case 'emulator':
                return await emulator(rest, io);
            case 'deploy':
                return await deploy(rest, io);
            case 'drift':
                return await drift(rest, io);
            case 'export':
                return await exportCommand(rest, io);
            case 'rules':
                return await rules(rest, io);
            case '--version':
            case '-v':
                io.out(`${version/* TOOL_VERSION */.w}\n`);
                return 0;
            // `--help check` asks for check's help, as `help check` does.
            case 'help':
            case '--help':
            case '-h':
                io.out(helpFor(rest[0], ...rest.slice(1)));
                return 0;
            case undefined:
                io.out(USAGE);
                return 2;
            default:
                throw new errors/* UsageError */.eb(unknownCommand(command));
        }
    }
    catch (err) {
        io.err(`cxone-contract: error: ${(0,errors/* failureLine */.Pu)(err, version/* TOOL_VERSION */.w)}\n`);
        return (0,errors/* exitCodeOf */.FO)(err);
    }
}
async function check(args, io) {
    const { values: v } = parse('check', args);
    const format = commandFormat('check', v.format);
    // An empty --against is a mistake (an unset variable in a script), not "no baseline": lint only is never silent.
    if (v.against !== undefined && v.against.trim() === '')
        throw new errors/* UsageError */.eb('--against: empty revision: give a git revision (e.g. origin/main), or leave --against out');
    const raw = {
        ...rawInputs(v, io.env),
        against: v.against,
        'fail-on-existing': v['fail-on-existing'] ? 'true' : undefined,
    };
    const { buildSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(5648), __nccwpck_require__.e(1264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31264));
    const settings = await buildSettings(raw, { cwd: io.cwd });
    const { baselineLine, chooseBaseline, resolveBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(1281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25540));
    const baseline = await resolveBaseline(chooseBaseline(settings, { front: 'cli' }), {
        front: 'cli',
        root: settings.root,
        fetch: false,
    });
    // One line each, whatever a note quotes (a commit's config, a file name): escaped where written.
    const say = (line) => io.err(`cxone-contract: ${(0,log_safe/* escapeControl */.hN)(line)}\n`);
    // Said on stderr (stdout stays the report) when a baseline was asked for: which one judged, or why none did.
    const asked = settings.against !== undefined || baseline.notices.length > 0;
    if (asked) {
        const { shownPath } = await __nccwpck_require__.e(/* import() */ 4539).then(__nccwpck_require__.bind(__nccwpck_require__, 64539));
        const exportShown = settings.registryExport && shownPath(settings.registryExport);
        const where = {
            ...(exportShown ? { export: exportShown } : {}),
            ...(settings.api.baseUrl ? { api: settings.api.baseUrl } : {}),
        };
        for (const line of [
            baselineLine(baseline, where),
            ...baseline.log,
            ...baseline.notices.map((n) => `note: ${n}`),
            ...baseline.warnings.map((w) => `warning: ${w}`),
        ])
            say(line);
    }
    const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(2398), __nccwpck_require__.e(5176)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25176));
    const { knownRuleIds } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16837));
    const report = await runCheck(settings, {
        baseline,
        log: say,
        warn: (w) => say(`warning: ${w}`),
        knownRules: knownRuleIds(),
    });
    if (settings.reportFile)
        await writeReportFlag(settings, (await __nccwpck_require__.e(/* import() */ 7406).then(__nccwpck_require__.bind(__nccwpck_require__, 97406))).toJson(report));
    // None asked for and none found: one warning that no breaking-change check ran, once the check
    // did (a usage error stays one line).
    if (!asked)
        for (const w of baseline.warnings)
            say(`warning: ${w}`);
    const approval = (await __nccwpck_require__.e(/* import() */ 3307).then(__nccwpck_require__.bind(__nccwpck_require__, 93307))).approvalOf(settings);
    await printReport(report, format, io, colorWanted(v['no-color'], io.env, io.color), settings, approval);
    return report.failed ? 1 : 0;
}
async function deploy(args, io) {
    const { values: v } = parse('deploy', args);
    const format = commandFormat('deploy', v.format);
    const raw = {
        ...rawInputs(v, io.env),
        mode: 'deploy',
        'dry-run': v['dry-run'] ? 'true' : 'false',
        'audit-file': v['audit-file'],
        'activation-timeout': v['activation-timeout'],
        'allow-deploy-from': v['allow-deploy-from']?.join('\n'),
    };
    const { buildSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(5648), __nccwpck_require__.e(1264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31264));
    const settings = await buildSettings(raw, { cwd: io.cwd });
    const { knownRuleIds } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16837));
    const { runDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(2398), __nccwpck_require__.e(3329)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73329));
    const { deployOriginOf, readGitHubEvent } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(8120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88120));
    const context = deployOriginOf(await readGitHubEvent(io.env));
    // The gate checks GITHUB_REF where GITHUB_EVENT_NAME says this is a workflow run; elsewhere there
    // is no gate, and --allow-deploy-from (which only ever allows more refs) has nothing to widen.
    if (settings.allowDeployFrom.length > 0 && context.eventName === undefined)
        io.err('cxone-contract: note: --allow-deploy-from applies in a GitHub Actions run (GITHUB_EVENT_NAME, GITHUB_REF); this run has no ref to gate\n');
    // Progress as it happens; in json mode on stderr, so that stdout stays one document.
    const { progressLine } = await __nccwpck_require__.e(/* import() */ 195).then(__nccwpck_require__.bind(__nccwpck_require__, 10195));
    const progress = (op, at) => (format === 'json' ? io.err : io.out)(progressLine(op, at) + '\n');
    const run = await runDeploy(settings, {
        context,
        onProgress: progress,
        knownRules: knownRuleIds(),
    });
    // The check's report, as the action writes it in deploy mode: one product behind both fronts.
    if (settings.reportFile)
        await writeReportFlag(settings, (await __nccwpck_require__.e(/* import() */ 7406).then(__nccwpck_require__.bind(__nccwpck_require__, 97406))).toJson(run.check));
    const { deployEnd } = await __nccwpck_require__.e(/* import() */ 3232).then(__nccwpck_require__.bind(__nccwpck_require__, 43232));
    const { end, exitCode } = deployEnd(run, settings.dryRun);
    if (format === 'json') {
        // One document: the check (its plan), every operation, the counts, how the run ended.
        const { deployJson } = await __nccwpck_require__.e(/* import() */ 498).then(__nccwpck_require__.bind(__nccwpck_require__, 90498));
        io.out(deployJson(run, settings.dryRun));
        return exitCode;
    }
    await printReport(run.check, 'text', io, colorWanted(v['no-color'], io.env, io.color), settings);
    const { dryRunLine, formatDeploy } = await __nccwpck_require__.e(/* import() */ 1451).then(__nccwpck_require__.bind(__nccwpck_require__, 71451));
    if (!run.result) {
        io.out('\n' +
            (end === 'blocked'
                ? 'deploy stopped before any write: the check above has blocking findings.\n'
                : dryRunLine(run.check.plan)));
        return exitCode;
    }
    io.out('\n' + formatDeploy(run.result));
    if (run.auditFile)
        io.out(`audit: ${run.auditFile}\n`);
    return exitCode;
}
async function drift(args, io) {
    const { values: v } = parse('drift', args);
    const format = commandFormat('drift', v.format);
    const { buildSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(5648), __nccwpck_require__.e(1264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31264));
    const settings = await buildSettings({
        ...rawInputs(v, io.env),
        mode: 'drift',
        'dead-filter-window': v['dead-filter-window'],
        'activation-timeout': v['activation-timeout'],
    }, { cwd: io.cwd });
    const { runDrift } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(6752), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(5337), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35502));
    const { formatDrift } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(5369)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85369));
    const { driftJson } = await __nccwpck_require__.e(/* import() */ 7406).then(__nccwpck_require__.bind(__nccwpck_require__, 97406));
    const { knownRuleIds } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16837));
    // A line per phase as it finishes; in json and sarif mode on stderr, so that stdout stays one document.
    const report = await runDrift(settings, {
        knownRules: knownRuleIds(),
        onProgress: (line) => (format === 'text' ? io.out : io.err)(line + '\n'),
    });
    if (settings.reportFile)
        await writeReportFlag(settings, driftJson(report));
    if (format === 'json')
        io.out(driftJson(report));
    else if (format === 'sarif')
        io.out(await sarifOf(report, settings));
    else
        io.out(formatDrift(report));
    return report.failed ? 1 : 0;
}
async function exportCommand(args, io) {
    const { values: v } = parse('export', args);
    const format = commandFormat('export', v.format);
    const { buildSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(5648), __nccwpck_require__.e(1264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31264));
    const settings = await buildSettings({ ...rawInputs(v, io.env), mode: 'drift' }, { cwd: io.cwd });
    const { clientFromSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(8280), __nccwpck_require__.e(6752), __nccwpck_require__.e(5337), __nccwpck_require__.e(8139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35337));
    const { exportTenant } = await Promise.all(/* import() */[__nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(1660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24300));
    const client = clientFromSettings(settings);
    try {
        const r = await exportTenant(client, (0,external_node_path_.resolve)(io.cwd, v.out ?? '.'), { force: v.force ?? false });
        if (format === 'json') {
            const { exportJson } = await __nccwpck_require__.e(/* import() */ 9149).then(__nccwpck_require__.bind(__nccwpck_require__, 29149));
            io.out(exportJson(r, client.baseUrl));
        }
        else
            io.out(`exported ${r.schemas.length} schemas and ${r.filters.length} filters from ${client.baseUrl} to ${r.outDir}\n`);
        return 0;
    }
    finally {
        await client.close();
    }
}
async function printReport(report, format, io, color, 
/** Where SARIF URIs start (src/core/paths.ts). */
paths, approval) {
    if (format === 'json')
        io.out((await __nccwpck_require__.e(/* import() */ 7406).then(__nccwpck_require__.bind(__nccwpck_require__, 97406))).toJson(report));
    else if (format === 'sarif')
        io.out(await sarifOf(report, paths));
    else
        io.out((await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(4362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94362))).formatText(report, { color, ...(approval ? { approval } : {}) }));
}
/** A check's or drift's findings as SARIF, located as the action locates them (src/core/paths.ts). */
async function sarifOf(report, paths) {
    const [{ sarifJson }, { allRules }, { repoPathsOf }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 20123)),
        Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16837)),
        __nccwpck_require__.e(/* import() */ 4539).then(__nccwpck_require__.bind(__nccwpck_require__, 64539)),
    ]);
    return sarifJson(report, { rules: allRules(), repo: repoPathsOf(paths) });
}
/** --report-file: never through a link planted in the checkout (src/core/report-file.ts). */
async function writeReportFlag(settings, text) {
    const { writeReportFile } = await __nccwpck_require__.e(/* import() */ 4371).then(__nccwpck_require__.bind(__nccwpck_require__, 6752));
    await writeReportFile(settings, '--report-file', settings.reportFile, text);
}
async function diff(args, io) {
    const { values: v, positionals } = parse('diff', args, true);
    // Checked before a file is read: the format, the files, then the policy.
    const format = commandFormat('diff', v.format);
    if (positionals.length !== 2)
        throw new errors/* UsageError */.eb('diff takes two schema files: cxone-contract diff OLD NEW');
    const [{ oneOf }, { POLICIES }] = await Promise.all([__nccwpck_require__.e(/* import() */ 1155).then(__nccwpck_require__.bind(__nccwpck_require__, 41155)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 59636))]);
    const policy = oneOf('--policy', v.policy ?? 'additive', POLICIES);
    const { runDiff } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(6221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76221));
    const result = await runDiff(positionals[0], positionals[1], { cwd: io.cwd, policy });
    const { diffJson, diffText } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(1347)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61347));
    io.out(format === 'json' ? diffJson(result) : diffText(result));
    return result.compatible ? 0 : 1;
}
/** `rules [ID]`: the registry as a list, or one rule; an unknown id is a usage error with the nearest id. */
async function rules(args, io) {
    const { values: v, positionals } = parse('rules', args, true);
    const format = commandFormat('rules', v.format);
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb('rules takes at most one rule id: cxone-contract rules [ID]');
    const { ruleDetail, ruleList } = await Promise.all(/* import() */[__nccwpck_require__.e(7797), __nccwpck_require__.e(5627)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85627));
    const all = (await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(8785), __nccwpck_require__.e(8815), __nccwpck_require__.e(5648), __nccwpck_require__.e(3243), __nccwpck_require__.e(8280), __nccwpck_require__.e(1920), __nccwpck_require__.e(7797), __nccwpck_require__.e(9951), __nccwpck_require__.e(6697), __nccwpck_require__.e(5540), __nccwpck_require__.e(3027), __nccwpck_require__.e(793), __nccwpck_require__.e(3114), __nccwpck_require__.e(6315), __nccwpck_require__.e(8530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16837))).allRules();
    const id = positionals[0];
    if (id === undefined) {
        io.out(ruleList(all, format));
        return 0;
    }
    const rule = all.find((r) => r.id === id);
    if (!rule) {
        const { didYouMean } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3029));
        const ids = all.map((r) => r.id);
        throw new errors/* UsageError */.eb(`rules: unknown rule id "${(0,log_safe/* escapeControl */.hN)(id.length > 80 ? `${id.slice(0, 80)}\u2026` : id)}"${didYouMean(id, ids)}` +
            ' (cxone-contract rules lists them)');
    }
    io.out(ruleDetail(rule, format));
    return 0;
}
async function emulator(args, io) {
    const { values: v } = parse('emulator', args);
    const maxPageSize = v['max-page-size'] === undefined ? undefined : Number(v['max-page-size']);
    if (maxPageSize !== undefined && !(Number.isInteger(maxPageSize) && maxPageSize >= 1))
        throw new errors/* UsageError */.eb(`--max-page-size: "${v['max-page-size']}" is not a positive whole number`);
    const port = v.port === undefined ? undefined : Number(v.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
        throw new errors/* UsageError */.eb(`--port: "${v.port}" is not a port number`);
    const { runEmulatorCommand, VARIANTS } = await Promise.all(/* import() */[__nccwpck_require__.e(2463), __nccwpck_require__.e(1920), __nccwpck_require__.e(6731), __nccwpck_require__.e(6599)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46731));
    if (v.variant !== undefined && !Object.hasOwn(VARIANTS, v.variant))
        throw new errors/* UsageError */.eb(`--variant: "${v.variant}" is not one of ${Object.keys(VARIANTS).join(', ')}`);
    await runEmulatorCommand({
        ...(port !== undefined ? { port } : {}),
        ...(v.seed ? { seed: v.seed } : {}),
        ...(maxPageSize !== undefined ? { maxPageSize } : {}),
        ...(v.variant !== undefined ? { variant: v.variant } : {}),
    }, { out: (line) => io.out(line + '\n') });
    return 0;
}
/** True when this module is the process's entry point (`node lib/cli.js`; the bin is the launcher). */
function isEntry() {
    const argv1 = process.argv[1];
    if (!argv1)
        return false;
    try {
        // argv[1] as Node resolved it: `node dist/cli` and `node dist/cli/index` run this file too, and
        // must not end silently with exit 0 (a check that passes without running).
        const entry = (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href).resolve((0,external_node_path_.resolve)(argv1));
        return (0,external_node_fs_.realpathSync)(entry) === (0,external_node_fs_.realpathSync)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    }
    catch {
        return false;
    }
}
/**
 * The process's CLI: argv and environment in, exit code set. Called by the bin
 * (src/launcher/index.cts, which runs the bundle from V8's code cache) and by `node lib/cli.js`.
 * `cacheDir`: the bin's private cache directory for this run, where compiled validators are kept too.
 */
async function runCli(options = {}) {
    (0,validator_cache/* useValidatorCache */.UZ)(options.cacheDir);
    // eslint-disable-next-line no-restricted-syntax -- the CLI's one writer, for Node's own warnings
    (0,log_safe/* routeProcessWarnings */.SN)((t) => process.stderr.write((0,log_safe/* neutraliseCommands */.$B)(t)));
    const code = await cli(process.argv.slice(2), {
        // The one way out: nothing written can be read by the Actions runner as a workflow command.
        /* eslint-disable no-restricted-syntax -- the CLI's one writer */
        out: (t) => process.stdout.write((0,log_safe/* neutraliseCommands */.$B)(t)),
        err: (t) => process.stderr.write((0,log_safe/* neutraliseCommands */.$B)(t)),
        /* eslint-enable no-restricted-syntax */
        env: process.env,
        cwd: process.cwd(),
        color: Boolean(process.stdout.isTTY),
    });
    process.exitCode = code;
}
// Not awaited at the top: the bundle is CommonJS (src/launcher), where a module cannot await.
if (isEntry())
    void runCli();


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Pu: () => (/* binding */ failureLine),
/* harmony export */   Wk: () => (/* binding */ PlatformError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony export EXIT */
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(35095);
// The failures that are not findings, each with its own exit code (docs/architecture.md, "Exit codes"):
// 2 = the user asked for something impossible (bad flag, bad config, credentials or scopes the
// platform refuses), 3 = the platform failed us (unreachable, 5xx, timeouts),
// 4 = cxone-contract itself failed (a bug): never reported as "you configured it wrong".

class UsageError extends Error {
    exitCode = 2;
    name = 'UsageError';
}
class PlatformError extends Error {
    /** 3, or 2 where the platform refused our configuration (credentials, a scope): no retry fixes that. */
    exitCode;
    name = 'PlatformError';
    constructor(message, options = {}) {
        super(message);
        this.exitCode = options.configuration ? 2 : 3;
    }
}
const EXIT = { ok: 0, findings: 1, usage: 2, platform: 3, bug: 4 };
/**
 * The exit code for any thrown value: ours carry one; an error of the operating system (a file
 * that cannot be written, a full disk) is the environment's, reported like configuration;
 * anything else is a bug.
 */
function exitCodeOf(err) {
    if (err instanceof UsageError || err instanceof PlatformError)
        return err.exitCode;
    if (isSystemError(err))
        return EXIT.usage;
    return EXIT.bug;
}
/** Longest failure line; Node's own messages quote a path whole (ENAMETOOLONG on a 100 KB --report-file). */
const MAX_LINE = 2000;
/** The one line that reports `err`: its message, or for a bug, that it is one and of which version. */
function failureLine(err, version) {
    // Messages quote what the user gave (a flag, an input, a file's words): one line, nothing a
    // terminal or the runner would act on, wherever the message was made.
    const message = (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapedShort */ .C2)(err instanceof Error ? err.message : String(err), MAX_LINE, 1500);
    if (exitCodeOf(err) !== EXIT.bug)
        return message;
    const name = err instanceof Error && err.name !== 'Error' ? `${err.name}: ` : '';
    return `internal error in cxone-contract ${version} (a bug, not a problem with your contracts or configuration; please report it with this line): ${name}${message}`;
}
function isSystemError(err) {
    const e = err;
    return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}


/***/ }),

/***/ 35095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ neutraliseCommands),
/* harmony export */   C2: () => (/* binding */ escapedShort),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   SN: () => (/* binding */ routeProcessWarnings),
/* harmony export */   hN: () => (/* binding */ escapeControl)
/* harmony export */ });
/* unused harmony export CONTROL_CHARACTERS */
// The one way out to the log. The Actions runner reads stdout and stderr line by line (a line ends
// at \n, \r or \r\n) and obeys as a workflow command any line that, its start trimmed (.NET
// Char.IsWhiteSpace, which includes U+0085), starts with `::`, and any line that holds the legacy
// `##[` ANYWHERE (actions/runner ActionCommand.TryParse: IndexOf). A schema title or a tenant value
// holding a newline or `##[stop-commands]` would otherwise write `::error`, `::add-mask::` or
// silence every real annotation for the PR author. Two steps close that:
//   - escapeControl, for a value (repo or tenant) put into a line of text: control characters
//     become visible escapes, so the value stays on its line and cannot move the terminal either;
//   - neutraliseCommands, on everything written (cli.ts's io, main.ts's info): a line that would
//     start with `::` gets a leading backslash, and every `##[` becomes `#\u0023[` (inside a JSON
//     string, as in --format json, that is still valid JSON and decodes back to `##[`).
// Annotations (core.error/warning/notice) and core.setFailed go through the toolkit's own escaping
// of data and properties; core.info does not, so nothing calls it directly (eslint enforces that).
/** What .NET's TrimStart trims, plus what JavaScript's does (U+FEFF): the union is the safe side. */
const RUNNER_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const COMMAND_LINE = new RegExp(`^(?=${RUNNER_SPACE}*::)`);
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
/** `text` with every line that the runner would obey as a workflow command made inert. */
function neutraliseCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text.replace(LINE, (line) => line.replace(COMMAND_LINE, '\\')).replaceAll('##[', '#\\u0023[');
}
/**
 * Characters a value must not carry into a line of output: C0 controls and DEL (newlines, ESC for
 * terminal sequences), C1 controls (U+0085 is a line break to some readers), the Unicode line and
 * paragraph separators, and the bidirectional overrides that reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** A value made safe for one line of text: each control character becomes a visible escape (`\n`, `\u001b`). */
function escapeControl(value) {
    return value.replace(CONTROL_CHARACTERS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * `value` escaped for one line and at most `max` characters: past that its middle is cut (`\u2026`),
 * keeping `head` characters of the start (what it is) and the rest from the end (often which one).
 * Whole code points: an emoji is never split.
 */
function escapedShort(value, max, head = Math.ceil(((max - 1) * 2) / 3)) {
    const safe = escapeControl(value);
    if (safe.length <= max)
        return safe;
    const chars = Array.from(safe);
    if (chars.length <= max)
        return safe;
    return `${chars.slice(0, head).join('')}\u2026${chars.slice(head + 1 - max).join('')}`;
}
/** True when `value` holds a character escapeControl would escape. */
function hasControlCharacter(value) {
    return HAS_CONTROL.test(value);
}
const HAS_CONTROL = new RegExp(CONTROL_CHARACTERS.source);
/**
 * Node prints process warnings (a library's emitWarning, e.g. the yaml parser quoting a key of the
 * file it reads) straight to stderr, unescaped: send them through `write`, the front's one way out.
 */
function routeProcessWarnings(write) {
    process.removeAllListeners('warning');
    process.on('warning', (w) => write(`warning: ${escapeControl(`${w.name}: ${w.message}`)}\n`));
}


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   didYouMean: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean" for near misses: users type `Voice`, `equal`, `greater-than`, `polcy`, `maxLenght`.
// In core because every stage suggests: settings (config keys), lint, triage (rule ids).
const MAX_LENGTH = 256;
/** The candidate closest to `value` (case, `-`/`_` and small typos forgiven), or undefined. */
function closest(value, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-\s]/g, '_');
    // Far longer than any keyword, enum word or path: no near miss, and the table would be costly.
    if (value.length > MAX_LENGTH)
        return undefined;
    const v = norm(value);
    let best;
    // One edit for short words, one per three letters for longer ones: beyond that it is a guess.
    let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
    for (const c of candidates) {
        const d = distance(v, norm(c));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * Edit distance with adjacent transpositions (optimal string alignment): `froce` is one edit from
 * `force`, as a typist's swap should be. Inputs are short enum words, so the quadratic table is fine.
 */
function distance(a, b) {
    let before = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
        before = prev;
        prev = cur;
    }
    return prev[b.length];
}
/** ` (did you mean "x"?)` or the empty string; `aliases` maps other tools' spellings (`gt`). */
function didYouMean(value, candidates, aliases = {}) {
    if (typeof value !== 'string')
        return '';
    const alias = Object.prototype.hasOwnProperty.call(aliases, value.toLowerCase())
        ? aliases[value.toLowerCase()]
        : undefined;
    const c = alias ?? closest(value, candidates);
    return c === undefined ? '' : ` (did you mean "${c}"?)`;
}


/***/ }),

/***/ 90482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ RELEASE_TAG),
  w: () => (/* binding */ TOOL_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./lib/core/version.js

const TOOL_VERSION = package_namespaceObject.rE;
/**
 * The git tag of this version's release (release.yml refuses a tag that differs). Links written into
 * reports and files point at it, not at main, so they show the docs and schemas of the version that
 * wrote them.
 */
const RELEASE_TAG = `v${TOOL_VERSION}`;


/***/ }),

/***/ 22612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ validatorCacheInUse),
/* harmony export */   Pu: () => (/* binding */ keepValidatorCode),
/* harmony export */   Sq: () => (/* binding */ keptValidatorCode),
/* harmony export */   UZ: () => (/* binding */ useValidatorCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
// ajv's code for a user's schema, kept between runs of the bin: compiling is most of what a small
// check spends on ajv (the examples' three compiles, about 20 ms of a warm run: docs/benchmarks.md),
// and the same schemas are compiled again on every run. The bin (src/launcher/) passes the private
// directory of its own code cache; the action and the tests pass none, and compile as before.
//
// A file is the schema's exact JSON (the key) and ajv's standalone module for it (./validators.ts),
// under a checksum, named by a 64-bit hash of the key; the whole key is compared when it is read, so
// a file is only ever used for the schema it was compiled from. The files of a directory are held
// to 2,048 and 128 MB in all (the temporary directory is often memory): past either, the
// oldest written go first. The first write of a run lists the directory once (and removes what
// killed runs left half-written); the run then keeps the tally.
//
// The directory is the launcher's (0700, its owner checked; files 0600, written whole and renamed),
// and code from it runs as the user, as V8's code cache does. The checksum guards against damage
// (a torn write, bit rot), not an attacker: damaged code could judge a schema wrongly without failing.


let cacheDir;
/** The directory's kept files (name -> bytes, oldest written first), listed at the run's first write. */
let tally;
let limits = { maxFiles: 2048, maxBytes: 128 << 20 };
/**
 * The directory this run keeps validators in (the launcher's), or undefined: none kept. `bounds`:
 * how many files, and bytes in all, the directory holds (smaller in tests).
 */
function useValidatorCache(dir, bounds) {
    cacheDir = dir;
    tally = undefined;
    limits = bounds ?? { maxFiles: 2048, maxBytes: 128 << 20 };
}
const validatorCacheInUse = () => cacheDir !== undefined;
/** Larger schemas are compiled every time: a kept file is read whole, and is some 20 times the schema. */
const MAX_KEY_CHARS = 256 << 10;
const MAX_FILE_CHARS = 8 << 20;
const PREFIX = 'validator-';
const SUFFIX = '.json';
const zlib = () => process.getBuiltinModule('node:zlib');
/** CRC-32 in hex (node:zlib, which the bin has loaded already). */
const crcHex = (text, seed) => zlib().crc32(text, seed).toString(16).padStart(8, '0');
/** The key's file name: two CRC-32s of it, 64 bits, so two schemas of one repo do not share a name. */
function fileName(key) {
    return `${PREFIX}${crcHex(key)}${crcHex(key, 0x9e3779b9)}${SUFFIX}`;
}
/** The code kept for `key`, or undefined: none kept, another schema's, damaged, or too large. */
function keptValidatorCode(key) {
    if (cacheDir === undefined || key.length > MAX_KEY_CHARS)
        return undefined;
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, fileName(key)), 'utf8');
        if (text.length > MAX_FILE_CHARS)
            return undefined;
        const newline = text.indexOf('\n');
        const body = text.slice(newline + 1);
        if (newline < 1 || text.slice(0, newline) !== crcHex(body))
            return undefined;
        const kept = JSON.parse(body);
        if (!Array.isArray(kept) || kept[0] !== key || typeof kept[1] !== 'string')
            return undefined;
        return kept[1];
    }
    catch {
        return undefined; // absent or unreadable: compile
    }
}
/** Keeps `code` for `key`; a failure only costs the next run a compile. */
function keepValidatorCode(key, code) {
    if (cacheDir === undefined || key.length > MAX_KEY_CHARS)
        return;
    const body = JSON.stringify([key, code]);
    if (body.length > MAX_FILE_CHARS)
        return;
    const text = `${crcHex(body)}\n${body}`;
    const name = fileName(key);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, name);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const kept = (tally ??= listKept(cacheDir));
        const size = Buffer.byteLength(text);
        forget(kept, name);
        while (kept.files.size > 0 && (kept.files.size >= limits.maxFiles || kept.bytes + size > limits.maxBytes)) {
            const oldest = kept.files.keys().next().value;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, oldest), { force: true });
            forget(kept, oldest);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text, { mode: 0o600, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
        kept.files.set(name, size);
        kept.bytes += size;
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        }
        catch {
            // Nothing more to do: the next run compiles and writes it again.
        }
    }
}
function forget(kept, name) {
    const size = kept.files.get(name);
    if (size === undefined)
        return;
    kept.files.delete(name);
    kept.bytes -= size;
}
/**
 * The kept files of `dir`, oldest written first, after removing the temporary files of writes that
 * never finished (a run killed while writing; a run writing now loses only its rename, and compiles
 * again next time).
 */
function listKept(dir) {
    const found = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        if (!name.startsWith(PREFIX))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if (name.endsWith('.tmp'))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
        else if (name.endsWith(SUFFIX)) {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
            found.push({ name, size: stat.size, written: stat.mtimeMs });
        }
    }
    found.sort((a, b) => a.written - b.written);
    return { files: new Map(found.map((f) => [f.name, f.size])), bytes: found.reduce((sum, f) => sum + f.size, 0) };
}


/***/ }),

/***/ 59636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ALLOW_BREAKING_LABEL: () => (/* binding */ DEFAULT_ALLOW_BREAKING_LABEL),
/* harmony export */   DEFAULT_CONFIG_FILE: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   DEFAULT_FILTER_GLOBS: () => (/* binding */ DEFAULT_FILTER_GLOBS),
/* harmony export */   DEFAULT_SCHEMA_GLOBS: () => (/* binding */ DEFAULT_SCHEMA_GLOBS),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   FORMATS: () => (/* binding */ FORMATS),
/* harmony export */   INPUT_NAMES: () => (/* binding */ INPUT_NAMES),
/* harmony export */   MODES: () => (/* binding */ MODES),
/* harmony export */   POLICIES: () => (/* binding */ POLICIES),
/* harmony export */   SECRET_INPUTS: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   TOKEN_FORMATS: () => (/* binding */ TOKEN_FORMATS)
/* harmony export */ });
// The one typed Settings object every stage reads. Built only by ./build.ts, from the raw strings
// either front collected (action inputs or CLI flags + CXONE_* variables) and the repo config file.
const POLICIES = ['additive', 'backward', 'forward', 'full', 'none'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const MODES = ['check', 'deploy', 'drift'];
const FORMATS = ['text', 'json', 'sarif', 'github'];
const TOKEN_FORMATS = ['form', 'json'];
const INPUT_NAMES = [
    'mode',
    'root',
    'schemas',
    'filters',
    'config',
    'policy',
    'fail-on',
    'format',
    'report-file',
    'registry-export',
    'against',
    'fail-on-existing',
    'api-base-url',
    'token-url',
    'token-request-format',
    'client-id',
    'deploy-client-id',
    'client-secret',
    'tenant',
    'github-token',
    'comment',
    'allow-breaking-label',
    'sarif-file',
    'dry-run',
    'audit-file',
    'audit-artifact',
    'activation-timeout',
    'max-concurrency',
    'requests-per-second',
    'request-timeout',
    'max-retries',
    'allow-deploy-from',
    'drift-issue',
    'dead-filter-window',
];
/** Inputs whose values are secrets: masked by the fronts the moment they are read. */
const SECRET_INPUTS = ['client-secret', 'github-token'];
const DEFAULT_SCHEMA_GLOBS = ['cxone/schemas/**/*.{yaml,yml,json}'];
const DEFAULT_FILTER_GLOBS = ['cxone/filters/**/*.{yaml,yml,json}'];
const DEFAULT_CONFIG_FILE = '.cxone-contract.yml';
const DEFAULT_ALLOW_BREAKING_LABEL = 'cxone-breaking-change-approved';


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			8792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(6478);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;