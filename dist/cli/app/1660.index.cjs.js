"use strict";
exports.id = 1660;
exports.ids = [1660,1281];
exports.modules = {

/***/ 45707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ RUN_LIMITS),
/* harmony export */   Ce: () => (/* binding */ resolveRunLimits),
/* harmony export */   VT: () => (/* binding */ MAX_FILES_PER_RUN),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fW: () => (/* binding */ resolveLimits)
/* harmony export */ });
// Bounds on what one contract file may cost to parse. Contract repos are written by people, so a
// file that hits one of these is a mistake or an attack; either way it becomes a finding.
const DEFAULT_LIMITS = Object.freeze({
    maxFileBytes: 2 * 1024 * 1024,
    maxDepth: 100,
    maxNodes: 500_000,
    maxAliases: 1000,
    // The platform takes schemas of at most 256 KiB of compact JSON (cxone-api.md): about 20,000
    // nodes for a real schema, 65,000 for one long enum of short strings. 100,000 parses in ~0.1 s.
    maxFileNodes: 100_000,
});
function resolveLimits(limits) {
    if (!limits)
        return DEFAULT_LIMITS;
    const out = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(DEFAULT_LIMITS)) {
        const v = limits[key];
        // Ignore nonsense (NaN, negative) rather than disabling a guard by accident.
        if (typeof v === 'number' && v >= 0 && !Number.isNaN(v))
            out[key] = v;
    }
    return out;
}
/**
 * Contract files one run may match (schema and filter globs together). A real contract repo holds
 * tens to a few hundred; 10,000 leaves room for the largest tenants while stopping a tree of
 * 100,000 files (600,000 findings, most of a GB) after the first 10,001 entries are listed.
 */
const MAX_FILES_PER_RUN = 10_000;
/**
 * A real repo holds tens to a few hundred contracts of a few KB (the examples: 2 KB and 110-160
 * nodes each); a schema at the platform's 150-property limit has about 1,500. 5,000,000 nodes
 * leave room for 3,000 such schemas, the largest tenant we can imagine. Parsing, source positions
 * and lint cost about 2 \u00b5s per node, so the worst run is bounded to about 10 s (and ~1 GB) where 100
 * files of 490,000 nodes each, all under the per-file limits of old, took 90 s.
 */
const RUN_LIMITS = Object.freeze({
    maxBytes: 128 * 1024 * 1024,
    maxNodes: 5_000_000,
});
function resolveRunLimits(limits) {
    const out = { ...RUN_LIMITS };
    for (const key of Object.keys(RUN_LIMITS)) {
        const v = limits?.[key];
        if (typeof v === 'number' && v >= 0 && !Number.isNaN(v))
            out[key] = v;
    }
    return out;
}


/***/ }),

/***/ 33413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ sameContent),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var _own_property_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8849);
// Content equality of JSON documents regardless of key order: "unchanged" is decided by content,
// never by a version string.

function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort())
        (0,_own_property_js__WEBPACK_IMPORTED_MODULE_0__/* .setOwn */ .P)(out, key, sortKeys(value[key]));
    return out;
}
/**
 * Deep equality of two JSON values, key order ignored, without building anything (it runs on
 * every schema of every check). Iterative, so deep documents cannot overflow the stack; `skip`
 * names keys of the top-level object to ignore (e.g. a schema's cxoneVersion).
 */
function sameContent(a, b, skipTopLevel) {
    // Recursion is the fast path (no allocation); documents nested deeper than it goes are
    // compared again iteratively, which cannot overflow the stack.
    const quick = equalRecursive(a, b, skipTopLevel, 0);
    return quick === undefined ? equalIterative(a, b, skipTopLevel) : quick;
}
const MAX_RECURSION = 200;
/** true/false, or undefined when the documents are deeper than MAX_RECURSION. */
function equalRecursive(x, y, skip, depth) {
    if (x === y)
        return true;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object')
        return false;
    if (depth > MAX_RECURSION)
        return undefined;
    if (Array.isArray(x)) {
        if (!Array.isArray(y) || x.length !== y.length)
            return false;
        for (let i = 0; i < x.length; i++) {
            const r = equalRecursive(x[i], y[i], undefined, depth + 1);
            if (r !== true)
                return r;
        }
        return true;
    }
    if (Array.isArray(y))
        return false;
    const ox = x;
    const oy = y;
    // Object.keys, not for-in: the same own enumerable keys, and a third cheaper on parsed documents.
    const kx = Object.keys(ox);
    let nx = 0;
    for (let i = 0; i < kx.length; i++) {
        const key = kx[i];
        const vx = ox[key];
        if (vx === undefined || skip?.has(key))
            continue;
        nx++;
        if (!Object.hasOwn(oy, key))
            return false;
        const r = equalRecursive(vx, oy[key], undefined, depth + 1);
        if (r !== true)
            return r;
    }
    const ky = Object.keys(oy);
    let ny = 0;
    for (let i = 0; i < ky.length; i++)
        if (oy[ky[i]] !== undefined && !skip?.has(ky[i]))
            ny++;
    return nx === ny;
}
function equalIterative(a, b, skipTopLevel) {
    const stack = [[a, b, true]];
    while (stack.length > 0) {
        const [x, y, top] = stack.pop();
        if (x === y)
            continue;
        if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object')
            return false;
        if (Array.isArray(x)) {
            if (!Array.isArray(y) || x.length !== y.length)
                return false;
            for (let i = 0; i < x.length; i++)
                stack.push([x[i], y[i], false]);
            continue;
        }
        if (Array.isArray(y))
            return false;
        const ox = x;
        const oy = y;
        const skip = top ? skipTopLevel : undefined;
        let nx = 0;
        for (const key in ox) {
            if (!Object.hasOwn(ox, key) || skip?.has(key) || ox[key] === undefined)
                continue;
            nx++;
            if (!Object.hasOwn(oy, key))
                return false;
            stack.push([ox[key], oy[key], false]);
        }
        let ny = 0;
        for (const key in oy)
            if (Object.hasOwn(oy, key) && !skip?.has(key) && oy[key] !== undefined)
                ny++;
        if (nx !== ny)
            return false;
    }
    return true;
}


/***/ }),

/***/ 18732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ FILTER_DIR),
/* harmony export */   SZ: () => (/* binding */ SCHEMA_DIR),
/* harmony export */   Ux: () => (/* binding */ assignPaths)
/* harmony export */ });
/* unused harmony export fileStem */
// Safe, stable file names for exported contracts: kebab-case of the schema title or filter name
// (InteractionEnded -> interaction-ended.yaml, chat_abandonments -> chat-abandonments.yaml), only
// [a-z0-9-], bounded length, never a reserved device name, unique case-insensitively (a clash gets
// -2, -3 ... in name order, so the same tenant always exports to the same paths).
// In core: export writes these paths and drift names them for live-only items, the same ones.
const SCHEMA_DIR = 'cxone/schemas';
const FILTER_DIR = 'cxone/filters';
const MAX_STEM = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
function fileStem(name, fallback) {
    const stem = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_STEM)
        .replace(/-+$/, '');
    if (stem === '')
        return fallback;
    return RESERVED.test(stem) ? `${stem}-${fallback}` : stem;
}
/** Name -> repo-relative path for every name, unique within `dir`. */
function assignPaths(names, dir, fallback) {
    const out = new Map();
    const taken = new Set();
    for (const name of [...names].sort()) {
        const stem = fileStem(name, fallback);
        let candidate = stem;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${stem}-${n}`;
        taken.add(candidate);
        out.set(name, `${dir}/${candidate}.yaml`);
    }
    return out;
}


/***/ }),

/***/ 81214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ nestingDepth)
/* harmony export */ });
// How deeply a JSON value nests (objects and arrays), measured without recursion: a document from
// the tenant or a JSON file may be nested far deeper than the call stack, and most code that
// reads JSON (JSON.stringify, canonical forms, ajv) recurses.
/**
 * The nesting depth of `value` (a scalar is 0, `{}` and `[]` are 1, `{a: []}` is 2), counted only
 * up to `limit + 1`: the answer is exact up to the limit and `limit + 1` for anything deeper.
 */
function nestingDepth(value, limit) {
    if (value === null || typeof value !== 'object')
        return 0;
    // A live schema is measured when its export is read and again when it is compared: once is enough.
    const known = measured.get(value);
    if (known !== undefined && (known.exact || known.depth > limit))
        return known.depth <= limit ? known.depth : limit + 1;
    const depth = measure(value, limit);
    measured.set(value, { depth, exact: depth <= limit });
    return depth;
}
/** Depths found so far, by document: exact, or only "more than" a limit (documents are read, never changed). */
const measured = new WeakMap();
function measure(value, limit) {
    let deepest = 0;
    // Two parallel stacks (no pair allocated per node: documents have hundreds of thousands).
    const nodes = [value];
    const depths = [1];
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (depth > deepest)
            deepest = depth;
        if (deepest > limit)
            return limit + 1;
        const children = Array.isArray(node) ? node : Object.values(node);
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child !== null && typeof child === 'object') {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }
    return deepest;
}


/***/ }),

/***/ 38325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ boundedMemo),
/* harmony export */   p: () => (/* binding */ memo)
/* harmony export */ });
// Get, or compute and keep: the one shape of the product's caches (per document object in a
// WeakMap, per pattern text in a Map). Values are never `undefined`, so a miss is `undefined`.
/** The value kept under `key`; computed by `compute` and kept on first use. */
function memo(cache, key, compute) {
    const known = cache.get(key);
    if (known !== undefined)
        return known;
    const value = compute(key);
    cache.set(key, value);
    return value;
}
/**
 * `memo` for a cache keyed by text from the documents (patterns): emptied whole once it holds
 * `max` entries, so a run over endless distinct patterns stays bounded in memory.
 */
function boundedMemo(cache, key, max, compute) {
    const known = cache.get(key);
    if (known !== undefined)
        return known;
    const value = compute(key);
    if (cache.size >= max)
        cache.clear();
    cache.set(key, value);
    return value;
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setOwn)
/* harmony export */ });
// Property names come from user documents: a member named `__proto__` must become an own
// property, never the prototype (assigning it would set the prototype and lose the member).
/**
 * Set an own property, even one named `__proto__`. Only that name is an accessor on
 * Object.prototype: defining every key is 10x slower.
 */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else
        o[key] = value;
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

/***/ 7849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding),
/* harmony export */   x: () => (/* binding */ defineRules)
/* harmony export */ });
// A Rule is a stable id, a default severity, the documentation a user reads when it fires, the
// function that raises it and the test that exercises it. Every stage (contracts, lint, evolution
// with its change kinds, plan, triage, drift) uses this one shape; src/rule-registry.ts lists every
// rule, and docs/rules.md and `cxone-contract rules` are generated from that registry.
function defineRules(rules) {
    return rules;
}
/** Make a finding of `rule` at its default severity (overrides are applied later, centrally). */
function finding(rule, input) {
    return {
        rule: rule.id,
        severity: rule.severity,
        message: input.message,
        file: input.file,
        pointer: input.pointer ?? '',
        line: input.line ?? 0,
        column: input.column ?? 0,
        ...(input.contract !== undefined ? { contract: input.contract } : {}),
        help: input.help ?? rule.fix,
        ...(input.witness !== undefined ? { witness: input.witness } : {}),
    };
}


/***/ }),

/***/ 24300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportTenant: () => (/* reexport */ exportTenant)
});

// UNUSED EXPORTS: FILTER_DIR, SCHEMA_DIR, assignPaths, fileStem

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/baseline/index.js + 8 modules
var baseline = __webpack_require__(25540);
// EXTERNAL MODULE: ./lib/core/contract-paths.js
var contract_paths = __webpack_require__(18732);
;// CONCATENATED MODULE: ./lib/modes/export/order.js
// Stable key order for exported files, so a re-export of the same tenant gives the same bytes
// whatever order the platform returned keys in: the familiar keywords first in a fixed order, then
// the rest alphabetically. Maps keyed by user names (properties, definitions, ...) keep the
// platform's order: it is the author's order, and the export is deterministic (sorted by title).
const SCHEMA_TOP = [
    '$schema',
    '$id',
    'title',
    'description',
    'cxoneVersion',
    'type',
    'additionalProperties',
    'properties',
    'required',
    'x-cxone-deprecated-fields',
];
const SUBSCHEMA = ['$ref', 'type', 'title', 'description', 'format', 'enum', 'const', 'default'];
const FILTER_TOP = ['name', 'description', 'channel', 'matchers', 'pattern_rules', 'target_group_id'];
const MATCHER = ['attribute', 'operator', 'value'];
const PATTERN_RULE = ['type', 'field', 'pattern'];
/** Keywords whose value is a map from user-chosen names to subschemas. */
const NAMED_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
function ordered(obj, first, value) {
    const keys = [
        ...first.filter((k) => Object.hasOwn(obj, k)),
        ...Object.keys(obj)
            .filter((k) => !first.includes(k))
            .sort(),
    ];
    // fromEntries defines own properties: a "__proto__" key stays data.
    return Object.fromEntries(keys.map((k) => [k, value(k, obj[k])]));
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** A subschema: keyword order fixed, named maps in given order with their subschemas ordered. */
function orderSchema(node) {
    if (Array.isArray(node))
        return node.map(orderSchema);
    if (!isObject(node))
        return node;
    return ordered(node, SUBSCHEMA, (k, v) => keywordValue(k, v));
}
function keywordValue(key, v) {
    if (NAMED_MAPS.has(key) && isObject(v))
        return Object.fromEntries(Object.entries(v).map(([name, s]) => [name, orderSchema(s)]));
    // Data, not schemas: leave as the platform stored it.
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples' || key === 'required')
        return v;
    return orderSchema(v);
}
function orderSchemaDoc(doc) {
    return ordered(doc, SCHEMA_TOP, (k, v) => keywordValue(k, v));
}
function orderFilterDoc(doc) {
    return ordered(doc, FILTER_TOP, (k, v) => {
        if (k === 'matchers' && Array.isArray(v))
            return v.map((m) => (isObject(m) ? ordered(m, MATCHER, (_k, x) => x) : m));
        if (k === 'pattern_rules' && Array.isArray(v))
            return v.map((r) => (isObject(r) ? ordered(r, PATTERN_RULE, (_k, x) => x) : r));
        return v;
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/core/version.js + 1 modules
var version = __webpack_require__(90482);
// EXTERNAL MODULE: ./lib/contracts/index.js + 2 modules
var contracts = __webpack_require__(23027);
// EXTERNAL MODULE: ./lib/contracts/yaml-load.js + 1 modules
var yaml_load = __webpack_require__(31988);
;// CONCATENATED MODULE: ./lib/modes/export/write.js
// One exported contract as YAML text: the editor's schema line, a note of where it came from,
// then the document (yaml 2, no line folding so long patterns stay one line, no anchors).
//
// The text must read back, with the contracts stage's own parser, as exactly the live document:
// otherwise the check sees a change nobody made and the deploy writes it. yaml 2 gets some strings
// wrong: a long double-quoted one split across lines writes " \n \n" as " \n\\\n" (so double-quoted
// strings stay on one line), and a block scalar loses the spaces of a line that holds only spaces
// ("   \n" reads back as "\n"). So each file is read back; when it differs, every string with a
// line break or blank edges is written double-quoted (JSON-like escapes, one line), and read back
// again.





// At this version's release tag, not main: the editor validates against the schemas of the tool
// that wrote the file.
const SCHEMA_URL_BASE = `https://raw.githubusercontent.com/cxone-contract/cxone-contract/${version/* RELEASE_TAG */.B}/schemas`;
function contractYaml(kind, doc) {
    const editorSchema = `${SCHEMA_URL_BASE}/${kind === 'schema' ? 'event-schema' : 'event-filter'}.schema.json`;
    const header = [
        `# yaml-language-server: $schema=${editorSchema}`,
        `# Exported from the live tenant by \`cxone-contract export\`; edit through pull requests from now on.`,
    ];
    let body = render(doc, false);
    if (readsBack(body, doc) === false) {
        body = render(doc, true);
        if (readsBack(body, doc) === false)
            throw new Error(`export: the ${kind} "${String(doc[kind === 'schema' ? 'title' : 'name'])}" could not be written as YAML that reads back the same`);
    }
    return `${header.join('\n')}\n${body}`;
}
function render(doc, quoteTricky) {
    const yaml = new dist/* Document */.yo(doc, { aliasDuplicateObjects: false });
    if (quoteTricky) {
        (0,dist/* visit */.YR)(yaml, {
            Scalar(_key, node) {
                if (typeof node.value === 'string' && /[\n\r\u0085\u2028\u2029]|^\s|\s$/.test(node.value))
                    node.type = 'QUOTE_DOUBLE';
            },
        });
    }
    return yaml.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}
/** Past these limits the check reports the file as such: the export cannot make it readable. */
const BEYOND_LIMITS = new Set(['yaml-too-deep', 'yaml-too-many-nodes']);
/**
 * Whether the text reads back, through the contracts stage's own reader, as `doc`; undefined when
 * the reader stops at one of its limits (a live schema nested or sized past them).
 */
function readsBack(text, doc) {
    const loaded = (0,yaml_load/* loadYaml */.yv)('export', text, contracts/* DEFAULT_LIMITS */.dR);
    if (loaded.value !== undefined)
        return (0,canonical/* sameContent */.C)(loaded.value, doc);
    return loaded.findings.some((f) => BEYOND_LIMITS.has(f.rule)) ? undefined : false;
}

;// CONCATENATED MODULE: ./lib/modes/export/run.js
// `cxone-contract export --out DIR`: write the live tenant as a contract repo, one YAML file per
// schema and filter at the default glob locations (cxone/schemas/, cxone/filters/). It never
// overwrites a contract repo that is already there unless asked to (--force): the files in it may
// hold work that is not live yet.







async function exportTenant(client, outDir, options = {}) {
    if (!options.force)
        await mustBeFresh(outDir);
    const live = await (0,baseline/* readLiveTenant */.rc)(client);
    const files = new Map();
    const schemaPaths = (0,contract_paths/* assignPaths */.Ux)(live.schemas.keys(), contract_paths/* SCHEMA_DIR */.SZ, 'schema');
    for (const [title, s] of live.schemas)
        files.set(schemaPaths.get(title), contractYaml('schema', orderSchemaDoc(s.doc)));
    const filterPaths = (0,contract_paths/* assignPaths */.Ux)(live.filters.keys(), contract_paths/* FILTER_DIR */.LS, 'filter');
    for (const [name, f] of live.filters)
        files.set(filterPaths.get(name), contractYaml('filter', orderFilterDoc(f.doc)));
    for (const [path, text] of files) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(outDir, path)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, path), text);
    }
    return { outDir, schemas: [...schemaPaths.values()].sort(), filters: [...filterPaths.values()].sort() };
}
async function mustBeFresh(outDir) {
    for (const dir of [contract_paths/* SCHEMA_DIR */.SZ, contract_paths/* FILTER_DIR */.LS]) {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(outDir, dir)).catch(() => []);
        if (entries.some((e) => /\.(ya?ml|json)$/i.test(e))) {
            throw new errors/* UsageError */.eb(`export: ${(0,external_node_path_.join)(outDir, dir)} already holds contract files; export into an empty directory, or pass --force to overwrite files of the same name`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/modes/export/index.js
// Export: the live tenant written as a contract repo (the first day of adopting the tool).




/***/ })

};
;