"use strict";
exports.id = 3307;
exports.ids = [3307];
exports.modules = {

/***/ 93307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_APPROVAL: () => (/* binding */ DEFAULT_APPROVAL),
/* harmony export */   approvalOf: () => (/* binding */ approvalOf),
/* harmony export */   approvalSentence: () => (/* binding */ approvalSentence),
/* harmony export */   approvalText: () => (/* binding */ approvalText),
/* harmony export */   ignoreFlow: () => (/* binding */ ignoreFlow),
/* harmony export */   ignoreSnippet: () => (/* binding */ ignoreSnippet)
/* harmony export */ });
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59636);
// How to approve an intended breaking change, said the same way everywhere a breaking change is
// reported (annotations, the failure message, the PR comment, the job summary, the text report):
// the exact PR label, or the exact config ignore, plus the major version bump it still needs.

const DEFAULT_APPROVAL = {
    label: _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ALLOW_BREAKING_LABEL,
    configFile: _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_FILE,
};
/** The approval as these settings name it: their label, and the config file in use (or the default one). */
function approvalOf(settings) {
    return { label: settings.github.allowBreakingLabel, configFile: settings.configFile ?? _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_FILE };
}
/** A YAML string that needs no thought about quoting: JSON strings are valid YAML scalars. */
const q = (s) => JSON.stringify(s);
/** The `ignores:` entries (block YAML) that would approve exactly these findings. */
function ignoreSnippet(findings) {
    const lines = ['ignores:'];
    for (const f of findings) {
        lines.push(`  - rule: ${f.rule}`, `    contract: ${q(f.contract ?? '')}`);
        if (f.pointer !== '')
            lines.push(`    pointer: ${q(f.pointer)}`);
        lines.push(`    reason: ${q('why this break is intended, and who agreed')}`);
    }
    return lines.join('\n');
}
/** The same entry on one line (YAML flow style), for table cells. */
function ignoreFlow(f) {
    const pointer = f.pointer !== '' ? `, pointer: ${q(f.pointer)}` : '';
    return `ignores: [{rule: ${f.rule}, contract: ${q(f.contract ?? '')}${pointer}, reason: "\u2026"}]`;
}
/** Multi-line text appended to the annotation of a breaking change. */
function approvalText(f, opts) {
    return (`To approve this intended break: add the label "${opts.label}" to the pull request, ` +
        `or add to ${opts.configFile}:\n${ignoreSnippet([f])}\n` +
        'Either way cxoneVersion needs a new major version.');
}
/** One sentence for failure messages that cover several breaking changes. */
function approvalSentence(opts) {
    return (`To approve intended breaking changes, add the pull request label "${opts.label}" ` +
        `or an ignore per change in ${opts.configFile} (cxoneVersion still needs a major bump)`);
}


/***/ })

};
;