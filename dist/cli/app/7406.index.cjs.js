"use strict";
exports.id = 7406;
exports.ids = [7406];
exports.modules = {

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