export const id = 358;
export const ids = [358];
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

/***/ 92358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRepoConfig: () => (/* binding */ parseRepoConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./lib/settings/generated/config-validator.js
// Generated by scripts/gen-validators.mjs from schemas/config.schema.json (npm run docs). Do not edit.
/* eslint-disable */
// @ts-nocheck

const runtime_ucs2length = ucs2length["default"] ?? ucs2length;
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const config_validator = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/cxone-contract/cxone-contract/schemas/config.schema.json", "title": "cxone-contract repository configuration (.cxone-contract.yml)", "description": "Optional settings for a contract repository. Action inputs and CLI flags, when given, take precedence over these values.", "type": "object", "additionalProperties": false, "properties": { "schemas": { "description": "Glob(s), relative to the repository root, of the event-schema files. Absolute globs and `..` segments are configuration errors: nothing outside the root is read.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "filters": { "description": "Glob(s), relative to the repository root, of the event-filter files. Absolute globs and `..` segments are configuration errors: nothing outside the root is read.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "policy": { "description": "Compatibility policy for schema evolution. additive (default) is the platform's own rule.", "enum": ["additive", "backward", "forward", "full", "none"] }, "fail-on": { "description": "Lowest severity that fails the run.", "enum": ["error", "warning", "notice", "never"] }, "rules": { "description": "Per-rule severity overrides, by rule id (see docs/rules.md). `off` drops the rule's findings.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "additionalProperties": { "enum": ["error", "warning", "notice", "off"] } }, "ignores": { "description": "Findings accepted on purpose. Each needs a reason; an ignore past its expiry date is itself an error.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "contract", "reason"], "properties": { "rule": { "description": "Rule id.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "contract": { "description": "Schema title or filter name.", "type": "string", "minLength": 1 }, "pointer": { "description": "JSON pointer (RFC 6901) of the node; omit to accept the rule anywhere in the contract.", "type": "string", "pattern": "^(/.*)?$" }, "reason": { "description": "Why this is accepted (shown in reports).", "type": "string", "minLength": 3 }, "expires": { "description": "Last day (YYYY-MM-DD) the ignore applies.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } } };
const func2 = runtime_ucs2length;
const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern2 = new RegExp("^(/.*)?$", "u");
const pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/cxone-contract/cxone-contract/schemas/config.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((key0 === "schemas") || (key0 === "filters")) || (key0 === "policy")) || (key0 === "fail-on")) || (key0 === "rules")) || (key0 === "ignores"))) {
                    validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.schemas !== undefined) {
                    let data0 = data.schemas;
                    const _errs2 = errors;
                    const _errs3 = errors;
                    let valid1 = false;
                    let passing0 = null;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (typeof data0 === "string") {
                            if (func2(data0) < 1) {
                                const err0 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.schemas.oneOf[0], data: data0 };
                                if (vErrors === null) {
                                    vErrors = [err0];
                                }
                                else {
                                    vErrors.push(err0);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err1 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schemas.oneOf[0].type, parentSchema: schema11.properties.schemas.oneOf[0], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs4 === errors;
                    if (_valid0) {
                        valid1 = true;
                        passing0 = 0;
                    }
                    const _errs6 = errors;
                    if (errors === _errs6) {
                        if (Array.isArray(data0)) {
                            if (data0.length < 1) {
                                const err2 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.schemas.oneOf[1], data: data0 };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                            else {
                                var valid2 = true;
                                const len0 = data0.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data1 = data0[i0];
                                    const _errs8 = errors;
                                    if (errors === _errs8) {
                                        if (typeof data1 === "string") {
                                            if (func2(data1) < 1) {
                                                const err3 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/properties/schemas/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.schemas.oneOf[1].items, data: data1 };
                                                if (vErrors === null) {
                                                    vErrors = [err3];
                                                }
                                                else {
                                                    vErrors.push(err3);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err4 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/properties/schemas/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schemas.oneOf[1].items.type, parentSchema: schema11.properties.schemas.oneOf[1].items, data: data1 };
                                            if (vErrors === null) {
                                                vErrors = [err4];
                                            }
                                            else {
                                                vErrors.push(err4);
                                            }
                                            errors++;
                                        }
                                    }
                                    var valid2 = _errs8 === errors;
                                    if (!valid2) {
                                        break;
                                    }
                                }
                            }
                        }
                        else {
                            const err5 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.schemas.oneOf[1].type, parentSchema: schema11.properties.schemas.oneOf[1], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs6 === errors;
                    if (_valid0 && valid1) {
                        valid1 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid0) {
                            valid1 = true;
                            passing0 = 1;
                        }
                    }
                    if (!valid1) {
                        const err6 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.schemas.oneOf, parentSchema: schema11.properties.schemas, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                        validate10.errors = vErrors;
                        return false;
                    }
                    else {
                        errors = _errs3;
                        if (vErrors !== null) {
                            if (_errs3) {
                                vErrors.length = _errs3;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.filters !== undefined) {
                        let data2 = data.filters;
                        const _errs10 = errors;
                        const _errs11 = errors;
                        let valid3 = false;
                        let passing1 = null;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                            if (typeof data2 === "string") {
                                if (func2(data2) < 1) {
                                    const err7 = { instancePath: instancePath + "/filters", schemaPath: "#/properties/filters/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.filters.oneOf[0], data: data2 };
                                    if (vErrors === null) {
                                        vErrors = [err7];
                                    }
                                    else {
                                        vErrors.push(err7);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err8 = { instancePath: instancePath + "/filters", schemaPath: "#/properties/filters/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.filters.oneOf[0].type, parentSchema: schema11.properties.filters.oneOf[0], data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs12 === errors;
                        if (_valid1) {
                            valid3 = true;
                            passing1 = 0;
                        }
                        const _errs14 = errors;
                        if (errors === _errs14) {
                            if (Array.isArray(data2)) {
                                if (data2.length < 1) {
                                    const err9 = { instancePath: instancePath + "/filters", schemaPath: "#/properties/filters/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.filters.oneOf[1], data: data2 };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                }
                                else {
                                    var valid4 = true;
                                    const len1 = data2.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        let data3 = data2[i1];
                                        const _errs16 = errors;
                                        if (errors === _errs16) {
                                            if (typeof data3 === "string") {
                                                if (func2(data3) < 1) {
                                                    const err10 = { instancePath: instancePath + "/filters/" + i1, schemaPath: "#/properties/filters/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.filters.oneOf[1].items, data: data3 };
                                                    if (vErrors === null) {
                                                        vErrors = [err10];
                                                    }
                                                    else {
                                                        vErrors.push(err10);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err11 = { instancePath: instancePath + "/filters/" + i1, schemaPath: "#/properties/filters/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.filters.oneOf[1].items.type, parentSchema: schema11.properties.filters.oneOf[1].items, data: data3 };
                                                if (vErrors === null) {
                                                    vErrors = [err11];
                                                }
                                                else {
                                                    vErrors.push(err11);
                                                }
                                                errors++;
                                            }
                                        }
                                        var valid4 = _errs16 === errors;
                                        if (!valid4) {
                                            break;
                                        }
                                    }
                                }
                            }
                            else {
                                const err12 = { instancePath: instancePath + "/filters", schemaPath: "#/properties/filters/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.filters.oneOf[1].type, parentSchema: schema11.properties.filters.oneOf[1], data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs14 === errors;
                        if (_valid1 && valid3) {
                            valid3 = false;
                            passing1 = [passing1, 1];
                        }
                        else {
                            if (_valid1) {
                                valid3 = true;
                                passing1 = 1;
                            }
                        }
                        if (!valid3) {
                            const err13 = { instancePath: instancePath + "/filters", schemaPath: "#/properties/filters/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.filters.oneOf, parentSchema: schema11.properties.filters, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                            validate10.errors = vErrors;
                            return false;
                        }
                        else {
                            errors = _errs11;
                            if (vErrors !== null) {
                                if (_errs11) {
                                    vErrors.length = _errs11;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        var valid0 = _errs10 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.policy !== undefined) {
                            let data4 = data.policy;
                            const _errs18 = errors;
                            if (!(((((data4 === "additive") || (data4 === "backward")) || (data4 === "forward")) || (data4 === "full")) || (data4 === "none"))) {
                                validate10.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.policy.enum, parentSchema: schema11.properties.policy, data: data4 }];
                                return false;
                            }
                            var valid0 = _errs18 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data["fail-on"] !== undefined) {
                                let data5 = data["fail-on"];
                                const _errs19 = errors;
                                if (!((((data5 === "error") || (data5 === "warning")) || (data5 === "notice")) || (data5 === "never"))) {
                                    validate10.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on"].enum, parentSchema: schema11.properties["fail-on"], data: data5 }];
                                    return false;
                                }
                                var valid0 = _errs19 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.rules !== undefined) {
                                    let data6 = data.rules;
                                    const _errs20 = errors;
                                    if (errors === _errs20) {
                                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                            for (const key1 in data6) {
                                                const _errs22 = errors;
                                                if (typeof key1 === "string") {
                                                    if (!pattern0.test(key1)) {
                                                        const err14 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema11.properties.rules.propertyNames, data: key1, propertyName: key1 };
                                                        if (vErrors === null) {
                                                            vErrors = [err14];
                                                        }
                                                        else {
                                                            vErrors.push(err14);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var valid5 = _errs22 === errors;
                                                if (!valid5) {
                                                    const err15 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.rules.propertyNames, parentSchema: schema11.properties.rules, data: data6 };
                                                    if (vErrors === null) {
                                                        vErrors = [err15];
                                                    }
                                                    else {
                                                        vErrors.push(err15);
                                                    }
                                                    errors++;
                                                    validate10.errors = vErrors;
                                                    return false;
                                                    break;
                                                }
                                            }
                                            if (valid5) {
                                                for (const key2 in data6) {
                                                    let data7 = data6[key2];
                                                    const _errs24 = errors;
                                                    if (!((((data7 === "error") || (data7 === "warning")) || (data7 === "notice")) || (data7 === "off"))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.enum, parentSchema: schema11.properties.rules.additionalProperties, data: data7 }];
                                                        return false;
                                                    }
                                                    var valid6 = _errs24 === errors;
                                                    if (!valid6) {
                                                        break;
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data6 }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs20 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.ignores !== undefined) {
                                        let data8 = data.ignores;
                                        const _errs25 = errors;
                                        if (errors === _errs25) {
                                            if (Array.isArray(data8)) {
                                                var valid7 = true;
                                                const len2 = data8.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                    let data9 = data8[i2];
                                                    const _errs27 = errors;
                                                    if (errors === _errs27) {
                                                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                                            let missing0;
                                                            if ((((data9.rule === undefined) && (missing0 = "rule")) || ((data9.contract === undefined) && (missing0 = "contract"))) || ((data9.reason === undefined) && (missing0 = "reason"))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema11.properties.ignores.items.required, parentSchema: schema11.properties.ignores.items, data: data9 }];
                                                                return false;
                                                            }
                                                            else {
                                                                const _errs29 = errors;
                                                                for (const key3 in data9) {
                                                                    if (!(((((key3 === "rule") || (key3 === "contract")) || (key3 === "pointer")) || (key3 === "reason")) || (key3 === "expires"))) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ignores.items, data: data9 }];
                                                                        return false;
                                                                        break;
                                                                    }
                                                                }
                                                                if (_errs29 === errors) {
                                                                    if (data9.rule !== undefined) {
                                                                        let data10 = data9.rule;
                                                                        const _errs30 = errors;
                                                                        if (errors === _errs30) {
                                                                            if (typeof data10 === "string") {
                                                                                if (!pattern0.test(data10)) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/rule", schemaPath: "#/properties/ignores/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema11.properties.ignores.items.properties.rule, data: data10 }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/rule", schemaPath: "#/properties/ignores/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignores.items.properties.rule.type, parentSchema: schema11.properties.ignores.items.properties.rule, data: data10 }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid8 = _errs30 === errors;
                                                                    }
                                                                    else {
                                                                        var valid8 = true;
                                                                    }
                                                                    if (valid8) {
                                                                        if (data9.contract !== undefined) {
                                                                            let data11 = data9.contract;
                                                                            const _errs32 = errors;
                                                                            if (errors === _errs32) {
                                                                                if (typeof data11 === "string") {
                                                                                    if (func2(data11) < 1) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/contract", schemaPath: "#/properties/ignores/items/properties/contract/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignores.items.properties.contract, data: data11 }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/contract", schemaPath: "#/properties/ignores/items/properties/contract/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignores.items.properties.contract.type, parentSchema: schema11.properties.ignores.items.properties.contract, data: data11 }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid8 = _errs32 === errors;
                                                                        }
                                                                        else {
                                                                            var valid8 = true;
                                                                        }
                                                                        if (valid8) {
                                                                            if (data9.pointer !== undefined) {
                                                                                let data12 = data9.pointer;
                                                                                const _errs34 = errors;
                                                                                if (errors === _errs34) {
                                                                                    if (typeof data12 === "string") {
                                                                                        if (!pattern2.test(data12)) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/pointer", schemaPath: "#/properties/ignores/items/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: "must match pattern \"" + "^(/.*)?$" + "\"", schema: "^(/.*)?$", parentSchema: schema11.properties.ignores.items.properties.pointer, data: data12 }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/pointer", schemaPath: "#/properties/ignores/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignores.items.properties.pointer.type, parentSchema: schema11.properties.ignores.items.properties.pointer, data: data12 }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid8 = _errs34 === errors;
                                                                            }
                                                                            else {
                                                                                var valid8 = true;
                                                                            }
                                                                            if (valid8) {
                                                                                if (data9.reason !== undefined) {
                                                                                    let data13 = data9.reason;
                                                                                    const _errs36 = errors;
                                                                                    if (errors === _errs36) {
                                                                                        if (typeof data13 === "string") {
                                                                                            if (func2(data13) < 3) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.ignores.items.properties.reason, data: data13 }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignores.items.properties.reason.type, parentSchema: schema11.properties.ignores.items.properties.reason, data: data13 }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid8 = _errs36 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid8 = true;
                                                                                }
                                                                                if (valid8) {
                                                                                    if (data9.expires !== undefined) {
                                                                                        let data14 = data9.expires;
                                                                                        const _errs38 = errors;
                                                                                        if (errors === _errs38) {
                                                                                            if (typeof data14 === "string") {
                                                                                                if (!pattern3.test(data14)) {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema11.properties.ignores.items.properties.expires, data: data14 }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignores.items.properties.expires.type, parentSchema: schema11.properties.ignores.items.properties.expires, data: data14 }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid8 = _errs38 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid8 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate10.errors = [{ instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ignores.items.type, parentSchema: schema11.properties.ignores.items, data: data9 }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid7 = _errs27 === errors;
                                                    if (!valid7) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate10.errors = [{ instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignores.type, parentSchema: schema11.properties.ignores, data: data8 }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs25 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data }];
            return false;
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./lib/settings/config-file.js
// The optional repo config (.cxone-contract.yml), once read (bounded, inside the root: ./config-read.ts):
// checked for depth before parsing, parsed with positions (it is small), validated against
// schemas/config.schema.json, and its globs kept inside the root. Any problem is a UsageError
// (exit 2) naming the file, the line and what is wrong. Imported only when there is a config to
// parse (./build.ts, ../baseline/git-config.ts): a repo without one never loads yaml for it.







// schemas/config.schema.json compiled ahead of time (scripts/gen-validators.mjs): no ajv compile at start-up.

const config_file_validate = config_validator;
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
    if (!config_file_validate(data)) {
        const e = config_file_validate.errors[0];
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
