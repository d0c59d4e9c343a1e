export const id = 554;
export const ids = [554];
export const modules = {

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

/***/ 81554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
  sarifJson: () => (/* binding */ sarifJson),
  toSarif: () => (/* binding */ toSarif)
});

;// CONCATENATED MODULE: ./lib/report/paths.js
// Finding files are relative to the contract root; GitHub (annotations, SARIF, PR files) speaks
// paths relative to the repository. One prefix maps between the two.
/** `file` relative to the repository, given the contract root's path from it (`contracts`). */
function repoPath(file, prefix) {
    if (!prefix || prefix === '.')
        return file;
    return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
}
/** Repository paths (e.g. a PR's changed files) as contract-root-relative paths; others dropped. */
function rootPaths(paths, prefix) {
    if (!prefix || prefix === '.')
        return new Set(paths);
    const head = `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
    return new Set([...paths].filter((p) => p.startsWith(head)).map((p) => p.slice(head.length)));
}

// EXTERNAL MODULE: ./lib/report/rule-docs.js
var rule_docs = __webpack_require__(40952);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF tools:
// one run, the rule metadata from the registry (id, name, descriptions, help, helpUri to
// docs/rules.md, default level), one result per finding. Suppressed findings (config ignores,
// approved breaking changes) are results with a suppression, so code scanning shows them closed.


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function toSarif(report, opts) {
    const rules = [...opts.rules];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // A finding of a rule the registry does not list (it should not happen) still gets metadata.
    for (const f of report.findings) {
        if (!index.has(f.rule)) {
            index.set(f.rule, rules.length);
            rules.push({ id: f.rule, severity: f.severity, summary: f.rule, doc: f.rule, fix: f.help ?? '' });
        }
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: rule_docs/* RULES_DOC_URL */.N.replace(/\/blob\/.*$/, ''),
                        rules: rules.map(ruleDescriptor),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results: report.findings.map((f) => result(f, index.get(f.rule), opts.pathPrefix)),
                properties: {
                    ...(report.policy !== undefined ? { policy: report.policy } : {}),
                    baseline: report.baseline,
                    failOn: report.failOn,
                },
            },
        ],
    };
}
function ruleDescriptor(r) {
    return {
        id: r.id,
        name: pascal(r.id),
        shortDescription: { text: r.summary },
        fullDescription: { text: r.doc },
        help: {
            text: `${r.doc}\n\nHow to fix: ${r.fix}`,
            markdown: `${r.doc}\n\n**How to fix:** ${r.fix}\n\n[Rule reference](${(0,rule_docs/* ruleDocUrl */.C)(r.id)})`,
        },
        helpUri: (0,rule_docs/* ruleDocUrl */.C)(r.id),
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: { tags: ['cxone', 'event-contract'] },
    };
}
function result(f, ruleIndex, prefix) {
    const region = { startLine: Math.max(1, f.line) };
    if (f.column > 0)
        region.startColumn = f.column;
    const message = f.help ? `${f.message}\n\nHow to fix: ${f.help}` : f.message;
    return {
        ruleId: f.rule,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodePath(repoPath(f.file, prefix)), uriBaseId: '%SRCROOT%' },
                    region,
                },
                ...(f.pointer !== ''
                    ? { logicalLocations: [{ fullyQualifiedName: `${f.contract ?? f.file}${f.pointer}`, kind: 'member' }] }
                    : {}),
            },
        ],
        // Stable across line moves, so code scanning tracks one alert per rule + contract + pointer.
        partialFingerprints: { 'cxoneContract/v1': `${f.rule}:${f.contract ?? f.file}:${f.pointer}` },
        ...(f.suppressed
            ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppressed.reason }] }
            : {}),
        // Already at the git base (pre-existing): SARIF's own word for a result the baseline run had.
        ...(f.preExisting ? { baselineState: 'unchanged' } : {}),
        properties: {
            ...(f.contract !== undefined ? { contract: f.contract } : {}),
            pointer: f.pointer,
            ...(f.breaking ? { breaking: true } : {}),
            ...(f.witness !== undefined ? { witness: f.witness } : {}),
        },
    };
}
/** `type-changed` -> `TypeChanged` (SARIF's rule `name` is an identifier-like label). */
function pascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function sarifJson(report, opts) {
    return JSON.stringify(toSarif(report, opts), null, 2) + '\n';
}


/***/ })

};
