"use strict";
exports.id = 123;
exports.ids = [123,4539,7406];
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


/***/ }),

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftJson: () => (/* binding */ driftJson),
/* harmony export */   prettyJson: () => (/* binding */ prettyJson),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
// The machine-readable report: the Report as pretty JSON, the shape of schemas/report.schema.json.
/** Pretty JSON: two-space indent and a trailing newline, the form of every JSON the tool prints. */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/** The report as pretty JSON, suppressed findings included. */
function toJson(report) {
    return prettyJson(report);
}
/** The drift run's report as pretty JSON, the shape of schemas/drift-report.schema.json. */
function driftJson(report) {
    return prettyJson(report);
}


/***/ }),

/***/ 40952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ruleDocUrl),
/* harmony export */   N: () => (/* binding */ RULES_DOC_URL)
/* harmony export */ });
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90482);
// Where a rule's documentation lives (docs/rules.md, generated from the registry): linked from
// the PR comment, the job summary and SARIF (helpUri). At this version's release tag: main may
// already document rules this version does not have.

const RULES_DOC_URL = `https://github.com/cxone-contract/cxone-contract/blob/${_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_TAG */ .B}/docs/rules.md`;
/** The anchor of a rule id in docs/rules.md (ids are kebab-case: the heading slug is the id). */
function ruleDocUrl(id) {
    return `${RULES_DOC_URL}#${id}`;
}


/***/ }),

/***/ 20123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   sarifJson: () => (/* binding */ sarifJson),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64539);
/* harmony import */ var _rule_docs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40952);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97406);
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF tools:
// one run, the rule metadata from the registry (id, name, descriptions, help, helpUri to
// docs/rules.md, default level), one result per finding. Suppressed findings (config ignores,
// approved breaking changes) are results with a suppression, so code scanning shows them closed.
// Locations are relative to the repository directory (src/core/paths.ts), the same for the action's
// sarif-file and the CLI's --format sarif: a relative URI on %SRCROOT%, whose originalUriBaseIds
// entry gives that directory; a file outside it is an absolute file URI with no base id.



const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function toSarif(report, opts) {
    const rules = [...opts.rules];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // A finding of a rule the registry does not list (it should not happen) still gets metadata.
    for (const f of report.findings) {
        if (!index.has(f.rule)) {
            index.set(f.rule, rules.length);
            rules.push({ id: f.rule, severity: f.severity, summary: f.rule, doc: f.rule, fix: f.help ?? '' });
        }
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: _rule_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES_DOC_URL */ .N.replace(/\/blob\/.*$/, ''),
                        rules: rules.map(ruleDescriptor),
                    },
                },
                originalUriBaseIds: {
                    [_core_paths_js__WEBPACK_IMPORTED_MODULE_0__.SRCROOT]: {
                        ...(opts.repo ? { uri: (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_0__.directoryUri)(opts.repo.base) } : {}),
                        description: { text: 'The repository root.' },
                    },
                },
                results: report.findings.map((f) => result(f, index.get(f.rule), opts.repo)),
                properties: {
                    ...(report.policy !== undefined ? { policy: report.policy } : {}),
                    baseline: report.baseline,
                    failOn: report.failOn,
                },
            },
        ],
    };
}
function ruleDescriptor(r) {
    return {
        id: r.id,
        name: pascal(r.id),
        shortDescription: { text: r.summary },
        fullDescription: { text: r.doc },
        help: {
            text: `${r.doc}\n\nHow to fix: ${r.fix}`,
            markdown: `${r.doc}\n\n**How to fix:** ${r.fix}\n\n[Rule reference](${(0,_rule_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocUrl */ .C)(r.id)})`,
        },
        helpUri: (0,_rule_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocUrl */ .C)(r.id),
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: { tags: ['cxone', 'event-contract'] },
    };
}
function result(f, ruleIndex, repo) {
    const region = { startLine: Math.max(1, f.line) };
    if (f.column > 0)
        region.startColumn = f.column;
    const message = f.help ? `${f.message}\n\nHow to fix: ${f.help}` : f.message;
    return {
        ruleId: f.rule,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_0__.sarifArtifactLocation)((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_0__.repoLocation)(f.file, repo)),
                    region,
                },
                ...(f.pointer !== ''
                    ? { logicalLocations: [{ fullyQualifiedName: `${f.contract ?? f.file}${f.pointer}`, kind: 'member' }] }
                    : {}),
            },
        ],
        // Stable across line moves, so code scanning tracks one alert per rule + contract + pointer.
        partialFingerprints: { 'cxoneContract/v1': `${f.rule}:${f.contract ?? f.file}:${f.pointer}` },
        ...(f.suppressed
            ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppressed.reason }] }
            : {}),
        // Already at the git base (pre-existing): SARIF's own word for a result the baseline run had.
        ...(f.preExisting ? { baselineState: 'unchanged' } : {}),
        properties: {
            ...(f.contract !== undefined ? { contract: f.contract } : {}),
            pointer: f.pointer,
            ...(f.breaking ? { breaking: true } : {}),
            ...(f.witness !== undefined ? { witness: f.witness } : {}),
        },
    };
}
/** `type-changed` -> `TypeChanged` (SARIF's rule `name` is an identifier-like label). */
function pascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function sarifJson(report, opts) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.prettyJson)(toSarif(report, opts));
}


/***/ })

};
;