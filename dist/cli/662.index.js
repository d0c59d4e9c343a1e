export const id = 662;
export const ids = [662];
export const modules = {

/***/ 41662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatDrift: () => (/* reexport */ formatDrift),
  runDrift: () => (/* reexport */ runDrift)
});

// UNUSED EXPORTS: closingLine, driftIssueBody, driftMarkdown, driftRules, ruleSources

// EXTERNAL MODULE: ./lib/contracts/index.js + 2 modules
var contracts = __webpack_require__(23027);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/finding.js
var finding = __webpack_require__(56134);
// EXTERNAL MODULE: ./lib/rule-registry.js
var rule_registry = __webpack_require__(16837);
// EXTERNAL MODULE: ./lib/modes/triage.js
var triage = __webpack_require__(6554);
// EXTERNAL MODULE: ./lib/modes/version.js + 1 modules
var version = __webpack_require__(61475);
// EXTERNAL MODULE: ./lib/cxone/index.js + 10 modules
var cxone = __webpack_require__(46785);
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
        if (!(err instanceof cxone/* ApiError */.hD) || err.status === undefined || err.status >= 500 || err.status === 401 || err.status === 403)
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
/** By meaning (src/baseline/audit-match.ts): the kind, when the entry says one, and any field holding the item's live id or its name. */
function matches(e, item) {
    // A membership change is an entry about the group (an assignment names the group, not always the filter).
    if (item.group)
        return (0,audit_match/* entryAbout */.O8)(e, 'group', [item.group.id], []);
    return (0,audit_match/* entryAbout */.O8)(e, item.kind, item.liveId !== undefined ? [item.liveId] : [], [item.name]);
}
function settle(item, entry) {
    if (!entry) {
        item.attribution = null;
        // A repo-only item has no live id: a log that names deletions only by id cannot be matched, so "never deployed" is not certain.
        item.attributionNote = item.rule === 'drift-repo-only' ? 'no audit entry names it: never deployed, or deleted under an id the repo does not hold' : 'no audit entry for it';
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

// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/evolution/index.js + 37 modules
var evolution = __webpack_require__(45468);
// EXTERNAL MODULE: ./lib/modes/export/names.js
var names = __webpack_require__(84555);
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

// EXTERNAL MODULE: ./lib/baseline/index.js + 9 modules
var baseline = __webpack_require__(38143);
;// CONCATENATED MODULE: ./lib/modes/drift/compare.js
// Live tenant vs repo, item by item (pure): modified out of band, version mismatch, live only,
// repo only. Content is compared without cxoneVersion (a version names content, it is not content);
// the version is then compared on its own.





const VERSION = new Set(['cxoneVersion']);
function compareTenant(contracts, live) {
    const items = [];
    const repoSchemas = byName(contracts, 'schema');
    const repoFilters = byName(contracts, 'filter');
    const schemaPaths = (0,names/* assignPaths */.Ux)(live.schemas.keys(), names/* SCHEMA_DIR */.SZ, 'schema');
    const filterPaths = (0,names/* assignPaths */.Ux)(live.filters.keys(), names/* FILTER_DIR */.LS, 'filter');
    for (const [title, l] of live.schemas) {
        const c = repoSchemas.get(title);
        const liveId = l.id !== undefined ? { liveId: l.id } : {};
        const liveVersion = versionOf(l.doc);
        if (!c) {
            items.push({ rule: 'drift-live-only', kind: 'schema', name: title, file: schemaPaths.get(title), pointer: '', ...liveId, ...opt('liveVersion', liveVersion) });
            continue;
        }
        const repoVersion = versionOf(c.doc);
        const versions = { ...opt('repoVersion', repoVersion), ...opt('liveVersion', liveVersion) };
        const sameBody = (0,canonical/* sameContent */.C)(c.doc, l.doc, VERSION);
        if (sameBody && repoVersion === liveVersion)
            continue;
        if (sameBody) {
            items.push({ rule: 'drift-version-mismatch', kind: 'schema', name: title, file: c.file, pointer: '/cxoneVersion', ...liveId, ...versions });
            continue;
        }
        const outOfBand = (0,evolution/* compareSchemas */._e)(c.doc, l.doc);
        const changes = { outOfBand: outOfBand.map(show), deploy: (0,evolution/* compareSchemas */._e)(l.doc, c.doc).map(show) };
        // Same version, other content: an edit made without a version bump.
        const rule = repoVersion === liveVersion ? 'drift-version-mismatch' : 'drift-modified';
        // Differences the engine does not name (vendor keywords it skips) are still shown, field by field.
        const fields = outOfBand.length === 0 ? { fields: fieldDiff(c.doc, l.doc) } : {};
        items.push({ rule, kind: 'schema', name: title, file: c.file, pointer: outOfBand[0]?.oldPointer ?? fields.fields?.[0]?.pointer ?? '', ...liveId, ...versions, changes, ...fields });
    }
    for (const [title, c] of repoSchemas) {
        if (!live.schemas.has(title))
            items.push({ rule: 'drift-repo-only', kind: 'schema', name: title, file: c.file, pointer: '', ...opt('repoVersion', versionOf(c.doc)) });
    }
    for (const [name, l] of live.filters) {
        const c = repoFilters.get(name);
        const liveId = l.id !== undefined ? { liveId: l.id } : {};
        if (!c) {
            items.push({ rule: 'drift-live-only', kind: 'filter', name, file: filterPaths.get(name), pointer: '', ...liveId });
            continue;
        }
        // The contract's fields, as the plan and the deploy read them: a field lint refuses is not drift.
        const ours = (0,baseline/* filterContent */.MV)(c.doc);
        if ((0,canonical/* sameContent */.C)(ours, l.doc))
            continue;
        const fields = fieldDiff(ours, l.doc);
        items.push({ rule: 'drift-modified', kind: 'filter', name, file: c.file, pointer: fields[0]?.pointer ?? '', ...liveId, fields });
    }
    for (const [name, c] of repoFilters) {
        if (!live.filters.has(name))
            items.push({ rule: 'drift-repo-only', kind: 'filter', name, file: c.file, pointer: '' });
    }
    return items;
}
function byName(contracts, kind) {
    // A duplicate name is a lint finding of the check; drift compares the first file (sorted by path).
    const out = new Map();
    for (const c of [...contracts].sort((a, b) => a.file.localeCompare(b.file)))
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

// EXTERNAL MODULE: ./lib/core/target-group.js
var target_group = __webpack_require__(75780);
;// CONCATENATED MODULE: ./lib/modes/drift/groups.js
// drift-group-membership: routing-group membership is part of what the repo says. A repo filter
// that is missing live from the group its `target_group_id` names (taken out in the console), or
// that sits in another group the repo's filters route to, is drift — the next deploy would quietly
// put it back. Memberships are read for the groups the repo's filters name (one read per group).


async function membershipDrift(client, contracts, live, concurrency) {
    const filters = contracts.filter((c) => c.kind === 'filter');
    const groups = [...new Set(filters.flatMap((c) => (0,target_group/* groupOf */.F)(c.doc) ?? []))].sort();
    const members = new Map();
    await (0,pool/* mapLimit */.s)(groups, concurrency, async (g) => void members.set(g, new Set(await client.groupFilters(g))));
    const items = [];
    for (const c of filters) {
        const id = live.filters.get(c.name)?.id;
        if (id === undefined)
            continue; // not live: drift-repo-only says so
        const target = (0,target_group/* groupOf */.F)(c.doc);
        const head = { rule: 'drift-group-membership', kind: 'filter', name: c.name, file: c.file, pointer: '/target_group_id', liveId: id };
        if (target !== undefined && !members.get(target).has(id))
            items.push({ ...head, group: { id: target, member: false } });
        for (const g of groups)
            if (g !== target && members.get(g).has(id))
                items.push({ ...head, group: { id: g, member: true } });
    }
    return items;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/modes/drift/undeployed.js
// drift-undeployed: a difference the repo is ahead in, not a live edit. After the items are
// attributed, a drift-modified or drift-version-mismatch item becomes drift-undeployed when the
// repo's cxoneVersion is above the live one, or when the item's newest audit entry is this tool's
// own client (the deploy's or the check's): nobody changed it live since our last write.

function markUndeployed(items, ourActors) {
    for (const item of items) {
        if (item.rule !== 'drift-modified' && item.rule !== 'drift-version-mismatch')
            continue;
        const repo = item.repoVersion !== undefined ? semver.valid(item.repoVersion) : null;
        const live = item.liveVersion !== undefined ? semver.valid(item.liveVersion) : null;
        const ahead = repo !== null && live !== null && semver.gt(repo, live);
        const ours = item.attribution ? ourActors.includes(item.attribution.actor) : false;
        if (ahead || ours)
            item.rule = 'drift-undeployed';
    }
}

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/modes/drift/rules.js
var rules = __webpack_require__(66315);
;// CONCATENATED MODULE: ./lib/modes/drift/findings.js
// One finding per drift item: the rule, a one-line message naming what differs and who changed it
// last, placed in the repo file (at the first differing node where the file exists).


/** An item and its finding share rule, file and name (a schema and a filter may share a name). */
const findings_itemKey = (i) => `${i.rule}\0${i.file}\0${i.name}`;
const findings_findingKey = (f) => `${f.rule}\0${f.file}\0${f.contract ?? ''}`;
function itemFinding(item, contract) {
    const f = (0,rule/* finding */.g)(rules/* driftRules */.x[item.rule], { message: itemMessage(item), file: item.file, pointer: item.pointer, contract: item.name });
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
                ? `differs live in ${item.fields.length} field(s): ${item.fields.slice(0, 3).map((d) => d.pointer).join(', ')}${item.fields.length > 3 ? ', ...' : ''}`
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
        return `${item.fields.length} field(s) differ: ${item.fields.slice(0, 3).map((d) => d.pointer).join(', ')}`;
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

;// CONCATENATED MODULE: ./lib/modes/drift/health.js
// Filter health: live filters stuck outside ACTIVE, and ACTIVE filters that matched nothing over
// the dead-filter window (analytics filter-metrics, hourly buckets, hit_count summed).
//
// "Stuck": the fresh status (status endpoint) is FAILED, or one of the activating states of the
// contract's lifecycle (DRAFT → PENDING_ACTIVATION → ACTIVE) with no update for longer than the
// activation timeout — the last update read from the filter's audit log or its `updated_at`. A
// filter a deploy is activating right now is not stuck. A filter reported stuck is not also
// reported dead.




async function filterHealth(client, live, options) {
    const exportPaths = (0,names/* assignPaths */.Ux)(live.filters.keys(), names/* FILTER_DIR */.LS, 'filter');
    const fileOf = (name) => options.repoFiles.get(name) ?? exportPaths.get(name);
    const withIds = [...live.filters].filter(([, f]) => f.id !== undefined);
    const stuck = await (0,pool/* mapLimit */.s)(withIds.filter(([, f]) => f.status !== 'ACTIVE'), options.concurrency, async ([name, f]) => {
        const fresh = await client.filterStatus(f.id);
        if (fresh.status === 'ACTIVE')
            return undefined;
        if (ACTIVATING.has(fresh.status)) {
            const log = await options.auditLogs(f.id);
            // The last update is a content change: the platform's own status entries are not progress.
            const updates = (0,audit_match/* contentEntries */.Wf)(log, f.id);
            if (updatedWithin([...updates.map((e) => e.timestamp), f.updatedAt], options.now, options.activationTimeoutSeconds))
                return undefined;
        }
        const message = fresh.message ?? f.message;
        return { rule: 'filter-not-active', kind: 'filter', name, file: fileOf(name), pointer: '', liveId: f.id, status: fresh.status, ...(message !== undefined ? { statusMessage: message } : {}) };
    });
    const notActive = new Set(stuck.flatMap((s) => (s ? [s.name] : [])));
    const hours = Math.max(1, Math.ceil(options.deadFilterWindowDays * 24));
    let refused;
    const dead = await (0,pool/* mapLimit */.s)(withIds.filter(([name]) => !notActive.has(name)), options.concurrency, async ([name, f]) => {
        if (refused)
            return undefined;
        let body;
        try {
            body = await client.filterMetrics(f.id, { interval: 'PT1H', metrics: ['hit_count'], startTime: `-PT${hours}H`, endTime: options.now.toISOString() });
        }
        catch (err) {
            // Without analytics:read the rest of the drift report is still worth having.
            if (err instanceof cxone/* ApiError */.hD && err.status === 403) {
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
        return hits === 0 ? { rule: 'filter-dead', kind: 'filter', name, file: fileOf(name), pointer: '', liveId: f.id, hits: 0 } : undefined;
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

;// CONCATENATED MODULE: ./lib/modes/drift/run.js
// The nightly drift run: load the repo, read the live tenant, compare, attribute each drifted item
// from the audit log, check filter health, and turn it all into one DriftReport. Plain data out;
// the fronts print, write the summary, keep the tracking issue and choose the exit code.














const DRIFT_RULES = new Set(Object.keys(rules/* driftRules */.x));
async function runDrift(settings, options = {}) {
    if (settings.registryExport)
        throw new errors/* UsageError */.eb('drift compares with the live tenant through the API: set api-base-url, client-id and client-secret instead of registry-export');
    if (!settings.api.baseUrl)
        throw new errors/* UsageError */.eb('drift needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');
    const now = options.now ?? new Date();
    const { clientFromSettings } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 46785));
    const client = clientFromSettings(settings, { ...options.client, mask: options.mask });
    const notes = [];
    try {
        const [loaded, live] = await Promise.all([
            (0,contracts/* loadContracts */.YR)({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
            (0,baseline/* readLiveTenant */.rc)(client, options.exportPageSize ? { exportPageSize: options.exportPageSize } : {}),
        ]);
        const say = options.onProgress ?? (() => { });
        const repoCount = (kind) => loaded.contracts.filter((c) => c.kind === kind).length;
        say(`drift: read the repo (${repoCount('schema')} schemas, ${repoCount('filter')} filters) and the live tenant (${live.schemas.size} schemas, ${live.filters.size} filters)`);
        const drift = [...compareTenant(loaded.contracts, live), ...(await membershipDrift(client, loaded.contracts, live, settings.maxConcurrency))];
        say(`drift: compared — ${drift.length} item(s) differ`);
        const repoFiles = new Map(loaded.contracts.filter((c) => c.kind === 'filter').map((c) => [c.name, c.file]));
        const concurrency = settings.maxConcurrency;
        const auditLogs = auditReader(client);
        const health = await filterHealth(client, live, {
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
        markUndeployed(drift, [settings.api.clientId, settings.api.deployClientId].filter((id) => id !== undefined && id !== ''));
        say(`drift: attributed ${attributed.length} item(s) from the audit log`);
        const items = [...drift, ...health];
        const byFile = new Map(loaded.contracts.map((c) => [`${c.kind}\0${c.name}`, c]));
        const raw = [...loaded.findings, ...items.map((i) => itemFinding(i, i.rule === 'drift-live-only' ? undefined : byFile.get(`${i.kind}\0${i.name}`)))];
        // Ignores of the check's rules belong to the check: here they would all be "unused".
        const findings = (0,finding/* sortFindings */.Tc)((0,triage/* triage */.NA)({
            findings: raw,
            ruleLevels: settings.ruleLevels,
            ignores: settings.ignores.filter((ig) => DRIFT_RULES.has(ig.rule)),
            knownRules: (0,rule_registry/* knownRuleIds */.Q7)(),
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
    const judged = new Set(findings.map(findings_findingKey));
    const kept = items.filter((i) => judged.has(findings_itemKey(i)));
    const active = findings.filter((f) => !f.suppressed);
    const activeKeys = new Set(active.map(findings_findingKey));
    const live = kept.filter((i) => activeKeys.has(findings_itemKey(i)));
    const n = (rule) => live.filter((i) => i.rule === rule).length;
    const count = (s) => active.filter((f) => f.severity === s).length;
    const counts = {
        drifted: n('drift-modified') + n('drift-version-mismatch') + n('drift-live-only') + n('drift-repo-only') + n('drift-group-membership') + n('drift-undeployed'),
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
        items: kept.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.rule.localeCompare(b.rule)),
        findings,
        notes,
        failed: failOn !== 'never' && active.some((f) => (0,finding/* atLeast */.jZ)(f.severity, failOn)),
    };
}

// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __webpack_require__(35095);
// EXTERNAL MODULE: ./lib/report/text.js + 3 modules
var report_text = __webpack_require__(94362);
;// CONCATENATED MODULE: ./lib/modes/drift/text.js
// The drift report for people: text for terminals and logs, markdown for the job summary and the
// tracking issue. Every live value (names, actors, messages) is user data: escaped in markdown.




const KIND_LABEL = {
    'drift-modified': 'modified live',
    'drift-version-mismatch': 'version mismatch',
    'drift-live-only': 'live only',
    'drift-repo-only': 'repo only',
    'drift-group-membership': 'group membership',
    'drift-undeployed': 'not deployed',
    'filter-dead': 'dead filter',
    'filter-not-active': 'not active',
};
const MAX_DETAIL_LINES = 8;
function formatDrift(report) {
    const out = [];
    const active = report.findings.filter((x) => !x.suppressed);
    for (const f of (0,report_text/* printable */.g$)(active)) {
        out.push(`${(0,report_text/* location */.C5)(f)} ${f.severity} ${f.rule} ${(0,report_text/* oneLine */.TN)(f.message)}`);
        const item = report.items.find((i) => findings_itemKey(i) === findings_findingKey(f));
        if (item)
            out.push(...detailLines(item).map((l) => `    ${(0,log_safe/* escapeControl */.hN)(l)}`));
    }
    if (active.length > report_text/* MAX_PRINTED_FINDINGS */.dn)
        out.push((0,report_text/* notPrinted */.aY)(active.length - report_text/* MAX_PRINTED_FINDINGS */.dn));
    for (const note of report.notes)
        out.push(`note: ${(0,report_text/* oneLine */.TN)(note)}`);
    if (out.length > 0)
        out.push('');
    out.push(closingLine(report));
    return out.join('\n') + '\n';
}
function detailLines(item) {
    const lines = [];
    const cut = (xs) => (xs.length > MAX_DETAIL_LINES ? [...xs.slice(0, MAX_DETAIL_LINES), `... ${xs.length - MAX_DETAIL_LINES} more (see the JSON report)`] : xs);
    if (item.changes && item.changes.outOfBand.length > 0) {
        lines.push('live edit (repo -> live):', ...cut(item.changes.outOfBand.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)));
        lines.push('a deploy would (live -> repo):', ...cut(item.changes.deploy.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)));
    }
    if (item.fields)
        lines.push(...cut(item.fields.map((d) => `${d.pointer}: repo ${text_short(d.repo)} -> live ${text_short(d.live)}`)));
    if (item.attribution === null && item.attributionNote)
        lines.push(`who: unknown (${item.attributionNote})`);
    return lines;
}
function text_short(v) {
    if (v === undefined)
        return '(absent)';
    const s = JSON.stringify(v);
    return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
function closingLine(report) {
    const c = report.counts;
    const health = `${c.deadFilters} dead filter(s) (no hits in ${report.deadFilterWindowDays} days), ${c.notActive} not active`;
    const verdict = c.drifted === 0 ? 'no drift' : `${c.drifted} drifted (${c.modified} modified, ${c.versionMismatch} version mismatch, ${c.liveOnly} live only, ${c.repoOnly} repo only${c.groupMembership ? `, ${c.groupMembership} group membership` : ''}${c.undeployed ? `, ${c.undeployed} not deployed` : ''})`;
    return `drift: ${verdict}; ${health} — ${c.liveSchemas} live schemas and ${c.liveFilters} filters vs ${c.repoSchemas} + ${c.repoFilters} in the repo (${report.baseline})`;
}
/** Markdown for the job summary and the tracking issue's body. */
function driftMarkdown(report) {
    const c = report.counts;
    const parts = [`## Contract drift`, '', escapeText(closingLine(report).replace(/^drift: /, '')), ''];
    const active = new Set(report.findings.filter((f) => !f.suppressed).map(findingKey));
    const rows = report.items
        .filter((i) => active.has(itemKey(i)))
        .map((i) => [
        cell(KIND_LABEL[i.rule]),
        cell(i.kind),
        inlineCode(i.name),
        inlineCode(i.file),
        i.attribution ? `${cell(i.attribution.actor)} (${cell(i.attribution.action)}, ${cell(i.attribution.timestamp)})` : cell(i.attributionNote ?? ''),
        cell(summaryOf(i)),
    ]);
    if (rows.length > 0)
        parts.push(table(['drift', 'kind', 'name', 'file', 'last changed by', 'what'], rows), '');
    for (const note of report.notes)
        parts.push(`> ${cell(note)}`, '');
    if (c.drifted > 0)
        parts.push('Take live changes into the repo with a pull request (`cxone-contract export` writes the live tenant as files), or re-run the deploy to put the repo back.', '');
    return parts.join('\n');
}
function summaryOf(i) {
    if (i.changes && i.changes.outOfBand.length > 0) {
        const b = i.changes.outOfBand.filter((x) => x.breaking).length;
        return `${i.changes.outOfBand.length} change(s)${b ? `, ${b} breaking` : ''}: ${i.changes.outOfBand[0].message}`;
    }
    if (i.fields)
        return i.fields.slice(0, 3).map((d) => `${d.pointer}: ${text_short(d.repo)} → ${text_short(d.live)}`).join('; ') + (i.fields.length > 3 ? '; ...' : '');
    if (i.rule === 'drift-version-mismatch')
        return `live ${i.liveVersion ?? 'none'}, repo ${i.repoVersion ?? 'none'}`;
    if (i.rule === 'filter-not-active')
        return `${i.status ?? ''}${i.statusMessage ? `: ${i.statusMessage}` : ''}`;
    if (i.rule === 'filter-dead')
        return 'no hits';
    return '';
}
/** GitHub caps an issue body at 65,536 characters: the table is cut well before that. */
const MAX_ISSUE_CHARS = 60_000;
/** The tracking issue's body: the summary markdown, cut to fit, with a pointer to the full report. */
function driftIssueBody(report, runUrl) {
    const body = fitMarkdown(driftMarkdown(report), MAX_ISSUE_CHARS, "\n\n… cut to fit an issue; every item is in the run's job summary and JSON report.\n");
    return runUrl && report.items.length > 0 ? `${body}\nLast checked by ${runUrl}\n` : body;
}

;// CONCATENATED MODULE: ./lib/modes/drift/index.js
// The nightly drift run: the live tenant vs the repo, attributed, with filter health.





/***/ }),

/***/ 84555:
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


/***/ })

};
