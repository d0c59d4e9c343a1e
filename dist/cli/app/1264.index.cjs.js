"use strict";
exports.id = 1264;
exports.ids = [1264,4539,1155];
exports.modules = {

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

/***/ 45372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   WJ: () => (/* binding */ guardingRoot),
/* harmony export */   dU: () => (/* binding */ realRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Whether a path lies inside a directory, by path arithmetic only: used on real paths (after
// realpath) to refuse what a link leads out to, and on given paths to decide which root guards them.


function isInside(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, p);
    return !(rel === '..' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** The first of `roots` that `p` (absolute) lies inside, as given: that root guards it. */
function guardingRoot(roots, p) {
    return roots.find((r) => r !== undefined && isInside(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(r), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p)));
}
/**
 * The real path of a root; the path as given when it cannot be resolved (it is then compared as is).
 * fs.realpathSync.native asks the system: the JavaScript fs.realpathSync removes `..` from a link's
 * target as text (`a/link/../x` is `a/x` to it, the parent of where `link` leads to the system), and
 * builds a path from a /proc link's text (`pipe:[123]`) that names nothing.
 */
function realRoot(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    }
}


/***/ }),

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SRCROOT: () => (/* binding */ SRCROOT),
/* harmony export */   baseWithoutGit: () => (/* binding */ baseWithoutGit),
/* harmony export */   describeGiven: () => (/* binding */ describeGiven),
/* harmony export */   directoryUri: () => (/* binding */ directoryUri),
/* harmony export */   readProblem: () => (/* binding */ readProblem),
/* harmony export */   repoBaseOf: () => (/* binding */ repoBaseOf),
/* harmony export */   repoLocation: () => (/* binding */ repoLocation),
/* harmony export */   repoPathsOf: () => (/* binding */ repoPathsOf),
/* harmony export */   resolveGiven: () => (/* binding */ resolveGiven),
/* harmony export */   rootPrefix: () => (/* binding */ rootPrefix),
/* harmony export */   sarifArtifactLocation: () => (/* binding */ sarifArtifactLocation),
/* harmony export */   shownPath: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45372);
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35095);
// What a path is relative to: one rule for both fronts (docs/architecture.md, "Paths").
//
//   - A path the user gives (root, registry-export, report-file, sarif-file, audit-file, the CLI's
//     --out) is relative to where the command runs: the action's workspace, the CLI's current
//     directory. The two play the same part, so the same layout gives the same files.
//   - What the repo itself names (the globs, the config file) and a finding's `file` are relative to
//     the contract root.
//   - What GitHub or a SARIF tool is told (SARIF URIs, annotation `file=`, a pull request's changed
//     files) is relative to the repository: the top of the git repository that holds the root,
//     else the workspace when it holds the root, else the root itself. Nothing is written with `..`:
//     a file outside the repository is an absolute file URI (SARIF) and carries no `file=`
//     (annotations).
//
// A file that cannot be read names the absolute path it was resolved to and what it was resolved
// against, escaped and bounded: a file name is input like any other.





function resolveGiven(given, base, baseName) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base);
    return { path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, given), given, base: dir, baseName };
}
/** How a report names it: relative to its base when inside it, else absolute (never `../`). */
function shownPath(p) {
    return (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(p.base, p.path) ? node_path__WEBPACK_IMPORTED_MODULE_1__.relative(p.base, p.path) || '.' : p.path;
}
/**
 * How an error names it: `/ws/x.json (from "x.json", relative to the workspace /ws)`; a path given
 * absolute is its path alone. Escaped and bounded.
 */
function describeGiven(p) {
    const abs = bounded(p.path);
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(p.given))
        return abs;
    return `${abs} (from "${bounded(p.given)}", relative to ${p.baseName} ${bounded(p.base)})`;
}
const READ_PROBLEMS = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ELOOP: 'too many levels of symbolic links',
};
/**
 * What went wrong reading a file, in words: from Node's error code (given, or the error's), else
 * the code itself, or for an error without a known code its own message.
 */
function readProblem(codeOrError) {
    const code = typeof codeOrError === 'string' ? codeOrError : codeOrError?.code;
    if (code !== undefined && Object.hasOwn(READ_PROBLEMS, code))
        return READ_PROBLEMS[code];
    if (typeof codeOrError === 'string')
        return codeOrError;
    return codeOrError instanceof Error ? codeOrError.message : String(codeOrError);
}
const MAX_SHOWN = 240;
/** `text` escaped for one line, its middle cut when it is long. */
const bounded = (text) => (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .escapedShort */ .C2)(text, MAX_SHOWN);
/**
 * The repository directory for `root`: the top of the git repository that holds it (found by
 * walking up from root, as given, to the first directory with a `.git` directory or file: a clone,
 * a worktree or a submodule), else `workspace` when it holds root, else root. With `within`, the
 * walk stops there: a `.git` above it belongs to something else.
 */
async function repoBaseOf(root, workspace, within) {
    return (await gitTop(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root), within)) ?? baseWithoutGit(root, workspace);
}
/** The run's RepoPaths, from Settings (root, workspace, and the repoBase the settings found). */
function repoPathsOf(s) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(s.root), base: s.repoBase ?? baseWithoutGit(s.root, s.workspace) };
}
/** The repository directory when no git repository holds root. */
function baseWithoutGit(root, workspace) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    return workspace !== undefined && (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace), r) ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace) : r;
}
async function gitTop(dir, within) {
    const stop = within === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(within);
    if (stop !== undefined && !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(stop, dir))
        return undefined;
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.git')).catch(() => undefined);
        if (s && (s.isDirectory() || s.isFile()))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d || d === stop)
            return undefined;
    }
}
/**
 * `file` (relative to the root, or absolute) as a repository location. Without `paths`, `file` is
 * taken as a repository path already.
 */
function repoLocation(file, paths) {
    if (!paths)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) ? { absolute: file } : { relative: file };
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(paths.root, file);
    if (!(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(paths.base, abs))
        return { absolute: abs };
    return { relative: toSlashes(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(paths.base, abs)) };
}
/** The root as a repository path: `contracts`, or '' when root is the repository directory. */
function rootPrefix(paths) {
    return paths ? toSlashes(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(paths.base, paths.root)) : '';
}
/** A repository location as a SARIF artifactLocation: a relative reference on %SRCROOT%, or an absolute file URI. */
function sarifArtifactLocation(loc) {
    if ('absolute' in loc)
        return { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(loc.absolute).href };
    // Each segment percent-encoded (space, #, %, ?, :, non-ASCII), slashes kept.
    return { uri: loc.relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
const SRCROOT = '%SRCROOT%';
/** The repository directory as an absolute file URI ending in `/`, for SARIF's originalUriBaseIds. */
function directoryUri(dir) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function toSlashes(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
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


/***/ }),

/***/ 87782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EQ: () => (/* binding */ checkGlobs)
});

// UNUSED EXPORTS: GLOB_LIMITS, checkGlob, globOutsideRoot, globTooCostly

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(25648);
;// CONCATENATED MODULE: ./lib/core/braces.js
// The brace grammar of globs, read once for two uses of the settings (../settings/globs.ts):
// counting the patterns a glob expands to without expanding it (the bound), and spelling the
// patterns out (the checks of what a glob could name).
/** Patterns one glob may expand to (the product of its brace groups, a range counting its size). */
const MAX_BRACE_READINGS = 100;
/**
 * How many patterns brace expansion can make of `glob`, counted without expanding and capped at
 * `cap`. It over-counts rather than under-counts: a group the expander would keep literal
 * (`{a}`, an unclosed `{`) still counts what is inside it. Recursion is as deep as the groups nest
 * (bounded by the settings' maxBraceGroups).
 */
function countExpansions(glob, cap) {
    const mul = (a, b) => Math.min(cap, a * b);
    const add = (a, b) => Math.min(cap, a + b);
    return readBraces(glob, {
        text: () => 1,
        then: mul,
        or: add,
        single: (item, body) => Math.max(item, Math.min(cap, rangeSize(body.split('..')))),
        unclosed: (items) => items, // literal to the expander, counted anyway
    });
}
/**
 * The patterns `glob`'s braces spell out, lists and ranges, at most `cap` of them: what a glob could
 * name once its braces are read (the settings' checks). A group kept literal (unclosed, or one
 * item that is no range) stays as written; so do escapes.
 */
function braceReadings(glob, cap) {
    return readBraces(glob, {
        text: (text) => [text],
        then: (heads, tails) => heads.flatMap((h) => tails.map((t) => h + t)).slice(0, cap),
        or: (a, b) => [...a, ...b].slice(0, cap),
        single: (item, body) => rangeValues(body, cap) ?? item.map((o) => `{${o}}`),
        unclosed: (_items, rest) => [`{${rest}`],
    });
}
/** The brace grammar, once for both readings. Recursion is as deep as the groups nest. */
function readBraces(glob, r) {
    let pos = 0;
    const sequence = (inGroup) => {
        let out = r.text('');
        let from = pos;
        while (pos < glob.length) {
            const ch = glob[pos];
            if (ch === '\\')
                pos += 2;
            else if (inGroup && (ch === ',' || ch === '}'))
                break;
            else if (ch === '{') {
                out = r.then(out, r.text(glob.slice(from, pos)));
                pos++;
                out = r.then(out, group());
                from = pos;
            }
            else
                pos++;
        }
        return r.then(out, r.text(glob.slice(from, pos)));
    };
    const group = () => {
        const start = pos;
        let items;
        let alternatives = 1;
        for (;;) {
            const item = sequence(true);
            items = items === undefined ? item : r.or(items, item);
            if (pos >= glob.length)
                return r.unclosed(items, glob.slice(start));
            if (glob[pos] === ',') {
                alternatives++;
                pos++;
                continue;
            }
            const body = glob.slice(start, pos);
            pos++; // the closing brace
            return alternatives === 1 ? r.single(items, body) : items;
        }
    };
    return sequence(false);
}
/** The values of a sane `a..b` or `a..b..step` (numbers or single characters); undefined when it is none. */
function rangeValues(body, cap) {
    const parts = body.split('..');
    if (parts.length < 2)
        return undefined;
    const size = rangeSize(parts);
    if (!Number.isFinite(size) || size > cap)
        return undefined;
    const [a, b, s] = parts;
    const step = s === undefined || s.trim() === '' ? 1 : Math.abs(Number(s));
    const numeric = a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
    if (!numeric && (a.length !== 1 || b.length !== 1))
        return undefined;
    const [from, to] = numeric ? [Number(a), Number(b)] : [a.charCodeAt(0), b.charCodeAt(0)];
    const out = [];
    const dir = to >= from ? 1 : -1;
    for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * (step || 1)) {
        out.push(numeric ? String(v) : String.fromCharCode(v));
        if (out.length >= cap)
            break;
    }
    return out;
}
/**
 * The size of `a..b` or `a..b..step` (numbers or single characters), 1 when it is not a range;
 * `parts` is the group's body split at `..`. Numbers the expander would mis-step (fractions, past
 * 1,000,000: near 2^53 it loops until the engine aborts) count as too many.
 */
function rangeSize(parts) {
    if (parts.length !== 2 && parts.length !== 3)
        return 1;
    const [a, b, s] = parts;
    const num = (x) => (x.trim() === '' ? NaN : Number(x));
    const sane = (x) => Number.isInteger(x) && Math.abs(x) <= 1_000_000;
    const step = s === undefined ? 1 : num(s);
    if (s !== undefined && !Number.isNaN(step) && !(sane(step) && step !== 0))
        return Infinity;
    const stride = Number.isNaN(step) ? 1 : Math.abs(step);
    const [from, to] = [num(a), num(b)];
    // One end no number (`{1..x}`): the expander reads two single characters as a letter range.
    if (!Number.isNaN(from) && !Number.isNaN(to) && (Number.isFinite(from) || Number.isFinite(to))) {
        if (!sane(from) || !sane(to))
            return Infinity;
        return Math.floor(Math.abs(to - from) / stride) + 1;
    }
    if (a.length === 1 && b.length === 1)
        return Math.floor(Math.abs(b.charCodeAt(0) - a.charCodeAt(0)) / stride) + 1;
    return 1;
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/settings/globs.js
// Globs come from the PR-controlled config and from inputs; they are relative to the repository
// root and may never name a place outside it. An absolute glob would walk the whole filesystem,
// and a `..` segment climbs out of the root before any matched path is checked.
//
// They are also bounded before any glob library sees them: brace expansion is exponential
// (`{a,b}` seventeen times is 131,072 patterns, which hung fast-glob: it expands braces into one
// pattern each), a numeric range is as large as its ends (`{1..100000000}`), and a segment with
// many `*` compiles to a regex that backtracks polynomially on a long file name the PR also
// controls. Whatever the libraries still throw is a usage error naming where the glob came from,
// never a crash. The globs are evaluated by ../core/glob.ts (fast-glob and its matcher), on disk
// and in a commit's tree alike.



const GLOB_LIMITS = {
    /** Characters in one glob. */
    maxLength: 512,
    /** `{\u2026}` groups (lists and ranges, nested or not) in one glob. */
    maxBraceGroups: 8,
    /** Patterns one glob expands to (the product of its brace groups, a range counting its size). */
    maxExpansions: MAX_BRACE_READINGS,
    /** Repeating wildcards (`*`, `*(\u2026)`, `+(\u2026)`, `!(\u2026)`; `**` alone is a segment walk) in one path segment. */
    maxWildcardsPerSegment: 2,
    /** Globs in one list (schemas or filters). */
    maxGlobs: 100,
};
/** Why `glob` is too large or too costly to hand to the glob library, or undefined. */
function globTooCostly(glob) {
    const L = GLOB_LIMITS;
    if (glob.length > L.maxLength)
        return `is ${glob.length} characters long, over the limit of ${L.maxLength}`;
    const groups = countBraceOpenings(glob);
    if (groups > L.maxBraceGroups)
        return `has ${groups} brace groups, over the limit of ${L.maxBraceGroups}`;
    const n = countExpansions(glob, L.maxExpansions + 1);
    if (n > L.maxExpansions)
        return `expands to more than ${L.maxExpansions} patterns (brace lists and ranges multiply), the limit for one glob`;
    return undefined;
}
/**
 * The patterns `glob` expands to, bounded and checked; throws a UsageError (prefixed `where`) for
 * a glob that is too costly, that the library cannot read, or that reaches outside the root.
 */
function checkGlob(glob, where, options = {}) {
    const fail = (why) => new errors/* UsageError */.eb(`${where}${JSON.stringify(glob.length > 80 ? glob.slice(0, 80) + '\u2026' : glob)} ${why}`);
    const costly = globTooCostly(glob);
    if (costly)
        throw fail(costly);
    const positive = glob.replace(/^!+/, ''); // a negation is an ignore pattern: same rules
    let expanded;
    try {
        out.isDynamicPattern(positive); // the library's own reading: what it throws on is no glob
        // Every pattern the braces can spell: `{.,}./x` and `{a,/etc}` only show their shape expanded.
        expanded = braceReadings(positive, GLOB_LIMITS.maxExpansions + 1);
    }
    catch (err) {
        throw fail(`cannot be read as a glob (${libraryMessage(err)})`);
    }
    // The counter above is the gate; the readings are the proof.
    if (expanded.length > GLOB_LIMITS.maxExpansions)
        throw fail(`expands to ${expanded.length} patterns, over the limit of ${GLOB_LIMITS.maxExpansions}`);
    for (const pattern of expanded.length > 0 ? expanded : [positive]) {
        const wild = maxWildcardsInSegment(pattern);
        if (wild > GLOB_LIMITS.maxWildcardsPerSegment) {
            throw fail(`has ${wild} repeating wildcards in one path segment, over the limit of ${GLOB_LIMITS.maxWildcardsPerSegment} (matching it is slow on long file names)`);
        }
    }
    const outside = options.outside === false ? undefined : globOutsideRoot(positive, expanded);
    if (outside)
        throw fail(outside);
    return expanded;
}
/** Why `glob` could reach outside the root, or undefined when it cannot. */
function globOutsideRoot(glob, expanded = []) {
    const positive = glob.replace(/^!+/, '');
    for (const pattern of [positive, ...expanded]) {
        // Backslash is an escape in a glob (`.\.` is `..`) and a separator on Windows: check both readings.
        for (const text of [pattern, pattern.replace(/\\(.)/g, '$1')]) {
            if (/^(?:[\\/]|[A-Za-z]:)/.test(text))
                return 'is an absolute path; globs are relative to the repository root';
            if (text.split(/[\\/()|]/).includes('..'))
                return 'has a ".." segment; globs cannot reach outside the repository root';
        }
    }
    return undefined;
}
/**
 * Throws a UsageError for the first glob that is too costly or reaches outside; `where(i)` prefixes
 * the message. `outside: false` checks the cost only (discovery refuses outside matches one by one).
 */
function checkGlobs(globs, where, options = {}) {
    if (globs.length > GLOB_LIMITS.maxGlobs) {
        throw new errors/* UsageError */.eb(`${where(GLOB_LIMITS.maxGlobs)}${globs.length} globs given, over the limit of ${GLOB_LIMITS.maxGlobs} in one list`);
    }
    globs.forEach((glob, i) => checkGlob(glob, where(i), options));
}
/** A library's message, first line only and short: it may echo the (long) glob. */
function libraryMessage(err) {
    const text = err instanceof Error ? `${err.name === 'Error' ? '' : err.name + ': '}${err.message}` : String(err);
    const line = text.split('\n')[0];
    return line.length > 120 ? line.slice(0, 120) + '\u2026' : line;
}
/** Unescaped `{` in the text: every one may open a group, so all count. */
function countBraceOpenings(glob) {
    let n = 0;
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            n++;
    }
    return n;
}
/** The most repeating wildcards in one `/`-separated segment of an already brace-expanded pattern. */
function maxWildcardsInSegment(pattern) {
    let most = 0;
    for (const segment of pattern.split('/')) {
        if (segment === '**')
            continue;
        let n = 0;
        for (let i = 0; i < segment.length; i++) {
            const ch = segment[i];
            if (ch === '\\')
                i++;
            else if (ch === '*') {
                n++;
                while (segment[i + 1] === '*')
                    i++; // `**` inside a segment is one star to the matcher
            }
            else if ((ch === '+' || ch === '!') && segment[i + 1] === '(')
                n++; // `!(x)` is `(?!x)[^/]*?` to picomatch
        }
        most = Math.max(most, n);
    }
    return most;
}


/***/ }),

/***/ 31264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSettings: () => (/* reexport */ buildSettings)
});

// UNUSED EXPORTS: DEFAULT_ALLOW_BREAKING_LABEL, DEFAULT_CONFIG_FILE, DEFAULT_FILTER_GLOBS, DEFAULT_SCHEMA_GLOBS, FAIL_ON, FORMATS, INPUT_NAMES, MODES, POLICIES, SECRET_INPUTS, TOKEN_FORMATS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/settings/config-read.js
var config_read = __webpack_require__(34256);
// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var globs = __webpack_require__(87782);
// EXTERNAL MODULE: ./lib/settings/types.js
var types = __webpack_require__(59636);
// EXTERNAL MODULE: ./lib/settings/values.js
var values = __webpack_require__(41155);
;// CONCATENATED MODULE: ./lib/settings/build.js
// Build the Settings object: explicit inputs/flags win, then the repo config file, then defaults.
// This is the only place raw inputs are interpreted.








async function buildSettings(raw, ctx) {
    const opt = (name) => ((0,values.given)(raw[name]) ? raw[name].trim() : undefined);
    const workspace = (0,external_node_path_.resolve)(ctx.cwd);
    // Every path the user gives is relative to where the command runs; the config file, to the root
    // (src/core/paths.ts).
    const here = (name, fallback) => {
        const v = opt(name) ?? fallback;
        return v === undefined ? undefined : (0,paths.resolveGiven)(v, workspace, ctx.cwdName ?? 'the current directory');
    };
    const rootGiven = here('root', '.');
    const root = rootGiven.path;
    await mustBeDirectory(rootGiven, 'root');
    const configFile = (0,paths.resolveGiven)(opt('config') ?? types.DEFAULT_CONFIG_FILE, root, 'the contract root');
    const configName = configFile.given;
    const text = await (0,config_read/* readConfigText */.i)(configFile, root);
    // Its parser and schema validator (yaml, ajv) are loaded only when there is a config to read.
    const config = text === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(8815), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 30998))).parseRepoConfig(text, configFile.given);
    if (!config && (0,values.given)(raw.config) && configName !== types.DEFAULT_CONFIG_FILE) {
        throw new errors/* UsageError */.eb(`config: cannot read ${(0,paths.describeGiven)(configFile)}: no such file`);
    }
    const file = (name) => here(name)?.path;
    const settings = {
        mode: (0,values.oneOf)('mode', opt('mode') ?? 'check', types.MODES),
        root,
        workspace,
        repoBase: await (0,paths.repoBaseOf)(root, workspace, ctx.repoWithinCwd ? workspace : undefined),
        schemaGlobs: (0,values.given)(raw.schemas) ? (0,values.list)(raw.schemas) : (config?.schemas ?? types.DEFAULT_SCHEMA_GLOBS),
        filterGlobs: (0,values.given)(raw.filters) ? (0,values.list)(raw.filters) : (config?.filters ?? types.DEFAULT_FILTER_GLOBS),
        policy: opt('policy') ? (0,values.oneOf)('policy', opt('policy'), types.POLICIES) : (config?.policy ?? 'additive'),
        failOn: opt('fail-on') ? (0,values.oneOf)('fail-on', opt('fail-on'), types.FAIL_ON) : (config?.failOn ?? 'error'),
        ruleLevels: config?.rules ?? {},
        ignores: config?.ignores ?? [],
        configFile: config ? configName : undefined,
        configPath: (0,external_node_path_.relative)(root, configFile.path).split(external_node_path_.sep).join('/'),
        globsGiven: { schemas: (0,values.given)(raw.schemas), filters: (0,values.given)(raw.filters) },
        registryExport: here('registry-export'),
        against: opt('against'),
        failOnExisting: (0,values.bool)('fail-on-existing', opt('fail-on-existing') ?? 'false'),
        api: {
            baseUrl: opt('api-base-url') && (0,values.url)('api-base-url', opt('api-base-url')),
            tokenUrl: opt('token-url') && (0,values.url)('token-url', opt('token-url')),
            tokenRequestFormat: (0,values.oneOf)('token-request-format', opt('token-request-format') ?? 'form', types.TOKEN_FORMATS),
            clientId: opt('client-id'),
            deployClientId: opt('deploy-client-id'),
            clientSecret: opt('client-secret'),
            tenant: opt('tenant'),
        },
        format: opt('format') ? (0,values.oneOf)('format', opt('format'), types.FORMATS) : (ctx.defaults?.format ?? 'text'),
        reportFile: file('report-file') ?? ctx.defaults?.reportFile,
        github: {
            token: opt('github-token'),
            comment: (0,values.bool)('comment', opt('comment') ?? 'true'),
            allowBreakingLabel: opt('allow-breaking-label') ?? types.DEFAULT_ALLOW_BREAKING_LABEL,
        },
        sarifFile: file('sarif-file'),
        dryRun: (0,values.bool)('dry-run', opt('dry-run') ?? 'false'),
        auditFile: file('audit-file') ?? ctx.defaults?.auditFile,
        auditArtifact: opt('audit-artifact'),
        activationTimeoutSeconds: (0,values.positiveInt)('activation-timeout', opt('activation-timeout') ?? '60', 3600),
        maxConcurrency: (0,values.positiveInt)('max-concurrency', opt('max-concurrency') ?? '4', 64),
        requestsPerSecond: (0,values.nonNegativeInt)('requests-per-second', opt('requests-per-second') ?? '100', 10_000),
        requestTimeoutSeconds: (0,values.positiveInt)('request-timeout', opt('request-timeout') ?? '30', 600),
        maxRetries: (0,values.nonNegativeInt)('max-retries', opt('max-retries') ?? '5', 20),
        allowDeployFrom: (0,values.list)(opt('allow-deploy-from') ?? ''),
        driftIssue: (0,values.bool)('drift-issue', opt('drift-issue') ?? 'false'),
        deadFilterWindowDays: (0,values.days)('dead-filter-window', opt('dead-filter-window') ?? '7d'),
    };
    // Globs from the config were checked (with their line) as it was parsed; inputs are checked here.
    if ((0,values.given)(raw.schemas))
        (0,globs/* checkGlobs */.EQ)(settings.schemaGlobs, () => 'schemas: ');
    if ((0,values.given)(raw.filters))
        (0,globs/* checkGlobs */.EQ)(settings.filterGlobs, () => 'filters: ');
    // Ref patterns meet the same matcher: bounded as the file globs are (a ref is no path: no root to leave).
    (0,globs/* checkGlobs */.EQ)(settings.allowDeployFrom, () => 'allow-deploy-from: ', { outside: false });
    if (settings.schemaGlobs.length === 0 && settings.filterGlobs.length === 0) {
        throw new errors/* UsageError */.eb('schemas/filters: no globs given: nothing to check');
    }
    if (settings.against !== undefined && settings.mode !== 'check') {
        throw new errors/* UsageError */.eb(`against: applies to mode: check only (mode: ${settings.mode} compares with the live tenant)`);
    }
    if (settings.registryExport && settings.api.baseUrl) {
        throw new errors/* UsageError */.eb('registry-export and api-base-url are both set: choose the export file (offline) or the live API');
    }
    return settings;
}
async function mustBeDirectory(dir, name) {
    const s = await (0,promises_.stat)(dir.path).catch(() => undefined);
    if (!s?.isDirectory())
        throw new errors/* UsageError */.eb(`${name}: ${(0,paths.describeGiven)(dir)} is not a directory`);
}

;// CONCATENATED MODULE: ./lib/settings/index.js




/***/ }),

/***/ 41155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bool: () => (/* binding */ bool),
/* harmony export */   days: () => (/* binding */ days),
/* harmony export */   given: () => (/* binding */ given),
/* harmony export */   list: () => (/* binding */ list),
/* harmony export */   nonNegativeInt: () => (/* binding */ nonNegativeInt),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   positiveInt: () => (/* binding */ positiveInt),
/* harmony export */   url: () => (/* binding */ url)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3029);
// Parsing of single raw input values. Every failure is a UsageError naming the input and what
// it accepts, so the user sees one clear line and exit code 2.


function given(value) {
    return value !== undefined && value.trim() !== '';
}
function oneOf(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not one of ${allowed.join(', ')}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__.didYouMean)(v, allowed)}`);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name, value) {
    const v = value.trim();
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a boolean (use true or false)`);
}
function positiveInt(name, value, max = Number.MAX_SAFE_INTEGER) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 1 to ${max}`);
    }
    return n;
}
function nonNegativeInt(name, value, max) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 0 to ${max}`);
    return n;
}
/** A duration in days: `7`, `7d`, or `168h` (rounded up to whole days is not done: hours / 24). */
function days(name, value) {
    const m = /^(\d+)\s*([dh]?)$/.exec(value.trim());
    if (!m || Number(m[1]) === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${value.trim()}" is not a duration like 7d or 168h`);
    return m[2] === 'h' ? Number(m[1]) / 24 : Number(m[1]);
}
/** A list given as one string: separated by newlines or commas (globs may hold commas in braces). */
function list(value) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const ch of value) {
        if (ch === '{')
            depth++;
        if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === '\n' || (ch === ',' && depth === 0)) {
            items.push(current);
            current = '';
        }
        else
            current += ch;
    }
    items.push(current);
    return items.map((s) => s.trim()).filter((s) => s !== '');
}
/** An http(s) URL; the scheme rules (https except loopback) belong to the client. */
function url(name, value) {
    const v = value.trim();
    try {
        const u = new URL(v);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('scheme');
        return v.replace(/\/+$/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not an http(s) URL`);
    }
}


/***/ })

};
;