"use strict";
exports.id = 6731;
exports.ids = [6731];
exports.modules = {

/***/ 46731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CLIENT: () => (/* reexport */ DEFAULT_CLIENT),
  VARIANTS: () => (/* reexport */ VARIANTS),
  runEmulatorCommand: () => (/* reexport */ runEmulatorCommand),
  startEmulator: () => (/* reexport */ startEmulator)
});

// UNUSED EXPORTS: ALL_SCOPES, REFERENCE_VARIANT, TOKEN_PATH, etagOf, filterConflictStatus, filterEtag, prng, schemaEtag

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./lib/emulator/http.js
// Plain HTTP plumbing: the error shape every endpoint answers with, bounded body reading and
// JSON parsing that cannot be pushed over by hostile input.
/** An answer that is an error: `{message, code, details?}` with `status`. */
class ApiError extends Error {
    status;
    code;
    details;
    headers;
    constructor(status, code, message, details, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
    }
    body() {
        return { message: this.message, code: this.code, ...(this.details ? { details: this.details } : {}) };
    }
}
class BodyTooLarge extends Error {
}
/** The raw body, or BodyTooLarge past `limit` bytes (declared or actual). */
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length']);
        if (Number.isFinite(declared) && declared > limit) {
            reject(new BodyTooLarge());
            return;
        }
        const chunks = [];
        let size = 0;
        let done = false;
        req.on('data', (chunk) => {
            if (done)
                return;
            size += chunk.length;
            if (size > limit) {
                done = true;
                reject(new BodyTooLarge());
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (!done) {
                done = true;
                resolve(Buffer.concat(chunks));
            }
        });
        req.on('error', (err) => {
            if (!done) {
                done = true;
                reject(err);
            }
        });
    });
}
/** Deepest nesting accepted in a JSON body: deeper documents are a 400, not a stack overflow later. */
const MAX_JSON_DEPTH = 256;
function parseJsonBody(raw) {
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '')
        throw new ApiError(400, 'BAD_REQUEST', 'the request needs a JSON body');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new ApiError(400, 'BAD_JSON', `the body is not valid JSON: ${err.message}`);
    }
    if (depthOf(value) > MAX_JSON_DEPTH)
        throw new ApiError(400, 'BAD_JSON', `the body is nested deeper than ${MAX_JSON_DEPTH} levels`);
    return value;
}
function depthOf(root) {
    let max = 0;
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        if (d > max)
            max = d;
        if (max > MAX_JSON_DEPTH)
            return max;
        for (const child of Array.isArray(v) ? v : Object.values(v))
            stack.push([child, d + 1]);
    }
    return max;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function requireObject(body, what) {
    if (!isRecord(body))
        throw new ApiError(400, 'BAD_REQUEST', `the body must be a JSON object (${what})`);
    return body;
}
/** Compare `If-Match` with the current strong ETag: weak tags never match (RFC 9110 \u00a713.1.1). */
function checkIfMatch(headers, current) {
    const raw = headers['if-match'];
    if (raw === undefined || raw.trim() === '')
        return 'missing';
    if (raw.trim() === '*')
        return 'match';
    const tags = raw.split(',').map((t) => t.trim());
    return tags.includes(current) ? 'match' : 'stale';
}

;// CONCATENATED MODULE: ./lib/emulator/pagination.js
// Cursor pagination: opaque cursors (base64url of a small JSON), page sizes validated, and pages
// cut from a list already in its deterministic order.

function encodeCursor(data) {
    return Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');
}
function decodeCursor(cursor, listing) {
    let data;
    try {
        data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    }
    catch {
        data = undefined;
    }
    const c = data;
    if (!c ||
        typeof c !== 'object' ||
        c.l !== listing ||
        (c.k !== undefined && typeof c.k !== 'string') ||
        (c.o !== undefined && (!Number.isInteger(c.o) || c.o < 0))) {
        throw new ApiError(400, 'INVALID_CURSOR', 'the cursor is not one this listing issued; start again without a cursor');
    }
    return c;
}
/** A page-size query parameter: a positive integer up to `max`; `fallback` when absent. */
function pageSize(query, name, fallback, max) {
    const raw = query.get(name);
    if (raw === null)
        return fallback;
    if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
        throw new ApiError(400, 'INVALID_PAGE_SIZE', `${name} must be an integer from 1 to ${max}`, [
            { parameter: name, value: raw, message: `out of range 1..${max}` },
        ]);
    }
    return Number(raw);
}
/** Keyset page over items sorted by `key` (unique, ascending). */
function keysetPage(sorted, key, size, cursor, listing) {
    let start = 0;
    if (cursor) {
        const after = decodeCursor(cursor, listing).k ?? '';
        start = sorted.findIndex((item) => compareKeys(key(item), after) > 0);
        if (start < 0)
            start = sorted.length;
    }
    const items = sorted.slice(start, start + size);
    const more = start + size < sorted.length;
    return {
        items,
        next_cursor: more && items.length > 0 ? encodeCursor({ l: listing, k: key(items[items.length - 1]) }) : null,
    };
}
/** Offset page over an append-only or replaced list. */
function offsetPage(list, size, cursor, listing) {
    const start = cursor ? (decodeCursor(cursor, listing).o ?? 0) : 0;
    const items = list.slice(start, start + size);
    const end = start + items.length;
    return { items, next_cursor: end < list.length ? encodeCursor({ l: listing, o: end }) : null };
}
/** A listing's body: its items and the cursor, which on the last page is null or absent (per variant). */
function pageBody(variant, fields, next) {
    return next !== null || variant.lastPageCursor === 'null' ? { ...fields, next_cursor: next } : fields;
}
/** Code-unit order: deterministic across locales (unlike localeCompare). */
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/emulator/json.js
// JSON helpers of the emulator's own: canonical text (for ETags and change detection) and deep
// equality. The emulator shares no code with the product it checks (docs/cxone-api.md is its only
// source), so it does not borrow the product's versions of these.
/** JSON text with object keys sorted: equal content gives equal text. Bodies are at most 256 deep (http.ts). */
function canonical(value) {
    return JSON.stringify(sorted(value));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (value === null || typeof value !== 'object')
        return value;
    const entries = Object.keys(value)
        .sort()
        .map((k) => [k, sorted(value[k])]);
    // fromEntries defines own properties: a "__proto__" key stays data.
    return Object.fromEntries(entries);
}
function deepEqual(a, b) {
    return a === b || canonical(a) === canonical(b);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** RFC 6901 pointer segment. */
function segment(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

;// CONCATENATED MODULE: ./lib/emulator/state.js
// The emulator's store: schemas and filters by id, groups, the audit log, issued tokens. Entities
// carry a revision; the strong ETag is a hash of content and revision.




/** Fields the platform assigns to a schema (never stored as content; a client may send them back). */
const SCHEMA_PLATFORM_FIELDS = ['id', 'etag'];
/** Fields the platform assigns to a filter, including the ones some variants add. */
const FILTER_PLATFORM_FIELDS = [
    'id',
    'etag',
    'status',
    'message',
    'revision',
    'activated_at',
    'created_at',
    'updated_at',
];
function createState() {
    return {
        schemas: new Map(),
        filters: new Map(),
        groups: new Map(),
        audit: [],
        tokens: new Map(),
        deadFilters: new Set(),
        lastHitAt: new Map(),
        counters: { schema: 0, filter: 0 },
    };
}
function etagOf(kind, id, revision, doc) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(`${kind}\0${id}\0${revision}\0${canonical(doc)}`)
        .digest('base64url');
    return `"${hash.slice(0, 27)}"`;
}
const schemaEtag = (s) => etagOf('schema', s.id, s.revision, s.doc);
const filterEtag = (f) => etagOf('filter', f.id, f.revision, f.doc);
function nextId(state, kind) {
    const prefix = kind === 'schema' ? 'sch' : 'flt';
    let id;
    do
        id = `${prefix}-${String(++state.counters[kind]).padStart(4, '0')}`;
    while (kind === 'schema' ? state.schemas.has(id) : state.filters.has(id));
    return id;
}
/** Schema as the API shows it: the stored document plus `id` and `etag`. */
function schemaEntity(s) {
    return { ...s.doc, id: s.id, etag: schemaEtag(s) };
}
function filterEntity(f, variant, exportState = false) {
    return {
        ...f.doc,
        id: f.id,
        status: f.status,
        etag: filterEtag(f),
        ...(f.message !== undefined ? { message: f.message } : {}),
        ...(variant.filterTimestamps
            ? { created_at: f.createdAt ?? null, updated_at: f.updatedAt ?? f.createdAt ?? null }
            : {}),
        ...(exportState ? { revision: f.revision, activated_at: f.activatedAt ?? null } : {}),
    };
}
/** A copy of `doc` without the fields the platform assigns (clients send back what they read). */
function withoutFields(doc, fields) {
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}
const STATUSES = ['DRAFT', 'PENDING_ACTIVATION', 'ACTIVE', 'FAILED'];
/**
 * Load seed data (a registry export file path, or data) into an empty state. Seeded filters are
 * ACTIVE unless they say otherwise.
 */
function seedState(state, seed, now) {
    // Seeded entities were written before the emulator started: a day before, unless they say when.
    const before = new Date(now.getTime() - 86_400_000).toISOString();
    let data;
    if (typeof seed === 'string') {
        let parsed;
        try {
            parsed = JSON.parse((0,external_node_fs_.readFileSync)(seed, 'utf8').replace(/^\uFEFF/, ''));
        }
        catch (err) {
            throw new Error(`emulator seed ${seed}: ${err.message}`);
        }
        if (!isRecord(parsed))
            throw new Error(`emulator seed ${seed}: expected a registry export ({"entities": [...]})`);
        data = {
            schemas: Array.isArray(parsed.entities) ? parsed.entities : Array.isArray(parsed.schemas) ? parsed.schemas : [],
            ...(Array.isArray(parsed.filters) ? { filters: parsed.filters } : {}),
            ...(isRecord(parsed.groups) ? { groups: parsed.groups } : {}),
        };
    }
    else {
        data = seed;
    }
    const titles = new Set();
    for (const [i, entity] of (data.schemas ?? []).entries()) {
        if (!isRecord(entity) || typeof entity.title !== 'string' || entity.title === '')
            throw new Error(`emulator seed: schemas[${i}] is not a schema with a title`);
        if (titles.has(entity.title))
            throw new Error(`emulator seed: schema title "${entity.title}" appears twice`);
        titles.add(entity.title);
        const id = typeof entity.id === 'string' && entity.id !== '' && !state.schemas.has(entity.id)
            ? entity.id
            : nextId(state, 'schema');
        state.schemas.set(id, { id, revision: 1, doc: withoutFields(entity, SCHEMA_PLATFORM_FIELDS) });
    }
    const names = new Set();
    for (const [i, entity] of (data.filters ?? []).entries()) {
        if (!isRecord(entity) || typeof entity.name !== 'string' || entity.name === '')
            throw new Error(`emulator seed: filters[${i}] is not a filter with a name`);
        if (names.has(entity.name))
            throw new Error(`emulator seed: filter name "${entity.name}" appears twice`);
        names.add(entity.name);
        const id = typeof entity.id === 'string' && entity.id !== '' && !state.filters.has(entity.id)
            ? entity.id
            : nextId(state, 'filter');
        const status = STATUSES.includes(entity.status) ? entity.status : 'ACTIVE';
        state.filters.set(id, {
            id,
            revision: 1,
            doc: withoutFields(entity, FILTER_PLATFORM_FIELDS),
            status,
            createdAt: typeof entity.created_at === 'string' ? entity.created_at : before,
            updatedAt: typeof entity.updated_at === 'string' ? entity.updated_at : before,
            ...(typeof entity.message === 'string' ? { message: entity.message } : {}),
        });
    }
    for (const [group, ids] of Object.entries(data.groups ?? {})) {
        if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string'))
            throw new Error(`emulator seed: group "${group}" is not a list of filter ids`);
        state.groups.set(group, [...ids]);
    }
}
function snapshot(state) {
    return {
        schemas: new Map([...state.schemas].map(([id, s]) => [
            id,
            {
                revision: s.revision,
                content: canonical(s.doc),
                cxoneVersion: versionOf(s.doc),
                title: String(s.doc.title ?? ''),
            },
        ])),
        filters: new Map([...state.filters].map(([id, f]) => [
            id,
            { revision: f.revision, content: canonical(f.doc), name: String(f.doc.name ?? ''), status: f.status },
        ])),
        groups: new Map([...state.groups].map(([id, ids]) => [id, JSON.stringify(ids)])),
    };
}
function versionOf(doc) {
    return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : null;
}

;// CONCATENATED MODULE: ./lib/emulator/audit.js
// The audit log: every mutation, from the API or out of band (Emulator.mutate), in order. The log
// is kept in one internal shape and shown in the variant's (variant.ts): the contract guarantees
// only `{timestamp, actor, action, filter_id, ...}`, so the product must not depend on the rest.



const auditRoutes = [
    {
        method: 'GET',
        pattern: '/api/v2/event-processing/audit-logs',
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const size = pageSize(req.query, 'page_size', 50, 1000);
            const filterId = req.query.get('filter_id');
            let entries = ctx.state.audit;
            if (filterId !== null)
                entries = entries.filter((e) => e.filter_id === filterId);
            const listing = `audit:${filterId ?? ''}`;
            const page = offsetPage(entries, size, req.query.get('cursor'), listing);
            return {
                status: 200,
                body: pageBody(ctx.variant, { entries: page.items.map((e) => auditView(e, ctx.variant.auditShape)) }, page.next_cursor),
            };
        },
    },
];
/** How the flat shape spells a status change (a bare "DRAFT" could be a console "save draft": a content change). */
const FLAT_LIFECYCLE = {
    DRAFT: 'STATUS_DRAFT',
    PENDING_ACTIVATION: 'ACTIVATION_PENDING',
    ACTIVE: 'ACTIVATED',
    FAILED: 'ACTIVATION_FAILED',
};
/** An entry as the API shows it in `shape`: the contract's fields, plus the shape's documented extras. */
function auditView(e, shape) {
    // Tests push malformed entries into state.audit to see the product skip them: they pass through as they are.
    if (typeof e !== 'object' || e === null || Array.isArray(e) || typeof e.action !== 'string')
        return e;
    if (typeof shape === 'function')
        return shape(e);
    const lifecycle = e.action === 'status';
    const members = e.filter_ids !== undefined ? { filter_ids: [...e.filter_ids] } : {};
    const filterId = e.filter_id !== undefined ? { filter_id: e.filter_id } : {};
    if (shape === 'entity') {
        return {
            timestamp: e.timestamp,
            actor: e.actor,
            action: lifecycle ? 'status_change' : e.action,
            ...filterId,
            entity_kind: e.entity_kind,
            entity_id: e.entity_id,
            ...(e.entity_name !== undefined ? { entity_name: e.entity_name } : {}),
            ...members,
            ...(e.status !== undefined ? { status: e.status } : {}),
            source: e.source,
        };
    }
    if (shape === 'resource') {
        return {
            timestamp: e.timestamp,
            actor: e.actor,
            action: lifecycle ? 'STATUS_CHANGED' : e.action.toUpperCase(),
            ...filterId,
            resource_type: e.entity_kind,
            resource_id: e.entity_id,
            ...(e.entity_name !== undefined ? { resource_name: e.entity_name } : {}),
            ...members,
            ...(e.status !== undefined ? { new_status: e.status } : {}),
        };
    }
    // flat: the contract's fields; a schema entry says which schema, a group entry which group.
    const action = lifecycle ? FLAT_LIFECYCLE[e.status ?? 'DRAFT'] : e.action;
    const base = { timestamp: e.timestamp, actor: e.actor, action };
    if (e.entity_kind === 'schema')
        return { ...base, schema_id: e.entity_id, ...(e.entity_name !== undefined ? { title: e.entity_name } : {}) };
    if (e.entity_kind === 'group')
        return { ...base, group_id: e.entity_id, ...members };
    return { ...base, filter_id: e.entity_id };
}
/**
 * Run an out-of-band change and record what it changed, entity by entity: creations, updates
 * (content changed: the revision is bumped if the change did not bump it) and deletions; a status
 * set by the change itself is a lifecycle entry in variants that log them. A filter whose content
 * changed goes through the lifecycle as an API write does, unless the change set its status itself;
 * a filter created out of band keeps the status it was given (tests set up any state they need).
 */
function mutateWithAudit(ctx, actor, fn) {
    const before = snapshot(ctx.state);
    fn(ctx.state);
    const after = snapshot(ctx.state);
    for (const entry of diffSnapshots(ctx.state, before, after, actor, ctx.now().toISOString()))
        ctx.record(entry);
    for (const [id, now] of after.filters) {
        const was = before.filters.get(id);
        if (!was)
            continue;
        if (was.content !== now.content && was.status === now.status)
            ctx.scheduleActivation(ctx.state.filters.get(id));
        else if (was.status !== now.status && ctx.variant.lifecycleAudit) {
            const f = ctx.state.filters.get(id);
            ctx.record({
                actor,
                source: 'console',
                action: 'status',
                status: f.status,
                entity_kind: 'filter',
                entity_id: id,
                entity_name: now.name,
                filter_id: id,
                before_version: f.revision,
                after_version: f.revision,
            });
        }
    }
}
function diffSnapshots(state, before, after, actor, at) {
    const out = [];
    const base = { actor, source: 'console' };
    for (const [id, now] of after.schemas) {
        const was = before.schemas.get(id);
        const s = state.schemas.get(id);
        if (!Number.isInteger(s.revision) || s.revision < 1)
            s.revision = 1;
        if (!was) {
            out.push({
                ...base,
                action: 'create',
                entity_kind: 'schema',
                entity_id: id,
                entity_name: now.title,
                before_version: null,
                after_version: s.revision,
                before_cxone_version: null,
                after_cxone_version: versionOf(s.doc),
            });
        }
        else if (was.content !== now.content || was.revision !== now.revision) {
            if (s.revision <= was.revision)
                s.revision = was.revision + 1;
            out.push({
                ...base,
                action: 'update',
                entity_kind: 'schema',
                entity_id: id,
                entity_name: now.title,
                before_version: was.revision,
                after_version: s.revision,
                before_cxone_version: was.cxoneVersion,
                after_cxone_version: versionOf(s.doc),
            });
        }
    }
    for (const [id, was] of before.schemas) {
        if (!after.schemas.has(id))
            out.push({
                ...base,
                action: 'delete',
                entity_kind: 'schema',
                entity_id: id,
                entity_name: was.title,
                before_version: was.revision,
                after_version: null,
                before_cxone_version: was.cxoneVersion,
                after_cxone_version: null,
            });
    }
    for (const [id, now] of after.filters) {
        const was = before.filters.get(id);
        const f = state.filters.get(id);
        if (!Number.isInteger(f.revision) || f.revision < 1)
            f.revision = 1;
        if (!was || was.content !== now.content) {
            f.updatedAt = at;
            if (!was || f.createdAt === undefined)
                f.createdAt = at;
        }
        if (!was) {
            out.push({
                ...base,
                action: 'create',
                entity_kind: 'filter',
                entity_id: id,
                entity_name: now.name,
                filter_id: id,
                before_version: null,
                after_version: f.revision,
            });
        }
        else if (was.content !== now.content || was.revision !== now.revision) {
            if (f.revision <= was.revision)
                f.revision = was.revision + 1;
            out.push({
                ...base,
                action: 'update',
                entity_kind: 'filter',
                entity_id: id,
                entity_name: now.name,
                filter_id: id,
                before_version: was.revision,
                after_version: f.revision,
            });
        }
    }
    for (const [id, was] of before.filters) {
        if (!after.filters.has(id))
            out.push({
                ...base,
                action: 'delete',
                entity_kind: 'filter',
                entity_id: id,
                entity_name: was.name,
                filter_id: id,
                before_version: was.revision,
                after_version: null,
            });
    }
    for (const [id, now] of after.groups) {
        if (before.groups.get(id) !== now)
            out.push({
                ...base,
                action: 'assign',
                entity_kind: 'group',
                entity_id: id,
                filter_ids: [...(state.groups.get(id) ?? [])],
                before_version: null,
                after_version: null,
            });
    }
    for (const id of before.groups.keys()) {
        if (!after.groups.has(id))
            out.push({
                ...base,
                action: 'delete',
                entity_kind: 'group',
                entity_id: id,
                before_version: null,
                after_version: null,
            });
    }
    return out;
}
function notFound(kind, id) {
    return new ApiError(404, 'NOT_FOUND', `${kind} ${id} does not exist`);
}

;// CONCATENATED MODULE: ./lib/emulator/auth.js
// OAuth 2.0 client credentials (RFC 6749 \u00a74.4): the token endpoint, and bearer checks with
// expiry and scopes on every API call.


function oauthError(status, error, description) {
    return {
        status,
        body: { error, error_description: description },
        headers: {
            'cache-control': 'no-store',
            ...(status === 401 ? { 'www-authenticate': 'Basic realm="cxone-emulator"' } : {}),
        },
    };
}
/** POST /oauth/token. */
function issueToken(state, config, headers, raw) {
    const type = String(headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase();
    let fields;
    if (type === 'application/x-www-form-urlencoded') {
        if (!config.formats.includes('form'))
            return oauthError(400, 'invalid_request', 'this tenant wants a JSON token request (application/json)');
        fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    }
    else if (type === 'application/json') {
        if (!config.formats.includes('json'))
            return oauthError(400, 'invalid_request', 'this tenant wants a form-encoded token request (application/x-www-form-urlencoded)');
        let data;
        try {
            data = JSON.parse(raw.toString('utf8'));
        }
        catch {
            return oauthError(400, 'invalid_request', 'the body is not valid JSON');
        }
        if (!isRecord(data))
            return oauthError(400, 'invalid_request', 'the body must be a JSON object');
        fields = {};
        for (const [k, v] of Object.entries(data))
            if (typeof v === 'string')
                fields[k] = v;
    }
    else {
        return oauthError(400, 'invalid_request', `unsupported content type ${JSON.stringify(type)}; use application/x-www-form-urlencoded${config.formats.includes('json') ? ' or application/json' : ''}`);
    }
    // Client authentication: HTTP Basic (RFC 6749 \u00a72.3.1) or client_id/client_secret in the body.
    const basic = /^Basic\s+(.+)$/i.exec(String(headers.authorization ?? ''));
    if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            fields.client_id ??= decodeURIComponent(decoded.slice(0, colon));
            fields.client_secret ??= decodeURIComponent(decoded.slice(colon + 1));
        }
    }
    if (fields.grant_type !== 'client_credentials') {
        return oauthError(400, fields.grant_type ? 'unsupported_grant_type' : 'invalid_request', fields.grant_type
            ? `grant_type ${fields.grant_type} is not supported; use client_credentials`
            : 'grant_type is missing');
    }
    if (!fields.client_id || !fields.client_secret)
        return oauthError(400, 'invalid_request', 'client_id and client_secret are required');
    const client = config.clients.find((c) => c.clientId === fields.client_id);
    if (!client || client.clientSecret !== fields.client_secret)
        return oauthError(401, 'invalid_client', 'client authentication failed (unknown client_id or wrong client_secret)');
    if (fields.tenant && client.tenant && fields.tenant !== client.tenant)
        return oauthError(401, 'invalid_client', `client ${client.clientId} does not belong to tenant ${fields.tenant}`);
    const requested = (fields.scope ?? '').split(/\s+/).filter(Boolean);
    const missing = requested.filter((s) => !client.scopes.includes(s));
    if (missing.length > 0)
        return oauthError(400, 'invalid_scope', `scope not granted to this client: ${missing.join(' ')}`);
    const scopes = requested.length > 0 ? [...new Set(requested)] : [...client.scopes];
    const token = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    const issued = {
        clientId: client.clientId,
        scopes,
        expiresAt: config.now().getTime() + config.tokenTtlSeconds * 1000,
        ...(client.tenant ? { tenant: client.tenant } : {}),
    };
    state.tokens.set(token, issued);
    return {
        status: 200,
        body: {
            access_token: token,
            token_type: 'Bearer',
            expires_in: Math.max(1, Math.round(config.tokenTtlSeconds)),
            scope: scopes.join(' '),
        },
        headers: { 'cache-control': 'no-store' },
    };
}
/** The token's grant, or 401/403 as ApiError. */
function authenticate(state, now, headers, scope) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization ?? ''));
    const challenge = (error) => ({ 'www-authenticate': `Bearer realm="cxone-emulator", error="${error}"` });
    if (!m)
        throw new ApiError(401, 'UNAUTHORIZED', 'missing bearer token (Authorization: Bearer <token>)', undefined, {
            'www-authenticate': 'Bearer realm="cxone-emulator"',
        });
    const grant = state.tokens.get(m[1]);
    if (!grant)
        throw new ApiError(401, 'INVALID_TOKEN', 'the access token is not valid', undefined, challenge('invalid_token'));
    if (now.getTime() >= grant.expiresAt)
        throw new ApiError(401, 'TOKEN_EXPIRED', 'the access token has expired; request a new one', undefined, challenge('invalid_token'));
    if (!grant.scopes.includes(scope)) {
        throw new ApiError(403, 'INSUFFICIENT_SCOPE', `this call needs the scope ${scope}, which the token lacks (token scopes: ${grant.scopes.join(' ') || 'none'})`, [{ required_scope: scope, message: `missing scope ${scope}` }], {
            'www-authenticate': `Bearer realm="cxone-emulator", error="insufficient_scope", scope="${scope}"`,
        });
    }
    return grant;
}

;// CONCATENATED MODULE: ./lib/emulator/faults.js
// Injected faults from a seeded PRNG: the same seed and the same request order give the same
// faults. One draw per request decides which fault (if any) it gets.
/** mulberry32: small, fast, and good enough to pick faults. */
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
class FaultInjector {
    config;
    random;
    constructor(config) {
        this.config = config;
        this.random = prng(config.seed);
    }
    next() {
        const c = this.config;
        const r = this.random();
        // New kinds go at the end, so an existing seed keeps drawing the same faults.
        const cut = [c.rate429 ?? 0, c.rate5xx ?? 0, c.rateReset ?? 0, c.rateStall ?? 0, c.rateResetAfter ?? 0].map((p) => Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0)));
        let edge = cut[0];
        if (r < edge)
            return { kind: '429', retryAfter: 1 };
        edge += cut[1];
        if (r < edge) {
            const statuses = [500, 502, 503];
            return { kind: '5xx', status: statuses[Math.floor(this.random() * 3)] };
        }
        edge += cut[2];
        if (r < edge)
            return { kind: 'reset' };
        edge += cut[3];
        if (r < edge)
            return { kind: 'stall', ms: c.stallMs ?? 10_000 };
        edge += cut[4];
        if (r < edge)
            return { kind: 'reset-after' };
        return { kind: 'none' };
    }
}

// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __webpack_require__(16599);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
;// CONCATENATED MODULE: ./lib/emulator/additive.js
// The platform's rule for a schema update (docs/cxone-api.md: "rejects, with 400, an update that is
// not an additive evolution of the stored version"), read from the contract alone: an update may add
// and may widen, never remove or narrow. It is a structural reading, as a registry would implement
// it: keywords it cannot weigh (combinators, $ref, conditionals, tuples) must stay as they were.
// It is meant to be conservative \u2014 to refuse rather than accept when unsure \u2014 and its tests hold
// it to that with concrete events (test/emulator/platform-rules.test.ts).

/** Keywords that only describe: they may change freely. ($id and $schema change meaning: not here.) */
const ANNOTATIONS = new Set([
    'title',
    'description',
    '$comment',
    'examples',
    'default',
    'deprecated',
    'readOnly',
    'writeOnly',
    'cxoneVersion',
    'x-cxone-deprecated-fields',
]);
/** Keywords under which a wider schema accepts less: a $ref below them makes widening its target unsafe. */
const NEGATING = new Set(['not', 'oneOf', 'if']);
/** Keywords the rule weighs; any other keyword must be unchanged. */
const WEIGHED = new Set([
    'type',
    'enum',
    'const',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'pattern',
    'format',
    'minItems',
    'maxItems',
    'uniqueItems',
    'items',
    'minProperties',
    'maxProperties',
    'properties',
    'required',
    'additionalProperties',
    'definitions',
]);
const MAX_DEPTH = 256;
function additiveProblems(stored, next) {
    const out = [];
    if (stored.title !== next.title)
        out.push({ pointer: '/title', message: 'the title of a stored schema cannot change' });
    if (refUnderNegation(stored, false, 0) || refUnderNegation(next, false, 0)) {
        // Widening what such a $ref points at narrows the schema: only new top-level properties and annotations may change.
        const { properties: _p, ...rest } = withoutAnnotations(next);
        const { properties: _q, ...restBefore } = withoutAnnotations(stored);
        const before = isObject(stored.properties) ? stored.properties : {};
        const after = isObject(next.properties) ? next.properties : {};
        const kept = Object.keys(before).every((k) => Object.hasOwn(after, k) && deepEqual(withoutAnnotationsDeep(before[k]), withoutAnnotationsDeep(after[k])));
        if (!kept || !deepEqual(rest, restBefore))
            out.push({
                pointer: '',
                message: 'the schema has a $ref under not, oneOf or if: only new top-level properties and annotations may change',
            });
        return out;
    }
    compare(stored, next, '', out, 0);
    return out;
}
function refUnderNegation(node, negated, depth) {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object')
        return false;
    if (Array.isArray(node))
        return node.some((x) => refUnderNegation(x, negated, depth + 1));
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && negated)
            return true;
        if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples')
            continue;
        if (refUnderNegation(v, negated || NEGATING.has(k), depth + 1))
            return true;
    }
    return false;
}
function withoutAnnotations(node) {
    return Object.fromEntries(Object.entries(node).filter(([k]) => !ANNOTATIONS.has(k) && !k.startsWith('x-')));
}
function withoutAnnotationsDeep(node) {
    if (Array.isArray(node))
        return node.map(withoutAnnotationsDeep);
    if (!isObject(node))
        return node;
    return Object.fromEntries(Object.entries(withoutAnnotations(node)).map(([k, v]) => [
        k,
        k === 'enum' || k === 'const' ? v : withoutAnnotationsDeep(v),
    ]));
}
function compare(was, now, at, out, depth) {
    if (deepEqual(was, now))
        return;
    // nothing accepted before, or everything now ({} and a schema of annotations only accept everything)
    if (was === false || now === true || (isObject(now) && Object.keys(withoutAnnotations(now)).length === 0))
        return;
    if (typeof was === 'boolean' || typeof now === 'boolean' || !isObject(was) || !isObject(now) || depth > MAX_DEPTH) {
        out.push({ pointer: at, message: 'the definition changed in a way that is not additive' });
        return;
    }
    const said = (pointer, message) => out.push({ pointer: `${at}${pointer}`, message });
    types(was, now, said);
    values(was, now, said);
    bounds(was, now, said);
    if (!sameOrDropped(was.pattern, now.pattern))
        said('/pattern', 'the pattern changed or was added');
    if (!sameOrDropped(was.format, now.format))
        said('/format', 'the format changed or was added');
    if (now.uniqueItems === true && was.uniqueItems !== true)
        said('/uniqueItems', 'uniqueItems was added');
    items(was, now, at, out, depth);
    objects(was, now, at, out, depth);
    for (const k of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (ANNOTATIONS.has(k) || WEIGHED.has(k) || k.startsWith('x-'))
            continue;
        if (!deepEqual(was[k], now[k]))
            said(`/${segment(k)}`, `"${k}" changed; only an unchanged "${k}" is accepted`);
    }
}
const sameOrDropped = (was, now) => now === undefined || deepEqual(was, now);
function typeSet(node) {
    if (node.type === undefined)
        return undefined;
    return new Set((Array.isArray(node.type) ? node.type : [node.type]).map(String));
}
function types(was, now, said) {
    const before = typeSet(was);
    const after = typeSet(now);
    if (!after)
        return;
    if (!before)
        return said('/type', 'a type was added where any type was accepted');
    for (const t of before) {
        if (after.has(t) || (t === 'integer' && after.has('number')))
            continue;
        said('/type', `type "${t}" is no longer accepted`);
    }
}
function values(was, now, said) {
    if (now.enum !== undefined) {
        const before = was.enum !== undefined ? was.enum : was.const !== undefined ? [was.const] : undefined;
        // One pass over each list (a Set of canonical texts): an enum may hold tens of thousands of values.
        const after = Array.isArray(now.enum) ? new Set(now.enum.map(canonical)) : undefined;
        if (!Array.isArray(before) || !after || !before.every((v) => after.has(canonical(v))))
            said('/enum', 'the enum lost a value or was added');
    }
    if (now.const !== undefined && !deepEqual(was.const, now.const))
        said('/const', 'the const changed or was added');
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Lower bounds may only go down or go away, upper bounds only up or away. */
function bounds(was, now, said) {
    for (const k of ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']) {
        const a = num(was[k]);
        const b = num(now[k]);
        if (b !== undefined && (a === undefined || b > a))
            said(`/${k}`, `${k} was raised or added`);
    }
    for (const k of ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']) {
        const a = num(was[k]);
        const b = num(now[k]);
        if (b !== undefined && (a === undefined || b < a))
            said(`/${k}`, `${k} was lowered or added`);
    }
    // Only whole numbers are divided: 21 is a multiple of 7 but, in floating point, not of 0.7.
    const a = num(was.multipleOf);
    const b = num(now.multipleOf);
    const divides = a !== undefined &&
        b !== undefined &&
        (a === b || (Number.isSafeInteger(a) && Number.isSafeInteger(b) && a % b === 0));
    if (b !== undefined && !divides)
        said('/multipleOf', 'multipleOf changed to one that does not divide the stored one');
}
function items(was, now, at, out, depth) {
    if (Array.isArray(was.items) || Array.isArray(now.items)) {
        if (!deepEqual(was.items, now.items))
            out.push({ pointer: `${at}/items`, message: 'a tuple of items must stay unchanged' });
        return;
    }
    if (now.items !== undefined)
        compare(was.items ?? true, now.items, `${at}/items`, out, depth + 1);
}
function objects(was, now, at, out, depth) {
    const before = isObject(was.properties) ? was.properties : {};
    const after = isObject(now.properties) ? now.properties : {};
    for (const [name, s] of Object.entries(before)) {
        const p = `${at}/properties/${segment(name)}`;
        if (!Object.hasOwn(after, name))
            out.push({ pointer: p, message: `property "${name}" was removed` });
        else
            compare(s, after[name], p, out, depth + 1);
    }
    // A new property of an open object was allowed before under patternProperties or additionalProperties: it must not
    // narrow them. Every pattern is taken to match (no client regex is run here: refuse when unsure).
    for (const [name, s] of Object.entries(after)) {
        if (Object.hasOwn(before, name))
            continue;
        const p = `${at}/properties/${segment(name)}`;
        const patterns = isObject(was.patternProperties) ? Object.values(was.patternProperties) : [];
        for (const ps of patterns)
            compare(ps, s, p, out, depth + 1);
        if (was.additionalProperties !== false)
            compare(was.additionalProperties ?? true, s, p, out, depth + 1);
    }
    const required = new Set(Array.isArray(was.required) ? was.required : []);
    for (const name of Array.isArray(now.required) ? now.required : []) {
        if (!required.has(name))
            out.push({ pointer: `${at}/required`, message: `"${String(name)}" became required` });
    }
    if (was.additionalProperties !== false && now.additionalProperties !== undefined) {
        compare(was.additionalProperties ?? true, now.additionalProperties, `${at}/additionalProperties`, out, depth + 1);
    }
    const defsBefore = isObject(was.definitions) ? was.definitions : {};
    const defsAfter = isObject(now.definitions) ? now.definitions : {};
    for (const [name, s] of Object.entries(defsBefore)) {
        const p = `${at}/definitions/${segment(name)}`;
        if (!Object.hasOwn(defsAfter, name))
            out.push({ pointer: p, message: `definition "${name}" was removed` });
        else
            compare(s, defsAfter[name], p, out, depth + 1);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./lib/emulator/filter-rules.js
// The platform's syntax rules for an event filter (docs/cxone-api.md, "Event filters"), written
// from the contract alone: what `POST .../filters/validate` answers, and what a create or an update
// is refused for (400).


const CHANNELS = new Set(['voice', 'chat', 'email', 'sms', 'web']);
const OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'less_than', 'contains', 'in']);
const PATTERN_TYPES = new Set(['regex', 'cidr', 'prefix']);
/** Longest list the platform reads (a bound on hostile bodies; the contract sets none). */
const MAX_RULES = 10_000;
/** A value quoted in a message, bounded: the body is the client's. */
const quoted = (v) => (JSON.stringify(v) ?? String(v)).slice(0, 80);
/** Any string of at least one character: the contract does not say that blank names are refused. */
const nonEmpty = (v) => typeof v === 'string' && v !== '';
const scalar = (v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
function filterProblems(doc) {
    const out = [];
    if (!nonEmpty(doc.name))
        out.push({ pointer: '/name', message: 'name must be a non-empty string' });
    if (doc.description !== undefined && doc.description !== null && typeof doc.description !== 'string')
        out.push({ pointer: '/description', message: 'description must be a string' });
    if (typeof doc.channel !== 'string' || !CHANNELS.has(doc.channel))
        out.push({
            pointer: '/channel',
            message: `channel ${quoted(doc.channel)} is not one of ${[...CHANNELS].join(', ')}`,
        });
    const group = doc.target_group_id;
    if (group !== undefined && group !== null && !nonEmpty(group) && !Number.isSafeInteger(group))
        out.push({ pointer: '/target_group_id', message: 'target_group_id must be a group id or null' });
    list(doc.matchers, '/matchers', out, matcher);
    list(doc.pattern_rules, '/pattern_rules', out, patternRule);
    return out;
}
function list(value, pointer, out, each) {
    if (value === undefined || value === null)
        return;
    if (!Array.isArray(value))
        return void out.push({ pointer, message: 'must be a list' });
    if (value.length > MAX_RULES)
        return void out.push({ pointer, message: `more than ${MAX_RULES} entries` });
    value.forEach((item, i) => {
        if (!isObject(item))
            out.push({ pointer: `${pointer}/${i}`, message: 'must be an object' });
        else
            each(item, `${pointer}/${i}`, out);
    });
}
function matcher(m, at, out) {
    if (!nonEmpty(m.attribute))
        out.push({ pointer: `${at}/attribute`, message: 'attribute must be a non-empty string' });
    if (typeof m.operator !== 'string' || !OPERATORS.has(m.operator))
        out.push({
            pointer: `${at}/operator`,
            message: `operator ${quoted(m.operator)} is not one of ${[...OPERATORS].join(', ')}`,
        });
    if (m.operator === 'in') {
        if (!Array.isArray(m.value) || m.value.length === 0 || !m.value.every(scalar))
            out.push({
                pointer: `${at}/value`,
                message: 'the value of "in" must be a non-empty list of strings, numbers or booleans',
            });
    }
    else if (!scalar(m.value)) {
        out.push({ pointer: `${at}/value`, message: 'value must be a string, a number or a boolean' });
    }
}
function patternRule(r, at, out) {
    if (typeof r.type !== 'string' || !PATTERN_TYPES.has(r.type))
        out.push({
            pointer: `${at}/type`,
            message: `type ${quoted(r.type)} is not one of ${[...PATTERN_TYPES].join(', ')}`,
        });
    if (!nonEmpty(r.field))
        out.push({ pointer: `${at}/field`, message: 'field must be a non-empty string' });
    if (!nonEmpty(r.pattern))
        return void out.push({ pointer: `${at}/pattern`, message: 'pattern must be a non-empty string' });
    if (r.type === 'regex') {
        try {
            new RegExp(r.pattern);
        }
        catch (err) {
            out.push({
                pointer: `${at}/pattern`,
                message: `not a regular expression: ${err.message.slice(0, 200)}`,
            });
        }
    }
    if (r.type === 'cidr' && !isCidr(r.pattern))
        out.push({ pointer: `${at}/pattern`, message: `${quoted(r.pattern)} is not an IPv4 or IPv6 CIDR block` });
}
function isCidr(text) {
    // No zone id (`%eth0`), no leading zeros in the prefix length.
    const m = /^([^/%]+)\/(0|[1-9]\d{0,2})$/.exec(text);
    if (!m)
        return false;
    const family = (0,external_node_net_.isIP)(m[1]);
    const bits = Number(m[2]);
    return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./lib/emulator/schema-rules.js
// The platform's ingestion rules for a schema (docs/cxone-api.md, "Event schemas"), written from the
// contract alone: a violation is a 400. Each problem names the JSON pointer it is at.



const MAX_SCHEMA_BYTES = 262_144;
const MAX_TOP_LEVEL_PROPERTIES = 150;
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']);
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
/** The draft-07 meta-schema, from ajv (a library, not the product): "a draft-07 JSON Schema object". */
const meta = new ajv.Ajv({ allErrors: true, strict: false, validateSchema: false });
/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas (draft-07). */
const ONE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'if', 'then', 'else', 'not'];
const MANY = ['allOf', 'anyOf', 'oneOf'];
const MAPS = ['properties', 'patternProperties', 'definitions'];
/** Problems that make the size and property-count limits fail (answered as INGESTION_LIMIT). */
function limitProblems(doc) {
    const out = [];
    const bytes = Buffer.byteLength(JSON.stringify(doc), 'utf8');
    if (bytes > MAX_SCHEMA_BYTES)
        out.push({ pointer: '', message: `the serialized schema is ${bytes} bytes; the limit is ${MAX_SCHEMA_BYTES}` });
    const props = isObject(doc.properties) ? Object.keys(doc.properties).length : 0;
    if (props > MAX_TOP_LEVEL_PROPERTIES)
        out.push({
            pointer: '/properties',
            message: `${props} top-level properties; the limit is ${MAX_TOP_LEVEL_PROPERTIES}`,
        });
    return out;
}
/** Every other rule of a schema entity. */
function shapeProblems(doc) {
    const out = [];
    if (typeof doc.title !== 'string' || doc.title.trim() === '')
        out.push({ pointer: '/title', message: 'title must be a non-empty string' });
    if (typeof doc.cxoneVersion !== 'string' || valid(doc.cxoneVersion) === null)
        out.push({ pointer: '/cxoneVersion', message: 'cxoneVersion must be a semver string' });
    if (doc.additionalProperties !== false)
        out.push({ pointer: '/additionalProperties', message: 'additionalProperties must be false' });
    const props = isObject(doc.properties) ? doc.properties : {};
    namesExist(doc.required, props, '/required', out);
    namesExist(doc['x-cxone-deprecated-fields'], props, '/x-cxone-deprecated-fields', out);
    walkTypes(doc, '', out, 0);
    if (doc.$schema !== undefined && (typeof doc.$schema !== 'string' || !DRAFT_07.test(doc.$schema)))
        out.push({ pointer: '/$schema', message: 'only draft-07 schemas are accepted' });
    else if (!meta.validateSchema({ ...doc, $schema: 'http://json-schema.org/draft-07/schema#' })) {
        for (const e of (meta.errors ?? []).slice(0, 20))
            out.push({ pointer: e.instancePath, message: `not a draft-07 schema: ${e.message ?? 'invalid'}` });
    }
    return out;
}
function namesExist(list, props, pointer, out) {
    if (list === undefined)
        return;
    if (!Array.isArray(list)) {
        out.push({ pointer, message: 'must be a list of property names' });
        return;
    }
    list.forEach((name, i) => {
        if (typeof name !== 'string' || !Object.hasOwn(props, name))
            out.push({ pointer: `${pointer}/${i}`, message: `"${String(name)}" is not a property of the schema` });
    });
}
/** Every `type` in every subschema is one of the seven names; nested `required` names exist. */
function walkTypes(node, pointer, out, depth) {
    if (!isObject(node) || depth > 256)
        return;
    const t = node.type;
    if (t !== undefined) {
        const list = Array.isArray(t) ? t : [t];
        if (list.length === 0 || list.some((x) => typeof x !== 'string' || !TYPES.has(x)))
            out.push({
                pointer: `${pointer}/type`,
                message: `type ${JSON.stringify(t)} is not one of ${[...TYPES].join(', ')}`,
            });
    }
    if (pointer !== '' && isObject(node.properties) && Array.isArray(node.required))
        namesExist(node.required, node.properties, `${pointer}/required`, out);
    for (const k of ONE)
        if (node[k] !== undefined)
            walkTypes(node[k], `${pointer}/${k}`, out, depth + 1);
    for (const k of MANY)
        if (Array.isArray(node[k]))
            node[k].forEach((s, i) => walkTypes(s, `${pointer}/${k}/${i}`, out, depth + 1));
    for (const k of MAPS)
        if (isObject(node[k]))
            for (const [name, s] of Object.entries(node[k]))
                walkTypes(s, `${pointer}/${k}/${segment(name)}`, out, depth + 1);
    if (Array.isArray(node.items))
        node.items.forEach((s, i) => walkTypes(s, `${pointer}/items/${i}`, out, depth + 1));
    else if (node.items !== undefined)
        walkTypes(node.items, `${pointer}/items`, out, depth + 1);
    if (isObject(node.dependencies))
        for (const [name, s] of Object.entries(node.dependencies))
            if (!Array.isArray(s))
                walkTypes(s, `${pointer}/dependencies/${segment(name)}`, out, depth + 1);
}

;// CONCATENATED MODULE: ./lib/emulator/validate.js
// The platform's 400s for schemas and filters, from the emulator's own reading of
// docs/cxone-api.md (schema-rules.ts, additive.ts, filter-rules.ts). Nothing here comes from the
// product's lint or evolution engine: an oracle that shares the product's code cannot catch its bugs.







const listed = (problems) => problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');
/** 400 unless the schema keeps the ingestion limits and the entity's rules. */
function validateSchema(doc) {
    const limits = limitProblems(doc);
    if (limits.length > 0)
        throw new ApiError(400, 'INGESTION_LIMIT', `the schema exceeds the ingestion limits: ${listed(limits)}`, limits);
    const shape = shapeProblems(doc);
    if (shape.length > 0)
        throw new ApiError(400, 'SCHEMA_INVALID', `the schema is not valid: ${listed(shape)}`, shape);
}
/** 400 unless `next` is an additive evolution of `stored` with a higher cxoneVersion. */
function validateEvolution(stored, next) {
    const problems = additiveProblems(stored, next);
    if (problems.length > 0)
        throw new ApiError(400, 'SCHEMA_EVOLUTION_REJECTED', `the update is not an additive evolution of the stored version: ${listed(problems)}`, problems);
    const was = typeof stored.cxoneVersion === 'string' ? valid(stored.cxoneVersion) : null;
    const now = typeof next.cxoneVersion === 'string' ? valid(next.cxoneVersion) : null;
    if (was && now && !gt(now, was)) {
        throw new ApiError(400, 'VERSION_NOT_INCREASED', `cxoneVersion ${now} must be higher than the stored ${was}`, [
            { pointer: '/cxoneVersion', message: `stored ${was}, sent ${now}` },
        ]);
    }
}
function validateFilter(doc) {
    const problems = filterProblems(doc);
    if (problems.length > 0)
        throw new ApiError(400, 'FILTER_INVALID', `the filter is not valid: ${listed(problems)}`, problems);
}

;// CONCATENATED MODULE: ./lib/emulator/filters.js
// Event filters: validate, list, create, read, replace, status. The contract's lifecycle: a created
// or updated filter is DRAFT (for the variant's draftMs; none by default), then PENDING_ACTIVATION,
// then ACTIVE after the activation delay, or FAILED with a message when options.failActivation
// says so. Variants with lifecycleAudit record each of the platform's own moves in the audit log.






const BASE = '/api/v2/event-processing/filters';
/**
 * The status a stale If-Match gets for this filter: the platform has been seen to answer 409 or
 * 412; the variant answers one of them always, or either, fixed per filter id (a hash of the id).
 */
function filterConflictStatus(id, variant) {
    const fixed = variant?.staleFilterStatus ?? 'by-id';
    if (fixed !== 'by-id')
        return fixed;
    return ((0,external_node_crypto_.createHash)('sha256').update(id).digest()[0] & 1) === 0 ? 412 : 409;
}
function find(ctx, id) {
    const f = ctx.state.filters.get(id);
    if (!f)
        throw notFound('filter', id);
    return f;
}
function nameTaken(ctx, name, except) {
    for (const f of ctx.state.filters.values())
        if (f.id !== except && f.doc.name === name)
            return f;
    return undefined;
}
function bodyDoc(body) {
    const doc = withoutFields(requireObject(body, 'an event filter'), FILTER_PLATFORM_FIELDS);
    validateFilter(doc);
    return doc;
}
const filterRoutes = [
    {
        method: 'POST',
        pattern: `${BASE}/validate`,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const doc = withoutFields(requireObject(req.json(), 'an event filter'), FILTER_PLATFORM_FIELDS);
            const problems = filterProblems(doc);
            if (problems.length > 0) {
                const message = `the filter is not valid: ${problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`;
                return {
                    status: 400,
                    body: ctx.variant.errorBody === 'message'
                        ? { message }
                        : { valid: false, message, code: 'FILTER_INVALID', details: problems },
                };
            }
            return { status: 200, body: { valid: true } };
        },
    },
    {
        method: 'GET',
        pattern: BASE,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const size = pageSize(req.query, 'page_size', 100, 1000);
            const name = req.query.get('name');
            let all = [...ctx.state.filters.values()].sort((a, b) => compareKeys(String(a.doc.name), String(b.doc.name)) || compareKeys(a.id, b.id));
            if (name !== null)
                all = all.filter((f) => f.doc.name === name);
            const page = keysetPage(all, (f) => String(f.doc.name), size, req.query.get('cursor'), `filters:${name ?? ''}`);
            return {
                status: 200,
                body: pageBody(ctx.variant, { entities: page.items.map((f) => filterEntity(f, ctx.variant)) }, page.next_cursor),
            };
        },
    },
    {
        method: 'POST',
        pattern: BASE,
        scope: 'event-processing:write',
        handler: (ctx, req) => {
            const doc = bodyDoc(req.json());
            const existing = nameTaken(ctx, doc.name);
            if (existing)
                throw new ApiError(409, 'DUPLICATE', `a filter named "${String(doc.name)}" already exists (id ${existing.id})`, [{ id: existing.id, message: 'name already exists' }]);
            const at = ctx.now().toISOString();
            const f = {
                id: nextId(ctx.state, 'filter'),
                revision: 1,
                doc,
                status: 'PENDING_ACTIVATION',
                createdAt: at,
                updatedAt: at,
            };
            ctx.state.filters.set(f.id, f);
            ctx.record({
                actor: req.actor,
                source: 'api',
                action: 'create',
                entity_kind: 'filter',
                entity_id: f.id,
                entity_name: String(doc.name),
                filter_id: f.id,
                before_version: null,
                after_version: 1,
            });
            ctx.scheduleActivation(f);
            return {
                status: 201,
                body: filterEntity(f, ctx.variant),
                headers: { etag: filterEtag(f), location: `${BASE}/${f.id}` },
            };
        },
    },
    {
        method: 'GET',
        pattern: `${BASE}/:id`,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const f = find(ctx, req.params.id);
            return {
                status: 200,
                body: filterEntity(f, ctx.variant, req.query.get('export_state') === 'true'),
                headers: { etag: filterEtag(f) },
            };
        },
    },
    {
        method: 'PUT',
        pattern: `${BASE}/:id`,
        scope: 'event-processing:write',
        handler: (ctx, req) => {
            const f = find(ctx, req.params.id);
            const current = filterEtag(f);
            const match = checkIfMatch(req.headers, current);
            if (match === 'missing')
                throw new ApiError(428, 'PRECONDITION_REQUIRED', 'an update needs If-Match with the ETag of the version it replaces');
            if (match === 'stale') {
                const status = filterConflictStatus(f.id, ctx.variant);
                throw new ApiError(status, status === 412 ? 'PRECONDITION_FAILED' : 'CONFLICT', `filter ${f.id} changed since it was read (current ETag ${current})`, [{ current_etag: current, message: 'stale If-Match' }]);
            }
            const doc = bodyDoc(req.json());
            const other = nameTaken(ctx, doc.name, f.id);
            if (other)
                throw new ApiError(409, 'DUPLICATE', `another filter (id ${other.id}) is named "${String(doc.name)}"`);
            const before = f.revision;
            f.doc = doc;
            f.revision += 1;
            f.updatedAt = ctx.now().toISOString();
            ctx.record({
                actor: req.actor,
                source: 'api',
                action: 'update',
                entity_kind: 'filter',
                entity_id: f.id,
                entity_name: String(doc.name),
                filter_id: f.id,
                before_version: before,
                after_version: f.revision,
            });
            ctx.scheduleActivation(f);
            return { status: 200, body: filterEntity(f, ctx.variant), headers: { etag: filterEtag(f) } };
        },
    },
    {
        method: 'GET',
        pattern: `${BASE}/:id/status`,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const f = find(ctx, req.params.id);
            return {
                status: 200,
                body: { id: f.id, status: f.status, ...(f.message !== undefined ? { message: f.message } : {}) },
            };
        },
    },
];
/** Lifecycle timers: one per filter, unref'd, all cleared by close(). */
class Lifecycle {
    ctx;
    delayMs;
    failActivation;
    timers = new Map();
    constructor(ctx, delayMs, failActivation) {
        this.ctx = ctx;
        this.delayMs = delayMs;
        this.failActivation = failActivation;
    }
    /** A created or updated filter starts over: DRAFT (when the variant has the step), then pending, then the verdict. */
    schedule(f) {
        delete f.message;
        delete f.activatedAt;
        const draftMs = this.ctx().variant.draftMs;
        if (draftMs > 0) {
            f.status = 'DRAFT';
            this.after(f, draftMs, 'DRAFT', (live) => {
                this.move(live, 'PENDING_ACTIVATION');
                this.after(live, this.delayMs, 'PENDING_ACTIVATION', (l) => this.activate(l));
            });
        }
        else {
            f.status = 'PENDING_ACTIVATION';
            this.after(f, this.delayMs, 'PENDING_ACTIVATION', (live) => this.activate(live));
        }
    }
    /** Run `step` after `ms` unless the filter changed (another revision, or left `from`) meanwhile. */
    after(f, ms, from, step) {
        clearTimeout(this.timers.get(f.id));
        const revision = f.revision;
        const timer = setTimeout(() => {
            this.timers.delete(f.id);
            const live = this.ctx().state.filters.get(f.id);
            if (live && live.revision === revision && live.status === from)
                step(live);
        }, ms);
        timer.unref();
        this.timers.set(f.id, timer);
    }
    activate(live) {
        const ctx = this.ctx();
        let failure;
        try {
            failure = this.failActivation?.(filterEntity(live, ctx.variant));
        }
        catch (err) {
            failure = `activation failed: ${err.message}`;
        }
        if (failure !== undefined) {
            live.message = failure;
            this.move(live, 'FAILED');
        }
        else {
            live.activatedAt = ctx.now().toISOString();
            this.move(live, 'ACTIVE');
        }
    }
    move(live, status) {
        live.status = status;
        const ctx = this.ctx();
        if (!ctx.variant.lifecycleAudit)
            return;
        ctx.record({
            actor: 'platform',
            source: 'platform',
            action: 'status',
            status,
            entity_kind: 'filter',
            entity_id: live.id,
            entity_name: String(live.doc.name),
            filter_id: live.id,
            before_version: live.revision,
            after_version: live.revision,
        });
    }
    clear() {
        for (const t of this.timers.values())
            clearTimeout(t);
        this.timers.clear();
    }
}

;// CONCATENATED MODULE: ./lib/emulator/groups.js
// Filter groups (routing groups): membership read with pagination, replaced by assignment.


const PATH = '/api/v2/event-processing/filter-groups/:group/filters';
const groupRoutes = [
    {
        method: 'GET',
        pattern: PATH,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const group = req.params.group;
            const size = pageSize(req.query, 'page_size', 100, 1000);
            // A group nobody assigned yet is empty, not missing: deploys assign new groups.
            const page = offsetPage(ctx.state.groups.get(group) ?? [], size, req.query.get('cursor'), `group:${group}`);
            return {
                status: 200,
                body: pageBody(ctx.variant, { group_id: group, filter_ids: page.items }, page.next_cursor),
            };
        },
    },
    {
        method: 'PUT',
        pattern: PATH,
        scope: 'event-processing:write',
        handler: (ctx, req) => {
            const group = req.params.group;
            const body = req.json();
            const ids = isRecord(body) ? body.filter_ids : undefined;
            if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
                throw new ApiError(400, 'BAD_REQUEST', 'the body must be {"filter_ids": ["<filter id>", ...]}');
            }
            const unknown = ids.filter((id) => !ctx.state.filters.has(id));
            if (unknown.length > 0) {
                throw new ApiError(400, 'UNKNOWN_FILTER', `no such filter: ${unknown.join(', ')}`, unknown.map((id) => ({ filter_id: id, message: 'does not exist' })));
            }
            const members = [...new Set(ids)];
            ctx.state.groups.set(group, members);
            ctx.record({
                actor: req.actor,
                source: 'api',
                action: 'assign',
                entity_kind: 'group',
                entity_id: group,
                filter_ids: [...members],
                before_version: null,
                after_version: null,
            });
            return { status: 200, body: { group_id: group, filter_ids: members } };
        },
    },
];

;// CONCATENATED MODULE: ./lib/emulator/metrics.js
// Analytics: a hit-rate series for one filter, deterministic from a seeded hash of (filter id,
// bucket start), so the same query always gives the same numbers. Filters in state.deadFilters
// match nothing (all zeros); a filter in state.lastHitAt has no hits in buckets that start after
// that time (a filter that went quiet); every other bucket has at least one hit.



const METRICS = ['hit_count', 'throughput_rate', 'match_ratio'];
const MAX_BUCKETS = 10_000;
/** ISO 8601 duration (PnDTnHnMnS, optional leading '-') in ms; undefined when not one. */
function parseDuration(text) {
    const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
    if (!m || text.endsWith('P') || text.endsWith('T') || (!m[2] && !m[3] && !m[4] && !m[5]))
        return undefined;
    const ms = ((Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 60_000 + Number(m[5] ?? 0) * 1000;
    return m[1] ? -ms : ms;
}
function unit(seed, filterId, bucket, metric) {
    const d = (0,external_node_crypto_.createHash)('sha256').update(`${seed}\0${filterId}\0${bucket}\0${metric}`).digest();
    return d.readUInt32BE(0) / 0x1_0000_0000;
}
const metricsRoutes = [
    {
        method: 'GET',
        pattern: '/api/v2/analytics/event-processing/filter-metrics',
        scope: 'analytics:read',
        handler: (ctx, req) => {
            const q = req.query;
            const filterId = q.get('filter_id');
            if (!filterId)
                throw new ApiError(400, 'BAD_REQUEST', 'filter_id is required');
            if (!ctx.state.filters.has(filterId))
                throw notFound('filter', filterId);
            const interval = parseDuration(q.get('interval') ?? 'PT5M');
            if (interval === undefined || interval <= 0)
                throw new ApiError(400, 'BAD_REQUEST', `interval ${q.get('interval')} is not a positive ISO 8601 duration (e.g. PT5M)`);
            const requested = (q.get('metrics') ?? METRICS.join(','))
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
            const unknown = requested.filter((m) => !METRICS.includes(m));
            if (unknown.length > 0)
                throw new ApiError(400, 'BAD_REQUEST', `unknown metrics: ${unknown.join(', ')}; use ${METRICS.join(', ')}`);
            const endRaw = q.get('end_time');
            const end = endRaw === null ? ctx.now().getTime() : Date.parse(endRaw);
            if (Number.isNaN(end))
                throw new ApiError(400, 'BAD_REQUEST', `end_time ${endRaw} is not an ISO 8601 time`);
            const startRaw = q.get('start_time') ?? '-PT3600S';
            const rel = parseDuration(startRaw);
            const start = rel !== undefined ? end + (rel < 0 ? rel : -rel) : Date.parse(startRaw);
            if (Number.isNaN(start) || start > end)
                throw new ApiError(400, 'BAD_REQUEST', `start_time ${startRaw} is not an ISO 8601 time or a negative duration before end_time`);
            const first = Math.floor(start / interval) * interval;
            if ((end - first) / interval > MAX_BUCKETS)
                throw new ApiError(400, 'BAD_REQUEST', `the range holds more than ${MAX_BUCKETS} intervals; widen the interval or narrow the range`);
            const alwaysDead = ctx.state.deadFilters.has(filterId);
            const lastHit = ctx.state.lastHitAt.get(filterId);
            const silentFrom = lastHit === undefined ? Infinity : Date.parse(lastHit);
            const series = [];
            let total = 0;
            for (let t = first; t < end; t += interval) {
                const dead = alwaysDead || t > silentFrom;
                const hits = dead ? 0 : 1 + Math.floor(unit(ctx.metricsSeed, filterId, t, 'hits') * 500);
                total += hits;
                const values = {
                    hit_count: hits,
                    throughput_rate: Math.round((hits / (interval / 1000)) * 1000) / 1000,
                    match_ratio: dead
                        ? 0
                        : Math.round((0.01 + unit(ctx.metricsSeed, filterId, t, 'ratio') * 0.5) * 10_000) / 10_000,
                };
                const point = { timestamp: new Date(t).toISOString() };
                for (const m of requested)
                    point[m] = values[m];
                series.push(point);
            }
            return {
                status: 200,
                body: {
                    filter_id: filterId,
                    interval: q.get('interval') ?? 'PT5M',
                    start_time: new Date(start).toISOString(),
                    end_time: new Date(end).toISOString(),
                    metrics: requested,
                    series,
                    totals: { hit_count: total },
                },
            };
        },
    },
];

;// CONCATENATED MODULE: ./lib/emulator/rate-limit.js
// A token bucket per second: `perSecond` requests may burst, refilled continuously.
class TokenBucket {
    perSecond;
    clock;
    tokens;
    last;
    constructor(perSecond, clock = () => performance.now()) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.tokens = perSecond;
        this.last = clock();
    }
    /** 0 when the request may go, else the seconds to wait (for Retry-After, at least 1). */
    take() {
        const now = this.clock();
        this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
        this.last = now;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return 0;
        }
        return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
    }
}

;// CONCATENATED MODULE: ./lib/emulator/schemas.js
// Event schemas: the registry export (keyset-paginated by title), read, create, replace.





const schemas_BASE = '/api/v2/eventbridge/schemas';
function schemas_find(ctx, id) {
    const s = ctx.state.schemas.get(id);
    if (!s)
        throw notFound('schema', id);
    return s;
}
function titleTaken(ctx, title, except) {
    for (const s of ctx.state.schemas.values())
        if (s.id !== except && s.doc.title === title)
            return s;
    return undefined;
}
const sortedByTitle = (ctx) => [...ctx.state.schemas.values()].sort((a, b) => compareKeys(String(a.doc.title), String(b.doc.title)) || compareKeys(a.id, b.id));
const schemaRoutes = [
    {
        method: 'GET',
        pattern: schemas_BASE,
        scope: 'eventbridge:schemas:read',
        handler: (ctx, req) => {
            const limit = Math.min(pageSize(req.query, 'limit', 1000, 1000), ctx.maxPageSize);
            const title = req.query.get('title');
            let all = sortedByTitle(ctx);
            if (title !== null)
                all = all.filter((s) => s.doc.title === title);
            const page = keysetPage(all, (s) => String(s.doc.title), limit, req.query.get('cursor'), `schemas:${title ?? ''}`);
            return { status: 200, body: pageBody(ctx.variant, { entities: page.items.map(schemaEntity) }, page.next_cursor) };
        },
    },
    {
        method: 'GET',
        pattern: `${schemas_BASE}/:id`,
        scope: 'eventbridge:schemas:read',
        handler: (ctx, req) => {
            const s = schemas_find(ctx, req.params.id);
            return { status: 200, body: schemaEntity(s), headers: { etag: schemaEtag(s) } };
        },
    },
    {
        method: 'POST',
        pattern: schemas_BASE,
        scope: 'eventbridge:schemas:write',
        handler: (ctx, req) => {
            const doc = withoutFields(requireObject(req.json(), 'an event schema'), SCHEMA_PLATFORM_FIELDS);
            validateSchema(doc);
            const existing = titleTaken(ctx, doc.title);
            if (existing)
                throw new ApiError(409, 'DUPLICATE', `a schema titled "${String(doc.title)}" already exists (id ${existing.id})`, [{ id: existing.id, message: 'title already exists' }]);
            const s = { id: nextId(ctx.state, 'schema'), revision: 1, doc };
            ctx.state.schemas.set(s.id, s);
            ctx.record({
                actor: req.actor,
                source: 'api',
                action: 'create',
                entity_kind: 'schema',
                entity_id: s.id,
                entity_name: String(doc.title),
                before_version: null,
                after_version: 1,
                before_cxone_version: null,
                after_cxone_version: versionOf(doc),
            });
            return { status: 201, body: schemaEntity(s), headers: { etag: schemaEtag(s), location: `${schemas_BASE}/${s.id}` } };
        },
    },
    {
        method: 'PUT',
        pattern: `${schemas_BASE}/:id`,
        scope: 'eventbridge:schemas:write',
        handler: (ctx, req) => {
            const s = schemas_find(ctx, req.params.id);
            const current = schemaEtag(s);
            const match = checkIfMatch(req.headers, current);
            if (match === 'missing')
                throw new ApiError(428, 'PRECONDITION_REQUIRED', 'an update needs If-Match with the ETag of the version it replaces');
            if (match === 'stale')
                throw new ApiError(412, 'PRECONDITION_FAILED', `schema ${s.id} changed since it was read (current ETag ${current})`, [{ current_etag: current, message: 'stale If-Match' }]);
            const doc = withoutFields(requireObject(req.json(), 'an event schema'), SCHEMA_PLATFORM_FIELDS);
            validateSchema(doc);
            const other = titleTaken(ctx, doc.title, s.id);
            if (other)
                throw new ApiError(409, 'DUPLICATE', `another schema (id ${other.id}) is titled "${String(doc.title)}"`);
            validateEvolution(s.doc, doc);
            const before = { revision: s.revision, version: versionOf(s.doc) };
            s.doc = doc;
            s.revision += 1;
            ctx.record({
                actor: req.actor,
                source: 'api',
                action: 'update',
                entity_kind: 'schema',
                entity_id: s.id,
                entity_name: String(doc.title),
                before_version: before.revision,
                after_version: s.revision,
                before_cxone_version: before.version,
                after_cxone_version: versionOf(doc),
            });
            return { status: 200, body: schemaEntity(s), headers: { etag: schemaEtag(s) } };
        },
    },
];

;// CONCATENATED MODULE: ./lib/emulator/types.js
// The emulator's public shapes: its options, and the state tests and the CLI may inspect or
// change (through Emulator.mutate, which records the change in the audit log).
/** The contract's scopes (docs/cxone-api.md, "Authentication") plus one only the console uses. */
const ALL_SCOPES = [
    'eventbridge:schemas:read',
    'eventbridge:schemas:write',
    'event-processing:read',
    'event-processing:write',
    'analytics:read',
    'analytics:write',
];

;// CONCATENATED MODULE: ./lib/emulator/variant.js
// Where docs/cxone-api.md is silent, real platforms may answer differently. The emulator
// implements each plausible reading behind a switch, and the product's drift and deploy tests
// run against every named variant below, so no test passes only because of one of our choices.
const REFERENCE_VARIANT = {
    auditShape: 'entity',
    lifecycleAudit: false,
    lastPageCursor: 'null',
    staleFilterStatus: 'by-id',
    draftMs: 0,
    errorBody: 'full',
    filterTimestamps: false,
};
/** The variants the tests run against: every switch takes each of its values in one of them. */
const VARIANTS = {
    reference: REFERENCE_VARIANT,
    'resource-draft': {
        auditShape: 'resource',
        lifecycleAudit: true,
        lastPageCursor: 'absent',
        staleFilterStatus: 409,
        draftMs: 25,
        errorBody: 'full',
        filterTimestamps: true,
    },
    'flat-terse': {
        auditShape: 'flat',
        lifecycleAudit: true,
        lastPageCursor: 'null',
        staleFilterStatus: 412,
        draftMs: 0,
        errorBody: 'message',
        filterTimestamps: false,
    },
};
/** A named variant, or a partial one over the reference. */
function resolveVariant(v) {
    if (v === undefined)
        return REFERENCE_VARIANT;
    if (typeof v === 'string') {
        const named = VARIANTS[v];
        if (!named)
            throw new Error(`unknown emulator variant "${v}" (known: ${Object.keys(VARIANTS).join(', ')})`);
        return named;
    }
    return { ...REFERENCE_VARIANT, ...v };
}

;// CONCATENATED MODULE: ./lib/emulator/server.js
// The emulator's HTTP server: routing, the order of concerns for every request (body limit ->
// rate limit -> injected fault -> 404/405 -> authentication and scope -> handler), and close().













const TOKEN_PATH = '/oauth/token';
const DEFAULT_CLIENT = { clientId: 'emulator-client', clientSecret: 'emulator-secret', scopes: [...ALL_SCOPES] };
const DEFAULT_MAX_BODY = 2 * 1024 * 1024;
function compile(routes) {
    return routes.map((r) => {
        const names = [];
        const source = r.pattern
            .split('/')
            .map((seg) => {
            if (seg.startsWith(':')) {
                names.push(seg.slice(1));
                return '([^/]+)';
            }
            return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
            .join('/');
        return { ...r, regex: new RegExp(`^${source}/?$`), names };
    });
}
const ROUTES = compile([...schemaRoutes, ...filterRoutes, ...groupRoutes, ...auditRoutes, ...metricsRoutes]);
async function startEmulator(options = {}) {
    const now = options.now ?? (() => new Date());
    const variant = resolveVariant(options.variant);
    const state = createState();
    if (options.seed !== undefined)
        seedState(state, options.seed, now());
    const requests = [];
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    const auth = {
        clients: options.clients ?? [DEFAULT_CLIENT],
        tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
        formats: options.tokenFormats ?? ['form', 'json'],
        now,
    };
    const bucket = options.rateLimitPerSecond !== undefined && options.rateLimitPerSecond > 0
        ? new TokenBucket(options.rateLimitPerSecond)
        : undefined;
    const faults = options.faults ? new FaultInjector(options.faults) : undefined;
    const stalls = new Set();
    const sockets = new Set();
    let closed = false;
    const ctx = {
        state,
        now,
        metricsSeed: options.metricsSeed ?? 1,
        variant,
        maxPageSize: options.maxPageSize ?? 1000,
        record: (entry) => state.audit.push({ timestamp: now().toISOString(), ...entry }),
        scheduleActivation: (f) => lifecycle.schedule(f),
    };
    const lifecycle = new Lifecycle(() => ctx, options.activationDelayMs ?? 300, options.failActivation);
    const stall = (ms) => new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            stalls.delete(done);
            resolve();
        };
        const timer = setTimeout(done, Math.min(ms, 2_147_483_647));
        timer.unref();
        stalls.add(done);
    });
    const send = (res, r, extra = {}) => {
        if (res.destroyed || res.headersSent)
            return;
        const body = r.body === undefined ? '' : JSON.stringify(r.body);
        res.writeHead(r.status, {
            ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
            'content-length': String(Buffer.byteLength(body)),
            ...r.headers,
            ...extra,
        });
        res.end(body);
    };
    const errorBody = (err) => (variant.errorBody === 'message' ? { message: err.message } : err.body());
    const sendError = (res, err, extra = {}) => send(res, { status: err.status, body: errorBody(err), headers: err.headers }, extra);
    async function handle(req, res) {
        const started = performance.now();
        const method = req.method ?? 'GET';
        let url;
        try {
            url = new URL(req.url ?? '/', 'http://emulator.invalid');
        }
        catch {
            url = new URL('http://emulator.invalid/');
        }
        const path = url.pathname;
        let injected;
        let logged = false;
        const log = (status) => {
            if (logged)
                return;
            logged = true;
            requests.push({
                method,
                path,
                status,
                ms: Math.round((performance.now() - started) * 100) / 100,
                ...(injected ? { fault: injected } : {}),
            });
        };
        res.on('finish', () => log(res.statusCode));
        // A request the client gave up on (e.g. a stall it timed out) never finishes: log it as 0.
        res.on('close', () => log(res.writableFinished ? res.statusCode : 0));
        let raw;
        try {
            raw = await readBody(req, maxBody);
        }
        catch (err) {
            if (err instanceof BodyTooLarge) {
                sendError(res, new ApiError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBody} bytes`), {
                    connection: 'close',
                });
                req.resume();
            }
            else {
                res.destroy();
                log(0);
            }
            return;
        }
        if (closed)
            return;
        const isToken = path === TOKEN_PATH || path === `${TOKEN_PATH}/`;
        if (!isToken || options.faults?.onToken) {
            if (bucket && !isToken) {
                const wait = bucket.take();
                if (wait > 0) {
                    injected = 'rate-limit';
                    sendError(res, new ApiError(429, 'RATE_LIMITED', `more than ${options.rateLimitPerSecond} requests per second; retry after ${wait} s`), { 'retry-after': String(wait) });
                    return;
                }
            }
            const fault = options.faults?.methods && !options.faults.methods.includes(method) ? undefined : faults?.next();
            if (fault && fault.kind !== 'none') {
                injected = fault.kind;
                if (fault.kind === '429') {
                    sendError(res, new ApiError(429, 'RATE_LIMITED', 'too many requests (injected)'), {
                        'retry-after': String(fault.retryAfter),
                    });
                    return;
                }
                if (fault.kind === '5xx') {
                    sendError(res, new ApiError(fault.status, 'SERVER_ERROR', `the service failed (injected ${fault.status})`));
                    return;
                }
                if (fault.kind === 'reset') {
                    resetConnection(req);
                    log(0);
                    return;
                }
                if (fault.kind === 'stall') {
                    await stall(fault.ms);
                    if (closed)
                        return;
                }
            }
        }
        // 'reset-after': the handler runs (and applies any write), then the answer is lost with the connection.
        const answer = (r) => {
            if (injected !== 'reset-after')
                return send(res, r);
            resetConnection(req);
            log(0);
        };
        if (isToken) {
            if (method !== 'POST') {
                sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${TOKEN_PATH}`), {
                    allow: 'POST',
                });
                return;
            }
            send(res, issueToken(state, auth, req.headers, raw));
            return;
        }
        const matching = ROUTES.filter((r) => r.regex.test(path));
        const route = matching.find((r) => r.method === method);
        if (!route) {
            if (matching.length === 0)
                sendError(res, new ApiError(404, 'NOT_FOUND', `no endpoint ${path}`));
            else
                sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`), {
                    allow: [...new Set(matching.map((r) => r.method))].join(', '),
                });
            return;
        }
        try {
            const m = route.regex.exec(path);
            const params = {};
            route.names.forEach((name, i) => {
                try {
                    params[name] = decodeURIComponent(m[i + 1]);
                }
                catch {
                    throw new ApiError(400, 'BAD_REQUEST', `malformed path segment ${m[i + 1]}`);
                }
            });
            const grant = authenticate(state, now(), req.headers, route.scope);
            let parsed;
            const apiReq = {
                method,
                path,
                params,
                query: url.searchParams,
                headers: req.headers,
                actor: grant.clientId,
                json: () => (parsed ??= { value: parseJsonBody(raw) }).value,
            };
            answer(route.handler(ctx, apiReq));
        }
        catch (err) {
            if (err instanceof ApiError)
                answer({ status: err.status, body: errorBody(err), headers: err.headers });
            else
                sendError(res, new ApiError(500, 'INTERNAL', `the emulator failed: ${err?.message ?? String(err)}`));
        }
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((err) => {
            try {
                sendError(res, new ApiError(500, 'INTERNAL', `the emulator failed: ${err?.message ?? String(err)}`));
            }
            catch {
                res.destroy();
            }
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    server.on('clientError', (_err, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        else
            socket.destroy();
    });
    const host = options.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${shownHost}:${address.port}`;
    return {
        url,
        tokenUrl: `${url}${TOKEN_PATH}`,
        state,
        requests,
        mutate: (actor, fn) => mutateWithAudit(ctx, actor, fn),
        close: async () => {
            if (closed)
                return;
            closed = true;
            lifecycle.clear();
            for (const done of [...stalls])
                done();
            const finished = new Promise((resolve) => server.close(() => resolve()));
            server.closeAllConnections();
            for (const s of sockets)
                s.destroy();
            await finished;
        },
    };
}
function resetConnection(req) {
    const socket = req.socket;
    if (typeof socket.resetAndDestroy === 'function')
        socket.resetAndDestroy();
    else
        socket.destroy();
}

;// CONCATENATED MODULE: ./lib/emulator/cli.js
// `cxone-contract emulator [--port N] [--seed FILE] [--variant NAME]`: run the emulator until SIGINT/SIGTERM.

/** Runs until SIGINT/SIGTERM, or until `signal` aborts (for tests and embedding). */
async function runEmulatorCommand(args, io, signal) {
    const emulator = await startEmulator({
        ...(args.port !== undefined ? { port: args.port } : {}),
        ...(args.seed !== undefined ? { seed: args.seed } : {}),
        ...(args.maxPageSize !== undefined ? { maxPageSize: args.maxPageSize } : {}),
        ...(args.variant !== undefined ? { variant: args.variant } : {}),
    });
    io.out(`CXone emulator listening on ${emulator.url}${args.variant !== undefined ? ` (variant ${args.variant})` : ''}`);
    io.out(`  CXONE_API_BASE_URL=${emulator.url}`);
    io.out(`  CXONE_TOKEN_URL=${emulator.tokenUrl}`);
    io.out(`  CXONE_CLIENT_ID=${DEFAULT_CLIENT.clientId}`);
    io.out(`  CXONE_CLIENT_SECRET=${DEFAULT_CLIENT.clientSecret}`);
    io.out(`  scopes: ${DEFAULT_CLIENT.scopes.join(' ')}`);
    if (args.seed !== undefined)
        io.out(`  seeded from ${args.seed}: ${emulator.state.schemas.size} schemas, ${emulator.state.filters.size} filters`);
    io.out('Press Ctrl+C to stop.');
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            signal?.removeEventListener('abort', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        if (signal?.aborted)
            stop();
        else
            signal?.addEventListener('abort', stop);
    });
    await emulator.close();
    io.out('CXone emulator stopped.');
}

;// CONCATENATED MODULE: ./lib/emulator/index.js
// The CXone platform emulator: a real HTTP server on loopback implementing cxone-api.md, for
// users' offline workflows, the demo, and our tests. See README notes in each module.









/***/ })

};
;