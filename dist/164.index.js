export const id = 164;
export const ids = [164];
export const modules = {

/***/ 72157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mx: () => (/* binding */ isAuthoredBy),
/* harmony export */   sX: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* unused harmony export FALLBACK_LOGIN */
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38325);
// Who the token is, so the sticky comment and the tracking issue are only ever looked for among
// what this identity wrote: anyone can paste our marker into a comment, nobody else can post as us.
//
// GraphQL `viewer { login }` first: it answers for a personal token and for an installation token
// alike (the Actions GITHUB_TOKEN, a GitHub App's token), where REST `GET /user` answers 403
// "Resource not accessible by integration". REST `GET /user` second (a GraphQL outage, a proxy
// that blocks it). When neither answers, the identity is `github-actions[bot]`, the author of
// everything written with the default GITHUB_TOKEN: a personal token then finds nothing of its own
// and writes a new comment, which is the safe way to be wrong (it never edits another's).

/** The author of comments and issues written with the workflow's GITHUB_TOKEN. */
const FALLBACK_LOGIN = 'github-actions[bot]';
// One lookup per client: a run makes one client per surface (comment or tracking issue).
const cache = new WeakMap();
/** The identity of the token behind `octokit`, asked once and remembered for that client. */
function tokenIdentity(octokit) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memo */ .p)(cache, octokit, probe);
}
async function probe(octokit) {
    try {
        const r = await octokit.graphql('query { viewer { login __typename } }');
        const login = r.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login, bot: r.viewer?.__typename === 'Bot' || isBotLogin(login), source: 'graphql' };
    }
    catch {
        // fall through to REST
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return { login: data.login, bot: data.type === 'Bot' || isBotLogin(data.login), source: 'rest' };
    }
    catch {
        // 403 for installation tokens: fall back below
    }
    return { login: FALLBACK_LOGIN, bot: true, source: 'fallback' };
}
/**
 * True when `author` is `me`. GitHub logins are case-insensitive; an app is `slug[bot]` in REST
 * and may be plain `slug` in GraphQL, so the suffix is compared through `bot`, never dropped: a
 * person named like an app's slug is not that app.
 */
function isAuthoredBy(author, me) {
    const login = author?.login;
    if (typeof login !== 'string' || login === '')
        return false;
    const bot = author?.type === 'Bot' || isBotLogin(login);
    return bot === me.bot && baseName(login) === baseName(me.login);
}
function isBotLogin(login) {
    return /\[bot\]$/i.test(login);
}
function baseName(login) {
    return login.toLowerCase().replace(/\[bot\]$/, '');
}


/***/ }),

/***/ 35917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ findMarked),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony export hasMarker */
// Hidden markers: an HTML comment at the top of a body we write, so a later run finds its own
// comment or issue among everyone else's and never touches theirs. A body is ours only when it
// starts with the marker: a marker further down is quoted or forged text, never adopted.
/** `<!-- cxone-contract:<id> -->`; `id` is cleaned so it cannot close the comment early. */
function hiddenMarker(id) {
    return `<!-- cxone-contract:${id.replace(/--+|>/g, '-')} -->`;
}
/** True when `body` starts with exactly this marker. */
function hasMarker(body, marker) {
    return typeof body === 'string' && body.startsWith(marker);
}
/**
 * The first item whose body starts with `marker` and that passes `accept` (e.g. "written by us"),
 * reading page after page only until it is found.
 */
async function findMarked(pages, marker, accept) {
    for await (const page of pages) {
        const hit = page.data.find((item) => hasMarker(item.body, marker) && accept(item));
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
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72157);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35917);
// One tracking issue per marker (the nightly drift run keeps one up to date): found among all
// issues (open and closed, paginated) as the one the token's own identity opened whose body starts
// with the hidden marker; created or updated in place while there is something to track, and
// closed (with the final body) once there is not. Issues by anyone else are never touched.


async function syncTrackingIssue(input) {
    const { octokit, owner, repo } = input;
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(input.marker);
    const body = `${marker}\n${input.body}`;
    const existing = await findIssue(octokit, owner, repo, marker, input.labels);
    if (!existing) {
        if (!input.open)
            return { action: 'none' };
        const { data } = await octokit.rest.issues.create({
            owner,
            repo,
            title: input.title,
            body,
            ...(input.labels?.length ? { labels: input.labels } : {}),
        });
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
/** The newest issue (not pull request) the token's identity opened that starts with `marker`, open or closed. */
async function findIssue(octokit, owner, repo, marker, labels) {
    const me = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenIdentity */ .sX)(octokit);
    const params = {
        owner,
        repo,
        state: 'all',
        per_page: 100,
        sort: 'created',
        direction: 'desc',
        ...(labels?.length ? { labels: labels.join(',') } : {}),
    };
    // GitHub lists pull requests among issues: skip them.
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarked */ .Em)(octokit.paginate.iterator(octokit.rest.issues.listForRepo, params), marker, (i) => !i.pull_request && (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isAuthoredBy */ .mx)(i.user, me));
}


/***/ })

};
