export const id = 498;
export const ids = [498];
export const modules = {

/***/ 90498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployJson: () => (/* binding */ deployJson)
/* harmony export */ });
/* unused harmony export deployReport */
/* harmony import */ var _modes_deploy_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30461);
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
        result: (0,_modes_deploy_run_js__WEBPACK_IMPORTED_MODULE_0__.deployEnd)(run, dryRun).end,
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
/** Pretty JSON (two-space indent, trailing newline), like the check's report. */
function deployJson(run, dryRun) {
    return JSON.stringify(deployReport(run, dryRun), null, 2) + '\n';
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


/***/ })

};
