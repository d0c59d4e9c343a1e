"use strict";
exports.id = 6697;
exports.ids = [6697,4539];
exports.modules = {

/***/ 73389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UA: () => (/* binding */ parseContract),
  Fk: () => (/* binding */ shapeRules)
});

// UNUSED EXPORTS: contractName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/contracts/limits.js
var contracts_limits = __webpack_require__(45707);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/core/memo.js
var memo = __webpack_require__(38325);
;// CONCATENATED MODULE: ./lib/contracts/locate-records.js
// The layout of the locator's node index (./locate.ts): five int32 per node in document order,
// shared by the index builder and the key reader (./locate-keys.ts).
/** Offset returned when the index cannot answer exactly; the reference locator takes over. */
const UNKNOWN = -1;
// Node record: STRIDE int32 fields.
const STRIDE = 5;
const META = 0; // kind | style << 3 | chomping << 6 | fast << 8 | tagged << 9 | (indent + 1) << 10
const POS = 1; // source offset of the node as `yaml` reports it, or UNKNOWN
const NEXT = 2; // index of the node after this one's subtree
const A = 3; // scalar: valueStart; alias: index of the anchored node (-1 when unknown)
const B = 4; // scalar: valueEnd
const KIND_MASK = 7; // EVENT_ID.SEQUENCE/MAPPING/SCALAR/ALIAS (2..5) fit in three bits
const FAST = 1 << 8;
const TAGGED = 1 << 9;

;// CONCATENATED MODULE: ./lib/contracts/locate-keys.js
// Reading mapping keys from the locator's node index (./locate-records.ts) as js-yaml's mappings see
// them: a plain key compared in place when no core-schema type can claim it, otherwise resolved
// through js-yaml; a large mapping gets a table of its keys, so n lookups do not scan n siblings.



/**
 * Mappings with more keys than this get a table of their keys at their first lookup: n lookups
 * scanning n siblings were n\u00b2 (16,000 findings in one mapping: 6 s).
 */
const TABLE_MIN_KEYS = 64;
const keyTables = new WeakMap();
/**
 * The key table of the mapping `node` (its subtree ends before `end`), built at its first lookup;
 * null for a small mapping.
 */
function keyTable(index, text, node, end) {
    return (0,memo/* memo */.p)((0,memo/* memo */.p)(keyTables, index, () => new Map()), node, () => buildKeyTable(index.nodes, text, node, end));
}
function buildKeyTable(nodes, text, node, end) {
    let count = 0;
    for (let key = node + 1; key < end && count <= TABLE_MIN_KEYS; count++) {
        const value = nodes[key * STRIDE + NEXT];
        if (value >= end)
            break;
        key = nodes[value * STRIDE + NEXT];
    }
    let table = null;
    if (count > TABLE_MIN_KEYS) {
        table = { keys: new Map(), unknownAt: Infinity };
        let ord = 0;
        for (let key = node + 1; key < end; ord++) {
            const value = nodes[key * STRIDE + NEXT];
            if (value >= end)
                break;
            const k = keyValue(nodes, text, key);
            if (k === undefined)
                table.unknownAt = Math.min(table.unknownAt, ord);
            else if (k !== null && !table.keys.has(k))
                table.keys.set(k, { key, ord });
            key = nodes[value * STRIDE + NEXT];
        }
    }
    return table;
}
/**
 * A key as keyMatches reads it: its string, null when it can match nothing, undefined when only the
 * reference can tell.
 */
function keyValue(nodes, text, key) {
    const meta = nodes[key * STRIDE + META];
    if ((meta & KIND_MASK) !== js_yaml/* EVENT_ID */.hy.SCALAR)
        return null;
    if (meta & TAGGED)
        return undefined;
    const valueStart = nodes[key * STRIDE + A];
    const valueEnd = nodes[key * STRIDE + B];
    const plain = ((meta >> 3) & 7) === js_yaml/* SCALAR_STYLE */.jK.PLAIN;
    if (plain && meta & FAST && valueStart >= 0 && !mayResolve(text.charAt(valueStart)))
        return text.slice(valueStart, valueEnd);
    return scalarKey(nodes, text, key);
}
/** Whether the scalar key node `key` reads as `token` in the js-yaml document; undefined: cannot tell. */
function keyMatches(nodes, text, key, token) {
    const meta = nodes[key * STRIDE + META];
    // A collection or alias as a key never matches (the reference locator does not match them either).
    if ((meta & KIND_MASK) !== js_yaml/* EVENT_ID */.hy.SCALAR)
        return false;
    if (meta & TAGGED)
        return undefined; // an explicit tag decides the key's type
    const valueStart = nodes[key * STRIDE + A];
    const valueEnd = nodes[key * STRIDE + B];
    const style = (meta >> 3) & 7;
    const plain = style === js_yaml/* SCALAR_STYLE */.jK.PLAIN;
    if (plain && meta & FAST && valueStart >= 0 && !mayResolve(text.charAt(valueStart))) {
        // The common case: compare in place, no string is built.
        return valueEnd - valueStart === token.length && text.startsWith(token, valueStart);
    }
    return scalarKey(nodes, text, key) === token;
}
/** The string a (non-tagged) scalar key stands for, read through js-yaml. */
function scalarKey(nodes, text, key) {
    const meta = nodes[key * STRIDE + META];
    const valueStart = nodes[key * STRIDE + A];
    const valueEnd = nodes[key * STRIDE + B];
    const style = (meta >> 3) & 7;
    const plain = style === js_yaml/* SCALAR_STYLE */.jK.PLAIN;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, {
        type: js_yaml/* EVENT_ID */.hy.SCALAR,
        valueStart,
        valueEnd,
        anchorStart: -1,
        anchorEnd: -1,
        tagStart: -1,
        tagEnd: -1,
        style: style,
        chomping: ((meta >> 6) & 3),
        indent: (meta >>> 10) - 1,
        fast: (meta & FAST) !== 0,
    });
    return plain ? resolvePlain(value) : value;
}
const isImplicitScalar = (t) => t.nodeKind === 'scalar' && t.implicit;
/** The core schema's implicit scalar types (null, bool, int, float), in resolution order. */
const IMPLICIT = js_yaml/* CORE_SCHEMA */.OU.tags.filter(isImplicitScalar);
const ANY_FIRST = IMPLICIT.some((t) => t.implicitFirstChars === null);
const FIRST_CHARS = new Set(IMPLICIT.flatMap((t) => t.implicitFirstChars ?? []));
/** Whether a plain scalar starting with `first` may resolve to something other than a string. */
const mayResolve = (first) => ANY_FIRST || FIRST_CHARS.has(first);
/** A plain key as a js-yaml mapping stores it: resolved with the core schema, then stringified. */
function resolvePlain(source) {
    const first = source.charAt(0);
    for (const tag of IMPLICIT) {
        if (tag.implicitFirstChars !== null && !tag.implicitFirstChars.includes(first))
            continue;
        const value = tag.resolve(source, false, tag.tagName);
        if (value !== js_yaml/* NOT_RESOLVED */.Hg)
            return String(value);
    }
    return source;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/core/yaml-offset.js
var yaml_offset = __webpack_require__(93946);
;// CONCATENATED MODULE: ./lib/contracts/locate-yaml.js
// The reference locator: re-parses the text with `yaml` (which keeps source ranges) and walks its
// node tree. Its parse alone takes 3.4-3.8 times js-yaml's (figures in ./yaml-load.ts), so it only
// runs for the rare constructs the event index of locate.ts cannot place exactly, and as the oracle
// in tests.



const TOP = { line: 1, column: 1 };
function createYamlLocator(text) {
    let parsed;
    return (pointer) => {
        if (parsed === undefined)
            parsed = parseWithPositions(text);
        if (parsed === null)
            return TOP;
        const offset = (0,yaml_offset/* yamlOffsetOf */.E)(parsed.doc, tokensOf(pointer), { throughAliases: true });
        if (offset === undefined)
            return TOP;
        const { line, col } = parsed.lines.linePos(offset);
        return { line, column: col };
    };
}
function parseWithPositions(text) {
    try {
        const lines = new dist/* LineCounter */.HN();
        // Same core schema as the fast path, so keys such as `1` or `null` read the same way.
        const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'core', lineCounter: lines, uniqueKeys: false, prettyErrors: false });
        return { doc, lines };
    }
    catch {
        return null; // locate() must never throw; callers fall back to line 1
    }
}
/** The pointer's tokens; none (the top) for one that cannot be read. */
function tokensOf(pointer) {
    try {
        return (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./lib/contracts/locate.js
// Pointer -> line/column. The fast parser keeps no positions and builds no tree, so js-yaml's
// events are folded into a compact node index: five int32 per node in document order, each
// collection knowing where its subtree ends. A lookup walks only the pointer's path, stepping
// over sibling subtrees in O(1), and a line-start table turns the offset into a line/column by
// binary search. The loader indexes the events it already parsed (a fold of them costs a fraction
// of parsing again, and a check locates findings in most files), so every contract keeps its
// index (~20 bytes a node), never the events; the line table is built at the first lookup.
//
// Positions are those of the `yaml` library's node ranges (locate-yaml.ts, the reference): a node
// starts at its content, not at its anchor or tag; a quoted scalar at its opening quote; a block
// scalar at its `|`/`>` header. The rare cases the events cannot place exactly (an empty scalar,
// a tagged key, a block mapping whose first key is a collection with properties) fall back to the
// reference locator, for the pointer that needs it.






const INDEX = /^(0|[1-9][0-9]*)$/;
/**
 * A locator for one contract's text. `index`: the text's index, when the caller has its events
 * (indexEvents); otherwise it is built on the first call (with the same depth limit the file was
 * parsed with) and kept. The reference parse happens only if some pointer needs it.
 */
function createLocator(text, maxDepth = contracts_limits/* DEFAULT_LIMITS */.dR.maxDepth, index) {
    let lines;
    let reference;
    return (pointer) => {
        if (index === undefined)
            index = buildLocateIndex(text, maxDepth);
        const offset = index === null ? UNKNOWN : indexedOffset(index, text, pointer);
        if (offset < 0)
            return (reference ??= createYamlLocator(text))(pointer);
        lines ??= lineStarts(text);
        return positionIn(lines, offset);
    };
}
/** The node index of the text's (first non-empty) document, or null when it does not parse. */
function buildLocateIndex(text, maxDepth = contracts_limits/* DEFAULT_LIMITS */.dR.maxDepth) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth });
    }
    catch {
        return null;
    }
    return indexEvents(events, text);
}
/** Folds an event stream into the node index of its (first non-empty) document. */
function indexEvents(events, text) {
    const first = rootEvent(events);
    if (first < 0)
        return null;
    const nodes = new Int32Array(events.length * STRIDE); // an upper bound: POPs take no record
    const open = [];
    const anchors = new Map();
    let n = 0;
    for (let i = first; i < events.length; i++) {
        const ev = events[i];
        if (ev.type === js_yaml/* EVENT_ID */.hy.POP) {
            const node = open.pop();
            if (node === undefined)
                break; // the document's end
            nodes[node * STRIDE + NEXT] = n;
            continue;
        }
        if (ev.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            break;
        const at = n * STRIDE;
        const self = n++;
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const indent = Math.max(0, ev.indent + 1);
                nodes[at + META] =
                    ev.type |
                        (ev.style << 3) |
                        (ev.chomping << 6) |
                        (ev.fast ? FAST : 0) |
                        (ev.tagStart >= 0 ? TAGGED : 0) |
                        (indent << 10);
                nodes[at + POS] = scalarPos(text, ev);
                nodes[at + NEXT] = n;
                nodes[at + A] = ev.valueStart;
                nodes[at + B] = ev.valueEnd;
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS:
                nodes[at + META] = ev.type;
                nodes[at + POS] = ev.anchorStart - 1; // the `*`
                nodes[at + NEXT] = n;
                nodes[at + A] = anchors.get(text.slice(ev.anchorStart, ev.anchorEnd)) ?? -1;
                break;
            case js_yaml/* EVENT_ID */.hy.SEQUENCE:
            case js_yaml/* EVENT_ID */.hy.MAPPING:
                nodes[at + META] = ev.type;
                nodes[at + POS] = ev.type === js_yaml/* EVENT_ID */.hy.MAPPING ? mappingPos(text, ev.start, events[i + 1]) : ev.start;
                open.push(self);
                break;
        }
        // The most recent definition wins, as in both parsers; aliases only look backwards.
        if (ev.type !== js_yaml/* EVENT_ID */.hy.ALIAS && ev.anchorStart >= 0)
            anchors.set(text.slice(ev.anchorStart, ev.anchorEnd), self);
    }
    return { nodes: nodes.slice(0, n * STRIDE) };
}
/**
 * Offset of the node at `pointer` (for a mapping entry, of its key), stopping at the nearest
 * existing ancestor; UNKNOWN (-1) when only the reference locator can tell.
 */
function indexedOffset(index, text, pointer) {
    const nodes = index.nodes;
    if (nodes.length === 0)
        return UNKNOWN;
    let tokens;
    try {
        tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        tokens = [];
    }
    let node = 0;
    let offset = nodes[POS];
    for (const token of tokens) {
        if ((nodes[node * STRIDE + META] & KIND_MASK) === js_yaml/* EVENT_ID */.hy.ALIAS) {
            node = nodes[node * STRIDE + A];
            if (node < 0)
                break;
        }
        const kind = nodes[node * STRIDE + META] & KIND_MASK;
        const end = nodes[node * STRIDE + NEXT];
        if (kind === js_yaml/* EVENT_ID */.hy.MAPPING) {
            let key = node + 1;
            let found = -1;
            const table = keyTable(index, text, node, end);
            if (table) {
                // (the same answer as the scan below: the first matching key, unless an unreadable one precedes it)
                const hit = table.keys.get(token);
                if (hit !== undefined && hit.ord < table.unknownAt)
                    found = hit.key;
                else if (table.unknownAt !== Infinity)
                    return UNKNOWN;
                key = end;
            }
            while (key < end) {
                const value = nodes[key * STRIDE + NEXT];
                if (value >= end)
                    break;
                const match = keyMatches(nodes, text, key, token);
                if (match === undefined)
                    return UNKNOWN;
                if (match) {
                    found = key;
                    break;
                }
                key = nodes[value * STRIDE + NEXT];
            }
            if (found < 0)
                break;
            offset = nodes[found * STRIDE + POS];
            node = nodes[found * STRIDE + NEXT];
        }
        else if (kind === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (!INDEX.test(token))
                break;
            let item = node + 1;
            for (let k = Number(token); k > 0 && item < end; k--)
                item = nodes[item * STRIDE + NEXT];
            if (item >= end)
                break;
            offset = nodes[item * STRIDE + POS];
            node = item;
        }
        else
            break;
    }
    return offset; // UNKNOWN only if the node it stopped at cannot be placed
}
/** Index of the root node's event in the first document that has content (as parse.ts picks it). */
function rootEvent(events) {
    for (let i = 0; i < events.length; i++) {
        if (events[i].type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
            continue;
        const root = events[i + 1];
        if (root === undefined)
            return -1;
        const empty = root.type === js_yaml/* EVENT_ID */.hy.SCALAR && root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
        if (!empty)
            return i + 1;
    }
    return -1;
}
/** Where `yaml` starts a scalar: at its content, a quote, or a block scalar's header. */
function scalarPos(text, ev) {
    if (ev.valueStart < 0)
        return UNKNOWN; // empty: `yaml` places it after the indicator, events do not say where
    switch (ev.style) {
        case js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED:
        case js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED:
            return ev.valueStart - 1;
        case js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK:
        case js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK:
            return blockHeader(text, ev.valueStart);
        default:
            return ev.valueStart;
    }
}
/** The header must end its line: indicators, then maybe a comment. */
const HEADER = /(?<=^|[ \t])[|>][0-9+-]*(?:[ \t]+#.*)?[ \t]*$/;
/**
 * Offset of a block scalar's `|`/`>`. js-yaml's content starts on the line after the header, so
 * the header is the last indicator on the previous line that only indicators and a comment
 * follow (anchors and tags before it cannot contain a space-preceded `|`/`>`).
 */
function blockHeader(text, valueStart) {
    let end = valueStart;
    if (text.charCodeAt(end - 1) === 10)
        end--;
    if (text.charCodeAt(end - 1) === 13)
        end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const m = HEADER.exec(text.slice(lineStart, end));
    return m ? lineStart + m.index : UNKNOWN;
}
/**
 * Where `yaml` starts a mapping. js-yaml starts an implicit block (or flow-pair) mapping at its
 * first key's anchor or tag; `yaml` at that key's content.
 */
function mappingPos(text, start, first) {
    if (first === undefined ||
        first.type === js_yaml/* EVENT_ID */.hy.POP ||
        first.type === js_yaml/* EVENT_ID */.hy.DOCUMENT ||
        first.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
        return start;
    }
    const anchor = first.anchorStart >= 0 ? first.anchorStart - 1 : -1;
    if (anchor !== start && first.tagStart !== start)
        return start;
    return first.type === js_yaml/* EVENT_ID */.hy.SCALAR ? scalarPos(text, first) : UNKNOWN;
}
/** Offsets where lines start (0 first), for binary search. */
function lineStarts(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    const starts = new Int32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts[k++] = i + 1;
    return starts;
}
function positionIn(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}

// EXTERNAL MODULE: ./lib/core/position.js
var position = __webpack_require__(45792);
// EXTERNAL MODULE: ./lib/contracts/read.js
var read = __webpack_require__(54759);
// EXTERNAL MODULE: ./lib/contracts/text.js
var contracts_text = __webpack_require__(76448);
// EXTERNAL MODULE: ./lib/contracts/yaml-load.js + 1 modules
var yaml_load = __webpack_require__(31988);
;// CONCATENATED MODULE: ./lib/contracts/parse.js
// One file's bytes -> a Contract, or the findings that explain why there is none. Pure and
// synchronous: loadContracts does the I/O, tests and `diff` call this directly.








const shapeRules = (0,rule/* defineRules */.x)({
    notAMapping: {
        id: 'not-a-mapping',
        raisedBy: () => parseContract,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'error',
        summary: 'The document is not a mapping (key: value pairs).',
        doc: 'An event schema is a JSON Schema object and a filter is an object with `name`, `matchers` and ' +
            'so on; both must be a YAML mapping at the top level. A list, a single string or number, or ' +
            '`null` at the top is not a contract, often the result of a stray `-` or a wrong indentation ' +
            'of the first line.',
        fix: 'Make the top level of the file a mapping, e.g. `title: ...` / `type: object` for a schema.',
    },
});
function parseContract(kind, file, bytes, limits, options = {}) {
    const lim = (0,contracts_limits/* resolveLimits */.fW)(limits);
    if (bytes.length > lim.maxFileBytes)
        return { findings: [(0,read/* tooLarge */.g$)(file, bytes.length, lim.maxFileBytes)] };
    const decoded = (0,contracts_text/* decodeText */.g7)(file, bytes);
    const findings = decoded.findings;
    const text = decoded.text;
    if (text === undefined)
        return { findings };
    const loaded = (0,yaml_load/* loadYaml */.yv)(file, text, lim);
    const nodes = loaded.nodes;
    findings.push(...loaded.findings);
    if (loaded.findings.length > 0)
        return { findings, nodes };
    const value = loaded.value;
    const booleanSchema = options.booleanSchema === true && kind === 'schema' && typeof value === 'boolean';
    if (!isPlainMapping(value) && !booleanSchema) {
        const offset = loaded.root?.rootOffset ?? 0;
        findings.push((0,rule/* finding */.g)(shapeRules.notAMapping, {
            file,
            ...(0,position/* positionAt */.t)(text, Math.max(0, offset)),
            message: `the top level of a ${kind} file must be a mapping (key: value pairs), but it is ${describeValue(value)}`,
        }));
        return { findings, nodes };
    }
    const name = contractName(kind, file, isPlainMapping(value) ? value : {});
    for (const f of findings)
        f.contract = name; // e.g. file-bom: the contract is still usable
    // Indexed now, from the events in hand: locating a finding later would otherwise parse the text again.
    const locate = createLocator(text, lim.maxDepth, loaded.events && indexEvents(loaded.events, text));
    // A boolean schema is carried as the document itself: the engine reads `true`/`false` as schemas.
    return { contract: { kind, name, file, doc: value, locate }, findings, nodes };
}
function isPlainMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
    if (typeof v === 'string')
        return `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '\u2026' : v)})`;
    return `a ${typeof v} (${String(v)})`;
}
/**
 * The contract's identity: its title or name exactly as written, since the platform finds the live
 * item by it (a blank filter name such as " " is one the platform accepts); the file's stem only
 * when there is none.
 */
function contractName(kind, file, doc) {
    const own = kind === 'schema' ? doc['title'] : doc['name'];
    if (typeof own === 'string' && own !== '')
        return own;
    const base = external_node_path_.posix.basename(file);
    const ext = external_node_path_.posix.extname(base);
    return ext && ext !== base ? base.slice(0, -ext.length) : base;
}


/***/ }),

/***/ 54759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   _h: () => (/* binding */ fileRules),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   qj: () => (/* binding */ overBudget),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export describeFsError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64539);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7849);
// Reading one contract file from disk, bounded: stat before reading (a 20 GB file is never
// pulled into memory), and open non-blocking so a named pipe matching a glob cannot hang us.



const fileRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRules */ .x)({
    fileTooLarge: {
        id: 'file-too-large',
        raisedBy: () => tooLarge,
        test: 'test/contracts/load.test.ts',
        severity: 'error',
        summary: 'The file is larger than the configured limit.',
        doc: 'Event schemas and filters are small (a few KB to a few hundred KB). A file past the limit ' +
            '(2 MiB by default) is almost certainly generated output, a data dump or a committed mistake, ' +
            'and parsing it would cost every run time and memory. It is not read at all.',
        fix: 'Split the contract, remove the large file from the contract globs, or raise the limit in the config if it is genuine.',
    },
    fileUnreadable: {
        id: 'file-unreadable',
        raisedBy: () => unreadable,
        test: 'test/contracts/load.test.ts',
        severity: 'error',
        summary: 'A file matched by the contract globs cannot be read.',
        doc: 'The path matched a schema or filter glob but is not a readable regular file: permission ' +
            'denied, a directory named like a contract file, a named pipe or device, a broken symbolic ' +
            'link, or a path whose real location is outside the repository root (a linked file, or a file ' +
            'under a linked directory): such a file is never read, so none of its content can reach the ' +
            'output. It cannot be checked, so it is reported rather than silently skipped.',
        fix: 'Make the path a regular, readable file inside the repository, or exclude it from the globs.',
    },
    runBudgetExceeded: {
        id: 'run-budget-exceeded',
        raisedBy: () => overBudget,
        test: 'test/contracts/budgets.test.ts',
        severity: 'error',
        summary: 'The contract files of this run together exceed the run budget; this file was not checked.',
        doc: 'One run reads at most 128 MiB of contract files and parses at most 5,000,000 YAML nodes in all, ' +
            'in file order. Real repos stay far below (a contract is a few KB and a few hundred nodes); many ' +
            'large files under every per-file limit would otherwise cost minutes. Each file past the budget ' +
            'is reported here, unread, so the run fails rather than passing files it never checked, and ' +
            'the files before it are checked as usual.',
        fix: 'Remove the bulk files from the contract globs (generated data, dumps), or split the repo into several runs with narrower globs.',
    },
});
function overBudget(file, what) {
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(fileRules.runBudgetExceeded, { file, line: 1, column: 1, message: `not checked: ${what}` });
}
function tooLarge(file, size, max) {
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(fileRules.fileTooLarge, {
        file,
        line: 1,
        column: 1,
        message: `file is ${formatBytes(size)}, over the ${formatBytes(max)} limit; it was not parsed`,
    });
}
function unreadable(file, reason) {
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(fileRules.fileUnreadable, { file, line: 1, column: 1, message: `cannot read file: ${reason}` });
}
function describeFsError(err) {
    // Discovery found the file a moment ago: missing now is deleted since, or a dangling link.
    if (err?.code === 'ENOENT')
        return 'it does not exist (deleted while running, or a broken symbolic link)';
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__.readProblem)(err);
}
// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
async function readBounded(absPath, file, maxBytes) {
    return readBoundedSync(absPath, file, maxBytes);
}
/**
 * Synchronous on purpose: contract files are small and local, and a sync open/fstat/read/close is
 * a fraction of the promise machinery of four async calls (measured on the 2,000-file corpus:
 * docs/benchmarks.md). A FIFO cannot block it (O_NONBLOCK, then fstat refuses it).
 */
function readBoundedSync(absPath, file, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absPath, OPEN_FLAGS);
    }
    catch (err) {
        return { finding: unreadable(file, describeFsError(err)) };
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            return { finding: unreadable(file, 'it is a directory') };
        if (!st.isFile())
            return { finding: unreadable(file, 'it is not a regular file (a pipe, socket or device)') };
        if (st.size > maxBytes)
            return { finding: tooLarge(file, st.size, maxBytes) };
        // +1 so a file that grew since stat is noticed without a second read call in the usual case.
        let buf = Buffer.allocUnsafe(st.size + 1);
        let length = 0;
        for (;;) {
            const wanted = buf.length - length;
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, length, wanted, null);
            length += bytesRead;
            if (length > maxBytes)
                return { finding: tooLarge(file, length, maxBytes) };
            if (bytesRead < wanted)
                break; // a short read of a regular file is its end: saves an extra call
            if (length === buf.length) {
                const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
                buf.copy(bigger, 0, 0, length);
                buf = bigger;
            }
        }
        return { bytes: buf.subarray(0, length) };
    }
    catch (err) {
        return { finding: unreadable(file, describeFsError(err)) };
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // nothing to do: the bytes (or the finding) stand
        }
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 76448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fD: () => (/* binding */ textRules),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// Bytes -> text. Contracts must be UTF-8: a Latin-1 or UTF-16 file would otherwise parse into
// silently wrong strings (mojibake in enum values, titles, patterns).

const textRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    fileEncoding: {
        id: 'file-encoding',
        raisedBy: () => decodeText,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'error',
        summary: 'The file is not valid UTF-8.',
        doc: 'Contract files are read as UTF-8, as YAML 1.2 and JSON require. A byte sequence that is not ' +
            'valid UTF-8 (a file saved as Latin-1/Windows-1252 or UTF-16, or a truncated multi-byte ' +
            'character) would turn into replacement characters, so enum values, titles and patterns ' +
            'would silently differ from what the author wrote. The file is not checked further.',
        fix: 'Re-save the file as UTF-8 (without a byte order mark) and replace the character at the reported position.',
    },
    fileBom: {
        id: 'file-bom',
        raisedBy: () => decodeText,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'warning',
        summary: 'The file starts with a UTF-8 byte order mark.',
        doc: 'A UTF-8 byte order mark (EF BB BF) is invisible in most editors but is not part of the ' +
            'content. Some tools treat it as the first character of the first key, so `title` becomes ' +
            '`\\uFEFFtitle` and the key is lost. The file is still parsed (the mark is skipped).',
        fix: 'Re-save the file as UTF-8 without BOM (in VS Code: "Save with Encoding" -> "UTF-8").',
    },
});
const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
function decodeText(file, bytes) {
    const findings = [];
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom) {
        findings.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(textRules.fileBom, {
            file,
            line: 1,
            column: 1,
            message: 'file starts with a UTF-8 byte order mark (EF BB BF)',
        }));
    }
    try {
        // The decoder drops a leading BOM itself (ignoreBOM defaults to false).
        return { text: decoder.decode(bytes), findings };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const at = bad < 0 ? 0 : bad;
        findings.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(textRules.fileEncoding, { file, ...bytePosition(bytes, at), message: encodingMessage(bytes, at) }));
        return { findings };
    }
}
function encodingMessage(bytes, at) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
        return 'file is UTF-16 encoded (it starts with a UTF-16 byte order mark); contracts must be UTF-8';
    }
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return `invalid UTF-8 byte 0x${hex} at byte offset ${at}; the file is probably not saved as UTF-8`;
}
/** 1-based line and column (in characters) of byte `at`; the prefix before it is valid UTF-8. */
function bytePosition(bytes, at) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const prefix = lenient.decode(bytes.subarray(lineStart, at));
    let chars = 0;
    for (const _ of prefix)
        chars++;
    return { line, column: chars + 1 };
}
/** Index of the first byte that starts an invalid UTF-8 sequence, or -1 (WHATWG decoder rules). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0; // overlong
            if (b === 0xed)
                hi = 0x9f; // surrogates
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90; // overlong
            if (b === 0xf4)
                hi = 0x8f; // > U+10FFFF
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}


/***/ }),

/***/ 31988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yv: () => (/* binding */ loadYaml),
  zp: () => (/* binding */ yamlRules)
});

// UNUSED EXPORTS: deepestPoint

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/core/rule.js
var core_rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/core/position.js
var position = __webpack_require__(45792);
;// CONCATENATED MODULE: ./lib/contracts/yaml-events.js
// Cheap analyses of js-yaml's flat event stream. They run between parsing and constructing, so
// alias bombs, alias cycles and alias-built depth are caught before any object graph exists, and
// without walking one: a walker that followed shared references would itself be the bomb.

/** Source offset where an event's node starts (its tag or anchor, if any, else its content). */
function eventOffset(ev) {
    switch (ev.type) {
        case js_yaml/* EVENT_ID */.hy.ALIAS:
            return Math.max(0, ev.anchorStart - 1); // the `*`
        case js_yaml/* EVENT_ID */.hy.SCALAR: {
            // Quoted scalars' content starts after the quote; point at the quote, as an editor would.
            const quoted = ev.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || ev.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
            return firstSet(ev.tagStart, ev.anchorStart, ev.valueStart < 0 ? -1 : ev.valueStart - (quoted ? 1 : 0));
        }
        case js_yaml/* EVENT_ID */.hy.SEQUENCE:
        case js_yaml/* EVENT_ID */.hy.MAPPING:
            return firstSet(ev.tagStart, ev.anchorStart, ev.start);
        default:
            return -1;
    }
}
function firstSet(...offsets) {
    for (const o of offsets)
        if (o >= 0)
            return o;
    return -1;
}
/** One pass that only looks at event types: documents and alias count. */
function summarize(events) {
    const documents = [];
    let aliases = 0;
    for (let i = 0; i < events.length; i++) {
        const ev = events[i];
        if (ev.type === js_yaml/* EVENT_ID */.hy.ALIAS)
            aliases++;
        else if (ev.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            const root = events[i + 1];
            const isEmpty = root !== undefined &&
                root.type === js_yaml/* EVENT_ID */.hy.SCALAR &&
                root.valueStart < 0 &&
                root.tagStart < 0 &&
                root.anchorStart < 0;
            documents.push({
                rootOffset: root ? eventOffset(root) : -1,
                empty: isEmpty,
                rootType: root?.type ?? js_yaml/* EVENT_ID */.hy.POP,
            });
        }
    }
    return { documents, aliases };
}
/**
 * Size and depth of the document as a naive recursive walker would see it, with aliases
 * expanded. Linear in the number of events: each anchor's expanded size is computed once.
 */
function checkAliases(events, source, limits) {
    const anchors = new Map();
    const stack = [];
    let total = 0;
    let aliasCount = 0;
    const anchorName = (ev) => ev.anchorStart < 0 ? null : source.slice(ev.anchorStart, ev.anchorEnd);
    const addToParent = (size, height) => {
        const parent = stack[stack.length - 1];
        if (!parent)
            return;
        parent.size += size;
        if (height + 1 > parent.height)
            parent.height = height + 1;
    };
    for (const ev of events) {
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.DOCUMENT:
                anchors.clear();
                stack.length = 0;
                stack.push({ size: 0, height: -1, anchor: null, open: null }); // document frame
                break;
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                total++;
                const name = anchorName(ev);
                if (name !== null)
                    anchors.set(name, { size: 1, height: 0 });
                addToParent(1, 0);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE:
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                total++;
                const frame = { size: 1, height: 1, anchor: anchorName(ev), open: null };
                // Registered at the start, as js-yaml does, so an alias inside it is seen as a cycle.
                if (frame.anchor !== null)
                    anchors.set(frame.anchor, { openFrame: frame });
                stack.push(frame);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.POP: {
                const frame = stack.pop();
                if (!frame || stack.length === 0)
                    break; // document end
                if (frame.anchor !== null) {
                    const entry = anchors.get(frame.anchor);
                    if (entry && 'openFrame' in entry && entry.openFrame === frame) {
                        anchors.set(frame.anchor, { size: frame.size, height: frame.height });
                    }
                }
                addToParent(frame.size, frame.height);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const offset = eventOffset(ev);
                if (++aliasCount > limits.maxAliases)
                    return { kind: 'too-many', offset, count: aliasCount };
                const name = source.slice(ev.anchorStart, ev.anchorEnd);
                const entry = anchors.get(name);
                if (!entry)
                    break; // unknown anchor: js-yaml reports it as a syntax error
                if ('openFrame' in entry)
                    return { kind: 'cycle', offset, name };
                total += entry.size;
                if (total > limits.maxNodes)
                    return { kind: 'expansion', offset, name, nodes: total };
                const depth = stack.length - 1 + entry.height; // open collections + what the alias adds
                if (depth > limits.maxDepth)
                    return { kind: 'depth', offset, name, depth };
                addToParent(entry.size, entry.height);
                break;
            }
        }
    }
    return undefined;
}
/**
 * The duplicate key js-yaml complained about at `errorOffset` (or the first one in document
 * order), with where it was first defined. Only runs on the error path.
 */
function findDuplicateKey(events, source, errorOffset) {
    const stack = [];
    let first;
    const completeNode = (key, offset) => {
        const frame = stack[stack.length - 1];
        if (!frame?.keys)
            return undefined;
        const isKey = frame.nextIsKey;
        frame.nextIsKey = !isKey;
        if (!isKey || key === undefined)
            return undefined; // a value, or a complex (non-scalar) key
        const prev = frame.keys.get(key);
        if (prev === undefined) {
            frame.keys.set(key, offset);
            return undefined;
        }
        return { key, firstOffset: prev, secondOffset: offset };
    };
    for (const ev of events) {
        let dup;
        if (ev.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            stack.push({ keys: null, nextIsKey: true });
        else if (ev.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            stack.push({ keys: new Map(), nextIsKey: true });
        else if (ev.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            stack.push({ keys: null, nextIsKey: true });
        else if (ev.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
            dup = completeNode(undefined, -1);
        }
        else if (ev.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            dup = completeNode((0,js_yaml/* getScalarValue */.KE)(source, ev), eventOffset(ev));
        }
        else if (ev.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            dup = completeNode(undefined, -1);
        }
        if (dup) {
            // js-yaml marks a quoted key inside its quote; eventOffset() points at the quote.
            if (errorOffset - dup.secondOffset === 0 || errorOffset - dup.secondOffset === 1)
                return dup;
            first ??= dup;
        }
    }
    return first;
}

;// CONCATENATED MODULE: ./lib/contracts/yaml-load.js
// The fast path: js-yaml's event parser + constructor with the YAML 1.2 core schema (timestamps
// stay strings, data is plain JSON). Every way YAML can go wrong becomes a located finding here;
// nothing thrown by the parser escapes.
//
// Why two YAML parsers: js-yaml reads every contract (speed); `yaml` keeps source ranges and only
// re-parses a file to place a finding the event index cannot (./locate-yaml.ts). Measured on the
// benchmark corpus (1,000 schemas of 60 properties + 1,000 filters, 2,000 files, 5.3 MB; Node 20,
// median of 5 runs with the texts in memory, 2026-12-07): js-yaml's events + constructor 0.59-0.61 s,
// `yaml`'s parseDocument with a LineCounter 1.97-2.36 s, 3.4-3.8 times slower before it has even
// built the plain values. Reading every contract with `yaml` would multiply the check's parse time.




const yamlRules = (0,core_rule/* defineRules */.x)({
    yamlSyntax: {
        id: 'yaml-syntax',
        raisedBy: () => loadYaml,
        test: 'test/contracts/budgets.test.ts',
        severity: 'error',
        summary: 'The file is not valid YAML (or JSON).',
        doc: 'The parser stopped at the reported position: bad indentation, an unclosed bracket or quote, a ' +
            'tab used for indentation, an unknown tag or an alias to an undefined anchor. Nothing else in ' +
            'the file can be checked until it parses. The reported line is where the parser noticed the ' +
            'problem; the cause is often on that line or just above it.',
        fix: 'Fix the YAML at the reported line (indent with spaces, close brackets and quotes, remove custom `!tags`).',
    },
    yamlDuplicateKey: {
        id: 'yaml-duplicate-key',
        raisedBy: () => loadYaml,
        test: 'test/contracts/hazards.test.ts',
        severity: 'error',
        summary: 'A mapping defines the same key twice.',
        doc: 'YAML 1.2 and the JSON Schema tooling require keys in a mapping to be unique. Parsers that ' +
            'accept duplicates keep the last one silently, so half of what the author wrote (often a whole ' +
            'property definition) is thrown away. This applies to `.json` files too, where `JSON.parse` ' +
            'would hide it.',
        fix: 'Remove one of the two entries, or merge them into one.',
    },
    yamlAliasBomb: {
        id: 'yaml-alias-bomb',
        raisedBy: () => loadYaml,
        test: 'test/contracts/hazards.test.ts',
        severity: 'error',
        summary: 'Anchors and aliases expand to an unreasonable (or infinite) document.',
        doc: 'YAML aliases (`*name`) repeat the node of an anchor (`&name`). Nested aliases multiply: nine ' +
            'levels of nine aliases ("billion laughs") turn a 1 KB file into hundreds of millions of nodes, ' +
            'and an alias inside its own anchor makes the document infinite. Either would exhaust memory or ' +
            'time in every tool that reads the contract, so the file is rejected, as are files with more ' +
            'aliases than the configured limit.',
        fix: 'Write the repeated parts out (or use JSON Schema `$ref`/`definitions`) instead of nesting aliases.',
    },
    yamlTooDeep: {
        id: 'yaml-too-deep',
        raisedBy: () => loadYaml,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'error',
        summary: 'The document nests deeper than the limit.',
        doc: 'Real event schemas nest a few dozen levels at most. Thousands of nested brackets (or aliases ' +
            'that nest into each other) are an attack on recursive parsers and validators, which would ' +
            'crash with a stack overflow. The file is rejected at the first node past the limit.',
        fix: 'Flatten the structure, e.g. move nested object schemas into `definitions` and `$ref` them.',
    },
    yamlMultipleDocuments: {
        id: 'yaml-multiple-documents',
        raisedBy: () => loadYaml,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'error',
        summary: 'The file holds more than one YAML document.',
        doc: 'A contract file holds exactly one schema or filter. A `---` line in the middle starts a second ' +
            'document, which the platform would never see; it is usually a concatenation or merge mistake. ' +
            'Empty documents (a lone trailing `---`) are ignored.',
        fix: 'Move each document into its own file, or delete the stray `---` line.',
    },
    yamlTooManyNodes: {
        id: 'yaml-too-many-nodes',
        raisedBy: () => loadYaml,
        test: 'test/contracts/budgets.test.ts',
        severity: 'error',
        summary: 'The file holds more YAML nodes than the limit.',
        doc: 'Every value, key, list and mapping in a file is a node, and every step after parsing (source ' +
            'positions, lint, the comparison with the live schema) costs time per node. The platform accepts ' +
            'schemas of at most 256 KiB of compact JSON, about 20,000 nodes for a real schema; a file past ' +
            'the limit (100,000 nodes by default) is generated data, not a contract, and is not checked ' +
            'further. The finding points at the first node past the limit.',
        fix: 'Remove the bulk data (long lists of values) from the contract, or split the contract.',
    },
    fileEmpty: {
        id: 'file-empty',
        raisedBy: () => loadYaml,
        test: 'test/contracts/hazards-file.test.ts',
        severity: 'error',
        summary: 'The file has no content.',
        doc: 'The file matched a contract glob but is empty or holds only comments and whitespace, so there is ' +
            'no schema or filter to check or deploy. It is usually a placeholder or a file emptied by a bad merge.',
        fix: 'Write the contract into the file, or delete it (or narrow the glob so it does not match).',
    },
});
function loadYaml(file, text, limits) {
    let nodes = 0;
    const at = (rule, offset, message) => ({
        findings: [(0,core_rule/* finding */.g)(rule, { file, ...(0,position/* positionAt */.t)(text, offset), message })],
        nodes,
    });
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth: limits.maxDepth });
    }
    catch (err) {
        if (err instanceof RangeError) {
            // The recursive-descent parser ran out of stack before the depth limit fired.
            return at(yamlRules.yamlTooDeep, deepestPoint(text, limits.maxDepth), `nesting is too deep to parse (limit ${limits.maxDepth} levels)`);
        }
        const { reason, offset } = describe(err);
        if (/maxDepth/.test(reason)) {
            return at(yamlRules.yamlTooDeep, offset, `nesting is deeper than ${limits.maxDepth} levels`);
        }
        return at(yamlRules.yamlSyntax, offset, `YAML syntax error: ${reason}`);
    }
    const counted = countNodes(events, limits.maxFileNodes);
    nodes = counted.nodes;
    if (counted.pastAt >= 0) {
        return at(yamlRules.yamlTooManyNodes, counted.pastAt, `file holds ${nodes} YAML nodes, over the ${limits.maxFileNodes} limit; it was not checked further`);
    }
    const summary = summarize(events);
    const docs = summary.documents.filter((d) => !d.empty);
    const [root, second] = docs;
    if (!root)
        return at(yamlRules.fileEmpty, 0, 'file has no content (it is empty or holds only comments and whitespace)');
    if (second) {
        return at(yamlRules.yamlMultipleDocuments, separatorBefore(text, root.rootOffset, second.rootOffset), `file holds ${docs.length} YAML documents but a contract file must hold exactly one; the second starts here`);
    }
    if (summary.aliases > 0) {
        const problem = checkAliases(events, text, limits);
        if (problem) {
            const rule = problem.kind === 'depth' ? yamlRules.yamlTooDeep : yamlRules.yamlAliasBomb;
            return at(rule, problem.offset, aliasMessage(problem, limits));
        }
    }
    let values;
    try {
        values = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch (err) {
        const { reason, offset } = describe(err);
        if (/duplicated mapping key/.test(reason)) {
            const dup = findDuplicateKey(events, text, offset);
            if (dup) {
                const first = (0,position/* positionAt */.t)(text, dup.firstOffset).line;
                return at(yamlRules.yamlDuplicateKey, dup.secondOffset, `duplicate key ${JSON.stringify(dup.key)} (first defined on line ${first})`);
            }
            return at(yamlRules.yamlDuplicateKey, offset, 'duplicate key in a mapping');
        }
        // js-yaml marks an alias at its name; point at the `*` like every other alias finding.
        const aliasAt = /alias/.test(reason) && text[offset - 1] === '*' ? offset - 1 : offset;
        return at(yamlRules.yamlSyntax, aliasAt, `YAML error: ${reason}`);
    }
    return { value: values[summary.documents.indexOf(root)], root, findings: [], nodes, events };
}
/** Nodes among the events, and the offset of the first past `max` (-1 when none is). */
function countNodes(events, max) {
    let nodes = 0;
    let pastAt = -1;
    for (const ev of events) {
        if (ev.type === js_yaml/* EVENT_ID */.hy.DOCUMENT || ev.type === js_yaml/* EVENT_ID */.hy.POP)
            continue;
        if (++nodes === max + 1)
            pastAt = Math.max(0, eventOffset(ev));
    }
    return { nodes, pastAt };
}
function describe(err) {
    if (err instanceof js_yaml/* YAMLException */.tB) {
        return { reason: err.reason || err.message.split('\n')[0] || 'parse error', offset: err.mark?.position ?? 0 };
    }
    return { reason: err instanceof Error ? err.message : String(err), offset: 0 };
}
function aliasMessage(p, limits) {
    switch (p.kind) {
        case 'too-many':
            return `more than ${limits.maxAliases} aliases in one file (this is alias number ${p.count})`;
        case 'cycle':
            return `alias *${p.name} is used inside the node anchored as &${p.name}, so the document would be infinite`;
        case 'expansion':
            return `alias *${p.name} expands the document past ${limits.maxNodes} nodes (an alias bomb, "billion laughs")`;
        case 'depth':
            return `alias *${p.name} nests the document ${p.depth} levels deep (limit ${limits.maxDepth})`;
    }
}
/** Offset of the `---` that starts the document at `to` (or `to` itself when there is none). */
function separatorBefore(text, from, to) {
    const re = /^---(?=[ \t\r\n]|$)/gm;
    re.lastIndex = Math.max(0, from);
    let found = to;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text))
        found = m.index;
    return found;
}
/**
 * Where nesting first passes `maxDepth` (or is deepest), found without a parser, since a parser
 * is what just overflowed: flow brackets are counted outside quotes and comments, and block
 * nesting is judged by the most indented line.
 */
function deepestPoint(text, maxDepth) {
    let depth = 0;
    let quote = '';
    let deepestIndent = -1;
    let deepestLine = 0;
    let lineStart = 0;
    let deepestFlow = 0;
    let deepestFlowAt = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            quote = quote === "'" || quote === '"' ? quote : '';
            lineStart = i + 1;
            let j = lineStart;
            while (text[j] === ' ')
                j++;
            if (j - lineStart > deepestIndent && text[j] !== '\n' && j < text.length) {
                deepestIndent = j - lineStart;
                deepestLine = j;
            }
            continue;
        }
        if (quote === '#')
            continue;
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
            continue;
        }
        if ((c === '"' || c === "'") && (i === lineStart || ' \t[{,:-'.includes(text[i - 1] ?? ' ')))
            quote = c;
        else if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t'))
            quote = '#';
        else if (c === '[' || c === '{') {
            if (++depth > maxDepth)
                return i;
            if (depth > deepestFlow) {
                deepestFlow = depth;
                deepestFlowAt = i;
            }
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    // Block nesting takes about two columns of indentation per level.
    return deepestFlow * 2 >= deepestIndent ? deepestFlowAt : deepestLine;
}


/***/ }),

/***/ 80029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ WALK_OPTIONS),
/* harmony export */   S: () => (/* binding */ listedMatcher)
/* harmony export */ });
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25648);
/* harmony import */ var micromatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98785);
// The product's one glob library: fast-glob. It walks the disk (../contracts/discover.ts); a listing
// that is not on disk (a commit's tree, ../baseline/git-tree.ts) is matched by fast-glob's own matcher,
// micromatch, the way fast-glob's walker matches each entry: the same tasks (braces expanded, ranges
// included; duplicate slashes removed; patterns split into positive and `!` negative as fast-glob
// splits them, `!(\u2026)` being an extglob), the same micromatch options (a negative pattern matches dot
// files too). test/baseline/glob-parity.test.ts holds the walk and the listing to the same answers.
//
// Matching a listing is linear in its size: one test of each file against the patterns' regexes,
// never a walk of folders that are not there (a deep tree must not cost its depth squared).


/** How discovery walks the disk: dot files only when a glob names them, links never followed. */
const WALK_OPTIONS = {
    dot: false,
    followSymbolicLinks: false,
    // Directories too, so a directory named like a contract file is reported, not skipped silently.
    onlyFiles: false,
    unique: true,
    suppressErrors: true,
};
/** The micromatch options fast-glob's walker uses with WALK_OPTIONS (its defaults otherwise). */
const MATCH_OPTIONS = { dot: WALK_OPTIONS.dot, posix: true, strictSlashes: false };
/**
 * A test of one listed file (a relative path, `/` separated) against `globs`, the way the walk
 * selects it: the patterns are compiled once, each call is one test of the file.
 */
function listedMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const tasks = fast_glob__WEBPACK_IMPORTED_MODULE_0__.generateTasks([...globs], { dot: WALK_OPTIONS.dot }).map((task) => ({
        positive: task.positive.map((p) => micromatch__WEBPACK_IMPORTED_MODULE_1__.makeRe(p, MATCH_OPTIONS)),
        negative: task.negative.map((p) => micromatch__WEBPACK_IMPORTED_MODULE_1__.makeRe(p, { ...MATCH_OPTIONS, dot: true })),
        skipsFolders: folderSkipper(task.base, task.negative),
    }));
    return (file) => tasks.some((t) => t.positive.some((re) => re.test(file)) && !t.negative.some((re) => re.test(file)) && !t.skipsFolders(file));
}
// The walk never enters a folder that a negative pattern with a plain last segment names
// (`!cxone/schemas/drafts`, `!**/drafts`): nothing below it is found, though no file path matches
// the pattern. (A negative ending in `/**` matches the files below too, so the file test covers it.)
// Only the folders below the walk's base (where it starts, never itself tested) whose own name is
// such a segment are tested: linear in the path, not its depth squared.
function folderSkipper(base, negative) {
    const byName = new Map();
    for (const pattern of negative) {
        const name = pattern.slice(pattern.lastIndexOf('/') + 1);
        if (pattern.endsWith('/**') || fast_glob__WEBPACK_IMPORTED_MODULE_0__.isDynamicPattern(name))
            continue;
        const res = byName.get(name) ?? [];
        res.push(micromatch__WEBPACK_IMPORTED_MODULE_1__.makeRe(pattern, MATCH_OPTIONS));
        byName.set(name, res);
    }
    if (byName.size === 0)
        return () => false;
    const below = base === '.' ? 0 : base.length + 1;
    return (file) => {
        if (below > 0 && !file.startsWith(`${base}/`))
            return false;
        for (let start = below, end = file.indexOf('/', start); end !== -1; start = end + 1, end = file.indexOf('/', start)) {
            const res = byName.get(file.slice(start, end));
            if (res && res.some((re) => re.test(file.slice(0, end))))
                return true;
        }
        return false;
    };
}


/***/ }),

/***/ 45372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   WJ: () => (/* binding */ guardingRoot),
/* harmony export */   dU: () => (/* binding */ realRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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
/**
 * The real path of a root; the path as given when it cannot be resolved (it is then compared as is).
 * fs.realpathSync.native asks the system: the JavaScript fs.realpathSync removes `..` from a link's
 * target as text (`a/link/../x` is `a/x` to it, the parent of where `link` leads to the system), and
 * builds a path from a /proc link's text (`pipe:[123]`) that names nothing.
 */
function realRoot(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    }
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
const READ_PROBLEMS = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ELOOP: 'too many levels of symbolic links',
};
/**
 * What went wrong reading a file, in words: from Node's error code (given, or the error's), else
 * the code itself, or for an error without a known code its own message.
 */
function readProblem(codeOrError) {
    const code = typeof codeOrError === 'string' ? codeOrError : codeOrError?.code;
    if (code !== undefined && Object.hasOwn(READ_PROBLEMS, code))
        return READ_PROBLEMS[code];
    if (typeof codeOrError === 'string')
        return codeOrError;
    return codeOrError instanceof Error ? codeOrError.message : String(codeOrError);
}
const MAX_SHOWN = 240;
/** `text` escaped for one line, its middle cut when it is long. */
const bounded = (text) => (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .escapedShort */ .C2)(text, MAX_SHOWN);
/**
 * The repository directory for `root`: the top of the git repository that holds it (found by
 * walking up from root, as given, to the first directory with a `.git` directory or file: a clone,
 * a worktree or a submodule), else `workspace` when it holds root, else root. With `within`, the
 * walk stops there: a `.git` above it belongs to something else.
 */
async function repoBaseOf(root, workspace, within) {
    return (await gitTop(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root), within)) ?? baseWithoutGit(root, workspace);
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
async function gitTop(dir, within) {
    const stop = within === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(within);
    if (stop !== undefined && !(0,_inside_root_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(stop, dir))
        return undefined;
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.git')).catch(() => undefined);
        if (s && (s.isDirectory() || s.isFile()))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d || d === stop)
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

/***/ 45792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
// Offset -> 1-based line/column for error paths that have no line table (the fast YAML parser, JSON.parse).
// Linear in the offset, so only used once per finding, never per node.
function positionAt(text, offset) {
    const end = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
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


/***/ })

};
;