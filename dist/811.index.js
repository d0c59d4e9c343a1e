export const id = 811;
export const ids = [811];
export const modules = {

/***/ 26811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployMarkdown: () => (/* binding */ deployMarkdown),
/* harmony export */   formatDeploy: () => (/* binding */ formatDeploy)
/* harmony export */ });
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63021);
// The deploy's result for people: one line per operation that did something or went wrong, and a
// closing line that says whether everything planned was applied.


function formatDeploy(result, dryRun) {
    const lines = [];
    for (const op of result.operations) {
        if (op.outcome === 'unchanged')
            continue;
        const detail = [
            op.status !== undefined ? String(op.status) : '',
            op.attempts > 1 ? `${op.attempts} attempts` : '',
            op.unknownOutcomes ? `${op.unknownOutcomes} with an unknown outcome, decided by re-reading` : '',
            (0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.error ?? ''),
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`  ${op.outcome.padEnd(9)} ${op.operation.padEnd(12)} ${op.kind.padEnd(7)} ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(op.name)}${detail ? `  (${detail})` : ''}`);
    }
    const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
    const verdict = dryRun ? 'dry run: nothing written' : result.deployed ? 'deployed: live == repo' : 'NOT fully deployed: the items above marked conflict or failed were not applied; a re-run finishes the job once they are resolved';
    lines.push(`deploy: ${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed — ${verdict}`);
    return lines.join('\n') + '\n';
}
/** The deploy's section of the job summary: every operation that wrote, or failed to. Names, versions and API messages are user data: escaped like every summary table. */
function deployMarkdown(result, dryRun) {
    const rows = result.operations
        .filter((op) => op.outcome !== 'unchanged')
        .map((op) => [
        op.outcome,
        op.operation,
        op.kind,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(op.name),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)([op.versionBefore, op.versionAfter].filter(Boolean).join(' → ')),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(op.error ?? (op.keptLive?.length ? `kept live changes: ${op.keptLive.join(', ')}` : '')),
    ]);
    const unchanged = result.operations.filter((op) => op.outcome === 'unchanged').length;
    const head = dryRun ? '### Deploy (dry run: nothing written)' : result.deployed ? '### Deploy: live == repo' : '### Deploy: NOT complete';
    return [
        head,
        '',
        `${result.created} created, ${result.updated} updated, ${unchanged} unchanged, ${result.conflicts} conflicts, ${result.failed} failed.`,
        '',
        ...(rows.length > 0 ? [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['outcome', 'operation', 'kind', 'name', 'version', 'note'], rows)] : []),
        '',
    ].join('\n');
}


/***/ })

};
