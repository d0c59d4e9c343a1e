"use strict";
exports.id = 3232;
exports.ids = [3232];
exports.modules = {

/***/ 43232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployEnd: () => (/* binding */ deployEnd)
/* harmony export */ });
// What a deploy did, as plain data: one operation per write, activation or group assignment, the
// counts, and how the run ended. Built by the deploy (src/modes/deploy/), read by the fronts and the
// report stage (src/report/deploy-json.ts, deploy-text.ts), which must not import a mode.
function deployEnd(run, dryRun) {
    if (!run.result) {
        const blocked = run.check.failed || run.check.plan.some((p) => p.action === 'blocked');
        if (blocked || !dryRun)
            return { end: 'blocked', exitCode: 1 };
        return { end: 'dry-run', exitCode: run.check.plan.some((p) => p.validation && !p.validation.valid) ? 1 : 0 };
    }
    return run.result.deployed ? { end: 'deployed', exitCode: 0 } : { end: 'incomplete', exitCode: 3 };
}


/***/ })

};
;