"use strict";
exports.id = 1451;
exports.ids = [1451];
exports.modules = {

/***/ 71451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunLine: () => (/* binding */ dryRunLine),
/* harmony export */   formatDeploy: () => (/* binding */ formatDeploy)
/* harmony export */ });
/* unused harmony export deployMarkdown */
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
// The deploy's result for people: one line per operation that did something or went wrong, and a
// closing line that says whether everything planned was applied.


function formatDeploy(result) {
    const lines = [];
    for (const op of result.operations) {
        if ((op.outcome === 'unchanged' && !op.keptLive?.length) || op.outcome === 'not-attempted')
            continue;
        const detail = [
            op.status !== undefined ? String(op.status) : '',
            op.attempts > 1 ? `${op.attempts} attempts` : '',
            op.unknownOutcomes ? `${op.unknownOutcomes} with an unknown outcome, decided by re-reading` : '',
            (0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.error ?? ''),
            op.keptLive?.length
                ? `kept live changes at ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.keptLive.join(', '))}: take them into the repo`
                : '',
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`  ${op.outcome.padEnd(9)} ${op.operation.padEnd(12)} ${op.kind.padEnd(7)} ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.name)}${detail ? `  (${detail})` : ''}`);
    }
    const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
    const verdict = result.deployed
        ? `deployed: ${liveVersusRepo(result)}`
        : 'NOT fully deployed: the items above marked conflict or failed were not applied; a re-run finishes the job once they are resolved';
    const unstarted = result.operations.filter((op) => op.outcome === 'not-attempted');
    if (unstarted.length > 0)
        lines.push(`  not-attempted: ${unstarted.length} item(s): ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(namesOf(unstarted))}`);
    const notAttempted = result.notAttempted > 0 ? `, ${result.notAttempted} not attempted` : '';
    lines.push(`deploy: ${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed${notAttempted} \u2014 ${verdict}`);
    // The one line that names the cause: a run the breaker stopped is about that, not about each item.
    if (result.stopped)
        lines.push(`deploy stopped: ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(result.stopped)} \u2014 ${result.notAttempted} item(s) not attempted; fix the cause and re-run (what was applied stays applied)`);
    return lines.join('\n') + '\n';
}
/**
 * The deploy's section of the job summary: every operation that wrote, or failed to. Names,
 * versions and API messages are user data: escaped like every summary table.
 */
function deployMarkdown(result) {
    const rows = result.operations
        .filter((op) => (op.outcome !== 'unchanged' || op.keptLive?.length) && op.outcome !== 'not-attempted')
        .map((op) => [
        op.outcome,
        op.operation,
        op.kind,
        escapeText(op.name),
        escapeText([op.versionBefore, op.versionAfter].filter(Boolean).join(' \u2192 ')),
        cell(op.error ?? (op.keptLive?.length ? `kept live changes: ${op.keptLive.join(', ')}` : '')),
    ]);
    const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
    const head = result.deployed ? `### Deploy: ${liveVersusRepo(result)}` : '### Deploy: NOT complete';
    return [
        head,
        '',
        `${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed${result.notAttempted > 0 ? `, ${result.notAttempted} not attempted` : ''}.`,
        '',
        ...(result.stopped
            ? [`**Stopped:** ${escapeText(result.stopped)}. Fix the cause and re-run; what was applied stays applied.`, '']
            : []),
        ...(rows.length > 0 ? [table(['outcome', 'operation', 'kind', 'name', 'version', 'note'], rows)] : []),
        '',
    ].join('\n');
}
/** "live == repo" only when it is: live changes the deploy kept (merged around, not reverted) are counted. */
function liveVersusRepo(result) {
    const kept = result.operations.reduce((n, op) => n + (op.keptLive?.length ?? 0), 0);
    if (kept === 0)
        return 'live == repo';
    return `live differs from repo in ${kept} kept live change${kept === 1 ? '' : 's'} (listed with their items: take them into the repo)`;
}
/** The first few names, then a count: a stopped run on a large tenant leaves hundreds. */
function namesOf(ops, shown = 10) {
    const names = ops.slice(0, shown).map((op) => `${op.kind} ${op.name}`);
    return names.join(', ') + (ops.length > shown ? `, \u2026 and ${ops.length - shown} more` : '');
}
/**
 * The dry run's closing line: the plan's counts (the plan itself is printed with the check), and
 * filters the platform's validation refuses.
 */
function dryRunLine(plan) {
    const n = (a) => plan.filter((p) => p.action === a).length;
    const refused = plan.filter((p) => p.validation && !p.validation.valid);
    const unknown = n('unknown') > 0 ? `, ${n('unknown')} unknown` : '';
    const tail = refused.length > 0
        ? ` \u2014 the platform's validation refuses ${refused.length} filter(s) (${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(refused.map((p) => p.name).join(', '))}): the deploy would fail them`
        : '';
    return `dry run: ${n('create')} to create, ${n('update')} to update, ${n('unchanged')} unchanged, ${n('blocked')} blocked${unknown} \u2014 nothing written${tail}\n`;
}


/***/ })

};
;