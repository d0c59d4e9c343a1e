"use strict";
exports.id = 6315;
exports.ids = [6315,6599];
exports.modules = {

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 18732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ FILTER_DIR),
/* harmony export */   SZ: () => (/* binding */ SCHEMA_DIR),
/* harmony export */   Ux: () => (/* binding */ assignPaths)
/* harmony export */ });
/* unused harmony export fileStem */
// Safe, stable file names for exported contracts: kebab-case of the schema title or filter name
// (InteractionEnded -> interaction-ended.yaml, chat_abandonments -> chat-abandonments.yaml), only
// [a-z0-9-], bounded length, never a reserved device name, unique case-insensitively (a clash gets
// -2, -3 ... in name order, so the same tenant always exports to the same paths).
// In core: export writes these paths and drift names them for live-only items, the same ones.
const SCHEMA_DIR = 'cxone/schemas';
const FILTER_DIR = 'cxone/filters';
const MAX_STEM = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
function fileStem(name, fallback) {
    const stem = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_STEM)
        .replace(/-+$/, '');
    if (stem === '')
        return fallback;
    return RESERVED.test(stem) ? `${stem}-${fallback}` : stem;
}
/** Name -> repo-relative path for every name, unique within `dir`. */
function assignPaths(names, dir, fallback) {
    const out = new Map();
    const taken = new Set();
    for (const name of [...names].sort()) {
        const stem = fileStem(name, fallback);
        let candidate = stem;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${stem}-${n}`;
        taken.add(candidate);
        out.set(name, `${dir}/${candidate}.yaml`);
    }
    return out;
}


/***/ }),

/***/ 88223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ compareTenant)
});

// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/evolution/index.js + 1 modules
var evolution = __webpack_require__(8011);
// EXTERNAL MODULE: ./lib/core/contract-paths.js
var contract_paths = __webpack_require__(18732);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
;// CONCATENATED MODULE: ./lib/modes/drift/field-diff.js
// Field-level difference of two JSON documents (filters): every leaf that differs, by pointer.
// Objects are compared key by key, arrays index by index (a filter's matchers are ordered data).


function fieldDiff(repo, live, pointer = '') {
    if ((0,canonical/* sameContent */.C)(repo, live))
        return [];
    if (isObject(repo) && isObject(live)) {
        const keys = [...new Set([...Object.keys(repo), ...Object.keys(live)])];
        return keys.flatMap((k) => fieldDiff(repo[k], live[k], `${pointer}/${(0,core_pointer/* escapeToken */.tj)(k)}`));
    }
    if (Array.isArray(repo) && Array.isArray(live)) {
        const n = Math.max(repo.length, live.length);
        return Array.from({ length: n }, (_, i) => fieldDiff(repo[i], live[i], `${pointer}/${i}`)).flat();
    }
    return [{ pointer, ...(repo !== undefined ? { repo } : {}), ...(live !== undefined ? { live } : {}) }];
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// EXTERNAL MODULE: ./lib/baseline/index.js + 8 modules
var baseline = __webpack_require__(25540);
// EXTERNAL MODULE: ./lib/modes/drift/rules.js
var rules = __webpack_require__(66315);
// EXTERNAL MODULE: ./lib/core/order.js
var order = __webpack_require__(14223);
;// CONCATENATED MODULE: ./lib/modes/drift/compare.js
// Live tenant vs repo, item by item (pure): modified out of band, version mismatch, live only,
// repo only. Content is compared without cxoneVersion (a version names content, it is not content);
// the version is then compared on its own.







const VERSION = new Set(['cxoneVersion']);
function compareTenant(contracts, live) {
    const items = [];
    const repoSchemas = byName(contracts, 'schema');
    const repoFilters = byName(contracts, 'filter');
    const schemaPaths = (0,contract_paths/* assignPaths */.Ux)(live.schemas.keys(), contract_paths/* SCHEMA_DIR */.SZ, 'schema');
    const filterPaths = (0,contract_paths/* assignPaths */.Ux)(live.filters.keys(), contract_paths/* FILTER_DIR */.LS, 'filter');
    for (const [title, l] of live.schemas) {
        const c = repoSchemas.get(title);
        const liveId = l.id !== undefined ? { liveId: l.id } : {};
        const liveVersion = versionOf(l.doc);
        if (!c) {
            items.push({
                rule: rules/* driftRules */.x.driftLiveOnly.id,
                kind: 'schema',
                name: title,
                file: schemaPaths.get(title),
                pointer: '',
                ...liveId,
                ...opt('liveVersion', liveVersion),
            });
            continue;
        }
        const repoVersion = versionOf(c.doc);
        const versions = { ...opt('repoVersion', repoVersion), ...opt('liveVersion', liveVersion) };
        const sameBody = (0,canonical/* sameContent */.C)(c.doc, l.doc, VERSION);
        if (sameBody && repoVersion === liveVersion)
            continue;
        if (sameBody) {
            items.push({
                rule: rules/* driftRules */.x.driftVersionMismatch.id,
                kind: 'schema',
                name: title,
                file: c.file,
                pointer: '/cxoneVersion',
                ...liveId,
                ...versions,
            });
            continue;
        }
        const outOfBand = (0,evolution/* compareSchemas */._e)(c.doc, l.doc);
        const changes = { outOfBand: outOfBand.map(show), deploy: (0,evolution/* compareSchemas */._e)(l.doc, c.doc).map(show) };
        // Same version, other content: an edit made without a version bump.
        const rule = repoVersion === liveVersion ? rules/* driftRules */.x.driftVersionMismatch.id : rules/* driftRules */.x.driftModified.id;
        // Differences the engine does not name (vendor keywords it skips) are still shown, field by field.
        const fields = outOfBand.length === 0 ? { fields: fieldDiff(c.doc, l.doc) } : {};
        items.push({
            rule,
            kind: 'schema',
            name: title,
            file: c.file,
            pointer: outOfBand[0]?.oldPointer ?? fields.fields?.[0]?.pointer ?? '',
            ...liveId,
            ...versions,
            changes,
            ...fields,
        });
    }
    for (const [title, c] of repoSchemas) {
        if (!live.schemas.has(title))
            items.push({
                rule: rules/* driftRules */.x.driftRepoOnly.id,
                kind: 'schema',
                name: title,
                file: c.file,
                pointer: '',
                ...opt('repoVersion', versionOf(c.doc)),
            });
    }
    for (const [name, l] of live.filters) {
        const c = repoFilters.get(name);
        const liveId = l.id !== undefined ? { liveId: l.id } : {};
        if (!c) {
            items.push({
                rule: rules/* driftRules */.x.driftLiveOnly.id,
                kind: 'filter',
                name,
                file: filterPaths.get(name),
                pointer: '',
                ...liveId,
            });
            continue;
        }
        // The contract's fields, as the plan and the deploy read them: a field lint refuses is not drift.
        const ours = (0,baseline/* filterContent */.MV)(c.doc);
        if ((0,canonical/* sameContent */.C)(ours, l.doc))
            continue;
        const fields = fieldDiff(ours, l.doc);
        items.push({
            rule: rules/* driftRules */.x.driftModified.id,
            kind: 'filter',
            name,
            file: c.file,
            pointer: fields[0]?.pointer ?? '',
            ...liveId,
            fields,
        });
    }
    for (const [name, c] of repoFilters) {
        if (!live.filters.has(name))
            items.push({ rule: rules/* driftRules */.x.driftRepoOnly.id, kind: 'filter', name, file: c.file, pointer: '' });
    }
    return items;
}
function byName(contracts, kind) {
    // A duplicate name is a lint finding of the check; drift compares the first file (sorted by path).
    const out = new Map();
    for (const c of [...contracts].sort((a, b) => (0,order/* byCodeUnit */.X)(a.file, b.file)))
        if (c.kind === kind && !out.has(c.name))
            out.set(c.name, c);
    return out;
}
function show(c) {
    return { kind: c.kind, pointer: c.pointer, message: c.message, breaking: (0,evolution/* breaksBackward */._Q)(c) };
}
function versionOf(doc) {
    return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}


/***/ }),

/***/ 70058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ membershipDrift)
/* harmony export */ });
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17385);
/* harmony import */ var _core_target_group_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75780);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66315);
// drift-group-membership: routing-group membership is part of what the repo says. A repo filter
// that is missing live from the group its `target_group_id` names (taken out in the console), or
// that sits in another group the repo's filters route to, is drift \u2014 the next deploy would quietly
// put it back. Memberships are read for the groups the repo's filters name (one read per group).



async function membershipDrift(client, contracts, live, concurrency) {
    const filters = contracts.filter((c) => c.kind === 'filter');
    const groups = [...new Set(filters.flatMap((c) => (0,_core_target_group_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F)(c.doc) ?? []))].sort();
    const members = new Map();
    await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(groups, concurrency, async (g) => void members.set(g, new Set(await client.groupFilters(g))));
    const items = [];
    for (const c of filters) {
        const id = live.filters.get(c.name)?.id;
        if (id === undefined)
            continue; // not live: drift-repo-only says so
        const target = (0,_core_target_group_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F)(c.doc);
        const head = {
            rule: _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .driftRules */ .x.driftGroupMembership.id,
            kind: 'filter',
            name: c.name,
            file: c.file,
            pointer: '/target_group_id',
            liveId: id,
        };
        if (target !== undefined && !members.get(target).has(id))
            items.push({ ...head, group: { id: target, member: false } });
        for (const g of groups)
            if (g !== target && members.get(g).has(id))
                items.push({ ...head, group: { id: g, member: true } });
    }
    return items;
}


/***/ }),

/***/ 47880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ filterHealth)
/* harmony export */ });
/* unused harmony export totalHits */
/* harmony import */ var _cxone_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85367);
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17385);
/* harmony import */ var _baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99204);
/* harmony import */ var _core_contract_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18732);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66315);
// Filter health: live filters stuck outside ACTIVE, and ACTIVE filters that matched nothing over
// the dead-filter window (analytics filter-metrics, hourly buckets, hit_count summed).
//
// "Stuck": the fresh status (status endpoint) is FAILED, or one of the activating states of the
// contract's lifecycle (DRAFT \u2192 PENDING_ACTIVATION \u2192 ACTIVE) with no update for longer than the
// activation timeout \u2014 the last update read from the filter's audit log or its `updated_at`. A
// filter a deploy is activating right now is not stuck. A filter reported stuck is not also
// reported dead.





async function filterHealth(client, live, options) {
    const exportPaths = (0,_core_contract_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .assignPaths */ .Ux)(live.filters.keys(), _core_contract_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .FILTER_DIR */ .LS, 'filter');
    const fileOf = (name) => options.repoFiles.get(name) ?? exportPaths.get(name);
    const withIds = [...live.filters].filter(([, f]) => f.id !== undefined);
    const stuck = await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(withIds.filter(([, f]) => f.status !== 'ACTIVE'), options.concurrency, async ([name, f]) => {
        const fresh = await client.filterStatus(f.id);
        if (fresh.status === 'ACTIVE')
            return undefined;
        if (ACTIVATING.has(fresh.status)) {
            const log = await options.auditLogs(f.id);
            // The last update is a content change: the platform's own status entries are not progress.
            const updates = (0,_baseline_audit_match_js__WEBPACK_IMPORTED_MODULE_1__/* .contentEntries */ .Wf)(log, f.id);
            if (updatedWithin([...updates.map((e) => e.timestamp), f.updatedAt], options.now, options.activationTimeoutSeconds))
                return undefined;
        }
        const message = fresh.message ?? f.message;
        return {
            rule: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .driftRules */ .x.filterNotActive.id,
            kind: 'filter',
            name,
            file: fileOf(name),
            pointer: '',
            liveId: f.id,
            status: fresh.status,
            ...(message !== undefined ? { statusMessage: message } : {}),
        };
    });
    const notActive = new Set(stuck.flatMap((s) => (s ? [s.name] : [])));
    const hours = Math.max(1, Math.ceil(options.deadFilterWindowDays * 24));
    let refused;
    const dead = await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(withIds.filter(([name]) => !notActive.has(name)), options.concurrency, async ([name, f]) => {
        if (refused)
            return undefined;
        let body;
        try {
            body = await client.filterMetrics(f.id, {
                interval: 'PT1H',
                metrics: ['hit_count'],
                startTime: `-PT${hours}H`,
                endTime: options.now.toISOString(),
            });
        }
        catch (err) {
            // Without analytics:read the rest of the drift report is still worth having.
            if (err instanceof _cxone_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.status === 403) {
                refused = `filter hit counts not read: ${err.message}`;
                return undefined;
            }
            throw err;
        }
        const hits = totalHits(body);
        if (hits === undefined) {
            options.notes.push(`filter-metrics for ${name} carried no hit_count; not judged`);
            return undefined;
        }
        return hits === 0
            ? {
                rule: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .driftRules */ .x.filterDead.id,
                kind: 'filter',
                name,
                file: fileOf(name),
                pointer: '',
                liveId: f.id,
                hits: 0,
            }
            : undefined;
    });
    if (refused)
        options.notes.push(refused);
    return [...stuck, ...dead].filter((x) => x !== undefined);
}
/** The lifecycle states a filter passes through on its way to ACTIVE after an update. */
const ACTIVATING = new Set(['DRAFT', 'PENDING_ACTIVATION']);
/** Some of the times (audit timestamps, `updated_at`) falls within the last `seconds`. */
function updatedWithin(times, now, seconds) {
    const since = now.getTime() - seconds * 1000;
    return times.some((t) => typeof t === 'string' && Date.parse(t) >= since);
}
/** The window's hit count: `totals.hit_count`, else the sum of the series. */
function totalHits(body) {
    if (body === null || typeof body !== 'object')
        return undefined;
    const b = body;
    if (typeof b.totals?.hit_count === 'number')
        return b.totals.hit_count;
    if (!Array.isArray(b.series))
        return undefined;
    let sum = 0;
    for (const p of b.series) {
        const h = p?.hit_count;
        if (typeof h !== 'number')
            return undefined;
        sum += h;
    }
    return sum;
}


/***/ }),

/***/ 66315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ driftRule),
/* harmony export */   x: () => (/* binding */ driftRules)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7849);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88223);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70058);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47880);
/* harmony import */ var _undeployed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59419);
// The rules of the nightly drift run: what differs between the live tenant and the repo, and
// which live filters are unhealthy. Ids are stable (configs and scripts depend on them).





const driftRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_4__/* .defineRules */ .x)({
    driftModified: {
        id: 'drift-modified',
        raisedBy: () => _compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTenant */ .G,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: 'A live schema or filter was changed out of band: its content differs from the repo.',
        doc: 'The repo is the source of truth for the tenant. When someone edits a schema or a filter in the console (or through another client), the live tenant no longer matches what was reviewed, and the next deploy would silently undo the edit. The finding lists the differences in both directions (what the live edit did, and what a deploy would do) and who made the last change, from the platform audit log.',
        fix: 'Take the live change into the repo through a pull request (`cxone-contract export` shows the live content as files), or redeploy the repo to undo it.',
    },
    driftVersionMismatch: {
        id: 'drift-version-mismatch',
        raisedBy: () => _compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTenant */ .G,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: 'A live schema carries another cxoneVersion than the repo for the same content, or other content under the same cxoneVersion.',
        doc: 'A version names one content. The same content under two versions confuses consumers that pin versions; different content under one version is worse: an edit made without a version bump, invisible to anyone who compares versions only.',
        fix: 'Bring the repo and the live schema to the same content and version: take the live version into the repo, or redeploy with a version above the live one.',
    },
    driftLiveOnly: {
        id: 'drift-live-only',
        raisedBy: () => _compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTenant */ .G,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: 'A schema or filter exists in the live tenant but not in the repo.',
        doc: 'Something created in the tenant outside the repo is not reviewed, not linted and not protected by the compatibility check; the repo no longer describes the tenant.',
        fix: 'Add it to the repo (the finding names the file `cxone-contract export` would write), or delete it from the tenant if it should not exist.',
    },
    driftRepoOnly: {
        id: 'drift-repo-only',
        raisedBy: () => _compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTenant */ .G,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: 'A schema or filter in the repo does not exist in the live tenant.',
        doc: 'The repo promises a contract the tenant does not have: it was never deployed (a failed or skipped deploy), or it was deleted live. Producers and consumers that rely on it break.',
        fix: 'Run the deploy (re-run the deploy workflow), or remove the file from the repo if the contract was retired on purpose.',
    },
    driftGroupMembership: {
        id: 'drift-group-membership',
        raisedBy: () => _groups_js__WEBPACK_IMPORTED_MODULE_1__/* .membershipDrift */ .a,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: "A filter's routing-group membership was changed out of band: it is not in the group the repo names, or it is in another.",
        doc: "Which routing group receives a filter's events is part of the contract (`target_group_id`). A filter taken out of its group in the console routes nothing there, and the next deploy would quietly put it back; a filter added to another group routes events the repo does not say it routes. The finding names the group and who changed its membership last, from the platform audit log.",
        fix: 'Take the live membership into the repo (change `target_group_id`), or redeploy the repo to restore it.',
    },
    driftUndeployed: {
        id: 'drift-undeployed',
        raisedBy: () => _undeployed_js__WEBPACK_IMPORTED_MODULE_3__/* .markUndeployed */ .T,
        test: 'test/modes/drift/drift.test.ts',
        severity: 'error',
        summary: 'The repo holds a change the live tenant does not have yet: the repo is ahead, live was not changed out of band.',
        doc: "Not every difference is a live edit. When the repo's cxoneVersion is above the live one, or the item's newest audit entry is this tool's own deploy (so nobody touched it live since), the difference is a repo change that was merged but not deployed: a deploy failed, was not run, or is still pending. Reporting it as a live edit would blame the wrong side and invite someone to \"take the live change into the repo\", undoing the merged one.",
        fix: 'Run the deploy (re-run the deploy workflow), or read why the last one failed (its audit artifact and job summary).',
    },
    filterDead: {
        id: 'filter-dead',
        raisedBy: () => _health_js__WEBPACK_IMPORTED_MODULE_2__/* .filterHealth */ .H,
        test: 'test/modes/drift/health.test.ts',
        severity: 'warning',
        summary: 'An active filter matched no event during the dead-filter window.',
        doc: 'A filter with zero hits over `dead-filter-window` (default 7 days) usually matches on an attribute or value that no longer occurs (a renamed field, a retired queue), so the events it should route go nowhere. Read from the analytics filter-metrics endpoint (scope analytics:read).',
        fix: 'Check its matchers and pattern rules against current events; fix or delete it. A filter that is quiet by design can have this rule set to `off` or an ignore with a reason.',
    },
    filterNotActive: {
        id: 'filter-not-active',
        raisedBy: () => _health_js__WEBPACK_IMPORTED_MODULE_2__/* .filterHealth */ .H,
        test: 'test/modes/drift/health.test.ts',
        severity: 'error',
        summary: 'A live filter is stuck outside ACTIVE (DRAFT, FAILED, or PENDING_ACTIVATION for longer than the activation timeout).',
        doc: 'Only ACTIVE filters route events. A FAILED activation carries the platform message; a filter left in DRAFT or pending activation routes nothing while the repo says it should.',
        fix: 'Read the platform message, fix the filter and redeploy it (the deploy waits for ACTIVE), or remove it.',
    },
});
const BY_ID = new Map(Object.values(driftRules).map((r) => [r.id, r]));
/** The rule of a drift item's id. */
function driftRule(id) {
    return BY_ID.get(id);
}


/***/ }),

/***/ 59419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ markUndeployed)
/* harmony export */ });
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16599);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66315);
// drift-undeployed: a difference the repo is ahead in, not a live edit. After the items are
// attributed, a drift-modified or drift-version-mismatch item becomes drift-undeployed when the
// repo's cxoneVersion is above the live one, or when the item's newest audit entry is this tool's
// own client (the deploy's or the check's): nobody changed it live since our last write.



function markUndeployed(items, ourActors) {
    for (const item of items) {
        if (item.rule !== 'drift-modified' && item.rule !== 'drift-version-mismatch')
            continue;
        const repo = item.repoVersion !== undefined ? semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__(item.repoVersion) : null;
        const live = item.liveVersion !== undefined ? semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__(item.liveVersion) : null;
        const ahead = repo !== null && live !== null && semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__(repo, live);
        const ours = item.attribution ? ourActors.includes(item.attribution.actor) : false;
        if (ahead || ours)
            item.rule = _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .driftRules */ .x.driftUndeployed.id;
    }
}


/***/ })

};
;