"use strict";
exports.id = 9951;
exports.ids = [9951];
exports.modules = {

/***/ 41398:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(77788);
const code_1 = __webpack_require__(80567);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 68915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ MAX_FAN_OUT),
/* harmony export */   VP: () => (/* binding */ excessiveFanOut)
/* harmony export */ });
/* unused harmony export fanOut */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38325);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20698);
/* harmony import */ var _ref_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67408);
/* harmony import */ var _schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43277);
/* harmony import */ var _thousands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74468);
// How many subschema evaluations one validation can take, counted on the schema itself: a node
// costs one plus what its subschemas cost, a `$ref` what its target costs (a cycle counts once).
// Real schemas stay in the thousands; a chain of definitions that each use the previous one twice
// (`not: {if: prev, then: prev}`) doubles at every link, and ajv then spends seconds or hours on
// one event: past a limit, neither lint validates the examples nor the witness search runs.





/**
 * Evaluations one validation may take for events to be validated at all (far above real schemas,
 * far below what hangs).
 */
const MAX_FAN_OUT = 5_000_000;
/** Nodes visited by the estimate itself. */
const VISIT_BUDGET = 200_000;
/** Counts already made, by document (lint and the witness search ask about the same one). */
const COUNTED = new WeakMap();
/**
 * How often one validation of `doc` could evaluate subschemas, when past MAX_FAN_OUT: "over
 * 5,000,000 times" (or "more times than can be counted"); undefined within the limit.
 */
function excessiveFanOut(doc) {
    const n = doc !== null && typeof doc === 'object' ? (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memo */ .p)(COUNTED, doc, (d) => fanOut(d)) : fanOut(doc);
    if (n <= MAX_FAN_OUT)
        return undefined;
    return n === Infinity ? 'more times than can be counted' : `over ${(0,_thousands_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .o)(MAX_FAN_OUT)} times`;
}
/** The evaluation count of `doc` (capped just above `limit`; Infinity when the estimate ran out of its own budget). */
function fanOut(doc, limit = MAX_FAN_OUT) {
    const memo = new Map();
    const onPath = new Set();
    const open = (node, pointer) => {
        onPath.add(pointer);
        return { pointer, children: childrenOf(doc, node, pointer), next: 0, sum: 1 };
    };
    const stack = [open(doc, '')];
    let visits = 0;
    let result = 1;
    while (stack.length > 0) {
        if (++visits > VISIT_BUDGET)
            return Infinity;
        const top = stack[stack.length - 1];
        if (top.sum > limit || top.next >= top.children.length) {
            stack.pop();
            onPath.delete(top.pointer);
            const cost = Math.min(top.sum, limit + 1);
            memo.set(top.pointer, cost);
            if (stack.length > 0)
                stack[stack.length - 1].sum += cost;
            else
                result = cost;
            continue;
        }
        const [child, pointer] = top.children[top.next++];
        const known = memo.get(pointer);
        if (known !== undefined)
            top.sum += known;
        else if (onPath.has(pointer) || child === null || typeof child !== 'object' || Array.isArray(child))
            top.sum += 1;
        else
            stack.push(open(child, pointer));
    }
    return result;
}
/** The subschemas a validation of `node` evaluates (not `definitions`), and the target of its `$ref`. */
function childrenOf(doc, node, pointer) {
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return [];
    const schema = node;
    const out = [];
    if (typeof schema.$ref === 'string') {
        const chain = (0,_ref_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .followRef */ .$)(doc, schema.$ref, pointer);
        if (chain.kind === 'resolved')
            out.push([chain.target, chain.pointer]);
    }
    for (const [sub, tokens] of (0,_schema_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .subschemasOf */ .mN)(schema)) {
        if (tokens[0] !== 'definitions')
            out.push([sub, pointer + (0,_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .toPointer */ .rb)(tokens)]);
    }
    return out;
}


/***/ }),

/***/ 96287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ knownFormat),
/* harmony export */   co: () => (/* binding */ FORMAT_SAMPLES),
/* harmony export */   gg: () => (/* binding */ FORMAT_CHECKS),
/* harmony export */   o5: () => (/* binding */ hasFormat)
/* harmony export */ });
// The `format`s the witness judge asserts. The engine reads `format` as an assertion (see
// src/evolution/kinds/strings.ts: adding one is breaking), so a witness must be valid under the live
// schema and invalid under the new one with formats checked too: an event whose `email` is "a" is no event
// of the live schema under that reading. ajv-formats is not a dependency; these checks follow its
// "full" mode for the draft-07 formats (plus `uuid`). A format not listed is one no validator can
// be relied on for: ajv ignores it, and the search says no event can show a change of it alone.
// In core: the one compile of a user's schema (src/lint/validators.ts) checks them, for lint and evolution.
// node:net when first needed: it loads Node's socket stack (a few ms of every check's start).
let netModule;
const net = () => (netModule ??= process.getBuiltinModule('node:net'));
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : DAYS[mo]);
}
function time(s) {
    const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|([+-])(\d{2})(?::?(\d{2}))?)$/i.exec(s);
    if (!m)
        return false;
    const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const tzH = m[7] === undefined ? 0 : Number(m[7]);
    const tzM = m[8] === undefined ? 0 : Number(m[8]);
    if (tzH > 23 || tzM > 59)
        return false;
    // (a leap second is allowed at 23:59:60 UTC, in any offset)
    return (h <= 23 && min <= 59 && sec <= 59) || (sec === 60 && min <= 59);
}
function dateTime(s) {
    const parts = s.split(/t|\s/i);
    return parts.length === 2 && date(parts[0]) && time(parts[1]);
}
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
// RFC 3986: a scheme, then no spaces or characters a URI never holds raw; %-escapes well formed.
const URI = /^[a-z][a-z0-9+.-]*:(?:[^\s"<>\\^`{|}%]|%[0-9a-f]{2})*$/i;
const URI_REFERENCE = /^(?:[^\s"<>\\^`{|}%]|%[0-9a-f]{2})*$/i;
const IRI = /^[a-z][a-z0-9+.-]*:(?:[^\s"<>\\^`{|}%\p{Cc}]|%[0-9a-f]{2})*$/iu;
const IRI_REFERENCE = /^(?:[^\s"<>\\^`{|}%\p{Cc}]|%[0-9a-f]{2})*$/iu;
const URI_TEMPLATE = 
// eslint-disable-next-line no-control-regex -- RFC 6570 excludes the control characters by range
/^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
function idnHostname(s) {
    try {
        // URL turns an internationalised name into its ASCII (punycode) form, or refuses it.
        const ascii = new URL(`http://${s}/`).hostname;
        return s.length > 0 && !/[\s/?#@:]/.test(s) && HOSTNAME.test(ascii);
    }
    catch {
        return false;
    }
}
function idnEmail(s) {
    const at = s.lastIndexOf('@');
    if (at <= 0)
        return false;
    const local = s.slice(0, at);
    return (/^[^\s@"(),:;<>[\\\]]+$/u.test(local) &&
        !local.startsWith('.') &&
        !local.endsWith('.') &&
        !local.includes('..') &&
        idnHostname(s.slice(at + 1)));
}
function regexFormat(s) {
    try {
        new RegExp(s, 'u'); // compiled only, never run
        return true;
    }
    catch {
        return false;
    }
}
const FORMAT_CHECKS = {
    date,
    time,
    'date-time': dateTime,
    email: (s) => EMAIL.test(s),
    'idn-email': idnEmail,
    hostname: (s) => HOSTNAME.test(s),
    'idn-hostname': idnHostname,
    ipv4: (s) => IPV4.test(s),
    ipv6: (s) => net().isIPv6(s),
    uri: (s) => URI.test(s),
    'uri-reference': (s) => URI_REFERENCE.test(s),
    iri: (s) => IRI.test(s),
    'iri-reference': (s) => IRI_REFERENCE.test(s),
    'uri-template': (s) => URI_TEMPLATE.test(s),
    'json-pointer': (s) => JSON_POINTER.test(s),
    'relative-json-pointer': (s) => RELATIVE_JSON_POINTER.test(s),
    regex: regexFormat,
    uuid: (s) => UUID.test(s),
};
/** Is `format` one the judge checks? (Own names only: a format named `constructor` is unknown.) */
function knownFormat(format) {
    return typeof format === 'string' && Object.hasOwn(FORMAT_CHECKS, format);
}
/** Does `s` have `format`? A format the judge does not check holds for every string. */
function hasFormat(format, s) {
    return !knownFormat(format) || FORMAT_CHECKS[format](s);
}
/** Strings in each format, plainest first (several, so a length or pattern can pick one). */
const FORMAT_SAMPLES = {
    date: ['2024-01-01', '2024-12-31'],
    time: ['00:00:00Z', '12:30:00+01:00'],
    'date-time': ['2024-01-01T00:00:00Z', '2024-12-31T12:30:00.5+01:00'],
    email: ['user@example.com', 'a@b.co'],
    'idn-email': ['user@example.com', '\u00e9@example.com'],
    hostname: ['example.com', 'a'],
    'idn-hostname': ['example.com', '\u00e9.example'],
    ipv4: ['192.0.2.1', '0.0.0.0'],
    ipv6: ['2001:db8::1', '::1'],
    uri: ['https://example.com/', 'urn:a'],
    'uri-reference': ['https://example.com/', '/a', ''],
    iri: ['https://example.com/', 'https://\u00e9.example/'],
    'iri-reference': ['https://example.com/', '/\u00e9', ''],
    'uri-template': ['https://example.com/{id}', '/a'],
    'json-pointer': ['/a', ''],
    'relative-json-pointer': ['0', '1/a'],
    regex: ['^a$', 'a'],
    uuid: ['00000000-0000-4000-8000-000000000000'],
};


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
// A count with thousands separators, as `toLocaleString('en-US')` writes it, without ICU: the first
// Intl call loads locale data (about 20 ms), and rule docs built at start-up would pay it on every run.
/** 262144 \u2192 "262,144"; non-integers and non-finite numbers as String() writes them. */
function thousands(n) {
    if (!Number.isSafeInteger(n))
        return String(n);
    const digits = String(Math.abs(n));
    let out = '';
    for (let end = digits.length; end > 0; end -= 3)
        out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
    return (n < 0 ? '-' : '') + out;
}


/***/ }),

/***/ 29951:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZA: () => (/* binding */ judgeEach),
  RG: () => (/* binding */ noWitnessNote)
});

// UNUSED EXPORTS: CHANGE_WITNESS_WORK, COMPILE_WORK_PER_CHAR, CONTRACT_WITNESS_WORK, RUN_WITNESS_WORK, judgeChanges, noWitnessHelp

// EXTERNAL MODULE: ./lib/core/rule.js
var core_rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/lint/schema/limits.js
var limits = __webpack_require__(39329);
;// CONCATENATED MODULE: ./lib/evolution/ingestion.js
// Does a schema break the platform's ingestion limits (docs/cxone-api.md)? Such a schema can never
// be deployed, and the lint already fails it (`payload-too-large`, `too-many-properties`): its
// witness search would only spend time compiling and checking events of a size the platform never
// sees (16,000 members: seconds per compilation, tens of milliseconds per check).

/** Why `doc` breaks an ingestion limit (the lint rule's id), or undefined when it does not. */
function ingestionLimitBroken(doc) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return undefined;
    const props = doc.properties;
    if (props !== null &&
        typeof props === 'object' &&
        !Array.isArray(props) &&
        Object.keys(props).length > limits/* MAX_TOP_LEVEL_PROPERTIES */.If) {
        return limits/* rules */.aO.tooManyProperties.id;
    }
    let text;
    try {
        text = JSON.stringify(doc);
    }
    catch {
        return undefined; // too deep to serialise: the witness search says so itself
    }
    // (UTF-8 is at least one byte a UTF-16 unit, at most three: count bytes only near the limit)
    if (text !== undefined && text.length * 3 > limits/* MAX_SCHEMA_BYTES */.Z_ && Buffer.byteLength(text, 'utf8') > limits/* MAX_SCHEMA_BYTES */.Z_)
        return limits/* rules */.aO.payloadTooLarge.id;
    return undefined;
}

// EXTERNAL MODULE: ./lib/evolution/kinds/index.js + 10 modules
var kinds = __webpack_require__(59399);
// EXTERNAL MODULE: ./lib/evolution/policy.js
var policy = __webpack_require__(27507);
// EXTERNAL MODULE: ./lib/core/fan-out.js
var fan_out = __webpack_require__(68915);
// EXTERNAL MODULE: ./lib/evolution/rules.js
var rules = __webpack_require__(96190);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/lint/context.js
var context = __webpack_require__(69546);
// EXTERNAL MODULE: ./lib/core/json-type.js
var json_type = __webpack_require__(36334);
// EXTERNAL MODULE: ./lib/evolution/witness/schema.js
var witness_schema = __webpack_require__(71854);
;// CONCATENATED MODULE: ./lib/evolution/witness/branches.js
// Branch resolution for ./generate.ts: `$ref`s, allOf and decided anyOf/oneOf/if choices are
// flattened into one conjunction of schema objects; the choices still open are enumerated
// breadth-first into a bounded list of such conjunctions, one per combination of branches.

const MAX_ALTERNATIVES = 12;
const MAX_OPTIONS_PER_CHOICE = 24;
/**
 * Resolve refs, allOf and decided choices into a flat list of schema objects; null when one is `false`.
 * `forced` branches (anyOf/oneOf array -> index) win over `decided` ones.
 */
function flatten(root, forced, nodes, decided = new Map()) {
    const conj = [];
    const open = [];
    const seen = new Set();
    const work = [...nodes];
    for (let i = 0; i < work.length; i++) {
        const s = (0,witness_schema/* deref */.LA)(root, work[i]);
        if (s === false)
            return null;
        if (!(0,witness_schema/* isObj */.sA)(s) || seen.has(s))
            continue;
        seen.add(s);
        conj.push(s);
        if (Array.isArray(s.allOf))
            work.push(...s.allOf);
        for (const kw of ['anyOf', 'oneOf']) {
            const arr = s[kw];
            if (!Array.isArray(arr) || arr.length === 0)
                continue;
            const pick = forced.get(arr) ?? decided.get(arr);
            if (pick !== undefined && pick < arr.length)
                work.push(arr[pick]);
            else
                open.push({ key: arr, options: arr.map((b) => [b]) });
        }
        if (s.if !== undefined) {
            const pick = decided.get(s);
            const yes = [s.if, ...(s.then !== undefined ? [s.then] : [])];
            const no = [{ not: s.if }, ...(s.else !== undefined ? [s.else] : [])];
            if (pick === 0)
                work.push(...yes);
            else if (pick === 1)
                work.push(...no);
            else
                open.push({ key: s, options: [yes, no] });
        }
    }
    return { conj, open };
}
/** Flat conjunctions, one per combination of branch choices (bounded). */
function alternatives(root, forced, nodes) {
    const out = [];
    const queue = [new Map()];
    let pops = 0;
    while (queue.length > 0 && out.length < MAX_ALTERNATIVES && pops++ < MAX_ALTERNATIVES * 4) {
        const decided = queue.shift();
        const f = flatten(root, forced, nodes, decided);
        if (!f)
            continue;
        const choice = f.open[0];
        if (!choice) {
            out.push(f.conj);
            continue;
        }
        choice.options.slice(0, MAX_OPTIONS_PER_CHOICE).forEach((_, i) => queue.push(new Map(decided).set(choice.key, i)));
    }
    return out;
}

// EXTERNAL MODULE: ./lib/core/formats.js
var core_formats = __webpack_require__(96287);
;// CONCATENATED MODULE: ./lib/evolution/witness/check.js
// A small draft-07 validator for the example generator: it decides which branch of a oneOf a
// generated value takes and whether a generated part is usable, without compiling subschemas.
// It follows ajv's semantics (unicode patterns, code-point lengths, formats as ./formats.ts) but is only
// advice: every witness is verified by ajv against both full documents. Bounded: beyond
// MAX_DEPTH levels of schema it answers "valid" rather than recurse further.



const MAX_DEPTH = 48;
/**
 * The work budget of the search running (see WorkBudget): each schema node checked costs a unit.
 * Combinators nested through `$ref`s can make one check visit exponentially many nodes; once the
 * budget is spent every check answers "valid" at once, and the search stops at its next event.
 */
let fuel;
/** Run `f` with its checks charged to `budget`. */
function withCheckBudget(budget, f) {
    const outer = fuel;
    fuel = budget;
    try {
        return f();
    }
    finally {
        fuel = outer;
    }
}
/**
 * Is `value` valid under `schema`? `active`: the schemas already being applied to this same value
 * further up (through allOf, $ref, ...): meeting one again is a cycle that adds no constraint.
 */
function check(root, schema, value, depth = 0, active) {
    if (depth > MAX_DEPTH)
        return true;
    if (fuel !== undefined && fuel.left-- <= 0) {
        fuel.left++; // (spent: charge nothing more)
        return true;
    }
    const s = (0,witness_schema/* deref */.LA)(root, schema);
    if (s === true || s === undefined)
        return true;
    if (s === false)
        return false;
    if (!(0,witness_schema/* isObj */.sA)(s) || active?.has(s))
        return true;
    const next = depth + 1;
    let here;
    const same = (sub) => check(root, sub, value, next, (here ??= new Set(active).add(s)));
    const vt = (0,json_type/* jsonTypeOf */.W)(value);
    if (vt === undefined)
        return false;
    const types = (0,witness_schema/* typesOf */.pl)(s);
    if (types && !types.some((t) => t === vt || (t === 'number' && vt === 'integer')))
        return false;
    if ((0,witness_schema/* has */.zy)(s, 'const') && (0,witness_schema/* valueKey */.zV)(s.const) !== (0,witness_schema/* valueKey */.zV)(value))
        return false;
    if (Array.isArray(s.enum) && !(0,witness_schema/* inEnum */.tN)(s.enum, value))
        return false;
    if (typeof value === 'number' && !numberOk(s, value))
        return false;
    if (typeof value === 'string' && !stringOk(s, value))
        return false;
    if (Array.isArray(value) && !arrayOk(root, s, value, next))
        return false;
    if (vt === 'object' && !objectOk(root, s, value, next))
        return false;
    if (vt === 'object' && (0,witness_schema/* isObj */.sA)(s.dependencies)) {
        for (const [key, dep] of Object.entries(s.dependencies))
            if (!Array.isArray(dep) && (0,witness_schema/* has */.zy)(value, key) && !same(dep))
                return false;
    }
    if (Array.isArray(s.allOf) && !s.allOf.every(same))
        return false;
    if (Array.isArray(s.anyOf) && !s.anyOf.some(same))
        return false;
    if (Array.isArray(s.oneOf)) {
        let n = 0;
        for (const sub of s.oneOf)
            if (same(sub) && ++n > 1)
                return false;
        if (n !== 1)
            return false;
    }
    if (s.not !== undefined && same(s.not))
        return false;
    if (s.if !== undefined) {
        const branch = same(s.if) ? s.then : s.else;
        if (branch !== undefined && !same(branch))
            return false;
    }
    return true;
}
/** True when `value` is a multiple of `m` the way ajv decides it. */
function isMultiple(value, m) {
    if (m === 0)
        return false;
    const r = value / m;
    return r === parseInt(String(r), 10);
}
function numberOk(s, v) {
    if (typeof s.minimum === 'number' && v < s.minimum)
        return false;
    if (typeof s.maximum === 'number' && v > s.maximum)
        return false;
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum)
        return false;
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum)
        return false;
    if (typeof s.multipleOf === 'number' && !isMultiple(v, s.multipleOf))
        return false;
    return true;
}
function stringOk(s, v) {
    if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
        const n = (0,witness_schema/* strLength */.C0)(v);
        if (typeof s.minLength === 'number' && n < s.minLength)
            return false;
        if (typeof s.maxLength === 'number' && n > s.maxLength)
            return false;
    }
    if (typeof s.pattern === 'string') {
        const re = (0,witness_schema/* regex */.yG)(s.pattern);
        if (re && !re.test(v))
            return false;
    }
    return s.format === undefined || (0,core_formats/* hasFormat */.o5)(s.format, v);
}
function arrayOk(root, s, v, depth) {
    if (typeof s.minItems === 'number' && v.length < s.minItems)
        return false;
    if (typeof s.maxItems === 'number' && v.length > s.maxItems)
        return false;
    if (s.uniqueItems === true && new Set(v.map(witness_schema/* valueKey */.zV)).size !== v.length)
        return false;
    if (s.items !== undefined) {
        for (let i = 0; i < v.length; i++) {
            for (const sub of (0,witness_schema/* itemSchemas */.uT)([s], i))
                if (!check(root, sub, v[i], depth))
                    return false;
        }
    }
    if (s.contains !== undefined && !v.some((x) => check(root, s.contains, x, depth)))
        return false;
    return true;
}
function objectOk(root, s, v, depth) {
    const keys = Object.keys(v);
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
        return false;
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties)
        return false;
    if (Array.isArray(s.required) && !s.required.every((k) => typeof k !== 'string' || (0,witness_schema/* has */.zy)(v, k)))
        return false;
    const patterns = (0,witness_schema/* isObj */.sA)(s.patternProperties) ? Object.entries(s.patternProperties) : [];
    for (const key of keys) {
        let matched = false;
        const p = (0,witness_schema/* own */.ZV)(s.properties, key);
        if (p !== undefined) {
            matched = true;
            if (!check(root, p, v[key], depth))
                return false;
        }
        for (const [pat, sub] of patterns) {
            if ((0,witness_schema/* regex */.yG)(pat)?.test(key)) {
                matched = true;
                if (!check(root, sub, v[key], depth))
                    return false;
            }
        }
        if (!matched && s.additionalProperties !== undefined && !check(root, s.additionalProperties, v[key], depth))
            return false;
        if (s.propertyNames !== undefined && !check(root, s.propertyNames, key, depth))
            return false;
    }
    if ((0,witness_schema/* isObj */.sA)(s.dependencies)) {
        for (const [key, dep] of Object.entries(s.dependencies)) {
            if ((0,witness_schema/* has */.zy)(v, key) && Array.isArray(dep) && !dep.every((d) => typeof d !== 'string' || (0,witness_schema/* has */.zy)(v, d)))
                return false;
        }
    }
    return true;
}
/**
 * The types a conjunction of schemas allows together, for generation: `number` when fractions are
 * allowed (whole numbers then too), `integer` when only whole numbers are. Undefined: any type.
 */
function commonTypes(conj) {
    let atoms;
    for (const c of conj) {
        const t = (0,witness_schema/* typesOf */.pl)(c);
        if (!t)
            continue;
        const mine = new Set(t.flatMap((x) => (x === 'number' ? ['integer', 'fraction'] : [x])));
        atoms = atoms ? new Set([...atoms].filter((a) => mine.has(a))) : mine;
    }
    if (!atoms)
        return undefined;
    const out = [];
    for (const a of atoms) {
        if (a === 'fraction')
            out.push('number');
        else if (a === 'integer') {
            if (!atoms.has('fraction'))
                out.push('integer');
        }
        else
            out.push(a);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/evolution/witness/regex.js
var regex = __webpack_require__(34958);
;// CONCATENATED MODULE: ./lib/evolution/witness/scalar-values.js
// Scalar values for ./generate.ts: which JSON types to try for a conjunction (declared, else
// guessed from its keywords), strings (formats, pattern samples, lengths) and numbers (bounds,
// multipleOf) that satisfy it. Not checked here: ValueGen checks every value it yields.




const OBJECT_KEYS = [
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'minProperties',
    'maxProperties',
    'dependencies',
    'propertyNames',
];
const ARRAY_KEYS = ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const STRING_KEYS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
/** Types to try, most likely first: declared ones, else guessed from the keywords present. */
function typeOrder(conj, only) {
    const declared = commonTypes(conj);
    let order;
    if (declared) {
        order = declared;
    }
    else {
        const present = (keys) => conj.some((c) => keys.some((k) => (0,witness_schema/* has */.zy)(c, k)));
        const guess = [];
        if (present(OBJECT_KEYS))
            guess.push('object');
        if (present(ARRAY_KEYS))
            guess.push('array');
        if (present(STRING_KEYS))
            guess.push('string');
        if (present(NUMBER_KEYS))
            guess.push('number');
        order = [...new Set([...guess, 'string', 'integer', 'number', 'boolean', 'object', 'array', 'null'])];
    }
    // A declared `number` also yields whole numbers; when only integers are asked for, ask for number.
    if (only) {
        order = only.filter((t) => order.includes(t) ||
            (t === 'integer' && order.includes('number')) ||
            (t === 'number' && order.includes('integer')));
    }
    return order;
}
function* stringValues(conj) {
    const min = Math.max(0, ...conj.map((c) => (typeof c.minLength === 'number' ? c.minLength : 0)));
    const max = Math.min(regex/* MAX_SAMPLE_LENGTH */.Rw, ...conj.map((c) => (typeof c.maxLength === 'number' ? c.maxLength : Infinity)));
    const patterns = conj.map((c) => c.pattern).filter((p) => typeof p === 'string');
    if (min > max)
        return;
    const formats = conj.map((c) => c.format).filter(core_formats/* knownFormat */.Xs);
    const fits = (s) => {
        const n = (0,witness_schema/* strLength */.C0)(s);
        return (n >= min && n <= max && patterns.every((p) => (0,witness_schema/* regex */.yG)(p)?.test(s) ?? true) && formats.every((f) => (0,core_formats/* hasFormat */.o5)(f, s)));
    };
    for (const f of formats)
        for (const s of core_formats/* FORMAT_SAMPLES */.co[f] ?? [])
            if (fits(s))
                yield s;
    if (patterns.length > 0) {
        for (const p of patterns)
            for (const s of (0,regex/* patternSamples */.Ud)(p, [min, Math.min(max, min + 8)]))
                if (fits(s))
                    yield s;
    }
    for (const base of ['example', 'a', 'x1']) {
        let s = base;
        if ((0,witness_schema/* strLength */.C0)(s) < min)
            s += 'a'.repeat(min - (0,witness_schema/* strLength */.C0)(s));
        if ((0,witness_schema/* strLength */.C0)(s) > max)
            s = 'a'.repeat(Math.max(min, max));
        if (fits(s))
            yield s;
    }
    // a series of distinct values, for uniqueItems
    for (let i = 2; i <= 24; i++) {
        const s = `example${i}`;
        if (fits(s))
            yield s;
        else if (patterns.length > 0) {
            if (i === 2)
                for (const v of (0,regex/* patternVariants */.nw)(patterns[0], 24))
                    if (fits(v))
                        yield v;
        }
        else {
            const t = String.fromCharCode(96 + Math.min(i, 26)).repeat(Math.max(1, min));
            if (fits(t))
                yield t;
        }
    }
}
/** Numbers inside the conjunction's bounds, multiples of its multipleOf, small and round first. */
function numberValues(conj, integer) {
    let lo = -Infinity;
    let hi = Infinity;
    let loOpen = false;
    let hiOpen = false;
    const mults = [];
    for (const c of conj) {
        if (typeof c.minimum === 'number' && c.minimum >= lo)
            [lo, loOpen] = [c.minimum, c.minimum === lo ? loOpen : false];
        if (typeof c.exclusiveMinimum === 'number' && c.exclusiveMinimum >= lo)
            [lo, loOpen] = [c.exclusiveMinimum, true];
        if (typeof c.maximum === 'number' && c.maximum <= hi)
            [hi, hiOpen] = [c.maximum, c.maximum === hi ? hiOpen : false];
        if (typeof c.exclusiveMaximum === 'number' && c.exclusiveMaximum <= hi)
            [hi, hiOpen] = [c.exclusiveMaximum, true];
        if (typeof c.multipleOf === 'number' && c.multipleOf > 0)
            mults.push(c.multipleOf);
    }
    const raw = [0, 1];
    if (!integer)
        raw.push(0.5, 1.5);
    const near = (x) => {
        raw.push(x, Math.ceil(x), Math.floor(x), x + 1, x - 1, Math.ceil(x) + 1, Math.floor(x) - 1);
        if (!integer)
            raw.push(x + 0.5, x - 0.5);
    };
    if (Number.isFinite(lo))
        near(lo);
    if (Number.isFinite(hi))
        near(hi);
    if (Number.isFinite(lo) && Number.isFinite(hi))
        near((lo + hi) / 2);
    for (const m of mults) {
        raw.push(m, 2 * m);
        for (const b of [lo, hi])
            if (Number.isFinite(b))
                raw.push(Math.ceil(b / m) * m, Math.floor(b / m) * m, (Math.ceil(b / m) + 1) * m, (Math.floor(b / m) - 1) * m);
        if (mults.length > 1 && Number.isInteger(m))
            raw.push(mults.reduce((a, b) => (Number.isInteger(b) ? lcm(a, b) : a), m));
    }
    const ok = (x) => Number.isFinite(x) &&
        (!integer || Number.isInteger(x)) &&
        (loOpen ? x > lo : x >= lo) &&
        (hiOpen ? x < hi : x <= hi) &&
        mults.every((m) => {
            const r = x / m;
            return r === parseInt(String(r), 10);
        });
    // a series of distinct values from the lowest allowed, for uniqueItems
    const start = Number.isFinite(lo) ? lo : 0;
    const step = mults.length > 0
        ? mults.reduce((a, b) => (Number.isInteger(a) && Number.isInteger(b) ? lcm(a, b) : Math.max(a, b)))
        : 1;
    for (let k = 0; k <= 24; k++)
        raw.push(Math.ceil(start / step) * step + k * step);
    return [...new Set(raw.map((x) => (Object.is(x, -0) ? 0 : x)))].filter(ok);
}
function lcm(a, b) {
    const gcd = (x, y) => (y === 0 ? x : gcd(y, x % y));
    return (a * b) / gcd(a, b);
}

// EXTERNAL MODULE: ./lib/evolution/value-check.js
var value_check = __webpack_require__(61013);
;// CONCATENATED MODULE: ./lib/evolution/witness/generate.js
// Example values for a schema: small, readable instances that satisfy a conjunction of draft-07
// schemas (type, required, properties, additional/patternProperties, enum/const, lengths, bounds,
// multipleOf, pattern, items/tuples, contains, uniqueItems, allOf/anyOf/oneOf/if, local $refs).
// This module holds the search (ValueGen) and the objects and arrays it builds recursively;
// branches come from ./branches.ts, strings and numbers from ./scalar-values.ts. Each value is
// checked with ./check.ts; ajv has the last word on whole events. Bounded by a depth limit and a
// work budget, so recursive schemas and $ref cycles end (with no value).







const NONE = Symbol('none');
const generate_MAX_DEPTH = 24;
/** Longest array we build. */
const MAX_ARRAY = 1000;
/** Most enum values scanned for a valid one. */
const ENUM_SCAN = 200;
class ValueGen {
    root;
    forced;
    maxSteps;
    steps = 0;
    memo = new Map();
    failedAt = new Map();
    /**
     * @param root the document `$ref`s resolve against
     * @param forced branches to take: anyOf/oneOf array -> index (the path to a changed node)
     */
    constructor(root, forced = new Map(), maxSteps = 20_000) {
        this.root = root;
        this.forced = forced;
        this.maxSteps = maxSteps;
    }
    get exhausted() {
        return this.steps > this.maxSteps;
    }
    /** One valid value of all of `nodes`, or NONE. */
    value(nodes, opts = {}, depth = 0) {
        const plain = nodes.length === 1 && Object.keys(opts).length === 0;
        const key = nodes[0];
        if (plain && this.memo.has(key))
            return this.memo.get(key);
        if (plain && (this.failedAt.get(key) ?? Infinity) <= depth)
            return NONE;
        const [v] = this.values(nodes, opts, 1, depth);
        const out = v === undefined ? NONE : v;
        if (plain) {
            if (out === NONE)
                this.failedAt.set(key, depth);
            else
                this.memo.set(key, out);
        }
        return out;
    }
    /** Up to `limit` distinct valid values of all of `nodes`. */
    values(nodes, opts = {}, limit = 1, depth = 0) {
        const out = [];
        if (++this.steps > this.maxSteps || depth > generate_MAX_DEPTH)
            return out;
        const seen = new Set();
        let fallback = NONE;
        for (const conj of this.alternatives(nodes)) {
            for (const v of this.candidates(conj, opts, depth)) {
                if (fallback === NONE && (!opts.types || ofTypes(opts.types, v)))
                    fallback = v;
                if (limit > 1) {
                    // (only when several are wanted: a skeleton's containers can be thousands of levels deep)
                    const k = (0,witness_schema/* valueKey */.zV)(v);
                    if (seen.has(k))
                        continue;
                    seen.add(k);
                }
                if (opts.types && !ofTypes(opts.types, v))
                    continue;
                if (!nodes.every((n) => check(this.root, n, v)))
                    continue;
                out.push(v);
                if (out.length >= limit)
                    return out;
            }
            if (this.exhausted)
                break;
        }
        if (out.length === 0 && opts.bestEffort && fallback !== NONE)
            out.push(fallback);
        return out;
    }
    /** Resolve refs, allOf and decided choices into a flat list of schema objects; null when one is `false`. */
    flatten(nodes, decided = new Map()) {
        return flatten(this.root, this.forced, nodes, decided);
    }
    /** Flat conjunctions, one per combination of branch choices (bounded). */
    alternatives(nodes) {
        return alternatives(this.root, this.forced, nodes);
    }
    /** Values built from a flat conjunction (not yet checked). */
    *candidates(conj, opts, depth) {
        const consts = conj.filter((c) => (0,witness_schema/* has */.zy)(c, 'const'));
        if (consts.length > 0) {
            yield consts[0].const;
            return;
        }
        const enums = conj.map((c) => c.enum).filter((e) => Array.isArray(e));
        if (enums.length > 0) {
            const smallest = enums.reduce((a, b) => (b.length < a.length ? b : a));
            for (const v of smallest.slice(0, ENUM_SCAN))
                yield v;
            return;
        }
        for (const t of typeOrder(conj, opts.types)) {
            switch (t) {
                case 'null':
                    yield null;
                    break;
                case 'boolean':
                    yield true;
                    yield false;
                    break;
                case 'string':
                    yield* stringValues(conj);
                    break;
                case 'integer':
                case 'number':
                    yield* numberValues(conj, t === 'integer');
                    break;
                case 'object': {
                    const o = this.object(conj, opts, depth);
                    if (o !== NONE)
                        yield o;
                    break;
                }
                case 'array': {
                    const a = this.array(conj, opts, depth);
                    if (a !== NONE)
                        yield a;
                    break;
                }
            }
        }
    }
    /** The smallest object: required keys (and fixed ones), dependencies, then optional ones up to minProperties. */
    object(conj, opts, depth) {
        const out = {};
        const fixed = opts.fixed ?? new Map();
        // (a Set beside the list: with `includes`, an object of n required members cost n\u00b2 steps)
        const want = [];
        const wanted = new Set();
        const add = (k) => {
            if (wanted.has(k))
                return;
            wanted.add(k);
            want.push(k);
        };
        for (const c of conj)
            if (Array.isArray(c.required))
                for (const k of c.required)
                    if (typeof k === 'string')
                        add(k);
        for (const k of opts.requireKeys ?? [])
            add(k);
        for (const k of fixed.keys())
            add(k);
        const put = (k) => {
            if ((0,witness_schema/* has */.zy)(out, k))
                return true;
            if (fixed.has(k)) {
                (0,witness_schema/* setOwn */.P5)(out, k, fixed.get(k));
                return true;
            }
            const v = this.value((0,witness_schema/* propertySchemas */.M3)(conj, k), {}, depth + 1);
            if (v === NONE)
                return false;
            (0,witness_schema/* setOwn */.P5)(out, k, v);
            return true;
        };
        for (let i = 0; i < want.length; i++) {
            const k = want[i];
            if (!put(k) && !opts.bestEffort)
                return NONE;
            for (const c of conj) {
                const dep = (0,witness_schema/* own */.ZV)(c.dependencies, k);
                if (Array.isArray(dep))
                    for (const d of dep)
                        if (typeof d === 'string')
                            add(d);
            }
            if (want.length > 10_000)
                return NONE;
        }
        const minProps = Math.max(0, ...conj.map((c) => (typeof c.minProperties === 'number' ? c.minProperties : 0)));
        let size = Object.keys(out).length;
        if (size < minProps) {
            const optional = conj.flatMap((c) => ((0,witness_schema/* isObj */.sA)(c.properties) ? Object.keys(c.properties) : []));
            for (const k of [...optional, ...freshKeys(conj, 20)]) {
                if (size >= minProps)
                    break;
                if (!(0,witness_schema/* has */.zy)(out, k) && put(k))
                    size++;
            }
            if (size < minProps)
                return NONE;
        }
        return out;
    }
    /** The shortest array: minItems (and fixed elements), distinct when uniqueItems, one match for contains. */
    array(conj, opts, depth) {
        const fixed = opts.fixedItems ?? new Map();
        let len = Math.max(0, ...conj.map((c) => (typeof c.minItems === 'number' ? c.minItems : 0)), ...[...fixed.keys()].map((i) => i + 1));
        const contains = conj.map((c) => c.contains).filter((x) => x !== undefined);
        if (contains.length > 0)
            len = Math.max(len, 1);
        if (len > MAX_ARRAY)
            return NONE;
        const unique = conj.some((c) => c.uniqueItems === true);
        const out = [];
        const used = new Set();
        for (let i = 0; i < len; i++) {
            if (fixed.has(i)) {
                out.push(fixed.get(i));
                used.add((0,witness_schema/* valueKey */.zV)(fixed.get(i)));
                continue;
            }
            const schemas = [...(0,witness_schema/* itemSchemas */.uT)(conj, i), ...(i === 0 && contains.length > 0 ? contains : [])];
            let v;
            if (unique) {
                v = this.values(schemas, {}, used.size + 1, depth + 1).find((x) => !used.has((0,witness_schema/* valueKey */.zV)(x))) ?? NONE;
            }
            else
                v = this.value(schemas, {}, depth + 1);
            if (v === NONE && i === 0 && contains.length > 0)
                v = this.value((0,witness_schema/* itemSchemas */.uT)(conj, i), {}, depth + 1);
            if (v === NONE) {
                if (!opts.bestEffort)
                    return NONE;
                v = null;
            }
            out.push(v);
            used.add((0,witness_schema/* valueKey */.zV)(v));
        }
        return out;
    }
}
/** True when `v` is a JSON value of one of `types` (a value JSON cannot hold is of none). */
function ofTypes(types, v) {
    const vt = (0,json_type/* jsonTypeOf */.W)(v);
    return vt !== undefined && (0,witness_schema/* typeAllows */.hx)(types, vt);
}
/**
 * Property names that no `properties` of `conj` declares (and, with `undeclared`, no
 * patternProperties matches either), that its `propertyNames` accept where that can be told
 * (names drawn from their patterns first).
 */
function freshKeys(conj, limit, undeclared = false) {
    const out = [];
    const shaped = conj.flatMap((c) => {
        const p = c.propertyNames;
        if (!(0,witness_schema/* isObj */.sA)(p))
            return [];
        return [
            ...(Array.isArray(p.enum) ? p.enum.filter((x) => typeof x === 'string').slice(0, 20) : []),
            ...(typeof p.pattern === 'string' ? (0,regex/* patternSamples */.Ud)(p.pattern, [1, 2, 3, 5]) : []),
        ];
    });
    const names = [...shaped, 'extra', 'extra_field', 'x_extra', 'witness', 'other', 'zz', 'a1', 'X'];
    const fallback = [];
    for (let i = 0; out.length < limit && i < names.length + limit * 2; i++) {
        const k = i < names.length ? names[i] : `extra_${i - names.length + 2}`;
        const taken = undeclared ? (0,witness_schema/* isDeclared */.vo)(conj, k) : conj.some((c) => (0,witness_schema/* own */.ZV)(c.properties, k) !== undefined);
        if (taken || out.includes(k))
            continue;
        if (namePasses(conj, k))
            out.push(k);
        else if (fallback.length < limit)
            fallback.push(k);
    }
    // None that passes: the usual names (the search will reject them, as before).
    return out.length > 0 ? out : fallback;
}
/** Whether the `propertyNames` of `conj` accept `name`, as far as ../value-check.ts can tell. */
function namePasses(conj, name) {
    return conj.every((c) => c.propertyNames === undefined || (0,value_check/* validValue */.Im)(c.propertyNames, name) !== false);
}

;// CONCATENATED MODULE: ./lib/evolution/witness/scalar-candidates.js
// Candidate values of the scalar keyword families, for ./candidates.ts: a type the new schema
// dropped, a removed enum value, strings at the old and new length bounds and old pattern,
// numbers at and around every bound; plus the generic strings and values other families reuse.




const GENERIC_STRINGS = [
    '',
    'a',
    'example',
    'A',
    '0',
    ' ',
    'a b',
    '-',
    '_',
    '\u00e9',
    'Example Value',
    'a'.repeat(256),
];
const GENERIC_VALUES = [null, true, false, 0, 1, -1, 0.5, '', 'example', [], {}];
const ENUM_SCAN_LIMIT = 200_000;
/** Values of each type the old node allows and the new one does not (fractions when number became integer). */
function* typeValues(gen, nodes, o, n) {
    const oldTypes = o ? (0,witness_schema/* typesOf */.pl)(o) : undefined;
    const newTypes = n ? (0,witness_schema/* typesOf */.pl)(n) : undefined;
    const lost = witness_schema/* JSON_TYPES */.J_.filter((t) => (0,witness_schema/* typeAllows */.hx)(oldTypes, t) && (!(0,witness_schema/* typeAllows */.hx)(newTypes, t) || (t === 'number' && !newTypes?.includes('number'))));
    for (const t of lost) {
        yield* gen.values(nodes, { types: [t] }, 3);
        if (o)
            yield* gen.values([o], { types: [t] }, 2);
    }
}
function* enumValues(o, n, conj) {
    const oldList = o ? listOf(o) : undefined;
    const newList = n ? listOf(n) : undefined;
    const sources = oldList ? [oldList] : conj.map(listOf).filter((l) => l !== undefined);
    for (const list of sources) {
        let yielded = 0;
        const scan = Math.min(list.length, ENUM_SCAN_LIMIT);
        for (let i = 0; i < scan && yielded < 20; i++) {
            if (newList && (0,witness_schema/* inEnum */.tN)(newList, list[i]))
                continue;
            yielded++;
            yield list[i];
        }
    }
}
function listOf(s) {
    if ((0,witness_schema/* has */.zy)(s, 'const'))
        return [s.const];
    return Array.isArray(s.enum) ? s.enum : undefined;
}
function num(s, k) {
    const v = s?.[k];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Strings at the length bounds of both versions, shaped by the old pattern, then usual strings. */
function* scalar_candidates_stringValues(conj, o, n) {
    const lengths = new Set();
    for (const s of [o, n, ...conj]) {
        for (const k of ['minLength', 'maxLength']) {
            const b = num(s, k);
            if (b !== undefined)
                for (const d of [0, 1, -1])
                    if (b + d >= 0 && b + d <= regex/* MAX_SAMPLE_LENGTH */.Rw)
                        lengths.add(b + d);
        }
    }
    const patterns = [o, ...conj].map((s) => s?.pattern).filter((p) => typeof p === 'string');
    const uniquePatterns = [...new Set(patterns)];
    for (const len of lengths) {
        let done = false;
        for (const p of uniquePatterns) {
            for (const s of (0,regex/* patternSamples */.Ud)(p, [len])) {
                if ((0,witness_schema/* strLength */.C0)(s) === len && uniquePatterns.every((q) => (0,witness_schema/* regex */.yG)(q)?.test(s) ?? true)) {
                    yield s;
                    done = true;
                    break;
                }
            }
        }
        if (!done)
            yield 'example'.slice(0, len) + 'a'.repeat(Math.max(0, len - 7));
    }
    for (const p of uniquePatterns)
        yield* (0,regex/* patternSamples */.Ud)(p);
    // strings in the live format (which a changed or added new format may refuse)
    for (const f of new Set([o, ...conj].map((s) => s?.format).filter(core_formats/* knownFormat */.Xs)))
        yield* core_formats/* FORMAT_SAMPLES */.co[f] ?? [];
    yield* GENERIC_STRINGS;
    if (n && typeof n.pattern === 'string') {
        // strings that almost match the new pattern: each sample with a character changed
        for (const s of (0,regex/* patternSamples */.Ud)(n.pattern).slice(0, 2))
            if (s.length > 0)
                yield s.slice(0, -1) + (s.endsWith('#') ? '@' : '#');
    }
}
/** Numbers at and around every bound of both versions, multiples, and usual numbers. */
function* numberCandidates(conj, o, n) {
    const out = [];
    for (const s of [o, n, ...conj]) {
        for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
            const b = num(s, k);
            if (b !== undefined)
                out.push(b, b - 1, b + 1, b - 0.5, b + 0.5, b - 0.01, b + 0.01, Math.floor(b), Math.ceil(b));
        }
        const m = num(s, 'multipleOf');
        if (m !== undefined && m > 0)
            out.push(m, 2 * m, 3 * m, m / 2, m + 1);
    }
    // the old constraints' own valid numbers come first within their range
    yield* numberValues(conj, false).slice(0, 6);
    yield* out;
    yield* [0, 1, -1, 0.5, -0.5, 100, 1e6, -1e6, 2147483648, 9007199254740991];
}

;// CONCATENATED MODULE: ./lib/evolution/witness/array-candidates.js
// Candidate arrays of the array keyword family, for ./candidates.ts: lengths at the min/maxItems
// bounds of both versions, duplicates, tuples, and one-element arrays of every type.



/** Arrays: lengths at the bounds of both versions, duplicates, tuples, elements of every type. */
function* arrayVariants(gen, nodes, conj, o, n) {
    const base = gen.value(nodes, { types: ['array'] });
    const arr = Array.isArray(base) ? base : [];
    yield arr;
    const elems = (i, count) => gen.values((0,witness_schema/* itemSchemas */.uT)(conj, i), {}, count);
    const e0 = elems(0, 3);
    const first = e0[0] ?? 'example';
    const lengths = new Set([1, 2]);
    for (const s of [o, n, ...conj]) {
        for (const k of ['minItems', 'maxItems']) {
            const b = num(s, k);
            if (b !== undefined)
                for (const d of [0, 1, -1])
                    if (b + d >= 0 && b + d <= MAX_ARRAY)
                        lengths.add(b + d);
        }
    }
    const unique = conj.some((c) => c.uniqueItems === true);
    const tuple = Array.isArray(conj.find((c) => Array.isArray(c.items))?.items);
    // Distinct elements too when the new schema wants them unique: a witness of a length bound
    // must not be rejected only for its duplicates (that is the uniqueItems change's witness).
    const distinctToo = n?.uniqueItems === true && !unique && !tuple;
    for (const len of lengths) {
        for (const distinct of distinctToo && len > 1 ? [true, false] : [unique || tuple]) {
            const out = [];
            const used = new Set();
            for (let i = 0; i < len; i++) {
                let v = first;
                if (distinct)
                    v =
                        gen.values((0,witness_schema/* itemSchemas */.uT)(conj, i), {}, Math.min(used.size + 1, 50)).find((x) => !used.has((0,witness_schema/* valueKey */.zV)(x))) ??
                            first;
                used.add((0,witness_schema/* valueKey */.zV)(v));
                out.push(v);
            }
            yield out;
        }
    }
    // duplicates (uniqueItems)
    yield [first, first];
    // one element of each kind the old items allow
    for (const v of e0)
        yield [v];
    for (const t of witness_schema/* JSON_TYPES */.J_)
        for (const v of gen.values((0,witness_schema/* itemSchemas */.uT)(conj, 0), { types: [t] }, 1))
            yield [v];
    // elements matching the new `contains`, or not
    if (n && n.contains !== undefined)
        yield [first];
    for (const v of GENERIC_VALUES)
        yield [v];
}

;// CONCATENATED MODULE: ./lib/evolution/witness/combinator-candidates.js
// Candidate values of the combinator keyword family, for ./candidates.ts: values of each branch of
// the old and new allOf/anyOf/oneOf/not/if/then/else, and values the new focus node accepts (for
// an old event that also matches an added or overlapping oneOf branch).

/** Values of each branch of the old and the new combinators at the node. */
function* combinatorValues(site, nodes, o, n) {
    const { plan, newGen } = site;
    for (const kw of ['oneOf', 'anyOf', 'allOf']) {
        const ob = o?.[kw];
        if (Array.isArray(ob))
            for (const b of ob.slice(0, 20))
                yield* plan.gen.values([...nodes, b], {}, 2);
        const nb = n?.[kw];
        if (Array.isArray(nb))
            for (const b of nb.slice(0, 20))
                yield* newGen.values([b], {}, 3);
    }
    for (const kw of ['not', 'if', 'then', 'else']) {
        if (o?.[kw] !== undefined)
            yield* plan.gen.values([o[kw]], {}, 3);
        if (n?.[kw] !== undefined)
            yield* newGen.values([n[kw]], {}, 3);
    }
    // a branch that exists only in the new document (the focus is where it was added)
    if (site.newExact !== site.newFocus)
        yield* newFocusValues(site);
}
/** Values the new focus node accepts: for overlaps (an old event matching a second oneOf branch). */
function* newFocusValues(site) {
    if (site.newExact === undefined)
        return;
    const newNode = (0,witness_schema/* deref */.LA)(site.newGen.root, site.newExact);
    const level = site.plan.levels[site.plan.depth];
    // values of the old node and the new one at once (resolving the new node's refs in the old
    // document: only a candidate, ajv checks), then of the new node alone, merged with old values
    yield* site.plan.gen.values([...level.nodes, newNode], {}, 3);
    const fresh = site.newGen.values([newNode], {}, 4);
    yield* fresh;
    for (const t of witness_schema/* JSON_TYPES */.J_)
        yield* site.newGen.values([newNode], { types: [t] }, 1);
    const olds = site.plan.gen.values(level.nodes, {}, 3);
    for (const v of fresh)
        for (const u of olds)
            if ((0,witness_schema/* isObj */.sA)(u) && (0,witness_schema/* isObj */.sA)(v))
                yield { ...u, ...v };
}

;// CONCATENATED MODULE: ./lib/evolution/witness/object-candidates.js
// Candidate objects of the object keyword family, for ./candidates.ts: the minimal object, without
// each newly required member, with each declared, extra, newly declared or pattern-named member,
// filled to each min/maxProperties bound, with propertyNames probes, triggering each dependency.




const MAX_PROPERTY_VARIANTS = 60;
/**
 * Objects: minimal; without each newly required member; with each optional one; with extra members;
 * filled to maxProperties.
 */
function* objectVariants(gen, nodes, conj, o, n) {
    const base = gen.value(nodes, { types: ['object'] });
    const obj = (0,witness_schema/* isObj */.sA)(base) ? base : {};
    yield obj;
    const with_ = (k, v) => {
        const out = { ...obj };
        (0,witness_schema/* setOwn */.P5)(out, k, v);
        return out;
    };
    const without = (k) => {
        const out = { ...obj };
        delete out[k];
        return out;
    };
    // newly required members, left out (with the old value schema's members otherwise present)
    const newRequired = n && Array.isArray(n.required) ? n.required.filter((k) => typeof k === 'string') : [];
    for (const k of newRequired)
        if ((0,witness_schema/* has */.zy)(obj, k))
            yield without(k);
    // members the new version drops first, then every declared member
    const declared = [
        ...new Set([
            ...(o && (0,witness_schema/* isObj */.sA)(o.properties) ? Object.keys(o.properties) : []),
            ...conj.flatMap((c) => ((0,witness_schema/* isObj */.sA)(c.properties) ? Object.keys(c.properties) : [])),
        ]),
    ];
    const dropped = declared.filter((k) => n && !((0,witness_schema/* isObj */.sA)(n.properties) && (0,witness_schema/* has */.zy)(n.properties, k)));
    let count = 0;
    let all = { ...obj };
    for (const k of [...dropped, ...declared.filter((k) => !dropped.includes(k))]) {
        if (count++ >= MAX_PROPERTY_VARIANTS)
            break;
        if ((0,witness_schema/* has */.zy)(obj, k))
            continue;
        const vs = gen.values((0,witness_schema/* propertySchemas */.M3)(conj, k), {}, 2);
        for (const v of vs)
            yield with_(k, v);
        if (vs[0] !== undefined) {
            all = { ...all };
            (0,witness_schema/* setOwn */.P5)(all, k, vs[0]);
        }
    }
    yield all;
    // members no properties declare, valued by additionalProperties (or anything, when it is absent)
    for (const k of freshKeys(conj, 2, true)) {
        const schemas = (0,witness_schema/* propertySchemas */.M3)(conj, k);
        for (const v of [...gen.values(schemas, {}, 3), 'example', 0, null, true, {}, []])
            yield with_(k, v);
    }
    // members the new version declares (by name or by pattern) that the old one leaves open, valued in every way
    const anyValues = ['example', 0, 0.5, null, true, {}, [], ''];
    if (n && (0,witness_schema/* isObj */.sA)(n.properties)) {
        for (const k of Object.keys(n.properties).slice(0, MAX_PROPERTY_VARIANTS)) {
            if ((0,witness_schema/* has */.zy)(obj, k) || declared.includes(k))
                continue;
            for (const v of [...gen.values((0,witness_schema/* propertySchemas */.M3)(conj, k), {}, 2), ...anyValues])
                yield with_(k, v);
        }
    }
    for (const s of [n, o, ...conj]) {
        if (!s || !(0,witness_schema/* isObj */.sA)(s.patternProperties))
            continue;
        for (const p of Object.keys(s.patternProperties).slice(0, 10)) {
            const key = (0,regex/* patternSamples */.Ud)(p, [3]).find((k) => !(0,witness_schema/* has */.zy)(obj, k));
            if (key === undefined)
                continue;
            for (const v of [...gen.values((0,witness_schema/* propertySchemas */.M3)(conj, key), {}, 2), ...anyValues])
                yield with_(key, v);
        }
    }
    // as many members as each bound of either version allows, and one more
    const sizes = new Set();
    for (const s of [o, n, ...conj]) {
        for (const k of ['minProperties', 'maxProperties']) {
            const b = num(s, k);
            if (b !== undefined)
                for (const d of [0, 1, -1])
                    if (b + d > Object.keys(obj).length && b + d <= 200)
                        sizes.add(b + d);
        }
    }
    for (const size of [...sizes].sort((a, b) => a - b)) {
        const filled = { ...obj };
        for (const k of [...declared, ...freshKeys(conj, size, true)]) {
            if (Object.keys(filled).length >= size)
                break;
            if ((0,witness_schema/* has */.zy)(filled, k))
                continue;
            const v = gen.value((0,witness_schema/* propertySchemas */.M3)(conj, k));
            if (v !== NONE)
                (0,witness_schema/* setOwn */.P5)(filled, k, v);
        }
        yield filled;
    }
    // member names for propertyNames: names the old one shapes (its pattern, lengths, enum), then usual ones
    if ((o && o.propertyNames !== undefined) || (n && n.propertyNames !== undefined)) {
        const shaped = [...take(scalar_candidates_stringValues([], schemaOf(o?.propertyNames), schemaOf(n?.propertyNames)), 12)];
        for (const k of [
            ...new Set([...shaped, ...GENERIC_STRINGS.slice(0, 10), 'Extra', 'extra-field', 'EXTRA_FIELD', 'x'.repeat(65)]),
        ]) {
            if ((0,witness_schema/* has */.zy)(obj, k))
                continue;
            const v = gen.value((0,witness_schema/* propertySchemas */.M3)(conj, k));
            yield with_(k, v === NONE ? 'example' : v);
        }
    }
    // objects that trigger a dependency (with what the old version requires along, and nothing more)
    const depKeys = new Set();
    for (const s of [n, o, ...conj])
        if (s && (0,witness_schema/* isObj */.sA)(s.dependencies))
            for (const k of Object.keys(s.dependencies).slice(0, 20))
                depKeys.add(k);
    for (const k of depKeys) {
        if ((0,witness_schema/* has */.zy)(obj, k))
            continue;
        const v = gen.value(nodes, { types: ['object'], requireKeys: [k] });
        if (v !== NONE)
            yield v;
    }
}
function schemaOf(v) {
    return (0,witness_schema/* isObj */.sA)(v) ? v : undefined;
}
function* take(items, count) {
    if (count <= 0)
        return;
    let i = 0;
    for (const x of items) {
        yield x;
        if (++i >= count)
            return;
    }
}

;// CONCATENATED MODULE: ./lib/evolution/witness/plan.js
// From a target's steps to events: the instance locations (levels) on the way to the changed
// node, the schemas that apply at each, and a skeleton event \u2014 a small valid container at every
// level, built bottom-up \u2014 into which candidate values are put. Iterative throughout: a target
// 5,000 levels down costs 5,000 small steps, never 5,000 stack frames.




/** Marker of a candidate that removes the member instead of setting it. */
const ABSENT = Symbol('absent');
class Plan {
    root;
    levels = [];
    gen;
    /** Container at each level (all but the last), holding the base value of the level below. */
    spine = [];
    /** Base value at the target location. */
    base = NONE;
    constructor(root, target) {
        this.root = root;
        const forced = new Map();
        this.gen = new ValueGen(root, forced);
        this.levels.push({ nodes: [root], requireKeys: [], negated: false });
        for (const step of target.steps)
            this.apply(step, forced);
    }
    get depth() {
        return this.levels.length - 1;
    }
    /** Instance pointer of level `at` ('' for the event itself; a member-name level is its object's). */
    location(at = this.depth) {
        let out = '';
        for (let j = 1; j <= at; j++) {
            const via = this.levels[j].via;
            if ('key' in via)
                out += '/' + (0,core_pointer/* escapeToken */.tj)(via.key);
            else if ('index' in via)
                out += '/' + via.index;
        }
        return out;
    }
    apply(step, forced) {
        const level = this.levels[this.levels.length - 1];
        const add = (...nodes) => {
            if (level.negated)
                return;
            for (const n of nodes)
                if (n !== undefined && !level.nodes.includes(n))
                    level.nodes.push(n);
        };
        switch (step.t) {
            case 'same':
                if (step.via === 'not')
                    level.negated = true;
                else if (step.via === 'then')
                    add(step.owner.if, step.node);
                else if (step.via === 'else')
                    add({ not: step.owner.if }, step.node);
                else if (step.via === 'dependency') {
                    if (!level.negated && step.key !== undefined)
                        level.requireKeys.push(step.key);
                    add(step.node);
                }
                else if (step.via !== 'if')
                    add(step.node);
                return;
            case 'branch':
                // (a recursive schema can pass the same oneOf twice: the first choice, nearer the root, stays)
                if (!level.negated && !forced.has(step.arr))
                    forced.set(step.arr, step.index);
                add(step.node);
                return;
        }
        const parent = this.gen.flatten(level.nodes)?.conj ?? [];
        let via;
        let nodes;
        switch (step.t) {
            case 'key':
                via = { key: step.key };
                nodes = (0,witness_schema/* propertySchemas */.M3)(parent, step.key);
                break;
            case 'patternKey': {
                const key = (0,regex/* patternSamples */.Ud)(step.pattern, [3]).find((k) => !parent.some((c) => (0,witness_schema/* isObj */.sA)(c.properties) && Object.hasOwn(c.properties, k))) ?? 'key';
                via = { key };
                nodes = (0,witness_schema/* propertySchemas */.M3)(parent, key);
                break;
            }
            case 'extraKey': {
                const key = freshKeys(parent, 1, true)[0] ?? 'extra';
                via = { key };
                nodes = (0,witness_schema/* isDeclared */.vo)(parent, key) ? [] : (0,witness_schema/* propertySchemas */.M3)(parent, key);
                break;
            }
            case 'keyName':
                via = { keyName: true };
                nodes = parent.map((c) => c.propertyNames).filter((x) => x !== undefined);
                break;
            case 'item': {
                const index = step.index === 'contains' ? 0 : step.index;
                // Under `contains`, every item stands for the one the change is about (any other item could satisfy it).
                via = step.index === 'contains' ? { index, every: true } : { index };
                nodes = (0,witness_schema/* itemSchemas */.uT)(parent, index);
                break;
            }
        }
        if (!level.negated && step.node !== undefined && !nodes.includes(step.node))
            nodes.push(step.node);
        this.levels.push({ nodes, via, requireKeys: [], negated: level.negated });
    }
    /** Build the skeleton: a base value at the target, then a container around it at each level up. */
    build() {
        const last = this.levels[this.depth];
        if (last.via && 'keyName' in last.via)
            this.base = this.gen.values(last.nodes, { types: ['string'] }, 1)[0] ?? 'key_name';
        else
            this.base = this.gen.value(last.nodes, last.requireKeys.length > 0 ? { requireKeys: last.requireKeys } : {});
        let child = this.base === NONE ? null : this.base;
        for (let j = this.depth - 1; j >= 0; j--) {
            const level = this.levels[j];
            const via = this.levels[j + 1].via;
            const opts = { requireKeys: level.requireKeys, bestEffort: true };
            let container;
            if ('key' in via) {
                container = this.gen.values(level.nodes, { ...opts, types: ['object'], fixed: new Map([[via.key, child]]) })[0];
                if (!(0,witness_schema/* isObj */.sA)(container))
                    container = Object.fromEntries([[via.key, child]]);
            }
            else if ('index' in via) {
                container = this.gen.values(level.nodes, {
                    ...opts,
                    types: ['array'],
                    fixedItems: new Map([[via.index, child]]),
                })[0];
                if (!Array.isArray(container))
                    container = [...Array(via.index).fill(null), child];
            }
            else {
                container = this.gen.values(level.nodes, { ...opts, types: ['object'] })[0];
                if (!(0,witness_schema/* isObj */.sA)(container))
                    container = {};
                container = this.withKey(j, container, typeof child === 'string' ? child : 'key_name');
            }
            this.spine[j] = container;
            child = container;
        }
    }
    /** The whole event with `value` at level `at` (default: the target); ABSENT removes the member. */
    embed(value, at = this.depth) {
        let cur = value;
        for (let j = at - 1; j >= 0; j--) {
            const via = this.levels[j + 1].via;
            const container = this.spine[j];
            if ('index' in via) {
                const copy = [...container];
                if (cur === ABSENT)
                    copy.splice(via.index, 1);
                else if (via.every)
                    copy.fill(cur);
                else
                    copy[via.index] = cur;
                cur = copy;
            }
            else if ('key' in via) {
                const copy = copyObj(container);
                if (cur === ABSENT)
                    delete copy[via.key];
                else
                    (0,witness_schema/* setOwn */.P5)(copy, via.key, cur);
                cur = copy;
            }
            else {
                // propertyNames: the candidate is a member's name, replacing the skeleton's one (beside it
                // when that one is required)
                if (typeof cur !== 'string')
                    return undefined;
                const copy = copyObj(container);
                if (typeof this.base === 'string' && !this.requires(j, this.base))
                    delete copy[this.base];
                cur = this.withKey(j, copy, cur);
            }
        }
        return cur === ABSENT ? undefined : cur;
    }
    /** Whether a schema of level j requires the member `name`. */
    requires(j, name) {
        const conj = this.gen.flatten(this.levels[j].nodes)?.conj ?? [];
        return conj.some((c) => Array.isArray(c.required) && c.required.includes(name));
    }
    /** `obj` with a member named `name`, valued as level j's schemas require. */
    withKey(j, obj, name) {
        const conj = this.gen.flatten(this.levels[j].nodes)?.conj ?? [];
        const v = this.gen.value((0,witness_schema/* propertySchemas */.M3)(conj, name));
        const out = copyObj(obj);
        (0,witness_schema/* setOwn */.P5)(out, name, v === NONE ? null : v);
        return out;
    }
}
function copyObj(o) {
    const out = {};
    for (const k of Object.keys(o))
        (0,witness_schema/* setOwn */.P5)(out, k, o[k]);
    return out;
}

;// CONCATENATED MODULE: ./lib/evolution/witness/site.js
// The site the witness candidates aim at: the changed node in the live and the new document (and
// the pointers' tokens below each), and which of its keywords the change touches.

/** The keywords whose change the candidates should aim at: the tails, then what differs between the two focus nodes. */
function interestingKeywords(site) {
    const out = [];
    const add = (k) => {
        if (k !== undefined && !out.includes(k))
            out.push(k);
    };
    add(site.tail[0]);
    add(site.newTail[0]);
    const o = site.focus;
    const n = site.newFocus;
    if ((0,witness_schema/* isObj */.sA)(o) && (0,witness_schema/* isObj */.sA)(n)) {
        for (const k of new Set([...Object.keys(o), ...Object.keys(n)]))
            if (differs(o[k], n[k]))
                add(k);
    }
    return out;
}
/** Do two keyword values differ? (Cheap for the common cases: a 100,000-value enum is not serialised to compare.) */
function differs(a, b) {
    if (a === b)
        return false;
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return true;
    return (0,witness_schema/* valueKey */.zV)(a) !== (0,witness_schema/* valueKey */.zV)(b);
}

;// CONCATENATED MODULE: ./lib/evolution/witness/candidates.js
// Candidate values for the changed node, most telling first: for each keyword family the values
// at the edge of what the live schema allows (a type the new schema dropped, a string of exactly
// the old maxLength, the old maximum, a removed enum value, an object with a member the new
// closed schema dropped or without a newly required one, an array of the old maxItems, a value of
// an overlapping new oneOf branch...), then generic ones (each type's usual values, empty and
// large strings/arrays/objects) so unknown and future kinds still get witnesses. None of these is
// trusted: ajv checks every event built from them against both documents.
// The families live in ./scalar-candidates.ts (type, enum, string, number), ./object-candidates.ts,
// ./array-candidates.ts and ./combinator-candidates.ts; this module orders them per change.








const FAMILY_OF = {
    type: 'type',
    minLength: 'string',
    maxLength: 'string',
    pattern: 'string',
    format: 'string',
    contentEncoding: 'string',
    contentMediaType: 'string',
    minimum: 'number',
    maximum: 'number',
    exclusiveMinimum: 'number',
    exclusiveMaximum: 'number',
    multipleOf: 'number',
    enum: 'enum',
    const: 'enum',
    properties: 'object',
    required: 'object',
    additionalProperties: 'object',
    patternProperties: 'object',
    minProperties: 'object',
    maxProperties: 'object',
    dependencies: 'object',
    propertyNames: 'object',
    items: 'array',
    additionalItems: 'array',
    minItems: 'array',
    maxItems: 'array',
    uniqueItems: 'array',
    contains: 'array',
    allOf: 'combinator',
    anyOf: 'combinator',
    oneOf: 'combinator',
    not: 'combinator',
    if: 'combinator',
    then: 'combinator',
    else: 'combinator',
};
const ALL_FAMILIES = ['type', 'enum', 'string', 'number', 'object', 'array', 'combinator'];
/** Candidates at the target location, in order, not deduplicated. */
function* targetCandidates(site) {
    const { plan } = site;
    const level = plan.levels[plan.depth];
    const isKey = level.via !== undefined && 'key' in level.via;
    const keywords = interestingKeywords(site);
    const families = [...new Set([...keywords.map((k) => FAMILY_OF[k]).filter((f) => f !== undefined)])];
    // A member's absence: first when the change is about requiring it, early when it is about the whole member.
    if (isKey && keywords.includes('required'))
        yield ABSENT;
    if (plan.base !== NONE)
        yield plan.base;
    if (site.exclusive)
        yield* newFocusValues(site);
    for (const f of families)
        yield* family(f, site);
    if (isKey && (site.tail.length === 0 || keywords.includes('dependencies')))
        yield ABSENT;
    for (const f of ALL_FAMILIES)
        if (!families.includes(f))
            yield* family(f, site);
    yield* newFocusValues(site);
    yield* genericValues(plan.gen, level.nodes);
    if (isKey)
        yield ABSENT;
}
/** Candidates replacing a whole container above the target (used when the target alone finds nothing). */
function* ancestorCandidates(gen, nodes) {
    const conj = gen.flatten(nodes)?.conj ?? [];
    yield* gen.values(nodes, {}, 2);
    yield* objectVariants(gen, nodes, conj, undefined, undefined);
    yield* arrayVariants(gen, nodes, conj, undefined, undefined);
    yield* genericValues(gen, nodes);
}
function* family(f, site) {
    const { plan } = site;
    const nodes = plan.levels[plan.depth].nodes;
    const gen = plan.gen;
    const conj = gen.flatten(nodes)?.conj ?? [];
    const o = (0,witness_schema/* isObj */.sA)(site.focus) ? site.focus : undefined;
    const n = (0,witness_schema/* isObj */.sA)(site.newFocus) ? site.newFocus : undefined;
    switch (f) {
        case 'type':
            yield* typeValues(gen, nodes, o, n);
            return;
        case 'enum':
            yield* enumValues(o, n, conj);
            return;
        case 'string':
            yield* scalar_candidates_stringValues(conj, o, n);
            return;
        case 'number':
            yield* numberCandidates(conj, o, n);
            return;
        case 'object':
            yield* objectVariants(gen, nodes, conj, o, n);
            return;
        case 'array':
            yield* arrayVariants(gen, nodes, conj, o, n);
            return;
        case 'combinator':
            yield* combinatorValues(site, nodes, o, n);
            return;
    }
}
/** The usual values: valid ones of each type the location allows, then fixed values of every type. */
function* genericValues(gen, nodes) {
    yield* gen.values(nodes, {}, 3);
    for (const t of witness_schema/* JSON_TYPES */.J_)
        yield* gen.values(nodes, { types: [t] }, 2);
    yield* GENERIC_VALUES;
    yield 'a'.repeat(256);
    yield Array.from({ length: 100 }, () => 'example');
}

// EXTERNAL MODULE: ./lib/evolution/witness/refs.js
var refs = __webpack_require__(23511);
;// CONCATENATED MODULE: ./lib/evolution/witness/locate.js
// Targeting: from a schema pointer (a Change's oldPointer) to the place in an event where the
// difference shows. The pointer's tokens are walked iteratively: properties/N -> member N,
// items -> element 0, items/i -> element i, additionalItems -> the element after the tuple,
// additionalProperties -> a fresh member, patternProperties/P -> a member whose name matches P,
// propertyNames -> a member's name, allOf/anyOf/oneOf/i, not, if/then/else, dependencies/N ->
// the same place (taking that branch). A pointer into `definitions/X` is reached through the
// `$ref`s that use it: a breadth-first search from the root (bounded) finds the shortest uses.



/** Most uses of a definition tried. */
const MAX_USES = 3;
/** Schema nodes visited looking for the uses of a definition. */
const MAX_SEARCH = 50_000;
/**
 * One descent from schema `s` by the tokens at `i`: [tokens consumed, step, child], or undefined
 * when the tokens do not name an existing subschema.
 */
function descend(s, tokens, i) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const sub = (v) => (0,witness_schema/* isObj */.sA)(v) || typeof v === 'boolean';
    switch (t) {
        case 'properties': {
            if (next === undefined || !(0,witness_schema/* isObj */.sA)(s.properties))
                return next === undefined ? undefined : [2, { t: 'key', key: next, node: undefined }, undefined];
            const child = (0,witness_schema/* own */.ZV)(s.properties, next);
            return [2, { t: 'key', key: next, node: child }, child];
        }
        case 'patternProperties': {
            const child = next === undefined ? undefined : (0,witness_schema/* own */.ZV)(s.patternProperties, next);
            return sub(child) ? [2, { t: 'patternKey', pattern: next, node: child }, child] : undefined;
        }
        case 'additionalProperties':
            return sub(s.additionalProperties)
                ? [1, { t: 'extraKey', node: s.additionalProperties }, s.additionalProperties]
                : undefined;
        case 'propertyNames':
            return sub(s.propertyNames) ? [1, { t: 'keyName', node: s.propertyNames }, s.propertyNames] : undefined;
        case 'items': {
            if (Array.isArray(s.items)) {
                if (next === undefined || !/^\d+$/.test(next) || !sub(s.items[Number(next)]))
                    return undefined;
                return [2, { t: 'item', index: Number(next), node: s.items[Number(next)] }, s.items[Number(next)]];
            }
            return sub(s.items) ? [1, { t: 'item', index: 0, node: s.items }, s.items] : undefined;
        }
        case 'additionalItems':
            return sub(s.additionalItems)
                ? [
                    1,
                    { t: 'item', index: Array.isArray(s.items) ? s.items.length : 0, node: s.additionalItems },
                    s.additionalItems,
                ]
                : undefined;
        case 'contains':
            return sub(s.contains) ? [1, { t: 'item', index: 'contains', node: s.contains }, s.contains] : undefined;
        case 'allOf':
        case 'anyOf':
        case 'oneOf': {
            const arr = s[t];
            if (!Array.isArray(arr) || next === undefined || !/^\d+$/.test(next) || !sub(arr[Number(next)]))
                return undefined;
            const node = arr[Number(next)];
            const step = t === 'allOf' ? { t: 'same', via: 'allOf', node, owner: s } : { t: 'branch', arr, index: Number(next), node };
            return [2, step, node];
        }
        case 'not':
        case 'if':
        case 'then':
        case 'else':
            return sub(s[t]) ? [1, { t: 'same', via: t, node: s[t], owner: s }, s[t]] : undefined;
        case 'dependencies': {
            const child = next === undefined ? undefined : (0,witness_schema/* own */.ZV)(s.dependencies, next);
            return sub(child) ? [2, { t: 'same', via: 'dependency', node: child, owner: s, key: next }, child] : undefined;
        }
        case 'definitions':
        case '$defs': {
            const child = next === undefined ? undefined : (0,witness_schema/* own */.ZV)(s[t], next);
            return sub(child) ? [2, 'jump', child] : undefined;
        }
        default:
            return undefined;
    }
}
/** Walk the pointer's tokens literally through the document (iteratively). */
function walkTokens(root, tokens) {
    let node = root;
    let steps = [];
    let jump;
    let i = 0;
    while (i < tokens.length && (0,witness_schema/* isObj */.sA)(node)) {
        const d = descend(node, tokens, i);
        if (!d)
            break;
        const [n, step, child] = d;
        if (step === 'jump') {
            jump = tokens
                .slice(0, i + n)
                .map((t) => '/' + (0,core_pointer/* escapeToken */.tj)(t))
                .join('');
            steps = [];
        }
        else
            steps.push(step);
        i += n;
        node = child;
        if (child === undefined)
            break; // a property the document does not declare
    }
    return { steps, node, tail: tokens.slice(i), ...(jump !== undefined ? { jump } : {}) };
}
/** The deepest schema node a pointer names in a document, and the tokens left below it. */
function nodeAt(root, pointer) {
    let tokens;
    try {
        tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        return { node: root, tail: [] };
    }
    const w = walkTokens(root, tokens);
    return { node: w.node, tail: w.tail };
}
/** The places in an event that the schema pointer governs: one target per use (at most MAX_USES). */
function locate(root, pointer) {
    let tokens;
    try {
        tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        return { reason: `the change's location (${JSON.stringify(pointer)}) is not a JSON pointer` };
    }
    const w = walkTokens(root, tokens);
    if (w.jump === undefined)
        return { targets: [{ steps: w.steps, focus: w.node, tail: w.tail }] };
    const uses = findUses(root, w.jump);
    if (uses.length === 0)
        return { reason: `the changed definition (${w.jump}) is not used by the event schema` };
    return { targets: uses.map((prefix) => ({ steps: [...prefix, ...w.steps], focus: w.node, tail: w.tail })) };
}
/** Every subschema edge of `s`, as the steps the walker would take. */
function* edges(s) {
    const sub = (v) => (0,witness_schema/* isObj */.sA)(v) || typeof v === 'boolean';
    if ((0,witness_schema/* isObj */.sA)(s.properties))
        for (const [k, v] of Object.entries(s.properties))
            if (sub(v))
                yield [`/properties/${(0,core_pointer/* escapeToken */.tj)(k)}`, { t: 'key', key: k, node: v }, v];
    if ((0,witness_schema/* isObj */.sA)(s.patternProperties)) {
        for (const [k, v] of Object.entries(s.patternProperties))
            if (sub(v))
                yield [`/patternProperties/${(0,core_pointer/* escapeToken */.tj)(k)}`, { t: 'patternKey', pattern: k, node: v }, v];
    }
    if (sub(s.additionalProperties))
        yield ['/additionalProperties', { t: 'extraKey', node: s.additionalProperties }, s.additionalProperties];
    if (sub(s.propertyNames))
        yield ['/propertyNames', { t: 'keyName', node: s.propertyNames }, s.propertyNames];
    if (Array.isArray(s.items)) {
        for (let i = 0; i < s.items.length; i++)
            if (sub(s.items[i]))
                yield [`/items/${i}`, { t: 'item', index: i, node: s.items[i] }, s.items[i]];
        if (sub(s.additionalItems))
            yield ['/additionalItems', { t: 'item', index: s.items.length, node: s.additionalItems }, s.additionalItems];
    }
    else if (sub(s.items))
        yield ['/items', { t: 'item', index: 0, node: s.items }, s.items];
    if (sub(s.contains))
        yield ['/contains', { t: 'item', index: 'contains', node: s.contains }, s.contains];
    for (const kw of ['allOf', 'anyOf', 'oneOf']) {
        const arr = s[kw];
        if (!Array.isArray(arr))
            continue;
        for (let i = 0; i < arr.length; i++) {
            const node = arr[i];
            if (!sub(node))
                continue;
            yield [
                `/${kw}/${i}`,
                kw === 'allOf' ? { t: 'same', via: 'allOf', node, owner: s } : { t: 'branch', arr, index: i, node },
                node,
            ];
        }
    }
    for (const kw of ['not', 'if', 'then', 'else'])
        if (sub(s[kw]))
            yield [`/${kw}`, { t: 'same', via: kw, node: s[kw], owner: s }, s[kw]];
    if ((0,witness_schema/* isObj */.sA)(s.dependencies)) {
        for (const [k, v] of Object.entries(s.dependencies)) {
            if (sub(v))
                yield [`/dependencies/${(0,core_pointer/* escapeToken */.tj)(k)}`, { t: 'same', via: 'dependency', node: v, owner: s, key: k }, v];
        }
    }
}
/** Shortest step lists from the root to the uses of the definition at `target` (breadth-first, bounded). */
function findUses(root, target) {
    const queue = [{ ptr: '', node: root, prev: -1, step: null }];
    const visited = new Set(['']);
    // (references are followed by base URI, as ajv does: the definition is found as a node)
    let targetNode;
    try {
        targetNode = (0,core_pointer/* resolvePointer */.cj)(root, target);
    }
    catch {
        return [];
    }
    const entered = new Set([root]);
    const found = [];
    const chain = (at, last) => {
        const out = [last];
        for (let k = at; k >= 0 && queue[k].step; k = queue[k].prev)
            out.push(queue[k].step);
        return out.reverse();
    };
    for (let qi = 0; qi < queue.length && found.length < MAX_USES && queue.length < MAX_SEARCH; qi++) {
        const { ptr, node: s } = queue[qi];
        if (!(0,witness_schema/* isObj */.sA)(s))
            continue;
        if (s.$ref !== undefined) {
            // draft-07: a $ref's siblings are ignored
            const node = (0,refs/* refTarget */.L)(root, s);
            if (node === undefined)
                continue;
            const step = { t: 'same', via: 'ref', node, owner: s };
            if (node === targetNode)
                found.push(chain(qi, step));
            else if (!entered.has(node)) {
                entered.add(node);
                // (a fresh name for the visited set: the same pointer text can name other nodes in another `$id` scope)
                queue.push({ ptr: `@${qi}`, node, prev: qi, step });
            }
            continue;
        }
        for (const [rel, step, child] of edges(s)) {
            const p = ptr + rel;
            if (visited.has(p))
                continue;
            visited.add(p);
            queue.push({ ptr: p, node: child, prev: qi, step });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./lib/lint/regex.js
var lint_regex = __webpack_require__(18986);
;// CONCATENATED MODULE: ./lib/evolution/witness/attribute.js
// Attribution: an event the new schema rejects only shows THIS change if the new schema's
// complaints are about the changed node. When a version makes several changes, a small event
// built for one (say a type change) may also lack a member another change made required; shown
// as the witness of the first, it would mislead. So each rejection is read from ajv's errors:
// an error is explained when its schema path is at, below or above the changed node, or when it
// concerns the place in the event where the candidate was put. Unexplained errors are repaired
// (the offending member filled in, removed or replaced with a value the new schema accepts) and
// the event is checked again; ajv stays the judge.



/** Errors that only detail why a branch of a failed combinator failed: the combinator's own error is judged instead. */
function insideBranch(e) {
    const t = schemaTokens(e);
    for (let i = 0; i < t.length - 1; i++) {
        if ((t[i] === 'anyOf' || t[i] === 'oneOf') && /^\d+$/.test(t[i + 1]))
            return true;
        if (t[i] === 'contains')
            return true;
    }
    return false;
}
/**
 * ajv's schemaPath is a URI fragment: `#/patternProperties/%5Ex-/type`. Decoded once per distinct
 * path: the same few paths recur on every candidate (150 errors x hundreds of events).
 */
function schemaPointer(e) {
    return decoded(e.schemaPath).pointer;
}
function schemaTokens(e) {
    return decoded(e.schemaPath).tokens;
}
const decodedPaths = new Map();
function decoded(schemaPath) {
    let d = decodedPaths.get(schemaPath);
    if (d === undefined) {
        const raw = schemaPath.replace(/^#/, '');
        let pointer;
        try {
            pointer = decodeURIComponent(raw);
        }
        catch {
            pointer = raw;
        }
        let tokens;
        try {
            tokens = (0,core_pointer/* parsePointer */.vp)(pointer);
        }
        catch {
            tokens = [];
        }
        if (decodedPaths.size >= 10_000)
            decodedPaths.clear();
        d = { pointer, tokens };
        decodedPaths.set(schemaPath, d);
    }
    return d;
}
/** The instance pointer an error is about: the member it names for member keywords. */
function subject(e) {
    const p = e.params;
    const named = e.propertyName;
    let m;
    if (e.keyword === 'required' || e.keyword === 'dependencies')
        m = p.missingProperty;
    else if (e.keyword === 'additionalProperties')
        m = p.additionalProperty;
    else if (named !== undefined)
        m = named;
    return m === undefined
        ? { path: e.instancePath, member: false }
        : { path: `${e.instancePath}/${(0,core_pointer/* escapeToken */.tj)(m)}`, member: true };
}
const within = (p, base) => p === base || p.startsWith(base + '/');
/**
 * The errors of a rejection that the change does not explain.
 * @param changePointers the change's pointers (new document first)
 * @param location instance pointer where the candidate was put ('' for the whole event)
 *
 * A change of one keyword of a node (`.../maxItems`) explains the errors of that keyword only: an
 * error of a sibling keyword of the same node (a `uniqueItems` the same version added, say) is
 * another change's, even at the same place in the event, and so even when the change's other
 * pointer names the whole node.
 */
function unexplained(errors, changePointers, location) {
    const sites = keywordSites(changePointers);
    const owners = new Set(sites.map((k) => k.owner));
    const plain = changePointers.filter((c) => !owners.has(c));
    return errors.filter((e) => {
        if (insideBranch(e) || e.keyword === 'if' || e.keyword === 'propertyNames')
            return false; // summaries of errors judged on their own
        // (a `false` subschema's error is the node's own: `#/properties/b/false schema` is /properties/b)
        const sp = e.keyword === 'false schema' ? schemaPointer(e).replace(/\/false schema$/, '') : schemaPointer(e);
        if (sites.some((k) => k.paths.some((p) => within(sp, p))))
            return false;
        for (const c of plain)
            if (within(sp, c) || within(c, sp))
                return false;
        if (sites.some((k) => within(sp, k.owner) && sp !== k.owner))
            return true; // a sibling keyword: another change
        for (const c of owners)
            if (within(c, sp))
                return false; // above the change (e.g. a oneOf holding it)
        if (location === '')
            return true;
        const s = subject(e);
        if (within(s.path, location))
            return false;
        if (!s.member && within(location, s.path))
            return false; // about a container of the place (e.g. its oneOf)
        return true;
    });
}
/**
 * Keywords whose errors a change of the other one explains: they act together, or the engine
 * reports them as one (a one-member anyOf/oneOf is an allOf, a const is a one-value enum).
 */
const RELATED = {
    allOf: ['anyOf', 'oneOf'],
    anyOf: ['allOf', 'oneOf'],
    oneOf: ['allOf', 'anyOf'],
    const: ['enum'],
    enum: ['const'],
    items: ['additionalItems'],
    additionalItems: ['items'],
    if: ['then', 'else'],
    then: ['if'],
    else: ['if'],
    minimum: ['exclusiveMinimum'],
    exclusiveMinimum: ['minimum'],
    maximum: ['exclusiveMaximum'],
    exclusiveMaximum: ['maximum'],
};
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
const LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMA_KEYWORDS = new Set([
    'additionalProperties',
    'additionalItems',
    'propertyNames',
    'contains',
    'not',
    'if',
    'then',
    'else',
]);
/**
 * The pointers that end in a keyword of a schema node: that node, and the keyword's paths (its own
 * and related ones).
 */
function keywordSites(pointers) {
    const out = [];
    for (const p of pointers) {
        let tokens;
        try {
            tokens = (0,core_pointer/* parsePointer */.vp)(p);
        }
        catch {
            continue;
        }
        // Walk in schema positions: a keyword, then (for maps and lists) a name or index, then a node.
        let i = 0;
        let last;
        while (i < tokens.length) {
            const k = tokens[i];
            last = i;
            if (MAP_KEYWORDS.has(k) || LIST_KEYWORDS.has(k) || (k === 'items' && /^\d+$/.test(tokens[i + 1] ?? '')))
                i += 2;
            else if (k === 'items' || SUBSCHEMA_KEYWORDS.has(k))
                i += 1;
            else {
                i += 1;
                if (i < tokens.length)
                    last = undefined; // a leaf keyword's value: not a node path
                break;
            }
        }
        if (last === undefined || last !== tokens.length - 1)
            continue;
        const owner = tokens
            .slice(0, last)
            .map((t) => '/' + (0,core_pointer/* escapeToken */.tj)(t))
            .join('');
        const keyword = tokens[last];
        out.push({ owner, paths: [keyword, ...(RELATED[keyword] ?? [])].map((k) => `${owner}/${(0,core_pointer/* escapeToken */.tj)(k)}`) });
    }
    return out;
}
/**
 * Repair the event where the new schema's unexplained errors point, away from `location`:
 * add a missing member, drop an undeclared one, or replace a wrong value. Undefined when an error
 * cannot be repaired without touching the place of the candidate.
 */
function repair(event, errors, newDoc, newGen, location) {
    // One copy of the event, then edits in place: copying along the path for each error made a
    // repair of n errors on an n-member object cost n\u00b2 (150 type changes: minutes).
    let out = copyJson(event);
    for (const e of errors) {
        const s = subject(e);
        if (location !== '' && (within(s.path, location) || within(location, s.path)))
            return undefined;
        if (location === '' && s.path === '')
            return undefined;
        const owner = schemaTokens(e).slice(0, -1);
        const node = (0,core_pointer/* resolvePointer */.cj)(newDoc, owner.map((t) => '/' + (0,core_pointer/* escapeToken */.tj)(t)).join(''));
        let value;
        if (e.keyword === 'additionalProperties')
            value = REMOVE;
        else if (s.member) {
            const member = (0,core_pointer/* parsePointer */.vp)(s.path).at(-1);
            const conj = newGen.flatten([node])?.conj ?? [];
            value = newGen.value((0,witness_schema/* propertySchemas */.M3)(conj, member));
        }
        else
            value = newGen.value([node]);
        if (value === NONE)
            return undefined;
        // A copy: the generator may hand out the same value again, and later edits go in place.
        out = setIn(out, (0,core_pointer/* parsePointer */.vp)(s.path), value === REMOVE ? REMOVE : copyJson(value));
        if (out === undefined)
            return undefined;
    }
    return out;
}
const REMOVE = Symbol('remove');
/** A deep copy of plain JSON data (own members only, `__proto__` included as a member). */
function copyJson(v) {
    if (Array.isArray(v))
        return v.map(copyJson);
    if (!(0,witness_schema/* isObj */.sA)(v))
        return v;
    const out = {};
    for (const k of Object.keys(v))
        (0,witness_schema/* setOwn */.P5)(out, k, copyJson(v[k]));
    return out;
}
/**
 * `root` (owned by the caller: edited in place) with the value at `path` replaced or removed;
 * undefined when impossible.
 */
function setIn(root, path, value) {
    if (path.length === 0)
        return value === REMOVE ? undefined : value;
    const [head, ...rest] = path;
    if (Array.isArray(root)) {
        const i = Number(head);
        if (!Number.isInteger(i) || i < 0 || i > root.length)
            return undefined;
        const next = setIn(root[i], rest, value);
        if (next === undefined) {
            if (rest.length > 0 || value !== REMOVE)
                return undefined;
            root.splice(i, 1);
        }
        else
            root[i] = next;
        return root;
    }
    if (!(0,witness_schema/* isObj */.sA)(root))
        return undefined;
    if (rest.length === 0 && value === REMOVE) {
        delete root[head];
        return root;
    }
    const next = setIn((0,witness_schema/* has */.zy)(root, head) ? root[head] : rest.length > 0 ? {} : undefined, rest, value);
    if (next === undefined)
        return undefined;
    (0,witness_schema/* setOwn */.P5)(root, head, next);
    return root;
}

;// CONCATENATED MODULE: ./lib/evolution/witness/search.js
// One witness search's bookkeeping: the events tried, the work budget charged, and the test of one
// event (valid under the live schema, rejected by the new one for this change's reason, repaired
// when other changes of the same version spoil it). The strategy that proposes events is ./index.ts.


/**
 * Characters a rejection is charged per ajv error it reports (an error object costs about what
 * checking 60 characters of event does, measured on a 16,000-member schema).
 */
const ERROR_COST = 64;
/** Events checked with ajv per change, at most. */
const MAX_CANDIDATES = 300;
/** Rounds of repair of an event that the new schema rejects for reasons other than the change. */
const MAX_REPAIRS = 3;
/**
 * Events rejected for other changes' reasons and not repairable, per change, before giving up: the
 * other changes' places come from the same skeleton event, so more candidates meet the same
 * refusal. (A version changing all 150 required members' types tried 300 events of 150 members,
 * each with three rounds of repair, for each of its 150 changes.)
 */
const MAX_UNREPAIRED = 12;
class Search {
    oldV;
    newV;
    newDoc;
    newGen;
    pointers;
    budget;
    tried = 0;
    oldValid = 0;
    /** Rejections by the new schema that other changes explained, not this one. */
    misattributed = 0;
    /** Of those, the ones repair could not turn into a witness. */
    unrepaired = 0;
    /** The first other constraint that spoilt an event: `keyword` at its schema pointer. */
    spoiler;
    /** The validator itself failed on an event (e.g. a `$ref` loop that never reaches a value). */
    crashed;
    /** A regex the events reach that the ReDoS authority did not clear: the validator refuses to run it. */
    uncleared;
    seen = new Set();
    constructor(oldV, newV, newDoc, newGen, 
    /** The change's pointers: errors at, below or above them are the change's. */
    pointers, budget) {
        this.oldV = oldV;
        this.newV = newV;
        this.newDoc = newDoc;
        this.newGen = newGen;
        this.pointers = pointers;
        this.budget = budget;
    }
    get exhausted() {
        return (this.tried >= MAX_CANDIDATES ||
            this.unrepaired >= MAX_UNREPAIRED ||
            this.crashed !== undefined ||
            this.uncleared !== undefined ||
            this.spent);
    }
    /** The work budget ran out during this search. */
    get spent() {
        return this.budget !== undefined && this.budget.left <= 0;
    }
    /** Charge one check of an event of `size` characters. */
    charge(size) {
        if (this.budget)
            this.budget.left -= size;
    }
    /**
     * One ajv check of `event` (`size` characters), charged its size and, when it fails, its
     * errors: with allErrors a small event missing n required members costs n error objects, so
     * the size alone let a schema of 16,000 required members check 300 small events a search.
     */
    valid(v, event, size) {
        this.charge(size);
        if (v.validate(event))
            return true;
        this.charge(v.errors().length * ERROR_COST);
        return false;
    }
    /** The witness `event` makes (possibly repaired elsewhere than `location`), or undefined. */
    test(event, location) {
        if (event === undefined || this.exhausted)
            return undefined;
        let key;
        try {
            key = JSON.stringify(event); // (our events are built deterministically: no need to sort keys)
        }
        catch {
            return undefined; // too deep to serialise
        }
        if (this.seen.has(key))
            return undefined;
        this.seen.add(key);
        this.tried++;
        // (a repaired event is about the size of the one it repairs: each check is charged that size)
        const size = key.length;
        try {
            if (!this.valid(this.oldV, event, size))
                return undefined;
            this.oldValid++;
            if (this.valid(this.newV, event, size))
                return undefined;
            let errors = unexplained(this.newV.errors(), this.pointers, location);
            if (errors.length === 0)
                return event;
            this.misattributed++;
            this.spoiler ??= spoilerOf(errors[0]);
            let cur = event;
            for (let round = 0; round < MAX_REPAIRS && !this.spent; round++) {
                cur = repair(cur, errors, this.newDoc, this.newGen, location);
                if (cur === undefined || !this.valid(this.oldV, cur, size) || this.valid(this.newV, cur, size))
                    break;
                errors = unexplained(this.newV.errors(), this.pointers, location);
                if (errors.length === 0)
                    return cur;
            }
            this.unrepaired++;
            return undefined;
        }
        catch (e) {
            if (e instanceof lint_regex/* UnclearedRegexError */.By)
                this.uncleared = e.pattern;
            else
                this.crashed = e instanceof RangeError ? 'it recurses without end' : e instanceof Error ? e.message : String(e);
            return undefined;
        }
    }
}
/** `uniqueItems` at /properties/a: which other constraint rejected an event (for the reason text). */
function spoilerOf(e) {
    let at = e.schemaPath.replace(/^#/, '');
    try {
        at = decodeURIComponent(at);
    }
    catch {
        /* keep it as written */
    }
    at = at.replace(/\/(?:false schema|[^/]*)$/, '');
    return `\`${e.keyword}\` at ${at === '' ? 'the root' : at}`;
}

// EXTERNAL MODULE: ./lib/lint/validators.js
var validators = __webpack_require__(24518);
;// CONCATENATED MODULE: ./lib/evolution/witness/index.js
// Witnesses: for a backward-breaking change, a concrete event the live schema accepts and the
// new one rejects, checked with ajv against both. Never invented: when no candidate passes both
// checks, the result says why none was found.
//
// How: the change's oldPointer is mapped to a place in an event (./locate.ts); a small valid
// event is built around that place (./plan.ts); candidate values for the place (./candidates.ts),
// then for the containers above it, are put in and each event is checked with ajv (./validators.ts)
// until one is valid under the old document and invalid under the new, for a reason this change
// explains (./attribute.ts: with several changes in one version, an event rejected only because
// of another change would mislead; such events are repaired elsewhere or dropped). Bounded by
// MAX_CANDIDATES events per change; never throws (a witness is an illustration, not a verdict).











const none = (why, reason) => ({ found: false, why, reason });

/**
 * Characters of JSON a search pays before its first event: it plans and builds a skeleton of about
 * the documents' size.
 */
function searchBaseCost(oldDoc, newDoc) {
    try {
        return (JSON.stringify(oldDoc)?.length ?? 0) + (JSON.stringify(newDoc)?.length ?? 0);
    }
    catch {
        return 0; // too deep to serialise: the search fails on it at once
    }
}
/**
 * A witness of `change`, or why there is none. With a budget, the search stops when it runs out
 * (the result then has `spent`); `baseCost` (see searchBaseCost) is charged up front.
 */
function findWitness(oldDoc, newDoc, change, budget, baseCost = 0) {
    const oldV = (0,validators/* compiled */.QO)(oldDoc);
    if (!oldV.ok)
        return none('uncompilable', `the live schema could not be compiled: ${oldV.error}`);
    const newV = (0,validators/* compiled */.QO)(newDoc);
    if (!newV.ok)
        return none('uncompilable', `the new schema could not be compiled: ${newV.error}`);
    if (budget)
        budget.left -= baseCost;
    try {
        return withCheckBudget(budget, () => searchWitness(oldDoc, newDoc, change, oldV, newV, budget));
    }
    catch (e) {
        // A witness is an illustration: its failure must never stop the check.
        if (e instanceof RangeError)
            return none('failed', 'the schema is nested too deeply to build example events');
        return none('failed', `the example generator failed: ${e instanceof Error ? e.message : String(e)}`);
    }
}
function searchWitness(oldDoc, newDoc, change, oldV, newV, budget) {
    const silent = uncheckedDifference(oldDoc, newDoc, change);
    if (silent)
        return none('impossible', `the validator does not check ${silent}, so no event can show the difference`);
    const newGen = new ValueGen(newDoc);
    const search = new Search(oldV, newV, newDoc, newGen, changePointers(change), budget);
    const found = (event) => ({ found: true, event: structuredClone(event) });
    const targets = targetsOf(oldDoc, change);
    if (!Array.isArray(targets)) {
        // Not reachable through the pointers: whole events may still show it (ajv decides).
        for (const v of ancestorCandidates(new ValueGen(oldDoc), [oldDoc])) {
            const w = search.test(v, '');
            if (w !== undefined)
                return found(w);
            if (search.exhausted)
                break;
        }
        return notFound(search, { why: 'impossible', reason: targets.reason });
    }
    const newTokens = tokensOf(change.pointer);
    const newExact = (0,witness_schema/* deref */.LA)(newDoc, nodeAt(newDoc, change.pointer).node);
    const share = Math.max(60, Math.floor((MAX_CANDIDATES * 0.8) / targets.length));
    const plans = [];
    for (const { target, tokens } of targets) {
        const plan = new Plan(oldDoc, target);
        plan.build();
        plans.push(plan);
        // The new node at the place of the old focus (the two pointers share their structure).
        const cut = Math.max(0, tokens.length - target.tail.length);
        const parallel = nodeAt(newDoc, (0,core_pointer/* toPointer */.rb)(newTokens.slice(0, cut)));
        const site = {
            plan,
            newGen,
            focus: (0,witness_schema/* deref */.LA)(oldDoc, target.focus),
            tail: target.tail,
            newFocus: (0,witness_schema/* deref */.LA)(newDoc, parallel.node),
            newTail: [...parallel.tail, ...newTokens.slice(cut)],
            newExact,
            exclusive: change.exclusive === true,
        };
        let used = 0;
        const location = plan.location();
        for (const v of targetCandidates(site)) {
            const w = search.test(plan.embed(v), location);
            if (w !== undefined)
                return found(w);
            if (search.exhausted || ++used >= share)
                break;
        }
    }
    // The change may show only through a container above it (a member's absence, a sibling).
    for (const plan of plans) {
        for (let j = plan.depth - 1; j >= 0 && !search.exhausted; j--) {
            const location = plan.location(j);
            for (const v of ancestorCandidates(plan.gen, plan.levels[j].nodes)) {
                const w = search.test(plan.embed(v, j), location);
                if (w !== undefined)
                    return found(w);
                if (search.exhausted)
                    break;
            }
        }
    }
    return notFound(search, explain(search, oldDoc, oldV.validate));
}
function notFound(search, { why, reason }) {
    if (!search.spent)
        return none(why, reason);
    return {
        found: false,
        why: 'budget',
        reason: `the budget for building example events ran out during this search (after ${search.tried} tries)`,
        spent: true,
    };
}
/**
 * Where to look: the places the oldPointer governs, then those the new pointer names in the old
 * document when it differs (a node shared by several places is reported at its first one).
 */
function targetsOf(oldDoc, change) {
    const primary = locate(oldDoc, change.oldPointer);
    const out = 'targets' in primary ? primary.targets.map((target) => ({ target, tokens: tokensOf(change.oldPointer) })) : [];
    if (change.pointer !== change.oldPointer) {
        const alt = locate(oldDoc, change.pointer);
        if ('targets' in alt) {
            for (const target of alt.targets) {
                const same = out.some((o) => sameTarget(o.target, target));
                if (!same)
                    out.push({ target, tokens: tokensOf(change.pointer) });
            }
        }
    }
    if (out.length === 0)
        return 'reason' in primary ? primary : { reason: 'the changed node is not reachable from the event root' };
    return out;
}
function sameTarget(a, b) {
    if (a.focus !== b.focus || a.tail.join('/') !== b.tail.join('/') || a.steps.length !== b.steps.length)
        return false;
    return a.steps.every((s, i) => {
        const t = b.steps[i];
        return (s.t === t.t &&
            s.node === t.node &&
            JSON.stringify([s.t === 'key' && s.key, s.t === 'item' && s.index]) ===
                JSON.stringify([t.t === 'key' && t.key, t.t === 'item' && t.index]));
    });
}
function explain(search, oldDoc, oldValidate) {
    if (search.uncleared !== undefined) {
        return {
            why: 'failed',
            reason: `the events tried reach the regex ${(0,context/* show */.WU)(search.uncleared)}, which the ReDoS checker did not clear, so it is not run on them`,
        };
    }
    if (search.crashed !== undefined)
        return { why: 'failed', reason: `the validator fails on events for these schemas: ${search.crashed}` };
    const limit = search.exhausted ? ` (stopped after ${search.tried} tries)` : '';
    if (search.oldValid === 0) {
        const any = new ValueGen(oldDoc).value([oldDoc]);
        if (any === NONE || !safely(oldValidate, any)) {
            return {
                why: 'not-found',
                reason: 'no event that the live schema accepts could be built at all (it may accept none, e.g. through a required property that recurses without end)',
            };
        }
        return {
            why: 'not-found',
            reason: `no event accepted by the live schema could be built around the changed node${limit}; the change may only affect events that also violate other constraints`,
        };
    }
    if (search.misattributed > 0) {
        const by = search.spoiler === undefined
            ? 'other changes in this version'
            : `another change of this version: ${search.spoiler}`;
        return {
            why: 'other-changes',
            reason: `every event tried that the new schema rejects is also rejected for ${by}, and could not be repaired${limit}`,
        };
    }
    const tried = search.oldValid === 1
        ? 'the one example event the live schema accepted is'
        : `all ${search.oldValid} example events the live schema accepted are`;
    return {
        why: 'not-found',
        reason: `${tried} accepted by the new schema too${limit}; the change only affects events that also violate other constraints, or none`,
    };
}
/** Where the change is, in schema terms; a changed `if` also owns its then/else branches. */
function changePointers(change) {
    const out = new Set([change.pointer, change.oldPointer]);
    for (const p of [change.pointer, change.oldPointer]) {
        if (p.endsWith('/if'))
            out.add(p.slice(0, -3) + '/then').add(p.slice(0, -3) + '/else');
    }
    return [...out];
}
function safely(validate, event) {
    try {
        return validate(event);
    }
    catch {
        return false;
    }
}
function tokensOf(pointer) {
    try {
        return (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        return [];
    }
}
/**
 * When the changed node differs between the two documents only in keywords the validator does
 * not check (format, annotations, unknown keywords), those keywords (quoted, joined); else undefined.
 */
function uncheckedDifference(oldDoc, newDoc, change) {
    const oldAt = nodeAt(oldDoc, change.oldPointer);
    const newAt = nodeAt(newDoc, change.pointer);
    // A change of one keyword of a node (e.g. /properties/s/format, /cxoneVersion): that keyword decides.
    const keyword = [oldAt.tail, newAt.tail].find((t) => t.length > 0);
    const a = oldAt.node;
    const b = newAt.node;
    const values = (k) => [(0,witness_schema/* isObj */.sA)(a) ? a[k] : undefined, (0,witness_schema/* isObj */.sA)(b) ? b[k] : undefined];
    const shown = (k) => k === 'format'
        ? `\`format\` ${values(k)
            .filter((v) => v !== undefined)
            .map((v) => JSON.stringify(v))
            .join(' / ')}`
        : `\`${k}\``;
    if (keyword)
        return keyword.length === 1 && !(0,validators/* checksKeyword */.x1)(keyword[0], values(keyword[0])) ? shown(keyword[0]) : undefined;
    if (!(0,witness_schema/* isObj */.sA)(a) || !(0,witness_schema/* isObj */.sA)(b))
        return undefined;
    const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => differs(a[k], b[k]));
    if (changed.length === 0 || changed.some((k) => (0,validators/* checksKeyword */.x1)(k, values(k))))
        return undefined;
    return changed.map(shown).join(', ');
}

;// CONCATENATED MODULE: ./lib/evolution/judge.js
// Turn changes into findings under a policy (verdicts from the table in ./policy.ts), with a
// witness event for every change that breaks old events.







/**
 * Work the witness searches of one contract may do, in work units: characters of events checked
 * (see WorkBudget in ./witness/search.ts), plus the compilation of the two documents
 * (COMPILE_WORK_PER_CHAR). Each search is linear in the event's size, and a version may make one
 * breaking change per member: without a bound, n changes cost n searches of n members (2,500
 * added required members: over a minute). Deterministic, unlike a clock: about 4 million units a
 * second were measured, so a contract's witnesses cost well under a second; real versions (at
 * most 150 members, a few changes, events of a few hundred characters) spend under 1% of it.
 */
const CONTRACT_WITNESS_WORK = 3_000_000;
/** The same, for all contracts of a run together (when the caller shares a witnessBudget). */
const RUN_WITNESS_WORK = 10_000_000;
/** The most one change's search may spend: a contract's budget is not spent on its first change. */
const CHANGE_WITNESS_WORK = 500_000;
/**
 * Work units charged per character of the two documents for compiling them with ajv, once per
 * contract (measured: compiling costs 20 to 40 times checking an event of the same size; two
 * 40 KiB documents of deep members, patterns and `$ref`s took 0.3 to 1 s). A pair too large to
 * compile within the budget gets no witnesses, and each of its breaking changes says so.
 */
const COMPILE_WORK_PER_CHAR = 20;
function judgeChanges(changes, ctx) {
    return judgeEach(changes, ctx).flatMap(({ finding: f }) => (f ? [f] : []));
}
/** Each change with its finding under the policy (none when the change is fine). */
function judgeEach(changes, ctx) {
    const out = [];
    let spent = false;
    // The budget counts contracts: the first witness of this contract spends one, the rest are free.
    const spendWitness = (c) => {
        if (!c.witnessBudget || spent)
            return true;
        if (c.witnessBudget.contracts <= 0)
            return false;
        c.witnessBudget.contracts--;
        return (spent = true);
    };
    // The work budget: this contract's, within what is left of the run's. Undefined: none left.
    const work = { left: CONTRACT_WITNESS_WORK };
    let baseCost;
    // Asked once, at the first witness this contract would get (see ./ingestion.ts).
    let limit = null;
    const beyondLimits = () => {
        if (limit !== null)
            return limit;
        const own = ingestionLimitBroken(ctx.newDoc);
        const live = own ? undefined : ingestionLimitBroken(ctx.oldDoc);
        limit = own
            ? `the new schema breaks the platform's ingestion limits (\`${own}\`, which the lint reports)`
            : live
                ? `the live schema breaks the platform's ingestion limits (\`${live}\`)`
                : undefined;
        return limit;
    };
    // Compiling is paid once, by the first search; a pair that cannot pay it gets no searches.
    let compile = 'unpaid';
    const spend = (n, run) => {
        work.left -= n;
        if (run)
            run.work -= n;
    };
    const search = (change) => {
        const run = ctx.witnessBudget;
        if (run)
            run.work ??= RUN_WITNESS_WORK;
        let left = Math.min(work.left, run?.work ?? Infinity);
        if (left <= 0)
            return undefined;
        baseCost ??= searchBaseCost(ctx.oldDoc, ctx.newDoc);
        if (compile === 'unpaid') {
            const cost = baseCost * COMPILE_WORK_PER_CHAR;
            const said = (0,fan_out/* excessiveFanOut */.VP)(ctx.oldDoc) ?? (0,fan_out/* excessiveFanOut */.VP)(ctx.newDoc);
            if (said !== undefined) {
                compile = {
                    found: false,
                    why: 'budget',
                    reason: `one validation of an example event could evaluate subschemas ${said} (definitions that use each other more than once each), so none was tried`,
                    spent: true,
                };
            }
            else if (cost > left) {
                const kib = Math.ceil(baseCost / 1024);
                compile = {
                    found: false,
                    why: 'budget',
                    reason: `compiling the two schemas (${kib} KiB together) for example events would cost more than the work allowed for them`,
                    spent: true,
                };
            }
            else {
                spend(cost, run);
                left -= cost;
                compile = 'paid';
            }
        }
        if (compile !== 'paid')
            return compile;
        const budget = { left: Math.min(left, CHANGE_WITNESS_WORK) };
        const before = budget.left;
        const w = findWitness(ctx.oldDoc, ctx.newDoc, change, budget, baseCost);
        spend(before - budget.left, run);
        return w;
    };
    for (const change of changes) {
        const v = (0,policy/* verdict */.WJ)(change, ctx.policy);
        if (v === 'ok') {
            out.push({ change });
            continue;
        }
        const rule = (0,rules/* kindRule */.p)(change.kind);
        const f = (0,core_rule/* finding */.g)(rule, {
            message: change.message,
            file: ctx.file,
            pointer: change.pointer,
            contract: ctx.contract,
        });
        f.severity = v === 'breaking' ? 'error' : 'notice';
        if (v === 'breaking') {
            f.breaking = true;
            const info = kinds/* KINDS */.G[change.kind];
            if (!(0,policy/* breaksBackward */._Q)(change)) {
                f.help = noWitnessHelp(rule.fix, 'forward', 'example events are built for changes that reject live events; this one only breaks consumers still on the live schema');
            }
            else if (info.witness === false) {
                f.help = noWitnessHelp(rule.fix, 'uncompared', `${info.summary.replace(/\.$/, '')}; no event can show it`);
            }
            else if (ctx.oldDoc !== undefined) {
                const beyond = beyondLimits();
                if (beyond !== undefined) {
                    f.help = noWitnessHelp(rule.fix, 'ingestion', `${beyond}; events of that size never reach the platform`);
                }
                else if (!spendWitness(ctx)) {
                    f.help = noWitnessHelp(rule.fix, 'contracts', 'example events were built for the first contracts only; `cxone-contract diff LIVE NEW` shows one for this change');
                }
                else {
                    const w = search(change);
                    if (w === undefined)
                        f.help = noWitnessHelp(rule.fix, 'budget', 'the searches for earlier changes spent the work allowed for example events');
                    else if (w.found)
                        f.witness = w.event;
                    else
                        f.help = noWitnessHelp(rule.fix, w.why, w.reason);
                }
            }
        }
        out.push({ change, finding: f });
    }
    return out;
}
const WHY_LABEL = {
    budget: 'search budget',
    'other-changes': 'spoilt by other changes',
    impossible: 'none can exist',
    'not-found': 'none found',
    uncompilable: 'schema not compiled',
    failed: 'generator failed',
    ingestion: 'ingestion limits',
    contracts: 'first contracts only',
    forward: 'forward only',
    uncompared: 'not compared',
};
/** The finding's help: the rule's fix, then why no example event is given, in a form noWitnessNote reads back. */
function noWitnessHelp(fix, why, detail) {
    return `${fix} (No example event (${WHY_LABEL[why]}): ${detail}.)`;
}
/** From a finding's help, the note on its missing example event (`search budget: ...`), if any. */
function noWitnessNote(help) {
    const m = help === undefined ? null : /\(No example event \(([a-z ]+)\): (.*)\.\)$/s.exec(help);
    return m ? `${m[1]}: ${m[2]}` : undefined;
}


/***/ }),

/***/ 96190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ kindRules),
/* harmony export */   p: () => (/* binding */ kindRule)
/* harmony export */ });
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59636);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59399);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27507);
// Every change kind is a rule (its id is the kind): the registry and docs/rules.md list them with
// their verdict under each policy. The facts stay in ./kinds/; the Rule is built from them here.



function kindRule(kind) {
    const info = _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G[kind];
    const verdicts = _settings_types_js__WEBPACK_IMPORTED_MODULE_2__.POLICIES.map((p) => `${p}: ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .kindVerdict */ .eK)(kind, p)}`).join(', ');
    return {
        id: kind,
        severity: (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .kindVerdict */ .eK)(kind, 'additive') === 'notice' ? 'notice' : 'error',
        summary: info.summary,
        doc: `Backward compatible (old events stay valid): ${info.backward ? 'yes' : 'no'}. ` +
            `Forward compatible (new events valid under the old schema): ${info.forward ? 'yes' : 'no'}. ` +
            `Verdict per policy \u2014 ${verdicts}. Example: ${JSON.stringify(info.example.old)} \u2192 ${JSON.stringify(info.example.new)}.` +
            ('note' in info && info.note ? ` ${info.note}` : ''),
        fix: info.fix,
        raisedBy: info.raisedBy,
        test: info.test,
    };
}
/** Every change kind as a rule, in the order of KINDS. */
function kindRules() {
    return Object.keys(_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G).map(kindRule);
}


/***/ }),

/***/ 39329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ MAX_TOP_LEVEL_PROPERTIES),
/* harmony export */   J5: () => (/* binding */ checkLimits),
/* harmony export */   Z_: () => (/* binding */ MAX_SCHEMA_BYTES),
/* harmony export */   aO: () => (/* binding */ rules)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69546);
/* harmony import */ var _core_thousands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74468);
// payload-too-large and too-many-properties: the registry's ingestion limits (cxone-api.md).



const MAX_SCHEMA_BYTES = 262_144;
const MAX_TOP_LEVEL_PROPERTIES = 150;
const rules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    payloadTooLarge: {
        id: 'payload-too-large',
        raisedBy: () => checkLimits,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'The schema serialized as compact UTF-8 JSON is at most 256 KiB (262,144 bytes).',
        doc: 'The registry measures a schema as compact JSON in UTF-8 and rejects anything over 262,144 bytes with a 400. ' +
            'YAML comments and indentation do not count, but long descriptions, big enums and inlined copies of shared ' +
            'structures do.',
        fix: 'Shorten descriptions and enums, reuse shared structures through definitions and $ref, or split the event into several schemas.',
    },
    tooManyProperties: {
        id: 'too-many-properties',
        raisedBy: () => checkLimits,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'The schema declares at most 150 top-level properties.',
        doc: 'The registry rejects a schema with more than 150 top-level properties. Nested properties do not count, so ' +
            'grouping related fields into objects keeps a large event within the limit.',
        fix: 'Group related fields into nested objects (e.g. customer.*, agent.*) or split the event.',
    },
});
function checkLimits(contract) {
    const out = [];
    // Compact JSON, as the platform measures it; only data from YAML reaches here, so it serializes.
    const bytes = Buffer.byteLength(JSON.stringify(contract.doc), 'utf8');
    if (bytes > MAX_SCHEMA_BYTES) {
        out.push((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .report */ .z8)(rules.payloadTooLarge, contract, [], `schema is ${(0,_core_thousands_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .o)(bytes)} bytes as compact JSON; the platform accepts at most ${(0,_core_thousands_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .o)(MAX_SCHEMA_BYTES)} (256 KiB)`));
    }
    const props = contract.doc.properties;
    if ((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(props)) {
        const n = Object.keys(props).length;
        if (n > MAX_TOP_LEVEL_PROPERTIES) {
            out.push((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .report */ .z8)(rules.tooManyProperties, contract, ['properties'], `schema has ${n} top-level properties; the platform accepts at most ${MAX_TOP_LEVEL_PROPERTIES}`));
        }
    }
    return out;
}


/***/ }),

/***/ 55624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ walkSchema)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69546);
// Visit every subschema of a draft-07 schema, knowing which keys are keywords: in
// `properties: {type: {...}}` the key `type` is a property name, not the type keyword.
// Hot path (thousands of schemas, tens of nodes each): iterate a node's own keys, few per node,
// rather than probing every keyword.

/** How each applicator keyword holds its subschemas. */
const KEYWORDS = new Map([
    ['properties', 'map'],
    ['patternProperties', 'map'],
    ['definitions', 'map'],
    ['dependencies', 'map'], // values that are string lists are not records and are skipped
    ['additionalItems', 'one'],
    ['additionalProperties', 'one'],
    ['contains', 'one'],
    ['propertyNames', 'one'],
    ['not', 'one'],
    ['if', 'one'],
    ['then', 'one'],
    ['else', 'one'],
    ['allOf', 'list'],
    ['anyOf', 'list'],
    ['oneOf', 'list'],
    ['items', 'items'], // one schema, or a list (tuple form)
]);
/** Deeper than any real event; guards against pathological or self-referencing data. */
const MAX_DEPTH = 100;
function walkSchema(root, visit) {
    const path = [];
    const go = (node) => {
        if (!(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(node) || path.length > MAX_DEPTH)
            return;
        visit(node, path);
        for (const key in node) {
            const shape = KEYWORDS.get(key);
            if (shape === undefined)
                continue;
            const value = node[key];
            path.push(key);
            if (shape === 'one' || (shape === 'items' && !Array.isArray(value))) {
                go(value);
            }
            else if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    path.push(i);
                    go(value[i]);
                    path.pop();
                }
            }
            else if (shape === 'map' && (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)) {
                for (const name in value) {
                    path.push(name);
                    go(value[name]);
                    path.pop();
                }
            }
            path.pop();
        }
    };
    go(root);
}


/***/ }),

/***/ 24518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QO: () => (/* binding */ compiled),
/* harmony export */   x1: () => (/* binding */ checksKeyword)
/* harmony export */ });
/* unused harmony exports VALIDATION_KEYWORDS, ajvKnowsKeyword */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41398);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36214);
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38325);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18986);
/* harmony import */ var _schema_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55624);
/* harmony import */ var _core_formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96287);
/* harmony import */ var _validator_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22612);
// The one ajv compile of a user's schema: the lint validates the schema's examples with it
// (./schema/examples.ts) and the evolution judges every witness with it (../evolution/witness/), so
// a check compiles each document once, however many stages ask (compiling is most of what ajv costs:
// about 3 ms a schema on a cold start). Validators are cached per document object (a WeakMap: a
// document no longer used takes its validator with it). `format` is asserted, as the engine reads
// it (../core/formats.ts), so a witness never relies on a string the live schema's format would
// refuse. All errors are collected: a rejection is attributed to a change by reading them
// (../evolution/witness/attribute.ts), and the lint reports each problem of an example.
//
// Each document gets an ajv instance of its own (about 0.4 ms, against milliseconds to compile):
// `$ref`s then resolve the way ajv resolves them (`#` the root, `$id` scopes, plain-name anchors)
// with nothing registered by one document visible to another, so two versions with the same
// `$id`s cannot collide or resolve into each other. Not strict (user schemas carry platform keywords
// and annotations), no meta-validation (the lint's meta-schema reported structural problems).
//
// The bin keeps each compile's code between runs (./validator-cache.ts): ajv's standalone module of
// the validator, whose helpers (ajv's runtime functions, the formats, the regex engine) are handed
// in by name when it is loaded again, so it judges exactly as the compile did.









const cache = new WeakMap();
const FORMATS = Object.fromEntries(Object.entries(_core_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_CHECKS */ .gg).map(([name, validate]) => [name, { type: 'string', validate }]));
/** A CommonJS module's `exports.default`, whichever way the runtime or a bundler reads a default import of it. */
const defaultOf = (m) => m.default ?? m;
/**
 * What a kept validator's code may require, under the names the compile wrote: ajv's runtime
 * helpers (the code reads their `.default`), the formats (OPTIONS.code.formats) and the regex
 * engine (./regex.ts).
 */
const RUNTIME = {
    'ajv/dist/runtime/equal': { default: defaultOf(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_4__) },
    'ajv/dist/runtime/ucs2length': { default: defaultOf(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_5__) },
    'cxone-contract/formats': FORMATS,
    'cxone-contract/regexp': { guardedRegExp: _regex_js__WEBPACK_IMPORTED_MODULE_0__/* .guardedRegExp */ .ex },
};
const OPTIONS = {
    code: {
        // optimize: ajv's pass over generated code took more than half of compiling a wide schema
        // (8,100 members: 1.7 of 2.9 s) and saves little when checking events
        optimize: false,
        regExp: _regex_js__WEBPACK_IMPORTED_MODULE_0__/* .guardedRegExp */ .ex, // a regex the ReDoS authority did not clear never runs
        // What a validator's code is kept with, and how it names the formats (see RUNTIME).
        source: true,
        formats: (0,ajv__WEBPACK_IMPORTED_MODULE_6__._) `require("cxone-contract/formats")`,
    },
    strict: false,
    allErrors: true,
    validateFormats: true,
    formats: FORMATS,
    validateSchema: false,
    allowUnionTypes: true,
    logger: false, // unknown formats are ignored (see ./formats.ts), not announced on stderr
    // Events are JSON: `{}` holds no `toString` or `constructor` (ajv reads them from the prototype by default).
    ownProperties: true,
};
/** An instance for one document; `bare`: without the meta-schemas (so a document may even claim one's `$id`). */
function instance(bare = false) {
    return new ajv__WEBPACK_IMPORTED_MODULE_6__.Ajv(bare ? { ...OPTIONS, meta: false } : OPTIONS);
}
/** The compiled validator of a whole document, or why it cannot be compiled. */
function compiled(doc) {
    if (typeof doc === 'boolean')
        return { ok: true, validate: () => doc, errors: () => [] };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return { ok: false, error: 'it is not a JSON Schema object' };
    return (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_7__/* .memo */ .p)(cache, doc, compileDocument);
}
function compileDocument(given) {
    const doc = withoutAsync(given);
    const key = (0,_validator_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .validatorCacheInUse */ .PH)() ? exactJson(doc) : undefined;
    const kept = key === undefined ? undefined : keptValidator(key);
    if (kept)
        return judging(kept);
    try {
        // Without the meta-schemas first: adding them costs a quarter of compiling a typical schema,
        // and only a document that refers to one (`$ref` to the draft-07 URI) needs them.
        return compileWith(instance(true), doc, key);
    }
    catch (e) {
        const first = failure(e);
        if (!/resolve reference/.test(first.error))
            return first;
        try {
            return compileWith(instance(), doc, key);
        }
        catch (e2) {
            return failure(e2);
        }
    }
}
/**
 * The document as JSON when that text tells it apart from every other document and ajv's code of it
 * keeps it whole, else undefined (not kept): JSON writes NaN and the infinities (YAML's .nan, .inf)
 * as null, and -0 as 0; and ajv writes the schema into its code as object literals, where a
 * `__proto__` key sets the prototype instead of adding the key (a `const` or `enum` value with one
 * would no longer match).
 */
function exactJson(doc) {
    let exact = true;
    const text = JSON.stringify(doc, (key, value) => {
        if (key === '__proto__')
            exact = false;
        else if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)))
            exact = false;
        return value;
    });
    return exact ? text : undefined;
}
/** The validator kept for `key`, loaded with its helpers; undefined when none is or it fails to load. */
function keptValidator(key) {
    const code = (0,_validator_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .keptValidatorCode */ .Sq)(key);
    if (code === undefined)
        return undefined;
    try {
        const module = { exports: {} };
        const require = (id) => {
            if (!Object.hasOwn(RUNTIME, id))
                throw new Error(`a kept validator requires ${id}`);
            return RUNTIME[id];
        };
        // Code ajv generated from this very key (./validator-cache.ts), run as ajv runs what it compiles.
        new Function('require', 'module', 'exports', code)(require, module, module.exports);
        return typeof module.exports === 'function' ? module.exports : undefined;
    }
    catch {
        return undefined; // e.g. a pattern that no longer compiles: the compile reports it
    }
}
/** Keeps the compiled validator's code, when everything it requires is in RUNTIME. */
function keep(a, fn, key) {
    let code;
    try {
        code = ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_8__["default"](a, fn); // the function, whichever way a bundler reads a default import
    }
    catch {
        return; // a value ajv cannot write as code: compiled each time
    }
    for (const [, id] of code.matchAll(/\brequire\("([^"]*)"\)/g))
        if (!Object.hasOwn(RUNTIME, id))
            return;
    (0,_validator_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .keepValidatorCode */ .Pu)(key, code);
}
/**
 * The document without `$async`, at any depth: that keyword is ajv's, not draft-07's (the lint warns
 * that validators ignore it, unknown-keyword). At the root ajv would compile the document to a
 * function returning a promise (every event judged invalid, and an unhandled rejection per invalid
 * one, which ends the process); in a subschema it refuses to compile ("async schema in sync schema").
 * The document is copied only when it has one.
 */
function withoutAsync(doc) {
    let found = false;
    (0,_schema_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkSchema */ .r)(doc, (node) => (found ||= Object.hasOwn(node, '$async')));
    if (!found)
        return doc;
    const copy = structuredClone(doc);
    (0,_schema_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkSchema */ .r)(copy, (node) => delete node.$async);
    return copy;
}
function failure(e) {
    const missingRef = e?.missingRef;
    return { ok: false, error: describe(e), ...(typeof missingRef === 'string' ? { missingRef } : {}) };
}
function compileWith(a, doc, key) {
    const fn = a.compile(doc);
    if (key !== undefined)
        keep(a, fn, key);
    return judging(fn);
}
function judging(fn) {
    return { ok: true, validate: (event) => fn(event) === true, errors: () => fn.errors ?? [] };
}
/**
 * The keywords whose changes the compiled validator can show, as ajv (with OPTIONS) answers
 * getKeyword: a list, as building an instance only to ask costs a couple of milliseconds of a small
 * check. test/lint/validators.test.ts holds it to ajv's own answers.
 */
const VALIDATION_KEYWORDS = new Set(('$comment $ref additionalItems additionalProperties allOf anyOf const contains dependencies else enum ' +
    'exclusiveMaximum exclusiveMinimum format id if items maxItems maxLength maxProperties maximum minItems ' +
    'minLength minProperties minimum multipleOf not nullable oneOf pattern patternProperties properties ' +
    'propertyNames required then type uniqueItems').split(' '));
/** ajv's answer to getKeyword(keyword), with the options every validator is compiled with (for the test). */
const ajvKnowsKeyword = (keyword) => Boolean(instance().getKeyword(keyword));
/**
 * Does the validator check this keyword? `format` when it names a format of ./formats.ts (`values`:
 * the keyword's values in the two documents), and keywords ajv does not know (annotations, vendor
 * extensions, contentEncoding...) are ignored in non-strict mode: a change of those alone cannot
 * be shown by any event.
 */
function checksKeyword(keyword, values = []) {
    if (keyword === 'format')
        return values.some(_core_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .knownFormat */ .Xs);
    if (keyword === '$comment')
        return false;
    if (keyword === 'definitions' || keyword === '$defs')
        return true; // what the `$ref`s see
    return VALIDATION_KEYWORDS.has(keyword);
}
function describe(e) {
    if (e instanceof RangeError)
        return 'it is nested or recursive too deeply for the validator';
    const msg = e instanceof Error ? e.message : String(e);
    return msg.split('\n')[0].slice(0, 200);
}


/***/ })

};
;