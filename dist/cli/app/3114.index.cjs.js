"use strict";
exports.id = 3114;
exports.ids = [3114,4511];
exports.modules = {

/***/ 99204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ changesContent),
/* harmony export */   O8: () => (/* binding */ entryAbout),
/* harmony export */   Tk: () => (/* binding */ isEntry),
/* harmony export */   Wf: () => (/* binding */ contentEntries),
/* harmony export */   u0: () => (/* binding */ entryText),
/* harmony export */   xm: () => (/* binding */ newestEntry)
/* harmony export */ });
/* unused harmony exports aboutKind, namesItem, idText */
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
/* harmony import */ var _cxone_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85367);
// Reading the platform's audit log by meaning, not by our emulator's field names. The contract
// guarantees `{timestamp, actor, action, filter_id, ...}` and nothing about how a schema entry
// names its schema: an entry is about an item when any of its other fields holds the item's live
// id or its title/name. Entries of the platform's own lifecycle (status changes, activation, the
// actor `platform`) change no content: who changed an item is the newest entry that did.
// Used by drift's attribution and the plan's "reverts a live change".


/** Fields that say who, when and what, never which item. */
const NOT_AN_ITEM = new Set([
    'timestamp',
    'actor',
    'action',
    'source',
    'message',
    'status',
    'details',
    'revision',
    'before_version',
    'after_version',
    'before_cxone_version',
    'after_cxone_version',
]);
function isEntry(e) {
    return e !== null && typeof e === 'object' && !Array.isArray(e);
}
/** An entry that changed content: not the platform's lifecycle (status, activation) nor the actor `platform`. */
function changesContent(e) {
    if (typeof e.actor === 'string' && e.actor.toLowerCase() === 'platform')
        return false;
    const action = typeof e.action === 'string' ? e.action.toLowerCase() : '';
    return !/status|activat|lifecycle/.test(action);
}
const KINDS = ['schema', 'filter', 'group'];
/**
 * The entry may be about an item of `kind`. A field that says a kind (entity_kind, kind,
 * resource_type, object, type) decides when its value names exactly one of the three
 * (`EVENT_SCHEMA` names schema; `type: "UPDATE"` names none). Otherwise an id field named after
 * exactly one kind decides (`schema_id`, `filterId`, `group_id`). Otherwise it may be.
 */
function aboutKind(e, kind) {
    for (const key of ['entity_kind', 'kind', 'resource_type', 'object', 'type']) {
        const v = typeof e[key] === 'string' ? e[key].toLowerCase() : undefined;
        const named = v === undefined ? [] : KINDS.filter((k) => v.includes(k));
        if (named.length === 1)
            return named[0] === kind;
    }
    const byId = KINDS.filter((k) => Object.keys(e).some((key) => ID_FIELD[k].test(key) && e[key] !== null && e[key] !== undefined));
    if (byId.length === 1)
        return byId[0] === kind;
    return true;
}
const ID_FIELD = {
    schema: /^schema[_-]?id$/i,
    filter: /^filter[_-]?id$/i,
    group: /^group[_-]?id$/i,
};
/**
 * The entry names the item: some field (other than who/when/what) holds one of its ids or names.
 * With `kind`, a field named after another kind (a schema's `filter_id`, a filter's `group_id`)
 * is not read: a filter and a schema may share a name.
 */
function namesItem(e, ids, names, kind) {
    const others = kind === undefined ? [] : KINDS.filter((k) => k !== kind);
    for (const [key, value] of Object.entries(e)) {
        if (NOT_AN_ITEM.has(key))
            continue;
        if (others.some((k) => key.toLowerCase().includes(k)))
            continue;
        const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
        if (text !== undefined && (ids.includes(text) || names.includes(text)))
            return true;
    }
    return false;
}
/**
 * The entries of one filter's own log (`?filter_id=F`) that changed its content: drift, health and
 * the plan read it alike.
 */
function contentEntries(log, filterId) {
    return log.filter((e) => isEntry(e) && (e.filter_id === undefined || idText(e.filter_id) === filterId) && changesContent(e));
}
/** The entry is about the item of `kind` with these live ids and names (the tenant-wide log). */
function entryAbout(e, kind, ids, names) {
    return aboutKind(e, kind) && namesItem(e, ids, names, kind);
}
/** Longest actor, action or timestamp repeated from the audit log: the log is the tenant's data. */
const MAX_FIELD = 200;
/**
 * A field of an entry as text for reports and logs: a string or number only, on one line, no
 * control characters, bounded.
 */
function entryText(v) {
    const text = idText(v);
    return text === undefined || text === '' ? undefined : (0,_cxone_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(text), MAX_FIELD);
}
/** The newest entry by timestamp (ISO strings, as the contract has them); entries without one sort first. */
function newestEntry(entries) {
    let best;
    const at = (e) => (typeof e.timestamp === 'string' ? e.timestamp : '');
    for (const e of entries)
        if (!best || at(e) >= at(best))
            best = e;
    return best;
}
/** An id as text, when it is one (a string or a number): never String() of an object. */
function idText(v) {
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}


/***/ }),

/***/ 17385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Pool),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency, one pool for the product: at most `max` tasks run at once and the rest wait
// in arrival order. The platform client holds a slot for one HTTP attempt only (never while it
// sleeps between retries); `mapLimit` runs a list through a pool of its own, results in input order.
class Pool {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        if (!Number.isInteger(max) || max < 1)
            throw new RangeError(`concurrency must be an integer \u2265 1, got ${max}`);
    }
    get running() {
        return this.active;
    }
    /**
     * Runs `task` in a slot. `keepSlotOnFailure`: a task that fails keeps its slot for good, so a
     * pool whose every slot has failed starts nothing more (what `mapLimit` wants, below).
     */
    async run(task, options = {}) {
        if (this.active >= this.max)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        let failed = true;
        try {
            const value = await task();
            failed = false;
            return value;
        }
        finally {
            if (!(failed && options.keepSlotOnFailure))
                this.release();
        }
    }
    release() {
        const next = this.waiting.shift();
        // Hand the slot over directly, so a newcomer cannot overtake the queue.
        if (next)
            next();
        else
            this.active--;
    }
}
/**
 * `fn` over `items` with at most `limit` in flight, results in input order; the first failure
 * rejects. Each failure also takes its slot out of the run: the result is lost already, so the
 * requests still queued stop once every slot has failed (a tenant refusing every call is not
 * asked once per item), while the other slots finish what they started.
 */
async function mapLimit(items, limit, fn) {
    const pool = new Pool(Math.max(1, Math.min(limit, items.length)));
    return Promise.all(items.map((item, i) => pool.run(() => fn(item, i), { keepSlotOnFailure: true })));
}


/***/ }),

/***/ 85367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* binding */ ApiError),
  pO: () => (/* binding */ Redactor),
  cp: () => (/* binding */ adviceFor),
  md: () => (/* binding */ endpointLabel),
  MC: () => (/* binding */ netKind),
  e8: () => (/* binding */ networkCode),
  kl: () => (/* binding */ networkMessage),
  TN: () => (/* binding */ oneLine),
  aN: () => (/* reexport */ refusal/* scopeFor */.aN),
  em: () => (/* reexport */ refusal/* scopeFromResponse */.em),
  x_: () => (/* binding */ serverMessage),
  qS: () => (/* binding */ statusText)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/cxone/refusal.js
var refusal = __webpack_require__(12505);
;// CONCATENATED MODULE: ./lib/cxone/secret-forms.js
// The forms a secret takes on the wire and in echoes of it: a server that repeats the request back
// (a token endpoint quoting the form body, a 401 quoting the Authorization header) shows the secret
// encoded, not raw. Masking and redaction cover each form. No imports: the action front loads this
// before anything else to mask inputs.
/**
 * Percent-encoding of UTF-8 bytes, leaving `keep` as is; with `plus`, a space is `+`. Encoders
 * differ only in which characters they keep and in `+`: encodeURIComponent, RFC 3986 (Python's
 * quote/quote_plus, Go's QueryEscape), WHATWG form-urlencoded (URLSearchParams, Java's URLEncoder).
 */
const KEEP = [/[A-Za-z0-9\-_.!~*'()]/, /[A-Za-z0-9\-_.~]/, /[A-Za-z0-9\-_.*]/];
function percent(s, keep, plus) {
    let out = '';
    for (const ch of s) {
        if (keep.test(ch))
            out += ch;
        else if (plus && ch === ' ')
            out += '+';
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** Some encoders write lowercase hex digits. */
const lowerHex = (s) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
/** JSON string body, as JSON.stringify writes it. */
const jsonEscape = (s) => JSON.stringify(s).slice(1, -1);
/** JSON with every non-ASCII character as \uXXXX (Python's default, many loggers). */
const jsonAscii = (s) => jsonEscape(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Base64 without its padding (a prefix of the padded form, so both are found), and base64url. */
const base64 = (s) => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '');
const base64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
/**
 * Every form of `secret` worth hiding, the raw one first, without duplicates. With `user`, also
 * the base64 of `user:secret` (HTTP Basic, as the OAuth client_secret_basic method sends it).
 */
function secretForms(secret, user) {
    const forms = new Set([secret]);
    for (const keep of KEEP) {
        for (const plus of [false, true]) {
            const enc = percent(secret, keep, plus);
            forms.add(enc);
            forms.add(lowerHex(enc));
        }
    }
    // Also escaped twice: a JSON body quoted inside a JSON message.
    for (const j of [jsonEscape(secret), jsonAscii(secret), jsonEscape(jsonEscape(secret))]) {
        forms.add(j);
        forms.add(j.replace(/\//g, '\\/'));
    }
    forms.add(base64(secret));
    forms.add(base64url(secret));
    if (user !== undefined) {
        forms.add(base64(`${user}:${secret}`));
        forms.add(base64url(`${user}:${secret}`));
    }
    return [...forms];
}

;// CONCATENATED MODULE: ./lib/cxone/errors.js
// Failures of the platform, as one-line messages that name the endpoint, the status and what to do.
// Every message passes through the redactor: no secret or token can reach an error or a log line.




class ApiError extends errors/* PlatformError */.Wk {
    endpoint;
    status;
    /** The platform's error code (`code` in the error body) or the network error code. */
    code;
    /** The failure was transient (5xx, reset, timeout, 429): the outcome of a POST is unknown. */
    retryable;
    /** Requests sent for the failed call (0 when it failed before sending). */
    sent;
    /** Of those, requests the server may have applied (reset, timeout, 5xx). */
    unknown;
    /** Set when the user must fix credentials or scopes: waiting or retrying would not help. */
    refused;
    scope;
    constructor(message, init) {
        super(message, { configuration: init.refused !== undefined });
        this.endpoint = init.endpoint;
        if (init.refused !== undefined)
            this.refused = init.refused;
        if (init.scope !== undefined)
            this.scope = init.scope;
        this.sent = init.sent ?? 0;
        this.unknown = init.unknown ?? 0;
        if (init.status !== undefined)
            this.status = init.status;
        if (init.code !== undefined)
            this.code = init.code;
        this.retryable = init.retryable ?? false;
    }
}
/**
 * Replaces every known secret (client secret, access tokens) in a text, in each of its encoded
 * forms (see secretForms). Each new form is handed to `mask` (the runner's core.setSecret) at once.
 * Redact a text whole, before any cut or whitespace folding: a cut secret is no longer found.
 */
class Redactor {
    mask;
    forms = new Set();
    /** Longest first, so a form that contains another is replaced whole. */
    ordered = [];
    constructor(mask = () => { }) {
        this.mask = mask;
    }
    /** `user` adds the base64 of `user:secret` (HTTP Basic). */
    add(secret, user) {
        if (secret === '')
            return;
        let added = false;
        for (const f of secretForms(secret, user)) {
            if (this.forms.has(f))
                continue;
            this.forms.add(f);
            this.mask(f);
            added = true;
        }
        // Shorter ones are masked by the runner but not redacted here: they would garble messages.
        if (added)
            this.ordered = [...this.forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
    }
    /** Every string in a parsed JSON body, redacted (error bodies a caller reads, e.g. validation). */
    redactDeep(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactDeep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactDeep(v)]));
        }
        return value;
    }
    redact(text) {
        let out = text;
        for (const s of this.ordered)
            if (out.includes(s))
                out = out.split(s).join('***');
        return out;
    }
}
// ---- messages -----------------------------------------------------------------------------------
function statusText(status) {
    // Asked for when needed: importing node:http loads Node's HTTP and socket stack (about 4 ms), and
    // every check imports this module, most without calling the API.
    return `${status} ${process.getBuiltinModule('node:http').STATUS_CODES[status] ?? 'Unknown Status'}`;
}
/** The endpoint as shown in messages: method, path and the query minus paging parameters. */
function endpointLabel(method, path) {
    const [p, q] = path.split('?', 2);
    if (!q)
        return `${method} ${p}`;
    const params = new URLSearchParams(q);
    for (const k of ['cursor', 'limit', 'page_size'])
        params.delete(k);
    const rest = params.toString();
    return `${method} ${p}${rest ? `?${rest}` : ''}`;
}
/**
 * The server's own words from an error body, on one line, short. `redact` runs on the whole text
 * before it is folded and cut: an echoed token cut in half would no longer be recognised.
 */
function serverMessage(body, text, redact) {
    let message;
    let code;
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        const b = body;
        const m = b.message ?? b.error_description ?? b.error;
        if (typeof m === 'string')
            message = m;
        const c = b.code ?? (b.message !== undefined ? undefined : b.error);
        if (typeof c === 'string')
            code = oneLine(redact(c), 200);
    }
    else if (text.trim() !== '' && !/^\s*</.test(text)) {
        message = text;
    }
    if (message !== undefined)
        message = oneLine(redact(message), 200);
    return { ...(message !== undefined ? { message } : {}), ...(code !== undefined ? { code } : {}) };
}
function oneLine(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
/** What to do about an HTTP status, by status. */
function adviceFor(status, method, path, retries, namedScope) {
    switch (status) {
        case 400:
            return 'the platform rejected the request';
        case 401:
            return refusal/* FRESH_TOKEN_REFUSED */.gs;
        case 403:
            return (0,refusal/* scopeAdvice */.RJ)(namedScope ?? (0,refusal/* scopeFor */.aN)(method, path));
        case 404:
            return 'not found (check api-base-url and the id)';
        case 409:
            return 'conflict: the entity exists or changed since it was read (re-read and re-check)';
        case 412:
            return 'the ETag is stale: the entity changed since it was read (re-read and re-check)';
        case 428:
            return 'the platform requires If-Match on this write';
        case 429:
            return `still rate-limited after ${retries} ${retries === 1 ? 'retry' : 'retries'} (lower max-concurrency or try later)`;
        default:
            if (status >= 500)
                return retries > 0
                    ? `the platform failed after ${retries} ${retries === 1 ? 'retry' : 'retries'} (try again later)`
                    : 'the platform failed (try again later)';
            if (status >= 300 && status < 400)
                return 'unexpected redirect (check api-base-url)';
            return 'unexpected status';
    }
}
const NET_KINDS = {
    ECONNREFUSED: 'refused',
    EHOSTUNREACH: 'refused',
    ENETUNREACH: 'refused',
    EADDRNOTAVAIL: 'refused',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    UND_ERR_SOCKET: 'reset',
    UND_ERR_CLOSED: 'reset',
    ECONNABORTED: 'reset',
    ETIMEDOUT: 'timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    UND_ERR_CONNECT_TIMEOUT: 'timeout',
};
/** The code of a network error, looking through `cause` chains and aggregate errors. */
function networkCode(err) {
    let e = err;
    for (let i = 0; i < 5 && e !== null && typeof e === 'object'; i++) {
        const code = e.code;
        if (typeof code === 'string' && code !== '')
            return code;
        const errors = e.errors;
        if (Array.isArray(errors) && errors.length > 0) {
            e = errors[0];
            continue;
        }
        e = e.cause;
    }
    return err?.name ?? 'error';
}
function netKind(code) {
    if (NET_KINDS[code])
        return NET_KINDS[code];
    if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL'))
        return 'tls';
    return 'other';
}
function networkMessage(kind, code, origin, timeoutMs, retries, setting) {
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    switch (kind) {
        case 'timeout':
            return `no response within ${timeoutMs} ms from ${origin} (${code})${after} \u2014 check ${setting} or try later`;
        case 'reset':
            return `connection reset by ${origin} (${code})${after} \u2014 try again later`;
        case 'tls':
            return `TLS failure talking to ${origin} (${code}) \u2014 check ${setting} and the server certificate`;
        default:
            return `could not connect to ${origin} (${code})${after} \u2014 check ${setting}`;
    }
}


/***/ }),

/***/ 12505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ tokenRefusal),
/* harmony export */   RJ: () => (/* binding */ scopeAdvice),
/* harmony export */   aN: () => (/* binding */ scopeFor),
/* harmony export */   em: () => (/* binding */ scopeFromResponse),
/* harmony export */   gs: () => (/* binding */ FRESH_TOKEN_REFUSED)
/* harmony export */ });
// The platform refusing us, as opposed to failing: bad credentials, a token it will not take, a
// missing scope. Each is the user's to fix (exit 2), so each message names the setting or scope;
// an outage (5xx, unreachable, timeouts) stays exit 3.
/**
 * Which scope a call needs, by path prefix: reads are GET (and filter validation, which stores
 * nothing), everything else writes. Used when the 403 itself does not say.
 */
const SCOPE_TABLE = [
    { prefix: '/api/v2/eventbridge/schemas', read: 'eventbridge:schemas:read', write: 'eventbridge:schemas:write' },
    { prefix: '/api/v2/event-processing/', read: 'event-processing:read', write: 'event-processing:write' },
    { prefix: '/api/v2/analytics/', read: 'analytics:read', write: 'analytics:read' },
];
function scopeFor(method, path) {
    const p = path.split('?')[0] ?? path;
    const row = SCOPE_TABLE.find((r) => p.startsWith(r.prefix) || p === r.prefix.replace(/\/$/, ''));
    if (!row)
        return undefined;
    const reads = method === 'GET' || method === 'HEAD' || p === '/api/v2/event-processing/filters/validate';
    return reads ? row.read : row.write;
}
/** RFC 6749 \u00a73.3 scope tokens, space-separated; anything else from a server is not shown as a scope. */
const SCOPE_LIST = /^[\x21\x23-\x5b\x5d-\x7e]+(?: [\x21\x23-\x5b\x5d-\x7e]+)*$/;
function asScope(value) {
    if (typeof value !== 'string')
        return undefined;
    const s = value.trim().replace(/\s+/g, ' ');
    return s.length <= 200 && SCOPE_LIST.test(s) ? s : undefined;
}
/**
 * The scope a 403 names itself: `WWW-Authenticate: Bearer error="insufficient_scope", scope="x"`
 * (RFC 6750 \u00a73, quoted or not) or `details[].required_scope` in the error body.
 */
function scopeFromResponse(wwwAuthenticate, body) {
    const m = wwwAuthenticate !== undefined ? /(?:^|[\s,])scope\s*=\s*(?:"([^"]*)"|([^\s,"]+))/i.exec(wwwAuthenticate) : null;
    const fromHeader = asScope(m?.[1] ?? m?.[2]);
    if (fromHeader)
        return fromHeader;
    const details = body !== null && typeof body === 'object' ? body.details : undefined;
    if (Array.isArray(details)) {
        for (const d of details) {
            const s = asScope(d !== null && typeof d === 'object' ? d.required_scope : undefined);
            if (s)
                return s;
        }
    }
    return undefined;
}
/** What to do about a 403: grant the scope, named when the response or the path tells which. */
function scopeAdvice(scope) {
    if (scope === undefined)
        return 'the OAuth client lacks a scope or role this call needs (grant it to the client)';
    const many = scope.includes(' ');
    return `the token lacks scope${many ? 's' : ''} ${many ? scope.split(' ').join(', ') : scope} (grant ${many ? 'them' : 'it'} to the OAuth client)`;
}
/** A 401 to a call made with a token the token endpoint has just issued. */
const FRESH_TOKEN_REFUSED = 'the API refused a freshly issued token \u2014 check that token-url issues tokens for this api-base-url (same tenant and region) and tenant';
const CREDENTIALS = 'check client-id, client-secret and tenant (CLI: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_TENANT)';
/**
 * A 400/401/403 from the token endpoint, by its OAuth error code (RFC 6749 \u00a75.2); `requested` are
 * the scopes we asked for. A refusal without a code (a bare 401) is about the credentials.
 */
function tokenRefusal(oauthError, requested) {
    const lead = 'the token request was refused \u2014 ';
    switch (oauthError) {
        case 'invalid_scope': {
            if (requested.length === 0)
                return {
                    advice: `${lead}the platform refused the OAuth client's scopes \u2014 check the scopes granted to the client`,
                    refused: 'scope',
                };
            const many = requested.length > 1;
            return {
                advice: `${lead}the OAuth client was refused scope${many ? 's' : ''} ${requested.join(', ')} \u2014 grant ${many ? 'them' : 'it'} to the client`,
                refused: 'scope',
                scope: requested.join(' '),
            };
        }
        case 'unauthorized_client':
            return {
                advice: `${lead}this OAuth client may not use the client_credentials grant \u2014 enable it for client-id on the tenant, or use another client`,
                refused: 'credentials',
            };
        case 'unsupported_grant_type':
            return {
                advice: `${lead}this endpoint does not offer the client_credentials grant \u2014 check token-url`,
                refused: 'credentials',
            };
        case 'invalid_request':
            return {
                advice: `${lead}check token-request-format (form or json), tenant and token-url`,
                refused: 'credentials',
            };
        case 'invalid_grant':
            return {
                advice: `${lead}${CREDENTIALS}; the secret may have expired or the client been disabled`,
                refused: 'credentials',
            };
        default:
            return { advice: `${lead}${CREDENTIALS}`, refused: 'credentials' };
    }
}


/***/ })

};
;