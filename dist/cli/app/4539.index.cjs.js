"use strict";
exports.id = 4539;
exports.ids = [4539];
exports.modules = {

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


/***/ })

};
;