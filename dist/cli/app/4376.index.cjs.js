"use strict";
exports.id = 4376;
exports.ids = [4376];
exports.modules = {

/***/ 34376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markReverts: () => (/* binding */ markReverts)
/* harmony export */ });
/* harmony import */ var _baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99204);
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17385);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _cxone_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35337);
// "reverts a live change by X at T": an update overwrites the live item with the repo's content,
// so when the item's newest audit entry was written by someone other than this tool's OAuth client
// (a console edit, another pipeline), the update undoes that change. The plan says so, from the
// platform's audit log, so the reviewer sees it before the merge does it.
//
// Filters are read from their own log (`?filter_id=`), schemas from the tenant-wide log (read once,
// only when a schema update needs it). A log the platform will not give (4xx) leaves the items
// without the mark: the plan never guesses.




/**
 * `ourActors`: the OAuth clients of this tool (the check's, and the deploy's when it is another):
 * their writes are the tool's own deploys, never a live change.
 */
async function markReverts(plan, live, client, ourActors, concurrency) {
    const updates = plan.filter((p) => p.action === 'update' && (p.kind === 'schema' || p.kind === 'filter'));
    const filters = updates.filter((p) => p.kind === 'filter' && live.filters?.get(p.name)?.id !== undefined);
    const schemas = updates.filter((p) => p.kind === 'schema');
    await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(filters, concurrency, async (p) => {
        const id = live.filters.get(p.name).id;
        const log = await readable(() => client.auditLogs(id));
        mark(p, (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .newestEntry */ .xm)((0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .contentEntries */ .Wf)(log ?? [], id)), ourActors);
    });
    if (schemas.length === 0)
        return;
    const log = await readable(() => client.auditLogs());
    if (!log)
        return;
    for (const p of schemas) {
        const id = live.schemas.get(p.name)?.id;
        // By meaning, as drift reads it: any field holding the schema's live id or title (src/baseline/audit-match.ts).
        const mine = (e) => (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .isEntry */ .Tk)(e) && (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .changesContent */ .Jz)(e) && (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAbout */ .O8)(e, 'schema', id !== undefined ? [id] : [], [p.name]);
        mark(p, (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .newestEntry */ .xm)(log.filter(mine)), ourActors);
    }
}
/**
 * The log, or undefined when the platform will not give it (refused, failing, or answering what
 * this tool does not understand): the mark is information, never a reason to fail the check.
 */
async function readable(read) {
    try {
        return await read();
    }
    catch (err) {
        if (err instanceof _cxone_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PlatformError */ .Wk)
            return undefined;
        throw err;
    }
}
function mark(p, entry, ourActors) {
    if (!entry || typeof entry.actor !== 'string' || entry.actor === '' || ourActors.includes(entry.actor))
        return;
    p.reverts = {
        actor: (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .entryText */ .u0)(entry.actor),
        timestamp: (typeof entry.timestamp === 'string' && (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_0__/* .entryText */ .u0)(entry.timestamp)) || 'an unknown time',
    };
}


/***/ })

};
;