export const id = 164;
export const ids = [164];
export const modules = {

/***/ 35917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ findMarked),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony export hasMarker */
// Hidden markers: an HTML comment at the top of a body we write, so a later run finds its own
// comment or issue among everyone else's and never touches theirs.
/** `<!-- cxone-contract:<id> -->`; `id` is cleaned so it cannot close the comment early. */
function hiddenMarker(id) {
    return `<!-- cxone-contract:${id.replace(/--+|>/g, '-')} -->`;
}
/** True when `body` starts with (or contains, for hand-edited bodies) exactly this marker. */
function hasMarker(body, marker) {
    return typeof body === 'string' && body.includes(marker);
}
/** The first item carrying `marker` (and passing `accept`), reading page after page only until it is found. */
async function findMarked(pages, marker, accept = () => true) {
    for await (const page of pages) {
        const hit = page.data.find((item) => accept(item) && hasMarker(item.body, marker));
        if (hit)
            return hit;
    }
    return undefined;
}


/***/ }),

/***/ 164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35917);
// One tracking issue per marker (the nightly drift run keeps one up to date): found by its hidden
// marker among all issues (open and closed, paginated), created or updated in place while there is
// something to track, and closed (with the final body) once there is not.

async function syncTrackingIssue(input) {
    const { octokit, owner, repo } = input;
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .hiddenMarker */ .z0)(input.marker);
    const body = `${marker}\n${input.body}`;
    const existing = await findIssue(octokit, owner, repo, marker, input.labels);
    if (!existing) {
        if (!input.open)
            return { action: 'none' };
        const { data } = await octokit.rest.issues.create({ owner, repo, title: input.title, body, ...(input.labels?.length ? { labels: input.labels } : {}) });
        return { action: 'created', number: data.number, url: data.html_url };
    }
    const wasOpen = existing.state !== 'closed';
    if (!input.open && !wasOpen && existing.body === body)
        return { action: 'none', number: existing.number, url: existing.html_url };
    const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        title: input.title,
        body,
        state: input.open ? 'open' : 'closed',
    });
    const action = input.open ? (wasOpen ? 'updated' : 'reopened') : wasOpen ? 'closed' : 'updated';
    return { action, number: data.number, url: data.html_url };
}
/** The newest issue (not pull request) carrying `marker`, open or closed. */
function findIssue(octokit, owner, repo, marker, labels) {
    const params = { owner, repo, state: 'all', per_page: 100, sort: 'created', direction: 'desc', ...(labels?.length ? { labels: labels.join(',') } : {}) };
    // GitHub lists pull requests among issues: skip them.
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .findMarked */ .Em)(octokit.paginate.iterator(octokit.rest.issues.listForRepo, params), marker, (i) => !i.pull_request);
}


/***/ })

};
