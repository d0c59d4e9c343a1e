export const id = 502;
export const ids = [502];
export const modules = {

/***/ 8135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ itemKey),
/* harmony export */   f: () => (/* binding */ findingKey)
/* harmony export */ });
// The drift run's plain data: what differs between the live tenant and the repo, who changed it
// last (from the platform audit log), and which live filters are unhealthy. Built by the drift run
// (src/modes/drift/), rendered by the report stage (src/report/drift-text.ts), which must not import
// a mode: so the rule id is a type parameter here, narrowed to the drift rules' ids in
// src/modes/drift/types.ts.
/** An item and its finding share rule, file and name (a schema and a filter may share a name). */
const itemKey = (i) => `${i.rule}\0${i.file}\0${i.name}`;
const findingKey = (f) => `${f.rule}\0${f.file}\0${f.contract ?? ''}`;


/***/ }),

/***/ 35502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDrift: () => (/* reexport */ runDrift)
});

// UNUSED EXPORTS: driftRules

// EXTERNAL MODULE: ./lib/contracts/index.js + 2 modules
var contracts = __webpack_require__(23027);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/finding.js
var finding = __webpack_require__(56134);
// EXTERNAL MODULE: ./lib/triage/triage.js
var triage = __webpack_require__(16498);
// EXTERNAL MODULE: ./lib/core/version.js + 1 modules
var version = __webpack_require__(90482);
// EXTERNAL MODULE: ./lib/cxone/index.js + 9 modules
var cxone = __webpack_require__(35337);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
// EXTERNAL MODULE: ./lib/baseline/audit-match.js
var audit_match = __webpack_require__(99204);
;// CONCATENATED MODULE: ./lib/modes/drift/attribute.js
// Who changed a drifted item last, from the platform audit log (every page).
//
// The API's audit log is keyed by filter_id (cxone-api.md), so a filter that exists live is
// attributed from its own log (`?filter_id=`). Schemas have no key of their own: the platform lists
// them in the tenant-wide log, read once without filter_id, only when something needs it. There an
// entry is read by meaning (src/baseline/audit-match.ts: any field holding the item's live id or
// its title/name, whatever the platform calls it), and the platform's own lifecycle entries never
// count. The newest content change wins: that is the change that left the item as it is now. When the
// platform refuses the tenant-wide query, or the log holds nothing, the item says so instead of
// guessing.



function auditReader(client) {
    const read = new Map();
    return (filterId) => {
        const key = filterId ?? '';
        let log = read.get(key);
        if (!log) {
            log = client.auditLogs(filterId);
            read.set(key, log);
        }
        return log;
    };
}
/** Fill `attribution` (and `attributionNote` where none is found) on every item, in place. */
async function attribute(items, options) {
    // A filter's own changes are in its own log; a group's membership, and schemas, in the tenant-wide one.
    const own = (i) => i.kind === 'filter' && i.liveId !== undefined && i.group === undefined;
    const byFilterId = items.filter(own);
    const tenantWide = items.filter((i) => !own(i));
    const ids = [...new Set(byFilterId.map((i) => i.liveId))];
    const logs = new Map();
    await (0,pool/* mapLimit */.s)(ids, options.concurrency, async (id) => {
        logs.set(id, (0,audit_match/* contentEntries */.Wf)(await options.auditLogs(id), id));
    });
    for (const item of byFilterId)
        settle(item, (0,audit_match/* newestEntry */.xm)(logs.get(item.liveId) ?? []));
    if (tenantWide.length === 0)
        return;
    let all;
    try {
        all = await options.auditLogs();
    }
    catch (err) {
        if (!(err instanceof cxone/* ApiError */.hD) ||
            err.status === undefined ||
            err.status >= 500 ||
            err.status === 401 ||
            err.status === 403)
            throw err;
        const why = `the audit log refused a tenant-wide query (${err.status}); schema changes and deleted filters are not attributed`;
        options.notes.push(why);
        for (const item of tenantWide) {
            item.attribution = null;
            item.attributionNote = why;
        }
        return;
    }
    const changes = all.filter((e) => (0,audit_match/* isEntry */.Tk)(e) && (0,audit_match/* changesContent */.Jz)(e));
    for (const item of tenantWide)
        settle(item, (0,audit_match/* newestEntry */.xm)(changes.filter((e) => matches(e, item))));
}
/**
 * By meaning (src/baseline/audit-match.ts): the kind, when the entry says one, and any field
 * holding the item's live id or its name.
 */
function matches(e, item) {
    // A membership change is an entry about the group (an assignment names the group, not always the filter).
    if (item.group)
        return (0,audit_match/* entryAbout */.O8)(e, 'group', [item.group.id], []);
    return (0,audit_match/* entryAbout */.O8)(e, item.kind, item.liveId !== undefined ? [item.liveId] : [], [item.name]);
}
function settle(item, entry) {
    if (!entry) {
        item.attribution = null;
        // A repo-only item has no live id: a log that names deletions only by id cannot be matched, so
        // "never deployed" is not certain.
        item.attributionNote =
            item.rule === 'drift-repo-only'
                ? 'no audit entry names it: never deployed, or deleted under an id the repo does not hold'
                : 'no audit entry for it';
        return;
    }
    // The tenant's words, on one line and bounded: they reach findings, annotations and the summary.
    const source = (0,audit_match/* entryText */.u0)(entry.source);
    const a = {
        actor: (typeof entry.actor === 'string' && (0,audit_match/* entryText */.u0)(entry.actor)) || 'unknown',
        timestamp: (0,audit_match/* entryText */.u0)(entry.timestamp) ?? '',
        action: (0,audit_match/* entryText */.u0)(entry.action) ?? 'change',
        ...(source !== undefined ? { source } : {}),
    };
    item.attribution = a;
}

// EXTERNAL MODULE: ./lib/modes/drift/compare.js + 1 modules
var compare = __webpack_require__(88223);
// EXTERNAL MODULE: ./lib/modes/drift/groups.js
var groups = __webpack_require__(70058);
// EXTERNAL MODULE: ./lib/modes/drift/undeployed.js
var undeployed = __webpack_require__(59419);
// EXTERNAL MODULE: ./lib/core/drift-report.js
var drift_report = __webpack_require__(8135);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/modes/drift/rules.js
var rules = __webpack_require__(66315);
;// CONCATENATED MODULE: ./lib/modes/drift/findings.js
// One finding per drift item: the rule, a one-line message naming what differs and who changed it
// last, placed in the repo file (at the first differing node where the file exists).


function itemFinding(item, contract) {
    const f = (0,rule/* finding */.g)((0,rules/* driftRule */.e)(item.rule), {
        message: itemMessage(item),
        file: item.file,
        pointer: item.pointer,
        contract: item.name,
    });
    if (contract) {
        const pos = contract.locate(item.pointer);
        f.line = pos.line;
        f.column = pos.column;
    }
    return f;
}
function itemMessage(item) {
    const what = `${item.kind} "${item.name}"`;
    return `${what} ${describe(item)}${byWhom(item)}`;
}
function describe(item) {
    switch (item.rule) {
        case 'drift-live-only':
            return `exists live${item.liveVersion ? ` (${item.liveVersion})` : ''} but not in the repo`;
        case 'drift-repo-only':
            return 'is in the repo but not in the live tenant';
        case 'drift-version-mismatch':
            return item.changes
                ? `was changed live without a version bump (both ${item.repoVersion ?? 'unversioned'}): ${countChanges(item)}`
                : `has the same content live and in the repo under another cxoneVersion (live ${item.liveVersion ?? 'none'}, repo ${item.repoVersion ?? 'none'})`;
        case 'drift-modified':
            return item.kind === 'filter'
                ? `differs live in ${item.fields.length} field(s): ${item
                    .fields.slice(0, 3)
                    .map((d) => d.pointer)
                    .join(', ')}${item.fields.length > 3 ? ', ...' : ''}`
                : `was changed live (live ${item.liveVersion ?? 'none'}, repo ${item.repoVersion ?? 'none'}): ${countChanges(item)}`;
        case 'drift-undeployed':
            return `has a repo change that is not deployed${item.repoVersion || item.liveVersion ? ` (repo ${item.repoVersion ?? 'unversioned'}, live ${item.liveVersion ?? 'unversioned'})` : ''}: run the deploy, or see why the last one failed`;
        case 'drift-group-membership':
            return item.group.member
                ? `is in routing group "${item.group.id}" live, which the repo does not name for it`
                : `is not in its routing group "${item.group.id}" live (taken out of band; the next deploy puts it back)`;
        case 'filter-dead':
            return `matched no event in the dead-filter window`;
        case 'filter-not-active':
            return `is ${item.status}${item.statusMessage ? ` (${item.statusMessage})` : ''}, not ACTIVE`;
    }
}
function countChanges(item) {
    const c = item.changes;
    if (c.outOfBand.length === 0 && item.fields)
        return `${item.fields.length} field(s) differ: ${item.fields
            .slice(0, 3)
            .map((d) => d.pointer)
            .join(', ')}`;
    const breaking = c.outOfBand.filter((x) => x.breaking).length;
    const first = c.outOfBand[0]?.message;
    return `${c.outOfBand.length} change(s)${breaking ? `, ${breaking} breaking for events valid under the repo version` : ''}${first ? ` — ${first}` : ''}`;
}
function byWhom(item) {
    const a = item.attribution;
    if (!a)
        return '';
    return `; last ${a.action} by ${a.actor}${a.source ? ` (${a.source})` : ''} at ${a.timestamp}`;
}

// EXTERNAL MODULE: ./lib/modes/drift/health.js
var drift_health = __webpack_require__(47880);
// EXTERNAL MODULE: ./lib/baseline/index.js + 8 modules
var baseline = __webpack_require__(25540);
// EXTERNAL MODULE: ./lib/contracts/locate.js + 2 modules
var locate = __webpack_require__(26604);
// EXTERNAL MODULE: ./lib/lint/index.js + 27 modules
var lint = __webpack_require__(53035);
// EXTERNAL MODULE: ./lib/core/order.js
var order = __webpack_require__(14223);
;// CONCATENATED MODULE: ./lib/modes/drift/run.js
// The nightly drift run: load the repo, read the live tenant, compare, attribute each drifted item
// from the audit log, check filter health, and turn it all into one DriftReport. Plain data out;
// the fronts print, write the summary, keep the tracking issue and choose the exit code.

















const DRIFT_RULES = new Set(Object.values(rules/* driftRules */.x).map((r) => r.id));
async function runDrift(settings, options = {}) {
    if (settings.registryExport)
        throw new errors/* UsageError */.eb('drift compares with the live tenant through the API: set api-base-url, client-id and client-secret instead of registry-export');
    if (!settings.api.baseUrl)
        throw new errors/* UsageError */.eb('drift needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');
    const now = options.now ?? new Date();
    const { clientFromSettings } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35337));
    const client = clientFromSettings(settings, { ...options.client, mask: options.mask });
    const notes = [];
    try {
        // The tenant's fetch starts first: listing the repo's files is synchronous.
        const tenant = (0,baseline/* readLiveTenant */.rc)(client, options.exportPageSize ? { exportPageSize: options.exportPageSize } : {});
        const [loaded, live] = await Promise.all([
            (0,contracts/* loadContracts */.YR)({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
            tenant,
        ]);
        const say = options.onProgress ?? (() => { });
        const repoCount = (kind) => loaded.contracts.filter((c) => c.kind === kind).length;
        say(`drift: read the repo (${repoCount('schema')} schemas, ${repoCount('filter')} filters) and the live tenant (${live.schemas.size} schemas, ${live.filters.size} filters)`);
        // The comparison judges both sides' regexes: the ReDoS checker is loaded now if some need it
        // (in the bundle it cannot be loaded later, synchronously). It compiles no schema: no ajv.
        await (0,lint/* prepareRegexes */.Tg)([
            ...loaded.contracts.filter((c) => c.kind === 'schema').map((c) => c.doc),
            ...[...live.schemas.values()].map((s) => s.doc),
        ]);
        await (0,locate/* loadReferenceLocator */.aQ)(); // the findings are placed in the repo files (./findings.ts)
        const drift = [
            ...(0,compare/* compareTenant */.G)(loaded.contracts, live),
            ...(await (0,groups/* membershipDrift */.a)(client, loaded.contracts, live, settings.maxConcurrency)),
        ];
        say(`drift: compared — ${drift.length} item(s) differ`);
        const repoFiles = new Map(loaded.contracts.filter((c) => c.kind === 'filter').map((c) => [c.name, c.file]));
        const concurrency = settings.maxConcurrency;
        const auditLogs = auditReader(client);
        const health = await (0,drift_health/* filterHealth */.H)(client, live, {
            deadFilterWindowDays: settings.deadFilterWindowDays,
            activationTimeoutSeconds: settings.activationTimeoutSeconds,
            concurrency,
            now,
            repoFiles,
            notes,
            auditLogs,
        });
        say(`drift: filter health — ${live.filters.size} filters checked, ${health.filter((h) => h.rule === 'filter-dead').length} dead, ${health.filter((h) => h.rule === 'filter-not-active').length} not active`);
        const attributed = [...drift, ...health.filter((h) => h.rule === 'filter-not-active')];
        await attribute(attributed, { concurrency, notes, auditLogs });
        (0,undeployed/* markUndeployed */.T)(drift, [settings.api.clientId, settings.api.deployClientId].filter((id) => id !== undefined && id !== ''));
        say(`drift: attributed ${attributed.length} item(s) from the audit log`);
        const items = [...drift, ...health];
        const byFile = new Map(loaded.contracts.map((c) => [`${c.kind}\0${c.name}`, c]));
        const raw = [
            ...loaded.findings,
            ...items.map((i) => itemFinding(i, i.rule === 'drift-live-only' ? undefined : byFile.get(`${i.kind}\0${i.name}`))),
        ];
        // Ignores of the check's rules belong to the check: here they would all be "unused".
        const findings = (0,finding/* sortFindings */.Tc)((0,triage/* triage */.NA)({
            findings: raw,
            ruleLevels: settings.ruleLevels,
            ignores: settings.ignores.filter((ig) => DRIFT_RULES.has(ig.rule)),
            ...(options.knownRules ? { knownRules: options.knownRules } : {}),
            today: (0,triage/* todayUtc */.O2)(now),
        }));
        return makeReport(settings, live.source, items, findings, notes, {
            liveSchemas: live.schemas.size,
            liveFilters: live.filters.size,
            repoSchemas: loaded.contracts.filter((c) => c.kind === 'schema').length,
            repoFilters: loaded.contracts.filter((c) => c.kind === 'filter').length,
        });
    }
    finally {
        await client.close();
    }
}
function makeReport(settings, source, items, findings, notes, sizes) {
    // An item whose rule is `off` is dropped from the items too: the report shows what is judged.
    const judged = new Set(findings.map(drift_report/* findingKey */.f));
    const kept = items.filter((i) => judged.has((0,drift_report/* itemKey */.D)(i)));
    const active = findings.filter((f) => !f.suppressed);
    const activeKeys = new Set(active.map(drift_report/* findingKey */.f));
    const live = kept.filter((i) => activeKeys.has((0,drift_report/* itemKey */.D)(i)));
    const n = (rule) => live.filter((i) => i.rule === rule).length;
    const count = (s) => active.filter((f) => f.severity === s).length;
    const counts = {
        drifted: n('drift-modified') +
            n('drift-version-mismatch') +
            n('drift-live-only') +
            n('drift-repo-only') +
            n('drift-group-membership') +
            n('drift-undeployed'),
        modified: n('drift-modified'),
        versionMismatch: n('drift-version-mismatch'),
        liveOnly: n('drift-live-only'),
        repoOnly: n('drift-repo-only'),
        groupMembership: n('drift-group-membership'),
        undeployed: n('drift-undeployed'),
        deadFilters: n('filter-dead'),
        notActive: n('filter-not-active'),
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
        suppressed: findings.length - active.length,
        ...sizes,
    };
    const failOn = settings.failOn;
    return {
        tool: { name: 'cxone-contract', version: version/* TOOL_VERSION */.w },
        mode: 'drift',
        baseline: source,
        failOn,
        deadFilterWindowDays: settings.deadFilterWindowDays,
        counts,
        items: kept.sort((a, b) => (0,order/* byCodeUnit */.X)(a.kind, b.kind) || (0,order/* byCodeUnit */.X)(a.name, b.name) || (0,order/* byCodeUnit */.X)(a.rule, b.rule)),
        findings,
        notes,
        failed: failOn !== 'never' && active.some((f) => (0,finding/* atLeast */.jZ)(f.severity, failOn)),
    };
}

;// CONCATENATED MODULE: ./lib/modes/drift/index.js
// The nightly drift run: the live tenant vs the repo, attributed, with filter health.




/***/ })

};
