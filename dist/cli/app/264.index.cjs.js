"use strict";
exports.id = 264;
exports.ids = [264,155];
exports.modules = {

/***/ 97071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony export sizeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45372);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64539);
// Reading a file a pull request may have planted (the config, a registry export in the checkout):
// it must resolve (through any links) to a path inside the real root when one guards it, be a
// regular file, and fit the size cap, all checked before a byte is read. It is opened
// non-blocking and checked on the open handle, so a named pipe cannot hang the run, a device
// (/dev/zero) is refused, and a file swapped between the checks is still the one measured. At
// most cap + 1 bytes are ever read: a /proc file (size 0 to stat) or a file that grew is cut off.
// Synchronous calls: each asynchronous one is a round trip through libuv's thread pool, and a check
// reads this file beside contracts it loads synchronously, so the trips waited for the loading and
// then for each other (about 10 ms of a small check). Non-blocking open keeps a pipe from hanging it.



// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** The file's bytes, or undefined when there is nothing at `absPath`. */
async function readBounded(absPath, o) {
    const cannot = (err) => {
        const code = err.code;
        return o.cannotRead(code ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__.readProblem)(code) : err.message);
    };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absPath);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw cannot(err);
    }
    let real;
    try {
        // .native, as the system resolves it: the JavaScript one drops `..` from a link's target as text.
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absPath);
    }
    catch {
        throw o.fail(`${o.noun} is a broken symbolic link`);
    }
    if (o.inside !== undefined && !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)((0,_inside_root_js__WEBPACK_IMPORTED_MODULE_1__/* .realRoot */ .dU)(o.inside), real)) {
        // Where it leads is not shown: that is outside information too.
        throw o.fail(`${o.noun} resolves to a path outside the repository root; it was not read`);
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (err) {
        throw cannot(err);
    }
    const limit = sizeText(o.maxBytes);
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            throw o.cannotRead((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__.readProblem)('EISDIR'));
        if (!st.isFile())
            throw o.fail(`${o.noun} is not a regular file (a pipe, socket or device)`);
        if (st.size > o.maxBytes)
            throw o.fail(`${o.noun} is ${sizeText(st.size)}, over the ${limit} limit; it was not read`);
        // Room for the stated size (or a little, for files whose stat says 0), plus one byte to notice more.
        let buf = Buffer.alloc(Math.min(o.maxBytes, Math.max(st.size, 64 * 1024)) + 1);
        let length = 0;
        for (;;) {
            if (length === buf.length) {
                const bigger = Buffer.alloc(Math.min(o.maxBytes + 1, buf.length * 2));
                buf.copy(bigger, 0, 0, length);
                buf = bigger;
            }
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, length, buf.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > o.maxBytes)
                throw o.fail(`${o.noun} is over the ${limit} limit; it was not read`);
        }
        return buf.subarray(0, length);
    }
    catch (err) {
        if (!isSystemError(err))
            throw err;
        throw cannot(err);
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // Closing a descriptor we read from cannot lose data; nothing to report.
        }
    }
}
function sizeText(n) {
    const [unit, size] = n >= 1024 * 1024 ? ['MiB', 1024 * 1024] : n >= 1024 ? ['KiB', 1024] : ['bytes', 1];
    return `${(n / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
function isSystemError(err) {
    return err instanceof Error && typeof err.code === 'string';
}


/***/ }),

/***/ 20698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cj: () => (/* binding */ resolvePointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
// RFC 6901 JSON pointers: the address of a node in a contract document.
function escapeToken(token) {
    const t = String(token);
    // Most tokens need no escaping; skip the two regex passes for them (this runs per schema node).
    return t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t;
}
function unescapeToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Join tokens into a pointer: `['properties', 'a/b']` -> `/properties/a~1b`. */
function toPointer(tokens) {
    return tokens.map((t) => '/' + escapeToken(t)).join('');
}
/** Split a pointer into its tokens: `/properties/a~1b` -> `['properties', 'a/b']`. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON pointer: ${pointer}`);
    return pointer.slice(1).split('/').map(unescapeToken);
}
/** The value at `pointer` in `doc`, or undefined. */
function resolvePointer(doc, pointer) {
    let node = doc;
    for (const token of parsePointer(pointer)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[token];
    }
    return node;
}


/***/ }),

/***/ 30998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ parseRepoConfig),
  b: () => (/* binding */ readRepoConfig)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/cxone-contract/cxone-contract/schemas/config.schema.json","title":"cxone-contract repository configuration (.cxone-contract.yml)","description":"Optional settings for a contract repository. Action inputs and CLI flags, when given, take precedence over these values.","type":"object","additionalProperties":false,"properties":{"schemas":{"description":"Glob(s), relative to the repository root, of the event-schema files. Absolute globs and `..` segments are configuration errors: nothing outside the root is read.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}]},"filters":{"description":"Glob(s), relative to the repository root, of the event-filter files. Absolute globs and `..` segments are configuration errors: nothing outside the root is read.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}]},"policy":{"description":"Compatibility policy for schema evolution. additive (default) is the platform\'s own rule.","enum":["additive","backward","forward","full","none"]},"fail-on":{"description":"Lowest severity that fails the run.","enum":["error","warning","notice","never"]},"rules":{"description":"Per-rule severity overrides, by rule id (see docs/rules.md). `off` drops the rule\'s findings.","type":"object","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"ignores":{"description":"Findings accepted on purpose. Each needs a reason; an ignore past its expiry date is itself an error.","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","contract","reason"],"properties":{"rule":{"description":"Rule id.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"contract":{"description":"Schema title or filter name.","type":"string","minLength":1},"pointer":{"description":"JSON pointer (RFC 6901) of the node; omit to accept the rule anywhere in the contract.","type":"string","pattern":"^(/.*)?$"},"reason":{"description":"Why this is accepted (shown in reports).","type":"string","minLength":3},"expires":{"description":"Last day (YYYY-MM-DD) the ignore applies.","type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"}}}}}}');
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/core/yaml-offset.js
var yaml_offset = __webpack_require__(93946);
// EXTERNAL MODULE: ./lib/core/suggest.js
var suggest = __webpack_require__(3029);
;// CONCATENATED MODULE: ./lib/settings/config-depth.js
// A cheap bound on how deeply the config nests, found with the YAML lexer before any parser runs:
// the `yaml` composer is recursive, so 400,000 nested brackets would take seconds and overflow the
// stack. The lexer is a flat state machine; this stops at the first line past the limit.

/** A real config nests four or five levels (`ignores: - rule: ...`); 32 is far past any of them. */
const MAX_CONFIG_DEPTH = 32;
const INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
const CONTROL = new Set(['doc-mode', 'byte-order-mark', 'flow-error-end', 'doc-start', 'doc-end', 'directive-line']);
/** Whether a line starting with `first` closes the open level `top`. */
function closes(first, top) {
    if (top.col !== first.col)
        return top.col > first.col;
    // `key:` then `- item` on the same column: the sequence is the key's value, one level deeper.
    return !(first.seq && !top.seq);
}
/**
 * The 1-based line where nesting first passes `maxDepth`, or undefined. Block levels are tracked
 * with a stack of the columns where nodes start (a deeper column opens a level, a shallower one
 * closes levels), plus the compact indicators of one line (`- - - x`); flow levels are counted by
 * brackets. It may count one level more than the collections (the scalar that ends a branch, or
 * a flow collection that opens its line); the text of scalars, block scalars and comments never counts.
 */
function firstTooDeepLine(text, maxDepth = MAX_CONFIG_DEPTH) {
    const stack = [];
    let line = 1;
    let atLineStart = true;
    let col = 0;
    let cols = [];
    let flow = 0;
    let scalarNext = false;
    for (const tok of new dist/* Lexer */.JG().lex(text)) {
        // The lexer marks each scalar with a \x1f token; the next token is its text, whatever it looks like.
        if (tok === '\u001f') {
            scalarNext = true;
            continue;
        }
        const type = scalarNext ? 'scalar' : dist/* CST */.DB.tokenType(tok);
        scalarNext = false;
        if (type && CONTROL.has(type))
            continue;
        if (atLineStart && flow === 0 && type !== 'newline') {
            if (type === 'space')
                col += tok.length;
            else if (type && INDICATORS.has(type)) {
                cols.push({ col, seq: type === 'seq-item-ind' });
                col += tok.length;
                if (cols.length > maxDepth)
                    return line;
            }
            else {
                atLineStart = false;
                if (type !== 'comment') {
                    cols.push({ col, seq: false });
                    const first = cols[0];
                    while (stack.length > 0 && closes(first, stack[stack.length - 1]))
                        stack.pop();
                    stack.push(...cols);
                    if (stack.length > maxDepth)
                        return line;
                }
            }
        }
        else if (type !== 'space' && type !== 'newline')
            atLineStart = false;
        if (type === 'flow-seq-start' || type === 'flow-map-start') {
            if (++flow + stack.length > maxDepth)
                return line;
        }
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            flow = Math.max(0, flow - 1);
        for (let i = tok.indexOf('\n'); i >= 0; i = tok.indexOf('\n', i + 1))
            line++;
        if (tok.endsWith('\n')) {
            atLineStart = true;
            col = 0;
            cols = [];
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/settings/config-read.js
var config_read = __webpack_require__(34256);
// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var globs = __webpack_require__(87782);
;// CONCATENATED MODULE: ./lib/settings/config-file.js
// The optional repo config (.cxone-contract.yml): read (bounded, inside the root: ./config-read.ts),
// checked for depth before parsing, parsed with positions (it is small), validated against
// schemas/config.schema.json, and its globs kept inside the root. Any problem is a UsageError
// (exit 2) naming the file, the line and what is wrong.










let validate;
/**
 * Read the config `file` (shown as given), which must resolve to a file inside `root`; undefined
 * when the file does not exist.
 */
async function readRepoConfig(file, root) {
    const text = await (0,config_read/* readConfigText */.i)(file, root);
    return text === undefined ? undefined : parseRepoConfig(text, file.given);
}
function parseRepoConfig(text, displayPath) {
    const deep = firstTooDeepLine(text);
    if (deep !== undefined)
        throw new errors/* UsageError */.eb(`${displayPath}:${deep}: the config nests deeper than ${MAX_CONFIG_DEPTH} levels`);
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const where = (offset) => `${displayPath}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new errors/* UsageError */.eb(`${where(e.pos[0])}: ${config_file_short(e.message)}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 50 }) ?? {};
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${displayPath}: ${config_file_short(err.message)}`);
    }
    // verbose: errors carry their schema, whose keys and enums are the did-you-mean candidates.
    validate ??= new ajv.Ajv({ allErrors: false, strict: false, verbose: true }).compile(config_schema_namespaceObject);
    if (!validate(data)) {
        const e = validate.errors[0];
        const at = e.instancePath || '/';
        if (e.keyword === 'additionalProperties') {
            const key = e.params.additionalProperty;
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const hint = known.length > 0 ? `${(0,suggest.didYouMean)(key, known)}; the keys here are ${known.join(', ')}` : '';
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, `${e.instancePath}/${key}`))}: ${at} unknown key "${key}"${hint}`);
        }
        if (e.keyword === 'enum') {
            const allowed = e.params.allowedValues.map(String);
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, e.instancePath))}: ${at} ${JSON.stringify(e.data)} is not one of ${allowed.join(', ')}${(0,suggest.didYouMean)(e.data, allowed)}`);
        }
        throw new errors/* UsageError */.eb(`${where(offsetOf(doc, e.instancePath))}: ${at} ${e.message}`);
    }
    const raw = data;
    (raw.ignores ?? []).forEach((ig, i) => {
        // The schema checks the shape (YYYY-MM-DD); a date that does not exist would compare as text
        // and expire on the wrong day.
        if (ig.expires !== undefined && !isCalendarDate(String(ig.expires))) {
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, `/ignores/${i}/expires`))}: /ignores/${i}/expires "${String(ig.expires)}" is not a date of the calendar (YYYY-MM-DD)`);
        }
    });
    for (const key of ['schemas', 'filters']) {
        const value = raw[key];
        if (value === undefined)
            continue;
        const pointer = (i) => (Array.isArray(value) ? `/${key}/${i}` : `/${key}`);
        (0,globs/* checkGlobs */.EQ)(Array.isArray(value) ? value : [value], (i) => `${where(offsetOf(doc, pointer(i)))}: ${key}: `);
    }
    const toList = (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
    return {
        schemas: toList(raw.schemas),
        filters: toList(raw.filters),
        policy: raw.policy,
        failOn: raw['fail-on'],
        rules: raw.rules ?? {},
        ignores: (raw.ignores ?? []).map((ig, i) => ({
            ...ig,
            expires: ig.expires === undefined ? undefined : String(ig.expires),
            file: displayPath,
            line: lines.linePos(offsetOf(doc, `/ignores/${i}`) ?? 0).line,
        })),
    };
}
/** True for a YYYY-MM-DD that names a real day (2027-02-29 and 2026-13-45 do not). */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
/** The parser's message, first line, cut: it may quote a long stretch of the file (a 100,000-star alias name). */
function config_file_short(message) {
    const line = message.split('\n')[0];
    return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}
/** Source offset of the node at a JSON pointer (or its nearest ancestor). */
function offsetOf(doc, pointer) {
    return (0,yaml_offset/* yamlOffsetOf */.E)(doc, (0,core_pointer/* parsePointer */.vp)(pointer));
}


/***/ }),

/***/ 34256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   i: () => (/* binding */ readConfigText)
/* harmony export */ });
/* harmony import */ var _core_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97071);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64539);
// Reading the config file, which a pull request controls: through the bounded reader
// (src/core/bounded-read.ts): it must resolve (through any links) to a path inside the real root,
// be a regular file, and fit the size cap, all checked before a byte is read.



const MAX_CONFIG_BYTES = 1024 * 1024;
/** The config text, or undefined when there is no file at `file`. */
async function readConfigText(file, root) {
    const bytes = await (0,_core_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .C)(file.path, {
        noun: 'the config file',
        maxBytes: MAX_CONFIG_BYTES,
        inside: root,
        fail: (what) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file.given}: ${what}`),
        // A file that is there and cannot be read (permissions, a directory): where it was looked for.
        cannotRead: (problem) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`config: cannot read ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__.describeGiven)(file)}: ${problem}`),
    });
    return bytes?.toString('utf8');
}


/***/ }),

/***/ 31264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSettings: () => (/* reexport */ buildSettings)
});

// UNUSED EXPORTS: DEFAULT_ALLOW_BREAKING_LABEL, DEFAULT_CONFIG_FILE, DEFAULT_FILTER_GLOBS, DEFAULT_SCHEMA_GLOBS, FAIL_ON, FORMATS, INPUT_NAMES, MODES, POLICIES, SECRET_INPUTS, TOKEN_FORMATS, parseRepoConfig, readRepoConfig

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/settings/config-file.js + 2 modules
var config_file = __webpack_require__(30998);
// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var globs = __webpack_require__(87782);
// EXTERNAL MODULE: ./lib/settings/types.js
var types = __webpack_require__(59636);
// EXTERNAL MODULE: ./lib/settings/values.js
var values = __webpack_require__(41155);
;// CONCATENATED MODULE: ./lib/settings/build.js
// Build the Settings object: explicit inputs/flags win, then the repo config file, then defaults.
// This is the only place raw inputs are interpreted.








async function buildSettings(raw, ctx) {
    const opt = (name) => ((0,values.given)(raw[name]) ? raw[name].trim() : undefined);
    const workspace = (0,external_node_path_.resolve)(ctx.cwd);
    // Every path the user gives is relative to where the command runs; the config file, to the root
    // (src/core/paths.ts).
    const here = (name, fallback) => {
        const v = opt(name) ?? fallback;
        return v === undefined ? undefined : (0,paths.resolveGiven)(v, workspace, ctx.cwdName ?? 'the current directory');
    };
    const rootGiven = here('root', '.');
    const root = rootGiven.path;
    await mustBeDirectory(rootGiven, 'root');
    const configFile = (0,paths.resolveGiven)(opt('config') ?? types.DEFAULT_CONFIG_FILE, root, 'the contract root');
    const configName = configFile.given;
    const config = await (0,config_file/* readRepoConfig */.b)(configFile, root);
    if (!config && (0,values.given)(raw.config) && configName !== types.DEFAULT_CONFIG_FILE) {
        throw new errors/* UsageError */.eb(`config: cannot read ${(0,paths.describeGiven)(configFile)}: no such file`);
    }
    const file = (name) => here(name)?.path;
    const settings = {
        mode: (0,values.oneOf)('mode', opt('mode') ?? 'check', types.MODES),
        root,
        workspace,
        repoBase: await (0,paths.repoBaseOf)(root, workspace, ctx.repoWithinCwd ? workspace : undefined),
        schemaGlobs: (0,values.given)(raw.schemas) ? (0,values.list)(raw.schemas) : (config?.schemas ?? types.DEFAULT_SCHEMA_GLOBS),
        filterGlobs: (0,values.given)(raw.filters) ? (0,values.list)(raw.filters) : (config?.filters ?? types.DEFAULT_FILTER_GLOBS),
        policy: opt('policy') ? (0,values.oneOf)('policy', opt('policy'), types.POLICIES) : (config?.policy ?? 'additive'),
        failOn: opt('fail-on') ? (0,values.oneOf)('fail-on', opt('fail-on'), types.FAIL_ON) : (config?.failOn ?? 'error'),
        ruleLevels: config?.rules ?? {},
        ignores: config?.ignores ?? [],
        configFile: config ? configName : undefined,
        configPath: (0,external_node_path_.relative)(root, configFile.path).split(external_node_path_.sep).join('/'),
        globsGiven: { schemas: (0,values.given)(raw.schemas), filters: (0,values.given)(raw.filters) },
        registryExport: here('registry-export'),
        against: opt('against'),
        failOnExisting: (0,values.bool)('fail-on-existing', opt('fail-on-existing') ?? 'false'),
        api: {
            baseUrl: opt('api-base-url') && (0,values.url)('api-base-url', opt('api-base-url')),
            tokenUrl: opt('token-url') && (0,values.url)('token-url', opt('token-url')),
            tokenRequestFormat: (0,values.oneOf)('token-request-format', opt('token-request-format') ?? 'form', types.TOKEN_FORMATS),
            clientId: opt('client-id'),
            deployClientId: opt('deploy-client-id'),
            clientSecret: opt('client-secret'),
            tenant: opt('tenant'),
        },
        format: opt('format') ? (0,values.oneOf)('format', opt('format'), types.FORMATS) : (ctx.defaults?.format ?? 'text'),
        reportFile: file('report-file') ?? ctx.defaults?.reportFile,
        github: {
            token: opt('github-token'),
            comment: (0,values.bool)('comment', opt('comment') ?? 'true'),
            allowBreakingLabel: opt('allow-breaking-label') ?? types.DEFAULT_ALLOW_BREAKING_LABEL,
        },
        sarifFile: file('sarif-file'),
        dryRun: (0,values.bool)('dry-run', opt('dry-run') ?? 'false'),
        auditFile: file('audit-file') ?? ctx.defaults?.auditFile,
        auditArtifact: opt('audit-artifact'),
        activationTimeoutSeconds: (0,values.positiveInt)('activation-timeout', opt('activation-timeout') ?? '60', 3600),
        maxConcurrency: (0,values.positiveInt)('max-concurrency', opt('max-concurrency') ?? '4', 64),
        requestsPerSecond: (0,values.nonNegativeInt)('requests-per-second', opt('requests-per-second') ?? '100', 10_000),
        requestTimeoutSeconds: (0,values.positiveInt)('request-timeout', opt('request-timeout') ?? '30', 600),
        maxRetries: (0,values.nonNegativeInt)('max-retries', opt('max-retries') ?? '5', 20),
        allowDeployFrom: (0,values.list)(opt('allow-deploy-from') ?? ''),
        driftIssue: (0,values.bool)('drift-issue', opt('drift-issue') ?? 'false'),
        deadFilterWindowDays: (0,values.days)('dead-filter-window', opt('dead-filter-window') ?? '7d'),
    };
    // Globs from the config were checked (with their line) as it was parsed; inputs are checked here.
    if ((0,values.given)(raw.schemas))
        (0,globs/* checkGlobs */.EQ)(settings.schemaGlobs, () => 'schemas: ');
    if ((0,values.given)(raw.filters))
        (0,globs/* checkGlobs */.EQ)(settings.filterGlobs, () => 'filters: ');
    // Ref patterns meet the same matcher: bounded as the file globs are (a ref is no path: no root to leave).
    (0,globs/* checkGlobs */.EQ)(settings.allowDeployFrom, () => 'allow-deploy-from: ', { outside: false });
    if (settings.schemaGlobs.length === 0 && settings.filterGlobs.length === 0) {
        throw new errors/* UsageError */.eb('schemas/filters: no globs given: nothing to check');
    }
    if (settings.against !== undefined && settings.mode !== 'check') {
        throw new errors/* UsageError */.eb(`against: applies to mode: check only (mode: ${settings.mode} compares with the live tenant)`);
    }
    if (settings.registryExport && settings.api.baseUrl) {
        throw new errors/* UsageError */.eb('registry-export and api-base-url are both set: choose the export file (offline) or the live API');
    }
    return settings;
}
async function mustBeDirectory(dir, name) {
    const s = await (0,promises_.stat)(dir.path).catch(() => undefined);
    if (!s?.isDirectory())
        throw new errors/* UsageError */.eb(`${name}: ${(0,paths.describeGiven)(dir)} is not a directory`);
}

;// CONCATENATED MODULE: ./lib/settings/index.js





/***/ }),

/***/ 41155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bool: () => (/* binding */ bool),
/* harmony export */   days: () => (/* binding */ days),
/* harmony export */   given: () => (/* binding */ given),
/* harmony export */   list: () => (/* binding */ list),
/* harmony export */   nonNegativeInt: () => (/* binding */ nonNegativeInt),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   positiveInt: () => (/* binding */ positiveInt),
/* harmony export */   url: () => (/* binding */ url)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3029);
// Parsing of single raw input values. Every failure is a UsageError naming the input and what
// it accepts, so the user sees one clear line and exit code 2.


function given(value) {
    return value !== undefined && value.trim() !== '';
}
function oneOf(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not one of ${allowed.join(', ')}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__.didYouMean)(v, allowed)}`);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name, value) {
    const v = value.trim();
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a boolean (use true or false)`);
}
function positiveInt(name, value, max = Number.MAX_SAFE_INTEGER) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 1 to ${max}`);
    }
    return n;
}
function nonNegativeInt(name, value, max) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 0 to ${max}`);
    return n;
}
/** A duration in days: `7`, `7d`, or `168h` (rounded up to whole days is not done: hours / 24). */
function days(name, value) {
    const m = /^(\d+)\s*([dh]?)$/.exec(value.trim());
    if (!m || Number(m[1]) === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${value.trim()}" is not a duration like 7d or 168h`);
    return m[2] === 'h' ? Number(m[1]) / 24 : Number(m[1]);
}
/** A list given as one string: separated by newlines or commas (globs may hold commas in braces). */
function list(value) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const ch of value) {
        if (ch === '{')
            depth++;
        if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === '\n' || (ch === ',' && depth === 0)) {
            items.push(current);
            current = '';
        }
        else
            current += ch;
    }
    items.push(current);
    return items.map((s) => s.trim()).filter((s) => s !== '');
}
/** An http(s) URL; the scheme rules (https except loopback) belong to the client. */
function url(name, value) {
    const v = value.trim();
    try {
        const u = new URL(v);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('scheme');
        return v.replace(/\/+$/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not an http(s) URL`);
    }
}


/***/ })

};
;