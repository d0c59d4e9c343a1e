export const id = 149;
export const ids = [149];
export const modules = {

/***/ 29149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportJson: () => (/* binding */ exportJson)
/* harmony export */ });
/* unused harmony export exportReport */
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90482);
// What `cxone-contract export --format json` prints: where the live tenant was read from, where
// it was written, and every file written. Its shape is schemas/export-report.schema.json.

function exportReport(result, source) {
    return {
        tool: { name: 'cxone-contract', version: _core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w },
        mode: 'export',
        source,
        outDir: result.outDir,
        counts: { schemas: result.schemas.length, filters: result.filters.length },
        schemas: [...result.schemas],
        filters: [...result.filters],
    };
}
/** Pretty JSON (two-space indent, trailing newline), like the other reports. */
function exportJson(result, source) {
    return JSON.stringify(exportReport(result, source), null, 2) + '\n';
}


/***/ })

};
