export const id = 662;
export const ids = [662];
export const modules = {

/***/ 45662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunContext: () => (/* binding */ readRunContext),
/* harmony export */   workflowRunUrl: () => (/* binding */ workflowRunUrl)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
// Where this run is, read from the runner's environment and the event payload file: the repo,
// the workflow and job (the sticky comment's identity), the pull request and its labels. Read
// from GITHUB_EVENT_PATH at call time (not @actions/github's `context`, frozen at import).

/** The events whose payload's pull_request.base.sha is the commit the pull request is compared with. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
async function readRunContext(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const payload = await readPayload(env.GITHUB_EVENT_PATH);
    const pr = payload.pull_request;
    const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' && pr ? payload.number : undefined;
    const runUrl = workflowRunUrl(env);
    const eventName = env.GITHUB_EVENT_NAME || '';
    const baseSha = PULL_REQUEST_EVENTS.has(eventName) && typeof pr?.base?.sha === 'string' && pr.base.sha !== '' ? pr.base.sha : undefined;
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
/** The event payload, or {} when there is none or it cannot be read (local runs, odd events). */
async function readPayload(path) {
    if (!path)
        return {};
    try {
        const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        return data && typeof data === 'object' ? data : {};
    }
    catch {
        return {};
    }
}
function labelNames(labels) {
    if (!Array.isArray(labels))
        return [];
    return labels.flatMap((l) => {
        const name = typeof l === 'string' ? l : l?.name;
        return typeof name === 'string' ? [name] : [];
    });
}


/***/ })

};
