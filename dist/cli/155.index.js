export const id = 155;
export const ids = [155,29];
export const modules = {

/***/ 3029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/** Levenshtein distance; inputs are short enum words, so the quadratic table is fine. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
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
