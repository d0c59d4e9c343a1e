export const id = 382;
export const ids = [382];
export const modules = {

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ notAdditive)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5468);
// The platform's own rule for a schema update (cxone-api.md): it accepts only an additive
// evolution of the stored version (400 otherwise), whatever policy or approval the repo uses. The
// emulator answers its 400 from this; a deploy checks it before its first write, so an update the
// platform would refuse stops the run before anything is written, not half-way.

/** The error-level findings that make the platform refuse `next` as an update of `live`. */
function notAdditive(live, next, at) {
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evolve */ .sf)(live, next, { ...at, policy: 'additive', witnessBudget: { contracts: 0 } }).findings.filter((f) => f.severity === 'error');
}


/***/ }),

/***/ 3382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refusalMessage: () => (/* binding */ refusalMessage),
/* harmony export */   x: () => (/* binding */ platformRefusals)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3413);
/* harmony import */ var _evolution_platform_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9565);
// Before the first write: every schema update the plan holds must be one the platform accepts (an
// additive evolution of the live version), approved breaking changes and looser policies included.
// The platform refuses the others with 400, so the deploy stops here instead of half-way.


function platformRefusals(contracts, live) {
    if (!live)
        return [];
    const out = [];
    for (const c of contracts) {
        const l = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
        if (!l || (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sameContent */ .C)(l.doc, c.doc))
            continue;
        const found = (0,_evolution_platform_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .notAdditive */ .U)(l.doc, c.doc, { file: c.file, contract: c.name });
        if (found.length > 0)
            out.push({ name: c.name, file: c.file, problems: found.map((f) => `${f.rule} at ${f.pointer || '/'}`) });
    }
    return out;
}
/** What to tell the user: which schemas, why, and the way a breaking change does ship. */
function refusalMessage(refusals) {
    const lines = refusals.map((r) => `  ${r.file}: ${r.name} — ${r.problems.join(', ')}`);
    return [
        `deploy stopped before any write: the platform accepts only additive updates of a schema (it answers 400 NOT_ADDITIVE otherwise), even for an approved breaking change:`,
        ...lines,
        `To ship a breaking version, publish it under a new title (a new schema, e.g. ${refusals[0].name}V2), move the consumers, then retire the old one.`,
    ].join('\n');
}


/***/ })

};
