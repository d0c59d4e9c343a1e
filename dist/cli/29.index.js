export const id = 29;
export const ids = [29];
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


/***/ })

};
