export const id = 998;
export const ids = [998];
export const modules = {

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

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRepoConfig: () => (/* binding */ parseRepoConfig)
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

// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var globs = __webpack_require__(87782);
;// CONCATENATED MODULE: ./lib/settings/config-file.js
// The optional repo config (.cxone-contract.yml), once read (bounded, inside the root: ./config-read.ts):
// checked for depth before parsing, parsed with positions (it is small), validated against
// schemas/config.schema.json, and its globs kept inside the root. Any problem is a UsageError
// (exit 2) naming the file, the line and what is wrong. Imported only when there is a config to
// parse (./build.ts, ../baseline/git-config.ts): a repo without one never loads yaml for it.









let validate;
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
            const hint = known.length > 0 ? `${(0,suggest/* didYouMean */.a)(key, known)}; the keys here are ${known.join(', ')}` : '';
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, `${e.instancePath}/${key}`))}: ${at} unknown key "${key}"${hint}`);
        }
        if (e.keyword === 'enum') {
            const allowed = e.params.allowedValues.map(String);
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, e.instancePath))}: ${at} ${JSON.stringify(e.data)} is not one of ${allowed.join(', ')}${(0,suggest/* didYouMean */.a)(e.data, allowed)}`);
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


/***/ })

};
