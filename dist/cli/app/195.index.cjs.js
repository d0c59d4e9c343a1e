"use strict";
exports.id = 195;
exports.ids = [195];
exports.modules = {

/***/ 10195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressLine: () => (/* binding */ progressLine)
/* harmony export */ });
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
// One line per finished operation, printed as the deploy goes: a deploy at the tenant's rate limit
// runs for many seconds, and silence until the end reads as a hang.
//   [12/43] updated schema OrderPlaced 1.2.0 \u2192 1.3.0
//   [13/43] FAILED update filter Billing: the platform's validation refused the filter: \u2026
// The counter counts contracts (schemas and filters) as they finish; group assignments follow.
// The deploy hands each finished operation to the front (onProgress), which prints this line.

const DONE = {
    create: 'created',
    update: 'updated',
    activate: 'activated',
    'assign-group': 'assigned',
};
function progressLine(op, counter) {
    const what = `${op.operation === 'assign-group' ? 'group' : op.kind} ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.name)}`;
    const versions = op.versionBefore && op.versionAfter && op.versionBefore !== op.versionAfter
        ? ` ${op.versionBefore} \u2192 ${op.versionAfter}`
        : op.versionAfter
            ? ` ${op.versionAfter}`
            : '';
    const head = `[${counter}]`;
    switch (op.outcome) {
        case 'applied':
            return `${head} ${DONE[op.operation]} ${what}${op.operation === 'activate' ? ' (ACTIVE)' : (0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(versions)}${op.keptLive?.length ? ` (kept live changes at ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.keptLive.join(', '))})` : ''}`;
        case 'unchanged':
            return `${head} unchanged ${what}${op.keptLive?.length ? ` (kept live changes at ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.keptLive.join(', '))})` : ''}`;
        default:
            return `${head} ${op.outcome.toUpperCase()} ${op.operation} ${what}${op.error ? `: ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.error)}` : ''}`;
    }
}


/***/ })

};
;