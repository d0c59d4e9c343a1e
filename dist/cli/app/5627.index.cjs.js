"use strict";
exports.id = 5627;
exports.ids = [5627,7406];
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


/***/ }),

/***/ 40952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ruleDocUrl),
/* harmony export */   N: () => (/* binding */ RULES_DOC_URL)
/* harmony export */ });
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90482);
// Where a rule's documentation lives (docs/rules.md, generated from the registry): linked from
// the PR comment, the job summary and SARIF (helpUri). At this version's release tag: main may
// already document rules this version does not have.

const RULES_DOC_URL = `https://github.com/cxone-contract/cxone-contract/blob/${_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_TAG */ .B}/docs/rules.md`;
/** The anchor of a rule id in docs/rules.md (ids are kebab-case: the heading slug is the id). */
function ruleDocUrl(id) {
    return `${RULES_DOC_URL}#${id}`;
}


/***/ }),

/***/ 85627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ruleDetail: () => (/* binding */ ruleDetail),
/* harmony export */   ruleList: () => (/* binding */ ruleList)
/* harmony export */ });
/* harmony import */ var _evolution_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27507);
/* harmony import */ var _evolution_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59399);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59636);
/* harmony import */ var _rule_docs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40952);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97406);
// What `cxone-contract rules [ID]` prints: the rule list (id, default severity, summary), or one
// rule in full. A change kind adds its verdict under each policy, computed by the policy code
// itself. The rules are handed in (the registry is the front's to read).





/** Every rule, one per line (text) or one JSON document. */
function ruleList(rules, format) {
    if (format === 'json')
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__.prettyJson)({ rules: rules.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })) });
    const idWidth = Math.max(...rules.map((r) => r.id.length));
    const sevWidth = Math.max(...rules.map((r) => r.severity.length));
    return rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(sevWidth)}  ${r.summary}\n`).join('');
}
/** One rule in full: what it checks, why, how to fix it, where its code is; for a change kind, its verdicts. */
function ruleDetail(rule, format) {
    const verdicts = policyVerdicts(rule.id);
    // The function's name comes from the reference itself; its file and line are in the generated docs.
    const code = rule.raisedBy().name;
    if (format === 'json') {
        const { id, severity, summary, doc, fix, test } = rule;
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__.prettyJson)({
            id,
            severity,
            summary,
            doc,
            fix,
            raisedBy: code,
            test,
            docs: (0,_rule_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocUrl */ .C)(id),
            ...(verdicts ? { policies: verdicts } : {}),
        });
    }
    const lines = [
        `${rule.id} (default severity: ${rule.severity})`,
        '',
        rule.summary,
        '',
        rule.doc,
        '',
        `How to fix: ${rule.fix}`,
    ];
    if (verdicts) {
        const width = Math.max(..._settings_types_js__WEBPACK_IMPORTED_MODULE_4__.POLICIES.map((p) => p.length));
        lines.push('', 'Verdict under each policy:', ..._settings_types_js__WEBPACK_IMPORTED_MODULE_4__.POLICIES.map((p) => `  ${p.padEnd(width)}  ${verdicts[p]}`));
    }
    lines.push('', `Code: ${code} (its file and line: docs/rules.md#${rule.id})`, `Test: ${rule.test}`);
    return lines.join('\n') + '\n';
}
/** A change kind's verdict under every policy; undefined for a rule that is not a change kind. */
function policyVerdicts(id) {
    if (!Object.hasOwn(_evolution_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .G, id))
        return undefined;
    return Object.fromEntries(_settings_types_js__WEBPACK_IMPORTED_MODULE_4__.POLICIES.map((p) => [p, (0,_evolution_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .kindVerdict */ .eK)(id, p)]));
}


/***/ })

};
;