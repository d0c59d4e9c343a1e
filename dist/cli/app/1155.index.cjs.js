"use strict";
exports.id = 1155;
exports.ids = [1155];
exports.modules = {

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