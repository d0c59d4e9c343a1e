export const id = 300;
export const ids = [300];
export const modules = {

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
// EXTERNAL MODULE: ./lib/baseline/index.js + 9 modules
var baseline = __webpack_require__(38143);
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
