export const id = 315;
export const ids = [315];
export const modules = {

/***/ 12315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addLiveFilters: () => (/* binding */ addLiveFilters)
/* harmony export */ });
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17385);
/* harmony import */ var _core_target_group_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75780);
/* harmony import */ var _cxone_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35337);
/* harmony import */ var _live_tenant_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76094);
// The live side of the filters a repo holds, for the plan: every live filter (all pages) and the
// membership of each routing group the repo's filters target now or targeted live (a filter the
// repo moves leaves its old group). Read through the API only; a registry export file has no filters.




async function addLiveFilters(live, client, contracts, concurrency) {
    let filters;
    try {
        filters = await (0,_live_tenant_js__WEBPACK_IMPORTED_MODULE_1__/* .readLiveFilters */ .g)(client);
    }
    catch (err) {
        // A PR check's read-only client may hold the schema scope only: the filters are then unknown
        // to the plan (it says why), not a failed check. The deploy's client reads them.
        if (!(err instanceof _cxone_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.status === 403))
            throw err;
        live.filtersUnknown = `the filters could not be read (${err.message}); grant the check's client event-processing:read to plan them`;
        return;
    }
    const groups = new Set();
    for (const c of contracts) {
        if (c.kind !== 'filter')
            continue;
        for (const g of [(0,_core_target_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F)(c.doc), (0,_core_target_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F)(filters.get(c.name)?.doc)])
            if (g !== undefined)
                groups.add(g);
    }
    const ids = [...groups].sort();
    const members = await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(ids, concurrency, (g) => client.groupFilters(g));
    live.filters = filters;
    live.groups = new Map(ids.map((g, i) => [g, members[i]]));
}


/***/ })

};
