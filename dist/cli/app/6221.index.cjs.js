"use strict";
exports.id = 6221;
exports.ids = [6221,1155];
exports.modules = {

/***/ 76221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23027);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64539);
/* harmony import */ var _evolution_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8011);
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53035);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41155);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59636);
// `cxone-contract diff OLD NEW`: compare any two draft-07 schema files (YAML or JSON) under a
// policy. Exit 0 compatible, 1 incompatible, 2 unreadable input. The result is plain data
// (src/core/diff-result.ts); src/report/diff-text.ts prints it.








async function runDiff(oldPath, newPath, opts) {
    const policy = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__.oneOf)('--policy', opts.policy ?? 'additive', _settings_types_js__WEBPACK_IMPORTED_MODULE_7__.POLICIES);
    // Read at once, reported in argument order: when both fail, OLD's problem is the one said, every time.
    const [oldRead, newRead] = await Promise.allSettled([readSchema(oldPath, opts.cwd), readSchema(newPath, opts.cwd)]);
    if (oldRead.status === 'rejected')
        throw oldRead.reason;
    if (newRead.status === 'rejected')
        throw newRead.reason;
    const [live, repo] = [oldRead.value, newRead.value];
    await (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareRegexes */ .Tg)([live.doc, repo.doc]); // the ReDoS checker, when a regex of either needs it
    const { findings, judged } = (0,_evolution_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evolve */ .sf)(live.doc, repo.doc, { file: repo.file, contract: repo.name, policy });
    // Every change is listed: with its finding's verdict and witness when it matters under the
    // policy, else as a notice; then the version rules' findings, which are not changes of their own.
    const listed = judged.map(({ change: c, finding: f }) => entry(f ?? { rule: c.kind, severity: 'notice', pointer: c.pointer, message: c.message }, repo));
    const fromChanges = new Set(judged.map((j) => j.finding));
    for (const f of findings)
        if (!fromChanges.has(f))
            listed.push(entry(f, repo));
    return { compatible: !findings.some((f) => f.severity === 'error'), policy, changes: listed };
}
function entry(f, repo) {
    const line = f.severity === 'error' ? ` (line ${repo.locate(f.pointer).line})` : '';
    return {
        rule: f.rule,
        severity: f.severity,
        pointer: f.pointer,
        message: f.message + line,
        ...(f.witness !== undefined ? { witness: f.witness } : {}),
    };
}
async function readSchema(path, cwd) {
    // The paths rule (src/core/paths.ts): a file that cannot be read is named by its absolute path
    // and what it was resolved against, escaped and bounded (it was the name alone, unbounded, and a
    // directory was Node's "EISDIR: illegal operation on a directory").
    const given = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__.resolveGiven)(path, cwd, 'the current directory');
    const cannot = (err) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`diff: cannot read ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__.describeGiven)(given)}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__.readProblem)(err.code ?? 'ENOENT')}`);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(given.path).catch((err) => {
        throw cannot(err);
    });
    if (st.isDirectory())
        throw cannot({ code: 'EISDIR' });
    if (st.size > _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR.maxFileBytes)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`diff: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__.describeGiven)(given)} is larger than ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR.maxFileBytes} bytes`);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(given.path).catch((err) => {
        throw cannot(err);
    });
    const parsed = (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseContract */ .UA)('schema', path, bytes, undefined, { booleanSchema: true });
    const problem = parsed.findings.find((f) => f.severity === 'error');
    if (problem || !parsed.contract) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`diff: ${problem ? `${path}:${problem.line}: ${problem.rule}: ${problem.message}` : `${path} is not a schema`}`);
    }
    return parsed.contract;
}


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