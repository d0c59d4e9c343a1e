"use strict";
exports.id = 8120;
exports.ids = [8120];
exports.modules = {

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployOriginOf: () => (/* binding */ deployOriginOf),
/* harmony export */   readGitHubEvent: () => (/* binding */ readGitHubEvent)
/* harmony export */ });
/* unused harmony exports readRunContext, runContextOf, workflowRunUrl */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _modes_deploy_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8539);
// Where this run is, read from the runner's environment and the event payload file: the repo,
// the workflow and job (the sticky comment's identity), the pull request and its labels, and where
// a deploy runs from. Read from GITHUB_EVENT_PATH at call time (not @actions/github's `context`,
// frozen at import), once per run: the front reads the event and hands what it holds to the modes.


async function readGitHubEvent(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return { env, payload: {} };
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        return { env, payload: {} };
    }
    try {
        return { env, payload: JSON.parse(text) };
    }
    catch (err) {
        return { env, payload: {}, parseError: err };
    }
}
async function readRunContext(env = process.env) {
    return runContextOf(await readGitHubEvent(env));
}
function runContextOf(event) {
    const env = event.env;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const payload = event.payload && typeof event.payload === 'object' ? event.payload : {};
    const pr = payload.pull_request;
    const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' && pr ? payload.number : undefined;
    const runUrl = workflowRunUrl(env);
    const eventName = env.GITHUB_EVENT_NAME || '';
    const baseSha = PULL_REQUEST_EVENTS.has(eventName) && typeof pr?.base?.sha === 'string' && pr.base.sha !== ''
        ? pr.base.sha
        : undefined;
    return {
        ...(owner && repo ? { owner, repo } : {}),
        workflow: env.GITHUB_WORKFLOW || 'workflow',
        job: env.GITHUB_JOB || 'job',
        eventName,
        ...(number !== undefined ? { pullNumber: number } : {}),
        labels: labelNames(pr?.labels),
        ...(typeof pr?.head?.sha === 'string' ? { headSha: pr.head.sha } : {}),
        ...(baseSha !== undefined ? { baseSha } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}
/** This workflow run's page (its job summary), when the runner says which run this is. */
function workflowRunUrl(env) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
/**
 * Where a deploy runs from (empty outside Actions, where nothing is gated): the event, the ref and
 * the repository's default branch from the payload. A payload that is not JSON stops the deploy:
 * its gate does not guess the default branch.
 */
function deployOriginOf(event) {
    const env = event.env;
    if (!env.GITHUB_EVENT_NAME)
        return {};
    let defaultBranch;
    if (env.GITHUB_EVENT_PATH) {
        if (event.parseError !== undefined)
            throw event.parseError;
        defaultBranch = event.payload.repository?.default_branch;
    }
    const runUrl = workflowRunUrl(env);
    return {
        eventName: env.GITHUB_EVENT_NAME,
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}
function labelNames(labels) {
    if (!Array.isArray(labels))
        return [];
    return labels.flatMap((l) => {
        const name = typeof l === 'string' ? l : l?.name;
        return typeof name === 'string' ? [name] : [];
    });
}


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ deployRefusal)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
/* harmony import */ var micromatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98785);
// Where a deploy may run from. A deploy writes to the live tenant, so it refuses the events and refs
// a workflow can be tricked into running it from: pull requests (their code is untrusted, and
// pull_request_target runs it with secrets) and any branch but the default one, unless the repo
// allows more refs explicitly (`allow-deploy-from`, glob patterns such as `refs/heads/release/*`).

/** The events of a pull request: a deploy never runs on one; a check on one has a base commit. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Why this run may not deploy, or undefined when it may. */
function deployRefusal(ctx, allowDeployFrom) {
    if (ctx.eventName === undefined)
        return undefined;
    if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
        return `deploy refused on a ${ctx.eventName} event: pull requests run code that is not merged yet. Deploy on push to the default branch (see the README's deploy workflow).`;
    }
    const ref = ctx.ref ?? '';
    if (ctx.defaultBranch && ref === `refs/heads/${ctx.defaultBranch}`)
        return undefined;
    if (allowDeployFrom.some((pattern) => micromatch__WEBPACK_IMPORTED_MODULE_0__.isMatch(ref, pattern)))
        return undefined;
    const expected = ctx.defaultBranch ? `refs/heads/${ctx.defaultBranch}` : 'the default branch';
    return `deploy refused from ${ref || 'an unknown ref'}: only ${expected} deploys unless allow-deploy-from lists the ref (e.g. "refs/heads/release/*").`;
}


/***/ })

};
;