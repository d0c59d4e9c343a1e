export const id = 329;
export const ids = [329];
export const modules = {

/***/ 8539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ PULL_REQUEST_EVENTS),
/* harmony export */   u: () => (/* binding */ deployRefusal)
/* harmony export */ });
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


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/safe-write.js
var safe_write = __webpack_require__(9764);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
// EXTERNAL MODULE: ./lib/baseline/types.js
var types = __webpack_require__(86866);
// EXTERNAL MODULE: ./lib/modes/check.js + 5 modules
var modes_check = __webpack_require__(52398);
// EXTERNAL MODULE: ./lib/modes/deploy/gate.js
var gate = __webpack_require__(8539);
// EXTERNAL MODULE: ./lib/baseline/index.js + 8 modules
var baseline = __webpack_require__(25540);
;// CONCATENATED MODULE: ./lib/modes/deploy/breaker.js
// The deploy's circuit breaker: when writes keep failing the same way (every write refused with
// 403 because the write scope is missing, or the platform answering 5xx past the client's retry
// budget), the rest of the run would only repeat it, item after item, on a large tenant for
// minutes. After BREAKER_THRESHOLD consecutive write failures of one kind the deploy stops
// starting items; those left are `not-attempted`, and a re-run converges as usual.
/** Consecutive write failures of one kind that stop the deploy. */
const BREAKER_THRESHOLD = 3;
class Breaker {
    threshold;
    run = 0;
    kind;
    last;
    /** Why the deploy stopped starting items, once it has. */
    cause;
    constructor(threshold = BREAKER_THRESHOLD) {
        this.threshold = threshold;
    }
    get open() {
        return this.cause !== undefined;
    }
    /**
     * Record a finished operation. Only writes count: a write that failed with a counted kind adds
     * to the run of that kind; any other write (landed, conflict, refused otherwise) ends the run; an
     * operation that sent no write (unchanged, a read, an activation poll, a validation) changes nothing.
     */
    record(op) {
        if (this.open || op.attempts === 0 || op.operation === 'activate')
            return;
        const kind = failureKind(op);
        if (kind === undefined) {
            this.run = 0;
            return;
        }
        this.run = kind === this.kind ? this.run + 1 : 1;
        this.kind = kind;
        this.last = op;
        if (this.run >= this.threshold)
            this.cause = describe(kind, this.run, this.last);
    }
}
/**
 * The kind of a failed write: a refusal of the credentials (401/403) or the platform failing (5xx,
 * unknown outcomes).
 */
function failureKind(op) {
    if (op.outcome !== 'failed')
        return undefined;
    if (op.status === 401 || op.status === 403)
        return 'refused';
    if ((op.status !== undefined && op.status >= 500) || (op.unknownOutcomes ?? 0) > 0)
        return 'platform';
    return undefined;
}
function describe(kind, n, last) {
    const detail = last.error ? `: ${last.error}` : '';
    return kind === 'refused'
        ? `${n} writes in a row were refused with ${last.status}${detail}`
        : `${n} writes in a row failed on the platform's side (5xx or no answer, past the retries)${detail}`;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/cxone/errors.js
var cxone_errors = __webpack_require__(54);
;// CONCATENATED MODULE: ./lib/modes/deploy/ops.js
// What every deploy step shares: the run's context, the operation record under construction, and
// small helpers over platform documents and errors.


/** Start an operation: its timestamp now, its latency measured when it is finished. */
function begin(ctx) {
    const timestamp = ctx.now().toISOString();
    const start = external_node_perf_hooks_.performance.now();
    return (fields) => ({ timestamp, ...fields, latencyMs: Math.round(external_node_perf_hooks_.performance.now() - start) });
}
/** Write requests of one operation, as the client counted them. */
class Tally {
    sent = 0;
    unknown = 0;
    add(c) {
        this.sent += c.sent;
        this.unknown += c.unknown;
    }
    /** The audit fields: `attempts`, and `unknownOutcomes` when there were any. */
    fields() {
        return { attempts: this.sent, ...(this.unknown > 0 ? { unknownOutcomes: this.unknown } : {}) };
    }
}
/** A failed write, with the write requests sent before it failed. */
class WriteFailure extends Error {
    cause;
    tally;
    constructor(cause, tally) {
        super(messageOf(cause));
        this.cause = cause;
        this.tally = tally;
    }
}

function idOf(e) {
    return typeof e.id === 'string' || typeof e.id === 'number' ? String(e.id) : undefined;
}
function versionOf(doc) {
    return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}
function strOr(v) {
    return typeof v === 'string' ? v : undefined;
}
function statusIn(e) {
    if (typeof e.status !== 'string')
        return undefined;
    return { status: e.status, ...(typeof e.message === 'string' ? { message: e.message } : {}) };
}
function isStatus(err, status) {
    return err instanceof cxone_errors/* ApiError */.hD && err.status === status;
}
/** The write's outcome is unknown (reset, timeout, 5xx, or 429 after every retry): re-read to decide. */
function isUnknownOutcome(err) {
    return err instanceof cxone_errors/* ApiError */.hD && err.retryable;
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
/** The audit fields of a failure: error message and status, and the writes sent before it. */
function failureFields(err) {
    if (err instanceof WriteFailure)
        return { ...failureFields(err.cause), ...err.tally.fields() };
    // Not a write that failed (a read, or a local problem): no write request was sent.
    return {
        error: messageOf(err),
        ...(err instanceof cxone_errors/* ApiError */.hD && err.status !== undefined ? { status: err.status } : {}),
        attempts: 0,
    };
}
/** The defined members of `o` only (exactOptionalPropertyTypes-friendly). */
function opt(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __webpack_require__(16599);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
// EXTERNAL MODULE: ./lib/core/changed-pointers.js
var changed_pointers = __webpack_require__(6258);
// EXTERNAL MODULE: ./lib/core/pointer.js
var pointer = __webpack_require__(20698);
;// CONCATENATED MODULE: ./lib/modes/deploy/merge.js
// The three-way merge a deploy does when the live state moved since the check
// (docs/architecture.md, "Choices not to undo"): base = the live version the plan was made
// against, theirs = the live version now, ours = the repo. What only theirs changed is kept; what
// only ours changed is taken; where both changed the same node differently, that node is a
// conflict and nothing is written. Objects merge key by key; arrays and scalars are atomic.
// `cxoneVersion` has its own rule: ours must stay above theirs.





const ABSENT = Symbol('absent');
function threeWayMerge(base, theirs, ours) {
    const kept = [];
    const conflicts = [];
    const merged = mergeValue(base, theirs, ours, '', kept, conflicts);
    return { merged, kept, conflicts };
}
function mergeValue(b, t, o, ptr, kept, conflicts) {
    if (same(t, o))
        return t;
    if (same(o, b)) {
        if (b === ABSENT || t === ABSENT)
            kept.push(ptr || '/');
        else
            (0,changed_pointers/* changedPointers */.z)(b, t, ptr, kept);
        return t;
    }
    if (same(t, b))
        return o;
    if (ptr === '/cxoneVersion')
        return mergeVersion(t, o, ptr, conflicts);
    if (isObject(t) && isObject(o) && (b === ABSENT || isObject(b))) {
        const out = {};
        const base = isObject(b) ? b : {};
        for (const key of new Set([...Object.keys(base), ...Object.keys(t), ...Object.keys(o)])) {
            const v = mergeValue(at(base, key), at(t, key), at(o, key), `${ptr}/${(0,pointer/* escapeToken */.tj)(key)}`, kept, conflicts);
            if (v !== ABSENT)
                out[key] = v;
        }
        return out;
    }
    conflicts.push(ptr || '/');
    return o;
}
/** Both sides moved the version: ours must stay above theirs, or the live history would go backwards. */
function mergeVersion(t, o, ptr, conflicts) {
    const theirs = typeof t === 'string' ? valid(t) : null;
    const ours = typeof o === 'string' ? valid(o) : null;
    if (theirs && ours && gt(ours, theirs))
        return o;
    conflicts.push(ptr);
    return o;
}
function at(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : ABSENT;
}
function same(a, b) {
    if (a === ABSENT || b === ABSENT)
        return a === b;
    return (0,canonical/* sameContent */.C)(a, b);
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./lib/modes/deploy/types.js
// The deploy's vocabulary: what it is given (the live state as planned against) and what it
// reports (one operation per write, activation or group assignment).

/** Bounded writes of one item: after a stale ETag (412/409) or an unknown outcome, re-read and decide again. */
const MAX_WRITE_ATTEMPTS = 3;

;// CONCATENATED MODULE: ./lib/modes/deploy/update.js
// The update protocol shared by schemas and filters: GET fresh -> unchanged | conflict | PUT with
// If-Match. A 412/409 re-reads and decides again; so does a write whose outcome is unknown (reset,
// timeout, 5xx): if the live entity now holds what we sent, our write landed. At most
// MAX_WRITE_ATTEMPTS write calls per item.





async function updateEntity(done, spec) {
    const head = { operation: 'update', kind: spec.kind, name: spec.name };
    let fresh = await spec.get();
    const versionBefore = versionOf(fresh.body);
    const etagBefore = fresh.etag;
    const versionAfter = versionOf(spec.ours);
    const tally = new Tally();
    let calls = 0;
    let status;
    let sent;
    const validated = [];
    for (;;) {
        const theirs = spec.content(fresh.body);
        const common = () => ({ ...head, ...opt({ versionBefore, etagBefore, status }), ...tally.fields() });
        const after = () => opt({ versionAfter: versionOf(theirs), etagAfter: fresh.etag });
        // A write whose answer was lost (or refused as stale on its retry) may have landed: the live
        // entity holding exactly what we sent says it did.
        if (sent && tally.unknown > 0 && (0,canonical/* sameContent */.C)(theirs, sent)) {
            return { op: done({ ...common(), ...after(), outcome: 'applied' }), fresh };
        }
        if ((0,canonical/* sameContent */.C)(theirs, spec.ours))
            return { op: done({ ...common(), ...after(), outcome: 'unchanged' }), fresh };
        // The live state moved since the plan: three-way merge (base = planned against, theirs = live
        // now, ours = repo). Their changes to nodes we did not touch are kept; a node both changed is
        // a conflict, and so is a merge that is not a compatible evolution of theirs.
        let doc = spec.ours;
        let keptLive;
        if (!(0,canonical/* sameContent */.C)(theirs, spec.base)) {
            const m = threeWayMerge(spec.base, theirs, spec.ours);
            const problems = m.conflicts.length > 0
                ? [`both the live ${spec.kind} and the repo changed ${m.conflicts.join(', ')}`]
                : (spec.checkMerged?.(theirs, m.merged) ?? []);
            if (problems.length > 0) {
                const error = `the live ${spec.kind} changed since the plan (out-of-band${versionOf(theirs) ? `, now cxoneVersion ${versionOf(theirs)}` : ''}) and cannot be merged: ${problems.join('; ')}; nothing was written — take the live change into the repo and re-run`;
                return { op: done({ ...common(), ...after(), outcome: 'conflict', error }), fresh };
            }
            doc = m.merged;
            keptLive = m.kept;
            // The repo changes nothing the live edit did not already hold: writing it back would make a
            // new revision with the same content (a filter's activation restarts, drift blames us).
            if ((0,canonical/* sameContent */.C)(doc, theirs))
                return { op: done({ ...common(), ...after(), outcome: 'unchanged', keptLive }), fresh };
        }
        if (!fresh.etag)
            throw new WriteFailure(new Error(`GET of the live ${spec.kind} returned no ETag, so it cannot be updated safely with If-Match`), tally);
        if (calls >= MAX_WRITE_ATTEMPTS) {
            if (tally.unknown > 0) {
                const error = `${tally.unknown} write(s) had an unknown outcome and the live ${spec.kind} still does not hold the repo's content; nothing else was written — re-run the deploy`;
                return { op: done({ ...common(), outcome: 'failed', error }), fresh };
            }
            const error = `the ETag kept changing (${calls} writes refused with ${status ?? 'a conflict'}) while the content stayed the same; nothing was written — re-run the deploy`;
            return { op: done({ ...common(), outcome: 'conflict', error }), fresh };
        }
        if (spec.beforeWrite && !validated.some((v) => (0,canonical/* sameContent */.C)(v, doc))) {
            validated.push(doc);
            const problem = await spec.beforeWrite(doc);
            if (problem !== undefined)
                return { op: done({ ...common(), ...opt({ versionAfter }), outcome: 'failed', error: problem }), fresh };
        }
        calls++;
        sent = doc;
        try {
            const res = await spec.put(fresh.etag, doc);
            tally.add(res);
            fresh = res;
            return {
                op: done({
                    ...head,
                    ...opt({
                        versionBefore,
                        etagBefore,
                        versionAfter: versionOf(res.body) ?? versionAfter,
                        etagAfter: res.etag,
                        keptLive,
                    }),
                    status: res.status,
                    ...tally.fields(),
                    outcome: 'applied',
                }),
                fresh,
            };
        }
        catch (err) {
            if (err instanceof cxone_errors/* ApiError */.hD)
                tally.add(err);
            if (!isStatus(err, 412) && !isStatus(err, 409) && !isUnknownOutcome(err))
                throw new WriteFailure(err, tally);
            status = err.status;
            fresh = await spec.get();
        }
    }
}

;// CONCATENATED MODULE: ./lib/modes/deploy/filters.js
// Deploying one filter: the platform's validate endpoint, create or update (If-Match protocol),
// then poll its status until ACTIVE (or FAILED, or activation-timeout).






async function deployFilter(ctx, c, base) {
    const ours = (0,types/* filterContent */.MV)(c.doc);
    const done = begin(ctx);
    const head = { kind: 'filter', name: c.name };
    const validate = async (doc) => {
        const v = await ctx.client.validateFilter(doc);
        return v.valid ? undefined : `the platform's validation refused the filter: ${v.message ?? 'no message'}`;
    };
    try {
        if (!base) {
            const problem = await validate(ours);
            if (problem !== undefined)
                return {
                    ops: [done({ operation: 'create', ...head, attempts: 0, outcome: 'failed', error: problem })],
                    ok: false,
                };
            const tally = new Tally();
            let res;
            try {
                res = await ctx.client.createFilter(ours);
                tally.add(res);
            }
            catch (err) {
                if (err instanceof cxone_errors/* ApiError */.hD)
                    tally.add(err);
                if (!isStatus(err, 409))
                    throw new WriteFailure(err, tally);
                // Created since the plan (an earlier run, a POST of ours whose answer was lost, or someone else).
                const hit = (await ctx.client.listFilters()).find((e) => e.name === c.name);
                if (hit && idOf(hit) !== undefined && (0,canonical/* sameContent */.C)((0,types/* filterContent */.MV)(hit), ours)) {
                    const outcome = tally.unknown > 0 ? 'applied' : 'unchanged';
                    const op = done({
                        operation: 'create',
                        ...head,
                        ...opt({ etagAfter: strOr(hit.etag) }),
                        status: 409,
                        ...tally.fields(),
                        outcome,
                    });
                    return afterWrite(ctx, c.name, idOf(hit), [op], statusIn(hit));
                }
                const op = done({
                    operation: 'create',
                    ...head,
                    status: 409,
                    ...tally.fields(),
                    outcome: 'conflict',
                    error: `${messageOf(err)} — a filter with this name exists with other content; nothing was written`,
                });
                return { ops: [op], ok: false };
            }
            const id = idOf(res.body);
            const op = done({
                operation: 'create',
                ...head,
                ...opt({ etagAfter: res.etag }),
                status: res.status,
                ...tally.fields(),
                outcome: 'applied',
            });
            if (id === undefined)
                return { ops: [{ ...op, outcome: 'failed', error: 'the create answer carries no filter id' }], ok: false };
            return afterWrite(ctx, c.name, id, [op], res.status === 200 ? statusIn(res.body) : undefined);
        }
        if (base.id === undefined)
            throw new Error(`the live filter "${c.name}" has no id to update`);
        const id = base.id;
        const { op, fresh } = await updateEntity(done, {
            ...head,
            base: base.doc,
            ours,
            content: types/* filterContent */.MV,
            get: () => ctx.client.getFilter(id),
            put: (etag, doc) => ctx.client.updateFilter(id, doc, etag),
            // Every document about to be written, a three-way merge included, goes through validation.
            beforeWrite: validate,
        });
        if (op.outcome === 'applied')
            return afterWrite(ctx, c.name, id, [op]);
        // Unchanged content: still make sure it is active (an earlier run may have stopped before it was).
        if (op.outcome === 'unchanged')
            return afterWrite(ctx, c.name, id, [op], statusIn(fresh.body) ?? { status: 'UNKNOWN' }, true);
        return { ops: [op], ok: false };
    }
    catch (err) {
        const op = done({ operation: base ? 'update' : 'create', ...head, outcome: 'failed', ...failureFields(err) });
        return { ops: [op], ok: false };
    }
}
/**
 * A filter the plan found unchanged: no request for its content (the live list the plan read is
 * its state), only a wait for ACTIVE when it is not (an earlier run may have stopped before).
 */
async function keepFilter(ctx, c, base) {
    const op = begin(ctx)({
        operation: 'update',
        kind: 'filter',
        name: c.name,
        ...opt({ etagBefore: base.etag }),
        attempts: 0,
        outcome: 'unchanged',
    });
    if (base.id === undefined)
        return { ops: [{ ...op, outcome: 'failed', error: `the live filter "${c.name}" has no id` }], ok: false };
    return afterWrite(ctx, c.name, base.id, [op], { status: base.status ?? 'UNKNOWN', ...opt({ message: base.message }) }, true);
}
/** After a filter write (or on an unchanged filter): wait for ACTIVE, unless it is already. */
async function afterWrite(ctx, name, id, ops, known, quietWhenActive = false) {
    if (quietWhenActive && known?.status === 'ACTIVE')
        return { ops, id, ok: true };
    const activation = await activate(ctx, name, id, known?.status === 'UNKNOWN' ? undefined : known);
    return { ops: [...ops, activation], id, ok: activation.outcome === 'applied' };
}
async function activate(ctx, name, id, known) {
    const done = begin(ctx);
    const head = { operation: 'activate', kind: 'filter', name };
    const deadline = external_node_perf_hooks_.performance.now() + ctx.activationTimeoutMs;
    let polls = 0;
    try {
        let st = known ?? (polls++, await ctx.client.filterStatus(id));
        for (;;) {
            if (st.status === 'ACTIVE')
                return done({ ...head, attempts: polls, outcome: 'applied' });
            if (st.status === 'FAILED')
                return done({
                    ...head,
                    attempts: polls,
                    outcome: 'failed',
                    error: `activation FAILED: ${st.message ?? 'the platform gave no message'}`,
                });
            if (external_node_perf_hooks_.performance.now() >= deadline) {
                return done({
                    ...head,
                    attempts: polls,
                    outcome: 'failed',
                    error: `not ACTIVE after ${ctx.activationTimeoutMs / 1000} s (status ${st.status}) — raise activation-timeout or look at the filter in the platform`,
                });
            }
            await ctx.sleep(ctx.pollIntervalMs);
            polls++;
            st = await ctx.client.filterStatus(id);
        }
    }
    catch (err) {
        return done({ ...head, ...failureFields(err), attempts: polls, outcome: 'failed' });
    }
}

// EXTERNAL MODULE: ./lib/core/target-group.js
var target_group = __webpack_require__(75780);
;// CONCATENATED MODULE: ./lib/modes/deploy/groups.js
// Group membership: after the filters are in place, each target group gets the repo's filters that
// are not in it yet, and a filter the repo moved to another group leaves its old one. The platform
// replaces a group's whole list on every write, with no If-Match; so the list is read (every page)
// right before each write, and a write whose outcome is unknown is never repeated blindly: the
// membership is read again, and only what is still missing is written.




/** target_group_id -> what to change in it, for the repo's filters that are in place. */
function groupChanges(filters, results, live) {
    const groups = new Map();
    const change = (group) => {
        const g = groups.get(group) ?? { add: [], remove: [] };
        groups.set(group, g);
        return g;
    };
    filters.forEach((c, i) => {
        const group = (0,target_group/* groupOf */.F)(c.doc);
        const r = results[i];
        if (group === undefined)
            return;
        const g = change(group);
        if (!r.ok)
            return;
        if (r.id !== undefined)
            g.add.push(r.id);
        const before = (0,target_group/* groupOf */.F)(live.get(c.name)?.doc ?? {});
        if (r.id !== undefined && before !== undefined && before !== group)
            change(before).remove.push(r.id);
    });
    return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
async function assignGroup(ctx, group, change) {
    const done = begin(ctx);
    const head = { operation: 'assign-group', kind: 'group', name: group };
    const tally = new Tally();
    for (let calls = 0;; calls++) {
        const current = await ctx.client.groupFilters(group);
        const wanted = desired(current, change);
        if (sameList(current, wanted)) {
            // An earlier write of ours whose answer was lost did land.
            return done({ ...head, ...tally.fields(), outcome: tally.unknown > 0 ? 'applied' : 'unchanged' });
        }
        if (calls >= MAX_WRITE_ATTEMPTS) {
            return done({
                ...head,
                ...tally.fields(),
                outcome: 'failed',
                error: `${tally.unknown} write(s) of the membership had an unknown outcome and it is still not as wanted — re-run the deploy`,
            });
        }
        try {
            tally.add(await ctx.client.setGroupFilters(group, wanted));
            return done({ ...head, ...tally.fields(), outcome: 'applied' });
        }
        catch (err) {
            if (err instanceof cxone_errors/* ApiError */.hD)
                tally.add(err);
            if (!isUnknownOutcome(err))
                throw new WriteFailure(err, tally);
        }
    }
}
/** The current list, minus the filters that moved away, plus ours that are missing (order kept). */
function desired(current, change) {
    const drop = new Set(change.remove);
    const kept = current.filter((id) => !drop.has(id));
    const have = new Set(kept);
    return [...kept, ...[...new Set(change.add)].filter((id) => !have.has(id))];
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

// EXTERNAL MODULE: ./lib/evolution/index.js + 1 modules
var evolution = __webpack_require__(8011);
// EXTERNAL MODULE: ./lib/lint/index.js + 27 modules
var lint = __webpack_require__(53035);
;// CONCATENATED MODULE: ./lib/modes/deploy/schemas.js
// Deploying one schema: create (the client looks the title up after an unknown outcome, so a
// retried POST never duplicates) or update through the If-Match protocol.







/** A schema the plan found unchanged: nothing to send, not even a read. */
function keepSchema(ctx, c, base) {
    const version = versionOf(base.doc);
    return begin(ctx)({
        operation: 'update',
        kind: 'schema',
        name: c.name,
        ...opt({ versionBefore: version, versionAfter: version, etagBefore: base.etag }),
        attempts: 0,
        outcome: 'unchanged',
    });
}
async function deploySchema(ctx, c, base) {
    const ours = (0,types/* stripFields */.q8)(c.doc, types/* SCHEMA_PLATFORM_FIELDS */.s5);
    const done = begin(ctx);
    const id = { kind: 'schema', name: c.name };
    const versionAfter = versionOf(ours);
    if (!base) {
        const tally = new Tally();
        try {
            const res = await ctx.client.createSchema(ours);
            tally.add(res);
            return done({
                operation: 'create',
                ...id,
                ...opt({ versionAfter: versionOf(res.body) ?? versionAfter, etagAfter: res.etag }),
                status: res.status,
                ...tally.fields(),
                outcome: 'applied',
            });
        }
        catch (err) {
            if (err instanceof cxone_errors/* ApiError */.hD)
                tally.add(err);
            if (!isStatus(err, 409))
                throw new WriteFailure(err, tally);
            // Created since the plan (by an earlier, interrupted run, by a POST of ours whose answer was
            // lost, or by someone else): ours only if the content is.
            const hit = (await ctx.client.exportSchemas()).find((e) => e.title === c.name);
            if (hit && (0,canonical/* sameContent */.C)((0,types/* stripFields */.q8)(hit, types/* SCHEMA_PLATFORM_FIELDS */.s5), ours)) {
                const outcome = tally.unknown > 0 ? 'applied' : 'unchanged';
                return done({
                    operation: 'create',
                    ...id,
                    ...opt({ versionBefore: versionOf(hit), versionAfter, etagAfter: strOr(hit.etag) }),
                    status: 409,
                    ...tally.fields(),
                    outcome,
                });
            }
            return done({
                operation: 'create',
                ...id,
                ...opt({ versionAfter }),
                status: 409,
                ...tally.fields(),
                outcome: 'conflict',
                error: `${messageOf(err)} — a schema with this title exists with other content; nothing was written`,
            });
        }
    }
    if (base.id === undefined)
        throw new Error(`the live schema "${c.name}" has no id to update`);
    const schemaId = base.id;
    const { op } = await updateEntity(done, {
        ...id,
        base: base.doc,
        ours,
        content: (doc) => (0,types/* stripFields */.q8)(doc, types/* SCHEMA_PLATFORM_FIELDS */.s5),
        // What is live now is judged against the merge below: its regexes may be new to this run.
        get: async () => {
            const fetched = await ctx.client.getSchema(schemaId);
            await (0,lint/* prepareJudging */.A3)([fetched.body]);
            return fetched;
        },
        put: (etag, doc) => ctx.client.updateSchema(schemaId, doc, etag),
        // A merged schema must still be a compatible evolution of what is live now (and bump above it).
        checkMerged: (theirs, merged) => (0,evolution/* evolve */.sf)(theirs, merged, { file: c.file, contract: c.name, policy: ctx.policy })
            .findings.filter((f) => f.severity === 'error')
            .map((f) => `${f.rule}: ${f.message}`),
    });
    return op;
}

;// CONCATENATED MODULE: ./lib/modes/deploy/index.js
// The deploy apply step: turn the repo into the live state, safely and with a record of every
// operation. Schemas first (./schemas.ts), then filters (./filters.ts: validate, create or update,
// poll until ACTIVE), then the filter groups' membership (./groups.ts). Bounded concurrency
// (settings.maxConcurrency).
//
// A deploy never overwrites what it has not seen: every update GETs the fresh entity and its ETag
// and writes with If-Match (./update.ts). A live change since the plan is three-way merged where
// the two sides touched different nodes (./merge.ts); otherwise it is a `conflict` and nothing is
// written.
//
// Idempotent: "unchanged" is decided by content (platform fields ignored), so a re-run after any
// partial deploy only writes what is still missing, and a run with nothing to do writes nothing.








/**
 * The live schemas and filters, keyed by title and name, as applyDeploy expects them. Schemas the
 * check already fetched (its baseline) are taken as they are: the deploy's base is what was checked.
 */
function readDeployLive(client, checked) {
    return (0,baseline/* readLiveTenant */.rc)(client, checked ? { schemas: checked } : {});
}
async function applyDeploy(contracts, live, options) {
    const ctx = {
        client: options.client,
        now: options.now ?? (() => new Date()),
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        pollIntervalMs: options.pollIntervalMs ?? 1000,
        activationTimeoutMs: options.settings.activationTimeoutSeconds * 1000,
        policy: options.settings.policy,
    };
    const limit = options.settings.maxConcurrency;
    const schemas = contracts.filter((c) => c.kind === 'schema');
    const filters = contracts.filter((c) => c.kind === 'filter');
    const breaker = new Breaker();
    const items = schemas.length + filters.length;
    let finished = 0;
    // Every finished operation: the audit record, the breaker's count, and the progress (a line the front prints).
    const emit = (done, counter) => {
        const ops = Array.isArray(done) ? done : [done];
        const at = counter ?? `${++finished}/${items}`;
        for (const op of ops) {
            options.onOperation?.(op);
            breaker.record(op);
            options.onProgress?.(op, at);
        }
        return done;
    };
    const notAttempted = (kind, name, operation) => begin(ctx)({
        operation,
        kind,
        name,
        attempts: 0,
        outcome: 'not-attempted',
        error: `not attempted: the deploy stopped after ${breaker.cause}`,
    });
    // Items the plan found unchanged are not touched: the plan is what the check showed.
    const planned = new Map((options.plan ?? []).map((p) => [`${p.kind}\0${p.name}`, p.action]));
    const unchanged = (c) => planned.get(`${c.kind}\0${c.name}`) === 'unchanged';
    const schemaOps = await (0,pool/* mapLimit */.s)(schemas, limit, (c) => {
        const exists = live.schemas.has(c.name);
        // An item the plan found unchanged needs no request: it is reported unchanged even after the breaker opened.
        if (exists && unchanged(c))
            return Promise.resolve(emit(keepSchema(ctx, c, live.schemas.get(c.name))));
        if (breaker.open)
            return Promise.resolve(emit(notAttempted('schema', c.name, exists ? 'update' : 'create')));
        return guarded(ctx, c.name, 'schema', exists, () => deploySchema(ctx, c, live.schemas.get(c.name))).then((op) => emit(op));
    });
    const filterResults = await (0,pool/* mapLimit */.s)(filters, limit, (c) => {
        const base = live.filters.get(c.name);
        if (base && unchanged(c))
            return keepFilter(ctx, c, base).then((r) => (emit(r.ops), r));
        if (breaker.open)
            return Promise.resolve({ ops: emit([notAttempted('filter', c.name, base ? 'update' : 'create')]), ok: false });
        return deployFilter(ctx, c, base).then((r) => (emit(r.ops), r));
    });
    const changes = groupChanges(filters, filterResults, live.filters);
    let group = 0;
    const groupOps = await (0,pool/* mapLimit */.s)(changes, limit, ([id, change]) => {
        const counter = `group ${++group}/${changes.length}`;
        if (breaker.open)
            return Promise.resolve(emit(notAttempted('group', id, 'assign-group'), counter));
        return guarded(ctx, id, 'group', true, () => assignGroup(ctx, id, change)).then((op) => emit(op, counter));
    });
    const operations = [...schemaOps, ...filterResults.flatMap((r) => r.ops), ...groupOps];
    const count = (pred) => operations.filter(pred).length;
    const conflicts = count((o) => o.outcome === 'conflict');
    const failed = count((o) => o.outcome === 'failed');
    const unstarted = count((o) => o.outcome === 'not-attempted');
    return {
        operations,
        created: count((o) => o.operation === 'create' && o.outcome === 'applied'),
        updated: count((o) => o.operation === 'update' && o.outcome === 'applied'),
        conflicts,
        failed,
        notAttempted: unstarted,
        ...(breaker.cause !== undefined ? { stopped: breaker.cause } : {}),
        deployed: conflicts === 0 && failed === 0 && unstarted === 0,
    };
}
/** Run one item's operation; an unexpected failure becomes a `failed` operation, never a throw. */
async function guarded(ctx, name, kind, exists, fn) {
    const done = begin(ctx);
    try {
        return await fn();
    }
    catch (err) {
        const operation = kind === 'group' ? 'assign-group' : exists ? 'update' : 'create';
        return done({ operation, kind, name, outcome: 'failed', ...failureFields(err) });
    }
}

;// CONCATENATED MODULE: ./lib/modes/deploy/run.js
// The merge deploy: refuse where a deploy must not run, re-check against the live state, stop
// before any write when something is blocked, apply, and record every operation in the audit file.









async function runDeploy(settings, options) {
    const refusal = (0,gate/* deployRefusal */.u)(options.context, settings.allowDeployFrom);
    if (refusal)
        throw new errors/* UsageError */.eb(refusal);
    if (!settings.api.baseUrl)
        throw new errors/* UsageError */.eb('deploy needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');
    // One client for the whole run: one token, one pacer under the tenant's rate limit.
    const { clientFromSettings } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 35337));
    const client = clientFromSettings(settings, { mask: options.mask });
    try {
        const { report: check, contracts, live: checked, } = await (0,modes_check/* checkRepo */.LK)(settings, {
            ...(options.mask ? { mask: options.mask } : {}),
            ...(options.pullRequest ? { prLabels: options.pullRequest.labels } : {}),
            ...(options.knownRules ? { knownRules: options.knownRules } : {}),
            api: client,
        });
        if (check.failed || check.plan.some((p) => p.action === 'blocked'))
            return { check };
        // The dry run is the plan itself, with the platform's validation of each filter it would write.
        if (settings.dryRun) {
            await validatePlannedFilters(check.plan, contracts, client, settings.maxConcurrency);
            return { check };
        }
        const live = await readDeployLive(client, checked);
        // The audit is written as the deploy goes: a run that is killed half-way leaves the record of
        // every operation it finished, and no `result` line (which tells a cut record from a whole one).
        const audit = settings.auditFile ? await openAudit(settings.auditFile, check, settings, options) : undefined;
        const result = await applyDeploy(contracts, live, {
            client,
            settings,
            plan: check.plan,
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
            ...(options.now ? { now: options.now } : {}),
            ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
            ...(audit ? { onOperation: (op) => audit.write({ record: 'operation', ...op }) } : {}),
        });
        if (audit) {
            const { created, updated, conflicts, failed, notAttempted, stopped, deployed } = result;
            audit.write({
                record: 'result',
                timestamp: (options.now?.() ?? new Date()).toISOString(),
                deployed,
                created,
                updated,
                conflicts,
                failed,
                notAttempted,
                ...(stopped ? { stopped } : {}),
            });
        }
        return { check, result, ...(settings.auditFile ? { auditFile: settings.auditFile } : {}) };
    }
    finally {
        await client.close();
    }
}
/** The audit file, started with its header record; no secret ever goes in (none is known here). */
async function openAudit(file, check, settings, options) {
    const ctx = options.context;
    const header = {
        record: 'header',
        timestamp: (options.now?.() ?? new Date()).toISOString(),
        tool: check.tool,
        repository: ctx.repository ?? null,
        commit: ctx.sha ?? null,
        ref: ctx.ref ?? null,
        actor: ctx.actor ?? null,
        workflowRun: ctx.runUrl ?? null,
        pullRequest: options.pullRequest?.number ?? null,
        policy: check.policy,
        dryRun: settings.dryRun,
        planDigest: 'sha256:' +
            (0,external_node_crypto_.createHash)('sha256')
                .update((0,canonical/* canonicalJson */.d)(check.plan.map(({ etag: _e, ...p }) => p)))
                .digest('hex'),
    };
    // Never through a link planted in the checkout; appended synchronously, one line per finished
    // operation, so a kill loses none already done.
    const append = await (0,safe_write/* openAppendSafely */.x)({ file, name: 'audit-file', roots: [settings.root, settings.workspace] }, JSON.stringify(header) + '\n');
    return { write: (record) => append(JSON.stringify(record) + '\n') };
}
/** The platform's validate endpoint (it stores nothing) on every filter the plan would create or update. */
async function validatePlannedFilters(plan, contracts, client, concurrency) {
    const docs = new Map(contracts.filter((c) => c.kind === 'filter').map((c) => [c.name, c.doc]));
    const writes = plan.filter((p) => p.kind === 'filter' && (p.action === 'create' || p.action === 'update'));
    await (0,pool/* mapLimit */.s)(writes, concurrency, async (p) => {
        const v = await client.validateFilter((0,types/* filterContent */.MV)(docs.get(p.name) ?? {}));
        p.validation = { valid: v.valid, ...(v.message !== undefined ? { message: v.message } : {}) };
    });
}


/***/ })

};
