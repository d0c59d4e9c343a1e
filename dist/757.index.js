export const id = 757;
export const ids = [757,636,452];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
// One way to reach the GitHub REST API: an Octokit (@actions/github) for the token, aimed at
// GITHUB_API_URL so GitHub Enterprise Server (and our loopback fake in tests) work unchanged.

/** An Octokit for `token`; `apiUrl` (else GITHUB_API_URL, else api.github.com) is the base URL. */
function createOctokit(token, apiUrl = process.env['GITHUB_API_URL']) {
    const baseUrl = (apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    // log: silent. Octokit's default logger warns on stderr (deprecations); reporting owns the output.
    const quiet = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl, log: quiet });
}


/***/ }),

/***/ 9452:
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


/***/ }),

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

/***/ 55757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCheck: () => (/* binding */ publishCheck)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./lib/core/report-file.js
var report_file = __webpack_require__(6752);
// EXTERNAL MODULE: ./lib/report/index.js + 3 modules
var lib_report = __webpack_require__(36848);
// EXTERNAL MODULE: ./lib/github/annotate.js
var annotate = __webpack_require__(61431);
// EXTERNAL MODULE: ./lib/github/job-summary.js
var job_summary = __webpack_require__(46721);
// EXTERNAL MODULE: ./lib/github/client.js
var client = __webpack_require__(70636);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/github/marker.js
var github_marker = __webpack_require__(35917);
;// CONCATENATED MODULE: ./lib/github/pr-files.js
// The files a pull request changes, from the API (the event payload does not list them), so
// annotations can rank findings in those files above findings elsewhere.
/** Every changed file name of the PR (all pages; GitHub stops at 3,000 files). */
async function changedFiles(octokit, owner, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
    });
    return new Set(files.map((f) => f.filename));
}

// EXTERNAL MODULE: ./lib/github/identity.js
var identity = __webpack_require__(72157);
;// CONCATENATED MODULE: ./lib/github/sticky-comment.js
// The sticky PR comment: one per workflow + job, found among the PR's comments (all pages) as the
// one written by the token's own identity whose body starts with our exact marker; updated in
// place, created only when there is something to say. Every other comment (other bots, people
// quoting or forging the marker, our other jobs) is never touched.


async function syncStickyComment(input) {
    const { octokit, owner, repo } = input;
    const existing = await findComment(octokit, owner, repo, input.pullNumber, input.marker);
    const body = input.clean ? input.resolvedBody : input.body;
    if (!existing) {
        if (input.clean)
            return { action: 'none' };
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: input.pullNumber, body });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    if (existing.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: input.clean ? 'resolved' : 'updated', id: data.id, url: data.html_url };
}
/** The first comment the token's identity wrote that starts with `marker`. */
async function findComment(octokit, owner, repo, issue, marker) {
    const me = await (0,identity/* tokenIdentity */.sX)(octokit);
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
    });
    return (0,github_marker/* findMarked */.Em)(pages, marker, (c) => (0,identity/* isAuthoredBy */.mx)(c.user, me));
}

;// CONCATENATED MODULE: ./lib/github/pull-request.js
// What a check run does on its pull request through the API: learn the changed files (to rank
// annotations) and keep the sticky comment current. Nothing here may fail the step or pass it:
// trouble (a fork's read-only token, an API outage) comes back as warnings for the front to show.






/** The PR this run can talk to, or undefined (no token, not a pull_request event, no repo). */
function pullRequestTarget(ctx, token, apiUrl) {
    if (!token || ctx.pullNumber === undefined || !ctx.owner || !ctx.repo)
        return undefined;
    return { octokit: (0,client.createOctokit)(token, apiUrl), owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber };
}
/** The PR's changed files, or undefined with a warning when they cannot be listed. */
async function prChangedFiles(target, warnings) {
    try {
        return await changedFiles(target.octokit, target.owner, target.repo, target.pullNumber);
    }
    catch (err) {
        warnings.push(`cxone-contract: could not list the pull request's changed files (${(0,errors.describeGitHubError)(err)}); annotations are ranked without them.`);
        return undefined;
    }
}
/** The sticky comment's marker: one comment per workflow + job. */
function commentMarker(ctx) {
    return (0,github_marker/* hiddenMarker */.z0)(`${ctx.workflow}:${ctx.job}`);
}
async function publishComment(report, target, ctx, approval) {
    const opts = {
        ...approval,
        marker: commentMarker(ctx),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(ctx.headSha ? { sha: ctx.headSha } : {}),
    };
    try {
        const result = await syncStickyComment({
            octokit: target.octokit,
            owner: target.owner,
            repo: target.repo,
            pullNumber: target.pullNumber,
            marker: opts.marker,
            clean: (0,lib_report/* isClean */.AG)(report),
            body: (0,lib_report/* prCommentBody */.M1)(report, opts),
            resolvedBody: (0,lib_report/* resolvedCommentBody */.CF)(report, opts),
        });
        return { result };
    }
    catch (err) {
        const why = (0,errors/* isAccessDenied */.w)(err)
            ? 'the token may not write comments here (pull requests from forks get a read-only GITHUB_TOKEN; give the job `permissions: pull-requests: write`, or set `comment: false`)'
            : 'the GitHub API failed';
        return {
            warning: `cxone-contract: could not update the pull-request comment: ${(0,errors.describeGitHubError)(err)}; ${why}. The findings are in the job summary.`,
        };
    }
}

;// CONCATENATED MODULE: ./lib/github/publish.js
// Everything a check run shows on GitHub, in the order that keeps GitHub's caps honest: the PR
// comment first (its trouble becomes warnings, which count against the annotation caps), then
// the annotations within the caps, the job summary (every finding), the report and SARIF files,
// and the step outputs. Failing the step stays with the front: reporting never decides it.






async function publishCheck(report, settings, ctx, opts) {
    const warnings = [];
    const notes = [...(opts.warnings ?? [])];
    for (const w of opts.warnings ?? [])
        core/* warning */.$e(w, { title: 'cxone-contract: baseline' });
    let commentUrl;
    const target = pullRequestTarget(ctx, settings.github.token);
    let changed;
    if (target) {
        const files = await prChangedFiles(target, warnings);
        changed = files && (0,lib_report/* rootPaths */.R7)(files, opts.repo);
        if (settings.github.comment) {
            const outcome = await publishComment(report, target, ctx, opts.approval);
            if (outcome.warning) {
                warnings.push(outcome.warning);
                notes.push(outcome.warning);
            }
            else if (outcome.result?.action !== 'none') {
                commentUrl = outcome.result?.url;
            }
        }
    }
    for (const w of warnings)
        core/* warning */.$e(w);
    const fullListAt = settings.reportFile
        ? `the job summary and the JSON report (${settings.reportFile})`
        : 'the job summary';
    const plan = (0,annotate/* annotate */.f)(report.findings, {
        repo: opts.repo,
        changedFiles: changed,
        reserved: { error: opts.willFail ? 1 : 0, warning: warnings.length + (opts.warnings?.length ?? 0) },
        fullListAt,
        approval: opts.approval,
        countExisting: report.base?.failOnExisting === true,
    });
    if (plan.overflow)
        notes.unshift(plan.overflow);
    await (0,job_summary/* writeJobSummary */.j)(report, {
        approval: opts.approval,
        notes,
        ...(commentUrl ? { commentUrl } : {}),
        ...(settings.reportFile ? { reportFile: settings.reportFile } : {}),
    });
    if (settings.reportFile) {
        await (0,report_file/* writeReportFile */.a)(settings, 'report-file', settings.reportFile, (0,lib_report/* toJson */.aB)(report));
        core/* setOutput */.uH('report-file', settings.reportFile);
    }
    if (settings.sarifFile) {
        await (0,report_file/* writeReportFile */.a)(settings, 'sarif-file', settings.sarifFile, (0,lib_report/* sarifJson */.o9)(report, { rules: opts.rules, repo: opts.repo }));
        core/* setOutput */.uH('sarif-file', settings.sarifFile);
    }
    core/* setOutput */.uH('errors', report.counts.errors);
    core/* setOutput */.uH('warnings', report.counts.warnings);
    core/* setOutput */.uH('breaking', report.counts.breaking);
}


/***/ })

};
