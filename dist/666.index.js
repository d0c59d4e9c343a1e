export const id = 666;
export const ids = [666];
export const modules = {

/***/ 44666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96823);
// One way to reach the GitHub REST API: an Octokit (@actions/github) for the token, aimed at
// GITHUB_API_URL so GitHub Enterprise Server (and our loopback fake in tests) work unchanged.

/** An Octokit for `token`; `apiUrl` (else GITHUB_API_URL, else api.github.com) is the base URL. */
function createOctokit(token, apiUrl = process.env['GITHUB_API_URL']) {
    const baseUrl = (apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    // log: silent. Octokit's default logger warns on stderr (deprecations); reporting owns the output.
    const quiet = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl, log: quiet });
}


/***/ })

};
