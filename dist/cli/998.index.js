export const id = 998;
export const ids = [998];
export const modules = {

/***/ 97071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony export sizeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45372);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64539);
// Reading a file a pull request may have planted (the config, a registry export in the checkout):
// it must resolve (through any links) to a path inside the real root when one guards it, be a
// regular file, and fit the size cap, all checked before a byte is read. It is opened
// non-blocking and checked on the open handle, so a named pipe cannot hang the run, a device
// (/dev/zero) is refused, and a file swapped between the checks is still the one measured. At
// most cap + 1 bytes are ever read: a /proc file (size 0 to stat) or a file that grew is cut off.




// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** The file's bytes, or undefined when there is nothing at `absPath`. */
async function readBounded(absPath, o) {
    const cannot = (err) => {
        const code = err.code;
        return o.cannotRead(code ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.readProblem)(code) : err.message);
    };
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absPath).then(() => true, (err) => {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return false;
        throw cannot(err);
    });
    if (!exists)
        return undefined;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absPath).catch(() => {
        throw o.fail(`${o.noun} is a broken symbolic link`);
    });
    if (o.inside !== undefined && !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(await (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_2__/* .realRoot */ .dU)(o.inside), real)) {
        // Where it leads is not shown: that is outside information too.
        throw o.fail(`${o.noun} resolves to a path outside the repository root; it was not read`);
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, OPEN_FLAGS).catch((err) => {
        throw cannot(err);
    });
    const limit = sizeText(o.maxBytes);
    try {
        const st = await handle.stat();
        if (st.isDirectory())
            throw o.cannotRead((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.readProblem)('EISDIR'));
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
            const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
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
        await handle.close().catch(() => undefined);
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

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SRCROOT: () => (/* binding */ SRCROOT),
/* harmony export */   baseWithoutGit: () => (/* binding */ baseWithoutGit),
/* harmony export */   describeGiven: () => (/* binding */ describeGiven),
/* harmony export */   directoryUri: () => (/* binding */ directoryUri),
/* harmony export */   readProblem: () => (/* binding */ readProblem),
/* harmony export */   repoBaseOf: () => (/* binding */ repoBaseOf),
/* harmony export */   repoLocation: () => (/* binding */ repoLocation),
/* harmony export */   repoPathsOf: () => (/* binding */ repoPathsOf),
/* harmony export */   resolveGiven: () => (/* binding */ resolveGiven),
/* harmony export */   rootPrefix: () => (/* binding */ rootPrefix),
/* harmony export */   sarifArtifactLocation: () => (/* binding */ sarifArtifactLocation),
/* harmony export */   shownPath: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _inside_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45372);
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35095);
// What a path is relative to: one rule for both fronts (docs/architecture.md, "Paths").
//
//   - A path the user gives (root, registry-export, report-file, sarif-file, audit-file, the CLI's
//     --out) is relative to where the command runs: the action's workspace, the CLI's current
//     directory. The two play the same part, so the same layout gives the same files.
//   - What the repo itself names (the globs, the config file) and a finding's `file` are relative to
//     the contract root.
//   - What GitHub or a SARIF tool is told (SARIF URIs, annotation `file=`, a pull request's changed
//     files) is relative to the repository: the top of the git repository that holds the root,
//     else the workspace when it holds the root, else the root itself. Nothing is written with `..`:
//     a file outside the repository is an absolute file URI (SARIF) and carries no `file=`
//     (annotations).
//
// A file that cannot be read names the absolute path it was resolved to and what it was resolved
// against, escaped and bounded: a file name is input like any other.





function resolveGiven(given, base, baseName) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base);
    return { path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, given), given, base: dir, baseName };
}
/** How a report names it: relative to its base when inside it, else absolute (never `../`). */
function shownPath(p) {
    return (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(p.base, p.path) ? node_path__WEBPACK_IMPORTED_MODULE_1__.relative(p.base, p.path) || '.' : p.path;
}
/**
 * How an error names it: `/ws/x.json (from "x.json", relative to the workspace /ws)`; a path given
 * absolute is its path alone. Escaped and bounded.
 */
function describeGiven(p) {
    const abs = bounded(p.path);
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(p.given))
        return abs;
    return `${abs} (from "${bounded(p.given)}", relative to ${p.baseName} ${bounded(p.base)})`;
}
/** What went wrong reading a file, in words, from Node's error code. */
function readProblem(code) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        default:
            return code;
    }
}
const MAX_SHOWN = 240;
/** `text` escaped for one line, its middle cut when it is long. */
function bounded(text) {
    const safe = (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeControl */ .hN)(text);
    if (safe.length <= MAX_SHOWN)
        return safe;
    const chars = Array.from(safe);
    if (chars.length <= MAX_SHOWN)
        return safe;
    return `${chars.slice(0, 160).join('')}…${chars.slice(-(MAX_SHOWN - 161)).join('')}`;
}
/**
 * The repository directory for `root`: the top of the git repository that holds it (found by
 * walking up from root, as given, to the first directory with a `.git` directory or file: a clone,
 * a worktree or a submodule), else `workspace` when it holds root, else root.
 */
async function repoBaseOf(root, workspace) {
    return (await gitTop(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root))) ?? baseWithoutGit(root, workspace);
}
/** The run's RepoPaths, from Settings (root, workspace, and the repoBase the settings found). */
function repoPathsOf(s) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(s.root), base: s.repoBase ?? baseWithoutGit(s.root, s.workspace) };
}
/** The repository directory when no git repository holds root. */
function baseWithoutGit(root, workspace) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    return workspace !== undefined && (0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace), r) ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace) : r;
}
async function gitTop(dir) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.git')).catch(() => undefined);
        if (s && (s.isDirectory() || s.isFile()))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return undefined;
    }
}
/**
 * `file` (relative to the root, or absolute) as a repository location. Without `paths`, `file` is
 * taken as a repository path already.
 */
function repoLocation(file, paths) {
    if (!paths)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) ? { absolute: file } : { relative: file };
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(paths.root, file);
    if (!(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(paths.base, abs))
        return { absolute: abs };
    return { relative: toSlashes(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(paths.base, abs)) };
}
/** The root as a repository path: `contracts`, or '' when root is the repository directory. */
function rootPrefix(paths) {
    return paths ? toSlashes(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(paths.base, paths.root)) : '';
}
/** A repository location as a SARIF artifactLocation: a relative reference on %SRCROOT%, or an absolute file URI. */
function sarifArtifactLocation(loc) {
    if ('absolute' in loc)
        return { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(loc.absolute).href };
    // Each segment percent-encoded (space, #, %, ?, :, non-ASCII), slashes kept.
    return { uri: loc.relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
const SRCROOT = '%SRCROOT%';
/** The repository directory as an absolute file URI ending in `/`, for SARIF's originalUriBaseIds. */
function directoryUri(dir) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function toSlashes(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
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
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
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


/***/ })

};
