export const id = 337;
export const ids = [337];
export const modules = {

/***/ 35337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* reexport */ cxone_errors/* ApiError */.hD),
  clientFromSettings: () => (/* reexport */ clientFromSettings)
});

// UNUSED EXPORTS: ALL_SCOPES, CxoneClient, DEFAULTS, isLoopback, scopeFor, secretForms

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/cxone/errors.js
var cxone_errors = __webpack_require__(54);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(48280);
;// CONCATENATED MODULE: ./lib/cxone/options.js
// Client settings: defaults, validation and the URL policy (https:// everywhere except loopback).
// A bad setting is a usage error (exit 2): the user can fix it; nothing has been sent yet.


/** Every scope the client's endpoints need (cxone-api.md). */
const ALL_SCOPES = (/* unused pure expression or super */ null && ([
    'eventbridge:schemas:read',
    'eventbridge:schemas:write',
    'event-processing:read',
    'event-processing:write',
    'analytics:read',
]));
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
        throw new errors/* UsageError */.eb('client-id is required to call the CXone API');
    if (typeof o.clientSecret !== 'string' || o.clientSecret === '')
        throw new errors/* UsageError */.eb('client-secret is required to call the CXone API');
    const baseUrl = checkUrl('api-base-url', o.baseUrl).replace(/\/+$/, '');
    const tokenUrl = checkUrl('token-url', o.tokenUrl ?? `${baseUrl}/oauth/token`);
    const format = o.tokenRequestFormat ?? 'form';
    if (format !== 'form' && format !== 'json')
        throw new errors/* UsageError */.eb(`token-request-format: expected form or json, got ${JSON.stringify(format)}`);
    const scopes = o.scopes ?? [];
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || /\s/.test(s) || s === '')) {
        throw new errors/* UsageError */.eb('scopes: expected a list of scope names without spaces');
    }
    return {
        baseUrl,
        tokenUrl,
        tokenRequestFormat: format,
        clientId: o.clientId,
        clientSecret: o.clientSecret,
        tenant: o.tenant === undefined || o.tenant === '' ? undefined : o.tenant,
        scopes,
        requestTimeoutMs: options_int('request timeout (ms)', o.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1),
        maxRetries: options_int('max retries', o.maxRetries, DEFAULTS.maxRetries, 0),
        maxConcurrency: options_int('max-concurrency', o.maxConcurrency, DEFAULTS.maxConcurrency, 1),
        requestsPerSecond: options_int('requests-per-second', o.requestsPerSecond, DEFAULTS.requestsPerSecond, 0),
        backoffBaseMs: options_int('backoff base (ms)', o.backoffBaseMs, DEFAULTS.backoffBaseMs, 0),
        backoffMaxMs: options_int('backoff max (ms)', o.backoffMaxMs, DEFAULTS.backoffMaxMs, 0),
        mask: o.mask ?? (() => { }),
        log: o.log ?? (() => { }),
        sleep: o.sleep ?? realSleep,
        random: o.random ?? Math.random,
        now: o.now ?? Date.now,
    };
}
function options_int(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < min)
        throw new errors/* UsageError */.eb(`${name}: expected an integer ≥ ${min}, got ${String(value)}`);
    return value;
}
/** Parse a URL setting and apply the policy: https://, or http:// to a loopback address only. */
function checkUrl(name, raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UsageError */.eb(`${name}: ${JSON.stringify(String(raw))} is not an absolute URL (expected https://host[/path])`);
    }
    if (url.username !== '' || url.password !== '')
        throw new errors/* UsageError */.eb(`${name}: credentials in the URL are not allowed (use client-id and client-secret)`);
    if (url.search !== '' || url.hash !== '')
        throw new errors/* UsageError */.eb(`${name}: ${url.origin}${url.pathname} must not carry a query or fragment`);
    if (url.protocol === 'https:')
        return url.href;
    if (url.protocol === 'http:') {
        if (isLoopback(url.hostname))
            return url.href;
        throw new errors/* UsageError */.eb(`${name}: ${url.origin} uses plain http:// — use https:// (http:// is accepted only for loopback addresses such as 127.0.0.1 or localhost)`);
    }
    throw new errors/* UsageError */.eb(`${name}: unsupported scheme ${url.protocol} (expected https://)`);
}
/** localhost, *.localhost, 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (!ipaddr.isValid(host))
        return false;
    try {
        return ipaddr.process(host).range() === 'loopback';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/cxone/paginate.js
// Cursor pagination: follow `next_cursor` (absent, null or "" on the last page) with `?cursor=`.
/** A guard against a server that never stops (or loops): no real tenant has this many pages. */
const MAX_PAGES = 10_000;
async function collectPages(core, spec) {
    const items = [];
    const seen = new Set();
    let cursor;
    for (let page = 0;; page++) {
        const params = new URLSearchParams(spec.query);
        if (cursor !== undefined)
            params.set('cursor', cursor);
        const path = `${spec.path}?${params.toString()}`;
        const { body } = await core.call({ method: 'GET', path });
        const obj = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
        const list = obj?.[spec.itemsKey];
        const label = `GET ${spec.path}`;
        if (!Array.isArray(list)) {
            throw core.fail(`${label}: the response has no "${spec.itemsKey}" array — check api-base-url`, {
                endpoint: label,
            });
        }
        // One by one: a spread of a huge page would overflow the call stack (a hostile or broken server).
        for (const item of list)
            items.push(item);
        const next = obj?.next_cursor;
        if (next === undefined || next === null || next === '')
            return items;
        if (typeof next !== 'string' && typeof next !== 'number') {
            throw core.fail(`${label}: next_cursor is not a string`, { endpoint: label });
        }
        cursor = String(next);
        if (seen.has(cursor) || page + 1 >= MAX_PAGES) {
            throw core.fail(`${label}: pagination does not end (cursor repeated or more than ${MAX_PAGES} pages)`, {
                endpoint: label,
            });
        }
        seen.add(cursor);
    }
}

;// CONCATENATED MODULE: ./lib/cxone/backoff.js
// Retry timing: exponential backoff with full jitter, and the server's Retry-After when it gives one.
/** Full jitter (AWS architecture blog): random() * min(max, base * 2^attempt), attempt from 0. */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
    return Math.floor(Math.max(0, Math.min(1, random())) * ceiling);
}
/** Upper bound for a server-requested wait: we honour Retry-After, but not forever. */
const RETRY_AFTER_CAP_MS = 120_000;
/**
 * `Retry-After` in milliseconds: delta-seconds (`"2"`, tolerated `"1.5"`) or an HTTP date
 * (`"Wed, 21 Oct 2015 07:28:00 GMT"`) relative to `nowMs`. Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined)
        return undefined;
    const text = raw.trim();
    if (text === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.min(RETRY_AFTER_CAP_MS, Math.round(Number(text) * 1000));
    // An HTTP date names a weekday or month; bare numbers with signs etc. are not dates.
    if (!/[A-Za-z]/.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, at - nowMs));
}

// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __webpack_require__(35095);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
;// CONCATENATED MODULE: ./lib/cxone/pacer.js
// Client-side pacing: a token bucket that keeps the client under the tenant's request rate, so a
// bulk deploy never runs into the platform's limit (a 429 costs at least a whole second of
// Retry-After). When the platform still answers 429 (another client shares the tenant), the rate
// drops by a fifth, at most once a second (a burst of 429s is one signal) and never below a quarter
// of the setting, and creeps back up with every request that gets through.
const realClock = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
class Pacer {
    perSecond;
    clock;
    rate;
    tokens;
    last;
    /** Requests waiting for a token, in arrival order; one sleeper at a time refills for all. */
    tail = Promise.resolve();
    lastSlowdown = -Infinity;
    constructor(perSecond, clock = realClock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.rate = perSecond;
        this.tokens = perSecond;
        this.last = clock.now();
    }
    /** Resolves when one more request may be sent. */
    take() {
        const turn = this.tail.then(() => this.wait());
        this.tail = turn;
        return turn;
    }
    /** The platform answered 429: slow down and start from an empty bucket. */
    throttled() {
        this.refill();
        this.tokens = Math.min(this.tokens, 0);
        const now = this.clock.now();
        if (now - this.lastSlowdown < 1000)
            return;
        this.lastSlowdown = now;
        this.rate = Math.max(this.perSecond / 4, 1, this.rate * 0.8);
    }
    /** A request got through: recover towards the configured rate (20 requests undo one slowdown). */
    passed() {
        if (this.rate < this.perSecond)
            this.rate = Math.min(this.perSecond, this.rate + this.perSecond * 0.01);
    }
    get currentRate() {
        return this.rate;
    }
    async wait() {
        for (;;) {
            this.refill();
            if (this.tokens >= 1) {
                this.tokens -= 1;
                return;
            }
            await this.clock.sleep(Math.ceil(((1 - this.tokens) / this.rate) * 1000));
        }
    }
    refill() {
        const now = this.clock.now();
        this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
        this.last = now;
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./lib/cxone/transport.js
// One HTTP exchange on undici, nothing more: no retries, no auth. Timeouts are per request: connect,
// response headers and the gap between body chunks each get `timeoutMs`. Network failures are
// thrown as undici raised them; the request core classifies them. (undici checks header and body
// timeouts on a coarse timer of about one second: a 150 ms timeout fires after up to ~1 s.)

class Transport {
    timeoutMs;
    agent;
    closed = false;
    constructor(timeoutMs) {
        this.timeoutMs = timeoutMs;
        this.agent = new undici/* Agent */.g6({
            connect: { timeout: timeoutMs },
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
            keepAliveTimeout: 4_000,
        });
    }
    async send(req) {
        const res = await (0,undici/* request */.Em)(req.url, {
            dispatcher: this.agent,
            method: req.method,
            headers: req.headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
            headersTimeout: this.timeoutMs,
            bodyTimeout: this.timeoutMs,
        });
        const text = await res.body.text();
        return { status: res.statusCode, headers: res.headers, text };
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.agent.close();
    }
}

;// CONCATENATED MODULE: ./lib/cxone/request.js
// The request core: one logical call = attempts with retries, bounded concurrency, auth and errors.
//
// Retry rules (cxone-api.md "Common behaviour"):
// - 429 is retried for every method (the platform refused it before doing anything), honouring
//   Retry-After (seconds or an HTTP date), else full-jitter backoff;
// - 5xx (but 501), connection resets and timeouts are retried only for idempotent calls: GET, PUT with
//   If-Match, and POSTs the caller marks safe (token requests, filter validation);
// - a refused connection or an unknown host is not retried: waiting will not make it answer;
// - a 401 from the API refreshes the token once and repeats the call once.
// A concurrency slot is held for one attempt only, never while sleeping between attempts.






class RequestCore {
    o;
    redactor;
    stats = { requests: 0, retries: 0, tokenRequests: 0, throttled: 0 };
    transport;
    limiter;
    pacer;
    tokens;
    constructor(o, redactor) {
        this.o = o;
        this.redactor = redactor;
        this.transport = new Transport(o.requestTimeoutMs);
        this.limiter = new pool/* Pool */.b(o.maxConcurrency);
        this.pacer = o.requestsPerSecond > 0 ? new Pacer(o.requestsPerSecond) : undefined;
    }
    /** One line of the client's log: secrets redacted, then what a title or a platform message holds escaped. */
    log(line) {
        this.o.log((0,log_safe/* escapeControl */.hN)(this.redactor.redact(line)));
    }
    fail(message, init) {
        const scope = init.scope !== undefined ? { scope: this.redactor.redact(init.scope) } : {};
        return new cxone_errors/* ApiError */.hD(this.redactor.redact(message), { ...init, ...scope });
    }
    /** Attempts with retries. Returns the last response whatever its status; throws on network failure. */
    async attempt(spec) {
        const origin = new URL(spec.url).origin;
        const tally = spec.tally ?? { sent: 0, unknown: 0 };
        for (let attempt = 0;; attempt++) {
            const headers = typeof spec.headers === 'function' ? await spec.headers() : spec.headers;
            let res;
            try {
                if (spec.kind === 'api') {
                    await this.pacer?.take();
                    res = await this.limiter.run(() => {
                        this.stats.requests++;
                        tally.sent++;
                        return this.transport.send({
                            method: spec.method,
                            url: spec.url,
                            headers,
                            ...(spec.body !== undefined ? { body: spec.body } : {}),
                        });
                    });
                }
                else {
                    this.stats.tokenRequests++;
                    res = await this.transport.send({
                        method: spec.method,
                        url: spec.url,
                        headers,
                        ...(spec.body !== undefined ? { body: spec.body } : {}),
                    });
                }
            }
            catch (err) {
                const code = (0,cxone_errors/* networkCode */.e8)(err);
                const kind = (0,cxone_errors/* netKind */.MC)(code);
                const transient = kind === 'reset' || kind === 'timeout';
                if (transient)
                    tally.unknown++;
                if (transient && spec.idempotent && attempt < this.o.maxRetries) {
                    await this.pause(spec.label, `${code}`, attempt, undefined);
                    continue;
                }
                throw this.fail(`${spec.label}: ${(0,cxone_errors/* networkMessage */.kl)(kind, code, origin, this.o.requestTimeoutMs, attempt, spec.setting)}`, {
                    endpoint: spec.label,
                    code,
                    retryable: transient,
                    ...tally,
                });
            }
            if (spec.kind === 'api') {
                if (res.status === 429) {
                    this.stats.throttled++;
                    this.pacer?.throttled();
                }
                else
                    this.pacer?.passed();
            }
            const serverFailed = res.status >= 500 && res.status !== 501;
            const retryableStatus = res.status === 429 || (spec.idempotent && serverFailed);
            if (serverFailed && spec.kind === 'api')
                tally.unknown++;
            if (retryableStatus && attempt < this.o.maxRetries) {
                const after = parseRetryAfter(res.headers['retry-after'], this.o.now());
                await this.pause(spec.label, (0,cxone_errors/* statusText */.qS)(res.status), attempt, after);
                continue;
            }
            return { res, retries: attempt };
        }
    }
    async pause(label, why, attempt, retryAfterMs) {
        const delay = retryAfterMs ?? backoffDelay(attempt, this.o.backoffBaseMs, this.o.backoffMaxMs, this.o.random);
        this.stats.retries++;
        this.log(`${label}: ${why}; retry ${attempt + 1}/${this.o.maxRetries} in ${delay} ms${retryAfterMs !== undefined ? ' (Retry-After)' : ''}`);
        await this.o.sleep(delay);
    }
    /** An authenticated API call: JSON in, JSON out, errors thrown as ApiError. */
    async call(c) {
        const tokens = this.tokens;
        if (!tokens)
            throw new Error('RequestCore: no token source');
        const label = (0,cxone_errors/* endpointLabel */.md)(c.method, c.path);
        const idempotent = c.idempotent ?? (c.method === 'GET' || (c.method === 'PUT' && c.ifMatch !== undefined));
        const body = c.body === undefined ? undefined : JSON.stringify(c.body);
        const tally = { sent: 0, unknown: 0 };
        for (let refreshed = false;; refreshed = true) {
            let used = '';
            const { res, retries } = await this.attempt({
                tally,
                method: c.method,
                url: this.o.baseUrl + c.path,
                label,
                setting: 'api-base-url',
                idempotent,
                kind: 'api',
                ...(body !== undefined ? { body } : {}),
                headers: async () => {
                    used = await tokens.get();
                    return {
                        authorization: `Bearer ${used}`,
                        accept: 'application/json',
                        'user-agent': 'cxone-contract',
                        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
                        ...(c.ifMatch !== undefined ? { 'if-match': c.ifMatch } : {}),
                    };
                },
            });
            if (res.status === 401 && !refreshed) {
                tokens.invalidate(used);
                this.stats.retries++;
                this.log(`${label}: 401 Unauthorized; refreshing the token and retrying once`);
                continue;
            }
            const parsed = parseJson(res.text);
            if ((res.status >= 200 && res.status < 300) || c.accept?.includes(res.status)) {
                if (parsed === BAD_JSON) {
                    throw this.fail(`${label}: ${(0,cxone_errors/* statusText */.qS)(res.status)} with a body that is not JSON — check api-base-url`, {
                        endpoint: label,
                        status: res.status,
                        ...tally,
                    });
                }
                const etag = header(res.headers, 'etag');
                // An accepted error body reaches findings: an echo of the request in it must not.
                const answer = res.status >= 200 && res.status < 300 ? parsed : this.redactor.redactDeep(parsed);
                return {
                    label,
                    status: res.status,
                    body: answer,
                    headers: res.headers,
                    ...(etag !== undefined ? { etag } : {}),
                    ...tally,
                };
            }
            const server = (0,cxone_errors/* serverMessage */.x_)(parsed === BAD_JSON ? undefined : parsed, parsed === BAD_JSON ? res.text : '', (s) => this.redactor.redact(s));
            const scope = res.status === 403
                ? ((0,cxone_errors/* scopeFromResponse */.em)(header(res.headers, 'www-authenticate'), parsed) ?? (0,cxone_errors/* scopeFor */.aN)(c.method, c.path))
                : undefined;
            const advice = (0,cxone_errors/* adviceFor */.cp)(res.status, c.method, c.path, retries, scope);
            // The platform's own words and code, never ours: a user searching its docs needs exactly these.
            const words = [server.message, server.code !== undefined ? `code ${server.code}` : undefined].filter((x) => x !== undefined);
            const said = words.length > 0 ? ` (platform: ${words.join('; ')})` : '';
            // A 401 here came after a refresh (the token is refused), a 403 is a missing scope: both configuration.
            const refused = res.status === 401 ? 'credentials' : res.status === 403 ? 'scope' : undefined;
            throw this.fail(`${label}: ${(0,cxone_errors/* statusText */.qS)(res.status)} — ${advice}${said}`, {
                endpoint: label,
                status: res.status,
                ...(server.code !== undefined ? { code: server.code } : {}),
                retryable: res.status === 429 || (res.status >= 500 && res.status !== 501),
                ...(refused !== undefined ? { refused } : {}),
                ...(scope !== undefined ? { scope } : {}),
                ...tally,
            });
        }
    }
    async close() {
        await this.transport.close();
    }
}
const BAD_JSON = Symbol('bad-json');
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return BAD_JSON;
    }
}
function header(headers, name) {
    const v = headers[name];
    const s = Array.isArray(v) ? v[0] : v;
    return s === undefined || s === '' ? undefined : s;
}

// EXTERNAL MODULE: ./lib/cxone/refusal.js
var cxone_refusal = __webpack_require__(12505);
;// CONCATENATED MODULE: ./lib/cxone/token.js
// OAuth 2.0 client credentials (RFC 6749 §4.4). One cached token; refreshed 60 s before it expires
// (half its lifetime when that is shorter); concurrent callers share one in-flight request. The
// token is added to the redactor (which masks each of its forms) the moment it is read from the response.



const REFRESH_MARGIN_MS = 60_000;
/** Lifetime assumed when the token response has no usable `expires_in`. */
const DEFAULT_TTL_S = 300;
class TokenManager {
    o;
    core;
    cached;
    inflight;
    label;
    constructor(o, core) {
        this.o = o;
        this.core = core;
        this.label = `POST ${o.tokenUrl}`;
    }
    get() {
        if (this.cached && this.o.now() < this.cached.refreshAt)
            return Promise.resolve(this.cached.token);
        this.inflight ??= this.fetch().finally(() => {
            this.inflight = undefined;
        });
        return this.inflight;
    }
    /** Forget `token` if it is still the cached one (a 401 said it is no longer good). */
    invalidate(token) {
        if (this.cached?.token === token)
            this.cached = undefined;
    }
    body() {
        const fields = {
            grant_type: 'client_credentials',
            client_id: this.o.clientId,
            client_secret: this.o.clientSecret,
        };
        if (this.o.scopes.length > 0)
            fields.scope = this.o.scopes.join(' ');
        if (this.o.tenant !== undefined)
            fields.tenant = this.o.tenant;
        return this.o.tokenRequestFormat === 'json'
            ? { text: JSON.stringify(fields), type: 'application/json' }
            : { text: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
    }
    async fetch() {
        const body = this.body();
        // Asking again for a token creates nothing: the token request is safe to retry.
        const { res, retries } = await this.core.attempt({
            method: 'POST',
            url: this.o.tokenUrl,
            label: this.label,
            setting: 'token-url',
            idempotent: true,
            kind: 'token',
            body: body.text,
            headers: { 'content-type': body.type, accept: 'application/json', 'user-agent': 'cxone-contract' },
        });
        const parsed = parseJson(res.text);
        const data = parsed !== BAD_JSON && parsed !== null && typeof parsed === 'object'
            ? parsed
            : undefined;
        // Mask first, whatever else is wrong with the response.
        const token = data?.access_token;
        if (typeof token === 'string' && token !== '')
            this.core.redactor.add(token);
        if (res.status < 200 || res.status >= 300) {
            const server = (0,cxone_errors/* serverMessage */.x_)(data, data ? '' : res.text, (t) => this.core.redactor.redact(t));
            const detail = [server.code, server.message].filter((x) => x !== undefined && x !== '');
            const said = detail.length > 0 ? ` (${(0,cxone_errors/* oneLine */.TN)([...new Set(detail)].join(': '), 200)})` : '';
            // 400/401/403 here are the credentials or the request refused (exit 2); the rest is the platform's.
            const refusal = res.status === 400 || res.status === 401 || res.status === 403
                ? (0,cxone_refusal/* tokenRefusal */.I)(typeof data?.error === 'string' ? data.error : undefined, this.o.scopes)
                : undefined;
            const advice = refusal
                ? refusal.advice
                : res.status === 404 || res.status === 405
                    ? 'no token endpoint there — check token-url'
                    : (0,cxone_errors/* adviceFor */.cp)(res.status, 'POST', '', retries);
            throw this.core.fail(`${this.label}: ${(0,cxone_errors/* statusText */.qS)(res.status)} — ${advice}${said}`, {
                endpoint: this.label,
                status: res.status,
                ...(server.code !== undefined ? { code: server.code } : {}),
                retryable: res.status === 429 || res.status >= 500,
                ...(refusal ? { refused: refusal.refused } : {}),
                ...(refusal?.scope !== undefined ? { scope: refusal.scope } : {}),
            });
        }
        if (typeof token !== 'string' || token === '') {
            throw this.core.fail(`${this.label}: ${(0,cxone_errors/* statusText */.qS)(res.status)} without an access_token — check token-url`, {
                endpoint: this.label,
                status: res.status,
            });
        }
        const rawTtl = Number(data?.expires_in);
        const ttlMs = (Number.isFinite(rawTtl) && rawTtl > 0 ? rawTtl : DEFAULT_TTL_S) * 1000;
        const margin = Math.min(REFRESH_MARGIN_MS, ttlMs / 2);
        this.cached = { token, refreshAt: this.o.now() + ttlMs - margin };
        this.core.log(`${this.label}: token received, valid ${Math.round(ttlMs / 1000)} s`);
        return token;
    }
}

;// CONCATENATED MODULE: ./lib/cxone/client.js
// The CXone client: the endpoints of cxone-api.md on top of the request core.
//
// Creating is not idempotent: a POST whose outcome is unknown (5xx, reset, timeout, or 429 after
// every retry) is never repeated blindly. The client first looks the entity up by its unique key
// (schema `title`, filter `name`): if it now exists with the content we sent, our POST went through
// and the stored entity is returned (status 200 instead of 201); if it exists with other content,
// someone else created it and that is a 409; if it does not exist, the POST is sent once more.







const SCHEMAS = '/api/v2/eventbridge/schemas';
const FILTERS = '/api/v2/event-processing/filters';
const GROUPS = '/api/v2/event-processing/filter-groups';
const AUDIT = '/api/v2/event-processing/audit-logs';
const METRICS = '/api/v2/analytics/event-processing/filter-metrics';
class CxoneClient {
    o;
    core;
    tokens;
    /** Throws UsageError for a bad setting (e.g. http:// to a non-loopback host). */
    constructor(options) {
        this.o = resolveOptions(options);
        // Masked and redacted in every form, with the Basic-auth pairing `id:secret`, before any request.
        const redactor = new cxone_errors/* Redactor */.pO(this.o.mask);
        redactor.add(this.o.clientSecret, this.o.clientId);
        this.core = new RequestCore(this.o, redactor);
        this.tokens = new TokenManager(this.o, this.core);
        this.core.tokens = this.tokens;
    }
    /** The API base URL as configured (no trailing slash), for `LiveState.source`. */
    get baseUrl() {
        return this.o.baseUrl;
    }
    // ---- schemas ----------------------------------------------------------------------------------
    /** The registry export: every page of `GET /api/v2/eventbridge/schemas?export=true&limit=N`. */
    exportSchemas(opts = {}) {
        return collectPages(this.core, {
            path: SCHEMAS,
            query: { export: 'true', limit: String(opts.pageSize ?? 1000) },
            itemsKey: 'entities',
        });
    }
    async getSchema(id) {
        return fetched(this.core, await this.core.call({ method: 'GET', path: `${SCHEMAS}/${seg(id)}` }));
    }
    createSchema(doc) {
        return this.createRecovering(SCHEMAS, doc, 'title', async (title) => {
            const hit = (await this.exportSchemas()).find((e) => e.title === title);
            return hit && idOf(hit) !== undefined ? this.getSchema(idOf(hit)) : undefined;
        });
    }
    async updateSchema(id, doc, etag) {
        requireEtag('updateSchema', etag);
        return written(this.core, await this.core.call({ method: 'PUT', path: `${SCHEMAS}/${seg(id)}`, body: doc, ifMatch: etag }));
    }
    // ---- filters ----------------------------------------------------------------------------------
    listFilters(opts = {}) {
        return collectPages(this.core, {
            path: FILTERS,
            query: { page_size: String(opts.pageSize ?? 100) },
            itemsKey: 'entities',
        });
    }
    async getFilter(id, opts = {}) {
        const q = opts.exportState ? '?export_state=true' : '';
        return fetched(this.core, await this.core.call({ method: 'GET', path: `${FILTERS}/${seg(id)}${q}` }));
    }
    /** Syntax check without storing. Stores nothing, so it is safe to retry. */
    async validateFilter(doc) {
        const res = await this.core.call({
            method: 'POST',
            path: `${FILTERS}/validate`,
            body: doc,
            idempotent: true,
            accept: [400, 422],
        });
        const body = isObject(res.body) ? res.body : {};
        // Bounded and flattened like every platform message (serverMessage): it reaches logs, outputs and the plan.
        const message = typeof body.message === 'string' ? (0,cxone_errors/* oneLine */.TN)(this.core.redactor.redact(body.message), 500) : undefined;
        const valid = res.status >= 200 && res.status < 300 && body.valid !== false;
        return { valid, ...(message !== undefined ? { message } : {}) };
    }
    createFilter(doc) {
        return this.createRecovering(FILTERS, doc, 'name', async (name) => {
            const hit = (await this.listFilters()).find((e) => e.name === name);
            return hit && idOf(hit) !== undefined ? this.getFilter(idOf(hit)) : undefined;
        });
    }
    async updateFilter(id, doc, etag) {
        requireEtag('updateFilter', etag);
        return written(this.core, await this.core.call({ method: 'PUT', path: `${FILTERS}/${seg(id)}`, body: doc, ifMatch: etag }));
    }
    async filterStatus(id) {
        const path = `${FILTERS}/${seg(id)}/status`;
        const res = await this.core.call({ method: 'GET', path });
        const body = isObject(res.body) ? res.body : {};
        if (typeof body.status !== 'string')
            throw this.core.fail(`GET ${path}: the response has no "status"`, { endpoint: `GET ${path}` });
        return { status: body.status, ...(typeof body.message === 'string' ? { message: body.message } : {}) };
    }
    // ---- filter groups ----------------------------------------------------------------------------
    groupFilters(groupId) {
        return collectPages(this.core, {
            path: `${GROUPS}/${seg(groupId)}/filters`,
            query: { page_size: '100' },
            itemsKey: 'filter_ids',
        }).then((ids) => ids.map((id) => {
            // An id is a string or a number; anything else is an answer this tool does not understand.
            if (typeof id === 'string' || typeof id === 'number')
                return String(id);
            throw new errors/* PlatformError */.Wk(`GET ${GROUPS}/{group}/filters: a filter id is ${id === null ? 'null' : typeof id}, not a string or a number`);
        }));
    }
    /**
     * Replaces the group's whole assignment. Not retried after an unknown outcome: the write carries
     * no If-Match, so a late duplicate could overwrite a newer list. The caller re-reads the
     * membership instead (ApiError.unknown says whether the write may have landed).
     */
    async setGroupFilters(groupId, ids) {
        const res = await this.core.call({
            method: 'PUT',
            path: `${GROUPS}/${seg(groupId)}/filters`,
            body: { filter_ids: ids },
            idempotent: false,
        });
        return { sent: res.sent, unknown: res.unknown };
    }
    // ---- audit and metrics ------------------------------------------------------------------------
    /** One filter's audit entries; without a filter id, the tenant-wide log (drift attributes schema changes from it). */
    auditLogs(filterId) {
        const query = filterId === undefined ? { page_size: '50' } : { filter_id: filterId, page_size: '50' };
        return collectPages(this.core, { path: AUDIT, query, itemsKey: 'entries' });
    }
    async filterMetrics(filterId, opts = {}) {
        const q = new URLSearchParams({
            filter_id: filterId,
            interval: opts.interval ?? 'PT5M',
            metrics: (opts.metrics ?? ['hit_count', 'throughput_rate', 'match_ratio']).join(','),
            start_time: opts.startTime ?? '-PT3600S',
            end_time: opts.endTime ?? new Date(this.o.now()).toISOString(),
        });
        return (await this.core.call({ method: 'GET', path: `${METRICS}?${q.toString()}` })).body;
    }
    // ---- housekeeping -----------------------------------------------------------------------------
    stats() {
        return { ...this.core.stats };
    }
    async close() {
        await this.core.close();
    }
    async createRecovering(path, doc, key, find) {
        const post = async () => written(this.core, await this.core.call({ method: 'POST', path, body: doc, idempotent: false }));
        let first;
        try {
            return await post();
        }
        catch (err) {
            const value = doc[key];
            if (!(err instanceof cxone_errors/* ApiError */.hD) || !err.retryable || typeof value !== 'string')
                throw err;
            first = err;
        }
        // The writes of both POSTs count: the caller's audit must match what the platform saw.
        const before = { sent: first.sent, unknown: first.unknown };
        const value = doc[key];
        this.core.log(`POST ${path}: outcome unknown (${first.status ?? first.code ?? 'error'}); looking up ${key} ${JSON.stringify(value)} before retrying`);
        const found = await find(value);
        if (found) {
            if (Object.keys(doc).every((k) => (0,canonical/* sameContent */.C)(doc[k], found.body[k])))
                return { ...found, status: 200, ...before };
            const label = `POST ${path}`;
            throw this.core.fail(`${label}: 409 Conflict — ${key} ${JSON.stringify(value)} was created by someone else while our request was in flight (re-read and re-check)`, {
                endpoint: label,
                status: 409,
                ...before,
            });
        }
        try {
            const res = await post();
            return { ...res, sent: res.sent + before.sent, unknown: res.unknown + before.unknown };
        }
        catch (err) {
            if (!(err instanceof cxone_errors/* ApiError */.hD))
                throw err;
            throw this.core.fail(err.message, {
                endpoint: err.endpoint,
                ...(err.status !== undefined ? { status: err.status } : {}),
                ...(err.code !== undefined ? { code: err.code } : {}),
                ...(err.refused !== undefined ? { refused: err.refused } : {}),
                ...(err.scope !== undefined ? { scope: err.scope } : {}),
                retryable: err.retryable,
                sent: err.sent + before.sent,
                unknown: err.unknown + before.unknown,
            });
        }
    }
}
function seg(id) {
    return encodeURIComponent(id);
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function idOf(e) {
    return typeof e.id === 'string' || typeof e.id === 'number' ? String(e.id) : undefined;
}
function requireEtag(what, etag) {
    if (typeof etag !== 'string' || etag === '')
        throw new TypeError(`${what}: an ETag is required (every write carries If-Match)`);
}
function fetched(core, res) {
    const body = objectBody(core, res);
    const etag = res.etag ?? (typeof body.etag === 'string' ? body.etag : undefined);
    return { body, ...(etag !== undefined ? { etag } : {}) };
}
function written(core, res) {
    return { ...fetched(core, res), status: res.status, sent: res.sent, unknown: res.unknown };
}
function objectBody(core, res) {
    if (res.body === undefined)
        return {};
    if (!isObject(res.body))
        throw core.fail(`${res.label}: ${res.status} with a body that is not a JSON object — check api-base-url`, {
            endpoint: res.label,
            status: res.status,
        });
    return res.body;
}

;// CONCATENATED MODULE: ./lib/cxone/from-settings.js
// The client as the settings describe it: the one place settings become client options, for every
// mode that talks to the platform (check against the live registry, deploy).


function clientFromSettings(settings, tuning = {}) {
    const { baseUrl, tokenUrl, tokenRequestFormat, clientId, clientSecret, tenant } = settings.api;
    if (!baseUrl || !clientId || !clientSecret) {
        throw new errors/* UsageError */.eb('the platform API needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)');
    }
    return new CxoneClient({
        baseUrl,
        ...(tokenUrl ? { tokenUrl } : {}),
        tokenRequestFormat,
        clientId,
        clientSecret,
        ...(tenant ? { tenant } : {}),
        maxConcurrency: settings.maxConcurrency,
        requestsPerSecond: settings.requestsPerSecond,
        requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
        maxRetries: settings.maxRetries,
        ...Object.fromEntries(Object.entries(tuning).filter(([, v]) => v !== undefined)),
    });
}

;// CONCATENATED MODULE: ./lib/cxone/index.js
// The CXone EventBridge / event-processing REST client (cxone-api.md).







/***/ })

};
