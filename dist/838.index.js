export const id = 838;
export const ids = [838];
export const modules = {

/***/ 90838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   w: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export statusOf */
// Telling "we may not write here" (fork PRs, read-only GITHUB_TOKEN, a deleted PR) apart from other
// failures, and saying what went wrong in one line without ever including the token.
/** HTTP status of an Octokit RequestError, if it is one. */
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** 401/403/404: the token cannot read or write here (a fork PR's token is read-only). */
function isAccessDenied(err) {
    const s = statusOf(err);
    return s === 401 || s === 403 || s === 404;
}
/** `403 Resource not accessible by integration` style one-liner. Octokit messages hold no token. */
function describeGitHubError(err) {
    const status = statusOf(err);
    const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return status !== undefined ? `HTTP ${status}: ${msg}` : msg;
}


/***/ })

};
