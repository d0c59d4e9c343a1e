export const id = 376;
export const ids = [376];
export const modules = {

/***/ 84869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   qk: () => (/* binding */ ALL_SCOPES)
/* harmony export */ });
/* unused harmony exports DEFAULTS, checkUrl, isLoopback */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42312);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38066);
// Client settings: defaults, validation and the URL policy (https:// everywhere except loopback).
// A bad setting is a usage error (exit 2): the user can fix it; nothing has been sent yet.


/** Every scope the client's endpoints need (cxone-api.md). */
const ALL_SCOPES = [
    'eventbridge:schemas:read',
    'eventbridge:schemas:write',
    'event-processing:read',
    'event-processing:write',
    'analytics:read',
];
const DEFAULTS = {
    requestTimeoutMs: 30_000,
    maxRetries: 5,
    maxConcurrency: 4,
    requestsPerSecond: 100,
    backoffBaseMs: 250,
    backoffMaxMs: 20_000,
};
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function resolveOptions(o) {
    if (typeof o.clientId !== 'string' || o.clientId.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('client-id is required to call the CXone API');
    if (typeof o.clientSecret !== 'string' || o.clientSecret === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('client-secret is required to call the CXone API');
    const baseUrl = checkUrl('api-base-url', o.baseUrl).replace(/\/+$/, '');
    const tokenUrl = checkUrl('token-url', o.tokenUrl ?? `${baseUrl}/oauth/token`);
    const format = o.tokenRequestFormat ?? 'form';
    if (format !== 'form' && format !== 'json')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`token-request-format: expected form or json, got ${JSON.stringify(format)}`);
    const scopes = o.scopes ?? [];
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || /\s/.test(s) || s === '')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('scopes: expected a list of scope names without spaces');
    }
    return {
        baseUrl,
        tokenUrl,
        tokenRequestFormat: format,
        clientId: o.clientId,
        clientSecret: o.clientSecret,
        tenant: o.tenant === undefined || o.tenant === '' ? undefined : o.tenant,
        scopes,
        requestTimeoutMs: int('request timeout (ms)', o.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1),
        maxRetries: int('max retries', o.maxRetries, DEFAULTS.maxRetries, 0),
        maxConcurrency: int('max-concurrency', o.maxConcurrency, DEFAULTS.maxConcurrency, 1),
        requestsPerSecond: int('requests-per-second', o.requestsPerSecond, DEFAULTS.requestsPerSecond, 0),
        backoffBaseMs: int('backoff base (ms)', o.backoffBaseMs, DEFAULTS.backoffBaseMs, 0),
        backoffMaxMs: int('backoff max (ms)', o.backoffMaxMs, DEFAULTS.backoffMaxMs, 0),
        mask: o.mask ?? (() => { }),
        log: o.log ?? (() => { }),
        sleep: o.sleep ?? realSleep,
        random: o.random ?? Math.random,
        now: o.now ?? Date.now,
    };
}
function int(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < min)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: expected an integer ≥ ${min}, got ${String(value)}`);
    return value;
}
/** Parse a URL setting and apply the policy: https://, or http:// to a loopback address only. */
function checkUrl(name, raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${JSON.stringify(String(raw))} is not an absolute URL (expected https://host[/path])`);
    }
    if (url.username !== '' || url.password !== '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: credentials in the URL are not allowed (use client-id and client-secret)`);
    if (url.search !== '' || url.hash !== '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${url.origin}${url.pathname} must not carry a query or fragment`);
    if (url.protocol === 'https:')
        return url.href;
    if (url.protocol === 'http:') {
        if (isLoopback(url.hostname))
            return url.href;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${url.origin} uses plain http:// — use https:// (http:// is accepted only for loopback addresses such as 127.0.0.1 or localhost)`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: unsupported scheme ${url.protocol} (expected https://)`);
}
/** localhost, *.localhost, 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.isValid(host))
        return false;
    try {
        return ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.process(host).range() === 'loopback';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 57376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CLIENT: () => (/* reexport */ DEFAULT_CLIENT),
  runEmulatorCommand: () => (/* reexport */ runEmulatorCommand),
  startEmulator: () => (/* reexport */ startEmulator)
});

// UNUSED EXPORTS: ALL_SCOPES, TOKEN_PATH, etagOf, filterConflictStatus, filterEtag, prng, schemaEtag

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
/** Compare `If-Match` with the current strong ETag: weak tags never match (RFC 9110 §13.1.1). */
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
    if (!c || typeof c !== 'object' || c.l !== listing || (c.k !== undefined && typeof c.k !== 'string') || (c.o !== undefined && (!Number.isInteger(c.o) || c.o < 0))) {
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
        throw new ApiError(400, 'INVALID_PAGE_SIZE', `${name} must be an integer from 1 to ${max}`, [{ parameter: name, value: raw, message: `out of range 1..${max}` }]);
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
    return { items, next_cursor: more && items.length > 0 ? encodeCursor({ l: listing, k: key(items[items.length - 1]) }) : null };
}
/** Offset page over an append-only or replaced list. */
function offsetPage(list, size, cursor, listing) {
    const start = cursor ? (decodeCursor(cursor, listing).o ?? 0) : 0;
    const items = list.slice(start, start + size);
    const end = start + items.length;
    return { items, next_cursor: end < list.length ? encodeCursor({ l: listing, o: end }) : null };
}
/** Code-unit order: deterministic across locales (unlike localeCompare). */
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(34103);
// EXTERNAL MODULE: ./lib/baseline/types.js
var types = __webpack_require__(41900);
;// CONCATENATED MODULE: ./lib/emulator/state.js
// The emulator's store: schemas and filters by id, groups, the audit log, issued tokens. Entities
// carry a revision; the strong ETag is a hash of content and revision.





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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${kind}\0${id}\0${revision}\0${(0,canonical/* canonicalJson */.d)(doc)}`).digest('base64url');
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
function filterEntity(f, exportState = false) {
    return {
        ...f.doc,
        id: f.id,
        status: f.status,
        etag: filterEtag(f),
        ...(f.message !== undefined ? { message: f.message } : {}),
        ...(exportState ? { revision: f.revision, activated_at: f.activatedAt ?? null } : {}),
    };
}

/** A copy of `doc` without the fields the platform assigns (clients send back what they read). */
function withoutFields(doc, fields) {
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}
const STATUSES = ['DRAFT', 'PENDING_ACTIVATION', 'ACTIVE', 'FAILED'];
/** Load seed data (a registry export file path, or data) into an empty state. Seeded filters are ACTIVE unless they say otherwise. */
function seedState(state, seed) {
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
        const id = typeof entity.id === 'string' && entity.id !== '' && !state.schemas.has(entity.id) ? entity.id : nextId(state, 'schema');
        state.schemas.set(id, { id, revision: 1, doc: withoutFields(entity, types/* SCHEMA_PLATFORM_FIELDS */.s5) });
    }
    const names = new Set();
    for (const [i, entity] of (data.filters ?? []).entries()) {
        if (!isRecord(entity) || typeof entity.name !== 'string' || entity.name === '')
            throw new Error(`emulator seed: filters[${i}] is not a filter with a name`);
        if (names.has(entity.name))
            throw new Error(`emulator seed: filter name "${entity.name}" appears twice`);
        names.add(entity.name);
        const id = typeof entity.id === 'string' && entity.id !== '' && !state.filters.has(entity.id) ? entity.id : nextId(state, 'filter');
        const status = STATUSES.includes(entity.status) ? entity.status : 'ACTIVE';
        state.filters.set(id, {
            id,
            revision: 1,
            doc: withoutFields(entity, types/* FILTER_PLATFORM_FIELDS */.f1),
            status,
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
        schemas: new Map([...state.schemas].map(([id, s]) => [id, { revision: s.revision, content: (0,canonical/* canonicalJson */.d)(s.doc), cxoneVersion: versionOf(s.doc), title: String(s.doc.title ?? '') }])),
        filters: new Map([...state.filters].map(([id, f]) => [id, { revision: f.revision, content: (0,canonical/* canonicalJson */.d)(f.doc), name: String(f.doc.name ?? '') }])),
        groups: new Map([...state.groups].map(([id, ids]) => [id, JSON.stringify(ids)])),
    };
}
function versionOf(doc) {
    return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : null;
}

;// CONCATENATED MODULE: ./lib/emulator/audit.js
// The audit log: every mutation, from the API or out of band (Emulator.mutate), in order.



const auditRoutes = [
    {
        method: 'GET',
        pattern: '/api/v2/event-processing/audit-logs',
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const size = pageSize(req.query, 'page_size', 50, 1000);
            const filterId = req.query.get('filter_id');
            const kind = req.query.get('entity_kind');
            let entries = ctx.state.audit;
            if (filterId !== null)
                entries = entries.filter((e) => e.filter_id === filterId);
            if (kind !== null)
                entries = entries.filter((e) => e.entity_kind === kind);
            const listing = `audit:${filterId ?? ''}:${kind ?? ''}`;
            const page = offsetPage(entries, size, req.query.get('cursor'), listing);
            return { status: 200, body: { entries: page.items, next_cursor: page.next_cursor } };
        },
    },
];
/**
 * Run an out-of-band change and record what it changed, entity by entity: creations, updates
 * (content changed: the revision is bumped if the change did not bump it) and deletions.
 */
function mutateWithAudit(ctx, actor, fn) {
    const before = snapshot(ctx.state);
    fn(ctx.state);
    const after = snapshot(ctx.state);
    for (const entry of diffSnapshots(ctx.state, before, after, actor))
        ctx.record(entry);
}
function diffSnapshots(state, before, after, actor) {
    const out = [];
    const base = { actor, source: 'console' };
    for (const [id, now] of after.schemas) {
        const was = before.schemas.get(id);
        const s = state.schemas.get(id);
        if (!Number.isInteger(s.revision) || s.revision < 1)
            s.revision = 1;
        if (!was) {
            out.push({ ...base, action: 'create', entity_kind: 'schema', entity_id: id, entity_name: now.title, before_version: null, after_version: s.revision, before_cxone_version: null, after_cxone_version: versionOf(s.doc) });
        }
        else if (was.content !== now.content || was.revision !== now.revision) {
            if (s.revision <= was.revision)
                s.revision = was.revision + 1;
            out.push({ ...base, action: 'update', entity_kind: 'schema', entity_id: id, entity_name: now.title, before_version: was.revision, after_version: s.revision, before_cxone_version: was.cxoneVersion, after_cxone_version: versionOf(s.doc) });
        }
    }
    for (const [id, was] of before.schemas) {
        if (!after.schemas.has(id))
            out.push({ ...base, action: 'delete', entity_kind: 'schema', entity_id: id, entity_name: was.title, before_version: was.revision, after_version: null, before_cxone_version: was.cxoneVersion, after_cxone_version: null });
    }
    for (const [id, now] of after.filters) {
        const was = before.filters.get(id);
        const f = state.filters.get(id);
        if (!Number.isInteger(f.revision) || f.revision < 1)
            f.revision = 1;
        if (!was) {
            out.push({ ...base, action: 'create', entity_kind: 'filter', entity_id: id, entity_name: now.name, filter_id: id, before_version: null, after_version: f.revision });
        }
        else if (was.content !== now.content || was.revision !== now.revision) {
            if (f.revision <= was.revision)
                f.revision = was.revision + 1;
            out.push({ ...base, action: 'update', entity_kind: 'filter', entity_id: id, entity_name: now.name, filter_id: id, before_version: was.revision, after_version: f.revision });
        }
    }
    for (const [id, was] of before.filters) {
        if (!after.filters.has(id))
            out.push({ ...base, action: 'delete', entity_kind: 'filter', entity_id: id, entity_name: was.name, filter_id: id, before_version: was.revision, after_version: null });
    }
    for (const [id, now] of after.groups) {
        if (before.groups.get(id) !== now)
            out.push({ ...base, action: 'assign', entity_kind: 'group', entity_id: id, filter_ids: [...(state.groups.get(id) ?? [])], before_version: null, after_version: null });
    }
    for (const id of before.groups.keys()) {
        if (!after.groups.has(id))
            out.push({ ...base, action: 'delete', entity_kind: 'group', entity_id: id, before_version: null, after_version: null });
    }
    return out;
}
function notFound(kind, id) {
    return new ApiError(404, 'NOT_FOUND', `${kind} ${id} does not exist`);
}

;// CONCATENATED MODULE: ./lib/emulator/auth.js
// OAuth 2.0 client credentials (RFC 6749 §4.4): the token endpoint, and bearer checks with
// expiry and scopes on every API call.


function oauthError(status, error, description) {
    return {
        status,
        body: { error, error_description: description },
        headers: { 'cache-control': 'no-store', ...(status === 401 ? { 'www-authenticate': 'Basic realm="cxone-emulator"' } : {}) },
    };
}
/** POST /oauth/token. */
function issueToken(state, config, headers, raw) {
    const type = String(headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
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
    // Client authentication: HTTP Basic (RFC 6749 §2.3.1) or client_id/client_secret in the body.
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
        return oauthError(400, fields.grant_type ? 'unsupported_grant_type' : 'invalid_request', fields.grant_type ? `grant_type ${fields.grant_type} is not supported; use client_credentials` : 'grant_type is missing');
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
    const issued = { clientId: client.clientId, scopes, expiresAt: config.now().getTime() + config.tokenTtlSeconds * 1000, ...(client.tenant ? { tenant: client.tenant } : {}) };
    state.tokens.set(token, issued);
    return {
        status: 200,
        body: { access_token: token, token_type: 'Bearer', expires_in: Math.max(1, Math.round(config.tokenTtlSeconds)), scope: scopes.join(' ') },
        headers: { 'cache-control': 'no-store' },
    };
}
/** The token's grant, or 401/403 as ApiError. */
function authenticate(state, now, headers, scope) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization ?? ''));
    const challenge = (error) => ({ 'www-authenticate': `Bearer realm="cxone-emulator", error="${error}"` });
    if (!m)
        throw new ApiError(401, 'UNAUTHORIZED', 'missing bearer token (Authorization: Bearer <token>)', undefined, { 'www-authenticate': 'Bearer realm="cxone-emulator"' });
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

// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(73880);
// EXTERNAL MODULE: ./lib/evolution/platform-rule.js
var platform_rule = __webpack_require__(61003);
// EXTERNAL MODULE: ./lib/lint/filter/index.js
var filter = __webpack_require__(40522);
// EXTERNAL MODULE: ./lib/lint/schema/limits.js
var limits = __webpack_require__(15047);
// EXTERNAL MODULE: ./lib/lint/schema/properties.js
var properties = __webpack_require__(77878);
// EXTERNAL MODULE: ./lib/lint/schema/types.js
var schema_types = __webpack_require__(16258);
// EXTERNAL MODULE: ./lib/lint/schema/version.js
var version = __webpack_require__(56987);
;// CONCATENATED MODULE: ./lib/emulator/validate.js
// The platform's 400s, from the product's own checks: the ingestion limits of a schema, the
// additive-evolution rule of a schema update, and the syntax of a filter.








function asContract(kind, name, doc) {
    return { kind, name, file: `api:${kind}`, doc, locate: () => ({ line: 0, column: 0 }) };
}
function details(findings) {
    return findings.map((f) => ({ code: f.rule, pointer: f.pointer, message: f.message }));
}
function errorsOnly(findings) {
    return findings.filter((f) => f.severity === 'error');
}
/** 400 unless the schema is within the ingestion limits (cxone-api.md). */
function validateSchema(doc) {
    if (typeof doc.title !== 'string' || doc.title.trim() === '') {
        throw new ApiError(400, 'SCHEMA_INVALID', 'the schema needs a non-empty string title', [{ code: 'title-missing', pointer: '/title', message: 'title is missing or not a string' }]);
    }
    const c = asContract('schema', doc.title, doc);
    const found = errorsOnly([...(0,limits/* checkLimits */.J5)(c), ...(0,schema_types/* checkTypes */.OE)(c), ...(0,properties/* checkPropertyNames */.E)(c), ...(0,version/* checkVersion */.p)(c)]);
    if (found.length > 0) {
        const code = found.some((f) => f.rule === 'payload-too-large' || f.rule === 'too-many-properties') ? 'INGESTION_LIMIT' : 'SCHEMA_INVALID';
        throw new ApiError(400, code, `schema "${doc.title}" violates the platform's ingestion rules: ${found.map((f) => f.message).join('; ')}`, details(found));
    }
}
/** 400 unless `next` is an additive evolution of `live` with a higher cxoneVersion. */
function validateEvolution(live, next) {
    const title = String(next.title);
    const found = (0,platform_rule/* notAdditive */.U)(live, next, { file: 'api:schema', contract: title });
    if (found.length > 0) {
        throw new ApiError(400, 'NOT_ADDITIVE', `the update of schema "${title}" is not an additive evolution of the stored version: ${found.map((f) => `${f.rule} at ${f.pointer || '/'}`).join(', ')}`, details(found));
    }
    const was = typeof live.cxoneVersion === 'string' ? semver.valid(live.cxoneVersion) : null;
    const now = typeof next.cxoneVersion === 'string' ? semver.valid(next.cxoneVersion) : null;
    if (was && now && !semver.gt(now, was)) {
        throw new ApiError(400, 'VERSION_NOT_INCREASED', `cxoneVersion ${now} must be higher than the stored ${was}`, [{ code: 'version-not-increased', pointer: '/cxoneVersion', message: `stored ${was}, sent ${now}` }]);
    }
}
/** The error-level findings of the product's filter lint: the platform's 400 for a filter. */
function filterProblems(doc) {
    const name = typeof doc.name === 'string' ? doc.name : '(unnamed)';
    let found;
    try {
        found = errorsOnly((0,filter/* lintFilter */.U)(asContract('filter', name, doc)));
    }
    catch (err) {
        return [{ code: 'filter-invalid', pointer: '', message: `could not be checked: ${err.message}` }];
    }
    return details(found);
}
function validateFilter(doc) {
    const problems = filterProblems(doc);
    if (problems.length > 0) {
        throw new ApiError(400, 'FILTER_INVALID', `the filter is not valid: ${problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`, problems);
    }
}

;// CONCATENATED MODULE: ./lib/emulator/filters.js
// Event filters: validate, list, create, read, replace, status. A created or updated filter is
// PENDING_ACTIVATION (there is no DRAFT step through the API) and becomes ACTIVE after the
// activation delay, or FAILED with a message when options.failActivation says so.






const BASE = '/api/v2/event-processing/filters';
/**
 * The status a stale If-Match gets for this filter: the platform has been seen to answer 409 or
 * 412, so the emulator answers one of them, fixed per filter id (a hash of the id).
 */
function filterConflictStatus(id) {
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
    const doc = withoutFields(requireObject(body, 'an event filter'), types/* FILTER_PLATFORM_FIELDS */.f1);
    validateFilter(doc);
    return doc;
}
const filterRoutes = [
    {
        method: 'POST',
        pattern: `${BASE}/validate`,
        scope: 'event-processing:read',
        handler: (_ctx, req) => {
            const doc = withoutFields(requireObject(req.json(), 'an event filter'), types/* FILTER_PLATFORM_FIELDS */.f1);
            const problems = filterProblems(doc);
            if (problems.length > 0) {
                return { status: 400, body: { valid: false, message: `the filter is not valid: ${problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`, code: 'FILTER_INVALID', details: problems } };
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
            return { status: 200, body: { entities: page.items.map((f) => filterEntity(f)), next_cursor: page.next_cursor } };
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
            const f = { id: nextId(ctx.state, 'filter'), revision: 1, doc, status: 'PENDING_ACTIVATION' };
            ctx.state.filters.set(f.id, f);
            ctx.record({ actor: req.actor, source: 'api', action: 'create', entity_kind: 'filter', entity_id: f.id, entity_name: String(doc.name), filter_id: f.id, before_version: null, after_version: 1 });
            ctx.scheduleActivation(f);
            return { status: 201, body: filterEntity(f), headers: { etag: filterEtag(f), location: `${BASE}/${f.id}` } };
        },
    },
    {
        method: 'GET',
        pattern: `${BASE}/:id`,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const f = find(ctx, req.params.id);
            return { status: 200, body: filterEntity(f, req.query.get('export_state') === 'true'), headers: { etag: filterEtag(f) } };
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
                const status = filterConflictStatus(f.id);
                throw new ApiError(status, status === 412 ? 'PRECONDITION_FAILED' : 'CONFLICT', `filter ${f.id} changed since it was read (current ETag ${current})`, [{ current_etag: current, message: 'stale If-Match' }]);
            }
            const doc = bodyDoc(req.json());
            const other = nameTaken(ctx, doc.name, f.id);
            if (other)
                throw new ApiError(409, 'DUPLICATE', `another filter (id ${other.id}) is named "${String(doc.name)}"`);
            const before = f.revision;
            f.doc = doc;
            f.revision += 1;
            ctx.record({ actor: req.actor, source: 'api', action: 'update', entity_kind: 'filter', entity_id: f.id, entity_name: String(doc.name), filter_id: f.id, before_version: before, after_version: f.revision });
            ctx.scheduleActivation(f);
            return { status: 200, body: filterEntity(f), headers: { etag: filterEtag(f) } };
        },
    },
    {
        method: 'GET',
        pattern: `${BASE}/:id/status`,
        scope: 'event-processing:read',
        handler: (ctx, req) => {
            const f = find(ctx, req.params.id);
            return { status: 200, body: { id: f.id, status: f.status, ...(f.message !== undefined ? { message: f.message } : {}) } };
        },
    },
];
/** Activation timers: one per filter, unref'd, all cleared by close(). */
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
    schedule(f) {
        f.status = 'PENDING_ACTIVATION';
        delete f.message;
        delete f.activatedAt;
        clearTimeout(this.timers.get(f.id));
        const revision = f.revision;
        const timer = setTimeout(() => {
            this.timers.delete(f.id);
            const ctx = this.ctx();
            const live = ctx.state.filters.get(f.id);
            if (!live || live.revision !== revision || live.status !== 'PENDING_ACTIVATION')
                return;
            let failure;
            try {
                failure = this.failActivation?.(filterEntity(live));
            }
            catch (err) {
                failure = `activation failed: ${err.message}`;
            }
            if (failure !== undefined) {
                live.status = 'FAILED';
                live.message = failure;
            }
            else {
                live.status = 'ACTIVE';
                live.activatedAt = ctx.now().toISOString();
            }
        }, this.delayMs);
        timer.unref();
        this.timers.set(f.id, timer);
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
            return { status: 200, body: { group_id: group, filter_ids: page.items, next_cursor: page.next_cursor } };
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
            ctx.record({ actor: req.actor, source: 'api', action: 'assign', entity_kind: 'group', entity_id: group, filter_ids: [...members], before_version: null, after_version: null });
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
            const requested = (q.get('metrics') ?? METRICS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
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
                    match_ratio: dead ? 0 : Math.round((0.01 + unit(ctx.metricsSeed, filterId, t, 'ratio') * 0.5) * 10_000) / 10_000,
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
            return { status: 200, body: { entities: page.items.map(schemaEntity), next_cursor: page.next_cursor } };
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
            const doc = withoutFields(requireObject(req.json(), 'an event schema'), types/* SCHEMA_PLATFORM_FIELDS */.s5);
            validateSchema(doc);
            const existing = titleTaken(ctx, doc.title);
            if (existing)
                throw new ApiError(409, 'DUPLICATE', `a schema titled "${String(doc.title)}" already exists (id ${existing.id})`, [{ id: existing.id, message: 'title already exists' }]);
            const s = { id: nextId(ctx.state, 'schema'), revision: 1, doc };
            ctx.state.schemas.set(s.id, s);
            ctx.record({ actor: req.actor, source: 'api', action: 'create', entity_kind: 'schema', entity_id: s.id, entity_name: String(doc.title), before_version: null, after_version: 1, before_cxone_version: null, after_cxone_version: versionOf(doc) });
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
            const doc = withoutFields(requireObject(req.json(), 'an event schema'), types/* SCHEMA_PLATFORM_FIELDS */.s5);
            validateSchema(doc);
            const other = titleTaken(ctx, doc.title, s.id);
            if (other)
                throw new ApiError(409, 'DUPLICATE', `another schema (id ${other.id}) is titled "${String(doc.title)}"`);
            validateEvolution(s.doc, doc);
            const before = { revision: s.revision, version: versionOf(s.doc) };
            s.doc = doc;
            s.revision += 1;
            ctx.record({ actor: req.actor, source: 'api', action: 'update', entity_kind: 'schema', entity_id: s.id, entity_name: String(doc.title), before_version: before.revision, after_version: s.revision, before_cxone_version: before.version, after_cxone_version: versionOf(doc) });
            return { status: 200, body: schemaEntity(s), headers: { etag: schemaEtag(s) } };
        },
    },
];

// EXTERNAL MODULE: ./lib/cxone/options.js
var options = __webpack_require__(84869);
;// CONCATENATED MODULE: ./lib/emulator/types.js
// The emulator's public shapes: its options, and the state tests and the CLI may inspect or
// change (through Emulator.mutate, which records the change in the audit log).

/** The contract's scopes (cxone-api.md, as the client knows them) plus the one only the console uses. */
const ALL_SCOPES = [...options/* ALL_SCOPES */.qk, 'analytics:write'];

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
    const state = createState();
    if (options.seed !== undefined)
        seedState(state, options.seed);
    const requests = [];
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    const auth = {
        clients: options.clients ?? [DEFAULT_CLIENT],
        tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
        formats: options.tokenFormats ?? ['form', 'json'],
        now,
    };
    const bucket = options.rateLimitPerSecond !== undefined && options.rateLimitPerSecond > 0 ? new TokenBucket(options.rateLimitPerSecond) : undefined;
    const faults = options.faults ? new FaultInjector(options.faults) : undefined;
    const stalls = new Set();
    const sockets = new Set();
    let closed = false;
    const ctx = {
        state,
        now,
        metricsSeed: options.metricsSeed ?? 1,
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
    const sendError = (res, err, extra = {}) => send(res, { status: err.status, body: err.body(), headers: err.headers }, extra);
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
            requests.push({ method, path, status, ms: Math.round((performance.now() - started) * 100) / 100, ...(injected ? { fault: injected } : {}) });
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
                sendError(res, new ApiError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBody} bytes`), { connection: 'close' });
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
                    sendError(res, new ApiError(429, 'RATE_LIMITED', 'too many requests (injected)'), { 'retry-after': String(fault.retryAfter) });
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
                sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${TOKEN_PATH}`), { allow: 'POST' });
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
                sendError(res, new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`), { allow: [...new Set(matching.map((r) => r.method))].join(', ') });
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
                answer({ status: err.status, body: err.body(), headers: err.headers });
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
// `cxone-contract emulator [--port N] [--seed FILE]`: run the emulator until SIGINT/SIGTERM.

/** Runs until SIGINT/SIGTERM, or until `signal` aborts (for tests and embedding). */
async function runEmulatorCommand(args, io, signal) {
    const emulator = await startEmulator({
        ...(args.port !== undefined ? { port: args.port } : {}),
        ...(args.seed !== undefined ? { seed: args.seed } : {}),
        ...(args.maxPageSize !== undefined ? { maxPageSize: args.maxPageSize } : {}),
    });
    io.out(`CXone emulator listening on ${emulator.url}`);
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
