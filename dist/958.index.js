export const id = 958;
export const ids = [958];
export const modules = {

/***/ 85958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushedPullRequest: () => (/* binding */ pushedPullRequest)
/* harmony export */ });
/* unused harmony export mergedPullRequest */
// The pull request a push to the default branch came from, and its labels: a breaking change
// approved by label on the PR stays approved when the merge is deployed (the push event carries no
// labels). Found through "list pull requests associated with a commit": the merged PR whose merge
// commit is the pushed SHA (squash, rebase and merge commits alike).
async function mergedPullRequest(octokit, owner, repo, sha) {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
    });
    const merged = data.filter((pr) => pr.merged_at);
    const pr = merged.find((p) => p.merge_commit_sha === sha) ?? (merged.length === 1 ? merged[0] : undefined);
    if (!pr)
        return undefined;
    return {
        number: pr.number,
        labels: pr.labels
            .map((l) => (typeof l === 'string' ? l : l.name))
            .filter((n) => typeof n === 'string'),
    };
}
/**
 * For a deploy on a push: the merged PR of GITHUB_SHA, or a warning saying why its labels could not
 * be read (then only config ignores approve breaking changes, and the deploy blocks on the others).
 */
async function pushedPullRequest(token, env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = env.GITHUB_SHA;
    if (env.GITHUB_EVENT_NAME !== 'push' || !token || !owner || !repo || !sha)
        return {};
    try {
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
        const pr = await mergedPullRequest(createOctokit(token), owner, repo, sha);
        return pr ? { pr } : {};
    }
    catch (err) {
        const { describeGitHubError } = await __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 9452));
        return {
            warning: `cxone-contract: could not read the labels of the pull request merged as ${sha.slice(0, 12)} (${describeGitHubError(err)}); only ignores in the config file approve breaking changes in this deploy`,
        };
    }
}


/***/ })

};
