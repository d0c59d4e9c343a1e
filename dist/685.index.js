export const id = 685;
export const ids = [685];
export const modules = {

/***/ 66685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactServiceAvailable: () => (/* binding */ artifactServiceAvailable),
/* harmony export */   uploadAuditArtifact: () => (/* binding */ uploadAuditArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// The audit file as a workflow artifact, through @actions/artifact (the results service: create,
// block-blob upload, finalize). Loaded only here, when a deploy has written an audit file on a
// GitHub runner: a check never loads it.

/** The artifact name for this run. */
function auditArtifactName(target) {
    if (target.name)
        return target.name;
    const runId = target.env.GITHUB_RUN_ID || 'local';
    const attempt = Number(target.env.GITHUB_RUN_ATTEMPT ?? '1');
    // Artifact names are unique within a run; a re-run attempt must not collide with the first.
    return `cxone-contract-audit-${runId}${attempt > 1 ? `-attempt-${attempt}` : ''}`;
}
/** The runner provides the results service only to steps of a job: elsewhere there is nothing to upload to. */
function artifactServiceAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
async function uploadAuditArtifact(file, target) {
    const name = auditArtifactName(target);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const res = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file));
    if (res.id === undefined)
        throw new Error(`the results service gave no id for artifact ${name} (${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)})`);
    return { name, id: res.id, size: res.size ?? 0 };
}


/***/ })

};
