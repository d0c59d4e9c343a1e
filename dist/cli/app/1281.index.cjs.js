"use strict";
exports.id = 1281;
exports.ids = [1281];
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


/***/ })

};
;