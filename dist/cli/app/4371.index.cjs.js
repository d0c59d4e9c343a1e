"use strict";
exports.id = 4371;
exports.ids = [4371];
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

/***/ 6752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9764);
// The one way a run writes a report file (report-file, sarif-file, --report-file): guarded by the
// run's roots, the contract root and the workspace, never through a link a pull request planted
// in the checkout (./safe-write.ts).

/** Write `text` to `file`; `name` is the input or flag that named it, for messages. */
async function writeReportFile(roots, name, file, text) {
    await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileSafely */ .k)({ file, name, roots: [roots.root, roots.workspace] }, text);
}


/***/ }),

/***/ 9764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ writeFileSafely),
/* harmony export */   x: () => (/* binding */ openAppendSafely)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45372);
// The one writer of the files a run leaves behind (report, SARIF, audit). A pull request can commit
// a symbolic link where a report goes (`results.out -> /outside/victim`) or a linked directory
// above it; writing through either would overwrite a file outside the checkout. So a target inside
// a guarded root (the repo root, the workspace) is written only when every directory above it
// resolves inside that root's real path (missing ones are created there, one by one) and the file
// itself is not a link (O_NOFOLLOW), not a pipe or device, and has no second name (a hard link).
// A target outside every root (RUNNER_TEMP, the action's default) is the workflow's choice and is
// written as before.





const { O_WRONLY, O_CREAT, O_APPEND } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
// No link at the last component; a FIFO without a reader fails (ENXIO) instead of blocking.
const NO_FOLLOW = (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Write `text` to the target (created or replaced). */
async function writeFileSafely(target, text) {
    const real = await checkedTarget(target);
    if (real === undefined) {
        await refuseDevice(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target.file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target.file, text);
        return;
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, O_WRONLY | O_CREAT | NO_FOLLOW, 0o644).catch((err) => {
        throw refusalFor(err, target) ?? err;
    });
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw refuse(target, 'is not a regular file');
        if (st.nlink > 1)
            throw refuse(target, 'has another name (a hard link)');
        // Truncated only now that it is known to be ours: O_TRUNC at open would have emptied a hard-linked file.
        await handle.truncate(0);
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}
/**
 * Outside every root the path is the workflow's, but a device or a pipe (`/dev/stdout`) would put
 * the report, unescaped, into the log: the log has one way in (src/core/log-safe.ts).
 */
async function refuseDevice(target) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target.file).catch(() => undefined);
    if (st && !st.isFile()) {
        const what = st.isDirectory()
            ? 'is a directory'
            : 'is a device or a pipe, not a file (to print the report, use --format json)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${target.name}: ${target.file} ${what}; it was not written`);
    }
}
/**
 * Start the target with `first` and return an appender that adds to it synchronously, one call
 * per record (a kill loses no record already written). Each append reopens the checked real path
 * without following a link.
 */
async function openAppendSafely(target, first) {
    await writeFileSafely(target, first);
    const real = await checkedTarget(target);
    return (text) => {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real ?? target.file, O_WRONLY | O_APPEND | (real !== undefined ? NO_FOLLOW : 0));
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    };
}
/**
 * The path to open for a guarded target (its directory resolved, created inside the root where
 * missing), or undefined when no root guards it. Throws a UsageError when the target leaves.
 */
async function checkedTarget(target) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(target.file);
    const root = (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .guardingRoot */ .WJ)(target.roots, abs);
    if (root === undefined)
        return undefined;
    const real = (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .realRoot */ .dU)(root);
    const parts = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root), node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(abs))
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .filter((p) => p !== '');
    let dir = real;
    for (const part of parts) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, part);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(next).catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        });
        if (st === undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(next).catch((err) => {
                if (err.code !== 'EEXIST')
                    throw err;
            });
            dir = next;
            continue;
        }
        const resolved = st.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(next).catch(() => undefined) : next;
        // Where a link leads is not shown: that is outside information.
        if (resolved === undefined || !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(real, resolved))
            throw refuse(target, 'is under a directory that is a symbolic link leading outside the repository root');
        dir = resolved;
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(abs));
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
    return file;
}
function refusalFor(err, target) {
    if (err.code === 'ELOOP')
        return refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
    if (err.code === 'ENXIO')
        return refuse(target, 'is not a regular file (a pipe with no reader)');
    return undefined;
}
function refuse(target, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${target.name}: ${target.file} ${why}; it was not written (choose a path outside the checkout, e.g. under RUNNER_TEMP, or remove the link)`);
}


/***/ })

};
;