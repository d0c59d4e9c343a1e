"use strict";
exports.id = 7797;
exports.ids = [7797,1281];
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

/***/ 36334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ jsonTypeOf)
/* harmony export */ });
// The JSON type of a parsed value, as JSON Schema's `type` names it. One definition for every
// stage that compares values with `type` lists (lint, the evolution engine, the witness search).
/**
 * The JSON type of `v`, `integer` for whole numbers; undefined for what JSON cannot hold
 * (undefined, bigint, functions).
 */
function jsonTypeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'boolean';
        case 'number':
            return Number.isInteger(v) ? 'integer' : 'number';
        case 'object':
            return 'object';
        default:
            return undefined;
    }
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

/***/ 14223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ byCodeUnit)
/* harmony export */ });
// The one string order of everything the product lists (findings, changes, plan rows, drift):
// UTF-16 code units. localeCompare would sort by the machine's locale (a report ordered one way on
// a laptop and another on a runner) and loads ICU's collator on first use (about 12 ms of start-up).
/** Code-unit order, for sort(): deterministic on every machine. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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

/***/ 67408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ MAX_REF_HOPS),
  $: () => (/* binding */ followRef)
});

// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/core/memo.js
var memo = __webpack_require__(38325);
// EXTERNAL MODULE: ./lib/core/schema-vocabulary.js
var schema_vocabulary = __webpack_require__(43277);
;// CONCATENATED MODULE: ./lib/core/ref-base.js
// The `$id` index of one document, by the draft-07 rules: `$id` sets the base URI of its subschema
// (resolved against the enclosing base), `$id: "#foo"` (or `"other.json#foo"`) declares the
// plain-name anchor `foo`, and a `$ref`'s siblings \u2014 its `$id` included \u2014 are ignored. Built once
// per document (cached), iteratively and under a node budget: documents may be thousands of
// levels deep, and a pointer string is made only for the nodes that declare a `$id`.



/** The base URI of a document whose root declares no `$id`: a fixed name nothing else can have. */
const DEFAULT_BASE = 'https://cxone-contract.invalid/schema-without-id';
/** Schema nodes indexed per document; past it, URIs declared further on are not found (unresolvable, never guessed). */
const MAX_INDEXED_NODES = 500_000;
const cache = new WeakMap();
/** The index of `doc` (cached per document object; documents are not mutated once parsed). */
function refIndex(doc) {
    if (!isMap(doc))
        return {
            rootBase: DEFAULT_BASE,
            resources: new Map([[DEFAULT_BASE, '']]),
            anchors: new Map(),
            ambiguous: new Set(),
            nested: false,
        };
    return (0,memo/* memo */.p)(cache, doc, build);
}
function build(doc) {
    const rootId = ownId(doc);
    const root = rootId === undefined ? undefined : idTarget(rootId, DEFAULT_BASE);
    const rootBase = root?.uri ?? DEFAULT_BASE;
    const index = {
        rootBase,
        resources: new Map([[rootBase, '']]),
        anchors: new Map(),
        ambiguous: new Set(),
        nested: false,
    };
    if (root?.anchor !== undefined)
        add(index, index.anchors, `${rootBase}#${root.anchor}`, '');
    const stack = [{ node: doc, base: rootBase, parent: undefined, tokens: [] }];
    let budget = MAX_INDEXED_NODES;
    while (stack.length > 0 && budget-- > 0) {
        const entry = stack.pop();
        if (entry.parent !== undefined)
            declare(index, entry);
        if (typeof entry.node.$ref === 'string')
            continue; // siblings of a $ref are ignored: nothing below is a schema
        for (const [sub, tokens] of (0,schema_vocabulary/* subschemasOf */.mN)(entry.node)) {
            if (isMap(sub))
                stack.push({ node: sub, base: entry.base, parent: entry, tokens });
        }
    }
    return index;
}
/** Record what the `$id` of a non-root schema declares, and set the base its subschemas inherit. */
function declare(index, entry) {
    const id = ownId(entry.node);
    if (id === undefined)
        return;
    const target = idTarget(id, entry.base);
    if (!target)
        return;
    index.nested = true;
    const pointer = pointerOf(entry);
    if (!id.startsWith('#')) {
        add(index, index.resources, target.uri, pointer);
        entry.base = target.uri;
    }
    if (target.anchor !== undefined)
        add(index, index.anchors, `${target.uri}#${target.anchor}`, pointer);
}
function add(index, map, uri, pointer) {
    const had = map.get(uri);
    if (had === undefined)
        map.set(uri, pointer);
    else if (had !== pointer)
        index.ambiguous.add(uri);
}
/** The `$id` a schema declares for itself: none beside a `$ref` (its siblings are ignored). */
function ownId(node) {
    return typeof node.$ref !== 'string' && typeof node.$id === 'string' ? node.$id : undefined;
}
/** `$id` resolved against `base`: the resource URI (no fragment) and the plain-name anchor, if any. */
function idTarget(id, base) {
    const url = parseUri(id, base);
    if (!url)
        return undefined;
    const fragment = url.hash.slice(1);
    url.hash = '';
    // A JSON-pointer fragment in a `$id` names nothing new (draft-07 says not to write one).
    return fragment === '' || fragment.startsWith('/') ? { uri: url.href } : { uri: url.href, anchor: fragment };
}
function parseUri(ref, base) {
    try {
        return new URL(ref, base);
    }
    catch {
        return undefined;
    }
}
/** The pointer of an entry, built from its parents (only for the few nodes that declare a `$id`). */
function pointerOf(entry) {
    const parts = [];
    for (let e = entry; e?.parent !== undefined; e = e.parent) {
        for (let i = e.tokens.length - 1; i >= 0; i--)
            parts.push(e.tokens[i]);
    }
    return parts
        .reverse()
        .map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('');
}
/**
 * The base URI in effect at the schema at `pointer`: the root's, changed by every `$id` on the way
 * down (a `$id` beside a `$ref` changes nothing). Walks the pointer's tokens, so it costs its depth.
 */
function baseAt(doc, index, pointer) {
    if (!index.nested || pointer === '')
        return index.rootBase;
    let tokens;
    try {
        tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        return index.rootBase;
    }
    let base = index.rootBase;
    let node = doc;
    for (let i = 0; i < tokens.length; i++) {
        if (!isMap(node) || typeof node.$ref === 'string')
            return base;
        const key = tokens[i];
        const shape = Object.hasOwn(schema_vocabulary/* SUBSCHEMA_SHAPES */.Pr, key) ? schema_vocabulary/* SUBSCHEMA_SHAPES */.Pr[key] : undefined;
        if (shape === undefined)
            return base; // below a keyword that holds no schema: data, no $id applies
        let next = node[key];
        if (shape !== 'one' && !(shape === 'items' && !Array.isArray(next))) {
            const name = tokens[++i];
            if (name === undefined || next === null || typeof next !== 'object' || !Object.hasOwn(next, name))
                return base;
            next = next[name];
        }
        node = next;
        const id = isMap(node) ? ownId(node) : undefined;
        if (id !== undefined && !id.startsWith('#'))
            base = idTarget(id, base)?.uri ?? base;
    }
    return base;
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./lib/core/ref-chain.js
// Following a `$ref` to the schema it names, by the draft-07 rules: the reference is a URI
// resolved against the base URI of the node holding it (`$id` scopes, see ./ref-base.ts), and it
// names a schema of this document by a JSON-pointer fragment relative to the resource the URI
// names, or by a plain-name anchor (`$id: "#foo"`). The one reading lint and evolution share, so
// "this chain is too long", "this is a cycle of $refs only" or "this resolves to nothing" means
// the same in both. A `$ref`'s siblings are ignored, so a node with a `$ref` is followed whatever
// else it holds.


/** `$ref`s followed from one site before the chain is declared too long. */
const MAX_REF_HOPS = 64;
/** `from`: the pointer of the `$ref`'s node, whose base URI (`$id` scopes) the reference is resolved against. */
function followRef(doc, ref, from = '') {
    const index = refIndex(doc);
    const path = [];
    const seen = new Set();
    let next = ref;
    let at = from;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
        const named = locate(index, next, baseAt(doc, index, at));
        if (typeof named !== 'string')
            return { kind: 'unresolvable', reason: named.reason, ref: next };
        const pointer = named;
        if (seen.has(pointer))
            return { kind: 'cycle', pointer, path: [...path, pointer] };
        seen.add(pointer);
        path.push(pointer);
        const target = (0,core_pointer/* resolvePointer */.cj)(doc, pointer);
        if (target === undefined)
            return { kind: 'unresolvable', reason: 'missing', ref: next, pointer };
        if (typeof target !== 'boolean' && !ref_chain_isMap(target))
            return { kind: 'unresolvable', reason: 'not-schema', ref: next, pointer };
        if (!ref_chain_isMap(target) || typeof target.$ref !== 'string')
            return { kind: 'resolved', target, pointer, path };
        next = target.$ref;
        at = pointer;
    }
    return { kind: 'too-long', pointer: path[path.length - 1] };
}
/** The document pointer `ref` names from `base`, or why it names nothing here. */
function locate(index, ref, base) {
    const url = parseUri(ref, base);
    if (!url)
        return { reason: 'bad-uri' };
    const fragment = url.hash.slice(1);
    url.hash = '';
    const uri = url.href;
    if (fragment !== '' && !fragment.startsWith('/')) {
        const anchor = `${uri}#${fragment}`;
        if (index.ambiguous.has(anchor))
            return { reason: 'ambiguous' };
        return index.anchors.get(anchor) ?? { reason: 'no-anchor' };
    }
    if (index.ambiguous.has(uri))
        return { reason: 'ambiguous' };
    const resource = index.resources.get(uri);
    if (resource === undefined)
        return { reason: 'external' };
    let pointer;
    try {
        pointer = decodeURIComponent(fragment);
    }
    catch {
        return { reason: 'bad-uri' };
    }
    return resource + pointer;
}
function ref_chain_isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
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

/***/ 43277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ declaredDialect),
/* harmony export */   Gl: () => (/* binding */ assertingSiblings),
/* harmony export */   OJ: () => (/* binding */ definedKeywords),
/* harmony export */   Pr: () => (/* binding */ SUBSCHEMA_SHAPES),
/* harmony export */   QF: () => (/* binding */ isAssertingKeyword),
/* harmony export */   mN: () => (/* binding */ subschemasOf),
/* harmony export */   zd: () => (/* binding */ isDefinedKeyword)
/* harmony export */ });
// The keywords each JSON Schema dialect defines, and which of them assert (can make an instance
// invalid). One list for lint (unknown-keyword warnings) and evolution (what is an annotation):
// a keyword a dialect does not define is ignored by every validator of that dialect.
/** Keywords that can make an instance invalid in draft-07. */
const ASSERTING_07 = [
    'type',
    'enum',
    'const',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'maxLength',
    'minLength',
    'pattern',
    'format',
    'items',
    'additionalItems',
    'maxItems',
    'minItems',
    'uniqueItems',
    'contains',
    'maxProperties',
    'minProperties',
    'required',
    'properties',
    'patternProperties',
    'additionalProperties',
    'dependencies',
    'propertyNames',
    'if',
    'then',
    'else',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    '$ref',
];
/** Keywords draft-07 defines that never make an instance invalid (core keywords and annotations). */
const NON_ASSERTING_07 = [
    '$schema',
    '$id',
    '$comment',
    'definitions',
    'title',
    'description',
    'default',
    'readOnly',
    'writeOnly',
    'examples',
    'contentMediaType',
    'contentEncoding',
];
/** Draft-06 is draft-07 without the conditional, `$comment`, and the content and read/write annotations. */
const NOT_IN_06 = new Set([
    'if',
    'then',
    'else',
    '$comment',
    'contentMediaType',
    'contentEncoding',
    'readOnly',
    'writeOnly',
]);
/** Draft-04 also lacks these, and names `$id` `id`. */
const NOT_IN_04 = new Set([...NOT_IN_06, 'const', 'contains', 'propertyNames', 'examples', '$id']);
const asserting = (dialect) => {
    const skip = dialect === 'draft-04' ? NOT_IN_04 : dialect === 'draft-06' ? NOT_IN_06 : undefined;
    return new Set(ASSERTING_07.filter((k) => !skip?.has(k)));
};
const ASSERTING = {
    'draft-07': asserting('draft-07'),
    'draft-06': asserting('draft-06'),
    'draft-04': asserting('draft-04'),
};
const DEFINED = {
    'draft-07': new Set([...ASSERTING_07, ...NON_ASSERTING_07]),
    'draft-06': new Set([...ASSERTING_07, ...NON_ASSERTING_07].filter((k) => !NOT_IN_06.has(k))),
    'draft-04': new Set([...ASSERTING_07, ...NON_ASSERTING_07, 'id'].filter((k) => !NOT_IN_04.has(k))),
};
/** Whether `keyword` can make an instance invalid under `dialect` (anything it does not define cannot). */
function isAssertingKeyword(keyword, dialect = 'draft-07') {
    return ASSERTING[dialect].has(keyword);
}
/**
 * The asserting keywords beside the `$ref` of `node` (`$ref` itself excluded): ignored by the
 * drafts we read, applied by ajv.
 */
function assertingSiblings(node, dialect = 'draft-07') {
    return Object.keys(node).filter((k) => k !== '$ref' && isAssertingKeyword(k, dialect));
}
/** Whether `dialect` defines `keyword` at all (asserting, core or annotation). */
function isDefinedKeyword(keyword, dialect = 'draft-07') {
    return DEFINED[dialect].has(keyword);
}
/** Every keyword `dialect` defines: the vocabulary a did-you-mean draws from. */
function definedKeywords(dialect = 'draft-07') {
    return [...DEFINED[dialect]];
}
/**
 * Where draft-07 (and draft-04/06) keep subschemas: `one` a schema, `map` a map of name -> schema,
 * `list` a list of schemas, `items` a schema or a list, `deps` a map whose object values are
 * schemas. Everything else (enum, const, default, examples, ...) is data, never a schema.
 */
const SUBSCHEMA_SHAPES = {
    additionalProperties: 'one',
    propertyNames: 'one',
    additionalItems: 'one',
    contains: 'one',
    not: 'one',
    if: 'one',
    then: 'one',
    else: 'one',
    properties: 'map',
    patternProperties: 'map',
    definitions: 'map',
    allOf: 'list',
    anyOf: 'list',
    oneOf: 'list',
    items: 'items',
    dependencies: 'deps',
};
/** The subschemas directly below `node` (a schema object), each with its one or two pointer tokens. */
function subschemasOf(node) {
    const out = [];
    for (const key of Object.keys(node)) {
        const shape = Object.hasOwn(SUBSCHEMA_SHAPES, key) ? SUBSCHEMA_SHAPES[key] : undefined;
        const value = node[key];
        if (shape === undefined || value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            if (shape === 'list' || shape === 'items')
                value.forEach((sub, i) => out.push([sub, [key, String(i)]]));
        }
        else if (shape === 'one' || shape === 'items') {
            out.push([value, [key]]);
        }
        else if (shape === 'map' || shape === 'deps') {
            for (const name of Object.keys(value)) {
                const sub = value[name];
                if (shape === 'map' || (sub !== null && typeof sub === 'object' && !Array.isArray(sub)))
                    out.push([sub, [key, name]]);
            }
        }
    }
    return out;
}
/** Later drafts, by the path of their meta-schema URI. */
const LATER = {
    'draft/2019-09/schema': 'draft 2019-09',
    'draft/2020-12/schema': 'draft 2020-12',
    'draft/next/schema': 'the next draft',
};
/**
 * The dialect `doc`'s root `$schema` declares: draft-07 when there is none. The usual spellings
 * of the draft URIs are accepted (http or https, with or without the trailing `#`); anything
 * else (a later draft, an unknown URI, a value that is not a string) is unsupported, by name.
 */
function declaredDialect(doc) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Object.hasOwn(doc, '$schema'))
        return { dialect: 'draft-07' };
    const uri = doc.$schema;
    if (typeof uri !== 'string')
        return { unsupported: JSON.stringify(uri) ?? String(uri), name: 'not a URI' };
    const path = /^https?:\/\/json-schema\.org\/(.*?)#?$/.exec(uri)?.[1];
    if (path === 'draft-07/schema' || path === 'draft-06/schema' || path === 'draft-04/schema')
        return { dialect: path.slice(0, 8) };
    const later = path !== undefined && Object.hasOwn(LATER, path) ? LATER[path] : undefined;
    return { unsupported: uri, name: later ?? 'an unknown dialect' };
}


/***/ }),

/***/ 59985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ byPlace)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14223);
// What the evolution walker emits: one Change per difference between the live and the repo
// schema. Whether it breaks consumers is decided from its kind by ./policy.ts, as data.

/** The order changes are reported in: by place in the new document, then by kind. */
const byPlace = (a, b) => (0,_core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.pointer, b.pointer) || (0,_core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.kind, b.kind);


/***/ }),

/***/ 4131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* reexport safe */ _core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__.Bn),
/* harmony export */   wc: () => (/* binding */ toDraft07),
/* harmony export */   z3: () => (/* binding */ asDraft07)
/* harmony export */ });
/* harmony import */ var _core_own_property_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8849);
/* harmony import */ var _core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43277);
// The dialect a schema declares in its root `$schema`, and draft-04/06 documents rewritten into
// their draft-07 equivalent so the rest of the engine reads one dialect. The rewrite keeps the
// structure (the same nodes at the same pointers), so findings still locate in the file:
//  - draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` fold into the numeric draft-07 form
//    (`minimum: 5, exclusiveMinimum: true` -> `exclusiveMinimum: 5`; `false` -> dropped);
//  - draft-04 `id` becomes `$id`;
//  - keywords the declared dialect does not define (draft-06 has no `if`, draft-04 no `const`,
//    ...) are dropped: its validators ignore them.
// A dialect we do not read (2019-09, 2020-12, an unknown URI) is never read as draft-07.



/**
 * Schema nodes rewritten per document; past it the rest is read as written (the engine's ingestion
 * limits come first).
 */
const MAX_REWRITTEN = 500_000;
/** `doc` as the draft-07 schema that means what it means under `dialect` (the same object for draft-07). */
function toDraft07(doc, dialect) {
    if (dialect === 'draft-07' || doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return doc;
    const root = rewriteNode(doc, dialect);
    const stack = [root];
    let budget = MAX_REWRITTEN;
    while (stack.length > 0 && budget-- > 0) {
        const node = stack.pop();
        // `node` is already a copy, and so are its maps and lists of subschemas: fill them in place.
        for (const [sub, [key, name]] of (0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .subschemasOf */ .mN)(node)) {
            if (sub === null || typeof sub !== 'object' || Array.isArray(sub))
                continue;
            const copy = rewriteNode(sub, dialect);
            if (name === undefined)
                node[key] = copy;
            else
                (0,_core_own_property_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(node[key], name, copy);
            stack.push(copy);
        }
    }
    return root;
}
/** One schema node read by `dialect`'s rules, as a draft-07 node (a shallow copy). */
function rewriteNode(node, dialect) {
    const out = {};
    for (const key of Object.keys(node)) {
        if (key === 'id' && dialect === 'draft-04')
            continue;
        // Keywords draft-07 defines and the declared dialect does not: that dialect's validators ignore them.
        if ((0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefinedKeyword */ .zd)(key, 'draft-07') && !(0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefinedKeyword */ .zd)(key, dialect))
            continue;
        const value = node[key];
        const shape = Object.hasOwn(_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SUBSCHEMA_SHAPES */ .Pr, key) ? _core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SUBSCHEMA_SHAPES */ .Pr[key] : undefined;
        const container = shape !== undefined && shape !== 'one' && value !== null && typeof value === 'object';
        (0,_core_own_property_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(out, key, !container ? value : Array.isArray(value) ? [...value] : copyMap(value));
    }
    if (dialect === 'draft-04') {
        if (typeof node.id === 'string')
            out.$id = node.id;
        foldExclusive(out, 'minimum', 'exclusiveMinimum');
        foldExclusive(out, 'maximum', 'exclusiveMaximum');
    }
    return out;
}
/** Draft-04 `exclusiveMinimum: true` makes `minimum` exclusive; draft-07 says so with a number. */
function foldExclusive(out, bound, flag) {
    if (typeof out[flag] !== 'boolean')
        return; // a number is already the draft-07 form (not valid draft-04: read as written)
    if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
    }
    else
        delete out[flag]; // false, or true without a bound: no constraint
}
function copyMap(map) {
    const out = {};
    for (const name of Object.keys(map))
        (0,_core_own_property_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(out, name, map[name]);
    return out;
}
/** A property may be called __proto__: define it, never assign it. */
/**
 * `doc` read as draft-07 when it declares a dialect we read (for witnesses checked by draft-07
 * ajv); as it is otherwise.
 */
function asDraft07(doc) {
    const declared = (0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredDialect */ .Bn)(doc);
    return 'dialect' in declared ? toDraft07(doc, declared.dialect) : doc;
}


/***/ }),

/***/ 98522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _e: () => (/* binding */ compareSchemas),
  zs: () => (/* binding */ depthChanges),
  MK: () => (/* binding */ dialectChanges)
});

// UNUSED EXPORTS: MAX_SCHEMA_DEPTH

// EXTERNAL MODULE: ./lib/contracts/limits.js
var limits = __webpack_require__(45707);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/core/depth.js
var depth = __webpack_require__(81214);
// EXTERNAL MODULE: ./lib/core/schema-vocabulary.js
var schema_vocabulary = __webpack_require__(43277);
// EXTERNAL MODULE: ./lib/evolution/change.js
var change = __webpack_require__(59985);
// EXTERNAL MODULE: ./lib/evolution/dialect.js
var evolution_dialect = __webpack_require__(4131);
// EXTERNAL MODULE: ./lib/core/pointer.js
var pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/core/ref-chain.js + 1 modules
var ref_chain = __webpack_require__(67408);
// EXTERNAL MODULE: ./lib/core/own-property.js
var own_property = __webpack_require__(8849);
// EXTERNAL MODULE: ./lib/evolution/schema-model.js
var schema_model = __webpack_require__(73510);
// EXTERNAL MODULE: ./lib/evolution/type-bits.js
var type_bits = __webpack_require__(87530);
;// CONCATENATED MODULE: ./lib/evolution/simplify-context.js
// The types a subschema's context allows, written into it (issue 12, false alarms): the same
// values validate, and keywords for types the context excludes stop reading as constraints.
// - T \u2227 anyOf[A, B] = T \u2227 anyOf[T \u2227 A, T \u2227 B], and so for oneOf: a member gets its node's `type`
//   ({type: string} then compares with {type: string, anyOf: [{minLength: 2}, ...]} member by
//   member, without a member reading as "any type"); and so do `not`, `if`, `then`, `else`;
// - `then` only ever sees values its `if` matches, of the types those can have;
// - `propertyNames` only ever sees strings;
// - a `dependencies` schema only ever applies to objects (the node holding it, with the name).



const STRING = ['string'];
const OBJECT = ['object'];
/** Rewrite `p`'s subschemas in place; true when anything changed. */
function typesInContext(p, ctx) {
    let changed = false;
    const at = ctx.src.get(p) ?? '';
    if (Array.isArray(p.type)) {
        const types = p.type.map(String);
        // T \u2227 \u00acX = T \u2227 \u00ac(T \u2227 X); T \u2227 (if I then A else B) = T \u2227 (if T \u2227 I then T \u2227 A else T \u2227 B).
        for (const key of ['not', 'if', 'then', 'else']) {
            if (!isSchema(p[key]))
                continue;
            const next = narrowed(p[key], types, at, ctx, true);
            if (next !== p[key])
                [p[key], changed] = [next, true];
        }
        for (const key of ['anyOf', 'oneOf']) {
            const list = p[key];
            if (!Array.isArray(list))
                continue;
            const next = list.map((m) => narrowed(m, types, at, ctx, true));
            if (next.some((m, i) => m !== list[i])) {
                p[key] = next;
                changed = true;
            }
        }
    }
    // `then` applies only to values `if` matches: to the types those can have.
    if (isSchema(p.if) && isSchema(p.then)) {
        const matched = (0,type_bits/* typesOf */.pl)(p.if);
        if (matched !== 0 && matched !== type_bits/* ANY_TYPE */.si) {
            const next = narrowed(p.then, (0,type_bits/* typeList */.FQ)(matched), `${at}/then`, ctx, false);
            if (next !== p.then)
                [p.then, changed] = [next, true];
        }
    }
    if (isSchema(p.propertyNames)) {
        const next = narrowed(p.propertyNames, STRING, `${at}/propertyNames`, ctx, false);
        if (next !== p.propertyNames)
            [p.propertyNames, changed] = [next, true];
    }
    const deps = p.dependencies;
    if (deps !== null && typeof deps === 'object' && !Array.isArray(deps)) {
        const map = deps;
        let copy;
        for (const name of Object.keys(map)) {
            const dep = map[name];
            if (!isSchema(dep))
                continue;
            const next = narrowed(dep, OBJECT, `${at}/dependencies/${name}`, ctx, false);
            if (next === dep)
                continue;
            copy ??= defineAll(map);
            (0,own_property/* setOwn */.P)(copy, name, next);
        }
        if (copy)
            [p.dependencies, changed] = [copy, true];
    }
    return changed;
}
/** `m` with `types` when it may hold another type (and is neither `true` nor `false`); else `m`. */
function narrowed(m, types, at, ctx, written) {
    if ((0,schema_model/* isTrueSchema */.oE)(m) || (0,schema_model/* isFalseSchema */.$U)(m) || ((0,type_bits/* typesOf */.pl)(m) & ~(0,type_bits/* bitsOfTypes */.JQ)(types)) === 0)
        return m;
    return ctx.typed(m, types, at, written);
}
function isSchema(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** A new map with the same entries (a name like `__proto__` kept as a member). */
function defineAll(map) {
    const out = {};
    for (const name of Object.keys(map))
        (0,own_property/* setOwn */.P)(out, name, map[name]);
    return out;
}

// EXTERNAL MODULE: ./lib/evolution/simplify-types.js
var simplify_types = __webpack_require__(97714);
// EXTERNAL MODULE: ./lib/evolution/families/combinators-match.js
var combinators_match = __webpack_require__(64805);
// EXTERNAL MODULE: ./lib/evolution/simplify-empty.js
var simplify_empty = __webpack_require__(70490);
// EXTERNAL MODULE: ./lib/evolution/simplify-aside.js
var simplify_aside = __webpack_require__(74703);
;// CONCATENATED MODULE: ./lib/evolution/simplify-fuse.js
// anyOf/oneOf members that only split values by type, or only list values: one node (issue 12,
// equivalent forms), so `oneOf: [{type: string}, {type: integer}]` and `type: [integer, string]`
// compare equal, and so do `enum: [a, b]` and `oneOf: [{const: a}, {const: b}]`.
// - Members of pairwise disjoint types, each of whose other keywords constrains only its own
//   member's types: anyOf [{type: string, maxLength: 3}, {type: null}] = {type: [null, string],
//   maxLength: 3}. For oneOf too: a value of one member's types cannot match another member.
// - Members that are only an `enum` (or `const`): anyOf is the union of the values, oneOf the
//   values listed by exactly one member.



/** `list` (two or more members, no duplicates) as one node, or undefined when it is not of that form. */
function fuse(list, key) {
    return byType(list) ?? byValues(list, key);
}
function byType(list) {
    let seen = 0;
    const node = {};
    const from = new Map();
    const types = new Set();
    for (const m of list) {
        if (!Array.isArray(m.type))
            return undefined;
        const bits = (0,type_bits/* bitsOfTypes */.JQ)(m.type);
        if ((bits & seen) !== 0)
            return undefined;
        seen |= bits;
        for (const k of Object.keys(m)) {
            if (k === 'type' || !(0,schema_model/* affectsValidation */.Qe)(k))
                continue;
            const applies = type_bits/* APPLIES_TO */.H1.get(k);
            if (applies === undefined || !holds(m.type, applies) || k in node)
                return undefined;
            node[k] = m[k];
            from.set(k, m);
        }
        for (const t of m.type)
            types.add(String(t));
    }
    if (types.has('number'))
        types.delete('integer');
    node.type = [...types].sort();
    from.set('type', list[0]);
    return { node, from };
}
/** Whether a `type` list holds the type a keyword applies to (`number` keywords apply to integers too). */
function holds(types, applies) {
    return types.includes(applies) || (applies === 'number' && types.includes('integer'));
}
function byValues(list, key) {
    const count = new Map();
    for (const m of list) {
        if (!Array.isArray(m.enum) || Object.keys(m).some((k) => k !== 'enum' && k !== 'const' && (0,schema_model/* affectsValidation */.Qe)(k)))
            return undefined;
        for (const text of new Set(m.enum.map((v) => (0,canonical/* canonicalJson */.d)(v)))) {
            const hit = count.get(text);
            if (hit)
                hit.n++;
            else
                count.set(text, { value: m.enum[m.enum.findIndex((v) => (0,canonical/* canonicalJson */.d)(v) === text)], n: 1 });
        }
    }
    const values = [...count.values()].filter((c) => key === 'anyOf' || c.n === 1).map((c) => c.value);
    return { node: { enum: values }, from: new Map([['enum', list[0]]]) };
}

;// CONCATENATED MODULE: ./lib/evolution/simplify-merge.js
// Hoisting one allOf member into its node (../simplify.ts): allOf [M] beside keywords P is
// P \u2227 M, which is one node when the keywords of M and P do not clash. Keywords that read each
// other move only together (properties/patternProperties/additionalProperties; items/
// additionalItems; if/then/else; enum with the const it came from). Merged without clash:
// `required` (union), `type` (intersection; empty is the false schema), bounds (the tighter),
// disjoint `properties`/`patternProperties`/`dependencies` maps, and equal values. Anything else
// stays in the allOf. The member itself is never changed: new maps are built for the node.




const GROUPS = [
    ['properties', 'patternProperties', 'additionalProperties'],
    ['items', 'additionalItems'],
    ['if', 'then', 'else'],
    ['enum', 'const'],
];
const GROUP_OF = new Map(GROUPS.flatMap((g) => g.map((k) => [k, g])));
/** Lower bounds (the larger wins) and upper bounds (the smaller wins). */
const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);
/** Keywords whose values hold subschemas: equal only by identity here (graphs may be cyclic). */
const HOLDS_SCHEMAS = new Set([
    'not',
    'contains',
    'propertyNames',
    'items',
    'additionalItems',
    'additionalProperties',
    'if',
    'then',
    'else',
    'properties',
    'patternProperties',
    'dependencies',
    'anyOf',
    'oneOf',
    'allOf',
]);
const MAPS = new Set(['properties', 'patternProperties', 'dependencies']);
/**
 * Hoist `m` into `p`: true when done, false when a keyword clashes (nothing changed), 'false' when
 * P \u2227 M is the false schema.
 */
function hoist(p, m, ctx) {
    const patch = new Map();
    const groups = new Set();
    for (const k of Object.keys(m)) {
        if (!(0,schema_model/* affectsValidation */.Qe)(k) || k === 'allOf')
            continue;
        const group = GROUP_OF.get(k);
        if (group) {
            if (groups.has(group))
                continue;
            groups.add(group);
            if (!mergeGroup(p, m, group, patch, ctx))
                return false;
            continue;
        }
        const a = p[k];
        const b = m[k];
        if (a === undefined)
            patch.set(k, b);
        else if (a === b)
            continue;
        else if (k === 'required' && Array.isArray(a) && Array.isArray(b))
            patch.set(k, [...new Set([...a, ...b].map(String))].sort());
        else if (k === 'type' && Array.isArray(a) && Array.isArray(b)) {
            const t = meetTypes(a.map(String), b.map(String));
            if (t.length === 0)
                return 'false';
            patch.set(k, t);
        }
        else if ((LOWER.has(k) || UPPER.has(k)) && typeof a === 'number' && typeof b === 'number')
            patch.set(k, LOWER.has(k) ? Math.max(a, b) : Math.min(a, b));
        else if (k === 'dependencies') {
            const merged = mergeMap(a, b);
            if (!merged)
                return false;
            patch.set(k, merged);
        }
        else if (HOLDS_SCHEMAS.has(k) || (0,canonical/* canonicalJson */.d)(a) !== (0,canonical/* canonicalJson */.d)(b))
            return false;
    }
    const base = ctx.src.get(m) ?? '';
    const from = ctx.keySrc.get(m);
    for (const [k, value] of patch) {
        if (p[k] === undefined) {
            record(ctx, p, k, from?.get(k) ?? base);
            const exact = from?.get(`=${k}`);
            if (exact !== undefined)
                record(ctx, p, `=${k}`, exact);
        }
        if (MAPS.has(k) && isMap(m[k]))
            for (const name of Object.keys(m[k]))
                record(ctx, p, `${k}/${name}`, from?.get(`${k}/${name}`) ?? from?.get(k) ?? base);
        p[k] = value;
    }
    (0,simplify_aside/* carryAside */.kv)(m, p);
    const inner = Array.isArray(m.allOf) ? m.allOf : [];
    if (inner.length > 0) {
        const list = Array.isArray(p.allOf) ? p.allOf : [];
        p.allOf = [...list, ...inner.filter((x) => x !== p && !list.includes(x))];
    }
    return true;
}
/** Keywords of one group: copied when the node has none of them, merged when safe, else a clash. */
function mergeGroup(p, m, group, patch, ctx) {
    if (group.every((k) => p[k] === undefined)) {
        for (const k of group)
            if (m[k] !== undefined)
                patch.set(k, m[k]);
        return true;
    }
    if (group.every((k) => p[k] === m[k] || m[k] === undefined || (k === 'const' && (0,canonical/* canonicalJson */.d)(p[k]) === (0,canonical/* canonicalJson */.d)(m[k]))))
        return true;
    if (group[0] === 'enum')
        return (0,canonical/* canonicalJson */.d)(p.enum) === (0,canonical/* canonicalJson */.d)(m.enum) && (p.const === undefined) === (m.const === undefined);
    // properties and patternProperties of two nodes are a conjunction entry by entry (a name in
    // both: the conjunction of its two schemas), as long as no additionalProperties reads the names.
    if (group[0] !== 'properties' || p.additionalProperties !== undefined || m.additionalProperties !== undefined)
        return false;
    for (const k of ['properties', 'patternProperties']) {
        if (m[k] === undefined || p[k] === m[k])
            continue;
        const merged = p[k] === undefined ? m[k] : mergeMap(p[k], m[k], ctx.both);
        if (!merged)
            return false;
        patch.set(k, merged);
    }
    return true;
}
/** Two maps merged into a new one; a name in both is merged by `both` (schemas) or must hold the same value. */
function mergeMap(a, b, both) {
    if (!isMap(a) || !isMap(b))
        return undefined;
    const out = {};
    const put = (name, value) => (0,own_property/* setOwn */.P)(out, name, value);
    for (const name of Object.keys(a))
        put(name, a[name]);
    for (const name of Object.keys(b)) {
        const x = a[name];
        const y = b[name];
        if (Object.hasOwn(a, name) && x !== y) {
            if (both && isMap(x) && isMap(y))
                put(name, both(x, y));
            // Otherwise only equal name lists (dependencies) agree.
            else if (!Array.isArray(x) || !Array.isArray(y) || (0,canonical/* canonicalJson */.d)(x) !== (0,canonical/* canonicalJson */.d)(y))
                return undefined;
            continue;
        }
        put(name, y);
    }
    return out;
}
/** Types allowed by both lists (integer \u2282 number). */
function meetTypes(a, b) {
    const out = new Set();
    for (const t of a) {
        if (b.includes(t))
            out.add(t);
        else if ((t === 'integer' && b.includes('number')) || (t === 'number' && b.includes('integer')))
            out.add('integer');
    }
    return [...out].sort();
}
function record(ctx, node, key, ptr) {
    let m = ctx.keySrc.get(node);
    if (!m)
        ctx.keySrc.set(node, (m = new Map()));
    m.set(key, ptr);
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./lib/evolution/simplify-lists.js
// The combinator rules of the simplifier (./simplify.ts): allOf members hoisted into their node,
// anyOf and oneOf lists reduced (false, true, duplicate and covering members; members that split
// by type fused into one node). Each rewrite keeps the set of valid instances exactly (draft-07).







/** Members compared pairwise for duplicates only in lists this short (longer ones: identity only). */
const DEDUPE_MAX = 24;
/** Node pairs one duplicate test may explore. */
const SAME_BUDGET = 200;
function pushAllOf(p, member) {
    const list = Array.isArray(p.allOf) ? p.allOf : [];
    p.allOf = [...list, member];
}
/** Members without duplicates (structural equality, annotations ignored), and how often each occurs. */
function groups(members, ctx) {
    const out = [];
    const deep = members.length <= DEDUPE_MAX;
    for (const m of members) {
        const g = out.find((x) => x.member === m || (deep && ctx.budget-- > 0 && (0,combinators_match/* sameSchema */.Go)(x.member, m, SAME_BUDGET)));
        if (g)
            g.count++;
        else
            out.push({ member: m, count: 1 });
    }
    return out;
}
function members(p, key) {
    const list = p[key];
    return Array.isArray(list) ? list : undefined;
}
function anyOfRule(p, ctx) {
    const list = members(p, 'anyOf');
    if (!list)
        return false;
    const kept = list.filter((m) => !(0,schema_model/* isFalseSchema */.$U)(m));
    if (kept.length === 0)
        return ctx.makeFalse(p);
    if (kept.some((m) => trueIn(m, p)) || coveredTogether(kept, p)) {
        delete p.anyOf;
        return true;
    }
    const g = groups(kept, ctx).map((x) => x.member);
    if (g.length > 1 && fuseInto(p, 'anyOf', g, ctx))
        return true;
    if (g.length === list.length && g.length > 1)
        return false;
    if (g.length === 1) {
        delete p.anyOf;
        pushAllOf(p, g[0]); // anyOf [X] = X
    }
    else
        p.anyOf = g;
    return true;
}
/**
 * Type by type: every value of each type the node allows is held by some member (anyOf [{maxLength:
 * 3}, {type: string}] holds all).
 */
function coveredTogether(members, p) {
    if (members.length > DEDUPE_MAX)
        return false;
    const need = Array.isArray(p.type) ? (0,type_bits/* bitsOfTypes */.JQ)(p.type) : type_bits/* ANY_TYPE */.si;
    for (let bit = 1; bit <= type_bits/* ANY_TYPE */.si; bit <<= 1) {
        if ((need & bit) !== 0 && !members.some((m) => (0,simplify_types/* coversTypes */.Iy)(m, bit)))
            return false;
    }
    return true;
}
/**
 * oneOf holds when exactly one member matches. A `false` member never matches (dropped); a
 * member that occurs twice can never be "the one" (oneOf [X, X, Y] = \u00acX \u2227 Y) \u2014 so, unlike allOf
 * and anyOf, duplicates do not count once; a `true` member always matches, so the others must
 * not (oneOf [true, A, B] = \u00ac(A \u2228 B)); oneOf [X] = X.
 */
function oneOfRule(p, ctx) {
    const list = members(p, 'oneOf');
    if (!list)
        return false;
    const kept = list.filter((m) => !(0,schema_model/* isFalseSchema */.$U)(m));
    const g = groups(kept, ctx);
    let once = g.filter((x) => x.count === 1).map((x) => x.member);
    const excluded = g.filter((x) => x.count > 1).map((x) => x.member);
    let trues = once.filter((m) => trueIn(m, p));
    // A member that holds every value of the others' types holds the others: it is "the one" exactly
    // when none of them matches (oneOf [D, A, B] = D \u2227 \u00ac(A \u2228 B)), as with a `true` member.
    const cover = trues.length === 0 && excluded.length === 0 && once.length > 1 && once.length <= DEDUPE_MAX
        ? once.find((d) => once.every((m) => m === d || (0,simplify_types/* coversTypes */.Iy)(d, (0,type_bits/* typesOf */.pl)(m))))
        : undefined;
    if (cover) {
        excluded.push(...once.filter((m) => m !== cover));
        [once, trues] = [[cover], []];
    }
    if (trues.length === 0 && excluded.length === 0 && once.length > 1 && fuseInto(p, 'oneOf', once, ctx))
        return true;
    if (trues.length === 0 && excluded.length === 0 && once.length === list.length && once.length > 1)
        return false;
    const at = ctx.src.get(p) ?? '';
    // Two members that always match: no value matches exactly one.
    if (trues.length > 1)
        return ctx.makeFalse(p);
    if (trues.length > 0) {
        excluded.push(...once.filter((m) => !trueIn(m, p)));
        once = [];
    }
    else if (once.length === 0)
        return ctx.makeFalse(p);
    delete p.oneOf;
    if (once.length === 1)
        pushAllOf(p, once[0]);
    else if (once.length > 1)
        p.oneOf = once;
    if (excluded.length > 0) {
        const inner = excluded.length === 1 ? excluded[0] : ctx.made({ anyOf: excluded }, `${at}/oneOf`);
        const negation = ctx.made({ not: inner }, `${at}/oneOf`);
        ctx.keySrc.set(negation, new Map([['=not', `${at}/oneOf`]]));
        pushAllOf(p, negation);
    }
    return true;
}
/**
 * allOf: all members hoisted into the node, or none (a list that stays keeps its members where
 * the file has them, so findings on them point at the right place). A member that is the node
 * itself (through a `$ref` cycle) adds nothing the node does not already demand.
 */
function allOfRule(p, ctx) {
    const all = members(p, 'allOf');
    if (!all)
        return false;
    if (all.some((m) => (0,schema_model/* isFalseSchema */.$U)(m)))
        return ctx.makeFalse(p);
    // A member that holds every value of the node's types asks nothing there (array keywords in a string node).
    const list = Array.isArray(p.type) ? all.filter((m) => !(0,simplify_types/* coversTypes */.Iy)(m, (0,type_bits/* bitsOfTypes */.JQ)(p.type))) : all;
    if (list.length === 0) {
        delete p.allOf;
        return true;
    }
    const filtered = list.length < all.length;
    if (filtered)
        p.allOf = list;
    const scratch = { ...p };
    delete scratch.allOf;
    const done = new Set([p]);
    for (let i = 0; i < (Array.isArray(scratch.allOf) ? scratch.allOf.length : 0) + list.length; i++) {
        // The node's own members first, then those the hoisted members bring (appended to scratch.allOf).
        const m = i < list.length ? list[i] : scratch.allOf[i - list.length];
        if (done.has(m) || (0,schema_model/* isTrueSchema */.oE)(m) || isDuplicate(m, done, ctx))
            continue;
        if ((0,schema_model/* isFalseSchema */.$U)(m))
            return ctx.makeFalse(p);
        if (ctx.budget-- <= 0) {
            ctx.keySrc.delete(scratch);
            return filtered;
        }
        const result = hoist(scratch, m, ctx);
        if (result !== true)
            ctx.keySrc.delete(scratch);
        if (result === 'false')
            return ctx.makeFalse(p);
        if (!result)
            return filtered;
        done.add(m);
    }
    delete scratch.allOf;
    for (const k of Object.keys(p))
        delete p[k];
    Object.assign(p, scratch);
    (0,simplify_aside/* carryAside */.kv)(scratch, p);
    const moved = ctx.keySrc.get(scratch);
    ctx.keySrc.delete(scratch);
    if (moved) {
        let own = ctx.keySrc.get(p);
        if (!own)
            ctx.keySrc.set(p, (own = new Map()));
        for (const [k, ptr] of moved)
            own.set(k, ptr);
    }
    return true;
}
/**
 * Whether `m` is written at `at` or below it, not reached through a `$ref`: a node other places
 * share stays one node (copied into each place, one change there would be reported once per place).
 * A node without a location lies inside a subtree reused from the other version, which no `$ref`
 * reaches into (../normalize.ts).
 */
function writtenUnder(m, at, ctx) {
    const ptr = ctx.src.get(m);
    return ptr === undefined || ptr === at || ptr.startsWith(`${at}/`);
}
/** The list `key` of `p` replaced by the one node its `members` make (./simplify-fuse.ts), when they make one. */
function fuseInto(p, key, list, ctx) {
    const at = `${ctx.src.get(p) ?? ''}/${key}`;
    if (!list.every((m) => writtenUnder(m, at, ctx)))
        return false;
    const fused = fuse(list, key);
    if (!fused)
        return false;
    const node = ctx.made(fused.node, at);
    const where = new Map();
    for (const [k, m] of fused.from)
        where.set(k, ctx.src.get(m) ?? '');
    ctx.keySrc.set(node, where);
    delete p[key];
    pushAllOf(p, node);
    return true;
}
/** Whether member `m` holds every value of its node's types: `true`, or only a `type` that covers the node's. */
function trueIn(m, p) {
    if ((0,schema_model/* isTrueSchema */.oE)(m))
        return true;
    if (!Array.isArray(m.type) || !Array.isArray(p.type))
        return false;
    const { type, ...rest } = m;
    return (0,schema_model/* isTrueSchema */.oE)(rest) && ((0,type_bits/* bitsOfTypes */.JQ)(p.type) & ~(0,type_bits/* bitsOfTypes */.JQ)(type)) === 0;
}
/** `m` equals a member already hoisted (short lists only: the test is pairwise). */
function isDuplicate(m, done, ctx) {
    if (done.size > DEDUPE_MAX)
        return false;
    for (const d of done)
        if (ctx.budget-- > 0 && (0,combinators_match/* sameSchema */.Go)(d, m, SAME_BUDGET))
            return true;
    return false;
}

// EXTERNAL MODULE: ./lib/evolution/simplify-reach.js
var simplify_reach = __webpack_require__(19920);
;// CONCATENATED MODULE: ./lib/evolution/simplify.js
// Equivalent forms normalise to one (issue 12): run on the normalised graph, after `$ref`s are
// resolved. Rewrites, each preserving the set of valid instances exactly (draft-07):
// - allOf: a `false` member makes the node false; the members (duplicates and `true` ones
//   included) hoisted into the node when none of their keywords clash (./simplify-merge.ts);
// - anyOf: `false` members dropped, a `true` member drops the list, duplicates dropped, one
//   member is that member (an allOf member, then hoisted); members that only split by type or
//   only list values are one node (./simplify-fuse.ts, and for oneOf too);
// - oneOf: see `oneOfRule` (duplicates do NOT count once there); these list rules live in
//   ./simplify-lists.ts;
// - not: `not: {not: X}` is X; a node with `not: true` is the false schema; a `not` whose
//   types the node cannot hold is no constraint;
// - if: `if: true` is its `then`, `if: false` its `else`, the same `then` and `else` are that
//   branch, a `then` that accepts nothing is `not: if` (with the else), an `else` that accepts
//   nothing is the `if` (with the then); `then`/`else` without `if` nothing;
// - the types a subschema's context allows are written into it (./simplify-context.ts);
// - keywords of a type the node cannot hold are dropped (./simplify-types.ts);
// - a node no value satisfies is `false`, and `enum` values its keywords reject are dropped
//   (./simplify-empty.ts).
// Only nodes made by this normalisation are rewritten (never one reused from the other version,
// which belongs to its graph); members are read, never changed. Graphs may be cyclic: a node is
// never hoisted into itself nor one member twice into the same node, and the pass has a budget.









/** Rounds of rewriting one node (each round applies every rule once). */
const ROUNDS = 8;
/** Nesting of nodes simplified ahead of their turn (past it they wait for theirs). */
const MAX_EAGER = 8;
/**
 * Simplify the nodes `order` (children before parents, as far as a possibly cyclic graph allows)
 * in place; `order` becomes the simplifier's own (it grows). `src` and `keySrc` are updated so
 * findings on moved keywords still name their place in the file.
 */
function simplify(order, src, keySrc) {
    const pairs = new Map();
    const ctx = {
        order,
        src,
        keySrc,
        budget: 20_000 + 40 * order.length,
        depth: 0,
        made: (node, ptr) => made(node, ptr, ctx),
        makeFalse: (p) => makeFalse(p, ctx),
        typed: (m, types, at, written) => DISTRIBUTED.has(m) || !writtenUnder(m, at, ctx) || ctx.budget-- <= 0 ? m : typedCopy(m, types, at, ctx, written),
        // One node per pair, so merging two recursive schemas ends in a cycle, not an endless descent.
        both: (a, b) => {
            let row = pairs.get(a);
            if (!row)
                pairs.set(a, (row = new Map()));
            let hit = row.get(b);
            if (!hit)
                row.set(b, (hit = made({ allOf: [a, b] }, src.get(a) ?? '', ctx)));
            return hit;
        },
    };
    for (let i = 0; i < ctx.order.length && ctx.budget > 0; i++)
        simplifyNode(ctx.order[i], ctx);
}
/** Keywords some rule reads; a node without any (most nodes) is left as it is at once. */
const READ = new Set([
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
    'type',
    'enum',
    'dependencies',
    'propertyNames',
]);
function simplifyNode(p, ctx) {
    rewrite(p, ctx);
    settle(p, ctx);
}
/** A node no value satisfies becomes `false`; either way its type set is kept for its parents (./simplify-empty.ts). */
function settle(p, ctx) {
    if ((0,schema_model/* isFalseSchema */.$U)(p))
        return (0,type_bits/* rememberTypes */.HK)(p, 0);
    // Most nodes are leaves no rule can change (`{type: string, maxLength: 40}`): their types are their `type`.
    // (Their types are not remembered: typesOf reads the same bits from `type`.)
    if (plainLeaf(p))
        return;
    (0,simplify_types/* dropVacuous */.uX)(p, (key, from) => writtenAt(p, key, `${ctx.src.get(p) ?? ''}/${from}`, ctx));
    const { bits, others, why } = (0,simplify_empty/* analyse */.KH)(p);
    if (bits === 0) {
        makeFalse(p, ctx);
        (0,simplify_empty/* markEmptied */.eE)(p, why ?? 'no value satisfies all its keywords');
    }
    else {
        // A `type` written here that the file does not have: findings on it name the node.
        if (p.type === undefined && (0,simplify_types/* confineToTypes */.hz)(p, bits)) {
            writtenAt(p, 'type', ctx.src.get(p) ?? '', ctx);
            // Its subschemas now see the narrower type: rewritten once more in its light (`type` is set now, so once).
            if (p.allOf !== undefined || p.anyOf !== undefined || p.oneOf !== undefined)
                return simplifyNode(p, ctx);
        }
        // A `not` no value the node can hold matches excludes nothing.
        if (p.not !== undefined && ((0,type_bits/* typesOf */.pl)(p.not) & others) === 0) {
            (0,simplify_aside/* setAside */.Fi)(p, 'not', p.not);
            delete p.not;
        }
        // Names the object can never hold: their schemas are `false` in effect.
        (0,simplify_reach/* pruneUnreachable */.P)(p, (node, at) => made(node, `${ctx.src.get(p) ?? ''}/${at}`, ctx));
    }
    (0,type_bits/* rememberTypes */.HK)(p, bits);
}
/**
 * Keywords only the list, `not`, conditional and context rules read (beside `type` and `enum`,
 * which pruneByType reads).
 */
const STRUCTURAL = new Set(['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependencies', 'propertyNames']);
function rewrite(p, ctx) {
    // One pass over the node's own (few) keys: a lookup per rule keyword would cost more on every node.
    let read = false;
    let structural = false;
    for (const k in p) {
        if (!READ.has(k) || p[k] === undefined)
            continue;
        read = true;
        if (STRUCTURAL.has(k)) {
            structural = true;
            break;
        }
    }
    if (!read)
        return;
    // Most nodes are leaves with a `type` or an `enum` and nothing the other rules read: one rule applies.
    if (!structural) {
        (0,simplify_types/* pruneByType */.E8)(p);
        return;
    }
    for (let round = 0; round < ROUNDS && ctx.budget > 0; round++) {
        ctx.budget--;
        let changed = notRule(p);
        changed = ifRule(p, ctx) || changed;
        changed = anyOfRule(p, ctx) || changed;
        changed = oneOfRule(p, ctx) || changed;
        changed = allOfRule(p, ctx) || changed;
        changed = typesInContext(p, ctx) || changed;
        changed = (0,simplify_types/* pruneByType */.E8)(p) || changed;
        if (p.not !== undefined && (0,schema_model/* isTrueSchema */.oE)(p.not) && !(0,schema_model/* isFalseSchema */.$U)(p))
            changed = makeFalse(p, ctx) || changed;
        if (!changed)
            return;
    }
}
/** Make `p` the canonical false schema `{not: {}}` (annotations kept). */
function makeFalse(p, ctx) {
    for (const k of Object.keys(p))
        if (!isInertKey(k))
            delete p[k];
    const t = {};
    ctx.src.set(t, ctx.src.get(p) ?? '');
    p.not = t;
    return true;
}
function isInertKey(k) {
    return !(0,schema_model/* affectsValidation */.Qe)(k);
}
/** A node made here, located at `ptr`: simplified later (no recursion: graphs may be deep). */
function made(node, ptr, ctx) {
    ctx.src.set(node, ptr);
    ctx.order.push(node);
    return node;
}
function notRule(p) {
    const n = p.not;
    if (!n || typeof n !== 'object')
        return false;
    if ((ownTypes(p) & (0,type_bits/* typesOf */.pl)(n) & (Array.isArray(n.type) ? (0,type_bits/* bitsOfTypes */.JQ)(n.type) : type_bits/* ANY_TYPE */.si)) === 0) {
        (0,simplify_aside/* setAside */.Fi)(p, 'not', p.not);
        delete p.not; // no value of the node's types can match the negated schema
        return true;
    }
    const keys = Object.keys(n).filter((k) => !isInertKey(k));
    if (keys.length !== 1 || keys[0] !== 'not' || typeof n.not !== 'object')
        return false;
    // \u00ac\u00acX = X (and so `not: false` is no constraint: false is {not: {}}).
    delete p.not;
    if (!(0,schema_model/* isTrueSchema */.oE)(n.not))
        pushAllOf(p, n.not);
    return true;
}
/** `p` without if/then/else, holding `must` and `branch` (when given) instead. */
function branchless(p, must, branch) {
    delete p.if;
    delete p.then;
    delete p.else;
    if (!(0,schema_model/* isTrueSchema */.oE)(must))
        pushAllOf(p, must);
    if (branch !== undefined && !(0,schema_model/* isTrueSchema */.oE)(branch))
        pushAllOf(p, branch);
    return true;
}
/** The types `p`'s own `type` allows (all when it has none). */
function ownTypes(p) {
    return Array.isArray(p.type) ? (0,type_bits/* bitsOfTypes */.JQ)(p.type) : type_bits/* ANY_TYPE */.si;
}
function ifRule(p, ctx) {
    const cond = p.if;
    const hasBranch = p.then !== undefined || p.else !== undefined;
    if (!cond || typeof cond !== 'object') {
        if (!hasBranch)
            return false;
        delete p.then; // without `if`, then/else have no effect
        delete p.else;
        return true;
    }
    // A branch that accepts nothing: `if` false-then is `not: if` (and the else), `if` else-false is `if` and its then.
    if (p.then !== undefined && (0,type_bits/* typesOf */.pl)(p.then) === 0)
        return branchless(p, made({ not: cond }, `${ctx.src.get(p) ?? ''}/if`, ctx), p.else);
    if (p.else !== undefined && (0,type_bits/* typesOf */.pl)(p.else) === 0)
        return branchless(p, cond, p.then);
    // Branches that accept every value that can reach them (then: of the types `if` can match) ask nothing.
    const idle = (b, bits) => {
        const branch = (0,schema_model/* asSchema */.mD)(b);
        return b === undefined || (branch !== undefined && (0,simplify_types/* coversTypes */.Iy)(branch, bits));
    };
    if (idle(p.then, (0,type_bits/* typesOf */.pl)(cond) & ownTypes(p)) && idle(p.else, ownTypes(p)))
        return branchless(p, {}, undefined);
    let branch;
    // A condition every value of the node's types meets, or none does, picks one branch for all.
    if (trueIn(cond, p))
        branch = p.then;
    else if (((0,type_bits/* typesOf */.pl)(cond) & ownTypes(p)) === 0)
        branch = p.else;
    else if (p.then !== undefined && p.else !== undefined && (0,combinators_match/* sameSchema */.Go)(p.then, p.else, SAME_BUDGET))
        branch = p.then;
    else if (hasBranch)
        return false;
    delete p.if;
    delete p.then;
    delete p.else;
    if (branch && !(0,schema_model/* isTrueSchema */.oE)(branch))
        pushAllOf(p, branch);
    return true;
}
/** Keywords that can make a node accept nothing, narrow its types, or be dropped or rewritten by `settle`. */
const SETTLED = new Set([
    'enum',
    'const',
    'multipleOf',
    'items',
    'additionalItems',
    'contains',
    'minItems',
    'maxItems',
    'uniqueItems',
    'properties',
    'patternProperties',
    'additionalProperties',
    'required',
    'minProperties',
    'maxProperties',
    'dependencies',
    'propertyNames',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
]);
/** No SETTLED keyword, and at most one of each pair of bounds (a lone bound never empties a node). */
function plainLeaf(p) {
    let lengths = 0;
    let lower = 0;
    let upper = 0;
    for (const k in p) {
        if (SETTLED.has(k))
            return false;
        if (k === 'minLength' || k === 'maxLength' || k === 'pattern')
            lengths++; // a pattern bounds lengths too
        else if (k === 'minimum' || k === 'exclusiveMinimum')
            lower++;
        else if (k === 'maximum' || k === 'exclusiveMaximum')
            upper++;
    }
    return lengths < 2 && (lower === 0 || upper === 0);
}
/** Findings on keyword `key` of `p` (one the normaliser wrote) are located at `ptr` exactly. */
function writtenAt(p, key, ptr, ctx) {
    const own = ctx.keySrc.get(p) ?? new Map();
    own.set(`=${key}`, ptr);
    ctx.keySrc.set(p, own);
}
/** Nodes made by `typedCopy` (already carrying a `type` from their context). */
const DISTRIBUTED = new WeakSet();
/**
 * `m \u2227 {type: types}` as a node of its own, located where `m` is (the `type` where its context
 * writes it, `at`), and simplified at once when it may be (its parts already are), so the rules
 * of the node that asked see its final form. See ./simplify-context.ts.
 */
function typedCopy(m, types, at, ctx, written) {
    const typed = made({ type: types }, at, ctx);
    if (!written)
        writtenAt(typed, 'type', ctx.src.get(m) ?? at, ctx);
    const out = made({ allOf: [m, typed] }, ctx.src.get(m) ?? at, ctx);
    DISTRIBUTED.add(out);
    (0,type_bits/* rememberTypes */.HK)(out, (0,type_bits/* typesOf */.pl)(m) & (0,type_bits/* bitsOfTypes */.JQ)(types));
    if (ctx.depth < MAX_EAGER) {
        ctx.depth++;
        simplifyNode(out, ctx);
        ctx.depth--;
    }
    return out;
}

// EXTERNAL MODULE: ./lib/evolution/witness/schema.js
var schema = __webpack_require__(71854);
;// CONCATENATED MODULE: ./lib/evolution/simplify-finite.js
// Recursive schemas no finite value satisfies (issue 12, false alarms): `{required: [next],
// properties: {next: {$ref: '#'}}}` asks for a value inside the value, forever, so no JSON
// document is valid. Such a node is `false` in effect, and is made so.
//
// Sound: for each node the pass works out the types it MAY have a finite value of, as the least
// fixed point of conditions every finite value meets (its type is one the node allows; each
// schema that applies to a required property has a value; so does each allOf member, one
// anyOf/oneOf member, `then` or `else`, the items `minItems` asks for, `contains`). Starting from
// "no value" and only adding types a value could have, a node left with none has no finite value.
// Nodes of a graph without a cycle are left to ../simplify-empty.ts.





/** Nodes the pass looks at, at most (a larger graph is left as it is). */
const MAX_NODES = 20_000;
/** Rounds of the fixed point, at most (each round adds a type to some node, or ends it). */
const MAX_ROUNDS = 64;
/** Subschemas read by the whole fixed point, at most (required names, items and members count). */
const MAX_READS = 2_000_000;
/**
 * Make `false` every node reachable from `root` (except those in `keep`) that has no finite value;
 * returns how many.
 */
function emptyRecursive(root, keep) {
    const nodes = cyclicGraph(root);
    if (nodes === undefined)
        return 0;
    const may = new Map();
    let reads = 0;
    const bitsOf = (s) => {
        reads++;
        return s === undefined || s === true
            ? type_bits/* ANY_TYPE */.si
            : s === null || typeof s !== 'object' || Array.isArray(s)
                ? type_bits/* ANY_TYPE */.si
                : (may.get(s) ?? 0);
    };
    let settled = false;
    for (let round = 0; round < MAX_ROUNDS && !settled && reads < MAX_READS; round++) {
        settled = true;
        for (const n of nodes) {
            const before = may.get(n) ?? 0;
            const now = before | possibleTypes(n, bitsOf);
            if (now !== before) {
                may.set(n, now);
                settled = false;
            }
        }
    }
    if (!settled || reads >= MAX_READS)
        return 0; // not converged within the budget: nothing is claimed
    let emptied = 0;
    for (const n of nodes) {
        if ((may.get(n) ?? 0) !== 0 || (0,schema_model/* isFalseSchema */.$U)(n) || keep.has(n))
            continue;
        for (const k of Object.keys(n))
            delete n[k];
        n.not = {};
        (0,type_bits/* rememberTypes */.HK)(n, 0);
        (0,simplify_empty/* markEmptied */.eE)(n, 'no finite value satisfies it: each one would need a value nested inside it, without end');
        emptied++;
    }
    return emptied;
}
/** The nodes reachable from `root` when they hold a cycle (and are not too many); undefined otherwise. */
function cyclicGraph(root) {
    const order = [];
    const state = new Map(); // 1: on the path, 2: done
    let cyclic = false;
    const stack = [[root, children(root)]];
    state.set(root, 1);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const next = top[1].pop();
        if (next === undefined) {
            state.set(top[0], 2);
            order.push(top[0]);
            stack.pop();
            continue;
        }
        const seen = state.get(next);
        if (seen === 1)
            cyclic = true;
        if (seen !== undefined)
            continue;
        if (order.length + stack.length > MAX_NODES)
            return undefined;
        state.set(next, 1);
        stack.push([next, children(next)]);
    }
    return cyclic ? order : undefined;
}
function children(n) {
    return (0,schema_vocabulary/* subschemasOf */.mN)(n)
        .map(([sub]) => sub)
        .filter((s) => s !== null && typeof s === 'object' && !Array.isArray(s));
}
/** The types `n` may have a finite value of, given what its subschemas may have (`bitsOf`). */
function possibleTypes(n, bitsOf) {
    let bits = (0,type_bits/* typesOf */.pl)(n);
    if (bits === 0)
        return 0;
    if (Array.isArray(n.allOf))
        for (const m of n.allOf)
            bits &= bitsOf(m);
    for (const key of ['anyOf', 'oneOf']) {
        const list = n[key];
        if (Array.isArray(list))
            bits &= list.reduce((acc, m) => acc | bitsOf(m), 0);
    }
    if (n.if !== undefined)
        bits &= bitsOf(n.then) | bitsOf(n.else);
    if (bits & type_bits/* OBJECT */.qv && !propertiesPossible(n, bitsOf))
        bits &= ~type_bits/* OBJECT */.qv;
    if (bits & type_bits/* ARRAY */.sO && !itemsPossible(n, bitsOf))
        bits &= ~type_bits/* ARRAY */.sO;
    return bits;
}
/** Each required property has a value every schema applying to it accepts (a type they share). */
function propertiesPossible(n, bitsOf) {
    if (!Array.isArray(n.required))
        return true;
    const props = (n.properties ?? {});
    const patterns = Object.entries((n.patternProperties ?? {}));
    for (const name of n.required.map(String)) {
        let bits = type_bits/* ANY_TYPE */.si;
        let matched = Object.hasOwn(props, name);
        if (matched)
            bits &= bitsOf(props[name]);
        let known = true;
        for (const [pattern, sub] of patterns) {
            bitsOf(undefined); // counts against the budget like a subschema read (a regex test)
            const re = (0,schema/* regex */.yG)(pattern);
            if (re === null)
                known = false; // not run: whether it applies is unknown, so it asks nothing here
            else if (re.test(name)) {
                matched = true;
                bits &= bitsOf(sub);
            }
        }
        if (!matched && known && n.additionalProperties !== undefined)
            bits &= bitsOf(n.additionalProperties);
        if (bits === 0)
            return false;
    }
    return true;
}
/** The items `minItems` (and `contains`) ask for can have values. */
function itemsPossible(n, bitsOf) {
    const min = Math.max(typeof n.minItems === 'number' ? n.minItems : 0, n.contains !== undefined ? 1 : 0);
    if (n.contains !== undefined && bitsOf(n.contains) === 0)
        return false;
    if (Array.isArray(n.items)) {
        for (let i = 0; i < Math.min(min, n.items.length); i++)
            if (bitsOf(n.items[i]) === 0)
                return false;
        if (min > n.items.length && n.additionalItems !== undefined && bitsOf(n.additionalItems) === 0)
            return false;
        return true;
    }
    if (min > 0 && n.items !== undefined && bitsOf(n.items) === 0)
        return false;
    if (n.contains !== undefined && n.items !== undefined && (bitsOf(n.contains) & bitsOf(n.items)) === 0)
        return false;
    return true;
}

// EXTERNAL MODULE: ./lib/evolution/witness/regex.js
var regex = __webpack_require__(34958);
;// CONCATENATED MODULE: ./lib/evolution/normalize.js
// Normalise a draft-07 schema for comparison: local `$ref`s replaced by their targets (shared, so
// cycles stay cycles), `type` as a sorted list, `const` as a one-value `enum`, boolean schemas as
// objects, and keywords that are no-ops (additionalProperties: true, minLength: 0, ...) dropped,
// so equivalent forms compare equal; then ./simplify.ts rewrites combinators, booleans and
// inapplicable keywords to one form. Iterative (a work queue, no recursion): 5,000 levels of
// nesting or a `$ref` cycle cannot overflow the stack.









/** Keywords whose value is a map of name -> subschema. */
const SCHEMA_MAPS = ['properties', 'patternProperties'];
/** Keywords whose value is one subschema. */
const SCHEMA_ONE = [
    'additionalProperties',
    'propertyNames',
    'additionalItems',
    'contains',
    'not',
    'if',
    'then',
    'else',
];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
/** Keywords equal to their absence at these values. */
const NO_OPS = { minLength: 0, minItems: 0, minProperties: 0, uniqueItems: false };
/**
 * Normalise `doc`. With `previous` (the normalised other version), a subtree whose content equals
 * the previous version's at the same location, with no `$ref` below, is not normalised again: the
 * previous node is reused, and the walker then skips the pair by identity. Most of a changed
 * schema is unchanged, so this halves the work on the pairs that matter.
 */
function normalize(doc, previous, reading = 'ignore') {
    const src = new Map();
    // Keyed by location: a `$ref` target is one node however often it is referenced (cycles stay
    // cycles), while an object shared by two places (a YAML alias) gets a node per place.
    const memo = new Map();
    const queue = [];
    const unresolved = new Map();
    const refs = { any: false, siblings: false };
    const node = (raw, ptr) => {
        let value = raw;
        let at = ptr;
        if (normalize_isMap(raw) && typeof raw.$ref === 'string') {
            refs.any = true;
            const target = follow(doc, raw.$ref, ptr);
            if (!Array.isArray(target)) {
                // A $ref that reaches no schema (unresolvable, a pure cycle, a too-long chain): kept
                // opaque, and the walker reports it as a change of its own (never `{}`, never its text).
                const opaque = { $ref: raw.$ref };
                src.set(opaque, ptr);
                unresolved.set(opaque, { ref: raw.$ref, reason: target });
                return opaque;
            }
            // Keywords beside a $ref of the chain: read as ajv does, they apply with its target (./ref-siblings.ts).
            const beside = [
                [raw, ptr],
                ...target[2].slice(0, -1).map((p) => [(0,pointer/* resolvePointer */.cj)(doc, p), p]),
            ];
            const own = beside.filter(([r]) => (0,schema_vocabulary/* assertingSiblings */.Gl)(r).length > 0);
            if (own.length > 0) {
                refs.siblings = true;
                if (reading === 'apply')
                    return withSiblings(ptr, target, own);
            }
            [value, at] = target;
        }
        if (value === false)
            return mark({ not: mark({}, at) }, at);
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return mark({}, at);
        const hit = memo.get(at);
        if (hit)
            return hit;
        // Not the root: the caller compares the whole documents first, so the roots are known to differ.
        const same = at === ptr && at !== '' ? previous?.byPointer.get(at) : undefined;
        const sameRaw = same && previous.refFreeRaw.get(same);
        if (same && sameRaw && (0,canonical/* sameContent */.C)(sameRaw, value)) {
            memo.set(at, same);
            src.set(same, at);
            reused.set(same, value);
            const moved = previous.keySrc?.get(same);
            if (moved)
                keySrc.set(same, moved);
            return same;
        }
        const out = {};
        memo.set(at, out);
        src.set(out, at);
        queue.push([value, out, at]);
        return out;
    };
    const mark = (s, at) => (src.set(s, at), s);
    // `{allOf: [target, the $ref's own keywords]}`, located at the $ref's object; memoised under
    // keys no pointer can have, so the target and the object keep their own nodes.
    const withSiblings = (ptr, [value, at], own) => {
        const hit = memo.get(`${ptr}\u0000$ref`);
        if (hit)
            return hit;
        const wrapper = {};
        memo.set(`${ptr}\u0000$ref`, wrapper);
        src.set(wrapper, ptr);
        queue.push([{}, wrapper, ptr]);
        viaRef.add(wrapper);
        const members = [node(value, at)];
        for (const [raw, p] of own) {
            let beside = memo.get(`${p}\u0000beside`);
            if (!beside) {
                const rest = { ...raw };
                delete rest.$ref;
                memo.set(`${p}\u0000beside`, (beside = {}));
                src.set(beside, p);
                queue.push([rest, beside, p]);
            }
            members.push(beside);
        }
        wrapper.allOf = members;
        return wrapper;
    };
    const reused = new Map();
    const keySrc = new Map();
    // A node is ref-free when neither it nor any node below it was reached through a `$ref`.
    const viaRef = new Set();
    const root = node(doc, '');
    const children = new Map();
    for (let i = 0; i < queue.length; i++) {
        const [raw, out, ptr] = queue[i];
        const kids = [];
        fill(raw, out, ptr, (sub, at) => {
            const child = node(sub, at);
            kids.push(child);
            if (src.get(child) !== at)
                viaRef.add(out); // the child lives elsewhere: reached through a $ref
            return child;
        });
        children.set(out, kids);
    }
    const refFreeRaw = new Map(reused);
    // Breadth-first order puts children after parents: walk it backwards to decide children first.
    for (let i = queue.length - 1; i >= 0; i--) {
        const [raw, out] = queue[i];
        if (!viaRef.has(out) && children.get(out).every((c) => refFreeRaw.has(c) || isLeaf(c)))
            refFreeRaw.set(out, raw);
    }
    // Equivalent forms to one (one-member and duplicate combinators, hoisted allOf members, ...):
    // the same raw content still simplifies the same way, so the fast paths above stay valid.
    simplify(queue.map((q) => q[1]).reverse(), src, keySrc);
    // Only a `$ref` makes a cycle: a recursion no finite value ends is `false` (nodes reused from the
    // other version are its own).
    if (refs.any)
        emptyRecursive(root, new Set(reused.keys()));
    return { root, src, refFreeRaw, byPointer: memo, unresolved, keySrc, refs };
}
/**
 * Nodes made up on the spot (true/false schemas: `{}`, `{not: {}}`) have no raw object but hold
 * no $ref either. (A `{not: X}` read from the file is no such node: X may be reached by a $ref.)
 */
function isLeaf(s) {
    const keys = Object.keys(s);
    if (keys.length === 0)
        return true;
    const not = s.not;
    return (keys.length === 1 && keys[0] === 'not' && not !== null && typeof not === 'object' && Object.keys(not).length === 0);
}
function fill(raw, out, ptr, node) {
    // Keyword names never need escaping; map keys and list positions might.
    const at = (key, token) => token === undefined ? `${ptr}/${key}` : `${ptr}/${key}/${(0,pointer/* escapeToken */.tj)(token)}`;
    for (const key in raw) {
        if (!Object.hasOwn(raw, key) || key === 'definitions' || key === '$ref')
            continue;
        const value = raw[key];
        if (key in NO_OPS && NO_OPS[key] === value)
            continue;
        if (key === 'type') {
            // integer is a subset of number: [integer, number] allows exactly what [number] allows.
            if (typeof value === 'string')
                out.type = [value];
            else {
                const types = [...new Set((Array.isArray(value) ? value : [value]).map(String))].sort();
                out.type = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
            }
        }
        else if (key === 'const') {
            out.enum = Array.isArray(raw.enum)
                ? raw.enum.filter((v) => JSON.stringify(v) === JSON.stringify(value))
                : [value];
            out.const = value; // kept only so findings point at `const:` in the file; `enum` carries the meaning
        }
        else if (key === 'enum') {
            if (!('const' in raw))
                out.enum = value;
        }
        else if (SCHEMA_MAPS.includes(key) && normalize_isMap(value)) {
            const map = {};
            for (const name in value) {
                if (!Object.hasOwn(value, name))
                    continue;
                const sub = node(value[name], at(key, name));
                (0,own_property/* setOwn */.P)(map, name, sub); // a property may be called __proto__
            }
            out[key] = map;
        }
        else if (key === 'dependencies' && normalize_isMap(value)) {
            // A name's own presence is all a list naming it asks: such entries, and lists left empty, go.
            const entries = Object.entries(value)
                .map(([name, dep]) => [
                name,
                Array.isArray(dep)
                    ? [...new Set(dep.map(String))].filter((n) => n !== name).sort()
                    : node(dep, at(key, name)),
            ])
                .filter(([, dep]) => !Array.isArray(dep) || dep.length > 0);
            if (entries.length > 0)
                out[key] = Object.fromEntries(entries);
        }
        else if (key === 'pattern' && matchesEveryString(value)) {
            continue;
        }
        else if (TRUE_IS_NO_OP.has(key) && isTrueRaw(value)) {
            continue; // e.g. additionalProperties: true, or {description: ...}: no constraint at all
        }
        else if (key === 'items') {
            if (Array.isArray(value))
                out.items = value.map((sub, i) => node(sub, at(key, i)));
            else
                out.items = node(value, at(key));
        }
        else if (key === 'additionalItems') {
            // Without a tuple `items`, additionalItems has no effect (draft-07).
            if (Array.isArray(raw.items))
                out.additionalItems = node(value, at(key));
        }
        else if (SCHEMA_ONE.includes(key)) {
            out[key] = node(value, at(key));
        }
        else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
            out[key] = value.map((sub, i) => node(sub, at(key, i)));
        }
        else if (key === 'required' && Array.isArray(value)) {
            if (value.length > 0)
                out.required = [...new Set(value.map(String))].sort();
        }
        else {
            out[key] = value;
        }
    }
}
/**
 * Keywords that constrain nothing when their subschema is the `true` schema. Not `contains` (it
 * still demands one item) nor `not`/`if` (the `false` schema / a condition that always holds).
 */
const TRUE_IS_NO_OP = new Set(['additionalProperties', 'items', 'additionalItems', 'propertyNames', 'then', 'else']);
/** The `true` schema in any spelling: `true`, `{}`, or an object of annotations only. */
function isTrueRaw(v) {
    if (v === true)
        return true;
    if (!normalize_isMap(v) || '$ref' in v)
        return false;
    for (const k of Object.keys(v))
        if ((0,schema_model/* affectsValidation */.Qe)(k))
            return false;
    return true;
}
/** Patterns written to match anything. */
const EVERY_STRING = new Set(['^[\\s\\S]*$', '^[\\S\\s]*$', '^[\\d\\D]*$', '^[\\w\\W]*$', '^[^]*$']);
/**
 * A `pattern` every string matches: one of EVERY_STRING, or one that matches the empty string
 * with nothing that depends on where it stands (no anchor, boundary, lookaround or
 * back-reference), as `.*`, `a*` or `` \u2014 a search then matches at the start of any string.
 * Decided from the pattern's parse: a live schema's pattern is never run here (it may be one
 * that backtracks for minutes even on the empty string).
 */
function matchesEveryString(source) {
    if (typeof source !== 'string')
        return false;
    if (EVERY_STRING.has(source))
        return true;
    if (/[\^$]|\\[bBk1-9]|\(\?[=!<]/.test(source))
        return false;
    return (0,regex/* matchesEmpty */.fM)(source);
}
function normalize_isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * Follow `$ref`s by the draft-07 rules (base URIs from `$id`, plain-name anchors; a `$ref`'s
 * siblings are ignored) to the schema they name. Returns [value, pointer]; otherwise why it
 * reaches no schema: a pure cycle of `$ref`s, a chain past the hop limit, or a reference that
 * names nothing in this document (what any of them allows is unknown: never read as "anything").
 */
function follow(doc, ref, from) {
    const chain = (0,ref_chain/* followRef */.$)(doc, ref, from);
    return chain.kind === 'resolved' ? [chain.target, chain.pointer, chain.path] : chain.kind;
}

// EXTERNAL MODULE: ./lib/evolution/platform.js
var platform = __webpack_require__(26306);
;// CONCATENATED MODULE: ./lib/evolution/ref-siblings.js
// Keywords beside a `$ref`: draft-07 says they are ignored, yet ajv (the validator this tool runs
// for examples and witnesses) and many others apply them. Which one the platform's validator does
// is not in its contract, so a document that has such keywords is compared under both readings
// and a change either reading reports is reported (lint warns: ref-sibling-keywords).

const SAID = {
    ignore: 'read as draft-07 specifies, ignoring the keywords beside a $ref',
    apply: 'read as ajv and many validators do, applying the keywords beside a $ref',
};
/**
 * The changes of both readings: those both report once, the others with the reading that reports
 * them (a change of one reading only is a change for the validators that read it so).
 */
function mergeReadings(ignored, applied) {
    const key = (c) => `${c.kind}\u0000${c.pointer}`;
    const inIgnored = new Set(ignored.map(key));
    const inApplied = new Set(applied.map(key));
    const only = (c, reading) => ({ ...c, message: `${c.message} (${SAID[reading]})` });
    return [
        ...ignored.map((c) => (inApplied.has(key(c)) ? c : only(c, 'ignore'))),
        ...applied.filter((c) => !inIgnored.has(key(c))).map((c) => only(c, 'apply')),
    ].sort(change/* byPlace */.h);
}

// EXTERNAL MODULE: ./lib/evolution/unresolved-refs.js
var unresolved_refs = __webpack_require__(39617);
// EXTERNAL MODULE: ./lib/evolution/walk.js + 2 modules
var walk = __webpack_require__(17797);
;// CONCATENATED MODULE: ./lib/evolution/engine.js
// The engine: read both schemas by their declared dialect (as draft-07), normalise them, walk them
// together (twice when keywords stand beside a `$ref`: ./ref-siblings.ts), apply the platform's
// reading.












/**
 * Deepest schema compared: the nesting a contract file may have. The walk itself is iterative,
 * but values in a schema (enum, const, default) are compared and printed by code that recurses,
 * and a schema deeper than any contract file cannot be the live version of one anyway.
 */
const MAX_SCHEMA_DEPTH = limits/* DEFAULT_LIMITS */.dR.maxDepth;
/** Schema nodes scanned for a `$ref` in an unchanged document. */
const SCAN_BUDGET = 200_000;
function compareSchemas(oldDoc, newDoc) {
    // Most schemas in a repo are unchanged: equal content (platform metadata aside) has no changes,
    // unless a `$ref` in it resolves to nothing (unknown is breaking, changed or not).
    if ((0,canonical/* sameContent */.C)(oldDoc, newDoc, schema_model/* PLATFORM_FIELDS */.a3))
        return unchanged(oldDoc);
    const tooDeep = depthChanges(oldDoc, newDoc);
    if (tooDeep.length > 0)
        return tooDeep;
    const [oldDialect, newDialect] = [(0,evolution_dialect/* declaredDialect */.Bn)(oldDoc), (0,evolution_dialect/* declaredDialect */.Bn)(newDoc)];
    if ('unsupported' in oldDialect || 'unsupported' in newDialect)
        return dialectChanges(oldDialect, newDialect, newDoc);
    // Older drafts are read by their own rules: rewritten to the draft-07 schema that means the same.
    const [oldDraft07, newDraft07] = [(0,evolution_dialect/* toDraft07 */.wc)(oldDoc, oldDialect.dialect), (0,evolution_dialect/* toDraft07 */.wc)(newDoc, newDialect.dialect)];
    const graphs = (reading) => {
        const before = normalize(oldDraft07, undefined, reading);
        return [before, normalize(newDraft07, before, reading)];
    };
    const [before, after] = graphs('ignore');
    let changes = (0,walk/* walk */.GG)(before, after);
    if (before.refs.siblings || after.refs.siblings)
        changes = mergeReadings(changes, (0,walk/* walk */.GG)(...graphs('apply')));
    const unknown = before.refs.any || after.refs.any ? (0,unresolved_refs/* unresolvedRefChanges */.k3)(oldDraft07, newDraft07, changes) : [];
    return (0,platform/* applyPlatformRules */.x)(unknown.length > 0 ? [...changes, ...unknown].sort(change/* byPlace */.h) : changes, oldDoc, newDoc);
}
/**
 * Two documents of equal content: only the `$ref`s that reach no schema, found by one scan (none
 * when it is too deep or of a dialect not read).
 */
function unchanged(doc) {
    if (!hasRef(doc) || (0,depth/* nestingDepth */.Q)(doc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH)
        return [];
    const dialect = (0,evolution_dialect/* declaredDialect */.Bn)(doc);
    return 'unsupported' in dialect ? [] : (0,unresolved_refs/* unresolvedRefsOfUnchanged */.Gb)((0,evolution_dialect/* toDraft07 */.wc)(doc, dialect.dialect));
}
/** Whether `doc` holds a `$ref` anywhere (a plain scan; past SCAN_BUDGET nodes, assumed so). */
function hasRef(doc) {
    const stack = [doc];
    for (let budget = SCAN_BUDGET; stack.length > 0; budget--) {
        if (budget <= 0)
            return true;
        const node = stack.pop();
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            continue;
        if (typeof node.$ref === 'string')
            return true;
        for (const [sub] of (0,schema_vocabulary/* subschemasOf */.mN)(node))
            stack.push(sub);
    }
    return false;
}
/** One change per side declaring a dialect the engine does not read; such a pair is not compared. */
function dialectChanges(oldDialect, newDialect, newDoc) {
    const out = [];
    const said = (d) => `declares $schema ${JSON.stringify(d.unsupported)} (${d.name}), a dialect this tool does not read (it reads draft-04, draft-06 and draft-07), so the schemas were not compared; treated as breaking`;
    if ('unsupported' in oldDialect) {
        const at = newDoc !== null && typeof newDoc === 'object' && '$schema' in newDoc ? '/$schema' : '';
        out.push({
            kind: 'dialect-unsupported',
            pointer: at,
            oldPointer: '/$schema',
            message: `the live schema ${said(oldDialect)}`,
        });
    }
    if ('unsupported' in newDialect) {
        out.push({
            kind: 'dialect-unsupported',
            pointer: '/$schema',
            oldPointer: '/$schema',
            message: `the new schema ${said(newDialect)}`,
        });
    }
    return out;
}
/** One change per side nested deeper than MAX_SCHEMA_DEPTH; such a pair is not compared at all. */
function depthChanges(oldDoc, newDoc) {
    const out = [];
    // Located at the new schema's title (its root when it has none): that names the schema compared.
    const at = newDoc !== null && typeof newDoc === 'object' && typeof newDoc.title === 'string'
        ? '/title'
        : '';
    const said = `nested more than ${MAX_SCHEMA_DEPTH} levels deep (the limit for a contract file), so it was not compared; treated as breaking`;
    if ((0,depth/* nestingDepth */.Q)(oldDoc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH) {
        out.push({ kind: 'live-schema-too-deep', pointer: at, oldPointer: '', message: `the live schema is ${said}` });
    }
    if ((0,depth/* nestingDepth */.Q)(newDoc, MAX_SCHEMA_DEPTH) > MAX_SCHEMA_DEPTH) {
        out.push({ kind: 'schema-too-deep', pointer: at, oldPointer: '', message: `the new schema is ${said}` });
    }
    return out;
}


/***/ }),

/***/ 18050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ itemRemoved),
/* harmony export */   Nh: () => (/* binding */ compareCount),
/* harmony export */   Q9: () => (/* binding */ compareItems),
/* harmony export */   TQ: () => (/* binding */ arraysKeywords),
/* harmony export */   X: () => (/* binding */ compareUnique),
/* harmony export */   i6: () => (/* binding */ itemAdded),
/* harmony export */   jg: () => (/* binding */ compareTails),
/* harmony export */   v7: () => (/* binding */ compareContains),
/* harmony export */   ww: () => (/* binding */ compareArrays)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _objects_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12098);
// The arrays keyword family: items, additionalItems, minItems, maxItems, uniqueItems, contains.
// Compared only when both schemas allow arrays. The effective schema of position i is the tuple
// entry `items[i]`, or beyond the tuple the tail: `additionalItems` for a tuple (absent: the true
// schema, an open content model; `false`: closed), the single `items` schema otherwise. A change
// of form (single <-> tuple) is compared position by position, then tail against tail.


/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const arraysKeywords = [
    'items',
    'additionalItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
];
const SHAPES = {
    minItems: _objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isCount */ .my,
    maxItems: _objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isCount */ .my,
    uniqueItems: (x) => typeof x === 'boolean',
};
function compareArrays(v) {
    const o = v.old;
    const n = v.new;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .eitherUses */ .GA)(o, n, arraysKeywords))
        return;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(o, 'array') || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(n, 'array'))
        return;
    const skip = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)(v, SHAPES);
    compareItems(v);
    if (!skip?.has('minItems'))
        compareCount(v, 'minItems', 'min');
    if (!skip?.has('maxItems'))
        compareCount(v, 'maxItems', 'max');
    if (!skip?.has('uniqueItems'))
        compareUnique(v);
    compareContains(v);
}
function layout(s) {
    const items = s.items;
    if (Array.isArray(items))
        return {
            tuple: items,
            tail: s.additionalItems,
            tailAt: ['additionalItems'],
            single: false,
        };
    return { tuple: [], tail: items, tailAt: ['items'], single: items !== undefined };
}
function compareItems(v) {
    const before = v.old.items;
    const after = v.new.items;
    if (!Array.isArray(before) && !Array.isArray(after)) {
        if (before !== after)
            v.descend(before, after, ['items']);
        return;
    }
    const o = layout(v.old);
    const n = layout(v.new);
    if (o.single || n.single) {
        const how = o.single ? 'from one schema for every item to a tuple' : 'from a tuple to one schema for every item';
        v.emit('items-form-changed', `items of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} changed ${how}; each position is compared with the schema that applied to it before`, { at: ['items'] });
    }
    const length = Math.max(o.tuple.length, n.tuple.length);
    for (let i = 0; i < length; i++) {
        if (i < o.tuple.length && i < n.tuple.length)
            v.descend(o.tuple[i], n.tuple[i], ['items', i]);
        else if (i < n.tuple.length)
            itemAdded(v, i, n.tuple[i], (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(o.tail, o.tailAt));
        else
            itemRemoved(v, i, o.tuple[i], (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(n.tail, n.tailAt));
    }
    compareTails(v, o, n);
}
function itemAdded(v, i, sub, model) {
    const at = ['items', i];
    const what = `item ${i} of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}`;
    switch (model.model) {
        case 'open':
            if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(sub))
                v.emit('item-added-to-open-content-model', `${what} was given a schema; any value was allowed there, so live events may carry values the new schema rejects`, { at });
            break;
        case 'closed':
            if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(sub))
                v.emit('item-added-to-closed-content-model', `${what} was added; consumers on the live schema reject arrays that long`, { at });
            break;
        case 'partial':
            v.emit('item-added-to-partially-open-content-model', `${what} was given its own schema; it is compared with the schema that applied to it before`, { at });
            for (const c of model.conjuncts)
                v.descend(c.schema, sub, c.at, at);
            break;
    }
}
function itemRemoved(v, i, sub, model) {
    const at = ['items', i];
    const what = `item ${i} of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}`;
    switch (model.model) {
        case 'open':
            if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(sub))
                v.emit('item-removed-from-open-content-model', `${what} was removed from the tuple; any value is now allowed there, which consumers on the live schema may reject`, { at, oldAt: at });
            break;
        case 'closed':
            if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(sub))
                v.emit('item-removed-from-closed-content-model', `${what} was removed and no additional items are allowed; live arrays that long will be rejected`, { at, oldAt: at });
            break;
        case 'partial':
            v.emit('item-removed-to-partially-open-content-model', `${what} was removed from the tuple; it now falls under the schema for additional items, which is compared with its old schema`, { at, oldAt: at });
            for (const c of model.conjuncts)
                v.descend(sub, c.schema, at, c.at);
            break;
    }
}
/** Positions beyond both tuples. */
function compareTails(v, o, n) {
    if (o.tail === n.tail)
        return;
    const before = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(o.tail, o.tailAt).model;
    const after = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(n.tail, n.tailAt).model;
    if (before === 'closed' && after === 'closed')
        return;
    const at = n.tail ? n.tailAt : [];
    const oldAt = o.tail ? o.tailAt : [];
    if (after === 'closed') {
        v.emit('additional-items-closed', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} no longer allows ${beyond(n.tuple.length)}; longer live arrays will be rejected`, { at, oldAt });
    }
    else if (before === 'closed') {
        v.emit('additional-items-opened', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} now allows ${beyond(o.tuple.length)}; consumers on the live schema reject longer arrays`, { at, oldAt });
    }
    else if (before === 'partial' || after === 'partial') {
        v.descend(o.tail, n.tail, o.tailAt, n.tailAt);
    }
}
function beyond(length) {
    return length === 0 ? 'items' : `items beyond the first ${length}`;
}
function compareCount(v, key, bound) {
    const a = v.old[key];
    const b = v.new[key];
    if (a === b)
        return;
    const where = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v);
    if (bound === 'min') {
        if (a === undefined)
            v.emit('min-items-added', `minItems ${b} added to ${where}; shorter live arrays will be rejected`, {
                at: [key],
                oldAt: [],
                new: b,
            });
        else if (b === undefined)
            v.emit('min-items-removed', `minItems ${a} of ${where} removed; consumers on the live schema reject shorter arrays`, { at: [], oldAt: [key], old: a });
        else if (b > a)
            v.emit('min-items-increased', `minItems of ${where} increased from ${a} to ${b}; shorter live arrays will be rejected`, { at: [key], old: a, new: b });
        else
            v.emit('min-items-decreased', `minItems of ${where} decreased from ${a} to ${b}; consumers on the live schema reject shorter arrays`, { at: [key], old: a, new: b });
    }
    else {
        if (a === undefined)
            v.emit('max-items-added', `maxItems ${b} added to ${where}; longer live arrays will be rejected`, {
                at: [key],
                oldAt: [],
                new: b,
            });
        else if (b === undefined)
            v.emit('max-items-removed', `maxItems ${a} of ${where} removed; consumers on the live schema reject longer arrays`, { at: [], oldAt: [key], old: a });
        else if (b < a)
            v.emit('max-items-decreased', `maxItems of ${where} decreased from ${a} to ${b}; longer live arrays will be rejected`, { at: [key], old: a, new: b });
        else
            v.emit('max-items-increased', `maxItems of ${where} increased from ${a} to ${b}; consumers on the live schema reject longer arrays`, { at: [key], old: a, new: b });
    }
}
/** uniqueItems: true (false is normalised away). */
function compareUnique(v) {
    const a = v.old.uniqueItems === true;
    const b = v.new.uniqueItems === true;
    if (a === b)
        return;
    if (b)
        v.emit('unique-items-added', `items of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} must now be unique; live arrays with duplicates will be rejected`, { at: ['uniqueItems'], oldAt: [] });
    else
        v.emit('unique-items-removed', `items of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} no longer need to be unique; consumers on the live schema reject duplicates`, { at: [], oldAt: ['uniqueItems'] });
}
function compareContains(v) {
    const before = v.old.contains;
    const after = v.new.contains;
    if (before === after)
        return;
    const at = ['contains'];
    if (before === undefined)
        v.emit('contains-added', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} must now contain a matching item; live arrays without one will be rejected`, { at, oldAt: [] });
    else if (after === undefined)
        v.emit('contains-removed', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)} no longer needs to contain a matching item; consumers on the live schema reject arrays without one`, { at: [], oldAt: at });
    else
        v.descend(before, after, at);
}


/***/ }),

/***/ 23759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m5: () => (/* binding */ LISTS),
  tM: () => (/* binding */ compareLists),
  j2: () => (/* binding */ compareMembers),
  xM: () => (/* binding */ liftedList),
  fi: () => (/* binding */ memberAdded),
  n5: () => (/* binding */ memberRemoved),
  _M: () => (/* binding */ where)
});

// EXTERNAL MODULE: ./lib/evolution/schema-model.js
var schema_model = __webpack_require__(73510);
// EXTERNAL MODULE: ./lib/evolution/simplify-types.js
var simplify_types = __webpack_require__(97714);
// EXTERNAL MODULE: ./lib/evolution/type-bits.js
var type_bits = __webpack_require__(87530);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/evolution/families/combinators-match.js
var combinators_match = __webpack_require__(64805);
;// CONCATENATED MODULE: ./lib/evolution/families/combinators-disjoint.js
// Provable disjointness of two schemas: no JSON value is valid under both. Deliberately simple
// and sound \u2014 `false` means "not proven", never "overlapping". Used by the oneOf rules: a member
// added to a oneOf keeps old events valid only if it cannot match what another member matches.
//
// Rules (`context` is what the node itself demands beside the oneOf \u2014 its `type` and its
// `required` names \u2014 since a value failing those is rejected whatever the oneOf says):
//   1. one of them is the false schema;
//   2. their `type`s (within the context) allow no common JSON type \u2014 integer \u2282 number;
//   3. both have an `enum` (or `const`) and no value in common;
//   4. one has an `enum` whose every value the other's `type` (or `enum`) excludes;
//   5. a discriminator: only objects can match both (by `type` or context), a property is
//      required by at least one of them or by the context, and the two schemas of that property are disjoint
//      (by these rules, to a bounded depth) \u2014 e.g. `kind: {const: card}` vs `kind: {const: bank}`.



const MAX_DEPTH = 3;
function within(atoms, context) {
    if (!atoms)
        return context ? new Set(context) : undefined;
    return context ? new Set([...atoms].filter((a) => context.has(a))) : atoms;
}
/** True when every value of `s`'s enum is excluded by `other`'s domain or enum. */
function enumExcluded(s, otherAtoms, otherValues) {
    if (!Array.isArray(s.enum))
        return false;
    return s.enum.every((v) => (otherAtoms !== undefined && !otherAtoms.has((0,combinators_match/* atomOf */.ps)(v))) ||
        (otherValues !== undefined && !otherValues.has((0,canonical/* canonicalJson */.d)(v))));
}
function provablyDisjoint(a, b, context = {}, depth = MAX_DEPTH) {
    if ((0,schema_model/* isFalseSchema */.$U)(a) || (0,schema_model/* isFalseSchema */.$U)(b))
        return true;
    const da = within((0,combinators_match/* atomsOf */.QJ)(a), context.atoms);
    const db = within((0,combinators_match/* atomsOf */.QJ)(b), context.atoms);
    if (da?.size === 0 || db?.size === 0)
        return true; // a type the context excludes: nothing valid
    if (da && db && ![...da].some((t) => db.has(t)))
        return true;
    const va = (0,combinators_match/* enumTexts */.W2)(a);
    const vb = (0,combinators_match/* enumTexts */.W2)(b);
    if (enumExcluded(a, db, vb) || enumExcluded(b, da, va))
        return true;
    const objectsOnly = (d) => d !== undefined && d.size > 0 && [...d].every((t) => t === 'object');
    if (depth > 0 && (objectsOnly(da) || objectsOnly(db))) {
        const pa = (0,schema_model/* asSchema */.mD)(a.properties) ?? {};
        const pb = (0,schema_model/* asSchema */.mD)(b.properties) ?? {};
        const required = new Set([...strings(a.required), ...strings(b.required), ...(context.required ?? [])]);
        for (const name of required) {
            const sa = (0,schema_model/* asSchema */.mD)(pa[name]);
            const sb = (0,schema_model/* asSchema */.mD)(pb[name]);
            if (sa && sb && provablyDisjoint(sa, sb, {}, depth - 1))
                return true;
        }
    }
    return false;
}
/** Every two members provably disjoint (within the node's own type). */
function pairwiseDisjoint(members, context = {}) {
    for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++)
            if (!provablyDisjoint(members[i], members[j], context))
                return false;
    }
    return true;
}
/** The first other member not provably disjoint from member `k`, or undefined. */
function firstOverlap(members, k, context = {}) {
    for (let i = 0; i < members.length; i++) {
        if (i !== k && !provablyDisjoint(members[k], members[i], context))
            return i;
    }
    return undefined;
}
function strings(v) {
    return Array.isArray(v) ? v.map(String) : [];
}

;// CONCATENATED MODULE: ./lib/evolution/families/combinators-lists.js
// allOf / anyOf / oneOf: pair the old and new members, compare each pair, report the members
// and lists gained or lost, and the switch of one combinator for another.
//
// Soundness, in the language of sets (L(allOf) = \u2229 members, L(anyOf) = \u222a members, L(oneOf) =
// values in exactly one member); each pair (old i, new j) is compared by the walker:
// - allOf, anyOf: one-to-one pairs plus reported additions/removals suffice in both directions.
// - oneOf: an old event in exactly one old member stays in exactly one new member when the new
//   members are pairwise disjoint; a new event in exactly one new member was in exactly one old
//   member when the old ones are. Unless both lists are provably disjoint, pairs are compared
//   with `exclusive` (any change inside them breaks). An added member keeps old events valid only
//   when it is provably disjoint from the other new members; a removed one keeps new events valid
//   only when it was disjoint from the other old members.
// - A node that becomes a pure list (nothing but `type` beside it), or a pure list that becomes
//   a plain node, is compared as a one-member list of the same combinator ("lifted"): X \u2261
//   anyOf[X] \u2261 oneOf[X] \u2261 allOf[X]. For allOf each member is compared with the lifted node when
//   they look alike, with the `true` schema otherwise (X \u2286 \u2229 Bj iff X \u2286 Bj for every j). An
//   anyOf or oneOf that becomes X is judged by `liftedList` instead (each old member against X).





const LISTS = ['allOf', 'anyOf', 'oneOf'];
const MEANING = { allOf: 'all', anyOf: 'at least one', oneOf: 'exactly one' };
const ADDED = { allOf: 'all-of-added', anyOf: 'any-of-added', oneOf: 'one-of-added' };
const REMOVED = {
    allOf: 'all-of-removed',
    anyOf: 'any-of-removed',
    oneOf: 'one-of-removed',
};
const where = (v) => (v.label ? `"${v.label}"` : 'the event');
const own = (v, key) => (v.label ? `${key} of "${v.label}"` : `the event's ${key}`);
function compareLists(v) {
    const oldKeys = LISTS.filter((k) => Array.isArray(v.old[k]));
    const newKeys = LISTS.filter((k) => Array.isArray(v.new[k]));
    if (oldKeys.length === 1 && newKeys.length === 1 && oldKeys[0] !== newKeys[0]) {
        compareMembers(v, listSide(v.old, oldKeys[0]), listSide(v.new, newKeys[0]));
        return;
    }
    for (const key of LISTS) {
        const inOld = oldKeys.includes(key);
        const inNew = newKeys.includes(key);
        if (inOld && inNew) {
            compareMembers(v, listSide(v.old, key), listSide(v.new, key));
        }
        else if (inNew) {
            const side = listSide(v.new, key);
            if (oldKeys.length === 0 && newKeys.length === 1 && isPure(v.new, key))
                compareMembers(v, liftedSide(v.old, key), side);
            else if (!isNoOp(side)) {
                v.emit(ADDED[key], `${where(v)} gained ${key === 'oneOf' ? 'a' : 'an'} ${key} of ${side.members.length} member(s); events must now match ${MEANING[key]} of them`, {
                    at: [key],
                    oldAt: [],
                    new: v.new[key],
                });
            }
        }
        else if (inOld) {
            const side = listSide(v.old, key);
            if (newKeys.length === 0 && oldKeys.length === 1 && isPure(v.old, key))
                compareMembers(v, side, liftedSide(v.new, key));
            else if (!isNoOp(side)) {
                v.emit(REMOVED[key], `${own(v, key)} was removed; events no longer need to match ${MEANING[key]} of its ${side.members.length} member(s)`, {
                    at: [key],
                    old: v.old[key],
                });
            }
        }
    }
}
/**
 * A pure anyOf/oneOf (nothing but `type` beside it, which the members carry: ../simplify.ts
 * writes it into them) that became a plain node X, or the reverse: judged by the members alone,
 * in place of the node's keyword-by-keyword comparison (which would read X's keywords as added to
 * or removed from the list's node). An old list: \u222a Ai \u2286 X iff every Ai \u2286 X, so each member
 * against X counts for backward; forward holds when X fits one member: the likeliest one,
 * compared both ways. A new list: X against its likeliest member, the others gained.
 */
function liftedList(v) {
    const oldKeys = LISTS.filter((k) => Array.isArray(v.old[k]));
    const newKeys = LISTS.filter((k) => Array.isArray(v.new[k]));
    const fromList = newKeys.length === 0 && oldKeys.length === 1;
    if (!fromList && !(oldKeys.length === 0 && newKeys.length === 1))
        return false;
    const node = fromList ? v.old : v.new;
    const plain = fromList ? v.new : v.old;
    const key = (fromList ? oldKeys : newKeys)[0];
    if (key === 'allOf' || !isPure(node, key))
        return false;
    const side = listSide(node, key);
    if (side.members.length === 0 ||
        (Array.isArray(node.type) && !side.members.every((m) => carriesType(m, node.type))))
        return false;
    if (!fromList) {
        // Members of disjoint types split X by type; otherwise X \u2286 one member keeps old events and the
        // other members are reported as gained (as for any list).
        if (key === 'anyOf' && coveredByMember(v, side))
            return true;
        if (!splitByType(v, side))
            compareMembers(v, liftedSide(v.old, key), side);
        return true;
    }
    const disjoint = key !== 'oneOf' || side.members.length === 1 || pairwiseDisjoint(side.members, side.context);
    const same = side.members.findIndex((m) => (0,combinators_match/* sameSchema */.Go)(m, plain));
    const best = same >= 0
        ? same
        : side.members.reduce((b, m, i) => ((0,combinators_match/* similarity */.k8)(m, plain) > (0,combinators_match/* similarity */.k8)(side.members[b], plain) ? i : b), 0);
    side.members.forEach((m, i) => v.descend(m, plain, side.at(i), [], i === best ? {} : { only: 'backward' }));
    if (!disjoint) {
        v.emit('one-of-removed', `${own(v, 'oneOf')} was removed; events matching two of its members, rejected before, may now be accepted`, { at: [], oldAt: ['oneOf'], old: v.old.oneOf });
    }
    return true;
}
/**
 * A node X that became a list of members with pairwise disjoint types (`type: [boolean, object]`
 * -> `oneOf: [{type: boolean}, {type: object, ...}]`): X \u2286 \u222a Bj iff, for each member, X's values
 * of that member's types fit it, and no type of X is left without a member. So X restricted to
 * each member's types is compared with that member (both ways: Bj \u2286 X \u2227 Tj \u2286 X); a type of X no
 * member takes is a narrowing; a member none of whose types X had is gained.
 */
function splitByType(v, side) {
    const bits = side.members.map((m) => (0,type_bits/* typesOf */.pl)(m));
    if (bits.some((b) => b === type_bits/* ANY_TYPE */.si) || bits.some((b, i) => bits.some((c, j) => i !== j && (b & c) !== 0)))
        return false;
    const had = (0,type_bits/* typesOf */.pl)(v.old); // (within its `type`: ../type-bits.ts)
    const covered = bits.reduce((a, b) => a | b, 0);
    const lost = had & ~covered;
    if (lost !== 0) {
        v.emit('type-narrowed', `${where(v)} became a ${side.key} whose members take no ${(0,type_bits/* typeList */.FQ)(lost).join(' or ')}; live events of ${lost === had ? 'its types' : 'those types'} will be rejected`, { at: [side.key], oldAt: Array.isArray(v.old.type) ? ['type'] : [], old: v.old.type, new: (0,type_bits/* typeList */.FQ)(covered) });
    }
    side.members.forEach((m, j) => {
        const shared = had & bits[j];
        if (shared === 0)
            v.emit(side.key === 'anyOf' ? 'any-of-member-added' : 'one-of-member-added', `${own(v, side.key)} member ${j} (${(0,combinators_match/* describe */.q0)(m)}) takes types ${where(v)} did not have; events it accepts were rejected before`, { at: side.at(j), oldAt: [], new: m });
        else
            v.descend({ ...v.old, type: (0,type_bits/* typeList */.FQ)(shared) }, m, [], side.at(j));
    });
    return true;
}
/**
 * X became anyOf [.., Bj, ..] where Bj constrains nothing on X's types (`{maxLength: 2}` beside
 * an object-only X): X \u2286 Bj \u2286 the list, so no old event is lost; every member is reported as
 * gained (events it accepts may be new), which is what forward needs.
 */
function coveredByMember(v, side) {
    const had = (0,type_bits/* typesOf */.pl)(v.old); // (within its `type`: ../type-bits.ts)
    if (!side.members.some((m) => (0,simplify_types/* coversTypes */.Iy)(m, had)))
        return false;
    side.members.forEach((m, j) => {
        v.emit('any-of-member-added', `${own(v, 'anyOf')} member ${j} (${(0,combinators_match/* describe */.q0)(m)}) may accept events ${where(v)} rejected before`, { at: side.at(j), oldAt: [], new: m });
    });
    return true;
}
/** Whether member `m` can hold no type outside `types` (as the simplifier worked its types out). */
function carriesType(m, types) {
    return ((0,type_bits/* typesOf */.pl)(m) & ~(0,type_bits/* bitsOfTypes */.JQ)(types)) === 0;
}
function listSide(node, key) {
    const members = node[key].map((m) => (0,schema_model/* asSchema */.mD)(m) ?? {});
    return {
        key,
        lifted: false,
        members,
        at: (i) => [key, i],
        context: { atoms: (0,combinators_match/* atomsOf */.QJ)(node), required: strings(node.required) },
    };
}
function liftedSide(node, key) {
    return { key, lifted: true, members: [node], at: () => [], context: {} };
}
/** Nothing but the list, `type` and annotations. */
function isPure(node, key) {
    return Object.keys(node).every((k) => k === key || k === 'type' || (0,combinators_match/* isInert */.ND)(k));
}
/** A list that constrains nothing: allOf of true schemas, anyOf with a true member, oneOf [true]. */
function isNoOp(side) {
    const trues = side.members.filter((m) => (0,schema_model/* isTrueSchema */.oE)(m)).length;
    if (side.key === 'allOf')
        return trues === side.members.length;
    if (side.key === 'anyOf')
        return trues > 0;
    return side.members.length === 1 && trues === 1;
}
function compareMembers(v, o, n) {
    if (o.lifted && n.key === 'allOf') {
        const node = o.members[0];
        n.members.forEach((m, j) => v.descend((0,combinators_match/* similarity */.k8)(node, m) > 0 ? node : undefined, m, [], n.at(j)));
        return;
    }
    if (n.lifted && o.key === 'allOf') {
        const node = n.members[0];
        o.members.forEach((m, i) => v.descend(m, (0,combinators_match/* similarity */.k8)(m, node) > 0 ? node : undefined, o.at(i), []));
        return;
    }
    const oldDisjoint = o.key !== 'oneOf' || pairwiseDisjoint(o.members, o.context);
    const newDisjoint = n.key !== 'oneOf' || pairwiseDisjoint(n.members, n.context);
    const { pairs, removed, added } = looserPairing(o, n) ?? (0,combinators_match/* pairMembers */.Un)(o.members, n.members);
    const exclusive = o.key === n.key && n.key === 'oneOf' && !(oldDisjoint && newDisjoint);
    for (const [i, j] of pairs)
        v.descend(o.members[i], n.members[j], o.at(i), n.at(j), exclusive ? { exclusive: true } : {});
    for (const i of removed)
        memberRemoved(v, o, n, i);
    for (const j of added)
        memberAdded(v, o, n, j);
    if (o.key !== n.key) {
        const kind = switchKind(o.key, n.key, pairs.length > 0, oldDisjoint, newDisjoint);
        if (kind)
            v.emit(kind, switchMessage(v, o.key, n.key, kind), { at: [n.key], oldAt: [o.key], old: o.key, new: n.key });
    }
}
/**
 * A node that became an anyOf, one of whose members asks a part of what the node asked (the same
 * keywords, fewer of them): paired with that member, which holds all the node held; the others
 * are members added. (Pairing by likeness could pick a stricter member and report a narrowing.)
 */
function looserPairing(o, n) {
    if (!o.lifted || n.key !== 'anyOf')
        return undefined;
    const node = o.members[0];
    const j = n.members.findIndex((m) => Object.keys(m).every((k) => (0,combinators_match/* isInert */.ND)(k) || (Object.hasOwn(node, k) && (0,combinators_match/* sameSchema */.Go)({ [k]: m[k] }, { [k]: node[k] }))));
    if (j < 0)
        return undefined;
    return { pairs: [[0, j]], removed: [], added: n.members.map((_, k) => k).filter((k) => k !== j) };
}
function memberRemoved(v, o, n, i) {
    const m = o.members[i];
    const at = [n.key];
    const detail = { at, oldAt: o.at(i), old: m };
    if (o.lifted) {
        const kind = n.key === 'anyOf' ? 'any-of-member-removed' : 'one-of-member-removed';
        v.emit(kind, `the former schema of ${where(v)} matches no member of its new ${n.key}; live events may be rejected`, detail);
        return;
    }
    const label = `${own(v, o.key)} lost member ${i} (${(0,combinators_match/* describe */.q0)(m)})`;
    if (o.key === 'allOf')
        return v.emit('all-of-member-removed', `${label}; events no longer need to match it`, detail);
    if (o.key === 'anyOf')
        return v.emit('any-of-member-removed', `${label}; live events that matched only it are now rejected`, detail);
    const k = firstOverlap(o.members, i, o.context);
    if (k === undefined)
        return v.emit('one-of-member-removed', `${label}; live events that matched it are now rejected`, detail);
    v.emit('one-of-overlapping-member-removed', `${label}, which overlapped member ${k} (${(0,combinators_match/* describe */.q0)(o.members[k])}); live events that matched only it are now rejected, and events matching both, rejected before, are now accepted`, detail);
}
function memberAdded(v, o, n, j) {
    const m = n.members[j];
    const detail = { at: n.at(j), oldAt: o.lifted ? [] : [o.key], new: m };
    if (n.lifted) {
        const kind = o.key === 'anyOf' ? 'any-of-member-added' : 'one-of-member-added';
        v.emit(kind, `the new schema of ${where(v)} matches no member of its former ${o.key}; it accepts events that were rejected before`, detail);
        return;
    }
    const label = `${own(v, n.key)} gained member ${j} (${(0,combinators_match/* describe */.q0)(m)})`;
    if (n.key === 'allOf')
        return v.emit('all-of-member-added', `${label}; events must now match it too`, detail);
    if (n.key === 'anyOf')
        return v.emit('any-of-member-added', `${label}; events it accepts were rejected before`, detail);
    const k = firstOverlap(n.members, j, n.context);
    if (k === undefined)
        return v.emit('one-of-member-added', `${label}, disjoint from the other members; events it accepts were rejected before`, detail);
    v.emit('one-of-overlapping-member-added', `${label} that overlaps member ${k} (${(0,combinators_match/* describe */.q0)(n.members[k])}): no distinct type or discriminator tells them apart, and a live event matching both would now be rejected`, detail);
}
/**
 * The effect of replacing one combinator by another over paired members (undefined: none beyond
 * the member changes). Widened/narrowed need at least one compared pair: \u2229A \u2286 Ai \u2286 Bj \u2286 \u222aB.
 */
function switchKind(from, to, paired, oldDisjoint, newDisjoint) {
    switch (`${from}>${to}`) {
        case 'allOf>anyOf':
            return paired ? 'combinator-widened' : 'combinator-changed';
        case 'anyOf>allOf':
            return paired ? 'combinator-narrowed' : 'combinator-changed';
        case 'anyOf>oneOf':
            return newDisjoint ? undefined : 'combinator-narrowed';
        case 'oneOf>anyOf':
            return oldDisjoint ? undefined : 'combinator-widened';
        case 'allOf>oneOf':
            return newDisjoint && paired ? 'combinator-widened' : 'combinator-changed';
        default: // oneOf>allOf
            return oldDisjoint && paired ? 'combinator-narrowed' : 'combinator-changed';
    }
}
function switchMessage(v, from, to, kind) {
    const head = `${own(v, from)} became ${to}`;
    if (kind === 'combinator-widened')
        return `${head}: events need to match ${MEANING[to]} of the members instead of ${MEANING[from]}, so more events are accepted`;
    if (kind === 'combinator-narrowed')
        return `${head}: events need to match ${MEANING[to]} of the members instead of ${MEANING[from]}, so some live events are rejected`;
    return `${head}; the effect cannot be proven wider or narrower`;
}


/***/ }),

/***/ 64805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ sameSchema),
/* harmony export */   ND: () => (/* binding */ isInert),
/* harmony export */   QJ: () => (/* binding */ atomsOf),
/* harmony export */   Un: () => (/* binding */ pairMembers),
/* harmony export */   W2: () => (/* binding */ enumTexts),
/* harmony export */   k8: () => (/* binding */ similarity),
/* harmony export */   ps: () => (/* binding */ atomOf),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33413);
/* harmony import */ var _core_json_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36334);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38325);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
// Structure of normalised schemas for the combinators family: exact structural equality (a
// bisimulation, so `$ref` cycles terminate), depth-bounded fingerprints, short descriptions for
// messages, and the pairing of old and new members of an allOf/anyOf/oneOf list.
// Pairing only decides which members are compared with which: any one-to-one pairing is sound,
// because every pair is then compared by the walker and every unpaired member is reported.




const SHAPES = {
    not: 'one',
    if: 'one',
    then: 'one',
    else: 'one',
    additionalProperties: 'one',
    propertyNames: 'one',
    additionalItems: 'one',
    contains: 'one',
    allOf: 'list',
    anyOf: 'list',
    oneOf: 'list',
    properties: 'map',
    patternProperties: 'map',
    items: 'items',
    dependencies: 'deps',
};
const shapeOf = (key) => SHAPES[key] ?? 'data';
/** Keywords that never affect validity (annotations and vendor extensions). */
function isInert(key) {
    return !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .affectsValidation */ .Qe)(key);
}
function keysOf(s) {
    return Object.keys(s)
        .filter((k) => !isInert(k))
        .sort();
}
/**
 * The subschemas under one keyword value, as [path, schema] pairs, and the remaining plain data
 * (compared as JSON). Paths keep list positions and map names, so two values correspond entry
 * by entry.
 */
function split(key, value) {
    const shape = shapeOf(key);
    const subs = [];
    const one = (path, v) => {
        const s = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v);
        if (s)
            subs.push([path, s]);
        return s ? '\u00a7' : v;
    };
    if (shape === 'data')
        return { subs, data: value };
    if (shape === 'one')
        return { subs, data: one('', value) };
    if (shape === 'list' || (shape === 'items' && Array.isArray(value))) {
        return Array.isArray(value) ? { subs, data: value.map((v, i) => one(String(i), v)) } : { subs, data: value };
    }
    if (shape === 'items')
        return { subs, data: one('', value) };
    const map = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(value);
    if (!map)
        return { subs, data: value };
    const data = {};
    for (const name of Object.keys(map).sort()) {
        const v = map[name];
        data[name] = shape === 'deps' && Array.isArray(v) ? v : one(name, v);
    }
    return { subs, data };
}
/**
 * Exact structural equality of two normalised schemas, annotations ignored. Co-inductive (pairs
 * already under comparison are assumed equal), so cyclic graphs terminate; beyond `budget` node
 * pairs the answer is a conservative `false`.
 */
function sameSchema(a, b, budget = 5000) {
    const assumed = new Map();
    const stack = [[a, b]];
    while (stack.length > 0) {
        const [x, y] = stack.pop();
        if (x === y)
            continue;
        let seen = assumed.get(x);
        if (!seen)
            assumed.set(x, (seen = new Set()));
        if (seen.has(y))
            continue;
        seen.add(y);
        if (--budget < 0)
            return false;
        const kx = keysOf(x);
        const ky = keysOf(y);
        if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i]))
            return false;
        for (const key of kx) {
            const sx = split(key, x[key]);
            const sy = split(key, y[key]);
            if (sx.subs.length !== sy.subs.length || (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(sx.data) !== (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(sy.data))
                return false;
            for (let i = 0; i < sx.subs.length; i++) {
                const [px, cx] = sx.subs[i];
                const [py, cy] = sy.subs[i];
                if (px !== py)
                    return false;
                stack.push([cx, cy]);
            }
        }
    }
    return true;
}
const FP_DEPTH = 4;
const FP_NODES = 400;
const fingerprints = new WeakMap();
/**
 * A structural fingerprint, annotations ignored, bounded in depth and size (so cheap on cyclic
 * graphs). Equal schemas have equal fingerprints; the converse is likely, not certain \u2014 used only
 * to pair members, never to decide compatibility.
 */
function fingerprint(s) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memo */ .p)(fingerprints, s, computeFingerprint);
}
function computeFingerprint(s) {
    let room = FP_NODES;
    const render = (node, depth) => {
        if (depth === 0 || --room < 0)
            return '\u2026';
        const parts = keysOf(node).map((key) => {
            const { subs, data } = split(key, node[key]);
            const inner = subs.map(([path, sub]) => `${path}=${render(sub, depth - 1)}`).join(';');
            return `${key}:${(0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(data)}${inner ? `<${inner}>` : ''}`;
        });
        return `{${parts.join(',')}}`;
    };
    return render(s, FP_DEPTH);
}
/** A short rendering for messages: the member's own keywords, nested schemas elided. */
function describe(s) {
    const parts = keysOf(s).map((key) => {
        const value = s[key];
        // Show the normalised forms as written: one type as a string, a one-value enum as const.
        if (key === 'type' && Array.isArray(value) && value.length === 1)
            return `"type":${JSON.stringify(value[0])}`;
        if (key === 'enum' && Array.isArray(value) && value.length === 1)
            return `"const":${JSON.stringify(value[0])}`;
        const { subs, data } = split(key, value);
        return `${JSON.stringify(key)}:${subs.length > 0 ? '{\u2026}' : JSON.stringify(data)}`;
    });
    const text = `{${parts.join(',')}}`;
    return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
/** The domain atom of a JSON value (integer and fraction are the two parts of number). */
function atomOf(value) {
    const type = (0,_core_json_type_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonTypeOf */ .W)(value) ?? typeof value;
    return type === 'number' ? 'fraction' : type;
}
/** The JSON value domain of a type list, with integer \u2282 number split into integer + fraction. */
function atomsOf(s) {
    const types = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(s);
    if (!types)
        return undefined;
    const out = new Set();
    for (const t of types) {
        if (t === 'number')
            out.add('integer').add('fraction');
        else
            out.add(t);
    }
    return out;
}
/** Canonical texts of a schema's `enum` values, or undefined without an enum. */
function enumTexts(s) {
    return s && Array.isArray(s.enum) ? new Set(s.enum.map(_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)) : undefined;
}
const featureCache = new WeakMap();
function features(s) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memo */ .p)(featureCache, s, computeFeatures);
}
function computeFeatures(s) {
    const props = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(s.properties) ?? {};
    const tags = new Map();
    for (const [name, sub] of Object.entries(props)) {
        const values = enumTexts((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(sub));
        if (values)
            tags.set(name, values);
    }
    return {
        types: Array.isArray(s.type) ? s.type.join(',') : undefined,
        atoms: atomsOf(s),
        required: new Set(Array.isArray(s.required) ? s.required.map(String) : []),
        props: new Set(Object.keys(props)),
        tags,
        values: enumTexts(s),
    };
}
const overlaps = (a, b) => [...a].some((x) => b.has(x));
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
/** How alike two members look: > 0 similar, < 0 unlikely to be the same member, -Infinity never. */
function similarity(a, b) {
    const fa = features(a);
    const fb = features(b);
    if (fa.atoms && fb.atoms && !overlaps(fa.atoms, fb.atoms))
        return -Infinity;
    let score = 0;
    if (fa.types !== undefined && fa.types === fb.types)
        score += 2;
    else if (fa.atoms && fb.atoms)
        score += 1;
    for (const [name, values] of fa.tags) {
        const other = fb.tags.get(name);
        if (!other)
            continue;
        score += sameSet(values, other) ? 4 : overlaps(values, other) ? 1 : -5;
    }
    if (fa.required.size > 0 && sameSet(fa.required, fb.required))
        score += 1;
    const union = new Set([...fa.props, ...fb.props]);
    if (union.size > 0)
        score += (3 * [...fa.props].filter((p) => fb.props.has(p)).length) / union.size;
    if (fa.values && fb.values)
        score += sameSet(fa.values, fb.values) ? 3 : overlaps(fa.values, fb.values) ? 1 : -2;
    return score;
}
/**
 * Pair old and new members one to one: identical ones first (same position preferred), then the
 * most similar, then the remaining ones in order where they are not unlike. O(m\u00b7n) comparisons.
 */
function pairMembers(olds, news) {
    const oldFree = new Set(olds.keys());
    const newFree = new Set(news.keys());
    const pairs = [];
    const take = (i, j) => {
        pairs.push([i, j]);
        oldFree.delete(i);
        newFree.delete(j);
    };
    const oldFp = olds.map(fingerprint);
    const newFp = news.map(fingerprint);
    for (const j of [...newFree]) {
        if (oldFree.has(j) && oldFp[j] === newFp[j] && sameSchema(olds[j], news[j]))
            take(j, j);
    }
    for (const j of [...newFree]) {
        const i = [...oldFree].find((i) => oldFp[i] === newFp[j] && sameSchema(olds[i], news[j]));
        if (i !== undefined)
            take(i, j);
    }
    const scored = [];
    for (const i of oldFree)
        for (const j of newFree)
            scored.push([similarity(olds[i], news[j]), i, j]);
    scored.sort((a, b) => b[0] - a[0] || Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]) || a[1] - b[1]);
    for (const [score, i, j] of scored)
        if (score > 0 && oldFree.has(i) && newFree.has(j))
            take(i, j);
    const restOld = [...oldFree].sort((a, b) => a - b);
    const restNew = [...newFree].sort((a, b) => a - b);
    for (let k = 0; k < Math.min(restOld.length, restNew.length); k++) {
        const i = restOld[k];
        const j = restNew[k];
        if (similarity(olds[i], news[j]) >= 0)
            take(i, j);
    }
    return {
        pairs: pairs.sort((a, b) => a[1] - b[1]),
        removed: [...oldFree].sort((a, b) => a - b),
        added: [...newFree].sort((a, b) => a - b),
    };
}


/***/ }),

/***/ 35201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ compareNot),
/* harmony export */   ZZ: () => (/* binding */ compareCombinators),
/* harmony export */   oR: () => (/* binding */ combinatorsKeywords),
/* harmony export */   sx: () => (/* binding */ compareConditional)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38325);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
/* harmony import */ var _combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23759);
/* harmony import */ var _combinators_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64805);
/* harmony import */ var _simplify_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97714);
// The combinators keyword family: allOf, anyOf, oneOf (./combinators-lists.ts, with member
// pairing in ./combinators-match.ts and provable disjointness in ./combinators-disjoint.ts),
// `not`, and the conditional if/then/else. A schema is the conjunction of its keywords, so each
// keyword is judged on its own: its language widening or narrowing widens or narrows the node.






/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const combinatorsKeywords = [..._combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .LISTS */ .m5, 'not', 'if', 'then', 'else'];
function compareCombinators(v) {
    (0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .compareLists */ .tM)(v);
    compareNot(v);
    compareConditional(v);
}
/**
 * `not`: L(not X) is the complement of L(X), so a change inside X counts the other way round \u2014
 * the walker's `negate` swaps the directions for everything below.
 */
function compareNot(v) {
    const o = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.old.not);
    const n = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.new.not);
    if (o && n) {
        // Inside a non-disjoint oneOf branch any change must break (the branch must stay equivalent),
        // whatever the parity of `not`s: a `negate` descent would drop that `exclusive` flag, and the
        // exclusive verdict (backward && forward) is the same either way, so keep it instead.
        v.descend(o, n, ['not'], ['not'], v.exclusive ? {} : { negate: true });
    }
    else if (n && !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(n)) {
        // A `not` of types no live value has rejects none of them (and only narrows).
        if (((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(n) & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(v.old)) === 0)
            return;
        v.emit('not-added', `${(0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(v)} gained a "not" (${(0,_combinators_match_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(n)}); events matching it are now rejected`, {
            at: ['not'],
            oldAt: [],
            new: n,
        });
    }
    else if (o && !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(o)) {
        if (((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(o) & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(v.new)) === 0)
            return; // it excluded no value the new node can hold
        v.emit('not-removed', `the "not" of ${(0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(v)} (${(0,_combinators_match_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(o)}) was removed; events it excluded are now accepted`, { at: ['not'], old: o });
    }
}
/**
 * if/then/else: L = (I \u2227 T) \u2228 (\u00acI \u2227 E), `then`/`else` defaulting to true; without `if` they have
 * no effect. With the same condition (up to annotations) the branches are compared as usual; a
 * conditional added (removed) is judged by its branches against the old (new) node; any other
 * change of the condition is not analysed (`if-changed`, breaking both ways).
 */
function compareConditional(v) {
    const oldIf = effectiveIf(v.old);
    const newIf = effectiveIf(v.new);
    if (!oldIf && !newIf)
        return;
    if (newIf && !oldIf) {
        v.emit('if-added', `${(0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(v)} gained a conditional (if/then/else); its branches are compared with the former schema`, { at: ['if'], oldAt: [], new: newIf });
        // L(old) \u2286 (I \u2227 T) \u2228 (\u00acI \u2227 E) when old's values of I's types fit T and old fits E: each branch
        // against the old node, for backward only (a conjunct added never breaks forward).
        v.descend(withTypes(v.old, newIf), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.new.then), [], ['then'], { only: 'backward' });
        v.descend(v.old, (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.new.else), [], ['else'], { only: 'backward' });
    }
    else if (oldIf && !newIf) {
        v.emit('if-removed', `the conditional (if/then/else) of ${(0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(v)} was removed; its branches are compared with the new schema`, { at: ['if'], old: oldIf });
        // The reverse: the new node against each old branch, for forward only.
        v.descend((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.old.then), withTypes(v.new, oldIf), ['then'], [], { only: 'forward' });
        v.descend((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.old.else), v.new, ['else'], [], { only: 'forward' });
    }
    else if (oldIf && newIf && (0,_combinators_match_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSchema */ .Go)(oldIf, newIf)) {
        // Only values of the types `if` can match reach `then`; values of a type `if` matches whole never reach `else`.
        const [toThen, toElse] = [(0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(oldIf), _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_TYPE */ .si & ~typesHeld(oldIf)];
        v.descend(restricted((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.old.then), toThen), restricted((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.new.then), toThen), ['then']);
        v.descend(restricted((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.old.else), toElse), restricted((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(v.new.else), toElse), ['else']);
    }
    else {
        v.emit('if-changed', `the "if" condition of ${(0,_combinators_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(v)} changed (${(0,_combinators_match_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(oldIf)} -> ${(0,_combinators_match_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(newIf)}); its then/else branches now apply to different events`, {
            at: ['if'],
            old: oldIf,
            new: newIf,
        });
    }
}
/** The types every value of which `s` accepts. */
function typesHeld(s) {
    let bits = 0;
    for (let bit = 1; bit <= _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_TYPE */ .si; bit <<= 1)
        if ((0,_simplify_types_js__WEBPACK_IMPORTED_MODULE_4__/* .coversTypes */ .Iy)(s, bit))
            bits |= bit;
    return bits;
}
/**
 * Restricted branches by node and types: one node each, so a walk around a cycle meets the same
 * pair again and stops.
 */
const RESTRICTED = new WeakMap();
const TRUE = Object.freeze({});
/**
 * A branch seen by the values of types `bits` only (undefined, the `true` schema, stays so when no
 * type is left out).
 */
function restricted(branch, bits) {
    if (bits === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_TYPE */ .si)
        return branch;
    const node = branch ?? TRUE;
    const byBits = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_5__/* .memo */ .p)(RESTRICTED, node, () => new Map());
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_5__/* .memo */ .p)(byBits, bits, () => restrictedCopy(node, bits));
}
function restrictedCopy(node, bits) {
    const out = { ...node, type: (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typeList */ .FQ)((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(node) & bits) };
    // Listed values of the other types never reach it either.
    if (Array.isArray(node.enum))
        out.enum = node.enum.filter((x) => ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(x) & bits) !== 0);
    if ('const' in node && ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(node.const) & bits) === 0)
        return { not: {} };
    return out;
}
/** `node` restricted to the types `cond` can match (the values that can reach `then`). */
function withTypes(node, cond) {
    return restricted(node, (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(cond));
}
/** The `if` of a node when its conditional constrains anything (a `then` or `else` that is not `true`). */
function effectiveIf(node) {
    const cond = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(node.if);
    if (!cond)
        return undefined;
    return (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(node.then)) && (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(node.else)) ? undefined : cond;
}


/***/ }),

/***/ 69744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ listValues),
/* harmony export */   RB: () => (/* binding */ enumKey),
/* harmony export */   en: () => (/* binding */ compareEnums),
/* harmony export */   jd: () => (/* binding */ enumsKeywords),
/* harmony export */   m0: () => (/* binding */ finiteValues)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33413);
/* harmony import */ var _core_json_type_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36334);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42373);
// The enums keyword family: `enum` (and `const`, which normalisation turns into a one-value
// enum). Values are compared by canonical JSON (object key order is irrelevant), with Sets, so a
// 100,000-value enum costs linear time.
//
// `enum` applies to every type, but a value of a JSON type that one of the two schemas does not
// allow is the type family's business: an event that breaks because of the enum is valid under
// both `type`s, so only values allowed by both are compared (sound, and no double counting of
// e.g. `[string, null]` -> `string` with `null` dropped from the enum).





/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const enumsKeywords = ['enum', 'const'];
/**
 * Where the allowed values are written: `const` normalises to a one-value `enum`, but findings
 * point at what the file says.
 */
const enumKey = (s) => ('const' in s ? 'const' : 'enum');
const keyOf = enumKey;
/** How many values a message shows before "and N more". */
const SHOWN = 5;
function compareEnums(v) {
    if (v.old.enum === v.new.enum)
        return;
    // A side without an enum whose values are few anyway (only null and booleans) lists them.
    const before = v.old.enum ?? (v.new.enum !== undefined ? finiteValues(v.old) : undefined);
    const after = v.new.enum ?? (v.old.enum !== undefined ? finiteValues(v.new) : undefined);
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .b)(v);
    if ((before !== undefined && !Array.isArray(before)) || (after !== undefined && !Array.isArray(after))) {
        if ((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(before) === (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(after))
            return;
        v.emit('keyword-changed', `keyword "enum" of ${where} changed to or from a value that is not a list; its effect is not analysed, so it is treated as breaking`, {
            at: after === undefined ? [] : [keyOf(v.new)],
            oldAt: before === undefined ? [] : [keyOf(v.old)],
            old: before,
            new: after,
        });
        return;
    }
    if (before === undefined) {
        const values = after;
        const what = values.length === 0
            ? 'an empty list of allowed values (nothing validates)'
            : `${count(values.length)} (${listValues(values)})`;
        v.emit('enum-added', `${where} is now restricted to ${what}; other live values will be rejected`, {
            at: [keyOf(v.new)],
            oldAt: [],
            new: after,
        });
        return;
    }
    if (after === undefined) {
        v.emit('enum-removed', `the list of allowed values of ${where} was removed; consumers on the old schema may reject values outside it`, {
            at: [],
            oldAt: [keyOf(v.old)],
            old: before,
        });
        return;
    }
    if (sameList(before, after))
        return;
    const allowed = sharedTypes(v);
    const oldValues = new ValueSet(before, allowed);
    const newValues = new ValueSet(after, allowed);
    const removed = oldValues.missingFrom(newValues);
    const added = newValues.missingFrom(oldValues);
    if (removed.length === 0 && added.length === 0)
        return;
    const detail = { at: [keyOf(v.new)], oldAt: [keyOf(v.old)], old: before, new: after };
    if (added.length === 0) {
        v.emit('enum-narrowed', `allowed values of ${where} narrowed: ${listValues(removed)} removed; live events carrying ${removed.length === 1 ? 'it' : 'them'} will be rejected`, detail);
    }
    else if (removed.length === 0) {
        v.emit('enum-extended', `allowed values of ${where} extended: ${listValues(added)} added; consumers on the old schema may reject ${added.length === 1 ? 'it' : 'them'}`, detail);
    }
    else {
        v.emit('enum-changed', `allowed values of ${where} changed: ${listValues(removed)} removed and ${listValues(added)} added; live events with a removed value will be rejected`, detail);
    }
}
/** Every value a node can hold, when they are only null and booleans (undefined otherwise). */
function finiteValues(node) {
    const bits = (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(node);
    if (bits === 0 || (bits & ~(_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq | _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOLEAN */ .Jx)) !== 0)
        return undefined;
    return [...((bits & _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq) !== 0 ? [null] : []), ...((bits & _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOLEAN */ .Jx) !== 0 ? [false, true] : [])];
}
/**
 * The distinct values of an enum under JSON equality: strings and numbers in native Sets (no
 * serialisation: the common 100,000-string enum costs two passes), everything else by canonical
 * JSON (objects regardless of key order).
 */
class ValueSet {
    strings = new Set();
    numbers = new Set();
    others = new Map();
    constructor(values, allowed) {
        for (const value of values) {
            if (allowed && !allowed((0,_core_json_type_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonTypeOf */ .W)(value) ?? 'object'))
                continue;
            // Sets compare numbers by SameValueZero: 0 and -0 are one value, as in JSON.
            if (typeof value === 'string')
                this.strings.add(value);
            else if (typeof value === 'number')
                this.numbers.add(value);
            else
                this.others.set((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(value), value);
        }
    }
    /** The values of this set that `other` lacks: strings, then numbers, then the rest, each in first-seen order. */
    missingFrom(other) {
        const out = [];
        for (const s of this.strings)
            if (!other.strings.has(s))
                out.push(s);
        for (const n of this.numbers)
            if (!other.numbers.has(n))
                out.push(n);
        for (const [key, value] of this.others)
            if (!other.others.has(key))
                out.push(value);
        return out;
    }
}
/** Cheap exit for the common case of an unchanged list of primitives. */
function sameList(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        if (x !== b[i] || (x !== null && typeof x === 'object'))
            return false;
    }
    return true;
}
/** A filter for values whose type both schemas allow; undefined when neither restricts the type. */
function sharedTypes(v) {
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(v.old) && !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(v.new))
        return undefined;
    // Decided once per type, not per value: a 100,000-value enum must stay cheap.
    const shared = new Set(_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_TYPES */ .J_.filter((t) => (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(v.old, t) && (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(v.new, t)));
    return (t) => shared.has(t);
}
function listValues(values) {
    const shown = values.slice(0, SHOWN).map(brief).join(', ');
    return values.length > SHOWN ? `${shown} and ${values.length - SHOWN} more` : shown;
}
function brief(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function count(n) {
    return n === 1 ? '1 allowed value' : `${n} allowed values`;
}


/***/ }),

/***/ 76088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ compareMultipleOf),
/* harmony export */   S$: () => (/* binding */ compareNumbers),
/* harmony export */   o9: () => (/* binding */ compareBound),
/* harmony export */   pA: () => (/* binding */ numbersKeywords)
/* harmony export */ });
/* unused harmony export isMultiple */
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42373);
// The numbers keyword family: the effective upper bound (maximum / exclusiveMaximum), the
// effective lower bound (minimum / exclusiveMinimum) and multipleOf. Compared only when both
// schemas allow numbers; when one does not, the change of `type` is the whole story.
//
// Why effective bounds: `maximum` and `exclusiveMaximum` together are one constraint (the
// tighter of the two), so `maximum: 10` -> `exclusiveMaximum: 10` is one narrowing, not a
// removal plus an addition. Why integers matter: an event that breaks because of a bound is
// valid under both `type`s (otherwise the type family reports it), so when either schema allows
// only integers the bounds are compared on integers, where `< 11` and `<= 10` are the same.


/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const numbersKeywords = [
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'multipleOf',
];
function compareNumbers(v) {
    const o = v.old;
    const n = v.new;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .eitherUses */ .GA)(o, n, numbersKeywords))
        return;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(o, 'integer') || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(n, 'integer'))
        return;
    const integers = !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(o, 'number') || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(n, 'number');
    compareBound(v, UPPER, integers);
    compareBound(v, LOWER, integers);
    compareMultipleOf(v);
}
const UPPER = {
    inclusive: 'maximum',
    exclusive: 'exclusiveMaximum',
    dir: 1,
    kinds: {
        added: 'maximum-added',
        removed: 'maximum-removed',
        looser: 'maximum-increased',
        tighter: 'maximum-decreased',
        restated: 'maximum-restated',
    },
    words: { looser: 'increased', tighter: 'decreased', outside: 'larger' },
};
const LOWER = {
    inclusive: 'minimum',
    exclusive: 'exclusiveMinimum',
    dir: -1,
    kinds: {
        added: 'minimum-added',
        removed: 'minimum-removed',
        looser: 'minimum-decreased',
        tighter: 'minimum-increased',
        restated: 'minimum-restated',
    },
    words: { looser: 'decreased', tighter: 'increased', outside: 'smaller' },
};
function compareBound(v, side, integers) {
    const oi = v.old[side.inclusive];
    const oe = v.old[side.exclusive];
    const ni = v.new[side.inclusive];
    const ne = v.new[side.exclusive];
    if (oi === ni && oe === ne)
        return;
    if (![oi, oe, ni, ne].every(validBound)) {
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unanalysed */ .p)(v, side.inclusive);
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unanalysed */ .p)(v, side.exclusive);
        return;
    }
    const before = effective(v.old, side, integers);
    const after = effective(v.new, side, integers);
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .subject */ .b)(v);
    if (!before && !after)
        return;
    if (!before) {
        const b = after;
        v.emit(side.kinds.added, `${b.key} ${b.raw} added to ${where}; ${side.words.outside} live values will be rejected`, { at: [b.key], oldAt: [], new: b.raw });
        return;
    }
    if (!after) {
        v.emit(side.kinds.removed, `${before.key} ${before.raw} of ${where} removed; consumers on the old schema may reject ${side.words.outside} values`, {
            at: [],
            oldAt: [before.key],
            old: before.raw,
        });
        return;
    }
    const detail = { at: [after.key], oldAt: [before.key], old: before.raw, new: after.raw };
    const range = `from ${show(before, side)} to ${show(after, side)}`;
    if (before.value === after.value && before.open === after.open) {
        const what = integers ? 'integers' : 'values';
        v.emit(side.kinds.restated, `${side.inclusive} of ${where} rewritten ${range}; the same ${what} are allowed`, detail);
    }
    else if (looser(after, before, side)) {
        v.emit(side.kinds.looser, `${side.inclusive} of ${where} ${side.words.looser} ${range}; consumers on the old schema may reject the ${side.words.outside} values`, detail);
    }
    else {
        v.emit(side.kinds.tighter, `${side.inclusive} of ${where} ${side.words.tighter} ${range}; ${side.words.outside} live values will be rejected`, detail);
    }
}
/** The tighter of the inclusive and the exclusive keyword, or undefined when neither is present. */
function effective(s, side, integers) {
    const inc = s[side.inclusive];
    const exc = s[side.exclusive];
    const a = inc === undefined ? undefined : normalise(inc, false, side, integers);
    const b = exc === undefined ? undefined : normalise(exc, true, side, integers);
    if (!a)
        return b;
    if (!b)
        return a;
    // On a tie the exclusive keyword is the one that binds.
    return looser(a, b, side) ? b : looser(b, a, side) ? a : b;
}
/**
 * The bound as a half-line. On integers an inclusive bound at the nearest integer inside is
 * equivalent (`< 11` = `<= 10`, `<= 10.5` = `<= 10`); only where that integer is exactly
 * representable, so a huge bound is kept as written (still a correct half-line, just less tidy).
 */
function normalise(raw, open, side, integers) {
    const key = open ? side.exclusive : side.inclusive;
    if (!integers || !Number.isFinite(raw))
        return { value: raw, open, key, raw };
    const inward = side.dir === 1 ? Math.floor : Math.ceil;
    if (!Number.isInteger(raw))
        return { value: inward(raw), open: false, key, raw };
    if (!open)
        return { value: raw, open: false, key, raw };
    if (Number.isSafeInteger(raw))
        return { value: raw - side.dir, open: false, key, raw };
    return { value: raw, open: true, key, raw };
}
/** True when bound `a` allows a strict superset of what `b` allows. */
function looser(a, b, side) {
    if (a.value !== b.value)
        return side.dir === 1 ? a.value > b.value : a.value < b.value;
    return !a.open && b.open;
}
function show(b, side) {
    const op = side.dir === 1 ? '<' : '>';
    return `${op}${b.key === side.exclusive ? '' : '='} ${b.raw}`;
}
function validBound(x) {
    return x === undefined || (typeof x === 'number' && !Number.isNaN(x));
}
// ---- multipleOf ----------------------------------------------------------------------------
function compareMultipleOf(v) {
    const rawBefore = v.old.multipleOf;
    const rawAfter = v.new.multipleOf;
    if (rawBefore === rawAfter)
        return;
    const valid = (x) => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x > 0);
    if (!valid(rawBefore) || !valid(rawAfter))
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unanalysed */ .p)(v, 'multipleOf');
    // Integers are multiples of 1: against a side that allows fractions and has a multipleOf, an
    // integer-only side counts as multipleOf 1 (so {type: integer} = {type: number, multipleOf: 1}).
    const before = effectiveMultipleOf(v.old, rawBefore, rawAfter !== undefined && !integerOnly(v.new));
    const after = effectiveMultipleOf(v.new, rawAfter, rawBefore !== undefined && !integerOnly(v.old));
    if (before === after)
        return;
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .subject */ .b)(v);
    if (before === undefined) {
        v.emit('multiple-of-added', `multipleOf ${after} added to ${where}; live values that are not multiples of ${after} will be rejected`, {
            at: ['multipleOf'],
            oldAt: [],
            new: after,
        });
        return;
    }
    if (after === undefined) {
        v.emit('multiple-of-removed', `multipleOf ${before} of ${where} removed; consumers on the old schema may reject values that are not multiples of ${before}`, {
            at: [],
            oldAt: ['multipleOf'],
            old: before,
        });
        return;
    }
    const detail = {
        at: rawAfter === undefined ? ['type'] : ['multipleOf'],
        oldAt: rawBefore === undefined ? ['type'] : ['multipleOf'],
        old: before,
        new: after,
    };
    const b = before;
    const a = after;
    if (isMultiple(a, b)) {
        v.emit('multiple-of-expanded', `multipleOf of ${where} changed from ${b} to ${a}, a multiple of it; live multiples of ${b} that are not multiples of ${a} will be rejected`, detail);
    }
    else if (isMultiple(b, a)) {
        v.emit('multiple-of-reduced', `multipleOf of ${where} changed from ${b} to ${a}, a divisor of it; consumers on the old schema may reject the finer values`, detail);
    }
    else {
        v.emit('multiple-of-changed', `multipleOf of ${where} changed from ${b} to ${a}, neither a multiple nor a divisor of it; values may be valid under one and rejected by the other`, detail);
    }
}
/**
 * The multipleOf a side holds to, integers counted as multiples of 1 (`implicit`: also without a
 * multipleOf of its own).
 */
function effectiveMultipleOf(s, raw, implicit) {
    if (!integerOnly(s))
        return raw;
    if (raw === undefined)
        return implicit ? 1 : undefined;
    // On integers, a multipleOf that divides 1 (0.5, 0.25) allows every integer.
    return isMultiple(1, raw) ? 1 : raw;
}
/** The only numbers the side's `type` allows are integers. */
function integerOnly(s) {
    const types = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(s);
    return types !== undefined && types.has('integer') && !types.has('number');
}
/**
 * A positive finite number as an exact decimal, mantissa * 10^exponent: an integer as its exact
 * value (String(2 ** 60) drops digits), a fraction from its shortest round-trip text (0.1, not
 * the binary 0.1000000000000000055...), which is the number as the schema wrote it.
 */
function decimal(x) {
    if (Number.isInteger(x))
        return { m: BigInt(x), e: 0 };
    const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
    if (!match)
        throw new Error(`not a positive decimal: ${x}`);
    const frac = match[2] ?? '';
    return { m: BigInt(match[1] + frac), e: Number(match[3] ?? 0) - frac.length };
}
/**
 * True when `a / b` is an integer, in exact decimal arithmetic on the numbers as written (so
 * 0.3 is a multiple of 0.1, although 0.3 / 0.1 is 2.9999999999999996 in binary floating point).
 */
function isMultiple(a, b) {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b))
        return a % b === 0;
    const x = decimal(a);
    const y = decimal(b);
    const shift = x.e - y.e;
    return shift >= 0 ? (x.m * 10n ** BigInt(shift)) % y.m === 0n : x.m % (y.m * 10n ** BigInt(-shift)) === 0n;
}


/***/ }),

/***/ 12098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ propertyName),
/* harmony export */   DM: () => (/* binding */ modelOf),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Nj: () => (/* binding */ undeclaredConjuncts),
/* harmony export */   Qm: () => (/* binding */ malformed),
/* harmony export */   eJ: () => (/* binding */ patternMatches),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   my: () => (/* binding */ isCount),
/* harmony export */   qp: () => (/* binding */ nodeName),
/* harmony export */   s: () => (/* binding */ patternsMayOverlap)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33413);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38325);
/* harmony import */ var _lint_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18986);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73510);
// Content models shared by the objects and arrays families. The effective schema of a property
// name (or of an array position) is a conjunction of subschemas: `properties[N]` and every
// `patternProperties` regex matching N, or \u2014 when neither applies \u2014 `additionalProperties`
// (absent: the true schema, the model is open; `false`: closed; a schema: partially open).




const OPEN = { model: 'open' };
const CLOSED = { model: 'closed' };
/** Classify a conjunction: any `false` conjunct closes it; `true` conjuncts drop out; none left = open. */
function classify(conjuncts) {
    let partial;
    for (const c of conjuncts) {
        if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isFalseSchema */ .$U)(c.schema))
            return CLOSED;
        if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrueSchema */ .oE)(c.schema))
            (partial ??= []).push(c);
    }
    return partial ? { model: 'partial', conjuncts: partial } : OPEN;
}
/** The model of one optional subschema (`undefined` = the true schema). */
function modelOf(s, at) {
    return s === undefined ? OPEN : classify([{ schema: s, at }]);
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * Conjuncts other than `properties[name]` that apply to `name` in `s`: the matching pattern
 * schemas, or `additionalProperties` when no pattern matches (none at all when it is absent).
 */
function undeclaredConjuncts(s, name) {
    const pp = s.patternProperties;
    const out = [];
    if (isMap(pp)) {
        for (const src of Object.keys(pp))
            if (patternMatches(src, name))
                out.push({ schema: pp[src], at: ['patternProperties', src] });
    }
    if (out.length > 0)
        return out;
    const ap = s.additionalProperties;
    return isMap(ap) ? [{ schema: ap, at: ['additionalProperties'] }] : [];
}
// --- patternProperties regexes: compiled once per source, never per node pair -----------------
const MAX_CACHED = 10_000;
const compiled = new Map();
const prefixes = new Map();
function regexOf(src) {
    // Never run a regex the ReDoS authority did not clear.
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedMemo */ .S)(compiled, src, MAX_CACHED, (s) => ((0,_lint_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .regexCleared */ .mm)(s) ? compile(s) : null));
}
function compile(src) {
    try {
        return new RegExp(src, 'u'); // ajv compiles patterns with the unicode flag
    }
    catch {
        try {
            return new RegExp(src);
        }
        catch {
            return null;
        }
    }
}
/** Does the pattern match the name? A pattern that does not compile is assumed to (conservative). */
function patternMatches(src, name) {
    const re = regexOf(src);
    return re === null || re.test(name);
}
/**
 * Could some name match both patterns? Only decided (as "no") for anchored literal prefixes that
 * diverge, like `^x-` and `^y-`; everything else may overlap.
 */
function patternsMayOverlap(a, b) {
    const pa = literalPrefix(a);
    const pb = literalPrefix(b);
    if (pa === null || pb === null)
        return true;
    return pa.startsWith(pb) || pb.startsWith(pa);
}
const META = new Set(['\\', '.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$']);
const OPTIONAL = new Set(['*', '?', '{']);
/** The literal text every match of an anchored pattern starts with; null when unknown. */
function literalPrefix(src) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedMemo */ .S)(prefixes, src, MAX_CACHED, readPrefix);
}
function readPrefix(src) {
    if (!src.startsWith('^') || src.includes('|'))
        return null;
    let out = '';
    for (let i = 1; i < src.length; i++) {
        const c = src[i];
        if (META.has(c)) {
            if (OPTIONAL.has(c))
                out = out.slice(0, -1); // the previous character may be absent
            break;
        }
        out += c;
    }
    return out;
}
// --- shared helpers ---------------------------------------------------------------------------
/** `"customer"` or `the event` for the node itself. */
function nodeName(v) {
    return v.label ? `"${v.label}"` : 'the event';
}
/** `"customer.tier"` for a property of the node. */
function propertyName(v, name) {
    return `"${v.label ? `${v.label}.` : ''}${name}"`;
}
/**
 * Keywords whose value is not of the draft-07 shape: reported as `keyword-changed` (conservatively
 * breaking) when they differ, and skipped by the family either way. Returns the keywords to skip.
 */
function malformed(v, checks) {
    let out;
    for (const key of Object.keys(checks)) {
        const ok = checks[key];
        const before = v.old[key];
        const after = v.new[key];
        if ((before === undefined || ok(before)) && (after === undefined || ok(after)))
            continue;
        (out ??= new Set()).add(key);
        if ((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(before) === (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(after))
            continue;
        v.emit('keyword-changed', `keyword "${key}" of ${nodeName(v)} has a value that is not valid draft-07; the change is treated as breaking`, {
            at: [key],
            old: before,
            new: after,
        });
    }
    return out;
}
const isCount = (x) => typeof x === 'number' && Number.isFinite(x);


/***/ }),

/***/ 18564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ comparePatterns),
/* harmony export */   fv: () => (/* binding */ patternAdded),
/* harmony export */   lF: () => (/* binding */ patternRemoved)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _objects_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12098);
// patternProperties: a regex in both schemas is compared directly. A regex on one side only
// changes the effective schema of every name it matches, so it is compared with what those names
// got on the other side: declared properties it matches, other regexes it may overlap (decided
// conservatively: only diverging anchored literal prefixes are known disjoint), and \u2014 for names
// no other regex captures \u2014 additionalProperties, which gives the kind its content model.


function comparePatterns(v, oPP, nPP, oP, nP) {
    if (oPP) {
        for (const src of Object.keys(oPP)) {
            if (nPP && Object.hasOwn(nPP, src))
                v.descend(oPP[src], nPP[src], ['patternProperties', src]);
            else
                patternRemoved(v, src, oPP[src], nPP, nP);
        }
    }
    if (nPP) {
        for (const src of Object.keys(nPP))
            if (!oPP || !Object.hasOwn(oPP, src))
                patternAdded(v, src, nPP[src], oPP, oP);
    }
}
function patternAdded(v, src, schema, oPP, oP) {
    const at = ['patternProperties', src];
    const unconstrained = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(schema);
    if (!unconstrained) {
        // Old events carried these names with values valid under their old schemas: those must fit.
        // (Backward only: new events meet the new regex's schema on top of what the other pairs compare.)
        const only = { only: 'backward' };
        if (oP)
            for (const name of Object.keys(oP))
                if ((0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .patternMatches */ .eJ)(src, name))
                    v.descend(oP[name], schema, ['properties', name], at, only);
        if (oPP)
            for (const other of Object.keys(oPP))
                if (other !== src && (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .patternsMayOverlap */ .s)(other, src))
                    v.descend(oPP[other], schema, ['patternProperties', other], at, only);
    }
    const ap = v.old.additionalProperties;
    const model = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(ap, ['additionalProperties']);
    const re = `/${src}/`;
    switch (model.model) {
        case 'open':
            if (!unconstrained)
                v.emit('property-pattern-added-to-open-content-model', `patternProperties ${re} was added to ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; the schema was open, so live events may carry matching names with values the new schema rejects`, { at, new: src });
            break;
        case 'closed':
            v.emit('property-pattern-added-to-closed-content-model', `patternProperties ${re} was added to ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; consumers on the live (closed) schema reject events carrying matching names`, { at, new: src });
            break;
        case 'partial':
            v.emit('property-pattern-added-to-partially-open-content-model', `patternProperties ${re} was added to ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; matching names were allowed by the additionalProperties schema, which is compared with it`, { at, new: src });
            v.descend(ap, schema, ['additionalProperties'], at);
            break;
    }
}
function patternRemoved(v, src, schema, nPP, nP) {
    const at = ['patternProperties', src];
    const unconstrained = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(schema);
    if (!unconstrained) {
        // New events may carry these names with values valid under their new schemas: those must fit
        // the old regex's schema. (Forward only: live events met the old regex's schema on top of what
        // the other pairs compare.)
        const only = { only: 'forward' };
        if (nP)
            for (const name of Object.keys(nP))
                if ((0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .patternMatches */ .eJ)(src, name))
                    v.descend(schema, nP[name], at, ['properties', name], only);
        if (nPP)
            for (const other of Object.keys(nPP))
                if (other !== src && (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .patternsMayOverlap */ .s)(other, src))
                    v.descend(schema, nPP[other], at, ['patternProperties', other], only);
    }
    const ap = v.new.additionalProperties;
    const model = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .DM)(ap, ['additionalProperties']);
    const re = `/${src}/`;
    const detail = { at, oldAt: at, old: src };
    switch (model.model) {
        case 'open':
            if (!unconstrained)
                v.emit('property-pattern-removed-from-open-content-model', `patternProperties ${re} was removed from ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; the schema is open, so matching names are still accepted but no longer checked`, detail);
            break;
        case 'closed':
            v.emit('property-pattern-removed-from-closed-content-model', `patternProperties ${re} was removed from ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; the schema is closed, so live events carrying matching names will be rejected`, detail);
            break;
        case 'partial':
            v.emit('property-pattern-removed-to-partially-open-content-model', `patternProperties ${re} was removed from ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeName */ .qp)(v)}; matching names now fall under the additionalProperties schema, which is compared with it`, detail);
            v.descend(schema, ap, at, ['additionalProperties']);
            break;
    }
}


/***/ }),

/***/ 61594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ compareDeclared),
/* harmony export */   rq: () => (/* binding */ removed),
/* harmony export */   vN: () => (/* binding */ added)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _simplify_reach_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19920);
/* harmony import */ var _objects_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12098);
// Declared properties and `required`: each name's effective schema in the old and the new content
// model (see ./objects-model.ts). A name declared in both is compared directly; a name declared
// on one side only is judged by the content model it moves into or out of, and compared with
// every non-trivial conjunct of that model. Pattern schemas matching a declared name are covered
// by ./objects-patterns.ts.



const CLOSED = { model: 'closed' };
/** The schema of a name its node rules out: in effect, `false`. */
const FALSE = Object.freeze({ not: {} });
function compareDeclared(v, oP, nP, oReq, nReq) {
    /** Names whose change of `required` the added/removed kind already states. */
    const stated = new Set();
    if (oP) {
        for (const name of Object.keys(oP)) {
            if (nP && Object.hasOwn(nP, name))
                v.descend(oP[name], nP[name], ['properties', name]);
            else if (removed(v, name, oP[name], oReq, nReq))
                stated.add(name);
        }
    }
    if (nP) {
        for (const name of Object.keys(nP)) {
            if (oP && Object.hasOwn(oP, name))
                continue;
            if (added(v, name, nP[name], oReq, nReq))
                stated.add(name);
        }
    }
    for (const name of nReq) {
        if (oReq.has(name) || stated.has(name))
            continue;
        const sub = nP && Object.hasOwn(nP, name) ? nP[name] : undefined;
        if (sub && 'default' in sub) {
            v.emit('required-added-with-default', `property ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyName */ .Bz)(v, name)} became required; its default is not filled in by validation, so live events without it will be rejected`, { at: ['required'], new: name });
        }
        else {
            v.emit('required-added', `property ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyName */ .Bz)(v, name)} became required; live events without it will be rejected`, { at: ['required'], new: name });
        }
    }
    for (const name of oReq) {
        if (nReq.has(name) || stated.has(name))
            continue;
        v.emit('required-removed', `property ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyName */ .Bz)(v, name)} is no longer required; consumers on the live schema reject events without it`, { at: ['required'], old: name });
    }
}
/** A property declared only in the new schema. Returns true when its kind states the `required` change. */
function added(v, name, sub, oReq, nReq) {
    const what = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyName */ .Bz)(v, name);
    const at = ['properties', name];
    const detail = { at, new: name };
    const becameRequired = nReq.has(name) && !oReq.has(name);
    // A name the old node rules out (its dependencies, propertyNames, maxProperties, ...) was never
    // carried: closed to it.
    const model = (0,_simplify_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .neverHolds */ .p)(v.old, name) ? CLOSED : (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L8)((0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .undeclaredConjuncts */ .Nj)(v.old, name));
    if ((0,_simplify_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .neverHolds */ .p)(v.new, name))
        sub = FALSE;
    switch (model.model) {
        case 'open':
            if (becameRequired)
                v.emit('required-property-added-to-open-content-model', `required property ${what} was added; live events without it will be rejected`, detail);
            else if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(sub))
                v.emit('unconstrained-property-added-to-open-content-model', `property ${what} was declared without constraints; the schema was open, so validation is unchanged`, detail);
            else
                v.emit('property-added-to-open-content-model', `property ${what} was added; the schema was open, so live events may already carry it with values the new schema rejects`, detail);
            break;
        case 'closed':
            if (becameRequired)
                v.emit('required-property-added-to-closed-content-model', `required property ${what} was added; live events never carry it and will be rejected`, detail);
            else if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(sub))
                v.emit('forbidden-property-added-to-closed-content-model', `property ${what} was declared with the false schema; the schema was closed, so validation is unchanged`, detail);
            else
                v.emit('optional-property-added-to-closed-content-model', `optional property ${what} was added; consumers on the live (closed) schema reject events carrying it`, detail);
            break;
        case 'partial':
            if (becameRequired)
                v.emit('required-property-added-to-partially-open-content-model', `required property ${what} was added; live events without it will be rejected`, detail);
            else
                v.emit('property-added-to-partially-open-content-model', `property ${what} was added where other properties were already allowed by a schema; its schema is compared with that one`, detail);
            for (const c of model.conjuncts)
                v.descend(c.schema, sub, c.at, at);
            break;
    }
    return becameRequired;
}
/** A property declared only in the old schema. Returns true when its kind states the `required` change. */
function removed(v, name, sub, oReq, nReq) {
    const what = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyName */ .Bz)(v, name);
    const at = ['properties', name];
    const detail = { at, oldAt: at, old: name };
    const wasRequired = oReq.has(name) && !nReq.has(name);
    const model = (0,_simplify_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .neverHolds */ .p)(v.new, name) ? CLOSED : (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L8)((0,_objects_model_js__WEBPACK_IMPORTED_MODULE_2__/* .undeclaredConjuncts */ .Nj)(v.new, name));
    if ((0,_simplify_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .neverHolds */ .p)(v.old, name))
        sub = FALSE;
    switch (model.model) {
        case 'closed':
            if (wasRequired)
                v.emit('property-removed-required-from-closed-content-model', `required property ${what} was removed; the schema is closed, so every live event (all carry it) will be rejected`, detail);
            else if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(sub))
                v.emit('property-removed-forbidden-from-closed-content-model', `property ${what}, declared with the false schema, was removed; the schema is closed, so validation is unchanged`, detail);
            else
                v.emit('property-removed-from-closed-content-model', `property ${what} was removed; the schema is closed, so live events carrying it will be rejected`, detail);
            break;
        case 'open':
            if (!wasRequired && (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(sub))
                v.emit('property-removed-unconstrained-from-open-content-model', `unconstrained property ${what} was removed; the schema is open, so validation is unchanged`, detail);
            else
                v.emit('property-removed-from-open-content-model', `property ${what} was removed; the schema is open, so it is still accepted but no longer checked`, detail);
            break;
        case 'partial':
            if (wasRequired)
                v.emit('property-removed-required-to-partially-open-content-model', `required property ${what} was removed; it now falls under the schema for other properties and is no longer required`, detail);
            else
                v.emit('property-removed-to-partially-open-content-model', `property ${what} was removed; it now falls under the schema for other properties, which is compared with its old schema`, detail);
            for (const c of model.conjuncts)
                v.descend(sub, c.schema, at, c.at);
            break;
    }
    return wasRequired;
}


/***/ }),

/***/ 84642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ compareAdditional),
/* harmony export */   Dj: () => (/* binding */ compareDependencies),
/* harmony export */   Gq: () => (/* binding */ compareObjects),
/* harmony export */   Nh: () => (/* binding */ compareCount),
/* harmony export */   dp: () => (/* binding */ comparePropertyNames),
/* harmony export */   nW: () => (/* binding */ objectsKeywords)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38325);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
/* harmony import */ var _objects_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18564);
/* harmony import */ var _objects_properties_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61594);
/* harmony import */ var _objects_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12098);
// The objects keyword family: properties, required, additionalProperties, patternProperties,
// dependencies, propertyNames, minProperties, maxProperties. Compared only when both schemas
// allow objects (otherwise the `type` family has reported the difference). Every subschema these
// keywords hold constrains objects monotonically, so subschema pairs are descended into with the
// same polarity.






/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const objectsKeywords = [
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'dependencies',
    'propertyNames',
    'minProperties',
    'maxProperties',
];
const SHAPES = {
    properties: _objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh,
    patternProperties: _objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh,
    dependencies: _objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh,
    required: (x) => Array.isArray(x) && x.every((n) => typeof n === 'string'),
    minProperties: _objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isCount */ .my,
    maxProperties: _objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isCount */ .my,
};
const EMPTY = new Set();
function compareObjects(v) {
    const o = v.old;
    const n = v.new;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .eitherUses */ .GA)(o, n, objectsKeywords))
        return;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(o, 'object') || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(n, 'object'))
        return;
    const skip = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .malformed */ .Qm)(v, SHAPES);
    const map = (s, key) => (skip?.has(key) ? undefined : s[key]);
    const oP = map(o, 'properties');
    const nP = map(n, 'properties');
    const oReq = skip?.has('required') || !o.required ? EMPTY : new Set(o.required);
    const nReq = skip?.has('required') || !n.required ? EMPTY : new Set(n.required);
    if (oP || nP || oReq.size > 0 || nReq.size > 0)
        (0,_objects_properties_js__WEBPACK_IMPORTED_MODULE_3__/* .compareDeclared */ .Mm)(v, oP, nP, oReq, nReq);
    const oPP = map(o, 'patternProperties');
    const nPP = map(n, 'patternProperties');
    if (oPP || nPP)
        (0,_objects_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .comparePatterns */ .$u)(v, oPP, nPP, oP, nP);
    compareAdditional(v);
    if (!skip?.has('dependencies'))
        compareDependencies(v, map(o, 'dependencies'), map(n, 'dependencies'));
    comparePropertyNames(v);
    if (!skip?.has('minProperties'))
        compareCount(v, 'minProperties', 'min');
    if (!skip?.has('maxProperties'))
        compareCount(v, 'maxProperties', 'max');
}
/** additionalProperties, for names no declaration or regex captures on either side. */
function compareAdditional(v) {
    const before = v.old.additionalProperties;
    const after = v.new.additionalProperties;
    if (before === after)
        return;
    const at = ['additionalProperties'];
    const o = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .modelOf */ .DM)(before, at).model;
    const n = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .modelOf */ .DM)(after, at).model;
    if (o === 'closed' && n === 'closed')
        return;
    if (n === 'closed') {
        v.emit('content-model-closed', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeName */ .qp)(v)} no longer allows additional properties; live events carrying undeclared properties will be rejected`, { at, oldAt: before ? at : [] });
    }
    else if (o === 'closed') {
        v.emit('content-model-opened', `${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeName */ .qp)(v)} now allows additional properties; consumers on the live (closed) schema reject events carrying them`, { at: after ? at : [], oldAt: at });
    }
    else if (o === 'partial' || n === 'partial') {
        v.descend(before, after, at);
    }
}
function compareDependencies(v, before, after) {
    if (!before && !after)
        return;
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    for (const key of keys) {
        const a = effectiveDependency(before, key);
        const b = effectiveDependency(after, key);
        if (a === b || (a === undefined && b === undefined))
            continue;
        const at = ['dependencies', key];
        const when = `when ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .propertyName */ .Bz)(v, key)} is present`;
        if (a === undefined) {
            if (Array.isArray(b))
                v.emit('dependency-array-added', `${when}, ${list(b)} must now be present too; live events without them will be rejected`, { at, oldAt: [], new: b });
            else
                v.emit('dependency-schema-added', `${when}, the event must now also match a dependency schema; live events may not`, { at, oldAt: [] });
        }
        else if (b === undefined) {
            if (Array.isArray(a))
                v.emit('dependency-array-removed', `${when}, ${list(a)} no longer need to be present; consumers on the live schema require them`, { at: [], oldAt: at, old: a });
            else
                v.emit('dependency-schema-removed', `${when}, the event no longer has to match the dependency schema; consumers on the live schema require it`, { at: [], oldAt: at });
        }
        else if (Array.isArray(a) && Array.isArray(b)) {
            const gained = b.filter((x) => !a.includes(x));
            const lost = a.filter((x) => !b.includes(x));
            if (gained.length > 0 && lost.length > 0) {
                v.emit('dependency-array-changed', `${when}, the properties that must be present changed from ${list(a)} to ${list(b)}`, { at, old: a, new: b });
            }
            else if (gained.length > 0) {
                v.emit('dependency-array-extended', `${when}, ${list(gained)} must now be present too; live events without them will be rejected`, { at, old: a, new: b });
            }
            else if (lost.length > 0) {
                v.emit('dependency-array-narrowed', `${when}, ${list(lost)} no longer need to be present; consumers on the live schema require them`, { at, old: a, new: b });
            }
        }
        else if (!Array.isArray(a) && !Array.isArray(b)) {
            v.descend(a, b, at);
        }
        else {
            // A property list means the same as a schema requiring those properties: compare as schemas.
            v.emit('dependency-form-changed', `the dependency ${when} changed between a property list and a schema; the two are compared as schemas`, { at });
            v.descend(asDependencySchema(a), asDependencySchema(b), at);
        }
    }
}
/** A dependency that constrains something: a non-empty list or a non-trivial schema; else undefined. */
function effectiveDependency(deps, key) {
    if (!deps || !Object.hasOwn(deps, key))
        return undefined;
    const d = deps[key];
    if (Array.isArray(d))
        return d.length > 0 ? d : undefined;
    return (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(d) && !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(d) ? d : undefined;
}
const listSchemas = new WeakMap();
/**
 * `[a, b]` as the schema `{type: object, required: [a, b]}` (a dependency only ever applies to
 * objects: the normaliser writes that `type` into dependency schemas too), one object per list
 * (the walker keys pairs by identity).
 */
function asDependencySchema(d) {
    if (!Array.isArray(d))
        return d;
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_5__/* .memo */ .p)(listSchemas, d, (required) => {
        const s = { type: ['object'], required };
        (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .rememberTypes */ .HK)(s, _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv);
        return s;
    });
}
function list(names) {
    return names.map((x) => `"${x}"`).join(', ');
}
function comparePropertyNames(v) {
    const trivial = (s) => s === undefined || (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(s);
    const before = v.old.propertyNames;
    const after = v.new.propertyNames;
    if (before === after || (trivial(before) && trivial(after)))
        return;
    const at = ['propertyNames'];
    if (trivial(before)) {
        const what = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(after) ? 'propertyNames: false (only empty objects)' : 'a propertyNames schema';
        v.emit('property-names-added', `${what} was added to ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeName */ .qp)(v)}; live events with other property names will be rejected`, { at, oldAt: [] });
    }
    else if (trivial(after)) {
        v.emit('property-names-removed', `the propertyNames schema of ${(0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeName */ .qp)(v)} was removed; consumers on the live schema reject other property names`, { at: [], oldAt: at });
    }
    else {
        v.descend(before, after, at);
    }
}
function requiredCount(node) {
    return Array.isArray(node.required) ? new Set(node.required.map(String)).size : 0;
}
/**
 * Most properties an object under `node` can hold: its declared names when nothing else is allowed
 * (Infinity otherwise).
 */
function closedCount(node) {
    if (node.additionalProperties === undefined || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(node.additionalProperties))
        return Infinity;
    const patterns = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(node.patternProperties) ? Object.values(node.patternProperties) : [];
    if (patterns.some((s) => !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(s)))
        return Infinity;
    const props = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(node.properties) ? Object.values(node.properties) : [];
    return props.filter((s) => !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(s)).length;
}
/** minProperties / maxProperties (minProperties: 0 is normalised away). */
function compareCount(v, key, bound) {
    const a = v.old[key];
    const b = v.new[key];
    if (a === b)
        return;
    const where = (0,_objects_model_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeName */ .qp)(v);
    // A minimum the other side's required names already meet changes nothing that direction (their
    // own change is the required family's): a raised one no live event falls below, a lowered one no new event.
    if (bound === 'min' &&
        ((b ?? 0) > (a ?? 0)
            ? (b ?? 0) <= Math.max(a ?? 0, requiredCount(v.old))
            : (a ?? 0) <= Math.max(b ?? 0, requiredCount(v.new))))
        return;
    // A maximum the other side's closed content model already keeps to changes nothing that direction.
    if (bound === 'max' &&
        ((a ?? Infinity) > (b ?? Infinity) ? closedCount(v.old) <= (b ?? Infinity) : closedCount(v.new) <= (a ?? Infinity)))
        return;
    if (bound === 'min') {
        if (a === undefined)
            v.emit('min-properties-added', `minProperties ${b} added to ${where}; live events with fewer properties will be rejected`, { at: [key], oldAt: [], new: b });
        else if (b === undefined)
            v.emit('min-properties-removed', `minProperties ${a} of ${where} removed; consumers on the live schema reject events with fewer properties`, { at: [], oldAt: [key], old: a });
        else if (b > a)
            v.emit('min-properties-increased', `minProperties of ${where} increased from ${a} to ${b}; live events with fewer properties will be rejected`, { at: [key], old: a, new: b });
        else
            v.emit('min-properties-decreased', `minProperties of ${where} decreased from ${a} to ${b}; consumers on the live schema reject events with fewer properties`, { at: [key], old: a, new: b });
    }
    else {
        if (a === undefined)
            v.emit('max-properties-added', `maxProperties ${b} added to ${where}; live events with more properties will be rejected`, { at: [key], oldAt: [], new: b });
        else if (b === undefined)
            v.emit('max-properties-removed', `maxProperties ${a} of ${where} removed; consumers on the live schema reject events with more properties`, { at: [], oldAt: [key], old: a });
        else if (b < a)
            v.emit('max-properties-decreased', `maxProperties of ${where} decreased from ${a} to ${b}; live events with more properties will be rejected`, { at: [key], old: a, new: b });
        else
            v.emit('max-properties-increased', `maxProperties of ${where} increased from ${a} to ${b}; consumers on the live schema reject events with more properties`, { at: [key], old: a, new: b });
    }
}


/***/ }),

/***/ 59700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeOtherKeywords)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33413);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
// The catch-all family. A keyword that cannot make an event invalid \u2014 a draft-07 annotation
// (title, $id, contentEncoding, ...) or a keyword draft-07 does not define at all (a typo such as
// `maxLenght`, OpenAPI's `nullable`, draft-04's `id`: validators ignore it) \u2014 is reported as
// `annotation-changed`, never breaking. Vendor extensions (x-*: the platform's are judged by
// ../platform.ts) and cxoneVersion (../version.ts) are skipped. An asserting keyword no family
// models would be judged conservatively as breaking both ways; every draft-07 asserting keyword
// is modelled today, so that branch is a guard for the vocabulary growing ahead of the families.


function makeOtherKeywords(modelled) {
    return (v) => {
        const keys = new Set([...Object.keys(v.old), ...Object.keys(v.new)]);
        for (const key of keys) {
            if (modelled.has(key) || (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlatformKeyword */ .r3)(key))
                continue;
            const before = v.old[key];
            const after = v.new[key];
            if ((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(before) === (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(after))
                continue;
            const where = v.label ? ` of "${v.label}"` : '';
            const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
            if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .affectsValidation */ .Qe)(key)) {
                v.emit('annotation-changed', `${key}${where} ${what}`, { at: [key], old: before, new: after });
            }
            else {
                v.emit('keyword-changed', `keyword "${key}"${where} ${what}; its effect is not analysed, so it is treated as breaking`, {
                    at: [key],
                    old: before,
                    new: after,
                });
            }
        }
    };
}


/***/ }),

/***/ 42373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ subject),
/* harmony export */   p: () => (/* binding */ unanalysed)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33413);
// Helpers every keyword family uses the same way.

/** How messages name the node: `"customer.tier"`, or `the event` for the root. */
function subject(v) {
    return v.label ? `"${v.label}"` : 'the event';
}
/** A keyword with a value draft-07 does not define: its effect is unknown, so judge it conservatively. */
function unanalysed(v, key) {
    const before = v.old[key];
    const after = v.new[key];
    if ((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(before) === (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(after))
        return;
    v.emit('keyword-changed', `keyword "${key}" of ${subject(v)} changed to or from a value that is not valid draft-07; its effect is not analysed, so it is treated as breaking`, {
        at: after === undefined ? [] : [key],
        oldAt: before === undefined ? [] : [key],
        old: before,
        new: after,
    });
}


/***/ }),

/***/ 66004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ comparePatterns),
/* harmony export */   EU: () => (/* binding */ compareMaxLength),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   UD: () => (/* binding */ compareMinLength),
/* harmony export */   lC: () => (/* binding */ stringsKeywords),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42373);
/* harmony import */ var _witness_regex_language_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35853);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71854);
// The strings keyword family: maxLength, minLength, pattern and format. These keywords only
// constrain strings, so they are compared only when both schemas allow strings; when one does
// not, the change of `type` is the whole story (and the type family reports it).




/** Keywords this family compares (the catch-all family reports changes of any other keyword). */
const stringsKeywords = ['maxLength', 'minLength', 'pattern', 'format'];
function compareStrings(v) {
    const o = v.old;
    const n = v.new;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .eitherUses */ .GA)(o, n, stringsKeywords))
        return;
    if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(o, 'string') || !(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsType */ .$c)(n, 'string'))
        return;
    compareMaxLength(v);
    compareMinLength(v);
    compareText(v, 'pattern');
    compareText(v, 'format');
}
function compareMaxLength(v) {
    const before = v.old.maxLength;
    const after = v.new.maxLength;
    if (before === after)
        return;
    if (!validLength(before) || !validLength(after))
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .unanalysed */ .p)(v, 'maxLength');
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .subject */ .b)(v);
    if (before === undefined) {
        v.emit('max-length-added', `maxLength ${after} added to ${where}; longer live values will be rejected`, {
            at: ['maxLength'],
            oldAt: [],
            new: after,
        });
    }
    else if (after === undefined) {
        v.emit('max-length-removed', `maxLength ${before} of ${where} removed; consumers on the old schema may reject longer values`, {
            at: [],
            oldAt: ['maxLength'],
            old: before,
        });
    }
    else if (after > before) {
        v.emit('max-length-increased', `maxLength of ${where} increased from ${before} to ${after}; consumers on the old schema may reject the longer values`, {
            at: ['maxLength'],
            old: before,
            new: after,
        });
    }
    else {
        v.emit('max-length-decreased', `maxLength of ${where} decreased from ${before} to ${after}; longer live values will be rejected`, {
            at: ['maxLength'],
            old: before,
            new: after,
        });
    }
}
function compareMinLength(v) {
    const before = v.old.minLength;
    const after = v.new.minLength;
    if (before === after)
        return;
    if (!validLength(before) || !validLength(after))
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .unanalysed */ .p)(v, 'minLength');
    // minLength: 0 is dropped by normalisation; an explicit 0 here would still mean "no minimum".
    const b = before ?? 0;
    const a = after ?? 0;
    if (a === b)
        return;
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .subject */ .b)(v);
    if (b === 0) {
        v.emit('min-length-added', `minLength ${a} added to ${where}; shorter live values will be rejected`, {
            at: ['minLength'],
            oldAt: [],
            new: after,
        });
    }
    else if (a === 0) {
        v.emit('min-length-removed', `minLength ${b} of ${where} removed; consumers on the old schema may reject shorter values`, {
            at: after === undefined ? [] : ['minLength'],
            oldAt: ['minLength'],
            old: before,
            ...(after === undefined ? {} : { new: after }),
        });
    }
    else if (a > b) {
        v.emit('min-length-increased', `minLength of ${where} increased from ${b} to ${a}; shorter live values will be rejected`, {
            at: ['minLength'],
            old: before,
            new: after,
        });
    }
    else {
        v.emit('min-length-decreased', `minLength of ${where} decreased from ${b} to ${a}; consumers on the old schema may reject the shorter values`, {
            at: ['minLength'],
            old: before,
            new: after,
        });
    }
}
function compareText(v, key) {
    const before = v.old[key];
    const after = v.new[key];
    if (before === after)
        return;
    if ((before !== undefined && typeof before !== 'string') || (after !== undefined && typeof after !== 'string'))
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .unanalysed */ .p)(v, key);
    const show = (s) => (key === 'pattern' ? `/${s}/` : JSON.stringify(s));
    const where = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .subject */ .b)(v);
    if (before === undefined) {
        const tail = key === 'pattern'
            ? 'live values not matching it will be rejected'
            : 'live values not in that format will be rejected';
        v.emit(`${key}-added`, `${key} ${show(after)} added to ${where}; ${tail}`, {
            at: [key],
            oldAt: [],
            new: after,
        });
    }
    else if (after === undefined) {
        v.emit(`${key}-removed`, `${key} ${show(before)} of ${where} removed; consumers on the old schema may reject values it used to exclude`, {
            at: [],
            oldAt: [key],
            old: before,
        });
    }
    else if (key === 'pattern' && comparePatterns(v, before, after, where)) {
        return;
    }
    else {
        v.emit(`${key}-changed`, `${key} of ${where} changed from ${show(before)} to ${show(after)}; a value may be valid under one and rejected by the other`, {
            at: [key],
            old: before,
            new: after,
        });
    }
}
/** A length limit we can reason about: absent, or a non-negative integer. */
function validLength(x) {
    return x === undefined || (typeof x === 'number' && Number.isInteger(x) && x >= 0);
}
/**
 * A changed pattern judged by the strings it accepts, when one side lists them (./witness/
 * regex-language.ts): a wider or narrower pattern, or the same strings (no change). False: not
 * proven either way (reported as `pattern-changed`).
 */
function comparePatterns(v, before, after, where) {
    const widens = patternWithin(before, after);
    const narrows = patternWithin(after, before);
    if (widens && narrows)
        return true;
    if (!widens && !narrows)
        return false;
    const [kind, tail] = widens
        ? [
            'pattern-widened',
            'every value the old one accepts still matches, and new ones do, which consumers on the old schema may reject',
        ]
        : [
            'pattern-narrowed',
            'every value it accepts matched the old one, but some live values no longer match',
        ];
    v.emit(kind, `pattern of ${where} changed from /${before}/ to /${after}/: ${tail}`, {
        at: ['pattern'],
        old: before,
        new: after,
    });
    return true;
}
/**
 * Whether every string `from` accepts matches `to`: true only when proven (`from` lists its
 * strings, each checked by both patterns).
 */
function patternWithin(from, to) {
    // Read from the tree first: clearing a pattern of catastrophic backtracking (regex()) may cost seconds.
    const words = (0,_witness_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .patternWords */ .GV)(from);
    if (words === undefined)
        return false;
    const [reFrom, reTo] = [(0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(from), (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(to)];
    // Patterns not cleared are never run (regex() is null then).
    if (reFrom === null || reTo === null)
        return false;
    // The list is read from the pattern's tree: each string is checked against the pattern itself too.
    return words.every((w) => reFrom.test(w) && reTo.test(w));
}


/***/ }),

/***/ 52215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ compareTypes)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _combinators_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64805);
// The `type` keyword: compare the sets of JSON values the two type lists allow (integer \u2282 number),
// as narrowed by `enum` (a type none of the enum's values has is no type the node holds).
// `number` with a positive integer `multipleOf` allows integers only, so `{type: integer}` and
// `{type: number, multipleOf: 1}` allow the same values (when both sides say `number`, a
// change of multipleOf is the numbers family's to judge).


const ALL = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
function compareTypes(v) {
    const oldTypes = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(v.old);
    const newTypes = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .typesOf */ .pl)(v.new);
    // Without `type` on either side, what `enum` allows is the enums family's to judge.
    if (!oldTypes && !newTypes)
        return;
    const o = domain(oldTypes, v.old.enum);
    const n = domain(newTypes, v.new.enum);
    if (o.has('fraction') !== n.has('fraction')) {
        if (integral(v.old.multipleOf))
            o.delete('fraction');
        if (integral(v.new.multipleOf))
            n.delete('fraction');
    }
    const lost = [...o].filter((t) => !n.has(t));
    const gained = [...n].filter((t) => !o.has(t));
    if (lost.length === 0 && gained.length === 0)
        return;
    const kind = lost.length === 0 ? 'type-extended' : gained.length === 0 ? 'type-narrowed' : 'type-changed';
    const show = (t, e, d) => !t
        ? Array.isArray(e)
            ? `the types of its enum (${[...d].join(', ')})`
            : 'any type'
        : t.size === 1
            ? JSON.stringify([...t][0])
            : JSON.stringify([...t]);
    const where = v.label ? `"${v.label}"` : 'the event';
    v.emit(kind, `type of ${where} changed from ${show(oldTypes, v.old.enum, o)} to ${show(newTypes, v.new.enum, n)}`, {
        at: newTypes ? ['type'] : [],
        oldAt: oldTypes ? ['type'] : [],
        old: v.old.type,
        new: v.new.type,
    });
}
/**
 * The value domain as a set of atomic types (number = integer + non-integer numbers): those of
 * `type`, and of the `enum` values when there is an enum ({type: string} and {type: string, enum:
 * [a]} hold the same types; the values are the enums family's).
 */
function domain(types, values) {
    const out = new Set();
    for (const t of types ?? ALL) {
        if (t === 'number')
            out.add('integer').add('fraction');
        else
            out.add(t);
    }
    if (!Array.isArray(values))
        return out;
    const held = new Set(values.map(_combinators_match_js__WEBPACK_IMPORTED_MODULE_1__/* .atomOf */ .ps));
    for (const t of out)
        if (!held.has(t))
            out.delete(t);
    return out;
}
/** A positive integer multipleOf: only integers can be multiples of it. */
function integral(m) {
    return typeof m === 'number' && Number.isInteger(m) && m > 0;
}


/***/ }),

/***/ 59399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ KINDS)
});

;// CONCATENATED MODULE: ./lib/evolution/kinds/kind.js
// A change kind is data: what it means and whether it keeps events valid in each direction.
//   backward: every event valid under the OLD schema stays valid under the NEW one
//   forward:  every event valid under the NEW schema was valid under the OLD one
// Policies are columns computed from these two facts (see ../policy.ts); the additive policy
// (the platform's own rule) may be stricter for a kind, said here in `additive`. A kind is also a
// rule (../rules.ts builds its Rule from these facts): it names the function that emits it and its test.
function defineKinds(kinds) {
    return kinds;
}

// EXTERNAL MODULE: ./lib/evolution/families/arrays.js
var arrays = __webpack_require__(18050);
;// CONCATENATED MODULE: ./lib/evolution/kinds/arrays.js
// Change kinds of the arrays keyword family (see ../families/arrays.ts). The effective schema of
// an array position is its tuple entry `items[i]`, or beyond the tuple the tail: `additionalItems`
// (absent = an open content model, `false` = closed, a schema = partially open), or the single
// `items` schema. Tuple entries added and removed are judged by the tail they replace.


const arr = (extra) => ({ type: 'array', ...extra });
const str = { type: 'string' };
const arrays_int = { type: 'integer' };
const arraysKinds = defineKinds({
    'item-added-to-open-content-model': {
        raisedBy: () => arrays/* itemAdded */.i6,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'A tuple entry was added where any value was allowed (no `additionalItems`): live arrays may carry other values there.',
        example: { old: arr({ items: [str] }), new: arr({ items: [str, arrays_int] }) },
        fix: 'Close the tuple first (`additionalItems: false`) or leave the new position unconstrained.',
        note: 'Not reported when the new entry is itself unconstrained: nothing changes then.',
    },
    'item-added-to-closed-content-model': {
        raisedBy: () => arrays/* itemAdded */.i6,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'A tuple entry was added where no further items were allowed (`additionalItems: false`): live arrays are never that long.',
        note: 'Not reported when the new entry is the false schema: nothing changes then.',
        example: {
            old: arr({ items: [str], additionalItems: false }),
            new: arr({ items: [str, arrays_int], additionalItems: false }),
        },
        fix: 'Compatible for live events; consumers on the live schema reject the longer arrays until they upgrade.',
    },
    'item-added-to-partially-open-content-model': {
        raisedBy: () => arrays/* itemAdded */.i6,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: true,
        summary: 'A tuple entry was added where the position was allowed by a schema (`additionalItems` or the single `items`); the two schemas are compared and their differences reported.',
        example: {
            old: arr({ items: [str], additionalItems: arrays_int }),
            new: arr({ items: [str, arrays_int], additionalItems: arrays_int }),
        },
        fix: 'Keep the entry schema at least as wide as the schema that applied to the position before.',
    },
    'item-removed-from-open-content-model': {
        raisedBy: () => arrays/* itemRemoved */.MW,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'A tuple entry was removed and the tail is open: any value is now allowed at that position.',
        example: { old: arr({ items: [str, arrays_int] }), new: arr({ items: [str] }) },
        fix: 'Keep the entry until consumers no longer rely on its constraint.',
        note: 'Not reported when the removed entry was unconstrained: nothing changes then.',
    },
    'item-removed-from-closed-content-model': {
        raisedBy: () => arrays/* itemRemoved */.MW,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'A tuple entry was removed and no further items are allowed: live arrays that long are rejected.',
        note: 'Not reported when the removed entry was the false schema: nothing changes then.',
        example: {
            old: arr({ items: [str, arrays_int], additionalItems: false }),
            new: arr({ items: [str], additionalItems: false }),
        },
        fix: 'Keep the entry (make it unconstrained if it is no longer used).',
    },
    'item-removed-to-partially-open-content-model': {
        raisedBy: () => arrays/* itemRemoved */.MW,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: true,
        summary: 'A tuple entry was removed and the position now falls under the `additionalItems` schema; the two schemas are compared and their differences reported.',
        example: {
            old: arr({ items: [str, arrays_int], additionalItems: arrays_int }),
            new: arr({ items: [str], additionalItems: arrays_int }),
        },
        fix: 'Keep the additionalItems schema at least as wide as the removed entry.',
    },
    'items-form-changed': {
        raisedBy: () => arrays/* compareItems */.Q9,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: true,
        summary: '`items` changed between one schema for every item and a tuple; each position is compared with the schema that applied to it, and their differences reported.',
        example: { old: arr({ items: str }), new: arr({ items: [str], additionalItems: str }) },
        fix: 'Nothing to fix by itself; see the differences reported with it.',
    },
    'additional-items-closed': {
        raisedBy: () => arrays/* compareTails */.jg,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'No items are allowed beyond the tuple any more (`additionalItems: false`, or `items: false`): longer live arrays are rejected.',
        example: { old: arr({ items: [str] }), new: arr({ items: [str], additionalItems: false }) },
        fix: 'Extend the tuple to cover every position live arrays use before closing it.',
    },
    'additional-items-opened': {
        raisedBy: () => arrays/* compareTails */.jg,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'Items beyond the tuple are allowed now (`additionalItems: false` was removed or became a schema).',
        example: { old: arr({ items: [str], additionalItems: false }), new: arr({ items: [str] }) },
        fix: 'Compatible for live events; consumers on the live schema reject the longer arrays until they upgrade.',
    },
    'min-items-added': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'minItems was added: shorter live arrays are rejected.',
        example: { old: arr({}), new: arr({ minItems: 1 }) },
        fix: 'Make sure live arrays are already that long.',
    },
    'min-items-removed': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'minItems was removed.',
        example: { old: arr({ minItems: 1 }), new: arr({}) },
        fix: 'Keep it until consumers no longer rely on it.',
    },
    'min-items-increased': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'minItems increased: shorter live arrays are rejected.',
        example: { old: arr({ minItems: 1 }), new: arr({ minItems: 2 }) },
        fix: 'Keep the old minimum.',
    },
    'min-items-decreased': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'minItems decreased.',
        example: { old: arr({ minItems: 2 }), new: arr({ minItems: 1 }) },
        fix: 'Keep the old minimum until consumers no longer rely on it.',
    },
    'max-items-added': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'maxItems was added: longer live arrays are rejected.',
        example: { old: arr({}), new: arr({ maxItems: 10 }) },
        fix: 'Make sure live arrays are never longer than that.',
    },
    'max-items-removed': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'maxItems was removed.',
        example: { old: arr({ maxItems: 10 }), new: arr({}) },
        fix: 'Keep it until consumers no longer rely on it.',
    },
    'max-items-increased': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'maxItems increased.',
        example: { old: arr({ maxItems: 10 }), new: arr({ maxItems: 20 }) },
        fix: 'Keep the old maximum until consumers no longer rely on it.',
    },
    'max-items-decreased': {
        raisedBy: () => arrays/* compareCount */.Nh,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'maxItems decreased: longer live arrays are rejected.',
        example: { old: arr({ maxItems: 20 }), new: arr({ maxItems: 10 }) },
        fix: 'Keep the old maximum.',
    },
    'unique-items-added': {
        raisedBy: () => arrays/* compareUnique */.X,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'uniqueItems: true was added: live arrays with duplicates are rejected.',
        example: { old: arr({ items: str }), new: arr({ items: str, uniqueItems: true }) },
        fix: 'Make sure no producer sends duplicates first.',
    },
    'unique-items-removed': {
        raisedBy: () => arrays/* compareUnique */.X,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'uniqueItems: true was removed: duplicates are allowed now.',
        example: { old: arr({ items: str, uniqueItems: true }), new: arr({ items: str }) },
        fix: 'Keep it until consumers no longer rely on it.',
    },
    'contains-added': {
        raisedBy: () => arrays/* compareContains */.v7,
        test: 'test/evolution/families/arrays.test.ts',
        backward: false,
        forward: true,
        summary: 'contains was added: live arrays without a matching item (including empty ones) are rejected.',
        example: { old: arr({}), new: arr({ contains: str }) },
        fix: 'Make sure every live array already holds a matching item.',
    },
    'contains-removed': {
        raisedBy: () => arrays/* compareContains */.v7,
        test: 'test/evolution/families/arrays.test.ts',
        backward: true,
        forward: false,
        summary: 'contains was removed: arrays without a matching item are allowed now.',
        example: { old: arr({ contains: str }), new: arr({}) },
        fix: 'Keep it until consumers no longer rely on it.',
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/combinators-lists.js + 1 modules
var combinators_lists = __webpack_require__(23759);
// EXTERNAL MODULE: ./lib/evolution/families/combinators.js
var combinators = __webpack_require__(35201);
// EXTERNAL MODULE: ./lib/evolution/walk.js + 2 modules
var walk = __webpack_require__(17797);
;// CONCATENATED MODULE: ./lib/evolution/kinds/combinators.js
// Change kinds of the combinators keyword family: allOf, anyOf, oneOf, not, if/then/else
// (see ../families/combinators.ts). Member pairs are compared by the walker; these kinds are what
// the lists, the `not` and the conditional themselves gained or lost.




const UNION_TYPE_NOTE = 'Under the additive policy a new union branch is treated like a type change of the field (the platform forbids changing an existing field type, even to a wider one).';
const combinatorsKinds = defineKinds({
    'all-of-member-added': {
        raisedBy: () => combinators_lists/* memberAdded */.fi,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'An `allOf` gained a member: events must now match it too.',
        example: {
            old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
            new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }, { pattern: 'c' }] },
        },
        fix: 'Live events that do not match the new member are rejected: make sure none exist (then approve the change), or put the constraint on a new optional property.',
    },
    'all-of-member-removed': {
        raisedBy: () => combinators_lists/* memberRemoved */.n5,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'An `allOf` lost a member: events no longer need to match it.',
        example: {
            old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }, { pattern: 'c' }] },
            new: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
        },
        fix: 'Consumers may now receive events the member used to exclude: make sure they handle them.',
    },
    'any-of-member-added': {
        raisedBy: () => combinators_lists/* memberAdded */.fi,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'An `anyOf` gained a member: events matching only the new member are now accepted.',
        example: {
            old: { type: 'string', anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }] },
            new: {
                type: 'string',
                anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }, { pattern: '^crn_[a-z0-9]+$' }],
            },
        },
        fix: 'Consumers must handle events of the new member before producers send them; under the additive policy add a new property instead.',
        note: UNION_TYPE_NOTE,
    },
    'any-of-member-removed': {
        raisedBy: () => combinators_lists/* memberRemoved */.n5,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'An `anyOf` lost a member: live events that matched only that member are rejected.',
        example: {
            old: {
                type: 'string',
                anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }, { pattern: '^crn_[a-z0-9]+$' }],
            },
            new: { type: 'string', anyOf: [{ pattern: '^ord_[a-z0-9]+$' }, { pattern: '^inv_[a-z0-9]+$' }] },
        },
        fix: 'Keep the member until no producer sends such events any more.',
    },
    'one-of-member-added': {
        raisedBy: () => combinators_lists/* memberAdded */.fi,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'A `oneOf` gained a member that is provably disjoint from every other member (a different type, or a different value of a required discriminator property).',
        example: {
            old: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                ],
            },
            new: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                    { properties: { method: { const: 'cash' } }, required: ['method'] },
                ],
            },
        },
        fix: 'Consumers must handle events of the new member before producers send them; under the additive policy add a new property instead.',
        note: 'Schema registries call every added `oneOf` member compatible; that only holds when the new member cannot match an event another member matches. ' +
            'Members that are not provably disjoint are reported as `one-of-overlapping-member-added` instead. ' +
            UNION_TYPE_NOTE,
    },
    'one-of-overlapping-member-added': {
        raisedBy: () => combinators_lists/* memberAdded */.fi,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: false,
        summary: 'A `oneOf` gained a member that is not provably disjoint from another member: a live event matching both is now rejected, since `oneOf` requires exactly one match.',
        example: {
            old: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
            new: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] },
        },
        fix: 'Make the new member disjoint from the others (a distinct `type`, or a required discriminator property with its own `const`), or use `anyOf`.',
        note: 'Schema registries report adding a `oneOf` member as compatible. It is not when the new member overlaps an existing one: the live event 1 matches `{"type":"integer"}` only before, and both `integer` and `number` after.',
    },
    'one-of-member-removed': {
        raisedBy: () => combinators_lists/* memberRemoved */.n5,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'A `oneOf` lost a member that was disjoint from the others: live events of that member are rejected.',
        example: {
            old: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                    { properties: { method: { const: 'cash' } }, required: ['method'] },
                ],
            },
            new: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                ],
            },
        },
        fix: 'Keep the member until no producer sends such events any more.',
    },
    'one-of-overlapping-member-removed': {
        raisedBy: () => combinators_lists/* memberRemoved */.n5,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: false,
        summary: 'A `oneOf` lost a member that overlapped another: its live events are rejected, and events that matched both (rejected before) are now accepted.',
        example: {
            old: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                    { required: ['legacyId'] },
                ],
            },
            new: {
                type: 'object',
                oneOf: [
                    { properties: { method: { const: 'card' } }, required: ['method'] },
                    { properties: { method: { const: 'bank' } }, required: ['method'] },
                ],
            },
        },
        fix: 'Keep the member; if the overlap was a mistake, fix it in a major version.',
        note: 'Registries call removing a `oneOf` member forward compatible; with overlapping members it is not: an event matching two members was invalid before and may be valid now.',
    },
    'all-of-added': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'The node gained an `allOf`: events must now match all its members.',
        example: {
            old: { type: 'string', pattern: '^a' },
            new: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
        },
        fix: 'Live events that do not match every member are rejected: make sure none exist (then approve the change).',
        note: 'When the node becomes a pure `allOf` (nothing but `type` beside it), each member is compared with the old schema instead, so splitting a schema into `allOf` parts is judged by what the parts accept.',
    },
    'all-of-removed': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'The node lost its `allOf`: events no longer need to match its members.',
        example: {
            old: { type: 'string', pattern: '^a', allOf: [{ pattern: 'b$' }] },
            new: { type: 'string', pattern: '^a' },
        },
        fix: 'Consumers may now receive events the members used to exclude: make sure they handle them.',
    },
    'any-of-added': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'The node gained an `anyOf` beside its other keywords: events must now match one of its members.',
        example: {
            old: { type: 'string', maxLength: 34 },
            new: {
                type: 'string',
                maxLength: 34,
                anyOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
            },
        },
        fix: 'Live events that match no member are rejected: make sure none exist (then approve the change).',
        note: 'When the node becomes a pure `anyOf` (nothing but `type` beside it), the old schema is compared with its closest member instead: turning a schema into a union that contains it is compatible.',
    },
    'any-of-removed': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'The node lost its `anyOf`: events no longer need to match one of its members.',
        example: {
            old: {
                type: 'string',
                maxLength: 34,
                anyOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
            },
            new: { type: 'string', maxLength: 34 },
        },
        fix: 'Consumers may now receive events no member accepted: make sure they handle them.',
    },
    'one-of-added': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'The node gained a `oneOf` beside its other keywords: events must now match exactly one of its members.',
        example: {
            old: { type: 'string', maxLength: 34 },
            new: {
                type: 'string',
                maxLength: 34,
                oneOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
            },
        },
        fix: 'Live events that match no member, or more than one, are rejected: make sure none exist (then approve the change).',
        note: 'When the node becomes a pure `oneOf` (nothing but `type` beside it), the old schema is compared with its closest member instead.',
    },
    'one-of-removed': {
        raisedBy: () => combinators_lists/* compareLists */.tM,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'The node lost its `oneOf`: events no longer need to match exactly one of its members.',
        example: {
            old: {
                type: 'string',
                maxLength: 34,
                oneOf: [{ pattern: '^[0-9]{6,17}$' }, { pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' }],
            },
            new: { type: 'string', maxLength: 34 },
        },
        fix: 'Consumers may now receive events the `oneOf` excluded: make sure they handle them.',
    },
    'combinator-widened': {
        raisedBy: () => combinators_lists/* compareMembers */.j2,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'A combinator was replaced by a wider one: `allOf` -> `anyOf`, `oneOf` -> `anyOf` (overlapping members), or `allOf` -> `oneOf` (disjoint members). Every old event still matches.',
        example: {
            old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
            new: { anyOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
        },
        fix: 'Consumers may now receive events that match fewer members: make sure they handle them; under the additive policy keep the combinator.',
        note: 'Judged only when at least one member pair is matched and compared; `oneOf` -> `anyOf` over provably disjoint members changes nothing and is not reported. ' +
            UNION_TYPE_NOTE,
    },
    'combinator-narrowed': {
        raisedBy: () => combinators_lists/* compareMembers */.j2,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'A combinator was replaced by a narrower one: `anyOf` -> `allOf`, `anyOf` -> `oneOf` (overlapping members), or `oneOf` (disjoint members) -> `allOf`. Some old events are rejected.',
        example: {
            old: {
                anyOf: [
                    { type: 'string', maxLength: 5 },
                    { type: 'string', minLength: 2 },
                ],
            },
            new: {
                oneOf: [
                    { type: 'string', maxLength: 5 },
                    { type: 'string', minLength: 2 },
                ],
            },
        },
        fix: 'Keep the wider combinator. For `anyOf` -> `oneOf`, an old event matching two members is now rejected: make the members disjoint first.',
        note: '`oneOf` accepts a subset of what `anyOf` accepts over the same members; they are equal only when the members are disjoint (then no change is reported).',
    },
    'combinator-changed': {
        raisedBy: () => combinators_lists/* compareMembers */.j2,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: false,
        summary: 'A combinator was replaced by another whose effect cannot be proven wider or narrower (e.g. `allOf` -> `oneOf` over overlapping members).',
        example: {
            old: { allOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
            new: { oneOf: [{ pattern: '^a' }, { pattern: 'b$' }] },
        },
        fix: 'Keep the combinator, or introduce the new structure in a new property and deprecate the old one.',
    },
    'not-added': {
        raisedBy: () => combinators/* compareNot */.V,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'The node gained a `not`: events matching its schema are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', not: { enum: ['n/a'] } } },
        fix: 'Live events matching the `not` schema are rejected: make sure none exist (then approve the change).',
    },
    'not-removed': {
        raisedBy: () => combinators/* compareNot */.V,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'The node lost its `not`: events it excluded are now accepted.',
        example: { old: { type: 'string', not: { enum: ['n/a'] } }, new: { type: 'string' } },
        fix: 'Consumers may now receive events the `not` excluded: make sure they handle them.',
        note: 'Changes inside a `not` that stays are compared with their direction inverted: narrowing the negated schema widens the node.',
    },
    'false-schema-replaced': {
        raisedBy: () => walk/* judgedWhole */.Z9,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        summary: 'A `false` subschema (nothing valid there) was replaced by a schema: events it accepts were rejected before.',
        example: { old: { properties: { a: false } }, new: { properties: { a: { type: 'string' } } } },
        fix: 'Consumers may now receive the property (or value) the false schema forbade: make sure they handle it.',
        note: 'Judged as a whole: the new schema can only accept more than `false`, whatever its keywords.',
    },
    'false-schema-introduced': {
        raisedBy: () => walk/* judgedWhole */.Z9,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A subschema was replaced by `false`: nothing is valid there any more.',
        example: { old: { properties: { a: { type: 'string' } } }, new: { properties: { a: false } } },
        fix: 'Live events that carry the property (or value) are rejected: make sure none exist (then approve the change), or deprecate it first.',
    },
    'if-added': {
        raisedBy: () => combinators/* compareConditional */.sx,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: true,
        summary: 'The node gained a conditional (`if` with `then`/`else`). Its branches are compared with the former schema, and what they newly require is reported where it is written (e.g. `required-added` at `/then/required`); this finding itself is informational.',
        example: {
            old: { type: 'object' },
            new: {
                type: 'object',
                if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
                then: { required: ['last4'] },
            },
        },
        fix: 'Nothing to do for this finding; fix (or approve) the changes reported inside the branches.',
    },
    'if-removed': {
        raisedBy: () => combinators/* compareConditional */.sx,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: true,
        summary: 'The node lost its conditional (`if` with `then`/`else`). The branches are compared with the new schema, and what consumers on the live schema would reject is reported at the branch (forward); this finding itself is informational.',
        example: {
            old: {
                type: 'object',
                if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
                then: { required: ['last4'] },
            },
            new: { type: 'object' },
        },
        fix: 'Nothing to do for this finding; see the findings at the old branches.',
    },
    'if-changed': {
        raisedBy: () => combinators/* compareConditional */.sx,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: false,
        summary: 'The `if` condition of a conditional changed: its `then`/`else` branches now apply to different events.',
        example: {
            old: {
                type: 'object',
                if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
                then: { required: ['last4'] },
            },
            new: {
                type: 'object',
                if: { properties: { kind: { const: 'bank' } }, required: ['kind'] },
                then: { required: ['last4'] },
            },
        },
        fix: 'Keep the condition, and add a second conditional (inside an `allOf`) for the new case.',
        note: 'Changes inside `then` and `else` are compared as usual while the condition stays the same (up to annotations); any other change of the condition is conservatively breaking both ways.',
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/enums.js
var enums = __webpack_require__(69744);
;// CONCATENATED MODULE: ./lib/evolution/kinds/enums.js
// Change kinds of the enums keyword family (see ../families/enums.ts). `const` arrives as a
// one-value `enum`, so these kinds cover it too.


const TYPE_NOTE = 'Values are compared by content (object key order is irrelevant). Values of a JSON type that one of the two schemas does not allow are left out of the comparison: the change of `type` reports them.';
const enumsKinds = defineKinds({
    'enum-added': {
        raisedBy: () => enums/* compareEnums */.en,
        test: 'test/evolution/families/enums.test.ts',
        backward: false,
        forward: true,
        summary: 'An enum (or const) was added: live values outside the listed ones are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', enum: ['gold', 'silver'] } },
        fix: 'List every value producers have ever sent, or describe the expected values in `description` instead.',
    },
    'enum-removed': {
        raisedBy: () => enums/* compareEnums */.en,
        test: 'test/evolution/families/enums.test.ts',
        backward: true,
        forward: false,
        summary: 'The enum (or const) was removed: any value is now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', enum: ['gold', 'silver'] }, new: { type: 'string' } },
        fix: 'Safe for existing events; check that consumers handle values outside the old list.',
    },
    'enum-extended': {
        raisedBy: () => enums/* compareEnums */.en,
        test: 'test/evolution/families/enums.test.ts',
        backward: true,
        forward: false,
        summary: 'Values were added to the enum: every live value stays valid, but consumers on the old schema may reject the new ones.',
        example: {
            old: { type: 'string', enum: ['gold', 'silver'] },
            new: { type: 'string', enum: ['gold', 'silver', 'bronze'] },
        },
        fix: 'Safe for existing events; make sure consumers handle the new values (no exhaustive switch without a default).',
        note: TYPE_NOTE,
    },
    'enum-narrowed': {
        raisedBy: () => enums/* compareEnums */.en,
        test: 'test/evolution/families/enums.test.ts',
        backward: false,
        forward: true,
        summary: 'Values were removed from the enum: live events carrying them are now rejected.',
        example: {
            old: { type: 'string', enum: ['gold', 'silver', 'bronze'] },
            new: { type: 'string', enum: ['gold', 'silver'] },
        },
        fix: 'Keep the removed values (mark them deprecated in `description`) until no live event carries them.',
        note: TYPE_NOTE,
    },
    'enum-changed': {
        raisedBy: () => enums/* compareEnums */.en,
        test: 'test/evolution/families/enums.test.ts',
        backward: false,
        forward: false,
        summary: 'Values were both removed from and added to the enum (or the const changed).',
        example: { old: { type: 'string', enum: ['gold', 'silver'] }, new: { type: 'string', enum: ['gold', 'platinum'] } },
        fix: 'Only add values: keep the removed ones until no live event carries them.',
        note: TYPE_NOTE,
    },
});

// EXTERNAL MODULE: ./lib/evolution/engine.js + 8 modules
var engine = __webpack_require__(98522);
// EXTERNAL MODULE: ./lib/evolution/families/other.js
var other = __webpack_require__(59700);
// EXTERNAL MODULE: ./lib/evolution/families/shared.js
var shared = __webpack_require__(42373);
// EXTERNAL MODULE: ./lib/evolution/families/types.js
var types = __webpack_require__(52215);
// EXTERNAL MODULE: ./lib/evolution/unresolved-refs.js
var unresolved_refs = __webpack_require__(39617);
;// CONCATENATED MODULE: ./lib/evolution/kinds/general.js
// Change kinds about the comparison itself and about the `type` keyword.







const generalKinds = defineKinds({
    'annotation-changed': {
        raisedBy: () => other/* makeOtherKeywords */.X,
        test: 'test/evolution/kinds.test.ts',
        backward: true,
        forward: true,
        summary: 'An annotation changed (title, description, default, examples, $comment, $id, contentEncoding, ...), or a keyword draft-07 does not define ' +
            '(a typo such as `maxLenght`, OpenAPI `nullable`, draft-04 `id`): validators ignore it, so validation is unaffected.',
        example: { old: { type: 'string', description: 'Order id' }, new: { type: 'string', description: 'The order id' } },
        fix: 'Nothing to fix; under the platform rules it needs at least a patch version bump.',
    },
    'keyword-changed': {
        raisedBy: () => shared/* unanalysed */.p,
        test: 'test/evolution/witness/witness.test.ts',
        backward: false,
        forward: false,
        summary: 'A keyword changed to or from a value that is not valid draft-07 (e.g. `maxLength: "3"`), so its effect cannot be analysed.',
        example: { old: { type: 'string', maxLength: '3' }, new: { type: 'string', maxLength: 3 } },
        fix: 'If the change is intended and safe, approve it (label or config ignore); otherwise revert it.',
        note: 'Conservative on purpose: a change whose effect cannot be analysed is never reported as compatible.',
    },
    'comparison-incomplete': {
        raisedBy: () => walk/* walk */.GG,
        test: 'test/evolution/kinds.test.ts',
        backward: false,
        forward: false,
        summary: 'The schemas were too large or too deeply recursive to compare completely.',
        example: { old: { type: 'object' }, new: { type: 'object' } },
        fix: 'Split the schema, or compare fewer levels of recursion; the verdict is conservatively breaking.',
    },
    'ref-chain-unresolved': {
        raisedBy: () => unresolved_refs/* unresolvedRef */.tr,
        test: 'test/evolution/ref-chains.test.ts',
        backward: false,
        forward: false,
        summary: 'A `$ref` never reaches a schema: it is a cycle of `$ref`s only, or a chain longer than the hop limit (64).',
        example: {
            old: { type: 'string' },
            new: { $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } } },
        },
        fix: 'Point the `$ref` at a definition that is a schema (recursion through `properties` or `items` is fine); the lint rules ref-cycle and ref-chain-too-long show where.',
        note: 'Never read as the `true` schema ("anything"): a narrowing hidden behind such a chain would otherwise pass as compatible.',
        witness: false,
    },
    'ref-unresolvable': {
        raisedBy: () => unresolved_refs/* unresolvedRef */.tr,
        test: 'test/evolution/ref-chains.test.ts',
        backward: false,
        forward: false,
        summary: 'A `$ref` names nothing in its own document (an external URI, an undeclared `$id` anchor, a missing definition, a non-schema), so what it allows is unknown.',
        example: { old: { type: 'string' }, new: { $ref: 'https://example.com/other.json#/definitions/a' } },
        fix: 'Move the referenced schema into `definitions` of the same file and point the `$ref` at it; the registry stores self-contained schemas.',
        note: 'Resolved by the draft-07 rules (`$id` base URIs, plain-name anchors, same-document absolute URIs); what remains unresolved is never compared by its text: a change behind it would pass unseen.',
        witness: false,
    },
    'dialect-unsupported': {
        raisedBy: () => engine/* dialectChanges */.MK,
        test: 'test/evolution/semantics/dialects.test.ts',
        backward: false,
        forward: false,
        summary: 'A schema declares a `$schema` dialect the engine does not read (2019-09, 2020-12, or an unknown URI), so the pair was not compared.',
        example: {
            old: { type: 'string' },
            new: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' },
        },
        fix: "Declare draft-07 (`http://json-schema.org/draft-07/schema#`), the platform's dialect, and write the schema in it; draft-04 and draft-06 are read by their own rules.",
        note: 'Never read silently as draft-07: keywords such as `$defs`, `prefixItems` or `dependentRequired` would be ignored and a narrowing missed.',
        witness: false,
    },
    'live-schema-too-deep': {
        raisedBy: () => engine/* depthChanges */.zs,
        test: 'test/evolution/stress.test.ts',
        backward: false,
        forward: false,
        summary: 'The live schema is nested deeper than a contract file may be (100 levels), so it was not compared.',
        example: {
            old: { type: 'object', properties: { a: { type: 'object', properties: { a: '(\u2026 100 levels \u2026)' } } } },
            new: { type: 'object' },
        },
        fix: 'The live schema cannot have come from a contract file: replace it through the normal flow (approve the change, then deploy), or fix it in the tenant.',
        note: 'The repo side is bounded by the YAML loader (yaml-too-deep); a live schema comes from the tenant as JSON and is bounded here.',
        witness: false,
    },
    'schema-too-deep': {
        raisedBy: () => engine/* depthChanges */.zs,
        test: 'test/evolution/kinds.test.ts',
        backward: false,
        forward: false,
        summary: 'The new schema is nested deeper than a contract file may be (100 levels), so it was not compared.',
        example: {
            old: { type: 'object' },
            new: { type: 'object', properties: { a: { type: 'object', properties: { a: '(\u2026 100 levels \u2026)' } } } },
        },
        fix: 'Flatten the schema: move nested objects into `definitions` and reference them.',
        witness: false,
    },
    'type-extended': {
        raisedBy: () => types/* compareTypes */.Z,
        test: 'test/evolution/families/combinators.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'The node accepts more JSON types than before (e.g. string -> [string, null], integer -> number).',
        example: { old: { type: 'string' }, new: { type: ['string', 'null'] } },
        fix: 'Under the additive policy no existing property may change type, even to a wider one: add a new property instead.',
    },
    'type-narrowed': {
        raisedBy: () => types/* compareTypes */.Z,
        test: 'test/evolution/families/combinators.test.ts',
        backward: false,
        forward: true,
        summary: 'The node accepts fewer JSON types than before (e.g. [string, null] -> string, number -> integer).',
        example: { old: { type: ['string', 'null'] }, new: { type: 'string' } },
        fix: 'Keep the old types; live events with the dropped types would be rejected.',
    },
    'type-changed': {
        raisedBy: () => types/* compareTypes */.Z,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: false,
        summary: 'The node accepts different JSON types, neither a superset nor a subset of the old ones.',
        example: { old: { type: 'integer' }, new: { type: 'string' } },
        fix: 'Keep the type. Add a new property with the new type (and deprecate the old one) instead.',
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/numbers.js
var numbers = __webpack_require__(76088);
;// CONCATENATED MODULE: ./lib/evolution/kinds/numbers.js
// Change kinds of the numbers keyword family (see ../families/numbers.ts): the effective upper
// bound (maximum / exclusiveMaximum), the effective lower bound (minimum / exclusiveMinimum) and
// multipleOf. Only reported when both schemas allow numbers (integer or number).


const BOUNDS_NOTE = 'Bounds are compared as effective bounds (value and inclusive/exclusive) rather than keyword by keyword, so `maximum: 10` -> `exclusiveMaximum: 10` is a decrease. When either schema allows only integers, the bounds are compared on integers: `maximum: 10` and `exclusiveMaximum: 11` allow the same integers.';
const MULTIPLE_NOTE = 'Divisibility is decided in exact decimal arithmetic on the written values (0.3 is a multiple of 0.1), as draft-07 defines it. Validators that divide in binary floating point (ajv, Python jsonschema) reject some decimal multiples (ajv: 0.3 for multipleOf 0.1) and, in ajv, any quotient of 1e21 or more; those are validator rounding artefacts this verdict does not follow.';
const numbersKinds = defineKinds({
    'maximum-added': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'An upper bound (maximum or exclusiveMaximum) was added: live values above it are now rejected.',
        example: { old: { type: 'number' }, new: { type: 'number', maximum: 100 } },
        fix: 'Choose a bound at or above the largest value producers send today, or leave the range open.',
        note: BOUNDS_NOTE,
    },
    'maximum-removed': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The upper bound was removed: larger values are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'number', maximum: 100 }, new: { type: 'number' } },
        fix: 'Safe for existing events; check that consumers cope with larger values.',
        note: BOUNDS_NOTE,
    },
    'maximum-increased': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The upper bound was raised (or made inclusive): larger values are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'number', exclusiveMaximum: 100 }, new: { type: 'number', maximum: 100 } },
        fix: 'Safe for existing events; check that consumers cope with larger values.',
        note: BOUNDS_NOTE,
    },
    'maximum-decreased': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'The upper bound was lowered (or made exclusive): live values between the new and the old bound are now rejected.',
        example: { old: { type: 'number', maximum: 100 }, new: { type: 'number', exclusiveMaximum: 100 } },
        fix: 'Keep the old bound; a tighter range needs a new property (and a deprecation of the old one).',
        note: BOUNDS_NOTE,
    },
    'maximum-restated': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: true,
        summary: 'The upper bound is written differently but allows exactly the same values (e.g. integer `maximum: 10` -> `exclusiveMaximum: 11`).',
        example: { old: { type: 'integer', maximum: 10 }, new: { type: 'integer', exclusiveMaximum: 11 } },
        fix: 'Nothing to fix.',
        note: BOUNDS_NOTE,
    },
    'minimum-added': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'A lower bound (minimum or exclusiveMinimum) was added: live values below it are now rejected.',
        example: { old: { type: 'number' }, new: { type: 'number', minimum: 0 } },
        fix: 'Choose a bound at or below the smallest value producers send today, or leave the range open.',
        note: BOUNDS_NOTE,
    },
    'minimum-removed': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The lower bound was removed: smaller values are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'number', minimum: 0 }, new: { type: 'number' } },
        fix: 'Safe for existing events; check that consumers cope with smaller (negative) values.',
        note: BOUNDS_NOTE,
    },
    'minimum-increased': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'The lower bound was raised (or made exclusive): live values between the old and the new bound are now rejected.',
        example: { old: { type: 'number', minimum: 0 }, new: { type: 'number', exclusiveMinimum: 0 } },
        fix: 'Keep the old bound; a tighter range needs a new property (and a deprecation of the old one).',
        note: BOUNDS_NOTE,
    },
    'minimum-decreased': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The lower bound was lowered (or made inclusive): smaller values are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'number', minimum: 10 }, new: { type: 'number', minimum: 0 } },
        fix: 'Safe for existing events; check that consumers cope with smaller values.',
        note: BOUNDS_NOTE,
    },
    'minimum-restated': {
        raisedBy: () => numbers/* compareBound */.o9,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: true,
        summary: 'The lower bound is written differently but allows exactly the same values (e.g. integer `minimum: 1` -> `exclusiveMinimum: 0`).',
        example: { old: { type: 'integer', minimum: 1 }, new: { type: 'integer', exclusiveMinimum: 0 } },
        fix: 'Nothing to fix.',
        note: BOUNDS_NOTE,
    },
    'multiple-of-added': {
        raisedBy: () => numbers/* compareMultipleOf */.Dv,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'A multipleOf was added: live values that are not multiples of it are now rejected.',
        example: { old: { type: 'number' }, new: { type: 'number', multipleOf: 0.01 } },
        fix: 'Leave multipleOf out, or make sure every value sent so far is a multiple of it.',
        note: MULTIPLE_NOTE,
    },
    'multiple-of-removed': {
        raisedBy: () => numbers/* compareMultipleOf */.Dv,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The multipleOf was removed: values of any granularity are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'number', multipleOf: 0.01 }, new: { type: 'number' } },
        fix: 'Safe for existing events; check that consumers cope with finer values.',
        note: MULTIPLE_NOTE,
    },
    'multiple-of-expanded': {
        raisedBy: () => numbers/* compareMultipleOf */.Dv,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: true,
        summary: 'The multipleOf became a multiple of the old one (e.g. 2 -> 4): fewer values are accepted, and live values that are multiples of the old step only are rejected.',
        example: { old: { type: 'integer', multipleOf: 2 }, new: { type: 'integer', multipleOf: 4 } },
        fix: 'Keep the old step; a coarser one needs a new property (and a deprecation of the old one).',
        note: MULTIPLE_NOTE,
    },
    'multiple-of-reduced': {
        raisedBy: () => numbers/* compareMultipleOf */.Dv,
        test: 'test/evolution/families/numbers.test.ts',
        backward: true,
        forward: false,
        summary: 'The multipleOf became a divisor of the old one (e.g. 4 -> 2): more values are accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'integer', multipleOf: 4 }, new: { type: 'integer', multipleOf: 2 } },
        fix: 'Safe for existing events; check that consumers cope with the finer values.',
        note: MULTIPLE_NOTE,
    },
    'multiple-of-changed': {
        raisedBy: () => numbers/* compareMultipleOf */.Dv,
        test: 'test/evolution/families/numbers.test.ts',
        backward: false,
        forward: false,
        summary: 'The multipleOf changed to a value that is neither a multiple nor a divisor of the old one (e.g. 2 -> 3).',
        example: { old: { type: 'integer', multipleOf: 2 }, new: { type: 'integer', multipleOf: 3 } },
        fix: 'Keep the old step, or change it to a divisor of the old one (which accepts every live value).',
        note: MULTIPLE_NOTE,
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/objects-properties.js
var objects_properties = __webpack_require__(61594);
;// CONCATENATED MODULE: ./lib/evolution/kinds/objects-properties.js
// Change kinds of declared properties (see ../families/objects-properties.ts): a property added
// or removed is judged by the content model it moves into or out of, where a property name's
// effective schema is `properties[N]` with every matching `patternProperties` schema, or else
// `additionalProperties` (absent = an open content model, `false` = closed, a schema = partially
// open); and `required` gained or lost. The other object keywords are in ./objects.ts.


const obj = (properties, extra = {}) => ({
    type: 'object',
    properties,
    ...extra,
});
const objects_properties_closed = (properties, extra = {}) => obj(properties, { additionalProperties: false, ...extra });
const objects_properties_str = { type: 'string' };
const NO_DEFAULT_FILL = 'Schema registries treat a required property that has a `default` as a compatible addition; validation does not fill in defaults, so a live event without the property is rejected: not backward compatible, with or without a default.';
const PLATFORM_NO_REMOVAL = 'The additive policy (the platform rule) forbids removing any property unless the live version lists it in `x-cxone-deprecated-fields`.';
const objectPropertyKinds = defineKinds({
    // --- a property declared only in the new schema ---------------------------------------------
    'property-added-to-open-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'An optional property was declared where the live schema allowed any property with any value (open content model).',
        example: { old: obj({ id: objects_properties_str }), new: obj({ id: objects_properties_str, tier: objects_properties_str }) },
        fix: 'Live events may already carry the name with other values: pick a name no producer uses, or close the schema first (`additionalProperties: false`, as the platform requires).',
        note: 'As in the registries: any constraint on a name that was unconstrained can reject a live event. Declaring the property without constraints is `unconstrained-property-added-to-open-content-model` instead.',
    },
    'unconstrained-property-added-to-open-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'A property without constraints (the true schema, annotations at most) was declared in an open content model: validation is unchanged.',
        example: { old: obj({ id: objects_properties_str }), new: obj({ id: objects_properties_str, note: { description: 'free text' } }) },
        fix: 'Nothing to fix.',
    },
    'optional-property-added-to-closed-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'An optional property was added to a closed content model (`additionalProperties: false`): live events never carry it.',
        example: { old: objects_properties_closed({ id: objects_properties_str }), new: objects_properties_closed({ id: objects_properties_str, tier: objects_properties_str }) },
        fix: 'Compatible for the platform; consumers still on the live schema reject events carrying the new property until they upgrade.',
    },
    'forbidden-property-added-to-closed-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'A property declared with the false schema (it must not appear) was added to a closed content model, which already rejected it: validation is unchanged.',
        example: { old: objects_properties_closed({ id: objects_properties_str }), new: objects_properties_closed({ id: objects_properties_str, internal: false }) },
        fix: 'Nothing to fix.',
    },
    'required-property-added-to-closed-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: false,
        summary: 'A required property was added to a closed content model: live events lack it, and the live schema rejects events carrying it.',
        example: { old: objects_properties_closed({ id: objects_properties_str }), new: objects_properties_closed({ id: objects_properties_str, tier: objects_properties_str }, { required: ['tier'] }) },
        fix: 'Add the property as optional first; make it required only once every producer sends it.',
        note: NO_DEFAULT_FILL,
    },
    'required-property-added-to-open-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A required property was added to an open content model: live events without it are rejected.',
        example: { old: obj({ id: objects_properties_str }), new: obj({ id: objects_properties_str, tier: objects_properties_str }, { required: ['tier'] }) },
        fix: 'Add the property as optional first; make it required only once every producer sends it.',
        note: NO_DEFAULT_FILL,
    },
    'property-added-to-partially-open-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'An optional property was declared where the live schema allowed it through a schema (`additionalProperties` or a matching `patternProperties`); the two schemas are compared and their differences reported.',
        example: {
            old: obj({ id: objects_properties_str }, { additionalProperties: objects_properties_str }),
            new: obj({ id: objects_properties_str, tier: objects_properties_str }, { additionalProperties: objects_properties_str }),
        },
        fix: 'Keep the new property schema at least as wide as the schema that applied to the name before.',
        note: 'The kind itself changes nothing for validation; the comparison of the old additional schema with the new property schema is reported beside it.',
    },
    'required-property-added-to-partially-open-content-model': {
        raisedBy: () => objects_properties/* added */.vN,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A required property was declared where the live schema allowed it through a schema; live events without it are rejected (the two schemas are compared too).',
        example: {
            old: obj({ id: objects_properties_str }, { additionalProperties: objects_properties_str }),
            new: obj({ id: objects_properties_str, tier: objects_properties_str }, { additionalProperties: objects_properties_str, required: ['tier'] }),
        },
        fix: 'Add the property as optional first; make it required only once every producer sends it.',
        note: NO_DEFAULT_FILL,
    },
    // --- a property declared only in the live schema --------------------------------------------
    'property-removed-from-closed-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'An optional property was removed from a closed content model: live events carrying it are rejected.',
        example: { old: objects_properties_closed({ id: objects_properties_str, legacy: objects_properties_str }), new: objects_properties_closed({ id: objects_properties_str }) },
        fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields` (minor version), and remove it in a later version once no producer sends it.',
    },
    'property-removed-required-from-closed-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: false,
        summary: 'A required property was removed from a closed content model: every live event carries it and is rejected, and new events lack what the live schema requires.',
        example: { old: objects_properties_closed({ id: objects_properties_str, legacy: objects_properties_str }, { required: ['legacy'] }), new: objects_properties_closed({ id: objects_properties_str }) },
        fix: 'Make the property optional and deprecate it (`x-cxone-deprecated-fields`) first; remove it once no producer sends it.',
    },
    'property-removed-forbidden-from-closed-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'An optional property declared with the false schema (it must not appear) was removed from a closed content model, which still rejects it: validation is unchanged.',
        example: { old: objects_properties_closed({ id: objects_properties_str, internal: false }), new: objects_properties_closed({ id: objects_properties_str }) },
        fix: 'Nothing to fix.',
        note: 'Unlike other removals, not breaking under the additive policy: a property no event may carry is not a field producers or consumers rely on.',
    },
    'property-removed-from-open-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'A property was removed from an open content model: its name is still accepted, with any value, so consumers on the live schema may reject new events.',
        example: { old: obj({ id: objects_properties_str, legacy: objects_properties_str }), new: obj({ id: objects_properties_str }) },
        fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
        note: `Also forward incompatible when the property was required (new events may lack it). ${PLATFORM_NO_REMOVAL}`,
    },
    'property-removed-unconstrained-from-open-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        additive: 'breaking',
        summary: 'An optional property without constraints was removed from an open content model: validation is unchanged.',
        example: { old: obj({ id: objects_properties_str, note: {} }), new: obj({ id: objects_properties_str }) },
        fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
        note: PLATFORM_NO_REMOVAL,
    },
    'property-removed-to-partially-open-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        additive: 'breaking',
        summary: 'An optional property was removed where the new schema still allows its name through a schema (`additionalProperties` or a matching `patternProperties`); the two schemas are compared and their differences reported.',
        example: {
            old: obj({ id: objects_properties_str, legacy: objects_properties_str }, { additionalProperties: objects_properties_str }),
            new: obj({ id: objects_properties_str }, { additionalProperties: objects_properties_str }),
        },
        fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
        note: `The kind itself changes nothing for validation; the comparison of the old property schema with the schema that now applies is reported beside it. ${PLATFORM_NO_REMOVAL}`,
    },
    'property-removed-required-to-partially-open-content-model': {
        raisedBy: () => objects_properties/* removed */.rq,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'A required property was removed where the new schema still allows its name through a schema: new events may lack it, which the live schema rejects (the two schemas are compared too).',
        example: {
            old: obj({ id: objects_properties_str, legacy: objects_properties_str }, { additionalProperties: objects_properties_str, required: ['legacy'] }),
            new: obj({ id: objects_properties_str }, { additionalProperties: objects_properties_str }),
        },
        fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
        note: PLATFORM_NO_REMOVAL,
    },
    // --- required ---------------------------------------------------------------------------------
    'required-added': {
        raisedBy: () => objects_properties/* compareDeclared */.Mm,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A property became required: live events without it are rejected.',
        example: { old: obj({ id: objects_properties_str, tier: objects_properties_str }), new: obj({ id: objects_properties_str, tier: objects_properties_str }, { required: ['tier'] }) },
        fix: 'Keep it optional until every producer sends it; then make it required in a major version.',
        note: 'Also reported for a name that no `properties` entry declares: `required` applies to undeclared names all the same, so requiring one rejects live events without it, whatever a registry says about undeclared names.',
    },
    'required-added-with-default': {
        raisedBy: () => objects_properties/* compareDeclared */.Mm,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A property that has a `default` became required: live events without it are rejected.',
        example: {
            old: obj({ id: objects_properties_str, tier: { type: 'string', default: 'basic' } }),
            new: obj({ id: objects_properties_str, tier: { type: 'string', default: 'basic' } }, { required: ['tier'] }),
        },
        fix: 'Keep it optional (consumers can apply the default themselves) or make every producer send it before requiring it.',
        note: NO_DEFAULT_FILL,
    },
    'required-removed': {
        raisedBy: () => objects_properties/* compareDeclared */.Mm,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        additive: 'breaking',
        summary: 'A property is no longer required: consumers on the live schema reject events without it.',
        example: { old: obj({ id: objects_properties_str, tier: objects_properties_str }, { required: ['tier'] }), new: obj({ id: objects_properties_str, tier: objects_properties_str }) },
        fix: 'Keep it required; under the additive policy (the platform rule "you cannot remove required fields") this is breaking.',
        note: 'Backward compatible under validation semantics; breaking under the additive policy by the platform rule.',
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/objects-patterns.js
var objects_patterns = __webpack_require__(18564);
// EXTERNAL MODULE: ./lib/evolution/families/objects.js
var objects = __webpack_require__(84642);
;// CONCATENATED MODULE: ./lib/evolution/kinds/objects.js
// Change kinds of the objects keyword family (see ../families/objects.ts) beyond declared
// properties (./objects-properties.ts): additionalProperties, patternProperties, dependencies,
// propertyNames and the property counts. A property name's effective schema is `properties[N]`
// with every matching `patternProperties` schema, or else `additionalProperties`: absent = an open
// content model, `false` = closed, a schema = partially open.




const objects_obj = (properties, extra = {}) => ({
    type: 'object',
    properties,
    ...extra,
});
const objects_closed = (properties, extra = {}) => objects_obj(properties, { additionalProperties: false, ...extra });
const objects_str = { type: 'string' };
const objectKeywordKinds = defineKinds({
    // --- additionalProperties ---------------------------------------------------------------------
    'content-model-closed': {
        raisedBy: () => objects/* compareAdditional */.$L,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'additionalProperties became `false`: live events carrying undeclared properties are rejected.',
        example: { old: objects_obj({ id: objects_str }), new: objects_closed({ id: objects_str }) },
        fix: 'Declare every property live events carry before closing the schema.',
    },
    'content-model-opened': {
        raisedBy: () => objects/* compareAdditional */.$L,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'additionalProperties is no longer `false` (removed, or a schema): consumers on the live schema reject events carrying undeclared properties.',
        example: { old: objects_closed({ id: objects_str }), new: objects_obj({ id: objects_str }) },
        fix: 'Keep `additionalProperties: false` (the platform requires it) and declare new properties instead.',
    },
    // --- patternProperties ------------------------------------------------------------------------
    'property-pattern-added-to-open-content-model': {
        raisedBy: () => objects_patterns/* patternAdded */.fv,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A patternProperties regex was added where the live schema allowed matching names with any value.',
        example: { old: objects_obj({ id: objects_str }), new: objects_obj({ id: objects_str }, { patternProperties: { '^x-': objects_str } }) },
        fix: 'Live events may carry matching names with other values: use a regex no live property name matches, or leave the values unconstrained.',
        note: 'Which names a regex captures is judged conservatively: declared properties it matches, and other regexes that may overlap it, are compared with it as well.',
    },
    'property-pattern-added-to-closed-content-model': {
        raisedBy: () => objects_patterns/* patternAdded */.fv,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'A patternProperties regex was added to a closed content model: names it matches are newly allowed.',
        example: { old: objects_closed({ id: objects_str }), new: objects_closed({ id: objects_str }, { patternProperties: { '^x-': objects_str } }) },
        fix: 'Compatible for live events; consumers on the live schema reject events carrying matching names until they upgrade.',
        note: 'Declared properties the regex matches, and regexes that may overlap it, are compared with its schema (reported separately).',
    },
    'property-pattern-added-to-partially-open-content-model': {
        raisedBy: () => objects_patterns/* patternAdded */.fv,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'A patternProperties regex was added where matching names were allowed by an additionalProperties schema; the two schemas are compared and their differences reported.',
        example: {
            old: objects_obj({ id: objects_str }, { additionalProperties: objects_str }),
            new: objects_obj({ id: objects_str }, { additionalProperties: objects_str, patternProperties: { '^x-': objects_str } }),
        },
        fix: 'Keep the regex schema at least as wide as the additionalProperties schema.',
    },
    'property-pattern-removed-from-open-content-model': {
        raisedBy: () => objects_patterns/* patternRemoved */.lF,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'A patternProperties regex was removed from an open content model: matching names are still accepted, with any value.',
        example: { old: objects_obj({ id: objects_str }, { patternProperties: { '^x-': objects_str } }), new: objects_obj({ id: objects_str }) },
        fix: 'Keep the regex until consumers no longer rely on its constraint.',
    },
    'property-pattern-removed-from-closed-content-model': {
        raisedBy: () => objects_patterns/* patternRemoved */.lF,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A patternProperties regex was removed from a closed content model: live events carrying matching names are rejected.',
        example: { old: objects_closed({ id: objects_str }, { patternProperties: { '^x-': objects_str } }), new: objects_closed({ id: objects_str }) },
        fix: 'Keep the regex, or declare the names live events carry.',
    },
    'property-pattern-removed-to-partially-open-content-model': {
        raisedBy: () => objects_patterns/* patternRemoved */.lF,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'A patternProperties regex was removed where matching names now fall under an additionalProperties schema; the two schemas are compared and their differences reported.',
        example: {
            old: objects_obj({ id: objects_str }, { additionalProperties: objects_str, patternProperties: { '^x-': objects_str } }),
            new: objects_obj({ id: objects_str }, { additionalProperties: objects_str }),
        },
        fix: 'Keep the additionalProperties schema at least as wide as the removed regex schema.',
    },
    // --- dependencies -----------------------------------------------------------------------------
    'dependency-array-added': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A property dependency (list form) was added: when the property is present, the listed ones must be too.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str }),
            new: objects_obj({ card: objects_str, billing: objects_str }, { dependencies: { card: ['billing'] } }),
        },
        fix: 'Make sure every producer sends the listed properties first.',
    },
    'dependency-array-removed': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'A property dependency (list form) was removed.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str }, { dependencies: { card: ['billing'] } }),
            new: objects_obj({ card: objects_str, billing: objects_str }),
        },
        fix: 'Keep the dependency until consumers no longer rely on it.',
    },
    'dependency-array-extended': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A property dependency lists more properties: live events lacking the new ones are rejected.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['billing'] } }),
            new: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['billing', 'cvv'] } }),
        },
        fix: 'Make sure every producer sends the added properties first.',
    },
    'dependency-array-narrowed': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'A property dependency lists fewer properties.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['billing', 'cvv'] } }),
            new: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['billing'] } }),
        },
        fix: 'Keep the dependency until consumers no longer rely on it.',
    },
    'dependency-array-changed': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: false,
        summary: 'A property dependency lists other properties: some added, some dropped.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['billing'] } }),
            new: objects_obj({ card: objects_str, billing: objects_str, cvv: objects_str }, { dependencies: { card: ['cvv'] } }),
        },
        fix: 'Change a dependency in two steps: add the new properties (once producers send them), then drop the old ones.',
    },
    'dependency-schema-added': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A schema dependency was added: when the property is present, the event must also match the schema.',
        example: {
            old: objects_obj({ card: objects_str }),
            new: objects_obj({ card: objects_str }, { dependencies: { card: { required: ['billing'] } } }),
        },
        fix: 'Make sure every live event with the property already matches the schema.',
    },
    'dependency-schema-removed': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'A schema dependency was removed.',
        example: {
            old: objects_obj({ card: objects_str }, { dependencies: { card: { required: ['billing'] } } }),
            new: objects_obj({ card: objects_str }),
        },
        fix: 'Keep the dependency until consumers no longer rely on it.',
    },
    'dependency-form-changed': {
        raisedBy: () => objects/* compareDependencies */.Dj,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: true,
        summary: 'A dependency changed between a property list and a schema; the list is read as `{ required: [...] }` and the two schemas are compared, their differences reported.',
        example: {
            old: objects_obj({ card: objects_str, billing: objects_str }, { dependencies: { card: ['billing'] } }),
            new: objects_obj({ card: objects_str, billing: objects_str }, { dependencies: { card: { required: ['billing'] } } }),
        },
        fix: 'Nothing to fix by itself; see the differences reported with it.',
    },
    // --- propertyNames, minProperties, maxProperties -----------------------------------------------
    'property-names-added': {
        raisedBy: () => objects/* comparePropertyNames */.dp,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'A propertyNames schema was added: live events with names it rejects are rejected.',
        example: { old: { type: 'object' }, new: { type: 'object', propertyNames: { maxLength: 8 } } },
        fix: 'Make sure every property name live events carry matches the schema.',
    },
    'property-names-removed': {
        raisedBy: () => objects/* comparePropertyNames */.dp,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'The propertyNames schema was removed.',
        example: { old: { type: 'object', propertyNames: { maxLength: 8 } }, new: { type: 'object' } },
        fix: 'Keep the schema until consumers no longer rely on it.',
    },
    'min-properties-added': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'minProperties was added: live events with fewer properties are rejected.',
        example: { old: { type: 'object' }, new: { type: 'object', minProperties: 1 } },
        fix: 'Make sure live events already carry that many properties.',
    },
    'min-properties-removed': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'minProperties was removed.',
        example: { old: { type: 'object', minProperties: 1 }, new: { type: 'object' } },
        fix: 'Keep it until consumers no longer rely on it.',
    },
    'min-properties-increased': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'minProperties increased: live events with fewer properties are rejected.',
        example: { old: { type: 'object', minProperties: 1 }, new: { type: 'object', minProperties: 2 } },
        fix: 'Keep the old minimum.',
    },
    'min-properties-decreased': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'minProperties decreased.',
        example: { old: { type: 'object', minProperties: 2 }, new: { type: 'object', minProperties: 1 } },
        fix: 'Keep the old minimum until consumers no longer rely on it.',
    },
    'max-properties-added': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'maxProperties was added: live events with more properties are rejected.',
        example: { old: { type: 'object' }, new: { type: 'object', maxProperties: 10 } },
        fix: 'Make sure live events never carry more properties than that.',
    },
    'max-properties-removed': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'maxProperties was removed.',
        example: { old: { type: 'object', maxProperties: 10 }, new: { type: 'object' } },
        fix: 'Keep it until consumers no longer rely on it.',
    },
    'max-properties-increased': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: true,
        forward: false,
        summary: 'maxProperties increased.',
        example: { old: { type: 'object', maxProperties: 10 }, new: { type: 'object', maxProperties: 20 } },
        fix: 'Keep the old maximum until consumers no longer rely on it.',
    },
    'max-properties-decreased': {
        raisedBy: () => objects/* compareCount */.Nh,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: true,
        summary: 'maxProperties decreased: live events with more properties are rejected.',
        example: { old: { type: 'object', maxProperties: 20 }, new: { type: 'object', maxProperties: 10 } },
        fix: 'Keep the old maximum.',
    },
});
/** The whole family, declared properties first. */
const objectsKinds = { ...objectPropertyKinds, ...objectKeywordKinds };

// EXTERNAL MODULE: ./lib/evolution/platform.js
var platform = __webpack_require__(26306);
;// CONCATENATED MODULE: ./lib/evolution/kinds/platform.js
// Change kinds the platform layer (../platform.ts) derives from the walker's changes.


const platformKinds = defineKinds({
    'deprecated-property-removed': {
        raisedBy: () => platform/* applyPlatformRules */.x,
        test: 'test/evolution/platform.test.ts',
        backward: false,
        forward: true,
        additive: 'notice',
        summary: 'A property the live schema listed in `x-cxone-deprecated-fields` was removed.',
        example: {
            old: {
                type: 'object',
                additionalProperties: false,
                'x-cxone-deprecated-fields': ['legacy_ref'],
                properties: { id: { type: 'string' }, legacy_ref: { type: 'string' } },
            },
            new: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } },
        },
        fix: 'Nothing to do under the additive policy: the live version announced the removal. Make sure no producer still sends the field.',
        note: 'Under backward and full it is still breaking: live events carrying the field are rejected by the closed schema.',
    },
    'deprecated-required-property-removed': {
        raisedBy: () => platform/* applyPlatformRules */.x,
        test: 'test/evolution/families/objects.test.ts',
        backward: false,
        forward: false,
        additive: 'notice',
        summary: 'A required property the live schema listed in `x-cxone-deprecated-fields` was removed.',
        example: {
            old: {
                type: 'object',
                additionalProperties: false,
                'x-cxone-deprecated-fields': ['legacy_ref'],
                required: ['legacy_ref'],
                properties: { id: { type: 'string' }, legacy_ref: { type: 'string' } },
            },
            new: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } },
        },
        fix: 'Nothing to do under the additive policy: the live version announced the removal. Consumers that still read the field must stop before this deploys.',
        note: 'Kept apart from deprecated-property-removed because dropping a required property also breaks forward compatibility (events without it were invalid before).',
    },
    'property-renamed': {
        raisedBy: () => platform/* mergeRenames */.W,
        test: 'test/evolution/platform.test.ts',
        backward: false,
        forward: false,
        summary: 'A property was removed and another with an equal schema (annotations aside) added beside it: most likely a rename.',
        example: {
            old: { type: 'object', additionalProperties: false, properties: { customer_id: { type: 'string' } } },
            new: { type: 'object', additionalProperties: false, properties: { customerId: { type: 'string' } } },
        },
        fix: 'Migrate in steps: add the new property next to the old one and list the old one in `x-cxone-deprecated-fields` (a minor version); once every producer and consumer uses the new name, remove the old one.',
    },
});

// EXTERNAL MODULE: ./lib/evolution/families/strings.js
var strings = __webpack_require__(66004);
;// CONCATENATED MODULE: ./lib/evolution/kinds/strings.js
// Change kinds of the strings keyword family (see ../families/strings.ts): maxLength, minLength,
// pattern and format. They are only reported when both schemas allow strings; otherwise the
// change of `type` says everything.


const stringsKinds = defineKinds({
    'max-length-added': {
        raisedBy: () => strings/* compareMaxLength */.EU,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'A maxLength was added: live strings longer than it are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', maxLength: 64 } },
        fix: 'Choose a limit at or above the longest value producers send today, or leave the length open.',
    },
    'max-length-removed': {
        raisedBy: () => strings/* compareMaxLength */.EU,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The maxLength was removed: longer strings are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', maxLength: 64 }, new: { type: 'string' } },
        fix: 'Safe for existing events; check that consumers cope with longer values before producers send them.',
    },
    'max-length-increased': {
        raisedBy: () => strings/* compareMaxLength */.EU,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The maxLength was raised: longer strings are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', maxLength: 32 }, new: { type: 'string', maxLength: 64 } },
        fix: 'Safe for existing events; check that consumers cope with longer values before producers send them.',
    },
    'max-length-decreased': {
        raisedBy: () => strings/* compareMaxLength */.EU,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'The maxLength was lowered: live strings between the new and the old limit are now rejected.',
        example: { old: { type: 'string', maxLength: 64 }, new: { type: 'string', maxLength: 32 } },
        fix: 'Keep the old limit; a tighter limit needs a new property (and a deprecation of the old one).',
    },
    'min-length-added': {
        raisedBy: () => strings/* compareMinLength */.UD,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'A minLength was added: live strings shorter than it are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', minLength: 1 } },
        fix: 'Leave the minimum out, or make sure no producer has ever sent a shorter value.',
        note: '`minLength: 0` constrains nothing and is treated as absent, so adding or removing it is no change at all.',
    },
    'min-length-removed': {
        raisedBy: () => strings/* compareMinLength */.UD,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The minLength was removed: shorter strings are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', minLength: 1 }, new: { type: 'string' } },
        fix: 'Safe for existing events; check that consumers cope with shorter (empty) values.',
    },
    'min-length-increased': {
        raisedBy: () => strings/* compareMinLength */.UD,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'The minLength was raised: live strings between the old and the new minimum are now rejected.',
        example: { old: { type: 'string', minLength: 1 }, new: { type: 'string', minLength: 3 } },
        fix: 'Keep the old minimum; a tighter one needs a new property (and a deprecation of the old one).',
    },
    'min-length-decreased': {
        raisedBy: () => strings/* compareMinLength */.UD,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The minLength was lowered: shorter strings are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', minLength: 3 }, new: { type: 'string', minLength: 1 } },
        fix: 'Safe for existing events; check that consumers cope with shorter values.',
    },
    'pattern-added': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'A pattern was added: live strings that do not match it are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', pattern: '^[A-Z]{3}$' } },
        fix: 'Leave the pattern out, or make sure every value producers have sent matches it.',
    },
    'pattern-removed': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The pattern was removed: strings of any shape are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', pattern: '^[A-Z]{3}$' }, new: { type: 'string' } },
        fix: 'Safe for existing events; check that consumers do not rely on the old shape.',
    },
    'pattern-widened': {
        raisedBy: () => strings/* comparePatterns */.$u,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The pattern was replaced by a wider one: every string the old pattern accepts still matches, and some new ones do, which consumers on the old schema may reject.',
        example: { old: { type: 'string', pattern: '^(web|app)$' }, new: { type: 'string', pattern: '^(web|app|kiosk)$' } },
        fix: 'Safe for existing events; check that consumers cope with the new values before producers send them.',
        note: 'Proven only when the old pattern is anchored (`^...$`) and accepts few strings (at most 256, none over 64 characters): each is checked against the new pattern. Otherwise a changed pattern is `pattern-changed`.',
    },
    'pattern-narrowed': {
        raisedBy: () => strings/* comparePatterns */.$u,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'The pattern was replaced by a narrower one: some strings the old pattern accepts no longer match.',
        example: { old: { type: 'string', pattern: '^(web|app|kiosk)$' }, new: { type: 'string', pattern: '^(web|app)$' } },
        fix: 'Keep the old pattern; a narrower one needs a new property (and a deprecation of the old one).',
        note: 'Proven only when the new pattern is anchored (`^...$`) and accepts few strings (at most 256, none over 64 characters), each of which the old pattern accepts.',
    },
    'pattern-changed': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: false,
        summary: 'The pattern was replaced by a different one: some strings may match one and not the other.',
        example: { old: { type: 'string', pattern: '^[A-Z]{3}$' }, new: { type: 'string', pattern: '^[A-Z]{3,4}$' } },
        fix: 'Keep the old pattern; if the new one is truly wider, approve the change explicitly (label or config ignore).',
        note: 'Whether one pattern accepts a superset of the other is proven only when one of them is anchored (`^...$`) and accepts few strings (see `pattern-widened`); otherwise any change counts as breaking both ways.',
    },
    'format-added': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: true,
        summary: 'A format was added: live strings that are not in that format are now rejected.',
        example: { old: { type: 'string' }, new: { type: 'string', format: 'email' } },
        fix: 'Leave the format out (describe it in `description`), or make sure every value sent so far has that format.',
        note: 'In draft-07 a validator may treat `format` as an annotation only; it is judged here as an assertion, which is the cautious reading.',
    },
    'format-removed': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: true,
        forward: false,
        summary: 'The format was removed: strings of any form are now accepted, which consumers on the old schema may reject.',
        example: { old: { type: 'string', format: 'email' }, new: { type: 'string' } },
        fix: 'Safe for existing events; check that consumers do not rely on the old format.',
        note: 'Judged with `format` as an assertion (see format-added).',
    },
    'format-changed': {
        raisedBy: () => strings/* compareText */.n6,
        test: 'test/evolution/families/strings.test.ts',
        backward: false,
        forward: false,
        summary: 'The format was replaced by a different one: values valid in one format may be invalid in the other.',
        example: { old: { type: 'string', format: 'date-time' }, new: { type: 'string', format: 'date' } },
        fix: 'Keep the old format; add a new property with the new format (and deprecate the old one) instead.',
        note: 'Formats are compared by name; relations such as email being a subset of idn-email are not used, because validators disagree on them.',
    },
});

;// CONCATENATED MODULE: ./lib/evolution/kinds/index.js
// Every change kind the engine can emit, with its compatibility: the table the policies read and
// docs/rules.md is generated from. Each family of keywords keeps its kinds in its own file.








const KINDS = {
    ...generalKinds,
    ...objectsKinds,
    ...arraysKinds,
    ...stringsKinds,
    ...numbersKinds,
    ...enumsKinds,
    ...combinatorsKinds,
    ...platformKinds,
};


/***/ }),

/***/ 26306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mergeRenames),
/* harmony export */   x: () => (/* binding */ applyPlatformRules)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33413);
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20698);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
// The platform's own reading of the walker's changes:
// - removing a property that the live version listed in `x-cxone-deprecated-fields` is the
//   planned end of a migration (`deprecated-property-removed`), not an accident;
// - a property removed and another added beside it with an equal schema (annotations aside) is
//   one likely rename.



const REMOVED = /^property-removed-/;
const ADDED = /property-added-to-/;
const FORBIDDEN = /forbidden/;
/**
 * Removal kinds the platform's deprecation turns into a planned removal, each to the kind with the
 * same backward/forward facts (only the additive verdict softens). Platform schemas are closed at
 * the top level; a removal from any other content model keeps its own kind.
 */
const DEPRECATED_KIND = {
    'property-removed-from-closed-content-model': 'deprecated-property-removed',
    'property-removed-required-from-closed-content-model': 'deprecated-required-property-removed',
};
function applyPlatformRules(changes, oldDoc, newDoc) {
    const deprecated = new Set(stringList(oldDoc?.['x-cxone-deprecated-fields']));
    const out = changes.map((c) => {
        const kind = DEPRECATED_KIND[c.kind];
        if (!kind || c.negated || c.exclusive)
            return c;
        const tokens = (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(c.oldPointer);
        if (tokens.length === 2 && tokens[0] === 'properties' && deprecated.has(tokens[1])) {
            return { ...c, kind, message: `deprecated property "${tokens[1]}" was removed` };
        }
        return c;
    });
    return mergeRenames(out, oldDoc, newDoc);
}
function mergeRenames(changes, oldDoc, newDoc) {
    // A name no event can carry (declared `false`, or ruled out) is renamed to nothing.
    const removed = changes.filter((c) => REMOVED.test(c.kind) && !c.negated && !FORBIDDEN.test(c.kind));
    const added = changes.filter((c) => ADDED.test(c.kind) && !c.negated && !FORBIDDEN.test(c.kind));
    if (removed.length === 0 || added.length === 0)
        return changes;
    const drop = new Set();
    const merged = [];
    for (const r of removed) {
        const parent = parentOf(r.oldPointer);
        const schema = text((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePointer */ .cj)(oldDoc, r.oldPointer));
        const twin = added.find((a) => !drop.has(a) && parentOf(a.pointer) === parent && text((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePointer */ .cj)(newDoc, a.pointer)) === schema);
        if (!twin || schema === undefined)
            continue;
        drop.add(r).add(twin);
        const from = (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(r.oldPointer).at(-1);
        const to = (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(twin.pointer).at(-1);
        merged.push({
            kind: 'property-renamed',
            pointer: twin.pointer,
            oldPointer: r.oldPointer,
            old: from,
            new: to,
            message: `property "${from}" looks renamed to "${to}" (same schema); live events still carry "${from}"`,
        });
    }
    return [...changes.filter((c) => !drop.has(c)), ...merged];
}
function parentOf(pointer) {
    return pointer.slice(0, pointer.lastIndexOf('/'));
}
/** The schema as canonical text without its annotations: a new description does not hide a rename. */
function text(v) {
    return v === undefined ? undefined : (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(validating(v, 0));
}
/** How applicators hold subschemas: the keys under `map` keywords are names, never annotations. */
const SUBSCHEMAS = {
    properties: 'map',
    patternProperties: 'map',
    dependencies: 'map',
    items: 'list',
    allOf: 'list',
    anyOf: 'list',
    oneOf: 'list',
    additionalItems: 'one',
    additionalProperties: 'one',
    contains: 'one',
    propertyNames: 'one',
    not: 'one',
    if: 'one',
    then: 'one',
    else: 'one',
};
/** Past this nesting the rest is compared as written (a hint, not a verdict). */
const MAX_DEPTH = 64;
/** `schema` with only the keywords that affect validation, at every schema position. */
function validating(schema, depth) {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || depth > MAX_DEPTH)
        return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .affectsValidation */ .Qe)(key))
            continue;
        const shape = SUBSCHEMAS[key];
        if (shape === 'map' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
            out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, validating(sub, depth + 1)]));
        }
        else if (shape === 'list' && Array.isArray(value)) {
            out[key] = value.map((sub) => validating(sub, depth + 1));
        }
        else if (shape !== undefined) {
            out[key] = validating(value, depth + 1); // `items` as one schema lands here too
        }
        else
            out[key] = value;
    }
    return out;
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}


/***/ }),

/***/ 27507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   _Q: () => (/* binding */ breaksBackward),
/* harmony export */   eK: () => (/* binding */ kindVerdict)
/* harmony export */ });
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59399);
// Compatibility as data: a policy is a column computed from each kind's two facts in ./kinds/
// (does it keep old events valid? does it keep new events valid under the old schema?),
// plus the additive policy's own stricter entries. Never branching code per kind.

/**
 * The verdict of a kind under a policy. `negated`: under an odd number of `not`s, so the two
 * directions swap. `exclusive`: inside a `oneOf` branch not provably disjoint from its siblings,
 * where accepting more can make an old event match a second branch (backward breaks) and
 * accepting less can make an event that matched two branches match one (forward breaks): only a
 * change that keeps both directions stays compatible. `only`: the change counts for that direction
 * alone (see Change.only).
 */
function kindVerdict(kind, policy, negated = false, exclusive = false, only) {
    const info = _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G[kind];
    const rawBackward = negated ? info.forward : info.backward;
    const rawForward = negated ? info.backward : info.forward;
    // A change that counts for one direction only keeps the other.
    const backward = only === 'forward' || (rawBackward && (!exclusive || rawForward));
    const forward = only === 'backward' || (rawForward && (!exclusive || rawBackward));
    switch (policy) {
        case 'none':
            return 'ok';
        case 'backward':
            return backward ? 'ok' : 'breaking';
        case 'forward':
            return forward ? 'ok' : 'breaking';
        case 'full':
            return backward && forward ? 'ok' : 'breaking';
        case 'additive':
            if (!negated && !exclusive && !only && 'additive' in info && info.additive)
                return info.additive;
            return backward ? 'ok' : 'breaking';
    }
}
function verdict(change, policy) {
    return kindVerdict(change.kind, policy, change.negated, change.exclusive, change.only);
}
/**
 * True when the change can make an event valid under the old schema invalid under the new one (a
 * change that counts for forward only cannot).
 */
function breaksBackward(change) {
    return kindVerdict(change.kind, 'backward', change.negated, change.exclusive, change.only) === 'breaking';
}


/***/ }),

/***/ 73510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isFalseSchema),
/* harmony export */   $c: () => (/* binding */ allowsType),
/* harmony export */   GA: () => (/* binding */ eitherUses),
/* harmony export */   J_: () => (/* binding */ JSON_TYPES),
/* harmony export */   Qe: () => (/* binding */ affectsValidation),
/* harmony export */   a3: () => (/* binding */ PLATFORM_FIELDS),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   mD: () => (/* binding */ asSchema),
/* harmony export */   oE: () => (/* binding */ isTrueSchema),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   pl: () => (/* binding */ typesOf),
/* harmony export */   r3: () => (/* binding */ isPlatformKeyword)
/* harmony export */ });
/* unused harmony export ANNOTATIONS */
/* harmony import */ var _core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43277);
// Normalised schemas: plain objects where `$ref`s are replaced by their (shared) targets, so the
// graph may be cyclic. `src` remembers each node's pointer in its source document, for findings.

const JSON_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
/** Marker of the `false` schema (nothing validates): `{ not: {} }` after normalisation. */
function isFalseSchema(s) {
    if (!s || !('not' in s))
        return false;
    for (const k of Object.keys(s))
        if (k !== 'not' && affectsValidation(k))
            return false;
    return isTrueSchema(s.not);
}
/** The `true` schema (everything validates): `{}` once annotations are ignored. */
function isTrueSchema(s) {
    if (!s)
        return true;
    for (const k of Object.keys(s))
        if (affectsValidation(k))
            return false;
    return true;
}
/**
 * Annotation keywords: draft-07 keywords that never affect validity (a change of one is
 * `annotation-changed`). Any keyword draft-07 does not define (a typo, `nullable`, draft-04's
 * `id`) is ignored by validators and so is an annotation too: see `affectsValidation`.
 */
const ANNOTATIONS = new Set((0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .definedKeywords */ .OJ)('draft-07').filter((k) => !(0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .isAssertingKeyword */ .QF)(k)));
/** Platform metadata, judged by the platform rules (version.ts), not by validation. */
const PLATFORM_FIELDS = new Set(['cxoneVersion']);
/**
 * Whether a keyword can change which events validate: only the asserting keywords of draft-07
 * (the engine reads every schema as draft-07; ./dialect.ts rewrites older drafts first).
 * Annotations, unknown keywords, vendor extensions (`x-*`, e.g. x-cxone-deprecated-fields) and
 * platform metadata cannot: the one definition every family uses when it asks whether two
 * schemas are "the same".
 */
function affectsValidation(key) {
    return (0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .isAssertingKeyword */ .QF)(key, 'draft-07');
}
/** Vendor extensions and platform fields: judged by ../platform.ts and ../version.ts, not as annotations. */
function isPlatformKeyword(key) {
    return PLATFORM_FIELDS.has(key) || key.startsWith('x-');
}
/** A keyword's value as a list (nothing when it is not one). */
const list = (v) => (Array.isArray(v) ? v : []);
/** A keyword's value as a finite number (undefined when it is not one). */
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
function asSchema(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** The types a schema allows; undefined = any type. `integer` is a subset of `number`. */
function typesOf(s) {
    const t = s.type;
    if (t === undefined)
        return undefined;
    return new Set((Array.isArray(t) ? t : [t]));
}
/** True when the schema allows values of `type` (taking integer \u2282 number into account). */
function allowsType(s, type) {
    const types = typesOf(s);
    if (!types)
        return true;
    return types.has(type) || (type === 'integer' && types.has('number'));
}
/** Whether either schema uses any of `keywords`: lets a family skip node pairs it has nothing to say about. */
function eitherUses(a, b, keywords) {
    for (const k of keywords)
        if (a[k] !== undefined || b[k] !== undefined)
            return true;
    return false;
}


/***/ }),

/***/ 74703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ setAside),
/* harmony export */   Ro: () => (/* binding */ keepDependencies),
/* harmony export */   kv: () => (/* binding */ carryAside),
/* harmony export */   pK: () => (/* binding */ putBack)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33413);
/* harmony import */ var _families_combinators_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64805);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
// Keywords the simplifier drops because the rest of their node makes them say nothing
// (`propertyNames` of a closed object with no names, `uniqueItems` under `maxItems: 0`, the
// dependency of a name the object can never hold). Such a keyword still holds for every value
// the node accepts. So when the other version keeps the same keyword, the pair is compared with it
// put back: otherwise the rest of the node changing (the object opened) reads as the keyword
// being added, a narrowing that cannot happen (issue 12, false alarms).
//
// Sound: a keyword is set aside only when dropping it keeps the node's meaning, so putting it
// back keeps it too.



/** Per node: keyword (or `dependencies/<name>` for one entry) -> the value dropped. */
const ASIDE = new WeakMap();
const ENTRY = 'dependencies/';
/** Record that `key` of `p`, holding `value`, was dropped as saying nothing there. */
function setAside(p, key, value) {
    if (value === undefined)
        return;
    // Entry by entry: the other side may have dropped some entries of its own.
    if (key === 'dependencies' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, dep] of Object.entries(value))
            setAside(p, ENTRY + name, dep);
        return;
    }
    let m = ASIDE.get(p);
    if (!m)
        ASIDE.set(p, (m = new Map()));
    if (!m.has(key))
        m.set(key, value);
}
/** Keeps only `kept` of `p.dependencies` (`deps`), the others set aside; true when any went. */
function keepDependencies(p, deps, kept) {
    if (kept.length === Object.keys(deps).length)
        return false;
    const keep = new Set(kept.map(([k]) => k));
    for (const [name, dep] of Object.entries(deps))
        if (!keep.has(name))
            setAside(p, ENTRY + name, dep);
    if (kept.length > 0)
        p.dependencies = Object.fromEntries(kept);
    else
        delete p.dependencies;
    return true;
}
/**
 * `node` (of `graph`) with the keywords set aside from it that `other` (of `otherGraph`) holds
 * with the same value (a copy, registered in `graph` like the node); `node` itself when none.
 */
function putBack(node, other, graph, otherGraph) {
    const same = (key, a, b) => (0,_families_combinators_match_js__WEBPACK_IMPORTED_MODULE_0__/* .sameSchema */ .Go)({ [key]: a }, { [key]: b }) || sameSource(a, graph, b, otherGraph);
    const aside = ASIDE.get(node);
    if (!aside)
        return node;
    let copy;
    for (const [key, value] of aside) {
        if (key.startsWith(ENTRY)) {
            const name = key.slice(ENTRY.length);
            const theirs = entryOf(other.dependencies, name);
            if (theirs === undefined ||
                entryOf(node.dependencies, name) !== undefined ||
                !same('dependencies', { [name]: value }, { [name]: theirs }))
                continue;
            copy ??= { ...node };
            copy.dependencies = { ...copy.dependencies, [name]: value };
        }
        else if (node[key] === undefined && other[key] !== undefined && same(key, value, other[key])) {
            copy ??= { ...node };
            copy[key] = value;
        }
    }
    if (copy === undefined)
        return node;
    const at = graph.src.get(node);
    if (at !== undefined)
        graph.src.set(copy, at);
    const moved = graph.keySrc?.get(node);
    if (moved)
        graph.keySrc.set(copy, moved);
    (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .rememberTypes */ .HK)(copy, (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(node));
    return copy;
}
function entryOf(deps, name) {
    return deps !== null && typeof deps === 'object' && !Array.isArray(deps) && Object.hasOwn(deps, name)
        ? deps[name]
        : undefined;
}
/**
 * Two subschemas written alike, without a `$ref` (equal source, equal meaning): the normalised
 * nodes may differ by what their context wrote into them (a `type`).
 */
function sameSource(a, graph, b, otherGraph) {
    const raw = (v, g) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return undefined;
        const at = g.src.get(v);
        return g.refFreeRaw.get(v) ?? (at === undefined ? undefined : g.refFreeRaw.get(g.byPointer.get(at)));
    };
    const [x, y] = [raw(a, graph), raw(b, otherGraph)];
    return x !== undefined && y !== undefined && (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .sameContent */ .C)(x, y);
}
/** `to` now implies `from` (it was hoisted in): what `from` set aside holds for `to` too. */
function carryAside(from, to) {
    const aside = ASIDE.get(from);
    if (aside)
        for (const [key, value] of aside)
            setAside(to, key, value);
}


/***/ }),

/***/ 70490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ analyse),
/* harmony export */   Zw: () => (/* binding */ emptiedBecause),
/* harmony export */   eE: () => (/* binding */ markEmptied)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _simplify_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25185);
/* harmony import */ var _simplify_aside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74703);
/* harmony import */ var _witness_regex_language_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35853);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71854);
/* harmony import */ var _value_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61013);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87530);
// Schemas that accept nothing (issue 12, false alarms): a node no value can satisfy is the `false`
// schema, however it is spelt (`type: string` with `minLength: 3, maxLength: 1`, `type: integer`
// with a `then`/`else` that wants objects, a required property declared `false`, ...). A change
// inside such a node cannot reject a live event, since no live event reaches it.
//
// The analysis is one-sided: it says "empty" only when no value can be valid, never the reverse
// (a missed emptiness is a possible false alarm; a wrong one would hide a break). It reads the
// node's own keywords plus the type sets already worked out for its subschemas (children are
// simplified first; a subschema not seen yet, e.g. through a cycle, counts as "any type"). Also:
// `enum` values a keyword of the node rejects are dropped (the node's meaning is unchanged).







/** Why a node was found to accept nothing (for the finding's message), by node. */
const EMPTIED = new WeakMap();
/** Why `s` accepts nothing, when the simplifier found it so (undefined for a literal `false`). */
function emptiedBecause(s) {
    return EMPTIED.get(s);
}
function markEmptied(s, why) {
    EMPTIED.set(s, why);
}
/**
 * The types `p` can hold (`others`: by its keywords but `not`) and, when none, why. Drops `enum`
 * values the node's own keywords reject (in place; `changed` says whether it did).
 */
function analyse(p) {
    let changed = false;
    let bits = _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .ANY_TYPE */ .si;
    let why;
    const narrow = (mask, reason) => {
        const before = bits;
        bits &= mask;
        if (bits === 0 && before !== 0 && why === undefined)
            why = reason();
    };
    if (Array.isArray(p.type))
        narrow((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitsOfTypes */ .JQ)(p.type), () => `no value is of type ${p.type}`);
    if (Array.isArray(p.enum)) {
        const kept = p.enum.filter((v) => !(0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_1__/* .rejects */ .zo)(p, v));
        if (kept.length !== p.enum.length) {
            p.enum = kept;
            changed = true;
        }
        // A keyword every value left satisfies says nothing the enum does not.
        const satisfied = kept.length === 0 ? [] : _value_check_js__WEBPACK_IMPORTED_MODULE_5__/* .EXACT */ .qY.filter((k) => p[k] !== undefined && kept.every((v) => (0,_value_check_js__WEBPACK_IMPORTED_MODULE_5__/* .accepts */ .G3)(p, k, v) === true));
        const re = kept.length > 0 && typeof p.pattern === 'string' ? (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .regex */ .yG)(p.pattern) : null;
        if (re && kept.every((v) => typeof v !== 'string' || re.test(v)))
            satisfied.push('pattern');
        for (const k of satisfied) {
            (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_2__/* .setAside */ .Fi)(p, k, p[k]);
            delete p[k];
        }
        if (satisfied.length > 0)
            changed = true;
        let enumBits = 0;
        for (const v of kept)
            enumBits |= (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitOf */ .nP)(v);
        narrow(enumBits, () => kept.length === 0
            ? 'no value of its enum (or const) passes its other keywords'
            : 'no value of its enum is of its type');
    }
    const s = stringFlaw(p);
    if (s)
        narrow(~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .STRING */ .An, () => `no string can be valid (${s}) and the type allows only strings`);
    const n = numberFlaws(p);
    if (n.mask !== _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .ANY_TYPE */ .si)
        narrow(n.mask, () => `no number can be valid (${n.why}) and the type allows only numbers`);
    const a = arrayFlaw(p);
    if (a)
        narrow(~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .ARRAY */ .sO, () => `no array can be valid (${a}) and the type allows only arrays`);
    const o = objectFlaw(p);
    if (o)
        narrow(~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .OBJECT */ .qv, () => `no object can be valid (${o}) and the type allows only objects`);
    for (const [i, m] of (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.allOf).entries())
        narrow((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(m), () => `allOf member ${i} allows none of the types the rest allows`);
    for (const key of ['anyOf', 'oneOf']) {
        const members = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p[key]);
        if (members.length > 0)
            narrow(members.reduce((acc, m) => acc | (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(m), 0), () => `no ${key} member allows a type the rest allows`);
    }
    if (p.if !== undefined) {
        // One branch applies to every value: where `if` cannot hold, `else` alone.
        const branches = (bits & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.if)) === 0 ? (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.else) : (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.then) | (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.else);
        narrow(branches, () => 'its then/else branches allow none of its types');
    }
    // Last, so `others` says what the node holds without its `not`.
    const others = bits;
    const negated = typeOnly(p.not);
    if (negated !== undefined)
        narrow(~negated, () => 'its `not` excludes every type it allows');
    return { bits, others, why, changed };
}
/** The types a `not` subschema holding only `type` (annotations aside) matches: all values of them. */
function typeOnly(n) {
    if (n === null || typeof n !== 'object' || Array.isArray(n))
        return undefined;
    const s = n;
    if (!Array.isArray(s.type))
        return undefined;
    const rest = { ...s };
    delete rest.type;
    return (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(rest) ? (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitsOfTypes */ .JQ)(s.type) : undefined;
}
function stringFlaw(p) {
    const [min, max] = [(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.minLength), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.maxLength)];
    if (min !== undefined && max !== undefined && min > max)
        return `minLength ${min} is above maxLength ${max}`;
    if (typeof p.pattern !== 'string' || (min === undefined && max === undefined))
        return undefined;
    // The lengths the pattern's own matches can have (read from its tree, never by running it).
    const lengths = (0,_witness_regex_language_js__WEBPACK_IMPORTED_MODULE_3__/* .patternLengths */ .Am)(p.pattern);
    if (lengths === undefined)
        return undefined;
    if (max !== undefined && lengths.min > max)
        return `pattern /${p.pattern}/ matches nothing shorter than ${lengths.min} characters, above maxLength ${max}`;
    if (min !== undefined && lengths.max < min)
        return `pattern /${p.pattern}/ matches nothing longer than ${lengths.max} characters, below minLength ${min}`;
    return undefined;
}
/** The number kinds a node's numeric keywords leave possible (ANY_TYPE: all), and why not the others. */
function numberFlaws(p) {
    const { lo, loX, hi, hiX } = (0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bounds */ .O)(p);
    if (lo > hi || (lo === hi && (loX || hiX)))
        return { mask: ~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .NUMBER */ .uk, why: `the bounds ${lo} to ${hi} hold no number` };
    let mask = _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .ANY_TYPE */ .si;
    const reasons = [];
    // Integers in range: from the least above lo to the greatest below hi.
    const first = loX ? Math.floor(lo) + 1 : Math.ceil(lo);
    const last = hiX ? Math.ceil(hi) - 1 : Math.floor(hi);
    if (Number.isFinite(first) && Number.isFinite(last) && first > last) {
        mask &= ~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .INTEGER */ .vh;
        reasons.push(`no integer between ${lo} and ${hi}`);
    }
    const m = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.multipleOf);
    if ((m !== undefined && m > 0 && Number.isInteger(m)) || (lo === hi && Number.isInteger(lo))) {
        mask &= ~_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .FRACTION */ .B1;
        reasons.push(m !== undefined && Number.isInteger(m) ? `multipleOf ${m} admits integers only` : `only ${lo} is in bounds`);
    }
    return { mask, why: reasons.join('; ') };
}
/** Values of a listing tried on the other side, at most. */
const MAX_LISTED = 64;
function arrayFlaw(p) {
    // `contains` asks for an item at least.
    const [min, max] = [Math.max((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.minItems) ?? 0, p.contains !== undefined ? 1 : 0), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.maxItems)];
    if (max !== undefined && min > max)
        return `minItems ${min} is above maxItems ${max}`;
    if (p.contains !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.contains) === 0)
        return 'contains accepts no item';
    // Every item must pass `items`: an item `contains` asks for must be of a type both allow.
    if (p.contains !== undefined && p.items !== undefined && !Array.isArray(p.items)) {
        if (((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.contains) & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.items)) === 0)
            return 'contains asks for an item of a type items forbids';
        // One side lists its values: none of them passes the other.
        const [c, i] = [(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(p.contains), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(p.items)];
        if (c &&
            i &&
            Array.isArray(c.enum) &&
            c.enum.length <= MAX_LISTED &&
            c.enum.every((v) => (0,_value_check_js__WEBPACK_IMPORTED_MODULE_5__/* .validValue */ .Im)(i, v) === false))
            return 'items accept none of the values contains asks for';
        if (c &&
            i &&
            Array.isArray(i.enum) &&
            i.enum.length <= MAX_LISTED &&
            i.enum.every((v) => (0,_value_check_js__WEBPACK_IMPORTED_MODULE_5__/* .validValue */ .Im)(c, v) === false))
            return 'contains accepts none of the values items allow';
    }
    if (p.contains !== undefined && max === 0)
        return 'contains needs an item and maxItems is 0';
    if (min === 0)
        return undefined;
    if (Array.isArray(p.items)) {
        const at = p.items.findIndex((s, i) => i < min && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(s) === 0);
        if (at >= 0)
            return `item ${at} accepts nothing and minItems is ${min}`;
        if (p.items.length < min && p.additionalItems !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.additionalItems) === 0)
            return `the tuple has ${p.items.length} items, no more are allowed, and minItems is ${min}`;
    }
    else if (p.items !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.items) === 0)
        return `items accept nothing and minItems is ${min}`;
    return undefined;
}
function objectFlaw(p) {
    const required = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.required).map(String);
    const [min, max] = [Math.max((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.minProperties) ?? 0, required.length), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.maxProperties)];
    if (max !== undefined && min > max)
        return `${min} properties are needed and maxProperties is ${max}`;
    if (min > 0 && p.propertyNames !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.propertyNames) === 0)
        return 'propertyNames accepts no name and a property is needed';
    if (min > 0 && (0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_1__/* .noNameAllowed */ .Pc)(p))
        return 'no property is allowed and one is needed';
    for (const name of required) {
        if ((0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_1__/* .forbidden */ .o0)(p, name))
            return `required property "${name}" accepts no value`;
    }
    // A closed object holds only its declared names, less those ruled out.
    if (min > 0 && closed(p)) {
        const props = p.properties;
        const names = Object.keys(props).filter((k) => (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(props[k]) !== 0);
        // Only these keywords rule out a declared name whose own schema accepts values (cheap count first).
        const more = names.length >= min &&
            (p.propertyNames !== undefined ||
                p.dependencies !== undefined ||
                p.patternProperties !== undefined ||
                p.allOf !== undefined);
        const held = more ? names.filter((k) => !(0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_1__/* .forbidden */ .o0)(p, k)) : names;
        if (held.length < min)
            return `only ${held.length} of its declared properties can be present and ${min} are needed`;
    }
    return undefined;
}
/**
 * No name outside `properties` is allowed (additionalProperties false, no pattern admits one);
 * `properties` is a map.
 */
function closed(p) {
    if (p.properties === null || typeof p.properties !== 'object' || Array.isArray(p.properties))
        return false;
    if (p.additionalProperties === undefined || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.additionalProperties) !== 0)
        return false;
    const patterns = (p.patternProperties ?? {});
    return Object.values(patterns).every((s) => (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(s) === 0);
}


/***/ }),

/***/ 19920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ pruneUnreachable),
/* harmony export */   p: () => (/* binding */ neverHolds)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20698);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74703);
/* harmony import */ var _simplify_empty_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70490);
/* harmony import */ var _simplify_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25185);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87530);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71854);
// Members no valid object can hold (issue 12, false alarms): a property whose name the object's
// own keywords rule out (`propertyNames` rejects it, `maxProperties` is filled by the required
// names, its declared and pattern schemas share no type, ...) never reaches its schema, so the
// schema is `false` in effect: written so, a change inside it compares as no change, and a change
// that makes the name unreachable reads as the schema becoming false, with the reason.
//
// Sound by construction: a name is pruned only when its presence certainly fails the node
// (./simplify-values.ts `forbidden`, or the count of required names), so the node accepts the
// same objects before and after. A `dependencies` entry of a name the other keywords rule out
// never triggers: dropped.







/** `^name$` with plain name characters: the pattern names exactly one property. */
const LITERAL = /^\^([A-Za-z0-9_-]*)\$$/;
/**
 * Replace the schemas of names `p` can never hold with `false` nodes made by `made` (told
 * its pointer below `p`), and drop their dependencies. Returns whether anything changed.
 */
function pruneUnreachable(p, made) {
    // Without patterns or dependencies, a declared name is ruled out only by propertyNames or
    // maxProperties (or its own schema, false already): most nodes stop here.
    if (p.patternProperties === undefined &&
        p.dependencies === undefined &&
        (p.properties === undefined || (p.propertyNames === undefined && p.maxProperties === undefined)))
        return false;
    const why = absentBecause(p);
    const falseNode = (key, k, reason) => {
        const node = made({ not: {} }, `${key}/${(0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeToken */ .tj)(k)}`);
        (0,_simplify_empty_js__WEBPACK_IMPORTED_MODULE_2__/* .markEmptied */ .eE)(node, reason);
        return node;
    };
    let changed = false;
    const prune = (key, name) => {
        const members = p[key];
        if (members === undefined)
            return;
        let next;
        for (const [k, sub] of Object.entries(members)) {
            const n = name(k);
            if (n === undefined || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_4__/* .typesOf */ .pl)(sub) === 0)
                continue;
            const reason = why(n);
            if (reason === undefined)
                continue;
            next ??= { ...members };
            next[k] = falseNode(key, k, reason);
        }
        if (next !== undefined)
            [p[key], changed] = [next, true];
    };
    prune('properties', (k) => k);
    prune('patternProperties', (k) => LITERAL.exec(k)?.[1]);
    changed = prunePatternsOutsideNames(p, falseNode) || changed;
    changed = falsifyDependencies(p, falseNode) || changed;
    const deps = p.dependencies;
    if (deps !== undefined) {
        // Only names ruled out by the other keywords: a dependency may be what rules its own name out.
        const without = absentBecause({ ...p, dependencies: undefined });
        const kept = Object.entries(deps).filter(([k]) => without(k) === undefined);
        changed = (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__/* .keepDependencies */ .Ro)(p, deps, kept) || changed;
    }
    return changed;
}
/**
 * A dependency schema applies only to objects holding its name: when it rules that name out
 * itself, it rejects every object it applies to, so it is the `false` schema in effect.
 */
function falsifyDependencies(p, falseNode) {
    const deps = p.dependencies;
    if (deps === null || typeof deps !== 'object' || Array.isArray(deps))
        return false;
    let next;
    for (const [k, dep] of Object.entries(deps)) {
        if (dep === null || typeof dep !== 'object' || Array.isArray(dep) || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_4__/* .typesOf */ .pl)(dep) === 0)
            continue;
        const reason = absentBecause(dep)(k);
        if (reason === undefined)
            continue;
        next ??= { ...deps };
        next[k] = falseNode('dependencies', k, `the dependency of ${JSON.stringify(k)} holds only for objects without it (${reason})`);
    }
    if (next === undefined)
        return false;
    p.dependencies = next;
    return true;
}
/** Names of a `propertyNames` enum each pattern is tried on, at most. */
const MAX_NAMES = 256;
/** With a `propertyNames` enum the names are few: a pattern none of them matches never applies. */
function prunePatternsOutsideNames(p, falseNode) {
    const names = p.propertyNames;
    const patterns = p.patternProperties;
    // (A long enum is left alone: each pattern would be tried on every name.)
    if (!patterns || !names || typeof names !== 'object' || !Array.isArray(names.enum) || names.enum.length > MAX_NAMES)
        return false;
    const allowed = names.enum.filter((n) => typeof n === 'string');
    let next;
    for (const [k, sub] of Object.entries(patterns)) {
        const re = (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .regex */ .yG)(k);
        if (re === null || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_4__/* .typesOf */ .pl)(sub) === 0 || allowed.some((n) => re.test(n)))
            continue;
        next ??= { ...patterns };
        next[k] = falseNode('patternProperties', k, `no name propertyNames allows (${allowed.map((n) => JSON.stringify(n)).join(', ') || 'none'}) matches /${k}/`);
    }
    if (next === undefined)
        return false;
    p.patternProperties = next;
    return true;
}
/**
 * How many names an object holding `name` has at least: the required ones and those `name`'s
 * dependency lists bring, in turn (counted up to `max` + 1).
 */
function withDependencies(p, name, required, max) {
    const deps = p.dependencies;
    if (deps === null || typeof deps !== 'object')
        return required.size + 1;
    const names = new Set([...required, name]);
    const queue = [name];
    for (let i = 0; i < queue.length && names.size <= max; i++) {
        const dep = Object.hasOwn(deps, queue[i]) ? deps[queue[i]] : undefined;
        if (!Array.isArray(dep))
            continue;
        for (const n of dep.map(String)) {
            if (names.has(n))
                continue;
            names.add(n);
            queue.push(n);
        }
    }
    return names.size;
}
/** Whether no object valid under `p` holds `name` (a required name: false, its absence empties the node instead). */
function neverHolds(p, name) {
    return absentBecause(p)(name) !== undefined;
}
/** For a property name, why `p` can never hold it (undefined: it may). */
function absentBecause(p) {
    const required = new Set((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.required).map(String));
    const max = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.maxProperties);
    const full = max !== undefined && required.size >= max;
    return (name) => {
        // A required name that cannot be held empties the node instead (./simplify-empty.ts).
        if (required.has(name))
            return undefined;
        if (full)
            return `property ${JSON.stringify(name)} can never be present: maxProperties ${max} leaves room for the required names only`;
        if (max !== undefined && withDependencies(p, name, required, max) > max) {
            return `property ${JSON.stringify(name)} can never be present: with the names its dependencies bring and the required ones, more than maxProperties ${max} would be needed`;
        }
        if ((0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_3__/* .nameRejected */ .or)(p.propertyNames, name))
            return `property ${JSON.stringify(name)} can never be present: propertyNames rejects the name`;
        if ((0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_3__/* .forbidden */ .o0)(p, name))
            return `property ${JSON.stringify(name)} can never be present: the schemas that apply to it (properties, patternProperties, additionalProperties, dependencies) accept no value together`;
        return undefined;
    };
}


/***/ }),

/***/ 97714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ pruneByType),
/* harmony export */   Iy: () => (/* binding */ coversTypes),
/* harmony export */   hz: () => (/* binding */ confineToTypes),
/* harmony export */   uX: () => (/* binding */ dropVacuous)
/* harmony export */ });
/* harmony import */ var _core_json_type_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36334);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74703);
/* harmony import */ var _witness_regex_language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35853);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71854);
/* harmony import */ var _simplify_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25185);
/* harmony import */ var _value_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61013);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87530);
// Keywords that do not apply to the instance types a node can hold are no constraint (draft-07:
// `minimum` ignores strings, `required` ignores arrays, ...). The types a node can hold come from
// `type` and from the values of its `enum` (`const` is a one-value `enum` by now). (`{type:
// integer}` against `{type: number, multipleOf: 1}` is settled by ./families/types.ts and
// ./families/numbers.ts, which see both sides.)








/**
 * Rewrite `p` in place; true when anything changed. Most nodes hold no inapplicable keyword: found
 * without building a set.
 */
function pruneByType(p) {
    if (p.type === undefined && p.enum === undefined)
        return false;
    let types = null;
    let changed = false;
    for (const k of Object.keys(p)) {
        const type = _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .APPLIES_TO */ .H1.get(k);
        if (type === undefined)
            continue;
        if (types === null)
            types = possibleTypes(p);
        if (!types || types.has(type) || (type === 'number' && types.has('integer')))
            continue;
        (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__/* .setAside */ .Fi)(p, k, p[k]);
        delete p[k];
        changed = true;
    }
    return changed;
}
/**
 * The JSON types `p` can hold (integer \u2282 number: `number` here means "numbers, not only integers");
 * undefined = any.
 */
function possibleTypes(p) {
    let out;
    if (Array.isArray(p.type)) {
        out = new Set(p.type.map(String));
        if (out.has('number'))
            out.add('integer');
    }
    if (Array.isArray(p.enum)) {
        const values = new Set();
        for (const v of p.enum) {
            const t = (0,_core_json_type_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonTypeOf */ .W)(v) ?? typeof v;
            values.add(t);
            if (t === 'integer')
                values.add('number');
        }
        out = out ? new Set([...out].filter((t) => values.has(t))) : values;
        // An integer value is a number too; a non-integer one is allowed only by `number`.
        if (out.has('number') && ![...p.enum].some((v) => typeof v === 'number' && !Number.isInteger(v)))
            out.delete('number');
    }
    return out;
}
/**
 * When the types the node can hold (`bits`, ./simplify-empty.ts) leave out every type some keyword
 * of `p` is for, `type` says so and that keyword goes (the same values validate): `properties`
 * beside a `required` name declared `false` constrain nothing, since no object can be valid.
 */
function confineToTypes(p, bits) {
    if (bits === 0 || bits === _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .ANY_TYPE */ .si)
        return false;
    const dead = Object.keys(p).some((k) => {
        const type = _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .APPLIES_TO */ .H1.get(k);
        return type !== undefined && (bits & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitsOfTypes */ .JQ)([type])) === 0;
    });
    if (!dead)
        return false;
    p.type = (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typeList */ .FQ)(bits);
    pruneByType(p);
    return true;
}
/** `multipleOf` values every integer is a multiple of, under ajv's exact division too. */
const INTEGRAL_DIVISORS = new Set([1, 0.5, 0.25, 0.125]);
/** Keywords that only constrain the items, or the properties, of an array or object. */
const ITEM_KEYWORDS = ['items', 'additionalItems', 'uniqueItems'];
const MEMBER_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'dependencies'];
/**
 * Keywords that constrain nothing given the node's other keywords (the same values validate):
 * `multipleOf: 1` when `type` admits no non-integer number; `uniqueItems` when at most one item
 * is allowed; item keywords when no item is (`maxItems: 0`), property keywords when no property
 * is (`maxProperties: 0`); `additionalItems` past a `maxItems` the tuple already covers (a
 * `maxItems` as long as the tuple closes it: `moved` is told); `minProperties` `required` meets; a
 * `propertyNames` every string passes, or every name a closed object declares; `minItems: 1`
 * beside `contains`. And names a required name's dependency list brings are
 * required too (written into `required`).
 */
function dropVacuous(p, moved) {
    let changed = false;
    const drop = (k) => {
        if (p[k] === undefined)
            return;
        (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__/* .setAside */ .Fi)(p, k, p[k]);
        delete p[k];
        changed = true;
    };
    if (typeof p.multipleOf === 'number' &&
        INTEGRAL_DIVISORS.has(p.multipleOf) &&
        Array.isArray(p.type) &&
        !p.type.includes('number') &&
        p.type.includes('integer'))
        drop('multipleOf');
    if (p.maxItems === 0)
        ITEM_KEYWORDS.forEach(drop);
    if (p.maxProperties === 0)
        MEMBER_KEYWORDS.forEach(drop);
    if (p.uniqueItems === true && typeof p.maxItems === 'number' && p.maxItems <= 1)
        drop('uniqueItems');
    if (Array.isArray(p.items)) {
        // Positions past `maxItems` are never filled: the tuple is as long as maxItems allows.
        const tuple = p.items;
        if (typeof p.maxItems === 'number' && p.maxItems >= 1 && p.maxItems < tuple.length) {
            p.items = tuple.slice(0, Math.floor(p.maxItems));
            changed = true;
        }
        // `maxItems: n` on a tuple of n is a closed tuple (one form for both; findings point at maxItems).
        const n = p.items.length;
        const closed = p.additionalItems !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.additionalItems) === 0;
        if (p.maxItems === n && !closed) {
            p.additionalItems = { not: {} };
            moved?.('additionalItems', 'maxItems');
            drop('maxItems');
        }
        else if (typeof p.maxItems === 'number' && p.maxItems < n)
            drop('additionalItems');
        else if (closed && typeof p.maxItems === 'number')
            drop('maxItems');
    }
    if (Array.isArray(p.required) && p.dependencies !== undefined)
        changed = closeRequired(p) || changed;
    if ((0,_simplify_values_js__WEBPACK_IMPORTED_MODULE_4__/* .noNameAllowed */ .Pc)(p))
        ['maxProperties', 'propertyNames', 'dependencies'].forEach(drop);
    if (typeof p.minProperties === 'number' && Array.isArray(p.required) && p.minProperties <= p.required.length)
        drop('minProperties');
    if (coversAll(p.propertyNames, _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .STRING */ .An) || namesAllPass(p))
        drop('propertyNames');
    // Every name the object can hold is declared or matches a pattern: no name is "additional".
    if (p.additionalProperties !== undefined && noneAdditional(p))
        drop('additionalProperties');
    changed = dropObjectDependencies(p) || changed;
    if (typeof p.pattern === 'string' && (p.minLength !== undefined || p.maxLength !== undefined)) {
        // Length bounds every match of the pattern meets already (read from its tree).
        const lengths = (0,_witness_regex_language_js__WEBPACK_IMPORTED_MODULE_2__/* .patternLengths */ .Am)(p.pattern);
        if (lengths && typeof p.minLength === 'number' && lengths.min >= p.minLength)
            drop('minLength');
        if (lengths && typeof p.maxLength === 'number' && lengths.max <= p.maxLength)
            drop('maxLength');
    }
    // `contains` asks for an item already.
    if (p.contains !== undefined && typeof p.minItems === 'number' && p.minItems <= 1)
        drop('minItems');
    return changed;
}
/**
 * The names an object can hold, when they are few and known: the required ones when they fill
 * maxProperties; the declared ones of a closed object (no `additionalProperties`, no pattern that
 * admits a name); `closedToo: false` leaves that last source out.
 */
function knownNames(p, closedToo = true) {
    const required = Array.isArray(p.required) ? [...new Set(p.required.map(String))] : [];
    if (typeof p.maxProperties === 'number' && required.length >= p.maxProperties)
        return required;
    if (!closedToo || p.additionalProperties === undefined || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(p.additionalProperties) !== 0)
        return undefined;
    const patterns = (p.patternProperties ?? {});
    if (Object.values(patterns).some((s) => (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(s) !== 0))
        return undefined;
    const props = (p.properties ?? {});
    return Object.keys(props).filter((name) => (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(props[name]) !== 0);
}
/** When the object can hold only known names and `propertyNames` certainly passes each, it rejects nothing. */
function namesAllPass(p) {
    if (p.propertyNames === undefined)
        return false;
    const names = knownNames(p);
    return names !== undefined && names.every((name) => (0,_value_check_js__WEBPACK_IMPORTED_MODULE_5__/* .validValue */ .Im)(p.propertyNames, name) === true);
}
/**
 * Names beyond the declared and pattern ones never occur: `propertyNames` lists them, or required
 * names fill maxProperties.
 */
function noneAdditional(p) {
    const listed = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(p.propertyNames)?.enum;
    const names = knownNames(p, false) ??
        (Array.isArray(listed) && listed.length <= 256
            ? listed.filter((n) => typeof n === 'string')
            : undefined);
    if (names === undefined)
        return false;
    const props = (p.properties ?? {});
    const patterns = Object.keys((p.patternProperties ?? {})).map(_witness_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yG);
    if (patterns.some((re) => re === null))
        return false; // a pattern not run: which names it takes is unknown
    return names.every((n) => Object.hasOwn(props, n) || patterns.some((re) => re.test(n)));
}
/**
 * Dependency schemas that only say "an object" (often all that is left once keywords of other types
 * are dropped) ask nothing.
 */
function dropObjectDependencies(p) {
    const deps = p.dependencies;
    if (deps === null || typeof deps !== 'object' || Array.isArray(deps))
        return false;
    const kept = Object.entries(deps).filter(([, dep]) => Array.isArray(dep) || !coversAll(dep, _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .OBJECT */ .qv));
    return (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__/* .keepDependencies */ .Ro)(p, deps, kept);
}
/**
 * Dependency lists of required names name properties that are then required too (written into
 * `required`); a dependency list whose names are all required asks nothing (dropped).
 */
function closeRequired(p) {
    const deps = p.dependencies;
    const required = new Set(p.required.map(String));
    const queue = [...required];
    for (let i = 0; i < queue.length && i < 10_000; i++) {
        const dep = Object.hasOwn(deps, queue[i]) ? deps[queue[i]] : undefined;
        if (!Array.isArray(dep))
            continue;
        for (const name of dep.map(String)) {
            if (required.has(name))
                continue;
            required.add(name);
            queue.push(name);
        }
    }
    let changed = false;
    if (required.size !== p.required.length) {
        p.required = [...required].sort();
        changed = true;
    }
    const kept = Object.entries(deps).filter(([, dep]) => !Array.isArray(dep) || !dep.every((n) => required.has(String(n))));
    return (0,_simplify_aside_js__WEBPACK_IMPORTED_MODULE_1__/* .keepDependencies */ .Ro)(p, deps, kept) || changed;
}
/** `coversTypes` for a keyword's value, which may be `true`. */
function coversAll(s, bits) {
    const schema = s === true ? {} : (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .asSchema */ .mD)(s);
    return schema !== undefined && coversTypes(schema, bits);
}
/**
 * Whether `m` accepts every value of the types `bits`: its `type` holds them all and no other
 * keyword applies to them.
 */
function coversTypes(m, bits) {
    if (((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .typesOf */ .pl)(m) & bits) !== bits)
        return false;
    return Object.keys(m).every((k) => {
        if (k === 'type')
            return Array.isArray(m.type) && ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitsOfTypes */ .JQ)(m.type) & bits) === bits;
        if (!(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .affectsValidation */ .Qe)(k))
            return true;
        const type = _type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .APPLIES_TO */ .H1.get(k);
        return type !== undefined && ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_6__/* .bitsOfTypes */ .JQ)([type]) & bits) === 0;
    });
}


/***/ }),

/***/ 25185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ bounds),
/* harmony export */   Pc: () => (/* binding */ noNameAllowed),
/* harmony export */   o0: () => (/* binding */ forbidden),
/* harmony export */   or: () => (/* binding */ nameRejected),
/* harmony export */   zo: () => (/* binding */ rejects)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
/* harmony import */ var _value_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61013);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71854);
// What a node's own keywords say of one value or one member name, for the simplifier: `enum`
// values a keyword of their node rejects (dropped), names an object can never hold, the numbers a
// node's bounds allow. Each answer is exact or "unknown"; whole values are checked by
// ./value-check.ts.




/** Bounds of the numbers a node allows. */
function bounds(p) {
    let lo = -Infinity;
    let loX = false;
    let hi = Infinity;
    let hiX = false;
    const [min, xmin, max, xmax] = [(0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.minimum), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.exclusiveMinimum), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.maximum), (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.exclusiveMaximum)];
    if (min !== undefined)
        lo = min;
    if (xmin !== undefined && xmin >= lo)
        [lo, loX] = [xmin, true];
    if (max !== undefined)
        hi = max;
    if (xmax !== undefined && xmax <= hi)
        [hi, hiX] = [xmax, true];
    return { lo, loX, hi, hiX };
}
/**
 * Whether a property `name` present in an object makes the node fail (its schema, or the dependency
 * it triggers, accepts nothing).
 */
/** Required names whose dependency schemas `forbidden` reads, at most. */
const MAX_REQUIRED_DEPENDENCIES = 64;
function forbidden(p, name, depth = 0) {
    // Most nodes hold nothing that rules a name out but the schemas applying to it: decided at once.
    if (p.propertyNames === undefined &&
        p.dependencies === undefined &&
        p.allOf === undefined &&
        p.patternProperties === undefined) {
        const own = p.properties;
        if (own !== undefined && Object.hasOwn(own, name))
            return (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(own[name]) === 0;
        return p.additionalProperties !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(p.additionalProperties) === 0;
    }
    if (nameRejected(p.propertyNames, name))
        return true;
    const deps = p.dependencies;
    const dep = deps && Object.hasOwn(deps, name) ? deps[name] : undefined;
    if (dep !== undefined && !Array.isArray(dep) && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(dep) === 0)
        return true;
    // The dependency schema applies to the same object: when it rules the name out, so does `p`;
    // a dependency list that brings a name `p` rules out does too.
    if (dep !== null &&
        typeof dep === 'object' &&
        !Array.isArray(dep) &&
        depth < 2 &&
        forbidden(dep, name, depth + 1))
        return true;
    if (Array.isArray(dep) && depth < 2 && dep.some((d) => String(d) !== name && forbidden(p, String(d), depth + 1)))
        return true;
    // So does the dependency schema of a required name (every valid object holds that name).
    if (depth < 2 && deps && Array.isArray(p.required)) {
        // (The first names only: a hostile schema could make this square in its size at every level.)
        for (const r of p.required.slice(0, MAX_REQUIRED_DEPENDENCIES).map(String)) {
            const d = r !== name && Object.hasOwn(deps, r) ? deps[r] : undefined;
            if (d !== null && typeof d === 'object' && !Array.isArray(d) && forbidden(d, name, depth + 1))
                return true;
        }
    }
    // So does an allOf member (it applies to the same object).
    if (Array.isArray(p.allOf) &&
        depth < 2 &&
        p.allOf.some((m) => m !== null && typeof m === 'object' && m !== p && forbidden(m, name, depth + 1)))
        return true;
    const props = p.properties;
    const declared = props !== undefined && Object.hasOwn(props, name);
    // The value must pass every schema that applies to the name: types none of them share, none does.
    let types = declared ? (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(props[name]) : _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_TYPE */ .si;
    if (types === 0)
        return true;
    const patterns = p.patternProperties === undefined ? [] : Object.entries(p.patternProperties);
    let matched = declared;
    for (const [pattern, sub] of patterns) {
        const re = (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yG)(pattern);
        if (re === null)
            return false; // a pattern not run here: whether it names the member is unknown
        if (!re.test(name))
            continue;
        types &= (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(sub);
        if (types === 0)
            return true;
        matched = true;
    }
    return !matched && p.additionalProperties !== undefined && (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(p.additionalProperties) === 0;
}
/** Whether a `propertyNames` schema certainly rejects `name`. */
function nameRejected(names, name) {
    if (names === undefined || names === null || typeof names !== 'object' || Array.isArray(names))
        return false;
    return (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(names) === 0 || (0,_value_check_js__WEBPACK_IMPORTED_MODULE_2__/* .validValue */ .Im)(names, name) === false;
}
/**
 * An object node that admits no property at all (only `{}` can be valid): closed, with nothing
 * declared but `false`.
 */
function noNameAllowed(p) {
    if (p.additionalProperties === undefined || (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(p.additionalProperties) !== 0)
        return false;
    if (p.patternProperties !== undefined && Object.keys(p.patternProperties).length > 0)
        return false;
    const props = (p.properties ?? {});
    return Object.keys(props).every((k) => (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .typesOf */ .pl)(props[k]) === 0);
}
/** Whether a keyword of `p` certainly rejects the value `v` (its type, an EXACT keyword, a forbidden name). */
function rejects(p, v) {
    if (Array.isArray(p.type) && ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitsOfTypes */ .JQ)(p.type) & (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(v)) === 0)
        return true;
    if (_value_check_js__WEBPACK_IMPORTED_MODULE_2__/* .EXACT */ .qY.some((k) => p[k] !== undefined && (0,_value_check_js__WEBPACK_IMPORTED_MODULE_2__/* .accepts */ .G3)(p, k, v) === false))
        return true;
    // A pattern cleared of catastrophic backtracking is run on the listed string (regex() is null otherwise).
    if (typeof v === 'string' && typeof p.pattern === 'string' && (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yG)(p.pattern)?.test(v) === false)
        return true;
    return (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(v) === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv && Object.keys(v).some((k) => forbidden(p, k));
}


/***/ }),

/***/ 87530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   B1: () => (/* binding */ FRACTION),
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   FQ: () => (/* binding */ typeList),
/* harmony export */   H1: () => (/* binding */ APPLIES_TO),
/* harmony export */   HK: () => (/* binding */ rememberTypes),
/* harmony export */   JQ: () => (/* binding */ bitsOfTypes),
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   nP: () => (/* binding */ bitOf),
/* harmony export */   pl: () => (/* binding */ typesOf),
/* harmony export */   qv: () => (/* binding */ OBJECT),
/* harmony export */   sO: () => (/* binding */ ARRAY),
/* harmony export */   si: () => (/* binding */ ANY_TYPE),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vh: () => (/* binding */ INTEGER)
/* harmony export */ });
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
// The JSON types a schema node can hold, as bits (numbers split into integral and fractional
// ones), and what the simplifier worked out for each node: the one currency of
// ./simplify-empty.ts (a node that can hold no type accepts nothing), ./simplify-context.ts and
// ./simplify-types.ts.

const NULL = 1;
const BOOLEAN = 2;
const OBJECT = 4;
const ARRAY = 8;
const STRING = 16;
const INTEGER = 32;
const FRACTION = 64;
const NUMBER = INTEGER | FRACTION;
const ANY_TYPE = 127;
const TYPE_BITS = {
    null: NULL,
    boolean: BOOLEAN,
    object: OBJECT,
    array: ARRAY,
    string: STRING,
    integer: INTEGER,
    number: NUMBER,
};
/** The types each node (of either version) can hold, once simplified; absent: not worked out (any). */
const TYPES = new WeakMap();
/** The type bits `s` can hold, as far as worked out (a `false` node: none). */
function typesOf(s) {
    if (s === undefined || s === true)
        return ANY_TYPE;
    if (s === false || s === null || typeof s !== 'object' || Array.isArray(s))
        return s === false ? 0 : ANY_TYPE;
    const node = s;
    if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(node))
        return 0;
    // Not worked out yet (a cycle reaches a parent before its turn): its own `type` still binds.
    return TYPES.get(node) ?? (Array.isArray(node.type) ? bitsOfTypes(node.type) : ANY_TYPE);
}
function rememberTypes(s, bits) {
    TYPES.set(s, bits);
}
/** Type bits of a `type` list (number: integral and fractional). */
function bitsOfTypes(types) {
    let out = 0;
    for (const t of types)
        out |= TYPE_BITS[String(t)] ?? 0;
    return out;
}
/** The type bit of a JSON value. */
function bitOf(v) {
    if (v === null)
        return NULL;
    if (Array.isArray(v))
        return ARRAY;
    switch (typeof v) {
        case 'boolean':
            return BOOLEAN;
        case 'string':
            return STRING;
        case 'number':
            return Number.isInteger(v) ? INTEGER : FRACTION;
        case 'object':
            return OBJECT;
        default:
            return 0;
    }
}
/** A `type` list holding exactly the types of `bits` (non-integer numbers: `number`). */
function typeList(bits) {
    const out = ['array', 'boolean', 'null', 'object', 'string'].filter((t) => (bits & TYPE_BITS[t]) !== 0);
    if ((bits & FRACTION) !== 0)
        out.push('number');
    else if ((bits & INTEGER) !== 0)
        out.push('integer');
    return out.sort();
}
const BY_TYPE = {
    number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
    string: ['minLength', 'maxLength', 'pattern', 'format'],
    array: ['items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems'],
    object: [
        'properties',
        'patternProperties',
        'additionalProperties',
        'required',
        'minProperties',
        'maxProperties',
        'dependencies',
        'propertyNames',
    ],
};
/** The type each type-specific keyword applies to. */
const APPLIES_TO = new Map(Object.entries(BY_TYPE).flatMap(([type, keys]) => keys.map((k) => [k, type])));


/***/ }),

/***/ 39617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ unresolvedRefsOfUnchanged),
/* harmony export */   k3: () => (/* binding */ unresolvedRefChanges),
/* harmony export */   tr: () => (/* binding */ unresolvedRef)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20698);
/* harmony import */ var _core_ref_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67408);
/* harmony import */ var _core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43277);
// Every `$ref` of either document that names no schema in its own document (unresolvable, a pure
// cycle, past the hop limit) is a breaking change of its own: what it allows is unknown. Found by
// reading the documents themselves, so it does not depend on what the comparison visits (a place
// no value reaches, a node a rewrite folded into another, two identical documents).



/** Schema nodes scanned per document (the engine's ingestion limits come first). */
const SCAN_BUDGET = 200_000;
/**
 * The changes for the unresolved `$ref`s of both documents that `found` does not already report
 * (same kind, same place).
 */
function unresolvedRefChanges(oldDoc, newDoc, found) {
    const oldSites = sitesOf(oldDoc);
    const newSites = sitesOf(newDoc);
    const reported = new Set(found.map((c) => `${c.kind}\u0000${c.pointer}`));
    const out = [];
    const add = (change) => {
        const key = `${change.kind}\u0000${change.pointer}`;
        if (reported.has(key))
            return;
        reported.add(key);
        out.push(change);
    };
    const inOld = new Map(oldSites.map((s) => [s.pointer, s]));
    for (const site of newSites)
        add(siteChange(site, inOld.get(site.pointer)?.ref === site.ref ? 'both schemas' : 'the new schema', inOld.has(site.pointer) ? site.pointer : ''));
    const inNew = new Set(newSites.map((s) => s.pointer));
    for (const site of oldSites)
        if (!inNew.has(site.pointer))
            add(siteChange(site, 'the old schema', site.pointer));
    return out;
}
/** The same, for two documents of equal content: one scan. */
function unresolvedRefsOfUnchanged(doc) {
    return sitesOf(doc).map((site) => siteChange(site, 'both schemas', site.pointer));
}
function siteChange(site, side, oldPointer) {
    const { kind, message } = unresolvedRef(site.ref, site.reason, `in ${side}`);
    return { kind, pointer: site.pointer, oldPointer, message };
}
/**
 * The kind and message of a `$ref` that reaches no schema (`where`: "in the new schema", "at
 * \"a.b\" in both schemas", ...).
 */
function unresolvedRef(ref, reason, where) {
    const why = reason === 'cycle'
        ? 'is a cycle of $refs that never reaches a schema'
        : reason === 'too-long'
            ? `is a chain of more than ${_core_ref_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REF_HOPS */ .q} $refs`
            : 'names nothing in its own document';
    return {
        kind: reason === 'unresolvable' ? 'ref-unresolvable' : 'ref-chain-unresolved',
        message: `$ref ${JSON.stringify(ref)} ${where} ${why}; what it allows is unknown, so it is treated as breaking`,
    };
}
/**
 * The unresolved `$ref`s of `doc` that validation can reach, by the pointer of the node holding
 * each: from the root through every subschema but `definitions`, and through each resolved `$ref`
 * to its target (a definition nothing refers to constrains nothing).
 */
function sitesOf(doc) {
    const out = [];
    const seen = new Set();
    const stack = [[doc, '']];
    let budget = SCAN_BUDGET;
    while (stack.length > 0 && budget-- > 0) {
        const [node, pointer] = stack.pop();
        if (node === null || typeof node !== 'object' || Array.isArray(node) || seen.has(pointer))
            continue;
        seen.add(pointer);
        const schema = node;
        if (typeof schema.$ref === 'string') {
            const chain = (0,_core_ref_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .followRef */ .$)(doc, schema.$ref, pointer);
            if (chain.kind !== 'resolved')
                out.push({ pointer, ref: schema.$ref, reason: chain.kind });
            else
                stack.push([chain.target, chain.pointer]);
        }
        for (const [sub, tokens] of (0,_core_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .subschemasOf */ .mN)(schema)) {
            if (tokens[0] !== 'definitions')
                stack.push([sub, pointer + (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .toPointer */ .rb)(tokens)]);
        }
    }
    return out;
}


/***/ }),

/***/ 61013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ accepts),
/* harmony export */   Im: () => (/* binding */ validValue),
/* harmony export */   qY: () => (/* binding */ EXACT)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33413);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38325);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73510);
/* harmony import */ var _type_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87530);
/* harmony import */ var _witness_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71854);
// Is this JSON value valid under this (normalised) schema node? Worked out here without a
// validator: for the few values an `enum` lists (./families/enum-values.ts), for member names
// against `propertyNames`, and keyword by keyword (`accepts`) for the simplifier's `enum`
// filtering (./simplify-empty.ts). True or false when sure, undefined when something cannot be
// decided here (a `format`, a pattern the ReDoS checker did not clear, an unresolved `$ref`, a
// keyword we do not model, the budget spent). Exact where it answers: the same rules as ajv for
// draft-07 (the normaliser already folded the dialect differences and `const` into `enum`).





/** Keywords whose verdict on a value `accepts` works out. */
const EXACT = [
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minProperties',
    'maxProperties',
    'required',
];
/** Keywords decided below (besides EXACT and those of a type the value is not). */
const HANDLED = new Set([
    ...EXACT,
    'type',
    'enum',
    'const',
    'pattern',
    'properties',
    'patternProperties',
    'additionalProperties',
    'propertyNames',
    'dependencies',
    'items',
    'additionalItems',
    'contains',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
]);
/** Node/value checks one question may make. */
const STEPS = 2_000;
/** Nesting one question may reach (a schema that refers to itself for the same value recurses without end). */
const DEPTH = 64;
function validValue(schema, value) {
    const budget = { steps: STEPS, depth: 0 };
    // YAML reads `.inf` and `.nan`: no JSON value, and canonical JSON would take them for null.
    if (!plainJson(value, budget))
        return undefined;
    return check(schema, value, budget);
}
/**
 * An enum's values as canonical JSON, built once per list (undefined: a value JSON cannot hold,
 * e.g. YAML's `.inf`).
 */
const ENUM_KEYS = new WeakMap();
function enumKeys(values) {
    if (!Array.isArray(values))
        return undefined;
    const keys = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .memo */ .p)(ENUM_KEYS, values, (v) => v.every((x) => plainJson(x, { steps: STEPS, depth: 0 })) ? new Set(v.map((x) => (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(x))) : null);
    return keys ?? undefined;
}
function plainJson(v, budget) {
    if (budget.steps-- <= 0)
        return false;
    if (typeof v === 'number')
        return Number.isFinite(v);
    if (v === null || typeof v !== 'object')
        return typeof v !== 'bigint' && typeof v !== 'undefined';
    return Object.values(v).every((x) => plainJson(x, budget));
}
function check(s, v, budget) {
    if (budget.steps-- <= 0 || budget.depth >= DEPTH)
        return undefined;
    budget.depth++;
    try {
        return checkNode(s, v, budget);
    }
    finally {
        budget.depth--;
    }
}
function checkNode(s, v, budget) {
    if (s === true || s === undefined)
        return true;
    if (s === false)
        return false;
    if (s === null || typeof s !== 'object' || Array.isArray(s))
        return undefined;
    const p = s;
    if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFalseSchema */ .$U)(p))
        return false;
    if ((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrueSchema */ .oE)(p))
        return true;
    const vt = (0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(v);
    return all(Object.keys(p)
        // `minimum` says nothing of a string; `format`, an unresolved `$ref`, ... are not decided here.
        .filter((k) => (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .affectsValidation */ .Qe)(k) && !notFor(k, vt))
        .map((k) => () => (HANDLED.has(k) ? keyword(p, k, v, vt, budget) : undefined)));
}
/** Whether keyword `k` applies only to types other than the value's. */
function notFor(k, vt) {
    const applies = _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIES_TO */ .H1.get(k);
    return applies !== undefined && ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitsOfTypes */ .JQ)([applies]) & vt) === 0;
}
function keyword(p, k, v, vt, budget) {
    switch (k) {
        case 'type':
            return Array.isArray(p.type) ? ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitsOfTypes */ .JQ)(p.type) & vt) !== 0 : undefined;
        case 'enum': {
            const keys = enumKeys(p.enum);
            return keys === undefined ? undefined : keys.has((0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(v));
        }
        case 'const':
            return plainJson(p.const, { steps: STEPS, depth: 0 }) ? (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(p.const) === (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(v) : undefined;
        case 'pattern': {
            if (vt !== _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .STRING */ .An || typeof p.pattern !== 'string')
                return vt === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .STRING */ .An ? undefined : true;
            const re = (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(p.pattern);
            return re === null ? undefined : re.test(v);
        }
        case 'allOf':
            return all((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.allOf).map((m) => () => check(m, v, budget)));
        case 'anyOf':
            return some((0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.anyOf).map((m) => () => check(m, v, budget)));
        case 'oneOf': {
            const answers = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(p.oneOf).map((m) => check(m, v, budget));
            if (answers.includes(undefined))
                return undefined;
            return answers.filter((a) => a === true).length === 1;
        }
        case 'not': {
            const a = check(p.not, v, budget);
            return a === undefined ? undefined : !a;
        }
        case 'if': {
            const cond = check(p.if, v, budget);
            if (cond === undefined)
                return undefined;
            return check(cond ? p.then : p.else, v, budget);
        }
        case 'then':
        case 'else':
            return true; // decided with `if`
        default:
            break;
    }
    if (vt === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv)
        return objectKeyword(p, k, v, budget);
    if (vt === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .ARRAY */ .sO)
        return arrayKeyword(p, k, v, budget);
    return accepts(p, k, v);
}
function objectKeyword(p, k, v, budget) {
    const names = Object.keys(v);
    switch (k) {
        case 'properties':
        case 'patternProperties':
        case 'additionalProperties':
            // All three at once, on `properties` (or whichever comes first): which schemas apply to a member depends on all.
            return k === firstMemberKeyword(p) ? all(names.map((n) => () => member(p, n, v[n], budget))) : true;
        case 'propertyNames':
            return all(names.map((n) => () => check(p.propertyNames, n, budget)));
        case 'dependencies': {
            const deps = p.dependencies;
            return all(names
                .filter((n) => Object.hasOwn(deps, n))
                .map((n) => () => {
                const dep = deps[n];
                return Array.isArray(dep) ? dep.every((r) => Object.hasOwn(v, String(r))) : check(dep, v, budget);
            }));
        }
        default:
            return accepts(p, k, v);
    }
}
function firstMemberKeyword(p) {
    return p.properties !== undefined
        ? 'properties'
        : p.patternProperties !== undefined
            ? 'patternProperties'
            : 'additionalProperties';
}
/** Member `name` of an object against the schemas `p` applies to it. */
function member(p, name, value, budget) {
    const props = p.properties;
    const checks = [];
    let matched = false;
    if (props !== undefined && Object.hasOwn(props, name)) {
        matched = true;
        checks.push(() => check(props[name], value, budget));
    }
    for (const [pattern, sub] of Object.entries((p.patternProperties ?? {}))) {
        const re = (0,_witness_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(pattern);
        if (re === null)
            return undefined;
        if (!re.test(name))
            continue;
        matched = true;
        checks.push(() => check(sub, value, budget));
    }
    if (!matched && p.additionalProperties !== undefined)
        checks.push(() => check(p.additionalProperties, value, budget));
    return all(checks);
}
function arrayKeyword(p, k, v, budget) {
    switch (k) {
        case 'items':
            if (Array.isArray(p.items))
                return all(v.slice(0, p.items.length).map((item, i) => () => check(p.items[i], item, budget)));
            return all(v.map((item) => () => check(p.items, item, budget)));
        case 'additionalItems':
            return Array.isArray(p.items)
                ? all(v.slice(p.items.length).map((item) => () => check(p.additionalItems, item, budget)))
                : true;
        case 'contains':
            return some(v.map((item) => () => check(p.contains, item, budget)));
        default:
            return accepts(p, k, v);
    }
}
/** `decisive` as soon as one answer gives it; otherwise unsure when one is, else the other answer. */
function first(answers, decisive) {
    let unsure = false;
    for (const a of answers) {
        const r = a();
        if (r === decisive)
            return decisive;
        if (r === undefined)
            unsure = true;
    }
    return unsure ? undefined : !decisive;
}
const all = (answers) => first(answers, false);
const some = (answers) => first(answers, true);
/** Keyword `k` (one of EXACT) of `p` on the value `v`: true, false, or undefined when not sure. */
function accepts(p, k, v) {
    const limit = p[k];
    if (typeof v === 'number') {
        const n = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(limit);
        switch (k) {
            case 'minimum':
                return n === undefined ? undefined : v >= n;
            case 'maximum':
                return n === undefined ? undefined : v <= n;
            case 'exclusiveMinimum':
                return n === undefined ? undefined : v > n;
            case 'exclusiveMaximum':
                return n === undefined ? undefined : v < n;
            case 'multipleOf': {
                if (n === undefined || n <= 0)
                    return undefined;
                const q = v / n;
                // ajv divides and asks for an integer: a clear miss or an exact hit is sure, a near one is not.
                if (Number.isInteger(q) && Math.abs(q) < Number.MAX_SAFE_INTEGER)
                    return true;
                return Math.abs(q - Math.round(q)) > 1e-9 ? false : undefined;
            }
            default:
                return true;
        }
    }
    if (typeof v === 'string') {
        const n = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(limit);
        if (k !== 'minLength' && k !== 'maxLength')
            return true;
        if (n === undefined)
            return undefined;
        const length = [...v].length; // code points, as ajv counts
        return k === 'minLength' ? length >= n : length <= n;
    }
    if (Array.isArray(v)) {
        if (k === 'uniqueItems')
            return limit !== true || new Set(v.map((x) => (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(x))).size === v.length;
        if (k !== 'minItems' && k !== 'maxItems')
            return true;
        const n = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(limit);
        return n === undefined ? undefined : k === 'minItems' ? v.length >= n : v.length <= n;
    }
    if ((0,_type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .bitOf */ .nP)(v) === _type_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv) {
        const keys = Object.keys(v);
        if (k === 'required')
            return (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(limit).every((r) => Object.hasOwn(v, String(r)));
        if (k !== 'minProperties' && k !== 'maxProperties')
            return true;
        const n = (0,_schema_model_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(limit);
        return n === undefined ? undefined : k === 'minProperties' ? keys.length >= n : keys.length <= n;
    }
    return true; // null and booleans: no EXACT keyword applies
}


/***/ }),

/***/ 17797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ judgedWhole),
  GG: () => (/* binding */ walk)
});

// UNUSED EXPORTS: MAX_VISITS, labelOf

// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/evolution/unresolved-refs.js
var unresolved_refs = __webpack_require__(39617);
// EXTERNAL MODULE: ./lib/evolution/change.js
var change = __webpack_require__(59985);
// EXTERNAL MODULE: ./lib/evolution/families/combinators-lists.js + 1 modules
var combinators_lists = __webpack_require__(23759);
// EXTERNAL MODULE: ./lib/evolution/value-check.js
var value_check = __webpack_require__(61013);
// EXTERNAL MODULE: ./lib/evolution/families/enums.js
var enums = __webpack_require__(69744);
// EXTERNAL MODULE: ./lib/evolution/families/shared.js
var shared = __webpack_require__(42373);
;// CONCATENATED MODULE: ./lib/evolution/families/enum-values.js
// A side whose values are listed (`enum`, `const`) is judged by its values, not keyword by
// keyword: L(old) \u2286 L(new) iff every old value is valid under the new node, and the reverse. The
// keyword view would read `{items: .., contains: ..}` -> `{const: {}}` as `contains` removed plus
// an enum added, though {} was valid before and is the only value now. Used only when the values
// are few and the checker (../value-check.ts) is sure of each; otherwise the families judge.



/** Lists longer than this are left to the enums family (a value check each would cost too much). */
const MAX_VALUES = 64;
function judgedByValues(v) {
    let before = listed(v.old);
    let after = listed(v.new);
    if (before === undefined && after === undefined)
        return false;
    // A side without a list whose values are few anyway (null, booleans) lists them.
    before ??= (0,enums/* finiteValues */.m0)(v.old);
    after ??= (0,enums/* finiteValues */.m0)(v.new);
    const where = (0,shared/* subject */.b)(v);
    if (before !== undefined && before.every((x) => (0,value_check/* validValue */.Im)(v.new, x) === true)) {
        // No live value is lost; the new node may accept more.
        if (after !== undefined && after.every((x) => (0,value_check/* validValue */.Im)(v.old, x) === true))
            return true;
        if (after === undefined) {
            v.emit('enum-removed', `the list of allowed values of ${where} was removed (each of them stays valid); consumers on the old schema may reject other values`, { at: [], oldAt: listAt(v.old), old: before });
        }
        else {
            const gained = after.filter((x) => (0,value_check/* validValue */.Im)(v.old, x) !== true);
            v.emit('enum-extended', `allowed values of ${where} extended: ${(0,enums/* listValues */.Du)(gained)} added; consumers on the old schema may reject ${gained.length === 1 ? 'it' : 'them'}`, { at: listAt(v.new), oldAt: listAt(v.old), old: before, new: after });
        }
        return true;
    }
    if (after !== undefined && after.every((x) => (0,value_check/* validValue */.Im)(v.old, x) === true)) {
        // Every value now allowed was allowed before: the node only narrowed.
        if (before === undefined) {
            v.emit('enum-added', `${where} is now restricted to ${(0,enums/* listValues */.Du)(after)}; other live values will be rejected`, {
                at: listAt(v.new),
                oldAt: [],
                new: after,
            });
        }
        else {
            const lost = before.filter((x) => (0,value_check/* validValue */.Im)(v.new, x) !== true);
            v.emit('enum-narrowed', `allowed values of ${where} narrowed: ${(0,enums/* listValues */.Du)(lost)} no longer valid; live events carrying ${lost.length === 1 ? 'it' : 'them'} will be rejected`, { at: listAt(v.new), oldAt: listAt(v.old), old: before, new: after });
        }
        return true;
    }
    return false;
}
/** Where a side's values are written (the node itself when they come from its type). */
function listAt(node) {
    return node.enum === undefined ? [] : [(0,enums/* enumKey */.RB)(node)];
}
function listed(node) {
    const values = node.enum;
    return Array.isArray(values) && values.length > 0 && values.length <= MAX_VALUES ? values : undefined;
}

// EXTERNAL MODULE: ./lib/evolution/families/arrays.js
var arrays = __webpack_require__(18050);
// EXTERNAL MODULE: ./lib/evolution/families/combinators.js
var combinators = __webpack_require__(35201);
// EXTERNAL MODULE: ./lib/evolution/families/numbers.js
var numbers = __webpack_require__(76088);
// EXTERNAL MODULE: ./lib/evolution/families/objects.js
var objects = __webpack_require__(84642);
// EXTERNAL MODULE: ./lib/evolution/families/other.js
var other = __webpack_require__(59700);
// EXTERNAL MODULE: ./lib/evolution/families/strings.js
var strings = __webpack_require__(66004);
// EXTERNAL MODULE: ./lib/evolution/families/types.js
var types = __webpack_require__(52215);
;// CONCATENATED MODULE: ./lib/evolution/families/index.js
// The keyword families the walker runs on every pair of nodes. Each compares the keywords it
// lists; `compareOtherKeywords` reports a change of any keyword no family models.








const MODELLED = new Set([
    'type',
    ...objects/* objectsKeywords */.nW,
    ...arrays/* arraysKeywords */.TQ,
    ...strings/* stringsKeywords */.lC,
    ...numbers/* numbersKeywords */.pA,
    ...enums/* enumsKeywords */.jd,
    ...combinators/* combinatorsKeywords */.oR,
]);
const FAMILIES = [
    types/* compareTypes */.Z,
    objects/* compareObjects */.Gq,
    arrays/* compareArrays */.ww,
    strings/* compareStrings */.Kt,
    numbers/* compareNumbers */.S$,
    enums/* compareEnums */.en,
    combinators/* compareCombinators */.ZZ,
    (0,other/* makeOtherKeywords */.X)(MODELLED),
];

// EXTERNAL MODULE: ./lib/evolution/policy.js
var policy = __webpack_require__(27507);
// EXTERNAL MODULE: ./lib/evolution/schema-model.js
var schema_model = __webpack_require__(73510);
// EXTERNAL MODULE: ./lib/evolution/simplify-aside.js
var simplify_aside = __webpack_require__(74703);
// EXTERNAL MODULE: ./lib/evolution/simplify-empty.js
var simplify_empty = __webpack_require__(70490);
;// CONCATENATED MODULE: ./lib/evolution/walk.js
// Walk two normalised schemas together and collect the changes. Iterative with a work stack and
// a set of visited (old, new, negated) pairs: recursive schemas and `$ref` cycles terminate,
// and deep nesting cannot overflow the call stack. Each keyword family (./families/) looks at one
// pair of nodes, emits changes, and asks for subschema pairs to be compared.











/** Work budget: beyond it the comparison stops and says so (conservatively breaking). */
const MAX_VISITS = 200_000;
const TRUE_SCHEMA = Object.freeze({});
function walk(oldS, newS) {
    const ids = new WeakMap();
    let nextId = 0;
    const id = (s) => {
        let n = ids.get(s);
        if (n === undefined)
            ids.set(s, (n = ++nextId));
        return n;
    };
    const seen = new Set();
    const run = { changes: [], stack: [], oldS, newS };
    run.stack.push({
        old: oldS.root,
        new: newS.root,
        oldPtr: oldS.src.get(oldS.root) ?? '',
        newPtr: newS.src.get(newS.root) ?? '',
        negated: false,
        exclusive: false,
    });
    let visits = 0;
    while (run.stack.length > 0) {
        const task = run.stack.pop();
        if (task.old === task.new)
            continue;
        const key = `${id(task.old)}:${id(task.new)}:${task.negated ? 1 : 0}${task.exclusive ? 1 : 0}${task.only ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (++visits > MAX_VISITS) {
            run.changes.push({
                kind: 'comparison-incomplete',
                pointer: task.newPtr,
                oldPointer: task.oldPtr,
                message: `the schemas are too large to compare completely (over ${MAX_VISITS} node pairs); treated as breaking`,
            });
            break;
        }
        const visit = new TaskVisit(task, run);
        const broken = oldS.unresolved.get(task.old) ?? newS.unresolved.get(task.new);
        if (broken) {
            // A $ref that never reaches a schema: what it allows is unknown, so nothing can be compared here.
            const side = oldS.unresolved.has(task.old)
                ? newS.unresolved.has(task.new)
                    ? 'both schemas'
                    : 'the old schema'
                : 'the new schema';
            const { kind, message } = (0,unresolved_refs/* unresolvedRef */.tr)(broken.ref, broken.reason, `${visit.label ? `at "${visit.label}" ` : ''}in ${side}`);
            visit.emit(kind, message);
            continue;
        }
        if (judgedWhole(visit))
            continue;
        // Keywords one side dropped as saying nothing there, the other side kept: compared put back.
        [task.old, task.new] = [(0,simplify_aside/* putBack */.pK)(task.old, task.new, oldS, newS), (0,simplify_aside/* putBack */.pK)(task.new, task.old, newS, oldS)];
        if (judgedByValues(visit))
            continue;
        if ((0,combinators_lists/* liftedList */.xM)(visit))
            continue;
        for (const family of FAMILIES)
            family(visit);
    }
    return unique(run.changes).sort(change/* byPlace */.h);
}
/**
 * One change per kind, place, message and reading: two pairs leading to the same difference (a
 * list's members against one node) report it once.
 */
function unique(changes) {
    const seen = new Set();
    return changes.filter((c) => {
        const key = [c.kind, c.pointer, c.oldPointer, c.message, c.negated ?? '', c.exclusive ?? '', c.only ?? ''].join('\u0000');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A pair where exactly one side is the `false` schema is judged whole: false -> X only widens,
 * X -> false only narrows. Keyword by keyword, `false` ({not: {}}) against X would read as a
 * `not` removed plus X's keywords added, a narrowing that cannot happen (false accepts nothing).
 */
function judgedWhole(v) {
    const wasFalse = (0,schema_model/* isFalseSchema */.$U)(v.old);
    if (wasFalse === (0,schema_model/* isFalseSchema */.$U)(v.new))
        return false;
    const what = v.label ? `"${v.label}"` : 'the event';
    if (wasFalse) {
        const why = (0,simplify_empty/* emptiedBecause */.Zw)(v.old);
        v.emit('false-schema-replaced', `${what} ${why ? `accepted no value (${why})` : 'was the false schema (nothing valid)'} and now has a schema; events it accepts were rejected before`, { at: [], old: false });
    }
    else {
        const why = (0,simplify_empty/* emptiedBecause */.Zw)(v.new);
        v.emit('false-schema-introduced', `${what} ${why ? `now accepts no value (${why})` : 'became the false schema'}: no event is valid there any more`, { at: [], new: false });
    }
    return true;
}
/** Where `at` (tokens below `node`) is in the source: a hoisted keyword is where it was written (../simplify.ts). */
function locate(s, node, ptr, at) {
    if (at.length > 0) {
        const moved = s.keySrc?.get(node);
        // `=keyword`: a keyword made by rewriting (oneOf's duplicates as a `not`), located at the whole pointer.
        const exact = moved?.get(`=${at[0]}`);
        if (exact !== undefined)
            return below(exact, at.slice(1));
        const base = at.length > 1 ? (moved?.get(`${at[0]}/${at[1]}`) ?? moved?.get(String(at[0]))) : moved?.get(String(at[0]));
        if (base !== undefined)
            return below(base, at);
    }
    return below(ptr, at);
}
const below = (ptr, at) => at.length === 0 ? ptr : ptr + at.map((t) => '/' + (0,core_pointer/* escapeToken */.tj)(t)).join('');
/** One pair of nodes under comparison, as the families see it (a class: no closures per visit). */
class TaskVisit {
    task;
    run;
    labelCache;
    constructor(task, run) {
        this.task = task;
        this.run = run;
    }
    get old() {
        return this.task.old;
    }
    get new() {
        return this.task.new;
    }
    get oldPtr() {
        return this.task.oldPtr;
    }
    get newPtr() {
        return this.task.newPtr;
    }
    get negated() {
        return this.task.negated;
    }
    get exclusive() {
        return this.task.exclusive;
    }
    /** Most visits emit nothing: the label is only worked out when a message needs it. */
    get label() {
        return (this.labelCache ??= labelOf(this.task.newPtr));
    }
    emit(kind, message, detail = {}) {
        const at = detail.at ?? [];
        const t = this.task;
        if (t.only && (0,policy/* kindVerdict */.eK)(kind, t.only, t.negated, t.exclusive) !== 'breaking')
            return;
        this.run.changes.push({
            kind,
            pointer: locate(this.run.newS, t.new, t.newPtr, at),
            oldPointer: locate(this.run.oldS, t.old, t.oldPtr, detail.oldAt ?? at),
            ...('old' in detail ? { old: detail.old } : {}),
            ...('new' in detail ? { new: detail.new } : {}),
            message,
            ...(t.negated ? { negated: true } : {}),
            ...(t.exclusive ? { exclusive: true } : {}),
            ...(t.only ? { only: t.only } : {}),
        });
    }
    descend(oldSub, newSub, oldAt, newAt = oldAt, opts = {}) {
        const { oldS, newS, stack } = this.run;
        // Equal source content without any $ref below means equal meaning: nothing to find there.
        const rawOld = oldSub && oldS.refFreeRaw.get(oldSub);
        const rawNew = newSub && newS.refFreeRaw.get(newSub);
        if (rawOld && rawNew && (0,canonical/* sameContent */.C)(rawOld, rawNew))
            return;
        const t = this.task;
        const only = directionOf(t, opts);
        if (only === null)
            return;
        stack.push({
            old: oldSub ?? TRUE_SCHEMA,
            new: newSub ?? TRUE_SCHEMA,
            oldPtr: (oldSub && oldS.src.get(oldSub)) ?? locate(oldS, t.old, t.oldPtr, oldAt),
            newPtr: (newSub && newS.src.get(newSub)) ?? locate(newS, t.new, t.newPtr, newAt),
            negated: opts.negate ? !t.negated : t.negated,
            // Exclusivity survives a `not`: a change under it still moves events in or out of the branch.
            exclusive: t.exclusive || Boolean(opts.exclusive),
            ...(only ? { only } : {}),
        });
    }
}
/**
 * The direction a child pair counts for, in the whole documents' terms: `opts.only` is asked in
 * the terms of the pair at hand (swapped under an odd number of `not`s); what an ancestor asked
 * is already in document terms. Both, and different: the pair counts for nothing (null).
 */
function directionOf(t, opts) {
    const asked = opts.only && (t.negated ? (opts.only === 'backward' ? 'forward' : 'backward') : opts.only);
    if (t.only && asked && t.only !== asked)
        return null;
    return t.only ?? asked;
}
/** `/properties/customer/properties/tier` -> `customer.tier`; `/items` -> `[]`; other keywords in parentheses. */
function labelOf(pointer) {
    const tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
    let label = '';
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if ((t === 'properties' || t === 'patternProperties') && i + 1 < tokens.length) {
            const name = tokens[++i];
            label += (label ? '.' : '') + (t === 'patternProperties' ? `/${name}/` : name);
        }
        else if (t === 'items') {
            const next = tokens[i + 1];
            if (next !== undefined && /^\d+$/.test(next))
                label += `[${tokens[++i]}]`;
            else
                label += '[]';
        }
        else if (t === 'definitions') {
            label += (label ? '.' : '') + `#${tokens[++i] ?? ''}`;
        }
        else {
            const next = tokens[i + 1];
            label += `(${t}${next !== undefined && /^\d+$/.test(next) ? ` ${tokens[++i]}` : ''})`;
        }
    }
    return label;
}


/***/ }),

/***/ 23511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ refTarget)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20698);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38325);
// `$ref` resolution for the example generator, the way ajv (the judge) resolves them: by base URI.
// `$id`s open scopes (relative ones resolve against the enclosing scope), a plain-name `$id`
// (`#foo`) is an anchor, and a `$ref` resolves against the base URI of the node holding it: to a
// resource of this document (the root or a nested `$id`), then a JSON pointer inside that
// resource or one of its anchors. A reference to anything outside the document resolves to
// nothing (ajv could not compile it either). One index per document, built once (bounded).


/** Base of a document without `$id`: a URL that can never name a real resource. */
const ROOT_BASE = 'https://witness.invalid/root.json';
/** Schema nodes indexed per document, at most (a document is at most 256 KiB). */
const MAX_NODES = 200_000;
/** Keywords whose values are data, not schemas: their `$id`s and `$ref`s mean nothing. */
const DATA = new Set(['enum', 'const', 'examples', 'default']);
const indexes = new WeakMap();
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function resolveUri(ref, base) {
    try {
        return new URL(ref, base);
    }
    catch {
        return undefined;
    }
}
function withoutHash(u) {
    const c = new URL(u.href);
    c.hash = '';
    return c.href;
}
function indexOf(root) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memo */ .p)(indexes, root, buildIndex);
}
function buildIndex(root) {
    const index = { base: new Map(), resources: new Map(), anchors: new Map() };
    const stack = [[root, ROOT_BASE]];
    let seen = 0;
    while (stack.length > 0 && seen++ < MAX_NODES) {
        const [node, outer] = stack.pop();
        if (Array.isArray(node)) {
            for (const v of node)
                if (v !== null && typeof v === 'object')
                    stack.push([v, outer]);
            continue;
        }
        if (!isObj(node))
            continue;
        let base = outer;
        // draft-07: a `$ref`'s siblings are ignored, its `$id` too
        const id = node.$ref === undefined ? node.$id : undefined;
        if (typeof id === 'string') {
            const u = resolveUri(id, outer);
            if (u) {
                const anchor = u.hash.length > 1 ? decodeHash(u.hash) : undefined;
                if (anchor !== undefined && !anchor.startsWith('/'))
                    index.anchors.set(`${withoutHash(u)}#${anchor}`, node);
                if (!id.startsWith('#')) {
                    base = withoutHash(u);
                    if (!index.resources.has(base))
                        index.resources.set(base, node);
                }
            }
        }
        if (node === root)
            index.resources.set(base, node);
        index.base.set(node, base);
        for (const [k, v] of Object.entries(node))
            if (!DATA.has(k) && v !== null && typeof v === 'object')
                stack.push([v, base]);
    }
    if (!index.resources.has(ROOT_BASE))
        index.resources.set(ROOT_BASE, root);
    return index;
}
function decodeHash(hash) {
    try {
        return decodeURIComponent(hash.slice(1));
    }
    catch {
        return undefined;
    }
}
/**
 * The schema the `$ref` of `holder` (a node of `root`) names, or undefined when it names nothing
 * in this document. A pointer into a nested resource is read inside that resource.
 */
function refTarget(root, holder) {
    const ref = holder.$ref;
    if (typeof ref !== 'string' || !isObj(root))
        return undefined;
    const index = indexOf(root);
    const u = resolveUri(ref, index.base.get(holder) ?? ROOT_BASE);
    if (!u)
        return undefined;
    const resource = index.resources.get(withoutHash(u));
    if (resource === undefined)
        return undefined;
    const frag = u.hash === '' ? '' : decodeHash(u.hash);
    if (frag === undefined)
        return undefined;
    if (frag === '' || frag.startsWith('/')) {
        try {
            return (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePointer */ .cj)(resource, frag);
        }
        catch {
            return undefined;
        }
    }
    return index.anchors.get(`${withoutHash(u)}#${frag}`);
}


/***/ }),

/***/ 35853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ patternLengths),
/* harmony export */   GV: () => (/* binding */ patternWords),
/* harmony export */   Yv: () => (/* binding */ maxLen),
/* harmony export */   sy: () => (/* binding */ minLen)
/* harmony export */ });
/* unused harmony export anchoredWhole */
/* harmony import */ var _regex_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26396);
// What a `pattern` accepts, read from its tree (./regex-parse.ts): the lengths of the strings it
// matches, and, when they are few, all of them. Used to see that `^$` -> `^.{0,2}$` only widens,
// and that `minLength: 3` with `^.{0,2}$` leaves no string (issue 12, false alarms).

const minMemo = new WeakMap();
const maxMemo = new WeakMap();
/** Shortest string the subtree matches (in code points). */
function minLen(n) {
    let v = minMemo.get(n);
    if (v !== undefined)
        return v;
    switch (n.t) {
        case 'seq':
            v = n.items.reduce((a, x) => a + minLen(x), 0);
            break;
        case 'alt':
            // No spread: a huge alternation must not overflow the call.
            v = n.options.reduce((a, x) => Math.min(a, minLen(x)), Infinity);
            break;
        case 'set':
            v = 1;
            break;
        case 'rep':
            v = n.min * minLen(n.node);
            break;
        case 'empty':
            v = 0;
    }
    minMemo.set(n, v);
    return v;
}
/** Longest string the subtree matches (Infinity when unbounded). */
function maxLen(n) {
    let v = maxMemo.get(n);
    if (v !== undefined)
        return v;
    switch (n.t) {
        case 'seq':
            v = n.items.reduce((a, x) => a + maxLen(x), 0);
            break;
        case 'alt':
            v = n.options.reduce((a, x) => Math.max(a, maxLen(x)), 0);
            break;
        case 'set':
            v = 1;
            break;
        case 'rep': {
            const m = maxLen(n.node);
            v = m === 0 ? 0 : n.max * m;
            break;
        }
        case 'empty':
            v = 0;
    }
    maxMemo.set(n, v);
    return v;
}
/**
 * Whether the pattern is anchored at both ends and nowhere else (`^(a|b)$`, not `^a|b$` nor
 * `a(^b)`): then a string is valid exactly when it is a whole match of the tree. Escapes and
 * character classes are skipped; a `|` outside any group makes the anchors per option: no.
 */
function anchoredWhole(pattern) {
    if (pattern.length < 2 || pattern[0] !== '^' || pattern[pattern.length - 1] !== '$')
        return false;
    let depth = 0;
    let inClass = false;
    for (let i = 1; i < pattern.length - 1; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            if (i >= pattern.length - 1)
                return false; // the final `$` is escaped
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '^' || c === '$' || (c === '|' && depth === 0))
            return false;
    }
    return !inClass && depth === 0;
}
/**
 * Lengths (code points) a string valid under `pattern` can have: at least `min`; at most `max` when
 * the pattern is anchored at both ends (else Infinity). Undefined when not read.
 */
function patternLengths(pattern) {
    const tree = (0,_regex_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedPattern */ .e)(pattern);
    if (tree === null)
        return undefined;
    return { min: minLen(tree), max: anchoredWhole(pattern) ? maxLen(tree) : Infinity };
}
/** Most strings listed for one pattern, and their longest. */
const MAX_WORDS = 256;
const MAX_WORD = 64;
/**
 * Every string valid under `pattern` when they are few (at most MAX_WORDS, none longer than
 * MAX_WORD code points) and the pattern is anchored at both ends; otherwise undefined.
 */
function patternWords(pattern) {
    if (!anchoredWhole(pattern))
        return undefined;
    const tree = (0,_regex_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedPattern */ .e)(pattern);
    if (tree === null || maxLen(tree) > MAX_WORD)
        return undefined;
    return words(tree) ?? undefined;
}
function words(n) {
    switch (n.t) {
        case 'empty':
            return [''];
        case 'set': {
            if (n.negate)
                return null;
            let count = 0;
            for (const [lo, hi] of n.ranges)
                count += hi - lo + 1;
            if (count > MAX_WORDS)
                return null;
            const out = [];
            for (const [lo, hi] of n.ranges)
                for (let c = lo; c <= hi; c++)
                    if (c < 0xd800 || c > 0xdfff)
                        out.push(String.fromCodePoint(c));
            return out;
        }
        case 'alt': {
            const out = new Set();
            for (const o of n.options) {
                const w = words(o);
                if (w === null)
                    return null;
                for (const x of w)
                    out.add(x);
                if (out.size > MAX_WORDS)
                    return null;
            }
            return [...out];
        }
        case 'seq': {
            let acc = [''];
            for (const item of n.items) {
                const w = words(item);
                if (w === null)
                    return null;
                acc = product(acc, w);
                if (acc.length > MAX_WORDS)
                    return null;
            }
            return acc;
        }
        case 'rep': {
            const w = words(n.node);
            if (w === null)
                return null;
            if (w.every((x) => x === ''))
                return [''];
            if (!Number.isFinite(n.max))
                return null;
            const out = new Set(n.min === 0 ? [''] : []);
            let power = [''];
            for (let k = 1; k <= n.max; k++) {
                power = product(power, w);
                if (power.length > MAX_WORDS)
                    return null;
                if (k >= n.min)
                    for (const x of power)
                        out.add(x);
                if (out.size > MAX_WORDS)
                    return null;
            }
            return [...out];
        }
    }
}
function product(a, b) {
    const out = new Set();
    for (const x of a) {
        for (const y of b) {
            out.add(x + y);
            if (out.size > MAX_WORDS)
                return [...out];
        }
    }
    return [...out];
}


/***/ }),

/***/ 26396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parsedPattern)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38325);
// The regex parser behind ./regex.ts: turns the common `pattern` shapes (literals, classes,
// escapes, groups, alternation, quantifiers, anchors) into a small tree of sequences,
// alternatives, character sets and repetitions. Lookarounds, back-references and unicode
// property escapes are not modelled: such patterns parse to null (no samples then).

class Unsupported extends Error {
}
const MAX_PATTERN = 2000;
const DIGIT = [[48, 57]];
const WORD = [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
];
const SPACE = [
    [9, 13],
    [32, 32],
    [160, 160],
    [0x2028, 0x2029],
    [0xfeff, 0xfeff],
];
const DOT = [
    [0, 9],
    [11, 12],
    [14, 0x2027],
    [0x202a, 0x10ffff],
];
function parse(src) {
    let i = 0;
    const peek = () => src[i];
    const lit = (c) => ({ t: 'set', ranges: [[c, c]], negate: false });
    const alternation = () => {
        const options = [sequence()];
        while (peek() === '|') {
            i++;
            options.push(sequence());
        }
        return options.length === 1 ? options[0] : { t: 'alt', options };
    };
    const sequence = () => {
        const items = [];
        while (i < src.length && peek() !== '|' && peek() !== ')') {
            const atom = atomOf();
            if (atom === null)
                continue;
            items.push(quantified(atom));
        }
        return { t: 'seq', items };
    };
    const quantified = (atom) => {
        let node = atom;
        for (;;) {
            const c = peek();
            let min;
            let max;
            if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '?')
                [min, max] = [0, 1];
            else if (c === '{') {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
                if (!m)
                    throw new Unsupported('brace');
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
                i += m[0].length - 1;
            }
            else
                return node;
            i++;
            if (peek() === '?')
                i++; // lazy: same language
            node = { t: 'rep', node, min, max };
        }
    };
    const atomOf = () => {
        const c = src[i++];
        switch (c) {
            case '^':
            case '$':
                return { t: 'empty' }; // anchors: samples are whole matches anyway
            case '.':
                return { t: 'set', ranges: DOT, negate: false };
            case '[':
                return charClass();
            case '(': {
                if (src.startsWith('?:', i))
                    i += 2;
                else if (src.startsWith('?<', i) && src[i + 2] !== '=' && src[i + 2] !== '!')
                    i = src.indexOf('>', i) + 1;
                else if (peek() === '?')
                    throw new Unsupported('lookaround');
                const inner = alternation();
                if (peek() !== ')')
                    throw new Unsupported('group');
                i++;
                return inner;
            }
            case '\\':
                return escape(false);
            case ')':
            case '|':
            case '*':
            case '+':
            case '?':
                throw new Unsupported('syntax');
            default:
                return lit(c.codePointAt(0));
        }
    };
    const escapeCode = () => {
        const c = src[i++];
        if (c === undefined)
            throw new Unsupported('escape');
        switch (c) {
            case 'd':
                return DIGIT;
            case 'w':
                return WORD;
            case 's':
                return SPACE;
            case 'D':
                return complement(DIGIT);
            case 'W':
                return complement(WORD);
            case 'S':
                return complement(SPACE);
            case 'b':
            case 'B':
                return 'b';
            case 'n':
                return 10;
            case 't':
                return 9;
            case 'r':
                return 13;
            case 'f':
                return 12;
            case 'v':
                return 11;
            case '0':
                return 0;
            case 'x': {
                const m = /^[0-9a-fA-F]{2}/.exec(src.slice(i));
                if (!m)
                    throw new Unsupported('escape');
                i += 2;
                return parseInt(m[0], 16);
            }
            case 'u': {
                const m = /^(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(src.slice(i));
                if (!m)
                    throw new Unsupported('escape');
                i += m[0].length;
                return parseInt(m[1] ?? m[2], 16);
            }
            default:
                if (/[0-9pPkc]/.test(c))
                    throw new Unsupported('escape'); // back-references, \p{..}, \k<..>, \cX
                return c.codePointAt(0);
        }
    };
    const escape = (inClass) => {
        const e = escapeCode();
        if (e === 'b') {
            if (inClass)
                return lit(8);
            return null; // word boundary: an assertion, no character
        }
        return typeof e === 'number' ? lit(e) : { t: 'set', ranges: e, negate: false };
    };
    const charClass = () => {
        let negate = false;
        if (peek() === '^') {
            negate = true;
            i++;
        }
        const ranges = [];
        while (i < src.length && peek() !== ']') {
            let lo;
            const c = src[i++];
            if (c === '\\') {
                const e = escapeCode();
                lo = e === 'b' ? 8 : e;
            }
            else
                lo = c.codePointAt(0);
            if (typeof lo !== 'number') {
                ranges.push(...lo);
                continue;
            }
            if (peek() === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
                i++;
                let hi;
                const d = src[i++];
                if (d === '\\') {
                    const e = escapeCode();
                    hi = e === 'b' ? 8 : e;
                }
                else
                    hi = d.codePointAt(0);
                if (typeof hi !== 'number') {
                    ranges.push([lo, lo], [45, 45], ...hi);
                    continue;
                }
                ranges.push([lo, hi]);
            }
            else
                ranges.push([lo, lo]);
        }
        if (peek() !== ']')
            throw new Unsupported('class');
        i++;
        return { t: 'set', ranges, negate };
    };
    const node = alternation();
    if (i !== src.length)
        throw new Unsupported('syntax');
    return node;
}
function complement(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= 0x10ffff)
        out.push([next, 0x10ffff]);
    return out;
}
const MAX_CACHED = 2000;
const parsed = new Map();
/** The tree of `pattern` (cached), or null when it is too long or uses syntax not modelled. */
function parsedPattern(pattern) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedMemo */ .S)(parsed, pattern, MAX_CACHED, (p) => {
        try {
            return p.length > MAX_PATTERN ? null : parse(p);
        }
        catch {
            return null; // unsupported syntax, or nesting too deep for the parser
        }
    });
}


/***/ }),

/***/ 34958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ MAX_SAMPLE_LENGTH),
/* harmony export */   Ud: () => (/* binding */ patternSamples),
/* harmony export */   fM: () => (/* binding */ matchesEmpty),
/* harmony export */   nw: () => (/* binding */ patternVariants)
/* harmony export */ });
/* harmony import */ var _regex_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26396);
/* harmony import */ var _regex_language_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35853);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71854);
// Example strings for a `pattern`: a generator over the tree ./regex-parse.ts builds, that can
// aim at a length (min/max lengths of each subtree guide how many repetitions and which option
// to take). Every sample is tested with the real RegExp (unicode flag, as ajv compiles patterns).



/** Longest sample we build: witnesses are for people to read. */
const MAX_SAMPLE_LENGTH = 10_000;
/** Characters tried first, so samples read naturally. */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-. @:/+';
function inRanges(ranges, c) {
    return ranges.some(([lo, hi]) => c >= lo && c <= hi);
}
/** A character of the set: the `variant`-th of the preferred ones it holds (variants give distinct samples). */
function pick(set, variant) {
    const ok = (c) => inRanges(set.ranges, c) !== set.negate && !(c >= 0xd800 && c <= 0xdfff);
    const preferred = [...PREFERRED].filter((ch) => ok(ch.codePointAt(0)));
    if (preferred.length > 0)
        return preferred[variant % preferred.length];
    if (!set.negate) {
        for (const [lo, hi] of set.ranges)
            for (let c = lo; c <= Math.min(hi, lo + 64); c++)
                if (ok(c))
                    return String.fromCodePoint(c);
        return undefined;
    }
    for (let c = 32; c < 0x3000; c++)
        if (ok(c))
            return String.fromCodePoint(c);
    return undefined;
}
/**
 * Append a string of `n` to `out`, aiming at length `len` (best effort: the caller checks). Returns
 * the characters appended, or -1.
 */
function build(n, len, out, variant = 0) {
    switch (n.t) {
        case 'empty':
            return 0;
        case 'set': {
            const c = pick(n, variant);
            if (c === undefined)
                return -1;
            out.push(c);
            return 1;
        }
        case 'alt': {
            const opt = n.options.find((o) => (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(o) <= len && len <= (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .maxLen */ .Yv)(o)) ??
                n.options.reduce((a, b) => ((0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(b) < (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(a) ? b : a));
            return build(opt, len, out, variant);
        }
        case 'seq': {
            const mins = n.items.map(_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy);
            let extra = Math.max(0, len - mins.reduce((a, b) => a + b, 0));
            let total = 0;
            for (let k = 0; k < n.items.length; k++) {
                const item = n.items[k];
                const take = Math.min(extra, (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .maxLen */ .Yv)(item) - mins[k]);
                const got = build(item, mins[k] + take, out, variant);
                if (got < 0)
                    return -1;
                extra -= Math.max(0, got - mins[k]);
                total += got;
            }
            return total;
        }
        case 'rep': {
            const emin = (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(n.node);
            const emax = (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .maxLen */ .Yv)(n.node);
            let count = n.min;
            if (emax > 0 && len > n.min * emin) {
                count = Math.min(n.max, Math.max(n.min, Math.ceil(len / Math.min(emax, Math.max(emin, 1)))));
                if (emin > 0)
                    count = Math.min(count, Math.max(n.min, Math.floor(len / emin)));
            }
            count = Math.min(count, MAX_SAMPLE_LENGTH);
            let rest = len;
            let total = 0;
            for (let k = 0; k < count; k++) {
                const share = Math.max(emin, Math.min(emax, Math.ceil(rest / (count - k))));
                const got = build(n.node, share, out, variant);
                if (got < 0)
                    return -1;
                rest -= got;
                total += got;
            }
            return total;
        }
    }
}
/** Whether `pattern` (a valid one) can match the empty string, read from its parse, never by running it. */
function matchesEmpty(pattern) {
    const node = (0,_regex_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedPattern */ .e)(pattern);
    return node !== null && (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(pattern) !== null && (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(node) === 0;
}
/**
 * Strings matching `pattern`: the shortest sample, then samples of each requested length
 * (padding around unanchored patterns where the pattern alone cannot reach it). Each is verified.
 */
function patternSamples(pattern, lengths = []) {
    // The same pattern is sampled for many candidates: each sample costs up to 17 regex runs.
    const key = `${lengths.join(',')}\u0000${pattern}`;
    let samples = sampled.get(key);
    if (samples === undefined) {
        samples = buildSamples(pattern, lengths);
        if (sampled.size > 2000)
            sampled.clear();
        sampled.set(key, samples);
    }
    return samples;
}
const sampled = new Map();
function buildSamples(pattern, lengths) {
    const re = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(pattern);
    if (!re)
        return [];
    const node = (0,_regex_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedPattern */ .e)(pattern);
    const out = new Set();
    const ok = (s) => re.test(s);
    if (node) {
        const lo = (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(node);
        for (const len of [lo, ...lengths, lo + 4]) {
            if (len < 0 || len > MAX_SAMPLE_LENGTH)
                continue;
            const parts = [];
            try {
                if (build(node, Math.max(len, lo), parts) < 0)
                    continue;
            }
            catch {
                continue; // nesting too deep
            }
            let s = parts.join('');
            const have = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .strLength */ .C0)(s);
            if (have < len && len <= MAX_SAMPLE_LENGTH) {
                const pad = 'a'.repeat(len - have);
                if (ok(s + pad))
                    s += pad;
                else if (ok(pad + s))
                    s = pad + s;
            }
            if (ok(s))
                out.add(s);
        }
    }
    for (const s of ['', 'a', 'example', 'A', '0', '1'])
        if (ok(s))
            out.add(s);
    // The same samples with one other character at either end: another pattern may refuse exactly that.
    for (const s of [...out].slice(0, 4)) {
        for (const c of FILLERS) {
            if ((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .strLength */ .C0)(s) + 1 > MAX_SAMPLE_LENGTH)
                break;
            if (ok(s + c))
                out.add(s + c);
            if (ok(c + s))
                out.add(c + s);
        }
    }
    return [...out];
}
/** Characters of different classes (letters past a/b, digits, punctuation, space, upper case). */
const FILLERS = ['c', 'z', '0', '_', '-', '.', ' ', 'Z'];
/** Up to `count` distinct shortest samples of `pattern` (different characters), each verified. */
function patternVariants(pattern, count) {
    const re = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)(pattern);
    const node = (0,_regex_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedPattern */ .e)(pattern);
    if (!re || !node)
        return [];
    const out = new Set();
    const len = (0,_regex_language_js__WEBPACK_IMPORTED_MODULE_1__/* .minLen */ .sy)(node) || 1;
    for (let v = 0; v < count * 2 && out.size < count; v++) {
        const parts = [];
        try {
            if (build(node, len, parts, v) < 0)
                continue;
        }
        catch {
            return [...out];
        }
        const s = parts.join('');
        if (re.test(s))
            out.add(s);
    }
    return [...out];
}


/***/ }),

/***/ 71854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ strLength),
/* harmony export */   J_: () => (/* binding */ JSON_TYPES),
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   M3: () => (/* binding */ propertySchemas),
/* harmony export */   P5: () => (/* reexport safe */ _core_own_property_js__WEBPACK_IMPORTED_MODULE_2__.P),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   hx: () => (/* binding */ typeAllows),
/* harmony export */   pl: () => (/* binding */ typesOf),
/* harmony export */   sA: () => (/* binding */ isObj),
/* harmony export */   tN: () => (/* binding */ inEnum),
/* harmony export */   uT: () => (/* binding */ itemSchemas),
/* harmony export */   vo: () => (/* binding */ isDeclared),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   zV: () => (/* binding */ valueKey),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* unused harmony export refPointer */
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33413);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38325);
/* harmony import */ var _lint_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18986);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23511);
/* harmony import */ var _core_own_property_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8849);
// Helpers over raw draft-07 documents as parsed from YAML (not normalised: witnesses are checked
// against the documents exactly as ajv sees them). A schema node is an object or a boolean.




const JSON_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'];
/** Longest `$ref` chain followed before a reference is taken as a cycle (constrains nothing). */
const MAX_REF_HOPS = 32;
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function has(o, key) {
    return Object.prototype.hasOwnProperty.call(o, key);
}

/** The own property `key` of a map, or undefined (never an inherited `__proto__` or `constructor`). */
function own(map, key) {
    return isObj(map) && has(map, key) ? map[key] : undefined;
}
/** The pointer a local `$ref` names (`#/definitions/A` -> `/definitions/A`), or undefined. */
function refPointer(ref) {
    if (typeof ref !== 'string' || !ref.startsWith('#'))
        return undefined;
    try {
        return decodeURIComponent(ref.slice(1));
    }
    catch {
        return undefined;
    }
}
/**
 * Follow `$ref`s from `node`, resolved by base URI as ajv does (./refs.ts; draft-07: a `$ref`'s
 * siblings are ignored). Returns the target
 * schema, `true` for an unresolvable reference or a cycle (no constraint we can model; ajv is the
 * judge), or the node itself when it is not a reference.
 */
function deref(root, node) {
    let cur = node;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
        if (!isObj(cur) || cur.$ref === undefined)
            return cur;
        const next = (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .refTarget */ .L)(root, cur);
        if (next === undefined)
            return true;
        cur = next;
    }
    return true;
}
/** The types a schema node allows itself (its `type` keyword), or undefined for any. */
function typesOf(node) {
    const t = node.type;
    if (t === undefined)
        return undefined;
    return (Array.isArray(t) ? t : [t]).filter((x) => typeof x === 'string');
}
/** True when `type` values are allowed by a `type` list (integer is a kind of number). */
function typeAllows(types, type) {
    if (!types)
        return true;
    return types.includes(type) || (type === 'integer' && types.includes('number'));
}
/** Key of a JSON value for equality regardless of key order (what ajv's deep-equal decides). */
function valueKey(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'string' ? 's' + v : 'p' + String(v);
    return 'j' + (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(v);
}
const enumSets = new WeakMap();
/** Membership in an `enum` list, with a cached key set (enums can hold 100,000 values). */
function inEnum(list, v) {
    if (list.length < 16) {
        const k = valueKey(v);
        return list.some((x) => valueKey(x) === k);
    }
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_4__/* .memo */ .p)(enumSets, list, (l) => new Set(l.map(valueKey))).has(valueKey(v));
}
/** Code points, as ajv counts string lengths. */
function strLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        n++;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
    }
    return n;
}
const MAX_CACHED_PATTERNS = 2000;
const regexCache = new Map();
/**
 * The pattern compiled as ajv does (unicode flag), cached; null when it is not a valid regex or
 * the ReDoS authority did not clear it to run (the generator then ignores it; ajv, the judge,
 * refuses to run it).
 */
function regex(pattern) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedMemo */ .S)(regexCache, pattern, MAX_CACHED_PATTERNS, (p) => ((0,_lint_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .regexCleared */ .mm)(p) ? new RegExp(p, 'u') : null));
}
/**
 * The schemas that apply to property `key` of an object under each of `conj` (properties,
 * patternProperties, additionalProperties).
 */
function propertySchemas(conj, key) {
    const out = [];
    for (const c of conj) {
        let matched = false;
        const p = own(c.properties, key);
        if (p !== undefined) {
            out.push(p);
            matched = true;
        }
        if (isObj(c.patternProperties)) {
            for (const [pat, sub] of Object.entries(c.patternProperties)) {
                if (regex(pat)?.test(key)) {
                    out.push(sub);
                    matched = true;
                }
            }
        }
        if (!matched && c.additionalProperties !== undefined)
            out.push(c.additionalProperties);
    }
    return out;
}
/** The schemas that apply to element `i` of an array under each of `conj` (items, additionalItems). */
function itemSchemas(conj, i) {
    const out = [];
    for (const c of conj) {
        if (Array.isArray(c.items)) {
            if (i < c.items.length)
                out.push(c.items[i]);
            else if (c.additionalItems !== undefined)
                out.push(c.additionalItems);
        }
        else if (c.items !== undefined) {
            out.push(c.items);
        }
    }
    return out;
}
/** Is `key` declared by a `properties` or matched by a `patternProperties` of any of `conj`? */
function isDeclared(conj, key) {
    for (const c of conj) {
        if (own(c.properties, key) !== undefined)
            return true;
        if (isObj(c.patternProperties) && Object.keys(c.patternProperties).some((p) => regex(p)?.test(key)))
            return true;
    }
    return false;
}


/***/ }),

/***/ 69546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20698);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// Small helpers every lint check shares: build a finding for one contract from path tokens, and
// narrow the plain YAML data. Checks never call contract.locate (see src/core/finding.ts).


/** A finding of `rule` on `contract` at the node addressed by `path` (tokens or a ready pointer). */
function report(rule, contract, path, message) {
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(rule, {
        message,
        file: contract.file,
        pointer: typeof path === 'string' ? path : (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .toPointer */ .rb)(path),
        contract: contract.name,
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Own-property test that is not fooled by keys like `constructor` or `__proto__`. */
function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** JSON-ish rendering of a user value for messages, kept short. */
function show(value) {
    let text;
    try {
        text = value === undefined ? 'nothing' : JSON.stringify(value);
    }
    catch {
        text = String(value);
    }
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
}


/***/ }),

/***/ 97351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ loadRecheck),
/* harmony export */   g: () => (/* binding */ recheck)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
// Loading recheck, the ReDoS checker, so that it works in the ncc bundle without node_modules.
//
// recheck's main entry picks a backend at run time: the synchronous API spawns a synckit worker
// that re-requires recheck from node_modules and then tries the native binary
// (recheck-linux-x64), `java -jar recheck.jar`, and only then its pure-JS engine. In the bundle
// none of those files exist, and synckit itself crashes when bundled. We therefore load
// `recheck/lib/browser.js`: the same Scala.js engine, whose checkSync runs in-process and requires
// nothing - no worker, no child process, no RECHECK_* environment variables consulted.
//
// It is 3 MB and takes ~250 ms to load, and most filter regexes never need it (see
// redos-fast-path.ts). So it is loaded by a dynamic import(), which ncc turns into a separate
// chunk that a run reads only when `loadRecheck()` is awaited (lint's `prepareLint` does that
// when some pattern needs it). Without that, under plain Node (tsc output, vitest) the engine is
// required synchronously on first use.

let engine;
/** Load the engine ahead of synchronous use; in the bundle this reads the separate chunk. */
async function loadRecheck() {
    engine ??= (await __webpack_require__.e(/* import() */ 3303).then(__webpack_require__.t.bind(__webpack_require__, 53303, 19))).checkSync;
}
function loadSync() {
    return (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(require("url").pathToFileURL(__filename).href)('recheck/lib/browser.js').checkSync;
}
/** recheck's verdict on `source` with `flags`, giving up after `timeoutMs` (status unknown/timeout). */
function recheck(source, flags, timeoutMs) {
    engine ??= loadSync();
    return engine(source, flags, { timeout: timeoutMs });
}


/***/ }),

/***/ 52418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ provablyLinear),
/* harmony export */   IR: () => (/* binding */ classEnd),
/* harmony export */   bZ: () => (/* binding */ quantifier),
/* harmony export */   uR: () => (/* binding */ escapeLength)
/* harmony export */ });
// A cheap, sound pre-check that lets most filter regexes skip recheck (~10-300 ms per pattern).
// A backtracking matcher can take super-linear time only when it has to choose between many ways
// of splitting the input. For a pattern that (a) has no lookaround, backreference or quantified
// group, (b) has at most one unbounded quantifier (*, +, {n,}) and only a few bounded choices
// (?, {n,m}, and the branches of an alternation), (c) has no alternation when it has an unbounded
// quantifier, and (d) starts with ^ when it has an unbounded quantifier, the matcher tries one start
// position (^) or a bounded amount of work per position, and at each one the single unbounded
// quantifier backtracks at most n times over a constant number of bounded choices: linear in the
// input. `^skill_42_.*$` and `^(support|billing)@x$` pass; `a*b` does not (quadratic when
// unanchored), nor `^(a+)+$`. Anything not proven linear here goes to recheck.
// "A bounded amount of work per position" also bounds the counts: `a{10000}b` tries 10,000 steps
// at each start position (quadratic up to 10,000 characters), and so does `^.*a{10000}$` at each
// step the star gives back; only one start position (anchored, no top-level `|`) and no unbounded
// quantifier lets a count be large (`^[0-9]{1,40}$`). `^a{30}|b{30}c` is not anchored: its second
// branch starts anywhere.
/** Product of the choices bounded quantifiers add; beyond it the constant factor is no longer small. */
const MAX_BOUNDED_CHOICES = 64;
/** Sum of the bounded counts repeated per start position or per step of the unbounded quantifier. */
const MAX_COUNTED = 16;
/**
 * True when `pattern` (a `u`-flag regex) cannot backtrack super-linearly. False means "not
 * proven", not "vulnerable". It may be asked about a pattern that does not compile (prepareRedos
 * asks before lint): it must then end, and its answer does not matter.
 */
function provablyLinear(pattern) {
    let unbounded = 0;
    let choices = 1;
    let counted = 0;
    let alternation = false;
    let topAlternation = false;
    let depth = 0;
    let last = 'none';
    for (let i = 0; i < pattern.length;) {
        const c = pattern[i];
        if (c === '\\') {
            const n = pattern[i + 1] ?? '';
            if (/[1-9k]/.test(n))
                return false; // backreference
            i += escapeLength(pattern, i);
            last = n === 'b' || n === 'B' ? 'none' : 'atom';
        }
        else if (c === '[') {
            i = classEnd(pattern, i);
            last = 'atom';
        }
        else if (c === '(') {
            if (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4)))
                return false; // lookaround
            if (pattern.startsWith('(?:', i))
                i += 3;
            else if (pattern.startsWith('(?<', i)) {
                // Named group. prepareRedos asks before the pattern is known to compile: no `>`, no proof
                // (indexOf's -1 would restart the loop at 0, forever).
                const close = pattern.indexOf('>', i);
                if (close < 0)
                    return false;
                i = close + 1;
            }
            else
                i += 1;
            depth += 1;
            last = 'none';
        }
        else if (c === ')') {
            i += 1;
            depth -= 1;
            last = 'group';
        }
        else if (c === '|') {
            // A group of k branches has k - 1 bars, and 2^(k-1) >= k: a bound on the paths it adds.
            alternation = true;
            if (depth === 0)
                topAlternation = true; // `^a|b`: the ^ binds only the first branch
            choices *= 2;
            if (choices > MAX_BOUNDED_CHOICES)
                return false;
            i += 1;
            last = 'none';
        }
        else if (c === '*' || c === '+' || c === '?' || c === '{') {
            if (last === 'group')
                return false; // quantified group
            const q = quantifier(pattern, i);
            if (!q)
                return false;
            if (q.max === Infinity)
                unbounded += 1;
            else {
                choices *= q.max - q.min + 1;
                counted += q.max;
            }
            if (unbounded > 1 || choices > MAX_BOUNDED_CHOICES)
                return false;
            i = q.end;
            if (pattern[i] === '?')
                i += 1; // lazy: same choices, other order
            last = 'none';
        }
        else if (c === '^') {
            if (i !== 0)
                return false; // keep the anchoring argument simple
            i += 1;
            last = 'none';
        }
        else {
            i += 1;
            last = c === '$' ? 'none' : 'atom';
        }
    }
    const anchored = pattern.startsWith('^') && !topAlternation;
    if (unbounded === 0)
        return anchored || counted <= MAX_COUNTED;
    return !alternation && anchored && counted <= MAX_COUNTED;
}
/** Longest `\u{\u2026}` or `\p{\u2026}` escape read as one: the longest property name and value fit. */
const BRACE_WINDOW = 64;
function escapeLength(p, i) {
    const n = p[i + 1];
    if ((n === 'u' || n === 'p' || n === 'P') && p[i + 2] === '{') {
        // `\u{10FFFF}`, `\p{Script_Extensions=\u2026}`: the brace closes within a short window. Searching
        // the whole rest would make `\u{\u{\u{\u2026` (no `}`) quadratic in the pattern's length.
        const close = p.slice(i, i + BRACE_WINDOW).indexOf('}');
        if (close > 0)
            return close + 1; // else not a valid pattern: step on (never back)
    }
    if (n === 'u')
        return 6;
    if (n === 'x')
        return 4;
    if (n === 'c')
        return 3;
    return 2;
}
/** Index just after the `]` closing the class that opens at `i`. */
function classEnd(p, i) {
    let j = i + 1;
    while (j < p.length && p[j] !== ']')
        j += p[j] === '\\' ? escapeLength(p, j) : 1;
    return j + 1;
}
function quantifier(p, i) {
    const c = p[i];
    if (c === '*')
        return { min: 0, max: Infinity, end: i + 1 };
    if (c === '+')
        return { min: 1, max: Infinity, end: i + 1 };
    if (c === '?')
        return { min: 0, max: 1, end: i + 1 };
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (!m)
        return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return { min, max, end: i + m[0].length };
}


/***/ }),

/***/ 11833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NV: () => (/* binding */ REDOS_TIMEOUT_MS),
  bs: () => (/* binding */ redosVerdict),
  nh: () => (/* binding */ startRedosRun)
});

// UNUSED EXPORTS: REDOS_RUN_BUDGET_MS, complexityText, redosBudgetLeft

// EXTERNAL MODULE: ./lib/lint/context.js
var context = __webpack_require__(69546);
// EXTERNAL MODULE: ./lib/lint/filter/recheck.js
var recheck = __webpack_require__(97351);
// EXTERNAL MODULE: ./lib/lint/filter/redos-fast-path.js
var redos_fast_path = __webpack_require__(52418);
;// CONCATENATED MODULE: ./lib/lint/filter/redos-counts.js
// Counted repetition hides exponential backtracking from recheck's automaton checker: `(a|a?){18}`
// is a finite automaton, "safe" in theory, yet a backtracking matcher tries about 2^18 ways to fail
// on 17 `a`s and a `!` (20 s; `{22}` runs for minutes). So a pattern recheck calls safe is asked
// again with the counts on its groups relaxed (`(...){n,m}` -> `(...)+`, or `*` when n is 0): when
// that form is exponential, the original is exponential in its counts. Only group counts are
// relaxed: a count on a single atom (`\d{4}`) fixes the group's length, and relaxing it would make
// `(?:\d{4}[ -]?){3}` (a card number) look like `(?:\d+[ -]?)+`, ambiguous where the original is
// not. Only exponential forms are refused: a polynomial relaxed form stays bounded by a power of
// the counts, small for any real pattern.

/**
 * `pattern` with each counted repetition of a group that allows more than one match relaxed;
 * undefined when it has none.
 */
function relaxCounts(pattern) {
    let out = '';
    let relaxed = false;
    let afterGroup = false;
    for (let i = 0; i < pattern.length;) {
        const c = pattern[i];
        const q = c === '{' && afterGroup ? (0,redos_fast_path/* quantifier */.bZ)(pattern, i) : null;
        let end = i + 1;
        if (c === '\\')
            end = i + (0,redos_fast_path/* escapeLength */.uR)(pattern, i);
        else if (c === '[')
            end = (0,redos_fast_path/* classEnd */.IR)(pattern, i);
        if (q && q.max >= 2) {
            out += q.min === 0 ? '*' : '+';
            relaxed = true;
            end = q.end;
        }
        else {
            out += pattern.slice(i, end);
        }
        afterGroup = c === ')';
        i = end;
    }
    return relaxed ? out : undefined;
}

;// CONCATENATED MODULE: ./lib/lint/filter/redos-verdict.js
// The ReDoS authority of the whole product: is a (valid, unicode-mode) regex free of catastrophic
// backtracking? Filter pattern rules, schema `pattern`s and `patternProperties` keys, and every
// regex the validator or the witness generator would run ask here. A sound syntactic fast path
// decides most; recheck decides the rest, within a per-pattern timeout and one budget per run:
// a hostile repo with hundreds of expensive patterns gets warnings, not hours of thinking.




/** How long recheck may think about one pattern; its own default (10 s) is too long for CI. */
const REDOS_TIMEOUT_MS = 2_000;
/** How long recheck may think in one run, all patterns together; past it the rest are unknown. */
const REDOS_RUN_BUDGET_MS = 10_000;
/** Final verdicts only (safe, vulnerable, or unknown at the full timeout): a spent budget is not final. */
const verdicts = new Map();
let budget = fresh(REDOS_RUN_BUDGET_MS);
function fresh(ms) {
    return { totalMs: ms, leftMs: ms, checked: 0 };
}
/**
 * Start a run: the ReDoS checker gets `ms` of thinking time in all. A process starts with one run's
 * budget; a front that runs several checks in one process (tests, the demo) starts each.
 */
function startRedosRun(ms = REDOS_RUN_BUDGET_MS) {
    budget = fresh(ms);
}
/** What is left of this run's budget, for reports and tests. */
function redosBudgetLeft() {
    return { ...budget, leftMs: Math.max(0, budget.leftMs) };
}
/**
 * The verdict for a valid (unicode-mode) regex. Final verdicts are cached by pattern for the life
 * of the process; a pattern met after the run's budget is spent is unknown (and asked again in a
 * later run). `timeoutMs` is per pattern; tests pass a small one.
 */
function redosVerdict(pattern, timeoutMs = REDOS_TIMEOUT_MS) {
    const key = `${timeoutMs}\n${pattern}`;
    const known = verdicts.get(key);
    if (known)
        return known;
    if ((0,redos_fast_path/* provablyLinear */.D6)(pattern)) {
        const safe = { kind: 'safe' };
        verdicts.set(key, safe);
        return safe;
    }
    if (budget.leftMs <= 0) {
        return {
            kind: 'unknown',
            message: `not checked for catastrophic backtracking: this run's ReDoS budget (${budget.totalMs / 1000} s for all regexes) was spent on ${budget.checked} earlier ones`,
        };
    }
    const allowed = Math.min(timeoutMs, Math.ceil(budget.leftMs));
    const t0 = performance.now();
    const verdict = judge(pattern, allowed, allowed < timeoutMs);
    budget.leftMs -= performance.now() - t0;
    budget.checked++;
    if (allowed === timeoutMs)
        verdicts.set(key, verdict);
    return verdict;
}
function judge(pattern, timeoutMs, cutByBudget) {
    let d;
    try {
        d = (0,recheck/* recheck */.g)(pattern, 'u', timeoutMs);
    }
    catch (err) {
        return { kind: 'unknown', message: `the ReDoS checker failed: ${err.message}` };
    }
    if (d.status === 'safe')
        return exponentialInCounts(pattern, timeoutMs) ?? { kind: 'safe' };
    if (d.status === 'vulnerable') {
        const hot = d.hotspot.filter((h) => h.temperature === 'heat').map((h) => pattern.slice(h.start, h.end));
        const where = hot.length > 0 ? `; the backtracking happens at ${[...new Set(hot)].map((h) => (0,context/* show */.WU)(h)).join(', ')}` : '';
        return {
            kind: 'vulnerable',
            message: `matching can take ${complexityText(d.complexity)} time (catastrophic backtracking)${where}; an attack string: ${d.attack.pattern}`,
        };
    }
    const e = d.error;
    const why = e.kind === 'timeout'
        ? cutByBudget
            ? `it could not decide within the ${timeoutMs} ms left of this run's ReDoS budget (${budget.totalMs / 1000} s for all regexes)`
            : `it could not decide within ${timeoutMs} ms`
        : e.kind === 'cancel'
            ? 'the check was cancelled'
            : `${e.kind}: ${e.message}`;
    return { kind: 'unknown', message: `could not check for catastrophic backtracking: ${why}` };
}
/** Vulnerable when the pattern with its counts relaxed is exponential (see redos-counts.ts); undefined otherwise. */
function exponentialInCounts(pattern, timeoutMs) {
    const relaxed = relaxCounts(pattern);
    if (relaxed === undefined)
        return undefined;
    let d;
    try {
        d = (0,recheck/* recheck */.g)(relaxed, 'u', timeoutMs);
    }
    catch {
        return undefined;
    }
    if (d.status !== 'vulnerable' || d.complexity.type !== 'exponential')
        return undefined;
    return {
        kind: 'vulnerable',
        message: `matching can take time exponential in a repetition count (an ambiguous group repeated {n} times backtracks about 2^n ways; ` +
            `${(0,context/* show */.WU)(relaxed)}, the same pattern with its counts relaxed, is exponential); an attack string for that form: ${d.attack.pattern}`,
    };
}
/** "exponential", or "3rd-degree polynomial": recheck's own summary says "12nd degree". */
function complexityText(c) {
    if (c.type !== 'polynomial' || typeof c.degree !== 'number')
        return c.summary;
    return `${ordinal(c.degree)}-degree polynomial`;
}
function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
    return `${n}${suffix}`;
}


/***/ }),

/***/ 18986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ UnclearedRegexError),
/* harmony export */   ex: () => (/* binding */ guardedRegExp),
/* harmony export */   mm: () => (/* binding */ regexCleared),
/* harmony export */   ur: () => (/* binding */ regexError)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38325);
/* harmony import */ var _filter_redos_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11833);
// Regex syntax, decided once for the whole product: ECMAScript with the `u` flag.
// ajv compiles JSON Schema `pattern`s with `u`, so schemas and filters follow one grammar, and the
// unicode grammar is the strict one: it rejects Annex B leniencies (`\-` or `\_` outside a class,
// a lone `{` or `]`, `\1` without a group) that other engines treat differently or reject.


const verdicts = new Map();
/** Patterns are the documents' text: the cache is emptied past this many. */
const MAX_CACHED_VERDICTS = 10_000;
/** The engine's complaint about `pattern` in unicode mode, or null when it compiles. Cached. */
function regexError(pattern) {
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedMemo */ .S)(verdicts, pattern, MAX_CACHED_VERDICTS, compileError);
}
function compileError(pattern) {
    try {
        new RegExp(pattern, 'u');
        return null;
    }
    catch (err) {
        const reason = err.message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
        try {
            new RegExp(pattern);
            return `${reason} (only the legacy non-unicode grammar accepts it: escape only syntax characters, e.g. write - not \\- outside [...])`;
        }
        catch {
            return reason;
        }
    }
}
// Running a regex is the other half: a pattern from a repo or a tenant runs only once the ReDoS
// authority (./filter/redos-verdict.ts) cleared it. Everything that runs user regexes - ajv on
// examples and witness events (through `guardedRegExp`), the witness generator, the evolution
// engine's patternProperties matching - asks `regexCleared` first.
/** True when `pattern` compiles in unicode mode and the ReDoS authority found it safe to run. */
function regexCleared(pattern) {
    return regexError(pattern) === null && (0,_filter_redos_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .redosVerdict */ .bs)(pattern).kind === 'safe';
}
/** Thrown instead of running a regex the ReDoS authority did not clear. */
class UnclearedRegexError extends Error {
    pattern;
    constructor(pattern) {
        super(`the regex ${JSON.stringify(pattern)} was not run: the ReDoS checker did not clear it`);
        this.pattern = pattern;
        this.name = 'UnclearedRegexError';
    }
}
/**
 * ajv's `code.regExp` engine: the real RegExp for a cleared pattern; for any other, a stand-in that
 * compiles but refuses to run (throws UnclearedRegexError), so a validation that would reach the
 * pattern stops instead of hanging, and one that never reaches it is unaffected.
 */
const guardedRegExp = Object.assign((pattern, flags) => {
    // An invalid pattern throws here, as ajv's default engine does (the schema does not compile).
    if (regexError(pattern) !== null || regexCleared(pattern))
        return new RegExp(pattern, flags);
    const refuse = {
        test: () => {
            throw new UnclearedRegexError(pattern);
        },
        // ajv caches compiled patterns per instance by this string: keep it unique per pattern.
        toString: () => `uncleared:${JSON.stringify(pattern)}`,
    };
    return refuse;
}, 
// How ajv's standalone code of a validator names this engine (./validators.ts RUNTIME).
{ code: 'require("cxone-contract/regexp").guardedRegExp' });


/***/ })

};
;