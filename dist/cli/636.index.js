export const id = 636;
export const ids = [636];
export const modules = {

/***/ 59636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ALLOW_BREAKING_LABEL: () => (/* binding */ DEFAULT_ALLOW_BREAKING_LABEL),
/* harmony export */   DEFAULT_CONFIG_FILE: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   DEFAULT_FILTER_GLOBS: () => (/* binding */ DEFAULT_FILTER_GLOBS),
/* harmony export */   DEFAULT_SCHEMA_GLOBS: () => (/* binding */ DEFAULT_SCHEMA_GLOBS),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   FORMATS: () => (/* binding */ FORMATS),
/* harmony export */   INPUT_NAMES: () => (/* binding */ INPUT_NAMES),
/* harmony export */   MODES: () => (/* binding */ MODES),
/* harmony export */   POLICIES: () => (/* binding */ POLICIES),
/* harmony export */   SECRET_INPUTS: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   TOKEN_FORMATS: () => (/* binding */ TOKEN_FORMATS)
/* harmony export */ });
// The one typed Settings object every stage reads. Built only by ./build.ts, from the raw strings
// either front collected (action inputs or CLI flags + CXONE_* variables) and the repo config file.
const POLICIES = ['additive', 'backward', 'forward', 'full', 'none'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const MODES = ['check', 'deploy', 'drift'];
const FORMATS = ['text', 'json', 'sarif', 'github'];
const TOKEN_FORMATS = ['form', 'json'];
const INPUT_NAMES = [
    'mode',
    'root',
    'schemas',
    'filters',
    'config',
    'policy',
    'fail-on',
    'format',
    'report-file',
    'registry-export',
    'against',
    'fail-on-existing',
    'api-base-url',
    'token-url',
    'token-request-format',
    'client-id',
    'deploy-client-id',
    'client-secret',
    'tenant',
    'github-token',
    'comment',
    'allow-breaking-label',
    'sarif-file',
    'dry-run',
    'audit-file',
    'audit-artifact',
    'activation-timeout',
    'max-concurrency',
    'requests-per-second',
    'request-timeout',
    'max-retries',
    'allow-deploy-from',
    'drift-issue',
    'dead-filter-window',
];
/** Inputs whose values are secrets: masked by the fronts the moment they are read. */
const SECRET_INPUTS = ['client-secret', 'github-token'];
const DEFAULT_SCHEMA_GLOBS = ['cxone/schemas/**/*.{yaml,yml,json}'];
const DEFAULT_FILTER_GLOBS = ['cxone/filters/**/*.{yaml,yml,json}'];
const DEFAULT_CONFIG_FILE = '.cxone-contract.yml';
const DEFAULT_ALLOW_BREAKING_LABEL = 'cxone-breaking-change-approved';


/***/ })

};
