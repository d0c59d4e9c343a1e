"use strict";
exports.id = 9149;
exports.ids = [9149,7406];
exports.modules = {

/***/ 29149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportJson: () => (/* binding */ exportJson)
/* harmony export */ });
/* unused harmony export exportReport */
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90482);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97406);
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
function exportJson(result, source) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.prettyJson)(exportReport(result, source));
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