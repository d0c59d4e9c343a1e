"use strict";
exports.id = 5540;
exports.ids = [5540];
exports.modules = {

/***/ 51431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lt: () => (/* binding */ readExportFile),
  FY: () => (/* binding */ toLiveSchema)
});

// UNUSED EXPORTS: LIVE_SCHEMA_MAX_DEPTH, MAX_EXPORT_BYTES, parseExport

// EXTERNAL MODULE: ./lib/contracts/limits.js
var limits = __webpack_require__(45707);
// EXTERNAL MODULE: ./lib/core/bounded-read.js
var bounded_read = __webpack_require__(97071);
// EXTERNAL MODULE: ./lib/core/depth.js
var depth = __webpack_require__(81214);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/inside-root.js
var inside_root = __webpack_require__(45372);
// EXTERNAL MODULE: ./lib/core/position.js
var position = __webpack_require__(45792);
;// CONCATENATED MODULE: ./lib/core/json-error.js
// Where a JSON text stops being JSON, as a line and column, never as a quote of the text: the
// engine's own messages quote the bytes around the error (`Unexpected token 'S', "SHELL=/bin"...`),
// and the file may be one a link led to. A small iterative scanner (no recursion, so any nesting
// is fine) finds the offset; it runs only after JSON.parse has failed.

/** `line L, column C` of the first syntax error in `text` (1-based), for a text JSON.parse refused. */
function jsonErrorLocation(text, engineMessage) {
    let at = firstErrorOffset(text);
    if (at === undefined) {
        const m = /at position (\d+)/.exec(engineMessage ?? '');
        at = m ? Number(m[1]) : undefined;
    }
    if (at === undefined)
        return 'at an unknown position';
    const { line, column } = (0,position/* positionAt */.t)(text, at);
    return `line ${line}, column ${column}${at >= text.length ? ' (unexpected end)' : ''}`;
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Offset of the first byte that is not valid JSON (text.length for a premature end), or undefined when it is valid. */
function firstErrorOffset(text) {
    let i = 0;
    const n = text.length;
    const stack = [];
    const skip = () => {
        while (i < n && WS.has(text.charCodeAt(i)))
            i++;
    };
    // Scans one string at i (at a quote); returns false at an error, leaving i on it.
    const str = () => {
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return false;
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else
                    return false;
            }
            else
                i++;
        }
        return false;
    };
    const scalar = () => {
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
        if (!m)
            return false;
        i += m[0].length;
        return true;
    };
    // A value is expected at i.
    const value = () => {
        skip();
        const c = text[i];
        if (c === '{' || c === '[') {
            stack.push(c);
            i++;
            skip();
            if (text[i] === (c === '{' ? '}' : ']')) {
                stack.pop();
                i++;
                return true;
            }
            return c === '{' ? member() : true;
        }
        if (c === '"')
            return str();
        return scalar();
    };
    // `"key" :` at i, inside an object; leaves i before the value.
    const member = () => {
        skip();
        if (text[i] !== '"' || !str())
            return false;
        skip();
        if (text[i] !== ':')
            return false;
        i++;
        return true;
    };
    for (;;) {
        const opened = stack.length;
        if (!value())
            return i;
        // After a value: close containers or move to the next element.
        if (stack.length > opened)
            continue; // a container was opened: its first value (or member value) comes next
        for (;;) {
            skip();
            const top = stack[stack.length - 1];
            if (top === undefined)
                return i < n ? i : undefined;
            const c = text[i];
            if (c === ',') {
                i++;
                if (top === '{' && !member())
                    return i;
                break;
            }
            if (c === (top === '{' ? '}' : ']')) {
                stack.pop();
                i++;
                continue;
            }
            return i;
        }
    }
}

// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/baseline/types.js
var types = __webpack_require__(86866);
;// CONCATENATED MODULE: ./lib/baseline/export-file.js
// Read a registry export (`GET /api/v2/eventbridge/schemas?export=true`, saved to a file) as the
// live baseline. A broken export is a usage error (exit 2): the user pointed us at it.
//
// The path may lie in the checkout, which a pull request controls (issue 11): there it goes
// through the bounded reader with the root as guard, so a link to /proc/self/environ or to a JSON
// file elsewhere is refused, as is a pipe, a device or a file over the cap. A path the workflow
// names outside the roots (RUNNER_TEMP, where an earlier step downloaded it) is the workflow's
// choice and is read without the root check, still bounded. A parse error gives a line and
// column, never the file's bytes.








const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
/**
 * The export at `file`: as Settings has it (given, and resolved against the workspace or the
 * current directory), or a path. Shown relative to where it was resolved (src/core/paths.ts); a
 * file that is missing or cannot be read is named by its absolute path and what it was resolved
 * against.
 */
async function readExportFile(file, options = {}) {
    const given = typeof file === 'string' ? (0,paths.resolveGiven)(file, options.cwd ?? process.cwd(), 'the current directory') : file;
    const shown = (0,paths.shownPath)(given);
    const cannot = (problem) => new errors/* UsageError */.eb(`registry-export: cannot read ${(0,paths.describeGiven)(given)}: ${problem}`);
    const guard = (0,inside_root/* guardingRoot */.WJ)(options.roots ?? [], given.path);
    const bytes = await (0,bounded_read/* readBounded */.C)(given.path, {
        noun: 'the export file',
        maxBytes: options.maxBytes ?? MAX_EXPORT_BYTES,
        ...(guard !== undefined ? { inside: guard } : {}),
        fail: (what) => new errors/* UsageError */.eb(`registry-export: ${shown}: ${what}`),
        cannotRead: cannot,
    });
    if (bytes === undefined)
        throw cannot((0,paths.readProblem)('ENOENT'));
    return parseExport(bytes.toString('utf8'), shown);
}
function parseExport(text, shown) {
    let data;
    const json = text.replace(/^\uFEFF/, '');
    try {
        data = JSON.parse(json);
    }
    catch (err) {
        // The engine's message quotes the text around the error: only the place is shown.
        throw new errors/* UsageError */.eb(`registry-export: ${shown} is not valid JSON (${jsonErrorLocation(json, err.message)})`);
    }
    const entities = data?.entities;
    if (!Array.isArray(entities)) {
        throw new errors/* UsageError */.eb(`registry-export: ${shown} has no "entities" array (expected the registry export: {"entities": [...]})`);
    }
    const schemas = new Map();
    entities.forEach((entity, i) => {
        const live = toLiveSchema(entity);
        if (!live)
            throw new errors/* UsageError */.eb(`registry-export: ${shown}: entities[${i}] is not a schema object with a "title"`);
        if (schemas.has(live.title))
            throw new errors/* UsageError */.eb(`registry-export: ${shown}: title "${live.title}" appears twice`);
        schemas.set(live.title, live);
    });
    return { source: `export:${shown}`, schemas };
}
function toLiveSchema(entity) {
    if (entity === null || typeof entity !== 'object' || Array.isArray(entity))
        return undefined;
    const { title } = entity;
    if (typeof title !== 'string' || title === '')
        return undefined;
    const doc = { ...entity };
    for (const f of types/* SCHEMA_PLATFORM_FIELDS */.s5)
        delete doc[f];
    const { id, etag } = entity;
    return {
        title,
        ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
        ...(typeof etag === 'string' ? { etag } : {}),
        doc,
        ...((0,depth/* nestingDepth */.Q)(doc, LIVE_SCHEMA_MAX_DEPTH) > LIVE_SCHEMA_MAX_DEPTH ? { tooDeep: true } : {}),
    };
}
/**
 * A live schema comes from the tenant as JSON (JSON.parse is not recursive), not through the
 * YAML loader, so nothing bounded its depth: bound it like a contract file. Deeper schemas are
 * kept (the platform has them) but marked, and never compared.
 */
const LIVE_SCHEMA_MAX_DEPTH = limits/* DEFAULT_LIMITS */.dR.maxDepth;


/***/ }),

/***/ 25540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* reexport */ GitBaselineError),
  baselineLine: () => (/* reexport */ baselineLine),
  chooseBaseline: () => (/* reexport */ chooseBaseline),
  O9: () => (/* reexport */ live_api/* fetchLiveState */.O),
  MV: () => (/* reexport */ types/* filterContent */.MV),
  Lt: () => (/* reexport */ export_file/* readExportFile */.Lt),
  eG: () => (/* reexport */ readGitBaseline),
  rc: () => (/* reexport */ live_tenant/* readLiveTenant */.r),
  resolveBaseline: () => (/* reexport */ resolveBaseline),
  Bi: () => (/* reexport */ unreadBaseWarning)
});

// UNUSED EXPORTS: FILTER_CONTENT_FIELDS, LIVE_SCHEMA_MAX_DEPTH, SCHEMA_PLATFORM_FIELDS, noBaselineWarning, parseExport, readLiveFilters, stripFields, toLiveSchema

// EXTERNAL MODULE: ./lib/baseline/export-file.js + 1 modules
var export_file = __webpack_require__(51431);
// EXTERNAL MODULE: ./lib/baseline/live-api.js
var live_api = __webpack_require__(55196);
// EXTERNAL MODULE: ./lib/baseline/live-tenant.js
var live_tenant = __webpack_require__(76094);
// EXTERNAL MODULE: ./lib/baseline/types.js
var types = __webpack_require__(86866);
;// CONCATENATED MODULE: ./lib/baseline/choose.js
// Which baseline judges a check, in order (docs/architecture.md, "Baselines, in order"):
//   1. a registry export file, when given;
//   2. the live registry, when the API and its credentials are given;
//   3. the contract repo at a git revision: `against`, or on a pull request its base commit;
//   4. none: lint only, and a warning that no breaking-change check ran. Never a silent green.
// An API without credentials (a fork's pull request gets no secrets) falls through to 3 with a
// notice. With 1 or 2 judging, the git revision of 3 (when there is one) is the base that tells
// the findings a pull request introduces from those its base branch already has.
// Pure: the revision is resolved (and fetched) by ./resolve.ts.
function chooseBaseline(settings, ctx) {
    const notices = [];
    const names = NAMES[ctx.front];
    const rev = settings.against !== undefined
        ? { rev: settings.against, label: names.against, automatic: false }
        : ctx.pullRequestBase
            ? { rev: ctx.pullRequestBase, label: "the pull request's base commit", automatic: true }
            : undefined;
    const { baseUrl, clientId, clientSecret } = settings.api;
    let judge;
    if (settings.registryExport)
        judge = 'export';
    else if (baseUrl && clientId && clientSecret)
        judge = 'api';
    else if (baseUrl) {
        notices.push(`${names.api} is set but ${names.credentials} ${!clientId && !clientSecret ? 'are' : 'is'} empty (a pull request from a fork gets no secrets): ` +
            `the live registry is not read; ${rev ? `${rev.label} judges instead` : 'no other baseline is given'}`);
    }
    if (judge)
        return { judge, ...(rev ? { git: { ...rev, role: 'base' } } : {}), notices };
    if (rev)
        return { judge: 'git', git: { ...rev, role: 'judge' }, notices };
    return { judge: 'none', notices, none: 'no baseline is given' };
}
const NAMES = {
    action: { against: 'against', api: 'api-base-url', credentials: 'client-id / client-secret' },
    cli: {
        against: '--against',
        api: 'the API base URL (CXONE_API_BASE_URL)',
        credentials: 'CXONE_CLIENT_ID / CXONE_CLIENT_SECRET',
    },
};
/** The warning of a check that compared nothing: what ran, and how to get a breaking-change check. */
function noBaselineWarning(why, front) {
    const how = front === 'action'
        ? 'run the check on pull_request (the base commit becomes the baseline), set `against` to a git revision, or give `registry-export`, or `api-base-url` with `client-id` and `client-secret`'
        : 'pass --against REV (e.g. origin/main), --export FILE, or the API (CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)';
    return `No breaking-change check ran: ${why}, so the schemas were linted only. For one, ${how}.`;
}

// EXTERNAL MODULE: ./lib/contracts/parse.js + 4 modules
var parse = __webpack_require__(73389);
// EXTERNAL MODULE: ./lib/contracts/limits.js
var contracts_limits = __webpack_require__(45707);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __webpack_require__(35095);
// EXTERNAL MODULE: ./lib/settings/config-read.js
var config_read = __webpack_require__(34256);
// EXTERNAL MODULE: ./lib/settings/types.js
var settings_types = __webpack_require__(59636);
;// CONCATENATED MODULE: ./lib/baseline/git-group.js
// The process group of one git call. `git fetch` starts helpers (git-remote-http, ssh) that
// inherit git's pipes: killing git alone leaves them running, holding the pipes open, and a
// stalled origin would hang the check until the job's timeout. So git is started as the leader of
// its own process group (POSIX), and stopping it kills the group. Being its own group, git no
// longer gets the signals meant for us (Ctrl-C, a cancelled job): while a group is alive, those
// signals and this process's exit kill it too, then take their usual course.
/** Process groups exist on POSIX; on Windows the child alone is killed. */
const GROUPS = process.platform !== 'win32';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const alive = new Set();
function trackGroup(child) {
    const pid = child.pid;
    const grouped = GROUPS && pid !== undefined;
    if (grouped) {
        if (alive.size === 0)
            listen(true);
        alive.add(pid);
    }
    return {
        kill() {
            if (grouped)
                killGroup(pid);
            else
                child.kill('SIGKILL');
        },
        release() {
            if (!grouped || !alive.delete(pid))
                return;
            if (alive.size === 0)
                listen(false);
        },
    };
}
function listen(on) {
    for (const s of SIGNALS) {
        if (on)
            process.on(s, onSignal);
        else
            process.off(s, onSignal);
    }
    if (on)
        process.on('exit', killAll);
    else
        process.off('exit', killAll);
}
function onSignal(signal) {
    killAll();
    listen(false);
    // Nobody else handles it: its default (ending this process), as if we had never listened.
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function killAll() {
    for (const pid of alive)
        killGroup(pid);
    alive.clear();
}
function killGroup(pid) {
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone (ESRCH): nothing to kill.
    }
}

;// CONCATENATED MODULE: ./lib/baseline/git-run.js
// Running git for the git baseline: an argument array (never a shell), a timeout, a cap on what it
// may print, and an environment that finds the repo from the working directory alone. Nothing here
// knows what the arguments mean; ./git-rev.ts and ./git-tree.ts do.

/** git failed, timed out, could not be started, or printed more than allowed. */
class GitError extends Error {
    status;
    said;
    why;
    name = 'GitError';
    constructor(message, 
    /** The exit status; undefined when git did not exit on its own. */
    status, 
    /** The first line of git's stderr, when it said something. */
    said, why) {
        super(message);
        this.status = status;
        this.said = said;
        this.why = why;
    }
}
/** Local reads (rev-parse, ls-tree, cat-file) take milliseconds; a minute means something hangs. */
const GIT_LOCAL_TIMEOUT_MS = 60_000;
/** One commit fetched over the network. */
const GIT_FETCH_TIMEOUT_MS = 180_000;
const STDERR_KEPT = 4096;
/**
 * Variables that point git at another repo, index or object store. A pre-commit hook runs with
 * GIT_DIR and GIT_INDEX_FILE set (relative to the top level): the repo must be found from the root.
 */
const LOCATING = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
];
function gitEnv() {
    const env = { ...process.env };
    for (const name of LOCATING)
        delete env[name];
    // Never wait for a password on a terminal nobody watches; messages in one language to read them by.
    return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C', LANGUAGE: 'C' };
}
function runGit(args, o) {
    return new Promise((resolve, reject) => {
        // Its own process group: `git fetch` runs helpers (git-remote-http) that hold the pipes open
        // after git itself is killed; a timeout kills the whole group (./git-group.ts).
        // node:child_process when git runs: a check without --against never loads it.
        const child = process.getBuiltinModule('node:child_process').spawn('git', args, {
            cwd: o.cwd,
            env: gitEnv(),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
            detached: GROUPS,
        });
        const group = trackGroup(child);
        const chunks = [];
        let size = 0;
        let stderr = '';
        let settled = false;
        const command = `git ${args[0] ?? ''}`;
        const said = () => firstLine(stderr);
        const settle = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            group.release();
            if (err)
                reject(err);
            else
                resolve(Buffer.concat(chunks, size));
        };
        // Stopped: kill the group and answer now, from here, not from 'close' (which a surviving
        // helper holding a pipe could delay for ever); the pipes are closed on our side.
        const stop = (err) => {
            if (settled)
                return;
            group.kill();
            for (const s of [child.stdin, child.stdout, child.stderr])
                s.destroy();
            settle(err);
        };
        const timer = setTimeout(() => stop(new GitError(`${command} did not finish within ${Math.round(o.timeoutMs / 1000)} s`, undefined, said(), 'timeout')), o.timeoutMs);
        child.stdout.on('data', (d) => {
            if (settled)
                return;
            size += d.length;
            if (size > o.maxBytes)
                stop(new GitError(`${command} printed more than ${o.maxBytes} bytes`, undefined, said(), 'tooMuch'));
            else
                chunks.push(d);
        });
        child.stderr.on('data', (d) => {
            if (stderr.length < STDERR_KEPT)
                stderr += d.toString('utf8').slice(0, STDERR_KEPT - stderr.length);
        });
        // git may exit before reading all of stdin (a bad revision): that is its answer, not ours to report.
        child.stdin.on('error', () => undefined);
        child.stdin.end(o.input ?? '');
        child.on('error', (err) => {
            const missing = err.code === 'ENOENT';
            settle(new GitError(missing ? 'git is not installed (or not on PATH)' : `git could not be started (${err.code ?? err.message})`, undefined, '', missing ? 'missing' : 'failed'));
        });
        child.on('close', (status) => {
            if (status !== 0)
                settle(new GitError(`${command} failed (exit ${status ?? 'signal'})${said() ? `: ${said()}` : ''}`, status ?? undefined, said(), 'failed'));
            else
                settle(undefined);
        });
    });
}
/**
 * The first non-empty line of git's stderr, cut: git's words, for a message of ours. A remote URL
 * may carry credentials (`https://user:token@host`): they are cut out before anything is shown.
 */
function firstLine(text) {
    const line = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '')
        .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@')
        .trim();
    return line.length > 300 ? line.slice(0, 299) + '\u2026' : line;
}

;// CONCATENATED MODULE: ./lib/baseline/git-rev.js
// Which commit a git baseline names. REV comes from a flag, an input or an event payload, and is
// treated as hostile: it must not look like an option, it is passed after --end-of-options, and it
// must name a commit (`REV^{commit}`). A shallow clone (actions/checkout's default) may lack the
// commit: when allowed, exactly that commit is fetched. Some revisions name no commit on purpose:
// the all-zero SHA of a new branch's `before`, the parent of a root commit, HEAD before the first
// commit. Those mean "no baseline", not an error.



const MAX_REV_CHARS = 256;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const NULL_SHA = /^(?:0{40}|0{64})$/;
const SMALL = 64 * 1024;
/** What git says when origin has no object of that name (GitHub and git's own upload-pack). */
const NO_SUCH_COMMIT = /not our ref|unadvertised object|couldn't find remote ref/i;
/** REV as given, or a usage error when it cannot be a revision (and could be an option). */
function checkRev(rev, label) {
    const r = rev.trim();
    const shown = `"${(0,log_safe/* escapeControl */.hN)(r.length > 80 ? r.slice(0, 79) + '\u2026' : r)}"`;
    if (r === '')
        throw new errors/* UsageError */.eb(`${label}: empty revision`);
    if (r.startsWith('-'))
        throw new errors/* UsageError */.eb(`${label}: ${shown} starts with "-": a revision cannot (git would read it as an option)`);
    if ((0,log_safe/* hasControlCharacter */.Fd)(r) || /\s/.test(r))
        throw new errors/* UsageError */.eb(`${label}: ${shown} holds white space or a control character: not a revision`);
    if (r.length > MAX_REV_CHARS)
        throw new errors/* UsageError */.eb(`${label}: the revision is longer than ${MAX_REV_CHARS} characters`);
    return r;
}
async function resolveRevision(rev, o) {
    const r = checkRev(rev, o.label);
    const shown = `"${(0,log_safe/* escapeControl */.hN)(r)}"`;
    if (NULL_SHA.test(r))
        return { none: `${o.label} is the all-zero SHA (a new branch: there is no earlier commit)` };
    await insideRepo(o);
    const sha = await verify(r, o.cwd);
    if (sha)
        return { sha };
    const none = await namesNoCommit(r, o.cwd);
    if (none)
        return { none: `${o.label} ${shown} ${none}` };
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], o.cwd)).trim() === 'true';
    if (FULL_SHA.test(r) && o.fetch)
        return { sha: await fetchCommit(r.toLowerCase(), o) };
    const fix = shallow
        ? `; the clone is shallow: fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`
        : '';
    throw new errors/* UsageError */.eb(`${o.label}: ${shown} is not a commit in the repository at ${(0,log_safe/* escapeControl */.hN)(o.cwd)}${fix}`);
}
async function insideRepo(o) {
    try {
        await git(['rev-parse', '--is-inside-work-tree'], o.cwd);
    }
    catch (err) {
        const said = err instanceof GitError && err.said ? ` (git: ${(0,log_safe/* escapeControl */.hN)(err.said)})` : '';
        if (err instanceof GitError && err.why === 'missing')
            throw new errors/* UsageError */.eb(`${o.label}: ${err.message}; a git baseline needs git`);
        throw new errors/* UsageError */.eb(`${o.label}: ${(0,log_safe/* escapeControl */.hN)(o.cwd)} is not inside a git repository${said}`);
    }
}
/** The full SHA of the commit `rev` names, or undefined when there is none in the repo. */
async function verify(rev, cwd) {
    try {
        const out = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd)).trim();
        return FULL_SHA.test(out) ? out.toLowerCase() : undefined;
    }
    catch (err) {
        if (err instanceof GitError && err.why === 'failed')
            return undefined;
        throw gitFailure(err);
    }
}
/**
 * Why `rev` names no commit although nothing is wrong: the parent of a root commit (`X^`, `X~1`
 * where X has no parent), or HEAD in a repo without commits. Undefined for anything else.
 */
async function namesNoCommit(rev, cwd) {
    const parentOf = /^(.+?)(?:\^1?|~1?)$/.exec(rev);
    if (parentOf) {
        const child = await verify(parentOf[1], cwd);
        // The commit object lists its parents even when a shallow clone does not hold them.
        if (child && !/^parent /m.test(headerOf(await git(['cat-file', 'commit', child], cwd)))) {
            return `is the parent of the root commit ${child.slice(0, 12)}: there is no earlier commit`;
        }
    }
    if (/^HEAD(?:$|[~^@])/.test(rev)) {
        const born = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd).then(() => true, () => false);
        if (!born)
            return 'names no commit: the repository has no commit yet';
    }
    return undefined;
}
function headerOf(commit) {
    const end = commit.indexOf('\n\n');
    return end < 0 ? commit : commit.slice(0, end);
}
/** Fetch exactly `sha` (one commit, no tags) with the checkout's own remote and credentials. */
async function fetchCommit(sha, o) {
    o.log?.(`${o.label} ${sha} is not in this clone (a shallow checkout): fetching that one commit (git fetch --no-tags --depth=1 origin ${sha})`);
    try {
        await runGit(['fetch', '--no-tags', '--depth=1', 'origin', '--end-of-options', sha], {
            cwd: o.cwd,
            timeoutMs: GIT_FETCH_TIMEOUT_MS,
            maxBytes: SMALL,
        });
    }
    catch (err) {
        const said = err instanceof GitError
            ? err.said
                ? `git: ${(0,log_safe/* escapeControl */.hN)(err.said)}`
                : (0,log_safe/* escapeControl */.hN)(err.message)
            : String(err);
        // Origin answered, and has no such commit: more history would not help, the revision is wrong.
        if (err instanceof GitError && NO_SUCH_COMMIT.test(err.said)) {
            throw new errors/* UsageError */.eb(`${o.label} ${sha} is not a commit of origin (${said}): check the revision; a commit only in a fork, or gone from origin, cannot be the baseline`);
        }
        throw new errors/* UsageError */.eb(`${o.label} ${sha} is not in this clone and could not be fetched from origin (${said}); ` +
            'give the check the history: actions/checkout with fetch-depth: 0');
    }
    const got = await verify(sha, o.cwd);
    if (!got)
        throw new errors/* UsageError */.eb(`${o.label} ${sha}: fetched from origin, but it is not a commit; actions/checkout with fetch-depth: 0 fetches the history`);
    o.log?.(`fetched ${sha}`);
    return got;
}
async function git(args, cwd) {
    return (await runGit(args, { cwd, timeoutMs: GIT_LOCAL_TIMEOUT_MS, maxBytes: SMALL })).toString('utf8');
}
/** A git call that failed for another reason than the answer "no": timeout, git missing, too much output. */
function gitFailure(err) {
    if (err instanceof GitError)
        return new errors/* UsageError */.eb(`git baseline: ${(0,log_safe/* escapeControl */.hN)(err.message)}`);
    return err instanceof Error ? err : new Error(String(err));
}

;// CONCATENATED MODULE: ./lib/baseline/git-config.js
// The globs a commit itself reads its contracts with: its own config file (at the same path as the
// working tree's, parsed by the same parser), else the defaults. A pull request controls the
// working tree's config: were the base read with the pull request's globs alone, it could hide its
// base (a schema renamed to a name only the new globs match looks created, its break unseen). So
// the base is read with the union of both (./git-tree.ts); globs given as inputs win over any
// config, the commit's too, as they do over the working tree's.





/** Where the commit keeps its contracts: whether the root exists there, and its own globs. */
async function commitLayout(o) {
    const configPath = o.configPath ?? settings_types.DEFAULT_CONFIG_FILE;
    const given = o.given ?? { schemas: false, filters: false };
    const notes = [];
    // A path that leaves the root, or that would break git's line-based input, names no config there.
    const usable = !configPath.split('/').includes('..') &&
        !configPath.startsWith('/') &&
        !(0,log_safe/* hasControlCharacter */.Fd)(configPath) &&
        configPath !== '';
    const [root, config] = await objects(o, usable ? ['./', `./${configPath}`] : ['./']);
    const rootExists = root?.type === 'tree';
    let text;
    if (config?.type === 'blob' && config.size <= config_read/* MAX_CONFIG_BYTES */.G) {
        text = await blob(o, config.oid, config.size);
    }
    else if (config && config.type !== 'missing') {
        notes.push(`${(0,log_safe/* escapeControl */.hN)(configPath)} at that commit is ${config.type === 'blob' ? `larger than ${config_read/* MAX_CONFIG_BYTES */.G} bytes` : `a ${config.type}`}: its globs are the defaults`);
    }
    let own = { schemaGlobs: settings_types.DEFAULT_SCHEMA_GLOBS, filterGlobs: settings_types.DEFAULT_FILTER_GLOBS };
    if (text !== undefined) {
        try {
            const { parseRepoConfig } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(8617)]).then(__webpack_require__.bind(__webpack_require__, 30998));
            const c = parseRepoConfig(text, `${(0,log_safe/* escapeControl */.hN)(configPath)} at ${o.sha.slice(0, 12)}`);
            own = { schemaGlobs: c.schemas ?? settings_types.DEFAULT_SCHEMA_GLOBS, filterGlobs: c.filters ?? settings_types.DEFAULT_FILTER_GLOBS };
        }
        catch (err) {
            // The message quotes the commit's config (an unknown key, a value): one line, escaped.
            const said = (0,log_safe/* escapeControl */.hN)(err instanceof Error ? err.message : String(err)).replace(/[:\s]+$/, '');
            notes.push(`${said}; its globs are the defaults`);
        }
    }
    const globs = given.schemas && given.filters
        ? undefined
        : { schemaGlobs: given.schemas ? [] : own.schemaGlobs, filterGlobs: given.filters ? [] : own.filterGlobs };
    return { globs, rootExists, notes };
}
/** Type and size of `<sha>:<path>` for each path (relative to the root), or type `missing`. */
async function objects(o, paths) {
    let out;
    try {
        const input = paths.map((p) => `${o.sha}:${p}`).join('\n') + '\n';
        out = (await runGit(['cat-file', '--batch-check'], {
            cwd: o.cwd,
            timeoutMs: GIT_LOCAL_TIMEOUT_MS,
            maxBytes: 64 * 1024,
            input,
        })).toString('utf8');
    }
    catch (err) {
        throw gitFailure(err);
    }
    return out
        .split('\n')
        .slice(0, paths.length)
        .map((line) => {
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
        return m ? { oid: m[1], type: m[2], size: Number(m[3]) } : { oid: '', type: 'missing', size: 0 };
    });
}
async function blob(o, oid, size) {
    try {
        return (await runGit(['cat-file', 'blob', oid], { cwd: o.cwd, timeoutMs: GIT_LOCAL_TIMEOUT_MS, maxBytes: size })).toString('utf8');
    }
    catch (err) {
        throw gitFailure(err);
    }
}

// EXTERNAL MODULE: ./lib/core/glob.js
var glob = __webpack_require__(80029);
;// CONCATENATED MODULE: ./lib/baseline/git-tree.js
// The contract files of a commit, read from git's object store: `ls-tree` lists the tree under the
// contract root (paths relative to it, sizes included), the globs pick the contracts, and
// `cat-file --batch` reads their blobs in one process. Nothing is checked out and the working tree
// is never touched. The tree is as hostile as the working tree: only regular files are read (a
// link or a submodule is a name, never followed), a path that could climb out (`..`, absolute) is
// dropped, and the same limits as the working tree's contracts bound file count, file size and the
// bytes read in all, each checked on the sizes git lists before a byte is read.






/** What `ls-tree -r` may print: 300,000 entries of a long path each, far past any contract repo. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
const REGULAR_FILE = /^100(?:644|755)$/;
const ENTRY = /^(\d{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)\t([\s\S]+)$/;
async function readTree(o) {
    const listed = await listContracts(o);
    const skipped = [];
    const wanted = [];
    let total = 0;
    const maxTotal = o.maxTotalBytes ?? contracts_limits/* RUN_LIMITS */.Bz.maxBytes;
    for (const f of listed) {
        if (f.size > o.limits.maxFileBytes) {
            skipped.push(`${(0,log_safe/* escapeControl */.hN)(f.file)} (${f.size} bytes, over the ${o.limits.maxFileBytes}-byte limit of a contract file)`);
            continue;
        }
        total += f.size;
        if (total > maxTotal)
            throw new errors/* UsageError */.eb(`the contract files there total more than ${maxTotal} bytes, the limit for one run (${GLOBS_SAID})`);
        wanted.push(f);
    }
    return { files: await readBlobs(wanted, o, total), skipped };
}
async function listContracts(o) {
    let out;
    try {
        out = await runGit(['ls-tree', '-r', '-l', '-z', '--end-of-options', o.sha], {
            cwd: o.cwd,
            timeoutMs: GIT_LOCAL_TIMEOUT_MS,
            maxBytes: MAX_LISTING_BYTES,
        });
    }
    catch (err) {
        throw gitFailure(err);
    }
    const listed = new Map();
    for (const entry of out.toString('utf8').split('\0')) {
        const m = ENTRY.exec(entry);
        if (!m || m[2] !== 'blob' || !REGULAR_FILE.test(m[1]) || m[4] === '-')
            continue;
        const file = m[5];
        if (safePath(file))
            listed.set(file, { oid: m[3], size: Number(m[4]) });
    }
    const sets = [{ schemaGlobs: o.schemaGlobs, filterGlobs: o.filterGlobs }, ...(o.ownGlobs ? [o.ownGlobs] : [])];
    const isSchema = anyOf(sets.map((g) => g.schemaGlobs));
    const isFilter = anyOf(sets.map((g) => g.filterGlobs));
    const maxFiles = o.maxFiles ?? contracts_limits/* MAX_FILES_PER_RUN */.VT;
    const files = [];
    // One pass over the listing; the file limit stops it as soon as it is passed.
    for (const [file, { oid, size }] of listed) {
        // Schemas first: a file matched by both globs is a schema, as in the working tree.
        const kind = isSchema(file) ? 'schema' : isFilter(file) ? 'filter' : undefined;
        if (!kind)
            continue;
        files.push({ file, kind, oid, size });
        if (files.length > maxFiles) {
            throw new errors/* UsageError */.eb(`more than ${maxFiles} files there match the globs, the limit for one run (${GLOBS_SAID})`);
        }
    }
    return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/** Which globs read a commit, for messages: the working tree's alone do not decide what is read there. */
const GLOBS_SAID = "the globs are the check's and those of the commit's own config";
/**
 * Whether any of `lists` matches a listed file, as the working tree's walk would select it
 * (../core/glob.ts): a file matches a list when one of its globs does and none of its `!globs` does.
 */
function anyOf(lists) {
    const matchers = lists.map(glob/* listedMatcher */.S);
    return (file) => matchers.some((matches) => matches(file));
}
/** A relative path that stays below the root: no empty, `.` or `..` segment, not absolute. */
function safePath(file) {
    if (file.startsWith('/') || file.includes('\\') || file.includes('\0'))
        return false;
    return file.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
/** The blobs of `files` through one `cat-file --batch`; `total` is what their sizes add up to. */
async function readBlobs(files, o, total) {
    if (files.length === 0)
        return [];
    let out;
    try {
        // Each answer is a header line, the blob and a newline: room for exactly that.
        out = await runGit(['cat-file', '--batch'], {
            cwd: o.cwd,
            timeoutMs: GIT_LOCAL_TIMEOUT_MS,
            maxBytes: total + files.length * 160,
            input: files.map((f) => f.oid).join('\n') + '\n',
        });
    }
    catch (err) {
        throw gitFailure(err);
    }
    const read = [];
    let at = 0;
    for (const f of files) {
        const eol = out.indexOf(0x0a, at);
        const header = eol < 0 ? '' : out.toString('utf8', at, eol);
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!m || m[1] !== f.oid || Number(m[2]) !== f.size || eol + 1 + f.size > out.length) {
            throw new errors/* UsageError */.eb(`git cat-file answered something unexpected for ${(0,log_safe/* escapeControl */.hN)(f.file)}`);
        }
        read.push({ ...f, bytes: out.subarray(eol + 1, eol + 1 + f.size) });
        at = eol + 1 + f.size + 1;
    }
    return read;
}

;// CONCATENATED MODULE: ./lib/baseline/git-baseline.js
// The contract repo at another commit as a baseline, in the shape of the live state: its schemas
// by title and its filters by name, parsed by the same parser and under the same limits as the
// working tree's contracts. Its source is `git:<sha>`. The files are those the check's globs or the
// commit's own config's globs match there (./git-config.ts): a pull request's config cannot hide
// its base. A file of that commit that does not parse (or is too large) is no baseline for
// anything: the working tree's schema of that title is then new to the check, and the skipped
// files are listed for the log. A commit that cannot be read at all (git fails, a limit of one
// run is passed) is a GitBaselineError, which the check reports as the commit's, not the globs'.







/** The commit could not be read as a baseline: git failed or it holds more than one run may read. */
class GitBaselineError extends errors/* UsageError */.eb {
}
async function readGitBaseline(o) {
    try {
        return await read(o);
    }
    catch (err) {
        if (!(err instanceof errors/* UsageError */.eb))
            throw err;
        const why = err.message.replace(/^git baseline: /, '');
        throw new GitBaselineError(`${o.label ? `${o.label} ` : ''}${o.sha} cannot be read as a baseline: ${why}`);
    }
}
async function read(o) {
    const limits = (0,contracts_limits/* resolveLimits */.fW)(o.limits);
    const layout = await commitLayout({ cwd: o.root, sha: o.sha, ...o.config });
    const notes = [...layout.notes];
    if (!layout.rootExists)
        notes.push('the contract root does not exist at that commit: every schema of the working tree is new to it');
    const tree = await readTree({
        cwd: o.root,
        sha: o.sha,
        schemaGlobs: o.schemaGlobs,
        filterGlobs: o.filterGlobs,
        ...(layout.globs ? { ownGlobs: layout.globs } : {}),
        limits,
    });
    const skipped = [...tree.skipped];
    const schemas = new Map();
    const filters = new Map();
    const maxNodes = o.maxNodes ?? contracts_limits/* RUN_LIMITS */.Bz.maxNodes;
    let nodes = 0;
    for (const f of tree.files) {
        const parsed = (0,parse/* parseContract */.UA)(f.kind, f.file, f.bytes, limits);
        nodes += parsed.nodes ?? 0;
        if (nodes > maxNodes)
            throw new errors/* UsageError */.eb(`the contract files there hold more than ${maxNodes} YAML nodes, the limit for one run`);
        const c = parsed.contract;
        if (!c) {
            skipped.push(`${(0,log_safe/* escapeControl */.hN)(f.file)} (${parsed.findings[0]?.rule ?? 'unreadable'})`);
            continue;
        }
        // Titles and names are identities: the first file in path order holds one (a duplicate is a lint error there).
        if (c.kind === 'schema') {
            if (typeof c.doc.title !== 'string' || c.doc.title === '')
                skipped.push(`${(0,log_safe/* escapeControl */.hN)(f.file)} (no title)`);
            else if (!schemas.has(c.name))
                schemas.set(c.name, { title: c.name, file: c.file, doc: c.doc });
        }
        else if (!filters.has(c.name)) {
            filters.set(c.name, { doc: (0,types/* filterContent */.MV)(c.doc) });
        }
    }
    // No routing groups: a commit holds filters, not the platform's group membership.
    return { live: { source: `git:${o.sha}`, repo: true, schemas, filters }, skipped, notes };
}

;// CONCATENATED MODULE: ./lib/baseline/resolve.js
// A chosen baseline made concrete before the check runs: its git revision resolved to a commit
// (fetched into a shallow clone where the front allows), or found to name none (a new branch, a
// root commit: lint only). The front prints `baselineLine` first, so the log opens with the
// baseline that judged.




async function resolveBaseline(choice, ctx) {
    const out = { ...choice, notices: [...choice.notices], log: [], warnings: [] };
    const git = choice.git;
    if (git) {
        let r;
        try {
            r = await resolveRevision(git.rev, {
                cwd: ctx.root,
                label: git.label,
                fetch: ctx.fetch,
                log: (l) => out.log.push(l),
            });
        }
        catch (err) {
            // The pull request's base, wanted only to mark pre-existing findings: a warning, and every finding counts.
            if (!(err instanceof errors/* UsageError */.eb && git.role === 'base' && git.automatic))
                throw err;
            out.warnings.push(unreadBaseWarning(err.message));
            delete out.git;
        }
        if (r && 'sha' in r)
            out.sha = r.sha;
        else if (r) {
            delete out.git;
            if (git.role === 'judge') {
                out.judge = 'none';
                out.none = r.none;
            }
            else
                out.notices.push(`no base commit to tell pre-existing findings apart: ${r.none}`);
        }
    }
    if (out.judge === 'none')
        out.warnings.unshift(noBaselineWarning(out.none ?? 'no baseline is given', ctx.front));
    return out;
}
/** The warning when the pull request's base, wanted to mark pre-existing findings, cannot be resolved or read. */
function unreadBaseWarning(why) {
    return `Pre-existing breaking changes are not told apart: ${why}. Every finding counts as introduced by this pull request.`;
}
/** The log's first line: the baseline that judges, and the base that tells pre-existing findings. */
function baselineLine(b, where) {
    // The commit, and how it was named: (--against origin/main), (--against <sha>), (the pull request's base commit).
    const named = b.git && b.sha ? ` (${b.git.label}${b.git.automatic ? '' : ` ${(0,log_safe/* escapeControl */.hN)(b.git.rev.trim())}`})` : '';
    switch (b.judge) {
        case 'export':
        case 'api': {
            const judge = b.judge === 'export'
                ? `the registry export ${(0,log_safe/* escapeControl */.hN)(where.export ?? '')}`
                : `the live registry at ${(0,log_safe/* escapeControl */.hN)(where.api ?? '')}`;
            const base = b.git && b.sha ? `; findings already at git:${b.sha}${named} are marked pre-existing` : '';
            return `baseline: ${judge}${base}`;
        }
        case 'git':
            return `baseline: git:${b.sha ?? ''}, the contracts of that commit${named}`;
        case 'none':
            return `baseline: none \u2014 lint only, no breaking-change check ran (${b.none ?? 'no baseline is given'})`;
    }
}

;// CONCATENATED MODULE: ./lib/baseline/index.js









/***/ }),

/***/ 55196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fetchLiveState)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _export_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51431);
// The live baseline from the platform itself: the whole registry export, every page, through the
// client (OAuth, retries, pagination). Unreachable or refusing \u2192 PlatformError (exit 3); never a
// silent fallback: an explicit registry-export file is the offline path.


async function fetchLiveState(client, baseUrl, pageSize) {
    const entities = await client.exportSchemas(pageSize ? { pageSize } : {});
    const schemas = new Map();
    entities.forEach((entity, i) => {
        const live = (0,_export_file_js__WEBPACK_IMPORTED_MODULE_1__/* .toLiveSchema */ .FY)(entity);
        if (!live)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk(`GET /api/v2/eventbridge/schemas?export=true: entity ${i} of the export has no "title"; the registry answered something this tool does not understand`);
        if (schemas.has(live.title))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk(`GET /api/v2/eventbridge/schemas?export=true: the export lists the title "${live.title}" twice`);
        schemas.set(live.title, live);
    });
    return { source: `api:${baseUrl}`, schemas };
}


/***/ }),

/***/ 76094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readLiveFilters),
/* harmony export */   r: () => (/* binding */ readLiveTenant)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _live_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55196);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86866);
// The whole live tenant, as the deploy applies to it and the drift run compares with it: every
// schema (the registry export, all pages) and every filter (the filter list, all pages), keyed by
// title and name, platform fields set apart.



async function readLiveTenant(client, options = {}) {
    const [state, filters] = await Promise.all([
        options.schemas ?? (0,_live_api_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchLiveState */ .O)(client, client.baseUrl, options.exportPageSize),
        options.schemas?.filters ?? readLiveFilters(client),
    ]);
    const schemas = new Map([...state.schemas].map(([title, s]) => [
        title,
        {
            ...(s.id !== undefined ? { id: s.id } : {}),
            ...(s.etag !== undefined ? { etag: s.etag } : {}),
            doc: s.doc,
            ...(s.tooDeep ? { tooDeep: s.tooDeep } : {}),
        },
    ]));
    return { source: state.source, schemas, filters };
}
/**
 * Every live filter (all pages), by name; a nameless or doubled name is a platform answer this tool
 * does not understand.
 */
async function readLiveFilters(client) {
    const filters = new Map();
    for (const [i, e] of (await client.listFilters()).entries()) {
        if (e === null || typeof e !== 'object' || Array.isArray(e))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk(`GET /api/v2/event-processing/filters: entity ${i} is not an object; the platform answered something this tool does not understand`);
        const name = e.name;
        if (typeof name !== 'string' || name === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk(`GET /api/v2/event-processing/filters: entity ${i} has no "name"; the platform answered something this tool does not understand`);
        if (filters.has(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk(`GET /api/v2/event-processing/filters: the list holds the name "${name}" twice`);
        filters.set(name, toLiveFilter(e));
    }
    return filters;
}
function toLiveFilter(e) {
    const doc = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .filterContent */ .MV)(e);
    return {
        ...(typeof e.id === 'string' || typeof e.id === 'number' ? { id: String(e.id) } : {}),
        ...(typeof e.etag === 'string' ? { etag: e.etag } : {}),
        doc,
        ...(typeof e.status === 'string' ? { status: e.status } : {}),
        ...(typeof e.message === 'string' ? { message: e.message } : {}),
        ...(typeof e.updated_at === 'string' ? { updatedAt: e.updated_at } : {}),
    };
}


/***/ }),

/***/ 86866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ filterContent),
/* harmony export */   q8: () => (/* binding */ stripFields),
/* harmony export */   s5: () => (/* binding */ SCHEMA_PLATFORM_FIELDS)
/* harmony export */ });
/* unused harmony export FILTER_CONTENT_FIELDS */
// The state a check compares against: a registry export file, the live registry through the API,
// or the contract repo at another git commit (./git-baseline.ts), all in the one shape.
/** Fields the platform adds to a stored schema; not part of the contract, never sent. */
const SCHEMA_PLATFORM_FIELDS = ['id', 'etag'];
/**
 * A filter's content is the fields the contract defines (docs/cxone-api.md, "Event filters"):
 * whatever else a platform shows on a filter (id, etag, status, timestamps, revision, ...) is its
 * own, never exported, compared or sent. An allowlist, because platforms add fields of their own.
 */
const FILTER_CONTENT_FIELDS = [
    'name',
    'description',
    'channel',
    'matchers',
    'pattern_rules',
    'target_group_id',
];
function filterContent(doc) {
    return Object.fromEntries(Object.entries(doc).filter(([k]) => FILTER_CONTENT_FIELDS.includes(k)));
}
/** A document without the given (platform) fields: what the repo holds and a deploy sends. */
function stripFields(doc, fields) {
    return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}


/***/ }),

/***/ 97071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony export sizeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45372);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64539);
// Reading a file a pull request may have planted (the config, a registry export in the checkout):
// it must resolve (through any links) to a path inside the real root when one guards it, be a
// regular file, and fit the size cap, all checked before a byte is read. It is opened
// non-blocking and checked on the open handle, so a named pipe cannot hang the run, a device
// (/dev/zero) is refused, and a file swapped between the checks is still the one measured. At
// most cap + 1 bytes are ever read: a /proc file (size 0 to stat) or a file that grew is cut off.
// Synchronous calls: each asynchronous one is a round trip through libuv's thread pool, and a check
// reads this file beside contracts it loads synchronously, so the trips waited for the loading and
// then for each other (about 10 ms of a small check). Non-blocking open keeps a pipe from hanging it.



// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** The file's bytes, or undefined when there is nothing at `absPath`. */
async function readBounded(absPath, o) {
    const cannot = (err) => {
        const code = err.code;
        return o.cannotRead(code ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__.readProblem)(code) : err.message);
    };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absPath);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw cannot(err);
    }
    let real;
    try {
        // .native, as the system resolves it: the JavaScript one drops `..` from a link's target as text.
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absPath);
    }
    catch {
        throw o.fail(`${o.noun} is a broken symbolic link`);
    }
    if (o.inside !== undefined && !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)((0,_inside_root_js__WEBPACK_IMPORTED_MODULE_1__/* .realRoot */ .dU)(o.inside), real)) {
        // Where it leads is not shown: that is outside information too.
        throw o.fail(`${o.noun} resolves to a path outside the repository root; it was not read`);
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (err) {
        throw cannot(err);
    }
    const limit = sizeText(o.maxBytes);
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            throw o.cannotRead((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__.readProblem)('EISDIR'));
        if (!st.isFile())
            throw o.fail(`${o.noun} is not a regular file (a pipe, socket or device)`);
        if (st.size > o.maxBytes)
            throw o.fail(`${o.noun} is ${sizeText(st.size)}, over the ${limit} limit; it was not read`);
        // Room for the stated size (or a little, for files whose stat says 0), plus one byte to notice more.
        let buf = Buffer.alloc(Math.min(o.maxBytes, Math.max(st.size, 64 * 1024)) + 1);
        let length = 0;
        for (;;) {
            if (length === buf.length) {
                const bigger = Buffer.alloc(Math.min(o.maxBytes + 1, buf.length * 2));
                buf.copy(bigger, 0, 0, length);
                buf = bigger;
            }
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, length, buf.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > o.maxBytes)
                throw o.fail(`${o.noun} is over the ${limit} limit; it was not read`);
        }
        return buf.subarray(0, length);
    }
    catch (err) {
        if (!isSystemError(err))
            throw err;
        throw cannot(err);
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // Closing a descriptor we read from cannot lose data; nothing to report.
        }
    }
}
function sizeText(n) {
    const [unit, size] = n >= 1024 * 1024 ? ['MiB', 1024 * 1024] : n >= 1024 ? ['KiB', 1024] : ['bytes', 1];
    return `${(n / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
function isSystemError(err) {
    return err instanceof Error && typeof err.code === 'string';
}


/***/ }),

/***/ 34256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   i: () => (/* binding */ readConfigText)
/* harmony export */ });
/* harmony import */ var _core_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97071);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64539);
// Reading the config file, which a pull request controls: through the bounded reader
// (src/core/bounded-read.ts): it must resolve (through any links) to a path inside the real root,
// be a regular file, and fit the size cap, all checked before a byte is read.



const MAX_CONFIG_BYTES = 1024 * 1024;
/** The config text, or undefined when there is no file at `file`. */
async function readConfigText(file, root) {
    const bytes = await (0,_core_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .C)(file.path, {
        noun: 'the config file',
        maxBytes: MAX_CONFIG_BYTES,
        inside: root,
        fail: (what) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file.given}: ${what}`),
        // A file that is there and cannot be read (permissions, a directory): where it was looked for.
        cannotRead: (problem) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`config: cannot read ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__.describeGiven)(file)}: ${problem}`),
    });
    return bytes?.toString('utf8');
}


/***/ })

};
;