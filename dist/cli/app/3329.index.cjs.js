"use strict";
exports.id = 3329;
exports.ids = [3329,6599,4511];
exports.modules = {

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


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

/***/ 9764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ writeFileSafely),
/* harmony export */   x: () => (/* binding */ openAppendSafely)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45372);
// The one writer of the files a run leaves behind (report, SARIF, audit). A pull request can commit
// a symbolic link where a report goes (`results.out -> /outside/victim`) or a linked directory
// above it; writing through either would overwrite a file outside the checkout. So a target inside
// a guarded root (the repo root, the workspace) is written only when every directory above it
// resolves inside that root's real path (missing ones are created there, one by one) and the file
// itself is not a link (O_NOFOLLOW), not a pipe or device, and has no second name (a hard link).
// A target outside every root (RUNNER_TEMP, the action's default) is the workflow's choice and is
// written as before.





const { O_WRONLY, O_CREAT, O_APPEND } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
// No link at the last component; a FIFO without a reader fails (ENXIO) instead of blocking.
const NO_FOLLOW = (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Write `text` to the target (created or replaced). */
async function writeFileSafely(target, text) {
    const real = await checkedTarget(target);
    if (real === undefined) {
        await refuseDevice(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target.file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target.file, text);
        return;
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, O_WRONLY | O_CREAT | NO_FOLLOW, 0o644).catch((err) => {
        throw refusalFor(err, target) ?? err;
    });
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw refuse(target, 'is not a regular file');
        if (st.nlink > 1)
            throw refuse(target, 'has another name (a hard link)');
        // Truncated only now that it is known to be ours: O_TRUNC at open would have emptied a hard-linked file.
        await handle.truncate(0);
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}
/**
 * Outside every root the path is the workflow's, but a device or a pipe (`/dev/stdout`) would put
 * the report, unescaped, into the log: the log has one way in (src/core/log-safe.ts).
 */
async function refuseDevice(target) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target.file).catch(() => undefined);
    if (st && !st.isFile()) {
        const what = st.isDirectory()
            ? 'is a directory'
            : 'is a device or a pipe, not a file (to print the report, use --format json)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${target.name}: ${target.file} ${what}; it was not written`);
    }
}
/**
 * Start the target with `first` and return an appender that adds to it synchronously, one call
 * per record (a kill loses no record already written). Each append reopens the checked real path
 * without following a link.
 */
async function openAppendSafely(target, first) {
    await writeFileSafely(target, first);
    const real = await checkedTarget(target);
    return (text) => {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real ?? target.file, O_WRONLY | O_APPEND | (real !== undefined ? NO_FOLLOW : 0));
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    };
}
/**
 * The path to open for a guarded target (its directory resolved, created inside the root where
 * missing), or undefined when no root guards it. Throws a UsageError when the target leaves.
 */
async function checkedTarget(target) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(target.file);
    const root = (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .guardingRoot */ .WJ)(target.roots, abs);
    if (root === undefined)
        return undefined;
    const real = (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .realRoot */ .dU)(root);
    const parts = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root), node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(abs))
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .filter((p) => p !== '');
    let dir = real;
    for (const part of parts) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, part);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(next).catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        });
        if (st === undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(next).catch((err) => {
                if (err.code !== 'EEXIST')
                    throw err;
            });
            dir = next;
            continue;
        }
        const resolved = st.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(next).catch(() => undefined) : next;
        // Where a link leads is not shown: that is outside information.
        if (resolved === undefined || !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(real, resolved))
            throw refuse(target, 'is under a directory that is a symbolic link leading outside the repository root');
        dir = resolved;
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(abs));
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
    return file;
}
function refusalFor(err, target) {
    if (err.code === 'ELOOP')
        return refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
    if (err.code === 'ENXIO')
        return refuse(target, 'is not a regular file (a pipe with no reader)');
    return undefined;
}
function refuse(target, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${target.name}: ${target.file} ${why}; it was not written (choose a path outside the checkout, e.g. under RUNNER_TEMP, or remove the link)`);
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


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ deployRefusal)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
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
// EXTERNAL MODULE: ./lib/cxone/errors.js + 1 modules
var cxone_errors = __webpack_require__(85367);
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
                const error = `the live ${spec.kind} changed since the plan (out-of-band${versionOf(theirs) ? `, now cxoneVersion ${versionOf(theirs)}` : ''}) and cannot be merged: ${problems.join('; ')}; nothing was written \u2014 take the live change into the repo and re-run`;
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
                const error = `${tally.unknown} write(s) had an unknown outcome and the live ${spec.kind} still does not hold the repo's content; nothing else was written \u2014 re-run the deploy`;
                return { op: done({ ...common(), outcome: 'failed', error }), fresh };
            }
            const error = `the ETag kept changing (${calls} writes refused with ${status ?? 'a conflict'}) while the content stayed the same; nothing was written \u2014 re-run the deploy`;
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
                    error: `${messageOf(err)} \u2014 a filter with this name exists with other content; nothing was written`,
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
                    error: `not ACTIVE after ${ctx.activationTimeoutMs / 1000} s (status ${st.status}) \u2014 raise activation-timeout or look at the filter in the platform`,
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
                error: `${tally.unknown} write(s) of the membership had an unknown outcome and it is still not as wanted \u2014 re-run the deploy`,
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
                error: `${messageOf(err)} \u2014 a schema with this title exists with other content; nothing was written`,
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
            await (0,lint/* prepareRegexes */.Tg)([fetched.body]);
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
    const { clientFromSettings } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(5337)]).then(__webpack_require__.bind(__webpack_require__, 35337));
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
;