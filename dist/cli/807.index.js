export const id = 807;
export const ids = [807];
export const modules = {

/***/ 5807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployContextFromEnv: () => (/* binding */ deployContextFromEnv),
  u: () => (/* binding */ deployRefusal)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/github/context.js
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
        const data = JSON.parse(await readFile(path, 'utf8'));
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

;// CONCATENATED MODULE: ./lib/modes/deploy/gate.js
// Where a deploy may run from. A deploy writes to the live tenant, so it refuses the events and refs
// a workflow can be tricked into running it from: pull requests (their code is untrusted, and
// pull_request_target runs it with secrets) and any branch but the default one, unless the repo
// allows more refs explicitly (`allow-deploy-from`, glob patterns such as `refs/heads/release/*`).


const gate_PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Why this run may not deploy, or undefined when it may. */
function deployRefusal(ctx, allowDeployFrom) {
    if (ctx.eventName === undefined)
        return undefined;
    if (gate_PULL_REQUEST_EVENTS.has(ctx.eventName)) {
        return `deploy refused on a ${ctx.eventName} event: pull requests run code that is not merged yet. Deploy on push to the default branch (see the README's deploy workflow).`;
    }
    const ref = ctx.ref ?? '';
    if (ctx.defaultBranch && ref === `refs/heads/${ctx.defaultBranch}`)
        return undefined;
    if (allowDeployFrom.some((pattern) => picomatch.isMatch(ref, pattern)))
        return undefined;
    const expected = ctx.defaultBranch ? `refs/heads/${ctx.defaultBranch}` : 'the default branch';
    return `deploy refused from ${ref || 'an unknown ref'}: only ${expected} deploys unless allow-deploy-from lists the ref (e.g. "refs/heads/release/*").`;
}
/** The run's context from the Actions environment (empty outside Actions, where nothing is gated). */
async function deployContextFromEnv(env) {
    if (!env.GITHUB_EVENT_NAME)
        return {};
    let defaultBranch;
    if (env.GITHUB_EVENT_PATH) {
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}'));
        defaultBranch = payload.repository?.default_branch;
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


/***/ })

};
