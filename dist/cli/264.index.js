export const id = 264;
export const ids = [264,155,636,29];
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
    const cannot = (err) => o.fail(`cannot read ${o.noun} (${err.code ?? err.message})`);
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
            throw o.fail(`${o.noun} is not a regular file (it is a directory)`);
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

/***/ 45372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   WJ: () => (/* binding */ guardingRoot),
/* harmony export */   dU: () => (/* binding */ realRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Whether a path lies inside a directory, by path arithmetic only: used on real paths (after
// realpath) to refuse what a link leads out to, and on given paths to decide which root guards them.


function isInside(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, p);
    return !(rel === '..' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** The first of `roots` that `p` (absolute) lies inside, as given: that root guards it. */
function guardingRoot(roots, p) {
    return roots.find((r) => r !== undefined && isInside(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(r), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p)));
}
/** The real path of a root; the path as given when it cannot be resolved (it is then compared as is). */
async function realRoot(root) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root));
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

/***/ 3029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   didYouMean: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean" for near misses: users type `Voice`, `equal`, `greater-than`, `polcy`, `maxLenght`.
// In core because every stage suggests: settings (config keys), lint, triage (rule ids).
const MAX_LENGTH = 256;
/** The candidate closest to `value` (case, `-`/`_` and small typos forgiven), or undefined. */
function closest(value, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-\s]/g, '_');
    // Far longer than any keyword, enum word or path: no near miss, and the table would be costly.
    if (value.length > MAX_LENGTH)
        return undefined;
    const v = norm(value);
    let best;
    // One edit for short words, one per three letters for longer ones: beyond that it is a guess.
    let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
    for (const c of candidates) {
        const d = distance(v, norm(c));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance; inputs are short enum words, so the quadratic table is fine. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
/** ` (did you mean "x"?)` or the empty string; `aliases` maps other tools' spellings (`gt`). */
function didYouMean(value, candidates, aliases = {}) {
    if (typeof value !== 'string')
        return '';
    const alias = Object.prototype.hasOwnProperty.call(aliases, value.toLowerCase())
        ? aliases[value.toLowerCase()]
        : undefined;
    const c = alias ?? closest(value, candidates);
    return c === undefined ? '' : ` (did you mean "${c}"?)`;
}


/***/ }),

/***/ 93946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ yamlOffsetOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Where a JSON pointer lands in a `yaml` document parsed with positions: the source offset of its
// node, of the key for a mapping entry (the line a reader looks for), or of the nearest existing
// ancestor when the pointer leads nowhere. One walker for the contract locator and the config reader.

const INDEX = /^(0|[1-9][0-9]*)$/;
/**
 * Offset of the node at `tokens` (a parsed pointer); undefined when the document has no content.
 * `throughAliases`: follow `*alias` into its anchor (contracts); otherwise the alias itself is the
 * nearest node (the config's messages have always stopped there).
 */
function yamlOffsetOf(doc, tokens, options = {}) {
    let node = doc.contents;
    let offset = start(node);
    for (const token of tokens) {
        if (options.throughAliases && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            node = node.resolve(doc);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            // Keys as js-yaml's `{}` mappings see them: scalars stringified.
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === token);
            if (!pair)
                break;
            offset = start(pair.key) ?? start(pair.value) ?? offset;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const item = INDEX.test(token) ? node.items[Number(token)] : undefined;
            if (item === undefined)
                break;
            offset = start(item) ?? offset;
            node = item;
        }
        else
            break;
    }
    return offset;
}
function start(node) {
    return node?.range?.[0];
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
 * Read the config at `absPath` (shown as `displayPath`), which must resolve to a file inside
 * `root`; undefined when the file does not exist.
 */
async function readRepoConfig(absPath, displayPath, root) {
    const text = await (0,config_read/* readConfigText */.i)(absPath, displayPath, root);
    return text === undefined ? undefined : parseRepoConfig(text, displayPath);
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
// Reading the config file, which a pull request controls: through the bounded reader
// (src/core/bounded-read.ts): it must resolve (through any links) to a path inside the real root,
// be a regular file, and fit the size cap, all checked before a byte is read.


const MAX_CONFIG_BYTES = 1024 * 1024;
/** The config text, or undefined when there is no file at `absPath`. */
async function readConfigText(absPath, displayPath, root) {
    const bytes = await (0,_core_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .C)(absPath, {
        noun: 'the config file',
        maxBytes: MAX_CONFIG_BYTES,
        inside: root,
        fail: (what) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${displayPath}: ${what}`),
    });
    return bytes?.toString('utf8');
}


/***/ }),

/***/ 87782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EQ: () => (/* binding */ checkGlobs)
});

// UNUSED EXPORTS: GLOB_LIMITS, checkGlob, globOutsideRoot, globTooCostly

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(25648);
;// CONCATENATED MODULE: ./lib/core/braces.js
// The brace grammar of globs, read once for two uses of the settings (../settings/globs.ts):
// counting the patterns a glob expands to without expanding it (the bound), and spelling the
// patterns out (the checks of what a glob could name).
/** Patterns one glob may expand to (the product of its brace groups, a range counting its size). */
const MAX_BRACE_READINGS = 100;
/**
 * How many patterns brace expansion can make of `glob`, counted without expanding and capped at
 * `cap`. It over-counts rather than under-counts: a group the expander would keep literal
 * (`{a}`, an unclosed `{`) still counts what is inside it. Recursion is as deep as the groups nest
 * (bounded by the settings' maxBraceGroups).
 */
function countExpansions(glob, cap) {
    const mul = (a, b) => Math.min(cap, a * b);
    const add = (a, b) => Math.min(cap, a + b);
    return readBraces(glob, {
        text: () => 1,
        then: mul,
        or: add,
        single: (item, body) => Math.max(item, Math.min(cap, rangeSize(body))),
        unclosed: (items) => items, // literal to the expander, counted anyway
    });
}
/**
 * The patterns `glob`'s braces spell out, lists and ranges, at most `cap` of them: what a glob could
 * name once its braces are read (the settings' checks). A group kept literal (unclosed, or one
 * item that is no range) stays as written; so do escapes.
 */
function braceReadings(glob, cap) {
    return readBraces(glob, {
        text: (text) => [text],
        then: (heads, tails) => heads.flatMap((h) => tails.map((t) => h + t)).slice(0, cap),
        or: (a, b) => [...a, ...b].slice(0, cap),
        single: (item, body) => rangeValues(body, cap) ?? item.map((o) => `{${o}}`),
        unclosed: (_items, rest) => [`{${rest}`],
    });
}
/** The brace grammar, once for both readings. Recursion is as deep as the groups nest. */
function readBraces(glob, r) {
    let pos = 0;
    const sequence = (inGroup) => {
        let out = r.text('');
        let from = pos;
        while (pos < glob.length) {
            const ch = glob[pos];
            if (ch === '\\')
                pos += 2;
            else if (inGroup && (ch === ',' || ch === '}'))
                break;
            else if (ch === '{') {
                out = r.then(out, r.text(glob.slice(from, pos)));
                pos++;
                out = r.then(out, group());
                from = pos;
            }
            else
                pos++;
        }
        return r.then(out, r.text(glob.slice(from, pos)));
    };
    const group = () => {
        const start = pos;
        let items;
        let alternatives = 1;
        for (;;) {
            const item = sequence(true);
            items = items === undefined ? item : r.or(items, item);
            if (pos >= glob.length)
                return r.unclosed(items, glob.slice(start));
            if (glob[pos] === ',') {
                alternatives++;
                pos++;
                continue;
            }
            const body = glob.slice(start, pos);
            pos++; // the closing brace
            return alternatives === 1 ? r.single(items, body) : items;
        }
    };
    return sequence(false);
}
/** The values of a sane `a..b` or `a..b..step` (numbers or single characters); undefined when it is none. */
function rangeValues(body, cap) {
    const size = rangeSize(body);
    if (size === 1 && body.split('..').length < 2)
        return undefined;
    if (!Number.isFinite(size) || size > cap)
        return undefined;
    const [a, b, s] = body.split('..');
    const step = s === undefined || s.trim() === '' ? 1 : Math.abs(Number(s));
    const numeric = a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
    if (!numeric && (a.length !== 1 || b.length !== 1))
        return undefined;
    const [from, to] = numeric ? [Number(a), Number(b)] : [a.charCodeAt(0), b.charCodeAt(0)];
    const out = [];
    const dir = to >= from ? 1 : -1;
    for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * (step || 1)) {
        out.push(numeric ? String(v) : String.fromCharCode(v));
        if (out.length >= cap)
            break;
    }
    return out;
}
/**
 * The size of `a..b` or `a..b..step` (numbers or single characters), 1 when it is not a range.
 * Numbers the expander would mis-step (fractions, past 1,000,000: near 2^53 it loops until the
 * engine aborts) count as too many.
 */
function rangeSize(body) {
    const parts = body.split('..');
    if (parts.length !== 2 && parts.length !== 3)
        return 1;
    const [a, b, s] = parts;
    const num = (x) => (x.trim() === '' ? NaN : Number(x));
    const sane = (x) => Number.isInteger(x) && Math.abs(x) <= 1_000_000;
    const step = s === undefined ? 1 : num(s);
    if (s !== undefined && !Number.isNaN(step) && !(sane(step) && step !== 0))
        return Infinity;
    const stride = Number.isNaN(step) ? 1 : Math.abs(step);
    if (Number.isFinite(num(a)) || Number.isFinite(num(b))) {
        if (!sane(num(a)) || !sane(num(b)))
            return Number.isNaN(num(a)) || Number.isNaN(num(b)) ? 1 : Infinity;
        return Math.floor(Math.abs(num(b) - num(a)) / stride) + 1;
    }
    if (a.length === 1 && b.length === 1)
        return Math.floor(Math.abs(b.charCodeAt(0) - a.charCodeAt(0)) / stride) + 1;
    return 1;
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/settings/globs.js
// Globs come from the PR-controlled config and from inputs; they are relative to the repository
// root and may never name a place outside it. An absolute glob would walk the whole filesystem,
// and a `..` segment climbs out of the root before any matched path is checked.
//
// They are also bounded before any glob library sees them: brace expansion is exponential
// (`{a,b}` seventeen times is 131,072 patterns, which hung fast-glob: it expands braces into one
// pattern each), a numeric range is as large as its ends (`{1..100000000}`), and a segment with
// many `*` compiles to a regex that backtracks polynomially on a long file name the PR also
// controls. Whatever the libraries still throw is a usage error naming where the glob came from,
// never a crash. The globs are evaluated by ../core/glob.ts (fast-glob and its matcher), on disk
// and in a commit's tree alike.



const GLOB_LIMITS = {
    /** Characters in one glob. */
    maxLength: 512,
    /** `{…}` groups (lists and ranges, nested or not) in one glob. */
    maxBraceGroups: 8,
    /** Patterns one glob expands to (the product of its brace groups, a range counting its size). */
    maxExpansions: MAX_BRACE_READINGS,
    /** Repeating wildcards (`*`, `*(…)`, `+(…)`, `!(…)`; `**` alone is a segment walk) in one path segment. */
    maxWildcardsPerSegment: 2,
    /** Globs in one list (schemas or filters). */
    maxGlobs: 100,
};
/** Why `glob` is too large or too costly to hand to the glob library, or undefined. */
function globTooCostly(glob) {
    const L = GLOB_LIMITS;
    if (glob.length > L.maxLength)
        return `is ${glob.length} characters long, over the limit of ${L.maxLength}`;
    const groups = countBraceOpenings(glob);
    if (groups > L.maxBraceGroups)
        return `has ${groups} brace groups, over the limit of ${L.maxBraceGroups}`;
    const n = countExpansions(glob, L.maxExpansions + 1);
    if (n > L.maxExpansions)
        return `expands to more than ${L.maxExpansions} patterns (brace lists and ranges multiply), the limit for one glob`;
    return undefined;
}
/**
 * The patterns `glob` expands to, bounded and checked; throws a UsageError (prefixed `where`) for
 * a glob that is too costly, that the library cannot read, or that reaches outside the root.
 */
function checkGlob(glob, where, options = {}) {
    const fail = (why) => new errors/* UsageError */.eb(`${where}${JSON.stringify(glob.length > 80 ? glob.slice(0, 80) + '…' : glob)} ${why}`);
    const costly = globTooCostly(glob);
    if (costly)
        throw fail(costly);
    const positive = glob.replace(/^!+/, ''); // a negation is an ignore pattern: same rules
    let expanded;
    try {
        out.isDynamicPattern(positive); // the library's own reading: what it throws on is no glob
        // Every pattern the braces can spell: `{.,}./x` and `{a,/etc}` only show their shape expanded.
        expanded = braceReadings(positive, GLOB_LIMITS.maxExpansions + 1);
    }
    catch (err) {
        throw fail(`cannot be read as a glob (${libraryMessage(err)})`);
    }
    // The counter above is the gate; the readings are the proof.
    if (expanded.length > GLOB_LIMITS.maxExpansions)
        throw fail(`expands to ${expanded.length} patterns, over the limit of ${GLOB_LIMITS.maxExpansions}`);
    for (const pattern of expanded.length > 0 ? expanded : [positive]) {
        const wild = maxWildcardsInSegment(pattern);
        if (wild > GLOB_LIMITS.maxWildcardsPerSegment) {
            throw fail(`has ${wild} repeating wildcards in one path segment, over the limit of ${GLOB_LIMITS.maxWildcardsPerSegment} (matching it is slow on long file names)`);
        }
    }
    const outside = options.outside === false ? undefined : globOutsideRoot(positive, expanded);
    if (outside)
        throw fail(outside);
    return expanded;
}
/** Why `glob` could reach outside the root, or undefined when it cannot. */
function globOutsideRoot(glob, expanded = []) {
    const positive = glob.replace(/^!+/, '');
    for (const pattern of [positive, ...expanded]) {
        // Backslash is an escape in a glob (`.\.` is `..`) and a separator on Windows: check both readings.
        for (const text of [pattern, pattern.replace(/\\(.)/g, '$1')]) {
            if (/^(?:[\\/]|[A-Za-z]:)/.test(text))
                return 'is an absolute path; globs are relative to the repository root';
            if (text.split(/[\\/()|]/).includes('..'))
                return 'has a ".." segment; globs cannot reach outside the repository root';
        }
    }
    return undefined;
}
/**
 * Throws a UsageError for the first glob that is too costly or reaches outside; `where(i)` prefixes
 * the message. `outside: false` checks the cost only (discovery refuses outside matches one by one).
 */
function checkGlobs(globs, where, options = {}) {
    if (globs.length > GLOB_LIMITS.maxGlobs) {
        throw new errors/* UsageError */.eb(`${where(GLOB_LIMITS.maxGlobs)}${globs.length} globs given, over the limit of ${GLOB_LIMITS.maxGlobs} in one list`);
    }
    globs.forEach((glob, i) => checkGlob(glob, where(i), options));
}
/** A library's message, first line only and short: it may echo the (long) glob. */
function libraryMessage(err) {
    const text = err instanceof Error ? `${err.name === 'Error' ? '' : err.name + ': '}${err.message}` : String(err);
    const line = text.split('\n')[0];
    return line.length > 120 ? line.slice(0, 120) + '…' : line;
}
/** Unescaped `{` in the text: every one may open a group, so all count. */
function countBraceOpenings(glob) {
    let n = 0;
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            n++;
    }
    return n;
}
/** The most repeating wildcards in one `/`-separated segment of an already brace-expanded pattern. */
function maxWildcardsInSegment(pattern) {
    let most = 0;
    for (const segment of pattern.split('/')) {
        if (segment === '**')
            continue;
        let n = 0;
        for (let i = 0; i < segment.length; i++) {
            const ch = segment[i];
            if (ch === '\\')
                i++;
            else if (ch === '*') {
                n++;
                while (segment[i + 1] === '*')
                    i++; // `**` inside a segment is one star to the matcher
            }
            else if ((ch === '+' || ch === '!') && segment[i + 1] === '(')
                n++; // `!(x)` is `(?!x)[^/]*?` to picomatch
        }
        most = Math.max(most, n);
    }
    return most;
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
    const root = (0,external_node_path_.resolve)(ctx.cwd, opt('root') ?? '.');
    await mustBeDirectory(root, 'root');
    const configName = opt('config') ?? types.DEFAULT_CONFIG_FILE;
    const configPath = (0,external_node_path_.isAbsolute)(configName) ? configName : (0,external_node_path_.join)(root, configName);
    const config = await (0,config_file/* readRepoConfig */.b)(configPath, configName, root);
    if (!config && (0,values.given)(raw.config) && configName !== types.DEFAULT_CONFIG_FILE) {
        throw new errors/* UsageError */.eb(`config: ${configName} does not exist`);
    }
    const registryExport = opt('registry-export');
    const file = (name) => {
        const v = opt(name);
        return v === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, v);
    };
    const settings = {
        mode: (0,values.oneOf)('mode', opt('mode') ?? 'check', types.MODES),
        root,
        workspace: (0,external_node_path_.resolve)(ctx.cwd),
        schemaGlobs: (0,values.given)(raw.schemas) ? (0,values.list)(raw.schemas) : (config?.schemas ?? types.DEFAULT_SCHEMA_GLOBS),
        filterGlobs: (0,values.given)(raw.filters) ? (0,values.list)(raw.filters) : (config?.filters ?? types.DEFAULT_FILTER_GLOBS),
        policy: opt('policy') ? (0,values.oneOf)('policy', opt('policy'), types.POLICIES) : (config?.policy ?? 'additive'),
        failOn: opt('fail-on') ? (0,values.oneOf)('fail-on', opt('fail-on'), types.FAIL_ON) : (config?.failOn ?? 'error'),
        ruleLevels: config?.rules ?? {},
        ignores: config?.ignores ?? [],
        configFile: config ? configName : undefined,
        configPath: (0,external_node_path_.relative)(root, configPath).split(external_node_path_.sep).join('/'),
        globsGiven: { schemas: (0,values.given)(raw.schemas), filters: (0,values.given)(raw.filters) },
        registryExport: registryExport === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, registryExport),
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
async function mustBeDirectory(path, name) {
    const s = await (0,promises_.stat)(path).catch(() => undefined);
    if (!s?.isDirectory())
        throw new errors/* UsageError */.eb(`${name}: ${path} is not a directory`);
}

;// CONCATENATED MODULE: ./lib/settings/index.js





/***/ }),

/***/ 59636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ALLOW_BREAKING_LABEL: () => (/* binding */ DEFAULT_ALLOW_BREAKING_LABEL),
/* harmony export */   DEFAULT_CONFIG_FILE: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   DEFAULT_FILTER_GLOBS: () => (/* binding */ DEFAULT_FILTER_GLOBS),
/* harmony export */   DEFAULT_SCHEMA_GLOBS: () => (/* binding */ DEFAULT_SCHEMA_GLOBS),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   FORMATS: () => (/* binding */ FORMATS),
/* harmony export */   INPUT_NAMES: () => (/* binding */ INPUT_NAMES),
/* harmony export */   MODES: () => (/* binding */ MODES),
/* harmony export */   POLICIES: () => (/* binding */ POLICIES),
/* harmony export */   SECRET_INPUTS: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   TOKEN_FORMATS: () => (/* binding */ TOKEN_FORMATS)
/* harmony export */ });
// The one typed Settings object every stage reads. Built only by ./build.ts, from the raw strings
// either front collected (action inputs or CLI flags + CXONE_* variables) and the repo config file.
const POLICIES = ['additive', 'backward', 'forward', 'full', 'none'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const MODES = ['check', 'deploy', 'drift'];
const FORMATS = ['text', 'json', 'sarif', 'github'];
const TOKEN_FORMATS = ['form', 'json'];
const INPUT_NAMES = [
    'mode',
    'root',
    'schemas',
    'filters',
    'config',
    'policy',
    'fail-on',
    'format',
    'report-file',
    'registry-export',
    'against',
    'fail-on-existing',
    'api-base-url',
    'token-url',
    'token-request-format',
    'client-id',
    'deploy-client-id',
    'client-secret',
    'tenant',
    'github-token',
    'comment',
    'allow-breaking-label',
    'sarif-file',
    'dry-run',
    'audit-file',
    'audit-artifact',
    'activation-timeout',
    'max-concurrency',
    'requests-per-second',
    'request-timeout',
    'max-retries',
    'allow-deploy-from',
    'drift-issue',
    'dead-filter-window',
];
/** Inputs whose values are secrets: masked by the fronts the moment they are read. */
const SECRET_INPUTS = ['client-secret', 'github-token'];
const DEFAULT_SCHEMA_GLOBS = ['cxone/schemas/**/*.{yaml,yml,json}'];
const DEFAULT_FILTER_GLOBS = ['cxone/filters/**/*.{yaml,yml,json}'];
const DEFAULT_CONFIG_FILE = '.cxone-contract.yml';
const DEFAULT_ALLOW_BREAKING_LABEL = 'cxone-breaking-change-approved';


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
