"use strict";
exports.id = 2398;
exports.ids = [2398];
exports.modules = {

/***/ 6258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ changedPointers)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33413);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20698);
// Where two JSON documents differ, as JSON pointers: objects key by key, arrays and scalars whole
// (a list is one value to the platform). Used by the plan (what an update changes, and whether
// anything does) and the deploy's three-way merge (what a live change it keeps touched).


/** Below this depth a differing node is named whole: the walk is bounded on hostile nesting. */
const MAX_DEPTH = 64;
/**
 * Pointers under `at` where `b` differs from `a`; a member present on one side only counts. Equal
 * subtrees are skipped whole (sameContent is fast and stops at the first difference), so equal
 * documents cost one comparison and changed ones about twice their size.
 */
function changedPointers(a, b, at = '', out = [], depth = 0) {
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sameContent */ .C)(a, b))
        return out;
    if (isObject(a) && isObject(b) && depth < MAX_DEPTH) {
        for (const key of Object.keys(a)) {
            const ptr = `${at}/${(0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeToken */ .tj)(key)}`;
            if (!Object.hasOwn(b, key))
                out.push(ptr);
            else
                changedPointers(a[key], b[key], ptr, out, depth + 1);
        }
        for (const key of Object.keys(b))
            if (!Object.hasOwn(a, key))
                out.push(`${at}/${(0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeToken */ .tj)(key)}`);
        return out;
    }
    out.push(at || '/');
    return out;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 56134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   nx: () => (/* binding */ canFail),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14223);
// The vocabulary every stage speaks: a Finding is one thing wrong (or worth saying) about one
// place in one file. Checks produce findings with a JSON pointer; line and column are filled in
// later, only for files that have findings (positions cost a second, slower YAML parse).

/** A severity, or `never` (fail-on) / `off` (rule override). */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const RANK = { error: 3, warning: 2, notice: 1 };
/** True when `s` is at or above `threshold` (error > warning > notice). */
function atLeast(s, threshold) {
    return RANK[s] >= RANK[threshold];
}
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}
/** Whether `f` can fail the run: not suppressed, and not pre-existing unless those count too. */
function canFail(f, countExisting) {
    return f.suppressed === undefined && (f.preExisting !== true || countExisting);
}
/** Sort findings by file, line, column, then rule: stable output for humans and diffs. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.rule, b.rule) ||
        (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.message, b.message));
}


/***/ }),

/***/ 75780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ groupOf)
/* harmony export */ });
// The routing group a filter document targets: `target_group_id`, a string or (as the filter
// schema allows) an integer, read alike by the plan and the deploy.
function groupOf(doc) {
    const g = doc?.target_group_id;
    if (typeof g === 'number' && Number.isInteger(g))
        return String(g);
    return typeof g === 'string' && g !== '' ? g : undefined;
}


/***/ }),

/***/ 52398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LK: () => (/* binding */ checkRepo),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: WITNESS_CONTRACTS_PER_RUN

// EXTERNAL MODULE: ./lib/contracts/index.js + 2 modules
var contracts = __webpack_require__(23027);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/finding.js
var finding = __webpack_require__(56134);
// EXTERNAL MODULE: ./lib/baseline/index.js + 8 modules
var lib_baseline = __webpack_require__(25540);
// EXTERNAL MODULE: ./lib/evolution/index.js + 1 modules
var evolution = __webpack_require__(8011);
// EXTERNAL MODULE: ./lib/lint/index.js + 27 modules
var lib_lint = __webpack_require__(53035);
// EXTERNAL MODULE: ./lib/core/changed-pointers.js
var changed_pointers = __webpack_require__(6258);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
;// CONCATENATED MODULE: ./lib/core/report.js
// The data a run hands to the reporters: plain JSON, the shape of schemas/report.schema.json.
/** Changed pointers listed per plan item: the plan goes into outputs and comments with size limits. */
const MAX_PLAN_CHANGES = 100;

// EXTERNAL MODULE: ./lib/core/target-group.js
var target_group = __webpack_require__(75780);
// EXTERNAL MODULE: ./lib/baseline/types.js
var types = __webpack_require__(86866);
;// CONCATENATED MODULE: ./lib/plan/plan.js
// The plan: what a deploy does with each schema, filter and routing group, decided by content,
// never by version string. Computed once by the check; the PR check shows it, `deploy --dry-run`
// prints it, and the deploy writes exactly its create and update items (src/modes/deploy).
//   blocked   \u2013 the contract has an error-level finding (lint, breaking change, platform rule)
//   create    \u2013 not live yet
//   unchanged \u2013 live content equals the repo content: no request is sent
//   update    \u2013 otherwise, with the pointers it changes
//   unknown   \u2013 a filter checked against an export file (no live filters there)





function buildPlan(contracts, live, findings) {
    if (!live)
        return [];
    const blockers = new Map();
    for (const f of findings) {
        if (f.severity !== 'error' || f.suppressed)
            continue;
        const list = blockers.get(f.file) ?? [];
        list.push(`${f.rule}: ${f.message}`);
        blockers.set(f.file, list);
    }
    const items = [];
    for (const c of contracts) {
        const reasons = blockers.get(c.file) ?? [];
        if (c.kind === 'schema')
            items.push(schemaItem(c, live, reasons));
        else
            items.push(filterItem(c, live, reasons));
    }
    return [...items, ...groupItems(contracts, items, live)];
}
function schemaItem(c, live, reasons) {
    const l = live.schemas.get(c.name);
    const version = versionOf(c.doc);
    const liveVersion = l ? versionOf(l.doc) : undefined;
    const head = {
        kind: c.kind,
        name: c.name,
        file: c.file,
        ...(version !== undefined ? { version } : {}),
        ...(liveVersion !== undefined ? { liveVersion } : {}),
        ...(l?.etag !== undefined ? { etag: l.etag } : {}),
    };
    if (reasons.length > 0)
        return { ...head, action: 'blocked', reasons };
    if (!l)
        return { ...head, action: 'create', reasons };
    // A live schema nested past the limit is not walked; it is one change, whole.
    const changes = l.tooDeep ? ((0,canonical/* sameContent */.C)(l.doc, c.doc) ? [] : ['/']) : (0,changed_pointers/* changedPointers */.z)(l.doc, c.doc);
    if (changes.length === 0)
        return { ...head, action: 'unchanged', reasons };
    return { ...head, action: 'update', ...listed(changes), reasons };
}
function filterItem(c, live, reasons) {
    const head = { kind: c.kind, name: c.name, file: c.file };
    if (reasons.length > 0)
        return { ...head, action: 'blocked', reasons };
    if (!live.filters)
        return {
            ...head,
            action: 'unknown',
            reasons: [live.filtersUnknown ?? 'an export file holds no filters (the API plan lists them)'],
        };
    const l = live.filters.get(c.name);
    if (!l)
        return { ...head, action: 'create', reasons };
    const ours = (0,types/* filterContent */.MV)(c.doc);
    const etag = l.etag !== undefined ? { etag: l.etag } : {};
    const changes = (0,changed_pointers/* changedPointers */.z)(l.doc, ours);
    if (changes.length === 0)
        return { ...head, ...etag, action: 'unchanged', reasons };
    return { ...head, ...etag, action: 'update', ...listed(changes), reasons };
}
/**
 * Each routing group a repo filter targets, and each group a repo filter leaves: the filters that
 * join (ours, not in it yet) and leave (ours, moved to another group). The rest of a group's list
 * is kept, in order, as the deploy does (src/modes/deploy/groups.ts).
 */
function groupItems(contracts, items, live) {
    if (!live.filters || !live.groups)
        return [];
    const byName = new Map(items.filter((i) => i.kind === 'filter').map((i) => [i.name, i]));
    const nameOf = new Map([...live.filters].flatMap(([name, f]) => (f.id !== undefined ? [[f.id, name]] : [])));
    const groups = new Map();
    const change = (g) => {
        let m = groups.get(g);
        if (!m)
            groups.set(g, (m = { add: [], remove: [] }));
        return m;
    };
    for (const c of contracts) {
        if (c.kind !== 'filter' || byName.get(c.name)?.action === 'unknown')
            continue;
        const target = (0,target_group/* groupOf */.F)(c.doc);
        if (target === undefined)
            continue;
        const l = live.filters.get(c.name);
        const members = live.groups.get(target) ?? [];
        if (!l?.id || !members.includes(l.id))
            change(target).add.push(c.name);
        else
            change(target);
        const before = (0,target_group/* groupOf */.F)(l?.doc);
        if (l?.id && before !== undefined && before !== target && (live.groups.get(before) ?? []).includes(l.id))
            change(before).remove.push(nameOf.get(l.id) ?? l.id);
    }
    return [...groups]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, members]) => ({
        kind: 'group',
        name,
        action: members.add.length + members.remove.length > 0 ? 'update' : 'unchanged',
        ...(members.add.length + members.remove.length > 0 ? { members } : {}),
        reasons: [],
    }));
}
/** The changed pointers, at most MAX_PLAN_CHANGES of them, and how many more there are. */
function listed(changes) {
    if (changes.length <= MAX_PLAN_CHANGES)
        return { changes };
    return { changes: changes.slice(0, MAX_PLAN_CHANGES), changesMore: changes.length - MAX_PLAN_CHANGES };
}
function versionOf(doc) {
    return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}

// EXTERNAL MODULE: ./lib/plan/platform.js + 1 modules
var platform = __webpack_require__(35114);
;// CONCATENATED MODULE: ./lib/contracts/place-findings.js
// Fill in line and column of findings from their pointers. Only files that have findings are
// located, so the slower position-keeping parse runs for them alone. A pointer that no longer
// exists (a removed property) lands on its nearest surviving ancestor; every finding gets a line
// (at worst 1), so annotations and SARIF always point somewhere in the file.
function locateFindings(findings, contracts) {
    const byFile = new Map(contracts.map((c) => [c.file, c]));
    for (const f of findings) {
        if (f.line > 0)
            continue;
        const contract = byFile.get(f.file);
        const pos = contract?.locate(f.pointer) ?? { line: 1, column: 1 };
        f.line = pos.line > 0 ? pos.line : 1;
        f.column = pos.line > 0 ? pos.column : 1;
    }
}

;// CONCATENATED MODULE: ./lib/modes/finding-identity.js
// When a finding of the working tree is the same finding as one of the git base (pre-existing):
// same rule, schema and place, the same words, and the same values compared. Many rules share a
// place (`required-added` is always `/required`, `enum-narrowed` the enum), and a message lists at
// most five values and cuts long ones, so the words alone could make a new break look old. A
// platform refusal is the same only when each of its reasons is (its message names five, by rule
// and place only). Example events and help are left out: the base's run builds no example events.
/** The identity of a finding; undefined when it cannot be compared (then it is never pre-existing). */
function identityOf(j) {
    if (j.reasons) {
        // A refusal: the same only when every reason is the same (in any order).
        const ids = j.reasons.map(identityOf);
        return ids.some((id) => id === undefined) ? undefined : idOf(j.finding, JSON.stringify(ids.sort()));
    }
    const values = j.change ? valuesText([j.change.old, j.change.new]) : '';
    return values === undefined ? undefined : idOf(j.finding, values);
}
function idOf(f, values) {
    return JSON.stringify([f.rule, f.contract ?? '', f.pointer, f.message, values]);
}
/** Nodes of the values one change compared that are written out; past it the finding is not compared. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 100;
/**
 * The values as canonical text (keys sorted), or undefined when they are too large or too deep.
 * They may be the engine's normalised nodes, which can be cyclic (a recursive `$ref`): a node met
 * again on its own path is written as a mark.
 */
function valuesText(value) {
    let nodes = 0;
    const path = new Set();
    const write = (v, depth) => {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH)
            return undefined;
        if (v === undefined)
            return '~';
        if (v === null || typeof v !== 'object')
            return JSON.stringify(v) ?? String(v);
        if (path.has(v))
            return '^';
        path.add(v);
        const parts = [];
        const entries = Array.isArray(v)
            ? v.map((x, i) => [String(i), x])
            : Object.keys(v)
                .sort()
                .map((k) => [k, v[k]]);
        for (const [k, x] of entries) {
            const text = write(x, depth + 1);
            if (text === undefined)
                return undefined;
            parts.push(Array.isArray(v) ? text : `${JSON.stringify(k)}:${text}`);
        }
        path.delete(v);
        return Array.isArray(v) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
    };
    return write(value, 0);
}

;// CONCATENATED MODULE: ./lib/modes/pre-existing.js
// Findings a change introduced vs findings its base already had. With the live registry (or an
// export) judging and a git base known (a pull request's base commit), the base's own schemas are
// compared with the same live versions; a finding of the working tree that the base has too (the
// same finding: ./finding-identity.ts) is pre-existing: already on the base branch, not this
// change's doing. It stays reported, marked, and fails the run only under fail-on-existing.
//
// A platform refusal (PLATFORM_DECIDES: no config may ignore it) can be pre-existing too, when it
// is the base's refusal with every reason the same: the pull request did not cause it, and the
// deploy still stops on it (a deploy's check has no base). Failing every pull request for a
// refusal already on the base branch would block the one that fixes it no less than the others.

/** The findings, with those the base also has marked `preExisting`. */
function markPreExisting(findings, atBase) {
    const known = new Set(atBase.map(identityOf).filter((id) => id !== undefined));
    return findings.map((j) => {
        const id = known.size > 0 ? identityOf(j) : undefined;
        return id !== undefined && known.has(id) ? { ...j.finding, preExisting: true } : j.finding;
    });
}

// EXTERNAL MODULE: ./lib/modes/removed.js
var removed = __webpack_require__(44576);
// EXTERNAL MODULE: ./lib/modes/skipped.js
var skipped = __webpack_require__(19828);
// EXTERNAL MODULE: ./lib/triage/triage.js
var triage = __webpack_require__(16498);
// EXTERNAL MODULE: ./lib/core/version.js + 1 modules
var version = __webpack_require__(90482);
;// CONCATENATED MODULE: ./lib/modes/check.js
// The check: load -> lint -> baseline -> evolution -> triage -> plan -> locate -> Report.
// Plain data in, plain data out; the fronts print and exit.















async function runCheck(settings, options = {}) {
    return (await checkRepo(settings, options)).report;
}
/**
 * The check, with the contracts it parsed and the live state it compared with: a deploy applies
 * those, without parsing or fetching again.
 */
async function checkRepo(settings, options = {}) {
    const baseline = options.baseline ?? (await defaultBaseline(settings, options));
    const api = baseline.judge === 'api' ? await apiClient(settings, options) : undefined;
    try {
        // The baselines (a network fetch, git reads) and the repo (local files) are independent: load them at once.
        const [loaded, live, base] = await Promise.all([
            (0,contracts/* loadContracts */.YR)({ root: settings.root, schemaGlobs: settings.schemaGlobs, filterGlobs: settings.filterGlobs }),
            loadBaseline(settings, baseline, api, options),
            baseline.git?.role === 'base' && baseline.sha ? baseState(settings, baseline, options) : undefined,
        ]);
        if (loaded.files.length === 0) {
            throw new errors/* UsageError */.eb(`no contract files under ${settings.root} match schemas (${settings.schemaGlobs.join(', ')}) or filters (${settings.filterGlobs.join(', ')})`);
        }
        // Filters join the plan from the API, read only when the repo has some (a schemas-only repo needs no filter scope).
        if (live && api && loaded.contracts.some((c) => c.kind === 'filter')) {
            const { addLiveFilters } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(5337), __webpack_require__.e(4829)]).then(__webpack_require__.bind(__webpack_require__, 12315));
            await addLiveFilters(live, api, loaded.contracts, settings.maxConcurrency);
        }
        // Every schema the run compares: the live ones, and the git base's that mark pre-existing findings.
        await (0,lib_lint/* prepareLint */.Ln)(loaded.contracts, [
            ...(live ? [...live.schemas.values()].map((s) => s.doc) : []),
            ...(base ? [...base.schemas.values()].map((s) => s.doc) : []),
        ]);
        const lint = [...loaded.findings, ...(0,lib_lint/* lintContracts */.Vv)(loaded.contracts)];
        const judged = evolutionFindings(loaded.contracts, live, settings, (0,skipped/* filesWithErrors */.Li)(lint, settings.ruleLevels));
        // The base's run builds no example events (they are not part of what a finding is).
        const evolution = base && live
            ? markPreExisting(judged, evolutionFindings(baseContracts(base), live, settings, new Map(), 0))
            : judged.map((j) => j.finding);
        const raw = [...lint, ...evolution, ...(0,removed/* removedSchemas */.z)(loaded.contracts, loaded.files, live)];
        const findings = (0,triage/* triage */.NA)({
            findings: raw,
            ruleLevels: settings.ruleLevels,
            ignores: settings.ignores,
            ...(options.knownRules ? { knownRules: options.knownRules } : {}),
            today: (0,triage/* todayUtc */.O2)(options.now),
            ...(options.prLabels
                ? { approval: { label: settings.github.allowBreakingLabel, labels: options.prLabels } }
                : {}),
        });
        const plan = buildPlan(loaded.contracts, live, findings);
        if (api && live) {
            // Loaded with the client only (see apiClient): a check from a file never reads an audit log.
            const { markReverts } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(5337), __webpack_require__.e(3114), __webpack_require__.e(4376)]).then(__webpack_require__.bind(__webpack_require__, 34376));
            const ours = [settings.api.clientId, settings.api.deployClientId].filter((id) => id !== undefined && id !== '');
            await markReverts(plan, live, api, ours, settings.maxConcurrency);
        }
        locateFindings(findings, loaded.contracts);
        const report = makeReport(settings, live, loaded.files.length, loaded.contracts, (0,finding/* sortFindings */.Tc)(findings), plan, base?.source);
        return { report, contracts: loaded.contracts, live };
    }
    finally {
        if (api && api !== options.api)
            await api.close();
    }
}
/**
 * The baseline from the settings alone (a deploy, a caller without a front): a deploy's client is
 * the live registry.
 */
async function defaultBaseline(settings, options) {
    if (options.api)
        return { judge: settings.registryExport ? 'export' : 'api', notices: [], log: [], warnings: [] };
    return (0,lib_baseline.resolveBaseline)((0,lib_baseline.chooseBaseline)(settings, { front: 'cli' }), {
        front: 'cli',
        root: settings.root,
        fetch: false,
    });
}
/** The API client of this check: the caller's, or one of its own. */
async function apiClient(settings, options) {
    if (options.api)
        return options.api;
    // Loaded only here: the client (and undici) cost start-up time a check from a file never needs.
    const { clientFromSettings } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(5337), __webpack_require__.e(4511)]).then(__webpack_require__.bind(__webpack_require__, 35337));
    return clientFromSettings(settings, { ...options.client, mask: options.mask });
}
async function loadBaseline(settings, baseline, api, options) {
    switch (baseline.judge) {
        case 'export':
            return (0,lib_baseline/* readExportFile */.Lt)(settings.registryExport, { roots: [settings.root, settings.workspace] });
        case 'api':
            return (0,lib_baseline/* fetchLiveState */.O9)(api, settings.api.baseUrl, options.exportPageSize);
        case 'git':
            return baseline.sha ? gitState(settings, baseline.sha, baseline.git?.label, options) : undefined;
        case 'none':
            return undefined;
    }
}
/** The contract repo at `sha`, as a baseline; files of it that cannot serve are logged. */
async function gitState(settings, sha, label, options) {
    const { live, skipped, notes } = await (0,lib_baseline/* readGitBaseline */.eG)({
        root: settings.root,
        sha,
        ...(label ? { label } : {}),
        schemaGlobs: settings.schemaGlobs,
        filterGlobs: settings.filterGlobs,
        config: {
            ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
            ...(settings.globsGiven ? { given: settings.globsGiven } : {}),
        },
    });
    for (const note of notes)
        options.log?.(`git:${sha.slice(0, 12)}: ${note}`);
    if (skipped.length > 0) {
        const shown = skipped.slice(0, 10).join(', ');
        options.log?.(`git:${sha.slice(0, 12)}: ${skipped.length} contract file(s) not used as a baseline: ${shown}${skipped.length > 10 ? ', \u2026' : ''}`);
    }
    return live;
}
/**
 * The git base that marks pre-existing findings. The pull request's base, read only for that, may
 * fail to be read (a limit, git timing out): then a warning, and every finding counts (README). A
 * base asked for by name (`against`) that cannot be read stays an error.
 */
async function baseState(settings, baseline, options) {
    try {
        return await gitState(settings, baseline.sha, baseline.git?.label, options);
    }
    catch (err) {
        if (!(err instanceof lib_baseline/* GitBaselineError */.o && baseline.git?.automatic))
            throw err;
        options.warn?.((0,lib_baseline/* unreadBaseWarning */.Bi)(err.message));
        return undefined;
    }
}
/** The schemas of a git base as contracts, for comparing them with the live versions. */
function baseContracts(base) {
    return [...base.schemas.values()].map((s) => ({
        kind: 'schema',
        name: s.title,
        file: s.file ?? s.title,
        doc: s.doc,
        locate: () => ({ line: 1, column: 1 }),
    }));
}
/** Contracts of one run that get example events (each costs ~15 ms of ajv compilation). */
const WITNESS_CONTRACTS_PER_RUN = 10;
/**
 * Evolution of each schema that exists live, and the platform's own verdict on the update (it
 * refuses what is not additive, whatever the policy); a schema with lint errors (`invalid`, by file)
 * is skipped, and says so. Each finding comes with what it says beyond its words (its change, a
 * refusal's reasons): what tells the base's findings apart (./finding-identity.ts).
 */
function evolutionFindings(contracts, live, settings, invalid, witnesses = WITNESS_CONTRACTS_PER_RUN) {
    if (!live)
        return [];
    const out = [];
    const witnessBudget = { contracts: witnesses };
    for (const c of contracts) {
        const liveSchema = c.kind === 'schema' ? live.schemas.get(c.name) : undefined;
        if (!liveSchema)
            continue;
        const errors = invalid.get(c.file);
        if (errors) {
            out.push({ finding: (0,skipped/* skippedFinding */.Ez)(c.file, c.name, errors, liveSchema.doc.cxoneVersion) });
            continue;
        }
        const found = (0,evolution/* findingsWithChanges */.Yn)((0,evolution/* evolve */.sf)(liveSchema.doc, c.doc, { file: c.file, contract: c.name, policy: settings.policy, witnessBudget }));
        out.push(...found);
        // Under the additive policy the findings are the platform's verdict (an unchanged schema has
        // none); other policies ask the engine again, for a changed schema only.
        if (settings.policy !== 'additive' && (0,canonical/* sameContent */.C)(liveSchema.doc, c.doc))
            continue;
        const refusal = (0,platform/* platformRefusal */.SH)(c, liveSchema, found, settings.policy);
        if (refusal)
            out.push(refusal);
    }
    return out;
}
function makeReport(settings, live, files, contracts, findings, plan, base) {
    const active = findings.filter((f) => !f.suppressed);
    const count = (s) => active.filter((f) => f.severity === s).length;
    const failOn = settings.failOn;
    const existing = active.filter((f) => f.preExisting).length;
    return {
        tool: { name: 'cxone-contract', version: version/* TOOL_VERSION */.w },
        mode: 'check',
        policy: settings.policy,
        failOn,
        baseline: live?.source ?? 'none',
        ...(base !== undefined ? { base: { source: base, failOnExisting: settings.failOnExisting } } : {}),
        counts: {
            errors: count('error'),
            warnings: count('warning'),
            notices: count('notice'),
            breaking: active.filter((f) => f.breaking).length,
            files,
            schemas: contracts.filter((c) => c.kind === 'schema').length,
            filters: contracts.filter((c) => c.kind === 'filter').length,
            suppressed: findings.length - active.length,
            ...(base !== undefined ? { preExisting: existing } : {}),
        },
        plan,
        findings,
        // A pre-existing finding (already at the git base) fails only under fail-on-existing.
        failed: failOn !== 'never' && findings.some((f) => (0,finding/* canFail */.nx)(f, settings.failOnExisting) && (0,finding/* atLeast */.jZ)(f.severity, failOn)),
    };
}


/***/ }),

/***/ 44576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ removalRules),
/* harmony export */   z: () => (/* binding */ removedSchemas)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33413);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// schema-removed: against the repo at another commit (a git baseline), a schema title that commit
// holds and the working tree does not. Titles are identities on the platform, so a title change is
// a removal plus a create, never a new version; where the new schema sits in the old file, or has
// the old content under a new title, the finding says it looks renamed. A file moved with its
// title is no change at all (schemas are matched by title, not by path).


const removalRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    schemaRemoved: {
        id: 'schema-removed',
        raisedBy: () => removedSchemas,
        test: 'test/e2e/git-baseline.test.ts',
        severity: 'warning',
        summary: 'A schema of the git baseline is not in the working tree any more: removed, or its title changed.',
        doc: "Checked against the repo at another commit (`--against`, or a pull request's base commit). A schema is known " +
            'to the platform by its `title`: a file deleted from the repo leaves the schema live (the deploy never deletes; ' +
            'the nightly drift run then reports it as live only), and a changed title is a new schema beside the old one, ' +
            'not a new version of it: the consumers of the old title keep receiving the old shape. When the new schema sits ' +
            'in the old file, or has the old content under a new title, the finding says it looks renamed and points at the new title. ' +
            'A file moved or renamed with its title kept is not a change.',
        fix: 'To change the schema, keep its title and bump cxoneVersion; to ship a breaking version under a new title on purpose, keep the old file until its consumers have moved, then retire the old schema on the platform.',
    },
});
/** Fields that do not make a schema another one: a rename that also touched them is still a rename. */
const IDENTITY_ASIDE = new Set(['title', 'description', 'cxoneVersion', '$id', '$comment']);
/**
 * `files`: every contract path of the working tree, parsed or not (a file that does not parse has
 * its own findings).
 */
function removedSchemas(contracts, files, live) {
    if (!live?.repo)
        return [];
    const schemas = contracts.filter((c) => c.kind === 'schema');
    const titles = new Set(schemas.map((c) => c.name));
    const parsed = new Set(contracts.map((c) => c.file));
    const unparsed = new Set(files.filter((f) => !parsed.has(f)));
    const created = schemas.filter((c) => !live.schemas.has(c.name));
    const at = live.source.replace(/^git:/, '').slice(0, 12);
    const out = [];
    for (const [title, old] of live.schemas) {
        // Still there but unreadable: its own findings say why; whether the title changed is unknown.
        if (titles.has(title) || (old.file !== undefined && unparsed.has(old.file)))
            continue;
        const renamed = created.find((c) => c.file === old.file) ?? created.find((c) => (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sameContent */ .C)(c.doc, old.doc, IDENTITY_ASIDE));
        if (renamed) {
            const how = renamed.file === old.file ? 'in the same file' : `with the same content, now in ${renamed.file}`;
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(removalRules.schemaRemoved, {
                file: renamed.file,
                pointer: '/title',
                contract: title,
                message: `title "${title}" (at ${at}) looks renamed to "${renamed.name}" (${how}): a new title is a new schema on the platform, ` +
                    `not a new version of "${title}", which stays live with its consumers; keep the title to evolve the schema`,
            }));
        }
        else {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(removalRules.schemaRemoved, {
                file: old.file ?? title,
                line: 1,
                column: 1,
                contract: title,
                message: `schema "${title}" (${old.file ?? 'a file'} at ${at}) is no longer in the repo: the deploy does not delete it, it stays live and unguarded`,
            }));
        }
    }
    return out;
}


/***/ }),

/***/ 19828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ skippedFinding),
/* harmony export */   Li: () => (/* binding */ filesWithErrors),
/* harmony export */   MM: () => (/* binding */ checkRules)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// evolution-skipped: a schema whose lint has errors is not compared with its live version. The
// evolution of an invalid schema says nothing a user can act on, and an "unanalysable" breaking
// change of it would invite approving a change that was never understood.

const checkRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    evolutionSkipped: {
        id: 'evolution-skipped',
        raisedBy: () => skippedFinding,
        test: 'test/modes/check-lint-gaps.test.ts',
        severity: 'warning',
        summary: 'A schema with lint errors is not compared with its live version.',
        doc: 'The compatibility check compares the repo schema with the live one only when the schema itself is valid. ' +
            'A schema with lint errors (not well-formed, a `$ref` that does not resolve, an unsupported type) would be read ' +
            'as something it does not say, and its changes - often reported as unanalysable - could be approved without ' +
            'ever being understood. The lint errors fail the run on their own; this finding says that the evolution ' +
            'verdict and the version rules are still to come. An invalid example alone does not stop the comparison: the ' +
            'schema itself is sound.',
        fix: 'Fix the lint errors of the file; the next check compares it with the live version.',
    },
});
/** Lint errors about what a schema holds beside its definition, not about the schema: its evolution is still sound. */
const NOT_ABOUT_THE_SCHEMA = new Set(['example-invalid']);
/**
 * Files with a lint error at its effective level (the config may raise, lower or turn off a rule).
 * A stale example does not count: the schema is valid, and its verdict is wanted in the same run.
 */
function filesWithErrors(lint, ruleLevels) {
    const out = new Map();
    for (const f of lint) {
        if ((ruleLevels[f.rule] ?? f.severity) !== 'error' || NOT_ABOUT_THE_SCHEMA.has(f.rule))
            continue;
        const list = out.get(f.file);
        if (list)
            list.push(f);
        else
            out.set(f.file, [f]);
    }
    return out;
}
function skippedFinding(file, contract, errors, liveVersion) {
    const rules = [...new Set(errors.map((e) => e.rule))].slice(0, 5).join(', ');
    const live = typeof liveVersion === 'string' ? ` ${liveVersion}` : '';
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(checkRules.evolutionSkipped, {
        file,
        contract,
        pointer: '',
        message: `not compared with the live version${live}: the schema has ${errors.length} lint error${errors.length === 1 ? '' : 's'} (${rules}); fix ${errors.length === 1 ? 'it' : 'them'} first`,
    });
}


/***/ }),

/***/ 35114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q7: () => (/* binding */ PLATFORM_DECIDES),
  Td: () => (/* binding */ planRules),
  SH: () => (/* binding */ platformRefusal)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/evolution/index.js + 1 modules
var evolution = __webpack_require__(8011);
;// CONCATENATED MODULE: ./lib/evolution/platform-rule.js
// The platform's own rule for a schema update (cxone-api.md): it accepts only an additive
// evolution of the stored version (400 otherwise), whatever policy or approval the repo uses. The
// emulator answers its 400 from this; a deploy checks it before its first write, so an update the
// platform would refuse stops the run before anything is written, not half-way.

/** The error-level findings (with their changes) that make the platform refuse `next` as an update of `live`. */
function notAdditive(live, next, at) {
    return (0,evolution/* findingsWithChanges */.Yn)((0,evolution/* evolve */.sf)(live, next, { ...at, policy: 'additive', witnessBudget: { contracts: 0 } })).filter((j) => j.finding.severity === 'error');
}

;// CONCATENATED MODULE: ./lib/plan/platform.js
// platform-refuses-update: the platform accepts a schema update only when it is an additive
// evolution of the stored version with a higher cxoneVersion (docs/cxone-api.md), whatever policy,
// ignore or approval label the repo uses. The check says so, so that its verdict is the deploy's:
// an update the platform will refuse is `blocked` in the plan and fails the PR, never the merge.


const planRules = (0,rule/* defineRules */.x)({
    platformRefusesUpdate: {
        id: 'platform-refuses-update',
        raisedBy: () => platformRefusal,
        test: 'test/e2e/git-baseline-pre-existing.test.ts',
        severity: 'error',
        summary: 'The platform will refuse this schema update: it is not an additive evolution of the live version.',
        doc: 'The platform stores a new version of a schema only when it is an additive evolution of the stored one, with a higher ' +
            '`cxoneVersion`; it answers anything else with 400. That holds whatever the repo decides: a looser ' +
            '`policy`, an `ignores:` entry or the approval label mark a breaking change as intended, but cannot make the ' +
            'platform take it. The check therefore blocks the update in its plan and fails, instead of letting the merge ' +
            'deploy stop on it. This rule cannot be turned off, ignored or approved.',
        fix: 'Keep the change additive (add optional properties, widen, bump cxoneVersion), or ship the breaking version as a new ' +
            'schema under a new `title` (e.g. OrderV2), move the consumers to it, then retire the old one.',
    },
});
/** Rules no config may turn off, ignore or approve: the platform decides them, not the repo. */
const PLATFORM_DECIDES = new Set([planRules.platformRefusesUpdate.id]);
/**
 * The refusal when the platform would refuse `c` as an update of `live`. `evolution` are the
 * findings the check already computed for this pair: under the additive policy they are the
 * platform's own verdict, so the engine is not run twice.
 */
function platformRefusal(c, live, evolution, policy) {
    const reasons = policy === 'additive'
        ? evolution.filter((j) => j.finding.severity === 'error')
        : notAdditive(live.doc, c.doc, { file: c.file, contract: c.name });
    if (reasons.length === 0)
        return undefined;
    const problems = reasons.map((j) => j.finding);
    const listed = problems.slice(0, 5).map((f) => `${f.rule} at ${f.pointer || '/'}`);
    const more = problems.length > listed.length ? ` and ${problems.length - listed.length} more` : '';
    const liveVersion = typeof live.doc.cxoneVersion === 'string' ? ` ${live.doc.cxoneVersion}` : '';
    const refused = (0,rule/* finding */.g)(planRules.platformRefusesUpdate, {
        file: c.file,
        contract: c.name,
        pointer: '/title',
        message: `the platform will refuse this update of the live version${liveVersion} (it answers 400), whatever the policy or approval: ` +
            `${listed.join(', ')}${more}. To ship a breaking version, publish it under a new title (e.g. "${c.name}V2"), move the consumers, then retire "${c.name}"`,
    });
    return { finding: refused, reasons };
}


/***/ }),

/***/ 16498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ triage),
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   eO: () => (/* binding */ triageRules)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7849);
/* harmony import */ var _lint_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3029);
/* harmony import */ var _plan_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35114);
// Triage: apply the config's per-rule levels and ignores to the raw findings, approve breaking
// changes when the pull request carries the approval label, and report the config's own problems
// (expired or unused ignores) as findings at the config file's line. Approval only suppresses the
// breaking change itself: the version rules (a major bump is needed) keep failing on their own.




const triageRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRules */ .x)({
    ignoreExpired: {
        id: 'ignore-expired',
        raisedBy: () => triage,
        test: 'test/triage/triage.test.ts',
        severity: 'error',
        summary: 'An ignore in the config file is past its expiry date.',
        doc: 'Ignores are promises to fix something later. Past its `expires` date an ignore no longer suppresses anything, and the stale entry itself fails the run so the promise is looked at again.',
        fix: 'Fix the finding it suppressed and delete the ignore, or move `expires` to a new date with a new reason.',
    },
    ignoreUnused: {
        id: 'ignore-unused',
        raisedBy: () => triage,
        test: 'test/triage/triage.test.ts',
        severity: 'notice',
        summary: 'An ignore in the config file matched no finding.',
        doc: 'An ignore that matches nothing is dead configuration: the problem it covered is gone, or the rule, contract or pointer is misspelled and the finding it meant to accept is still reported.',
        fix: 'Delete the ignore, or correct its rule, contract or pointer.',
    },
});
function triage(input) {
    const known = input.knownRules;
    for (const id of [...Object.keys(input.ruleLevels), ...input.ignores.map((i) => i.rule)]) {
        if (known && !known.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`config: unknown rule id "${id}"${(0,_lint_suggest_js__WEBPACK_IMPORTED_MODULE_3__.didYouMean)(id, [...known])} (the rule list is in docs/rules.md)`);
        if (_plan_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_DECIDES */ .Q7.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`config: ${id} cannot be turned off or ignored: the platform refuses such an update whatever the config (docs/rules.md#${id} says how a breaking version ships)`);
    }
    const out = [];
    const used = new Set();
    const active = input.ignores.filter((ig) => ig.expires === undefined || ig.expires >= input.today);
    const label = input.approval && input.approval.labels.includes(input.approval.label) ? input.approval.label : undefined;
    for (const raw of input.findings) {
        const level = input.ruleLevels[raw.rule];
        if (level === 'off')
            continue;
        const f = level ? { ...raw, severity: level } : raw;
        const ignore = active.find((ig) => matches(ig, f));
        if (ignore) {
            used.add(ignore);
            out.push({ ...f, suppressed: { reason: ignore.reason, by: 'config' } });
        }
        else if (label !== undefined && f.breaking) {
            out.push({ ...f, suppressed: { reason: `approved by the pull request label "${label}"`, by: 'label' } });
        }
        else
            out.push(f);
    }
    for (const ig of input.ignores) {
        const where = { file: ig.file, line: ig.line, column: 1, pointer: '', contract: ig.contract };
        if (ig.expires !== undefined && ig.expires < input.today) {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(triageRules.ignoreExpired, {
                ...where,
                message: `ignore of ${ig.rule} for "${ig.contract}" expired on ${ig.expires} (reason was: ${ig.reason})`,
            }));
        }
        else if (!used.has(ig)) {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(triageRules.ignoreUnused, {
                ...where,
                message: `ignore of ${ig.rule} for "${ig.contract}"${ig.pointer ? ` at ${ig.pointer}` : ''} matched no finding`,
            }));
        }
    }
    return out;
}
/** An ignore matches its rule in its contract, at its pointer or anywhere below it. */
function matches(ig, f) {
    if (ig.rule !== f.rule || ig.contract !== f.contract)
        return false;
    if (ig.pointer === undefined || ig.pointer === '')
        return true;
    return f.pointer === ig.pointer || f.pointer.startsWith(ig.pointer + '/');
}
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}


/***/ })

};
;