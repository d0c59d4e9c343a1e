"use strict";
exports.id = 498;
exports.ids = [498,7406,3232];
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


/***/ }),

/***/ 90498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployJson: () => (/* binding */ deployJson)
/* harmony export */ });
/* unused harmony export deployReport */
/* harmony import */ var _core_deploy_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43232);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97406);
// The deploy's machine-readable result: one JSON document (`deploy --format json`, the action's
// `format: json` log) holding the check the deploy ran first, why it stopped when it did not write,
// every operation, the counts and whether live == repo. Its shape is schemas/deploy-report.schema.json.


function deployReport(run, dryRun) {
    const result = run.result;
    const ops = result?.operations ?? [];
    const count = (outcome) => ops.filter((op) => op.outcome === outcome).length;
    return {
        tool: run.check.tool,
        mode: 'deploy',
        dryRun,
        result: (0,_core_deploy_result_js__WEBPACK_IMPORTED_MODULE_0__.deployEnd)(run, dryRun).end,
        deployed: result?.deployed ?? false,
        stopped: result?.stopped ?? null,
        counts: {
            created: result?.created ?? 0,
            updated: result?.updated ?? 0,
            unchanged: count('unchanged'),
            conflicts: result?.conflicts ?? 0,
            failed: result?.failed ?? 0,
            notAttempted: result?.notAttempted ?? 0,
            operations: ops.length,
        },
        operations: ops.map(reportOperation),
        auditFile: run.auditFile ?? null,
        check: run.check,
    };
}
function deployJson(run, dryRun) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.prettyJson)(deployReport(run, dryRun));
}
/** The documented fields only, in a fixed order: what the schema promises, whatever else the deploy keeps in memory. */
function reportOperation(op) {
    return {
        timestamp: op.timestamp,
        operation: op.operation,
        kind: op.kind,
        name: op.name,
        outcome: op.outcome,
        ...(op.versionBefore !== undefined ? { versionBefore: op.versionBefore } : {}),
        ...(op.versionAfter !== undefined ? { versionAfter: op.versionAfter } : {}),
        ...(op.etagBefore !== undefined ? { etagBefore: op.etagBefore } : {}),
        ...(op.etagAfter !== undefined ? { etagAfter: op.etagAfter } : {}),
        ...(op.status !== undefined ? { status: op.status } : {}),
        latencyMs: op.latencyMs,
        attempts: op.attempts,
        ...(op.unknownOutcomes !== undefined ? { unknownOutcomes: op.unknownOutcomes } : {}),
        ...(op.error !== undefined ? { error: op.error } : {}),
        ...(op.keptLive !== undefined ? { keptLive: [...op.keptLive] } : {}),
    };
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


/***/ })

};
;