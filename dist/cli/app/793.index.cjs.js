"use strict";
exports.id = 793;
exports.ids = [793];
exports.modules = {

/***/ 55082:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 62338:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 68511:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 32603:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 8011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _Q: () => (/* reexport */ policy/* breaksBackward */._Q),
  _e: () => (/* reexport */ engine/* compareSchemas */._e),
  V_: () => (/* binding */ evolutionRules),
  sf: () => (/* binding */ evolve),
  Yn: () => (/* binding */ findingsWithChanges)
});

// UNUSED EXPORTS: KINDS, judgeChanges, kindVerdict, verdict

// EXTERNAL MODULE: ./lib/evolution/dialect.js
var dialect = __webpack_require__(4131);
// EXTERNAL MODULE: ./lib/evolution/engine.js + 8 modules
var engine = __webpack_require__(98522);
// EXTERNAL MODULE: ./lib/evolution/judge.js + 16 modules
var judge = __webpack_require__(29951);
// EXTERNAL MODULE: ./lib/evolution/policy.js
var policy = __webpack_require__(27507);
// EXTERNAL MODULE: ./lib/evolution/rules.js
var rules = __webpack_require__(96190);
// EXTERNAL MODULE: ./node_modules/semver/functions/eq.js
var eq = __webpack_require__(55082);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var inc = __webpack_require__(62338);
// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __webpack_require__(3872);
// EXTERNAL MODULE: ./node_modules/semver/functions/major.js
var major = __webpack_require__(68511);
// EXTERNAL MODULE: ./node_modules/semver/functions/minor.js
var minor = __webpack_require__(32603);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
// EXTERNAL MODULE: ./lib/core/canonical.js
var canonical = __webpack_require__(33413);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/evolution/schema-model.js
var schema_model = __webpack_require__(73510);
;// CONCATENATED MODULE: ./lib/evolution/version.js
// The platform's versioning rules for `cxoneVersion` against the live version: it must increase
// when the schema changes \u2014 patch for annotations only, minor for compatible changes and for
// deprecations (`x-cxone-deprecated-fields`), major for (approved) breaking ones \u2014 never decrease,
// and stay put when nothing changed.









const versionRules = (0,rule/* defineRules */.x)({
    versionNotBumped: {
        id: 'version-not-bumped',
        raisedBy: () => checkVersion,
        test: 'test/evolution/platform.test.ts',
        severity: 'error',
        summary: 'The schema changed but `cxoneVersion` is the same as the live version.',
        doc: 'Consumers and the platform tell versions apart by `cxoneVersion`. Two different schemas under one version make events ambiguous, and the platform rejects the update.',
        fix: 'Bump `cxoneVersion`: patch for description-only changes, minor for compatible ones and for deprecating a field, major for approved breaking ones.',
    },
    versionDecreased: {
        id: 'version-decreased',
        raisedBy: () => checkVersion,
        test: 'test/evolution/platform.test.ts',
        severity: 'error',
        summary: '`cxoneVersion` is lower than the live version.',
        doc: 'Versions only move forward; a lower version usually means the branch is behind the live registry (someone deployed since).',
        fix: 'Rebase on the live state and set `cxoneVersion` above the live version.',
    },
    versionBumpTooSmall: {
        id: 'version-bump-too-small',
        raisedBy: () => checkVersion,
        test: 'test/evolution/platform.test.ts',
        severity: 'error',
        summary: 'The version bump is smaller than the change needs.',
        doc: 'Semantic versions tell consumers what to expect: a patch only touches annotations, a minor adds compatibly or deprecates a field (listing it in `x-cxone-deprecated-fields` announces its removal, which consumers act on), a major breaks. A breaking change shipped as a minor version surprises every consumer that pins to a major version.',
        fix: 'Bump the part the change requires (the message says which), or make the change smaller.',
    },
    versionBumpedWithoutChange: {
        id: 'version-bumped-without-change',
        raisedBy: () => checkVersion,
        test: 'test/evolution/platform.test.ts',
        severity: 'warning',
        summary: '`cxoneVersion` changed but the schema did not.',
        doc: 'A new version with identical content makes consumers look for a change that is not there, and churns the registry.',
        fix: 'Keep the live version until the schema actually changes.',
    },
});
const DEPRECATED = 'x-cxone-deprecated-fields';
const LEVELS = ['none', 'patch', 'minor', 'major'];
/** Findings about cxoneVersion, given the changes and their verdicts under the policy. */
function checkVersion(oldDoc, newDoc, changes, ctx) {
    const live = valid(asString(oldDoc.cxoneVersion));
    const repo = valid(asString(newDoc.cxoneVersion));
    if (!live || !repo)
        return []; // an invalid version is a lint finding (invalid-version)
    const at = { file: ctx.file, contract: ctx.contract, pointer: '/cxoneVersion' };
    const needed = requiredLevel(oldDoc, newDoc, changes);
    if (lt(repo, live)) {
        return [
            (0,rule/* finding */.g)(versionRules.versionDecreased, {
                ...at,
                message: `cxoneVersion ${repo} is lower than the live version ${live}`,
            }),
        ];
    }
    if (needed === 'none') {
        return eq(repo, live)
            ? []
            : [
                (0,rule/* finding */.g)(versionRules.versionBumpedWithoutChange, {
                    ...at,
                    message: `cxoneVersion changed ${live} -> ${repo} but the schema is unchanged`,
                }),
            ];
    }
    if (eq(repo, live)) {
        return [
            (0,rule/* finding */.g)(versionRules.versionNotBumped, {
                ...at,
                message: `the schema changed but cxoneVersion is still ${live}; a ${needed} bump is needed (${bumped(live, needed)})`,
            }),
        ];
    }
    const actual = bumpLevel(live, repo);
    if (LEVELS.indexOf(actual) < LEVELS.indexOf(needed)) {
        return [
            (0,rule/* finding */.g)(versionRules.versionBumpTooSmall, {
                ...at,
                message: `cxoneVersion ${live} -> ${repo} is a ${actual} bump, but the change needs a ${needed} bump (${bumped(live, needed)}${needed === 'major' ? ', once the breaking change is approved' : ''})`,
            }),
        ];
    }
    return [];
}
function requiredLevel(oldDoc, newDoc, changes) {
    if (changes.some((c) => c.verdict === 'breaking'))
        return 'major';
    // A deprecation is information consumers act on (stop reading the field), like a new feature.
    if (changes.some((c) => c.change.kind !== 'annotation-changed') || deprecationsChanged(oldDoc, newDoc))
        return 'minor';
    if (changes.length > 0)
        return 'patch';
    // Only keywords the walker ignores (x-* extensions such as new deprecations) changed.
    return (0,canonical/* sameContent */.C)(oldDoc, newDoc, schema_model/* PLATFORM_FIELDS */.a3) ? 'none' : 'patch';
}
/** Whether the set of names in `x-cxone-deprecated-fields` differs (order does not matter). */
function deprecationsChanged(oldDoc, newDoc) {
    const names = (doc) => {
        const list = doc[DEPRECATED];
        return new Set(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
    };
    const a = names(oldDoc);
    const b = names(newDoc);
    return a.size !== b.size || [...a].some((n) => !b.has(n));
}
function bumpLevel(from, to) {
    if (major(to) > major(from))
        return 'major';
    if (minor(to) > minor(from))
        return 'minor';
    return 'patch';
}
function bumped(v, level) {
    return `e.g. ${inc(v, level === 'none' ? 'patch' : level)}`;
}
function asString(v) {
    return typeof v === 'string' ? v : '';
}

// EXTERNAL MODULE: ./lib/evolution/kinds/index.js + 10 modules
var kinds = __webpack_require__(59399);
;// CONCATENATED MODULE: ./lib/evolution/index.js
// The evolution stage: live schema vs repo schema -> changes -> findings under a policy.









function evolve(live, repo, ctx) {
    const changes = (0,engine/* compareSchemas */._e)(live, repo);
    // Witnesses are checked by draft-07 ajv: give it the documents as the engine read them.
    const judged = (0,judge/* judgeEach */.ZA)(changes, { ...ctx, oldDoc: (0,dialect/* asDraft07 */.z3)(live), newDoc: (0,dialect/* asDraft07 */.z3)(repo) });
    const findings = judged.flatMap((j) => (j.finding ? [j.finding] : []));
    if (ctx.policy !== 'none') {
        findings.push(...checkVersion(live, repo, changes.map((change) => ({ change, verdict: (0,policy/* verdict */.WJ)(change, ctx.policy) })), ctx));
    }
    return { changes, findings, judged };
}
/** Each finding of `e` with its change: what a finding says beyond its words (the values compared). */
function findingsWithChanges(e) {
    const changeOf = new Map();
    for (const j of e.judged)
        if (j.finding)
            changeOf.set(j.finding, j.change);
    return e.findings.map((finding) => {
        const change = changeOf.get(finding);
        return change ? { finding, change } : { finding };
    });
}
/** For the rule registry: every change kind, then the version rules. */
const evolutionRules = [...(0,rules/* kindRules */.Q)(), ...Object.values(versionRules)];


/***/ }),

/***/ 53035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vv: () => (/* binding */ lintContracts),
  xV: () => (/* binding */ lintRules),
  Ln: () => (/* binding */ prepareLint),
  Tg: () => (/* reexport */ prepareRegexes)
});

// EXTERNAL MODULE: ./lib/lint/context.js
var context = __webpack_require__(69546);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
;// CONCATENATED MODULE: ./lib/lint/filter/shape.js
// The parts of a filter document the checks read, tolerant of malformed data (filter-invalid
// reports the shape; the other checks look only at entries that have it).

const CHANNELS = ['voice', 'chat', 'email', 'sms', 'web'];
const OPERATORS = ['equals', 'not_equals', 'greater_than', 'less_than', 'contains', 'in'];
const PATTERN_TYPES = ['regex', 'cidr', 'prefix'];
function isOperator(value) {
    return OPERATORS.includes(value);
}
/** The object entries of `matchers` or `pattern_rules`, with their index in the list. */
function entries(doc, key) {
    const list = doc[key];
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((entry, i) => {
        if ((0,context/* isRecord */.u4)(entry))
            out.push([entry, i]);
    });
    return out;
}

// EXTERNAL MODULE: ./lib/core/json-type.js
var json_type = __webpack_require__(36334);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(20698);
// EXTERNAL MODULE: ./lib/core/suggest.js
var suggest = __webpack_require__(3029);
;// CONCATENATED MODULE: ./lib/lint/cross/path-index.js
// The attribute paths of all event schemas (`customer.tier`, `items.sku`) with the JSON types each
// can have, built in one pass over every schema, so checking N filters against M schemas is
// O(size of schemas + size of filters), not O(N x M). Types are bit sets: this runs over every
// property of every schema, so it avoids allocating per property.




const TYPE_BITS = {
    string: 1,
    integer: 2,
    number: 4,
    boolean: 8,
    array: 16,
    object: 32,
    null: 64,
};
/** Some schema declares the path without saying its type: every operator may fit. */
const ANY_TYPE = 128;
/** Event nesting is shallow; this bounds recursive definitions that $ref does not already stop. */
const MAX_DEPTH = 32;
/** Nodes visited per schema at most: $refs expand shared definitions, which must not explode. */
const MAX_VISITS = 100_000;
/** Declared paths a spelling suggestion compares with at most (each comparison is quadratic in length). */
const MAX_NEAREST_CANDIDATES = 20_000;
/** Enum values kept per path; a longer list is treated as unrestricted (no value check). */
const MAX_VALUES = 1_000;
function buildPathIndex(schemas) {
    const types = new Map();
    /** Objects whose keys are free (additionalProperties schema/true, patternProperties): any sub-path exists. */
    const open = new Set();
    /** A schema was cut short by the budgets: an unseen declaration may allow any value, so no value is judged. */
    let partial = false;
    /** Enum/const values per path. */
    const values = new Map();
    /** Type bits per path of which some declaration allows every value (ANY_TYPE: any value at all). */
    const free = new Map();
    const freeAt = (path, bits) => {
        free.set(path, (free.get(path) ?? 0) | bits);
    };
    const recordValues = (path, node) => {
        const own = (0,context/* isRecord */.u4)(node)
            ? Array.isArray(node.enum)
                ? node.enum
                : 'const' in node
                    ? [node.const]
                    : undefined
            : undefined;
        if (own === undefined) {
            // A typeless $ref or combinator node gets its values from its branches, visited at this path.
            if ((0,context/* isRecord */.u4)(node) && node.type === undefined && delegates(node))
                return;
            // Any value of the declared types; a type no one knows (a typo) may be anything.
            freeAt(path, typeBits(node) || ANY_TYPE);
            return;
        }
        const prev = values.get(path) ?? [];
        if (prev.length + own.length > MAX_VALUES)
            freeAt(path, ANY_TYPE);
        else
            values.set(path, [...prev, ...own]);
    };
    for (const root of schemas) {
        const refs = new Set();
        let visits = 0;
        // `record`: declare the types of `node` at `path` (false for the root, and for array items,
        // whose properties continue the array's path but whose type is not the array's).
        const visit = (node, path, record, depth) => {
            if (depth > MAX_DEPTH || ++visits > MAX_VISITS) {
                partial = true;
                return;
            }
            if (record) {
                types.set(path, (types.get(path) ?? 0) | typeBits(node));
                recordValues(path, node);
            }
            if (!(0,context/* isRecord */.u4)(node))
                return;
            // $ref targets and combinator branches describe the same value, at the same path; they
            // supply its types unless the node states them itself.
            const branch = record && node.type === undefined;
            for (const key in node) {
                const value = node[key];
                switch (key) {
                    case '$ref':
                        if (typeof value === 'string' && value.startsWith('#')) {
                            const target = resolveLocal(root, value);
                            if (target !== undefined && !refs.has(target)) {
                                refs.add(target); // on the current $ref chain: stops recursive definitions
                                visit(target, path, branch, depth + 1);
                                refs.delete(target);
                            }
                            else if (target === undefined && branch)
                                freeAt(path, ANY_TYPE); // unresolved: it may allow anything
                        }
                        else if (branch)
                            freeAt(path, ANY_TYPE); // external: not read, it may allow anything
                        break;
                    case 'allOf':
                    case 'anyOf':
                    case 'oneOf':
                        if (Array.isArray(value))
                            for (const sub of value)
                                visit(sub, path, branch, depth + 1);
                        break;
                    case 'if':
                    case 'then':
                    case 'else':
                        visit(value, path, branch, depth + 1);
                        break;
                    case 'properties':
                        if ((0,context/* isRecord */.u4)(value))
                            for (const name in value)
                                visit(value[name], path === '' ? name : `${path}.${name}`, true, depth + 1);
                        break;
                    case 'additionalProperties':
                        if (value === true || (0,context/* isRecord */.u4)(value))
                            open.add(path);
                        break;
                    case 'patternProperties':
                        open.add(path);
                        break;
                    case 'items':
                        if (Array.isArray(value))
                            for (const sub of value)
                                visit(sub, path, false, depth + 1);
                        else
                            visit(value, path, false, depth + 1);
                        break;
                }
            }
        };
        visit(root, '', false, 0);
    }
    open.delete(''); // the top level is closed by the platform's own rule
    let leaves; // built on first use: only needed for unknown paths
    return {
        schemaCount: schemas.length,
        lookup(path) {
            const direct = types.get(path);
            if (direct !== undefined)
                return direct;
            for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
                if (open.has(path.slice(0, dot)))
                    return ANY_TYPE;
            }
            return undefined;
        },
        nearest(path) {
            if (path.length > 200)
                return undefined; // no declared path is that long; keep the comparison cheap
            let n = 0;
            const candidates = [];
            for (const p of types.keys()) {
                if (++n > MAX_NEAREST_CANDIDATES)
                    break;
                candidates.push(p);
            }
            return (0,suggest/* closest */.k)(path, candidates);
        },
        values(path) {
            if (partial || !types.has(path))
                return undefined;
            const bits = free.get(path) ?? 0;
            const listed = values.get(path) ?? [];
            // No declaration said anything about values (only unread $refs): nothing to judge by.
            if ((bits & ANY_TYPE) !== 0 || (bits === 0 && listed.length === 0))
                return undefined;
            return { listed, free: bits };
        },
        sameLeaf(path) {
            if (!leaves) {
                leaves = new Map();
                for (const p of types.keys()) {
                    const leaf = p.slice(p.lastIndexOf('.') + 1);
                    const list = leaves.get(leaf);
                    if (list)
                        list.push(p);
                    else
                        leaves.set(leaf, [p]);
                }
            }
            return leaves.get(path.slice(path.lastIndexOf('.') + 1)) ?? [];
        },
    };
}
/** The type bits a property schema allows; ANY_TYPE when it does not say. */
function typeBits(node) {
    if (!(0,context/* isRecord */.u4)(node))
        return ANY_TYPE; // `true` or malformed
    const t = node.type;
    if (typeof t === 'string')
        return TYPE_BITS[t] ?? 0;
    if (Array.isArray(t))
        return t.reduce((bits, x) => bits | (TYPE_BITS[x] ?? 0), 0);
    if ((0,context/* isRecord */.u4)(node.properties))
        return TYPE_BITS.object;
    if (node.items !== undefined)
        return TYPE_BITS.array;
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (values)
        return values.reduce((bits, v) => bits | (TYPE_BITS[(0,json_type/* jsonTypeOf */.W)(v) ?? typeof v] ?? 0), 0);
    // Types that come from $ref or combinator branches are added when those are visited.
    return delegates(node) ? 0 : ANY_TYPE;
}
function delegates(node) {
    return (typeof node.$ref === 'string' || Array.isArray(node.allOf) || Array.isArray(node.anyOf) || Array.isArray(node.oneOf));
}
function resolveLocal(root, ref) {
    try {
        return (0,core_pointer/* resolvePointer */.cj)(root, decodeURIComponent(ref.slice(1)));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/lint/cross/values.js
// impossible-filter-value: an equals / not_equals / in value that the attribute can never hold,
// by its types or its enum in every schema that declares it (`equals: kiosk` on enum web, app).




const rules = (0,rule/* defineRules */.x)({
    impossibleFilterValue: {
        id: 'impossible-filter-value',
        raisedBy: () => checkMatcherValue,
        test: 'test/lint/values.test.ts',
        severity: 'error',
        summary: 'An equals, not_equals or in value is one the attribute can hold by its type and `enum` in the schemas.',
        doc: 'A matcher compares an event attribute with a value. When no schema that declares the attribute allows that ' +
            'value - a string for an integer attribute, `kiosk` for an attribute whose `enum` is web and app - `equals` and ' +
            '`in` never match and `not_equals` always matches: the filter does not do what it says. Usually the value is ' +
            'misspelled, differs in case, or belongs to another attribute. Attributes declared without a type or enum, and ' +
            'paths below free-form objects, are not checked.',
        fix: 'Use one of the values the schema allows (the message lists them), or point the matcher at the intended attribute.',
    },
});
/** Values listed in a message at most; enums can be long. */
const SHOWN = 10;
/** Findings for the value of matcher `i` of `contract`, whose attribute `attribute` the index declares with `types`. */
function checkMatcherValue(contract, m, i, attribute, types, index) {
    const op = m.operator;
    if (op !== 'equals' && op !== 'not_equals' && op !== 'in')
        return [];
    const allowed = index.values(attribute);
    const one = (value, at) => {
        const why = impossible(value, types, allowed);
        return why
            ? [
                (0,context/* report */.z8)(rules.impossibleFilterValue, contract, at, `${String(op)} ${(0,context/* show */.WU)(value)} can never match attribute "${attribute}": ${why}`),
            ]
            : [];
    };
    if (op === 'in')
        return Array.isArray(m.value) ? m.value.flatMap((v, j) => one(v, ['matchers', i, 'value', j])) : [];
    return one(m.value, ['matchers', i, 'value']);
}
/**
 * Why no schema lets `attribute` hold `value`, or null when some may (or the value's kind is wrong:
 * operator-value-type).
 */
function impossible(value, types, allowed) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
        return null;
    if (types !== 0 && !(types & ANY_TYPE) && !(types & bitsOf(value))) {
        return `it is ${typeNames(types).join(' or ')} in the schemas, and ${(0,context/* show */.WU)(value)} is ${kindOf(value)}`;
    }
    // An anyOf/oneOf member (or another schema) that allows the value's type without an enum allows it.
    if (allowed === undefined || (allowed.free & bitsOf(value)) !== 0 || allowed.listed.includes(value))
        return null;
    const { listed } = allowed;
    const parts = listed.length === 0
        ? []
        : [
            listed
                .slice(0, SHOWN)
                .map((v) => (0,context/* show */.WU)(v))
                .join(', ') + (listed.length > SHOWN ? `, ... (${listed.length} values)` : ''),
        ];
    const freeNames = typeNames(allowed.free);
    if (freeNames.length > 0)
        parts.push(`any ${freeNames.join(' or ')} value`);
    const strings = listed.filter((v) => typeof v === 'string');
    return `the schemas allow ${parts.length > 0 ? 'only ' + parts.join(', or ') : 'no value'}${(0,suggest.didYouMean)(value, strings)}`;
}
function typeNames(bits) {
    return Object.keys(TYPE_BITS).filter((t) => bits & TYPE_BITS[t]);
}
function bitsOf(value) {
    if (typeof value === 'string')
        return TYPE_BITS.string;
    if (typeof value === 'boolean')
        return TYPE_BITS.boolean;
    // An integral number is an integer and a number in JSON Schema.
    return Number.isInteger(value) ? TYPE_BITS.integer | TYPE_BITS.number : TYPE_BITS.number;
}
function kindOf(value) {
    return typeof value === 'string' ? 'a string' : typeof value === 'boolean' ? 'a boolean' : 'a number';
}

;// CONCATENATED MODULE: ./lib/lint/cross/attributes.js
// unknown-attribute and operator-type-mismatch: a filter attribute must be a property path that
// some event schema declares, and its operator must fit the types that path can have.





const attributes_rules = (0,rule/* defineRules */.x)({
    unknownAttribute: {
        id: 'unknown-attribute',
        raisedBy: () => checkAttributes,
        test: 'test/lint/cross.test.ts',
        severity: 'warning',
        summary: 'A matcher `attribute` or pattern rule `field` is a property path declared in some event schema.',
        doc: "Filters address event data by dotted paths (`customer.tier`; array items continue the array's path, " +
            '`items.sku`). A path that no schema in the repository declares is usually a typo or a renamed property, and ' +
            'the filter then matches nothing. It is a warning, not an error, because events may come from schemas that are ' +
            'not in this repository. Objects with free-form keys (`additionalProperties` as a schema or `true`, or ' +
            '`patternProperties`) accept any sub-path. Not checked when the run has no schemas.',
        fix: 'Correct the path to a declared property (see the suggestion), or add the schema that declares it to the repository.',
    },
    operatorTypeMismatch: {
        id: 'operator-type-mismatch',
        raisedBy: () => checkAttributes,
        test: 'test/lint/cross.test.ts',
        severity: 'error',
        summary: "A matcher's operator fits at least one type its attribute has in the schemas.",
        doc: 'greater_than and less_than compare numbers (integer, number); contains looks into strings and arrays; equals ' +
            'and not_equals compare single values (string, integer, number, boolean, null); in compares a single value ' +
            '(string, integer, number, boolean) with a list. When the attribute has none of the fitting types in any schema ' +
            'that declares it - greater_than on a string, contains on a number, equals on an array - the matcher can never ' +
            'work as written. Attributes declared without a type are not checked.',
        fix: 'Use an operator that fits the attribute type (e.g. equals or in for strings, contains for arrays), or point the matcher at the intended attribute.',
    },
});
/** Distinct unknown paths per run that get a spelling suggestion beyond the same-name one. */
const MAX_FUZZY_PATHS = 200;
/** The types each operator can work on. */
const FITS = {
    equals: ['string', 'integer', 'number', 'boolean', 'null'],
    not_equals: ['string', 'integer', 'number', 'boolean', 'null'],
    greater_than: ['integer', 'number'],
    less_than: ['integer', 'number'],
    contains: ['string', 'array'],
    in: ['string', 'integer', 'number', 'boolean'],
};
function checkAttributes(contracts) {
    const schemas = contracts.filter((c) => c.kind === 'schema').map((c) => c.doc);
    if (schemas.length === 0)
        return []; // nothing to check against: silence beats a warning per attribute
    const index = buildPathIndex(schemas);
    const unknownMessage = new Map(); // many filters share attributes
    const out = [];
    const checkPath = (contract, path, at, what) => {
        if (typeof path !== 'string' || path === '')
            return undefined;
        const types = index.lookup(path);
        if (types !== undefined)
            return types;
        let message = unknownMessage.get(path);
        if (message === undefined) {
            const sameLeaf = index.sameLeaf(path).slice(0, 3);
            // A near miss of a whole path when no declared path ends in the same name (few lookups:
            // messages are cached per path).
            const nearest = sameLeaf.length === 0 && unknownMessage.size < MAX_FUZZY_PATHS ? index.nearest(path) : undefined;
            const near = nearest === undefined ? sameLeaf : [nearest];
            const hint = near.length > 0 ? ` (did you mean ${near.map((p) => `"${p}"`).join(' or ')}?)` : '';
            message = `${what} "${path}" is not a property path in any of the ${index.schemaCount} event schemas${hint}`;
            unknownMessage.set(path, message);
        }
        out.push((0,context/* report */.z8)(attributes_rules.unknownAttribute, contract, at, message));
        return undefined;
    };
    for (const c of contracts) {
        if (c.kind !== 'filter')
            continue;
        for (const [m, i] of entries(c.doc, 'matchers')) {
            const types = checkPath(c, m.attribute, ['matchers', i, 'attribute'], 'attribute');
            if (types !== undefined && isOperator(m.operator)) {
                const why = mismatch(m.operator, types);
                if (why)
                    out.push((0,context/* report */.z8)(attributes_rules.operatorTypeMismatch, c, ['matchers', i, 'operator'], `${m.operator} does not fit attribute "${String(m.attribute)}", which is ${why}`));
                else
                    out.push(...checkMatcherValue(c, m, i, m.attribute, types, index));
            }
        }
        for (const [r, i] of entries(c.doc, 'pattern_rules'))
            checkPath(c, r.field, ['pattern_rules', i, 'field'], 'field');
    }
    return out;
}
const attributes_bitsOf = (names) => names.reduce((bits, t) => bits | TYPE_BITS[t], 0);
const FITS_BITS = Object.fromEntries(Object.entries(FITS).map(([op, names]) => [op, attributes_bitsOf(names)]));
/** A description of the attribute's types when `op` fits none of them, else null. */
function mismatch(op, types) {
    if (types === 0 || types & ANY_TYPE || types & FITS_BITS[op])
        return null;
    const names = Object.keys(TYPE_BITS).filter((t) => types & TYPE_BITS[t]);
    return `${names.join(' or ')} in the schemas; ${op} works on ${FITS[op].join(', ')}`;
}

;// CONCATENATED MODULE: ./lib/lint/cross/duplicates.js
// duplicate-schema-title, duplicate-filter-name: titles and names are the platform's keys.


const duplicates_rules = (0,rule/* defineRules */.x)({
    duplicateSchemaTitle: {
        id: 'duplicate-schema-title',
        raisedBy: () => checkDuplicates,
        test: 'test/lint/cross.test.ts',
        severity: 'error',
        summary: 'No two schema files have the same `title`.',
        doc: "The title is a schema's identity in the registry: unique per tenant, and how the live version is found. Two " +
            'files with one title would overwrite each other on every deploy (or the second create fails with a 409). The ' +
            'first file in path order keeps the title; each later one is reported, naming the first.',
        fix: 'Give each schema its own title, or delete the copy.',
    },
    duplicateFilterName: {
        id: 'duplicate-filter-name',
        raisedBy: () => checkDuplicates,
        test: 'test/lint/cross.test.ts',
        severity: 'error',
        summary: 'No two filter files have the same `name`.',
        doc: "The name is a filter's identity on the platform: unique per tenant, and how the live filter is found. Two files " +
            'with one name would overwrite each other on every deploy. The first file in path order keeps the name; each ' +
            'later one is reported, naming the first.',
        fix: 'Give each filter its own name, or delete the copy.',
    },
});
function checkDuplicates(contracts) {
    const byFile = [...contracts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return [
        ...duplicates(byFile, 'schema', 'title', duplicates_rules.duplicateSchemaTitle),
        ...duplicates(byFile, 'filter', 'name', duplicates_rules.duplicateFilterName),
    ];
}
function duplicates(contracts, kind, key, rule) {
    const first = new Map();
    const out = [];
    for (const c of contracts) {
        const value = c.kind === kind ? c.doc[key] : undefined;
        if (typeof value !== 'string')
            continue; // missing: the meta-validation reports it
        const owner = first.get(value);
        if (owner === undefined)
            first.set(value, c);
        else
            out.push((0,context/* report */.z8)(rule, c, [key], `${kind} ${key} "${value}" is already used by ${owner.file}`));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/cross/index.js
// Checks of contracts against each other: run once over the whole set.


function lintAcross(contracts) {
    return [...checkDuplicates(contracts), ...checkAttributes(contracts)];
}

;// CONCATENATED MODULE: ./lib/lint/filter/enums.js
// unknown-channel, unknown-operator, unknown-pattern-type: the platform's closed vocabularies.




const enums_rules = (0,rule/* defineRules */.x)({
    unknownChannel: {
        id: 'unknown-channel',
        raisedBy: () => checkEnums,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: '`channel` is one of voice, chat, email, sms, web.',
        doc: 'A filter sees the events of one interaction channel. The platform knows five channels and rejects any other ' +
            'value (including different capitalization) when the filter is created.',
        fix: 'Set `channel` to voice, chat, email, sms or web.',
    },
    unknownOperator: {
        id: 'unknown-operator',
        raisedBy: () => checkEnums,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'Every matcher `operator` is one of equals, not_equals, greater_than, less_than, contains, in.',
        doc: 'Matchers compare an event attribute with a value using one of six operators. Spellings from other tools ' +
            '(`eq`, `==`, `gt`, `greater-than`, `not_in`) are rejected by the platform when the filter is created.',
        fix: 'Use equals, not_equals, greater_than, less_than, contains or in.',
    },
    unknownPatternType: {
        id: 'unknown-pattern-type',
        raisedBy: () => checkEnums,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'Every pattern rule `type` is one of regex, cidr, prefix.',
        doc: 'A pattern rule tests an event field with a regular expression (`regex`), an IP range (`cidr`) or a string ' +
            'prefix (`prefix`). Any other type is rejected by the platform, and the pattern itself cannot be checked.',
        fix: 'Set `type` to regex, cidr or prefix.',
    },
});
/** Operator spellings of other query languages. */
const OPERATOR_ALIASES = {
    eq: 'equals',
    '=': 'equals',
    '==': 'equals',
    equal: 'equals',
    is: 'equals',
    ne: 'not_equals',
    neq: 'not_equals',
    '!=': 'not_equals',
    '<>': 'not_equals',
    gt: 'greater_than',
    '>': 'greater_than',
    lt: 'less_than',
    '<': 'less_than',
    includes: 'contains',
    has: 'contains',
    one_of: 'in',
    any_of: 'in',
};
function checkEnums(contract) {
    const out = [];
    const doc = contract.doc;
    if (doc.channel !== undefined && !CHANNELS.includes(doc.channel)) {
        out.push((0,context/* report */.z8)(enums_rules.unknownChannel, contract, ['channel'], `channel ${(0,context/* show */.WU)(doc.channel)} is not a CXone channel${(0,suggest.didYouMean)(doc.channel, CHANNELS)}; use one of ${CHANNELS.join(', ')}`));
    }
    for (const [m, i] of entries(doc, 'matchers')) {
        if (m.operator !== undefined && !OPERATORS.includes(m.operator)) {
            out.push((0,context/* report */.z8)(enums_rules.unknownOperator, contract, ['matchers', i, 'operator'], `operator ${(0,context/* show */.WU)(m.operator)} is not a CXone operator${(0,suggest.didYouMean)(m.operator, OPERATORS, OPERATOR_ALIASES)}; use one of ${OPERATORS.join(', ')}`));
        }
    }
    for (const [r, i] of entries(doc, 'pattern_rules')) {
        if (r.type !== undefined && !PATTERN_TYPES.includes(r.type)) {
            out.push((0,context/* report */.z8)(enums_rules.unknownPatternType, contract, ['pattern_rules', i, 'type'], `pattern rule type ${(0,context/* show */.WU)(r.type)} is not supported${(0,suggest.didYouMean)(r.type, PATTERN_TYPES)}; use one of ${PATTERN_TYPES.join(', ')}`));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/ajv.js
// The conversion of ajv errors to findings. Users' schemas are compiled by ./validators.ts; our own
// editor schemas ahead of time (src/lint/generated, scripts/gen-validators.mjs).



/** The node an error is about: for `required` the missing property, for `additionalProperties` the extra one. */
function subjectPointer(err) {
    const p = err.params;
    if (err.keyword === 'required' && p.missingProperty !== undefined)
        return `${err.instancePath}/${(0,core_pointer/* escapeToken */.tj)(p.missingProperty)}`;
    if (err.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
        return `${err.instancePath}/${(0,core_pointer/* escapeToken */.tj)(p.additionalProperty)}`;
    }
    return err.instancePath;
}
/**
 * One finding of `rule` per meta-validation problem. Errors whose subject a more specific rule
 * already reported (`covered`) are skipped; the alternatives of a failed anyOf are folded into one
 * finding; identical messages at one place are reported once.
 */
function metaFindings(rule, contract, errors, covered) {
    const out = [];
    const seen = new Set();
    // Fold first: a branch error hidden by `covered` must not resurface as a folded anyOf.
    for (const { pointer, subject, message } of pairMisspelt(foldAlternatives(errors, contract.doc))) {
        const key = pointer + '\n' + message;
        if (seen.has(key) || covered.has(subject))
            continue;
        seen.add(key);
        out.push((0,context/* report */.z8)(rule, contract, pointer, `${pointer === '' ? 'the document' : pointer} ${message}`));
    }
    return out;
}
/**
 * ajv errors of validating `data` as separate problems, folded as metaFindings folds them (a
 * failed anyOf once, a misspelt key beside the missing one as one with a suggestion): `pointer`
 * into `data`, `message` without it.
 */
function explainEach(errors, data) {
    return pairMisspelt(foldAlternatives(errors, data)).map(({ pointer, message }) => ({ pointer, message }));
}
/**
 * ajv errors as short sentences, e.g. for an example event: `event/n must be integer, event/z is
 * not an allowed property`.
 */
function explainErrors(errors, dataVar) {
    return errors.map((e) => `${dataVar}${pointerOf(e)} ${describe(e)}`).join(', ');
}
/** True when pointer `p` is `base` or inside it. */
function within(p, base) {
    return p === base || p.startsWith(base + '/');
}
/**
 * ajv reports a failed anyOf as its branches' errors followed by the anyOf error (successful
 * branches leave nothing), so the branch errors are the ones just before it about the same value.
 * (Their schemaPath does not tell: errors inside a $ref carry the referenced schema's path.) When a
 * branch failed deeper inside the value, that deeper error is the real problem: keep it alone.
 * Otherwise say once which alternatives were expected.
 */
function foldAlternatives(errors, doc) {
    const dropped = new Set();
    const folded = new Map();
    errors.forEach((alt, k) => {
        if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf')
            return;
        const branches = [];
        for (let j = k - 1; j >= 0 && within(errors[j].instancePath, alt.instancePath); j--)
            branches.push(errors[j]);
        const here = branches.filter((e) => e.instancePath === alt.instancePath && !dropped.has(e));
        const deeper = branches.some((e) => e.instancePath !== alt.instancePath);
        for (const e of here)
            dropped.add(e);
        if (deeper || here.length === 0)
            dropped.add(alt);
        else
            folded.set(alt, 'must match one of: ' + [...new Set(here.reverse().map(describe))].join('; or '));
    });
    return errors
        .filter((e) => !dropped.has(e))
        .map((e) => ({
        pointer: pointerOf(e),
        subject: subjectPointer(e),
        message: folded.get(e) ?? describe(e, e.keyword === 'enum' ? (0,core_pointer/* resolvePointer */.cj)(doc, e.instancePath) : undefined),
        ...(e.keyword === 'required' ? { missing: e.params.missingProperty } : {}),
    }));
}
/** `atribute` not allowed + `attribute` missing on the same object: one finding with a suggestion. */
function pairMisspelt(problems) {
    const missing = problems.filter((p) => p.missing !== undefined);
    if (missing.length === 0)
        return problems;
    const used = new Set();
    const out = problems.map((p) => {
        if (p.message !== 'is not an allowed property')
            return p;
        const slash = p.pointer.lastIndexOf('/');
        const parent = p.pointer.slice(0, slash);
        const candidates = missing.filter((m) => m.pointer === parent && !used.has(m));
        const near = (0,suggest/* closest */.k)((0,core_pointer/* unescapeToken */.ko)(p.pointer.slice(slash + 1)), candidates.map((m) => m.missing));
        const pair = candidates.find((m) => m.missing === near);
        if (!pair)
            return p;
        used.add(pair);
        return { ...p, message: `is not an allowed property (did you mean "${near}"?)` };
    });
    return out.filter((p) => !used.has(p));
}
function pointerOf(err) {
    // An extra property is best shown on its own key; a missing one on the object that lacks it.
    return err.keyword === 'additionalProperties' ? subjectPointer(err) : err.instancePath;
}
/**
 * ajv's message plus the detail ajv keeps in params (allowed values, and the one meant when `value`
 * is a near miss).
 */
function describe(err, value) {
    const p = err.params;
    const message = err.message ?? `fails ${err.keyword}`;
    switch (err.keyword) {
        case 'enum': {
            const allowed = p.allowedValues;
            const words = allowed.filter((v) => typeof v === 'string');
            return `${message}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}${(0,suggest.didYouMean)(value, words)}`;
        }
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}`;
        case 'additionalProperties':
            return 'is not an allowed property';
        default:
            return message;
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./lib/lint/generated/event-filter-validator.js
// Generated by scripts/gen-validators.mjs from schemas/event-filter.schema.json (npm run docs). Do not edit.
/* eslint-disable */
// @ts-nocheck

const runtime_ucs2length = ucs2length["default"] ?? ucs2length;
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const event_filter_validator = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CXone event filter", "description": "One event filter of a CXone tenant: which events of a channel are routed to a filter group. Use in YAML with \"# yaml-language-server: $schema=<path>/schemas/event-filter.schema.json\".", "type": "object", "required": ["name", "channel"], "additionalProperties": false, "properties": { "name": { "title": "name", "description": "The filter's name: unique within the tenant, used to find the live filter.", "type": "string", "minLength": 1 }, "description": { "title": "description", "description": "What the filter selects and why.", "type": "string" }, "channel": { "title": "channel", "description": "The interaction channel whose events the filter sees.", "enum": ["voice", "chat", "email", "sms", "web"] }, "matchers": { "title": "matchers", "description": "Conditions on event attributes; an event matches when all of them hold. May be empty or absent (the platform allows it), e.g. when pattern_rules select the events.", "type": "array", "items": { "$ref": "#/definitions/matcher" } }, "pattern_rules": { "title": "pattern_rules", "description": "Pattern conditions on event fields (regular expression, CIDR range or string prefix); all must hold.", "type": "array", "items": { "$ref": "#/definitions/patternRule" } }, "target_group_id": { "title": "target_group_id", "description": "The filter group (routing group) that receives the matching events; null (or absent) for a filter in no group, as the platform allows.", "type": ["string", "integer", "null"], "minLength": 1 } }, "definitions": { "matcher": { "title": "Matcher", "description": "One condition: <attribute> <operator> <value>.", "type": "object", "required": ["attribute", "operator", "value"], "additionalProperties": false, "properties": { "attribute": { "title": "attribute", "description": "Dotted path of an event property, e.g. customer.tier; it should exist in one of the event schemas.", "type": "string", "minLength": 1 }, "operator": { "title": "operator", "description": "equals, not_equals and contains take one value; greater_than and less_than a number; in a non-empty list.", "enum": ["equals", "not_equals", "greater_than", "less_than", "contains", "in"] }, "value": { "title": "value", "description": "The value to compare with: a string, number or boolean, or a list of them for the in operator.", "type": ["string", "number", "boolean", "array"], "items": { "title": "value item", "description": "One candidate value of an in list.", "type": ["string", "number", "boolean"] } } } }, "patternRule": { "title": "Pattern rule", "description": "One pattern condition on an event field.", "type": "object", "required": ["type", "field", "pattern"], "additionalProperties": false, "properties": { "type": { "title": "type", "description": "regex: an ECMAScript regular expression (unicode mode); cidr: an IPv4 or IPv6 range such as 10.0.0.0/8; prefix: a non-empty string prefix.", "enum": ["regex", "cidr", "prefix"] }, "field": { "title": "field", "description": "Dotted path of the event property the pattern applies to, e.g. client.ip.", "type": "string", "minLength": 1 }, "pattern": { "title": "pattern", "description": "The regular expression, CIDR range or prefix, according to type.", "type": "string" } } } } };
const schema12 = { "title": "Matcher", "description": "One condition: <attribute> <operator> <value>.", "type": "object", "required": ["attribute", "operator", "value"], "additionalProperties": false, "properties": { "attribute": { "title": "attribute", "description": "Dotted path of an event property, e.g. customer.tier; it should exist in one of the event schemas.", "type": "string", "minLength": 1 }, "operator": { "title": "operator", "description": "equals, not_equals and contains take one value; greater_than and less_than a number; in a non-empty list.", "enum": ["equals", "not_equals", "greater_than", "less_than", "contains", "in"] }, "value": { "title": "value", "description": "The value to compare with: a string, number or boolean, or a list of them for the in operator.", "type": ["string", "number", "boolean", "array"], "items": { "title": "value item", "description": "One candidate value of an in list.", "type": ["string", "number", "boolean"] } } } };
const schema13 = { "title": "Pattern rule", "description": "One pattern condition on an event field.", "type": "object", "required": ["type", "field", "pattern"], "additionalProperties": false, "properties": { "type": { "title": "type", "description": "regex: an ECMAScript regular expression (unicode mode); cidr: an IPv4 or IPv6 range such as 10.0.0.0/8; prefix: a non-empty string prefix.", "enum": ["regex", "cidr", "prefix"] }, "field": { "title": "field", "description": "Dotted path of the event property the pattern applies to, e.g. client.ip.", "type": "string", "minLength": 1 }, "pattern": { "title": "pattern", "description": "The regular expression, CIDR range or prefix, according to type.", "type": "string" } } };
const func2 = runtime_ucs2length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.channel === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property '" + "channel" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "name") || (key0 === "description")) || (key0 === "channel")) || (key0 === "matchers")) || (key0 === "pattern_rules")) || (key0 === "target_group_id"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.channel !== undefined) {
            let data2 = data.channel;
            if (!(((((data2 === "voice") || (data2 === "chat")) || (data2 === "email")) || (data2 === "sms")) || (data2 === "web"))) {
                const err6 = { instancePath: instancePath + "/channel", schemaPath: "#/properties/channel/enum", keyword: "enum", params: { allowedValues: schema11.properties.channel.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.matchers !== undefined) {
            let data3 = data.matchers;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.attribute === undefined) {
                            const err7 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/definitions/matcher/required", keyword: "required", params: { missingProperty: "attribute" }, message: "must have required property '" + "attribute" + "'" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        if (data4.operator === undefined) {
                            const err8 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/definitions/matcher/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property '" + "operator" + "'" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        if (data4.value === undefined) {
                            const err9 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/definitions/matcher/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        for (const key1 in data4) {
                            if (!(((key1 === "attribute") || (key1 === "operator")) || (key1 === "value"))) {
                                const err10 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/definitions/matcher/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data4.attribute !== undefined) {
                            let data5 = data4.attribute;
                            if (typeof data5 === "string") {
                                if (func2(data5) < 1) {
                                    const err11 = { instancePath: instancePath + "/matchers/" + i0 + "/attribute", schemaPath: "#/definitions/matcher/properties/attribute/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err12 = { instancePath: instancePath + "/matchers/" + i0 + "/attribute", schemaPath: "#/definitions/matcher/properties/attribute/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        if (data4.operator !== undefined) {
                            let data6 = data4.operator;
                            if (!((((((data6 === "equals") || (data6 === "not_equals")) || (data6 === "greater_than")) || (data6 === "less_than")) || (data6 === "contains")) || (data6 === "in"))) {
                                const err13 = { instancePath: instancePath + "/matchers/" + i0 + "/operator", schemaPath: "#/definitions/matcher/properties/operator/enum", keyword: "enum", params: { allowedValues: schema12.properties.operator.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data4.value !== undefined) {
                            let data7 = data4.value;
                            if ((((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")) && (!(Array.isArray(data7)))) {
                                const err14 = { instancePath: instancePath + "/matchers/" + i0 + "/value", schemaPath: "#/definitions/matcher/properties/value/type", keyword: "type", params: { type: schema12.properties.value.type }, message: "must be string,number,boolean,array" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            if (Array.isArray(data7)) {
                                const len1 = data7.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data8 = data7[i1];
                                    if (((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")) {
                                        const err15 = { instancePath: instancePath + "/matchers/" + i0 + "/value/" + i1, schemaPath: "#/definitions/matcher/properties/value/items/type", keyword: "type", params: { type: schema12.properties.value.items.type }, message: "must be string,number,boolean" };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/definitions/matcher/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/matchers", schemaPath: "#/properties/matchers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.pattern_rules !== undefined) {
            let data9 = data.pattern_rules;
            if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data10 = data9[i2];
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.type === undefined) {
                            const err18 = { instancePath: instancePath + "/pattern_rules/" + i2, schemaPath: "#/definitions/patternRule/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        if (data10.field === undefined) {
                            const err19 = { instancePath: instancePath + "/pattern_rules/" + i2, schemaPath: "#/definitions/patternRule/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property '" + "field" + "'" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data10.pattern === undefined) {
                            const err20 = { instancePath: instancePath + "/pattern_rules/" + i2, schemaPath: "#/definitions/patternRule/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property '" + "pattern" + "'" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        for (const key2 in data10) {
                            if (!(((key2 === "type") || (key2 === "field")) || (key2 === "pattern"))) {
                                const err21 = { instancePath: instancePath + "/pattern_rules/" + i2, schemaPath: "#/definitions/patternRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        if (data10.type !== undefined) {
                            let data11 = data10.type;
                            if (!(((data11 === "regex") || (data11 === "cidr")) || (data11 === "prefix"))) {
                                const err22 = { instancePath: instancePath + "/pattern_rules/" + i2 + "/type", schemaPath: "#/definitions/patternRule/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data10.field !== undefined) {
                            let data12 = data10.field;
                            if (typeof data12 === "string") {
                                if (func2(data12) < 1) {
                                    const err23 = { instancePath: instancePath + "/pattern_rules/" + i2 + "/field", schemaPath: "#/definitions/patternRule/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err24 = { instancePath: instancePath + "/pattern_rules/" + i2 + "/field", schemaPath: "#/definitions/patternRule/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data10.pattern !== undefined) {
                            if (typeof data10.pattern !== "string") {
                                const err25 = { instancePath: instancePath + "/pattern_rules/" + i2 + "/pattern", schemaPath: "#/definitions/patternRule/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err26 = { instancePath: instancePath + "/pattern_rules/" + i2, schemaPath: "#/definitions/patternRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/pattern_rules", schemaPath: "#/properties/pattern_rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.target_group_id !== undefined) {
            let data14 = data.target_group_id;
            if (((typeof data14 !== "string") && (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))))) && (data14 !== null)) {
                const err28 = { instancePath: instancePath + "/target_group_id", schemaPath: "#/properties/target_group_id/type", keyword: "type", params: { type: schema11.properties.target_group_id.type }, message: "must be string,integer,null" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (typeof data14 === "string") {
                if (func2(data14) < 1) {
                    const err29 = { instancePath: instancePath + "/target_group_id", schemaPath: "#/properties/target_group_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err30];
        }
        else {
            vErrors.push(err30);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./lib/lint/filter/meta.js
// filter-invalid: the file is checked against schemas/event-filter.schema.json, the same schema
// editors use for completion.


// Compiled ahead of time (scripts/gen-validators.mjs): compiling it here cost ~100 ms of every start.

const meta_rules = (0,rule/* defineRules */.x)({
    filterInvalid: {
        id: 'filter-invalid',
        raisedBy: () => checkMeta,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'The file is a well-formed CXone event filter (schemas/event-filter.schema.json).',
        doc: 'An event filter file has `name`, `channel`, and optionally `matchers` (each `{attribute, operator, value}`), ' +
            '`pattern_rules` (each `{type, field, pattern}`), `target_group_id` (null for no group, as the platform allows) and `description`, and nothing ' +
            'else. This rule reports every place where the file does not fit schemas/event-filter.schema.json - a missing ' +
            'or misspelt key, a value of the wrong kind - except problems a more specific rule (unknown-channel, ' +
            'unknown-operator, unknown-pattern-type, operator-value-type) already reports. Add ' +
            '`# yaml-language-server: $schema=<path to>/schemas/event-filter.schema.json` at the top of the file to get the ' +
            'same checks and completion in the editor.',
        fix: 'Correct the value at the reported place as the message says; the editor schema shows the allowed keys and values.',
    },
});
const meta_validate = event_filter_validator;
function metaErrors(contract) {
    return meta_validate(contract.doc) ? [] : [...(meta_validate.errors ?? [])];
}
function checkMeta(contract, covered) {
    return metaFindings(meta_rules.filterInvalid, contract, metaErrors(contract), covered);
}

;// CONCATENATED MODULE: ./lib/lint/filter/operator-value.js
// operator-value-type: the value of a matcher must be of the kind its operator compares.



const operator_value_rules = (0,rule/* defineRules */.x)({
    operatorValueType: {
        id: 'operator-value-type',
        raisedBy: () => checkOperatorValues,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'greater_than/less_than take a number, `in` a non-empty list, equals/not_equals/contains one string, number or boolean.',
        doc: 'Each operator compares with a particular kind of value. `greater_than` and `less_than` compare numbers, so a ' +
            'string such as "platinum" or even "300" in quotes never compares as intended; `in` needs a non-empty list of ' +
            'candidates; `equals`, `not_equals` and `contains` compare with a single value, so a list there is a mistake ' +
            '(usually `in` was meant).',
        fix: 'Give greater_than/less_than a number without quotes, `in` a list, and the other operators a single value.',
    },
});
/** Why `value` does not suit `op`, or null when it does. */
function problem(op, value) {
    switch (op) {
        case 'greater_than':
        case 'less_than':
            if (typeof value === 'number' && Number.isFinite(value))
                return null;
            if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
                return `${op} needs a number, not the string ${(0,context/* show */.WU)(value)}; write ${value.trim()} without quotes`;
            return `${op} needs a number, not ${(0,context/* show */.WU)(value)}`;
        case 'in':
            if (Array.isArray(value) && value.length > 0)
                return null;
            return Array.isArray(value)
                ? 'in needs a non-empty list of values'
                : `in needs a list of values, not ${(0,context/* show */.WU)(value)}; write [${(0,context/* show */.WU)(value)}] or use equals`;
        default:
            if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
                return null;
            return Array.isArray(value)
                ? `${op} compares with one value, not a list; use in for a list of candidates`
                : `${op} needs a string, number or boolean, not ${(0,context/* show */.WU)(value)}`;
    }
}
function checkOperatorValues(contract) {
    const out = [];
    for (const [m, i] of entries(contract.doc, 'matchers')) {
        if (!isOperator(m.operator) || !('value' in m))
            continue; // unknown operator / missing value: reported elsewhere
        const why = problem(m.operator, m.value);
        if (why)
            out.push((0,context/* report */.z8)(operator_value_rules.operatorValueType, contract, ['matchers', i, 'value'], why));
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(48280);
// EXTERNAL MODULE: ./lib/core/memo.js
var memo = __webpack_require__(38325);
// EXTERNAL MODULE: ./lib/lint/regex.js
var regex = __webpack_require__(18986);
// EXTERNAL MODULE: ./lib/lint/schema/walk.js
var walk = __webpack_require__(55624);
// EXTERNAL MODULE: ./lib/lint/filter/recheck.js
var recheck = __webpack_require__(97351);
// EXTERNAL MODULE: ./lib/lint/filter/redos-fast-path.js
var redos_fast_path = __webpack_require__(52418);
// EXTERNAL MODULE: ./lib/lint/filter/redos-verdict.js + 1 modules
var redos_verdict = __webpack_require__(11833);
;// CONCATENATED MODULE: ./lib/lint/filter/redos.js
// regex-redos and regex-redos-unknown: a filter regex runs on every event of the channel; one
// with catastrophic backtracking lets a single crafted event stall event processing.
// Verdicts come from the product's one ReDoS authority (./redos-verdict.ts).






const redos_rules = (0,rule/* defineRules */.x)({
    regexRedos: {
        id: 'regex-redos',
        raisedBy: () => checkRedos,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'A regex pattern rule has no catastrophic backtracking (ReDoS).',
        doc: 'Backtracking regex engines can take exponential or high-polynomial time on some inputs when a pattern lets ' +
            'them split the same text in many ways - nested quantifiers such as `(a+)+`, overlapping alternatives such as ' +
            '`(a|a)*`, or adjacent quantifiers over the same characters such as `\\d+\\d+` or an unanchored `\\s+$`. A pattern ' +
            'rule runs on every event of its channel, so one crafted value can stall event processing. The verdict, the ' +
            'complexity and an attack string come from recheck.',
        fix: 'Remove the ambiguity: do not nest quantifiers, make alternatives disjoint, anchor the pattern with ^, and bound repetitions ({1,64}).',
    },
    regexRedosUnknown: {
        id: 'regex-redos-unknown',
        raisedBy: () => checkRedos,
        test: 'test/lint/redos.test.ts',
        severity: 'warning',
        summary: 'The ReDoS checker could not decide whether a regex pattern rule is safe.',
        doc: 'recheck gave up on the pattern - it ran out of time (2 s per pattern, 10 s for all the regexes of a run), or the ' +
            'pattern uses a construct it does not analyse - so the pattern may or may not backtrack catastrophically. This is ' +
            'a warning rather than a guess either way: review the pattern by hand, or simplify it until the checker can decide.',
        fix: 'Simplify the pattern (fewer quantifiers and alternatives, anchors, bounded repetitions) so the checker can decide, or review it by hand.',
    },
});

/** Findings for the valid regex `pattern` at `path` (pointer tokens) of `contract`. */
function checkRedos(contract, pattern, path, timeoutMs = redos_verdict/* REDOS_TIMEOUT_MS */.NV) {
    const v = (0,redos_verdict/* redosVerdict */.bs)(pattern, timeoutMs);
    if (v.kind === 'safe')
        return [];
    const rule = v.kind === 'vulnerable' ? redos_rules.regexRedos : redos_rules.regexRedosUnknown;
    return [(0,context/* report */.z8)(rule, contract, path, `regex ${(0,context/* show */.WU)(pattern)}: ${v.message}`)];
}
/**
 * Start the run's ReDoS budget, and load the engine when some regex of these contracts, or of the
 * live schemas they are compared with (`liveDocs`: witnesses and the evolution engine run those),
 * needs it, so the synchronous lint, engine and witnesses can use it. A run whose patterns are all
 * provably linear never loads it.
 */
async function prepareRedos(contracts, liveDocs = []) {
    (0,redos_verdict/* startRedosRun */.nh)();
    if (contracts.some((c) => regexesOf(c).some((p) => !(0,redos_fast_path/* provablyLinear */.D6)(p))))
        return (0,recheck/* loadRecheck */.U)();
    await prepareRegexes(liveDocs);
}
/** Load the engine when some regex of these raw schema documents needs it (e.g. `diff`, which lints nothing). */
async function prepareRegexes(docs) {
    for (const doc of docs)
        if (schemaRegexes(doc).some((p) => !(0,redos_fast_path/* provablyLinear */.D6)(p)))
            return (0,recheck/* loadRecheck */.U)();
}
/** The regexes a contract declares: filter regex rules, schema patterns and patternProperties keys. */
function regexesOf(c) {
    if (c.kind === 'schema')
        return schemaRegexes(c.doc);
    const out = [];
    const list = c.doc.pattern_rules;
    if (Array.isArray(list)) {
        for (const r of list)
            if (r?.type === 'regex' && typeof r.pattern === 'string')
                out.push(r.pattern);
    }
    return out;
}
function schemaRegexes(doc) {
    const out = [];
    (0,walk/* walkSchema */.r)(doc, (node) => {
        if (typeof node.pattern === 'string')
            out.push(node.pattern);
        if ((0,context/* isRecord */.u4)(node.patternProperties))
            out.push(...Object.keys(node.patternProperties));
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/filter/pattern-rules.js
// regex-invalid, cidr-invalid, cidr-host-bits, prefix-empty: each pattern rule's pattern must be usable as its type.







const pattern_rules_rules = (0,rule/* defineRules */.x)({
    regexInvalid: {
        id: 'regex-invalid',
        raisedBy: () => checkPatternRules,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'A regex pattern rule compiles as an ECMAScript regular expression in unicode mode.',
        doc: 'Patterns are checked with the `u` flag - the strict grammar also used for JSON Schema `pattern` - so that a ' +
            'pattern means the same thing wherever it runs. Besides plain mistakes (an unclosed group or class, a ' +
            'quantifier with nothing before it, an invalid escape), this rejects legacy leniencies such as `\\-` or `\\_` ' +
            'outside a character class, a lone `{` or `]`, and `\\1` without a group; the message says when only the ' +
            'legacy grammar would accept the pattern.',
        fix: 'Correct the regular expression; escape only syntax characters ( ^ $ \\ . * + ? ( ) [ ] { } | / ).',
    },
    cidrInvalid: {
        id: 'cidr-invalid',
        raisedBy: () => checkPatternRules,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'A cidr pattern rule is an IPv4 or IPv6 range such as 10.0.0.0/8 or 2001:db8::/32.',
        doc: 'A `cidr` pattern is an address, a slash and a prefix length that fits the address family: at most 32 for IPv4 ' +
            'and 128 for IPv6. IPv4 addresses must be written as four decimal parts; shorthand such as `10/8` or hexadecimal ' +
            'parts are read differently by different parsers.',
        fix: 'Write the range as ADDRESS/LENGTH, e.g. 10.0.0.0/8 (IPv4, length 0-32) or 2001:db8::/32 (IPv6, length 0-128).',
    },
    cidrHostBits: {
        id: 'cidr-host-bits',
        raisedBy: () => checkPatternRules,
        test: 'test/lint/filter.test.ts',
        severity: 'warning',
        summary: 'A cidr pattern rule names its network address: no bits set past the prefix length.',
        doc: 'In `10.0.0.1/8` the address has bits set that the prefix length discards: the range is 10.0.0.0/8, all 16 million ' +
            'addresses, though the text reads like one host. Such a range is usually a typo for a longer prefix (`/32`) or a ' +
            'copied host address; some platforms refuse it, others widen it silently.',
        fix: 'Write the network address (e.g. 10.0.0.0/8), or the prefix length you meant (e.g. 10.0.0.1/32 for one host).',
    },
    prefixEmpty: {
        id: 'prefix-empty',
        raisedBy: () => checkPatternRules,
        test: 'test/lint/filter.test.ts',
        severity: 'error',
        summary: 'A prefix pattern rule has a non-empty prefix.',
        doc: 'Every string starts with the empty prefix, so an empty (or blank) `prefix` pattern matches every event and the ' +
            'rule silently stops filtering. It is almost always a value that was left out or lost in templating.',
        fix: 'Set `pattern` to the prefix the field must start with, or remove the rule.',
    },
});
function checkPatternRules(contract) {
    const out = [];
    for (const [rule, i] of entries(contract.doc, 'pattern_rules')) {
        const p = rule.pattern;
        if (typeof p !== 'string')
            continue; // filter-invalid reports a missing or non-string pattern
        const at = ['pattern_rules', i, 'pattern'];
        if (rule.type === 'regex') {
            const error = (0,regex/* regexError */.ur)(p);
            if (error)
                out.push((0,context/* report */.z8)(pattern_rules_rules.regexInvalid, contract, at, `regex ${(0,context/* show */.WU)(p)} does not compile: ${error}`));
            else
                out.push(...checkRedos(contract, p, at));
        }
        else if (rule.type === 'cidr') {
            const why = cidrProblem(p);
            if (why)
                out.push((0,context/* report */.z8)(pattern_rules_rules.cidrInvalid, contract, at, `cidr ${(0,context/* show */.WU)(p)} is not a valid IP range: ${why}`));
            else {
                const network = hostBitsSet(p);
                if (network)
                    out.push((0,context/* report */.z8)(pattern_rules_rules.cidrHostBits, contract, at, `cidr ${(0,context/* show */.WU)(p)} has host bits set: it is the range ${network}`));
            }
        }
        else if (rule.type === 'prefix' && p.trim() === '') {
            out.push((0,context/* report */.z8)(pattern_rules_rules.prefixEmpty, contract, at, p === ''
                ? 'prefix is empty: the rule would match every event'
                : 'prefix is blank (whitespace only): almost certainly a value that was left out'));
        }
    }
    return out;
}
// Filters repeat the same few ranges.
const cidrVerdicts = new Map();
const MAX_CACHED_RANGES = 10_000;
function cidrProblem(p) {
    return (0,memo/* boundedMemo */.S)(cidrVerdicts, p, MAX_CACHED_RANGES, parseProblem);
}
/**
 * ipaddr.js's class for the family `addr` is written in (only IPv6 has colons). Its generic
 * parseCIDR tries IPv6 first, which compiles IPv6's regexes (about 8 ms) even for IPv4 ranges.
 */
const family = (addr) => addr.includes(':') ? ipaddr.IPv6 : ipaddr.IPv4;
/** The network the range really is (`10.0.0.0/8` for `10.0.0.1/8`), when the address is not it. p parses. */
function hostBitsSet(p) {
    const ip = family(p.slice(0, p.indexOf('/')));
    const [addr, length] = ip.parseCIDR(p);
    const network = ip.networkAddressFromCIDR(p);
    return network.toString() === addr.toString() ? undefined : `${network.toString()}/${length}`;
}
function parseProblem(p) {
    const slash = p.indexOf('/');
    if (slash < 0)
        return 'missing /LENGTH (e.g. 10.0.0.0/8)';
    const addr = p.slice(0, slash);
    const length = p.slice(slash + 1);
    if (!/^\d{1,3}$/.test(length))
        return `prefix length ${(0,context/* show */.WU)(length)} is not a number`;
    if (ipaddr.IPv4.isValid(addr) && !ipaddr.IPv4.isValidFourPartDecimal(addr))
        return 'write the IPv4 address as four decimal parts (a.b.c.d)';
    try {
        family(addr).parseCIDR(p);
        return null;
    }
    catch {
        const max = addr.includes(':') ? 128 : 32;
        if (family(addr).isValid(addr) && Number(length) > max)
            return `prefix length ${length} exceeds ${max} for ${max === 32 ? 'IPv4' : 'IPv6'}`;
        return `${(0,context/* show */.WU)(addr)} is not an IP address`;
    }
}

;// CONCATENATED MODULE: ./lib/lint/filter/index.js
// All checks of one event filter file. The specific checks run first so that the generic
// meta-validation can leave out what they already reported.




function lintFilter(contract) {
    const specific = [...checkEnums(contract), ...checkOperatorValues(contract), ...checkPatternRules(contract)];
    return [...specific, ...checkMeta(contract, new Set(specific.map((f) => f.pointer)))];
}

// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __webpack_require__(35095);
;// CONCATENATED MODULE: ./lib/lint/names.js
// control-character: a schema title, a filter name or a contract's file name holds a control
// character (a newline, ESC, U+2028, a bidirectional override). Such a name is printed in the log,
// the PR comment and the tenant's console; a newline in it could write a workflow command, a bidi
// override makes it read as something else. Output escapes them anyway (src/core/log-safe.ts):
// this rule says where the name is, so it gets fixed rather than escaped forever.



const names_rules = (0,rule/* defineRules */.x)({
    controlCharacter: {
        id: 'control-character',
        raisedBy: () => checkNames,
        test: 'test/lint/names.test.ts',
        severity: 'error',
        summary: 'A schema `title`, a filter `name` or a contract file name holds a control character.',
        doc: 'Titles, names and file names are shown in logs, annotations, the PR comment and the platform console. A ' +
            'newline, carriage return or other C0/C1 control character, ESC (terminal sequences), U+2028/U+2029 or a ' +
            'bidirectional override (U+202A-U+202E, U+2066-U+2069) in one can break a line of the log into a forged ' +
            'workflow command or make the name read as something it is not. cxone-contract escapes them in every output; ' +
            'the platform may not.',
        fix: 'Remove the character (the message shows it escaped, e.g. `\\n` or `\\u202e`); rename the file if it is in the file name.',
    },
});
/** control-character findings for `c`: its title or name, and its file name. */
function checkNames(c) {
    const findings = [];
    const key = c.kind === 'schema' ? 'title' : 'name';
    const value = c.doc[key];
    if (typeof value === 'string' && (0,log_safe/* hasControlCharacter */.Fd)(value)) {
        findings.push((0,context/* report */.z8)(names_rules.controlCharacter, c, [key], `${c.kind === 'schema' ? 'schema title' : 'filter name'} "${(0,log_safe/* escapeControl */.hN)(value)}" holds a control character`));
    }
    if ((0,log_safe/* hasControlCharacter */.Fd)(c.file)) {
        findings.push((0,context/* report */.z8)(names_rules.controlCharacter, c, '', `the file name "${(0,log_safe/* escapeControl */.hN)(c.file)}" holds a control character`));
    }
    return findings;
}

// EXTERNAL MODULE: ./lib/core/ref-chain.js + 1 modules
var ref_chain = __webpack_require__(67408);
// EXTERNAL MODULE: ./lib/lint/validators.js
var validators = __webpack_require__(24518);
// EXTERNAL MODULE: ./lib/core/schema-vocabulary.js
var schema_vocabulary = __webpack_require__(43277);
;// CONCATENATED MODULE: ./lib/lint/schema/refs.js
// ref-cycle / ref-chain-too-long: a `$ref` must reach a schema. A chain of `$ref`s that comes
// back on itself, or runs past the hop limit, names no schema at all; validators overflow their
// stack on it, and comparing it as "anything" would hide a narrowing behind it. Recursion through
// a keyword (`node: {properties: {next: {$ref: '#/definitions/node'}}}`) is fine: the chain
// reaches `node`, a schema, in one hop.
// ref-sibling-keywords: keywords that assert beside a `$ref` are ignored by draft-07 and applied by
// ajv and many other validators, so the node means two different things.





const refs_rules = (0,rule/* defineRules */.x)({
    refCycle: {
        id: 'ref-cycle',
        raisedBy: () => refChainFinding,
        test: 'test/lint/refs.test.ts',
        severity: 'error',
        summary: 'A `$ref` leads to a cycle of `$ref`s that never reaches a schema.',
        doc: 'In `definitions: {a: {$ref: "#/definitions/b"}, b: {$ref: "#/definitions/a"}}` neither definition is a schema: each ' +
            'only names the other. Validators recurse on it until they run out of stack, and no tool can say what it allows. ' +
            'A recursive schema is different and fine: its `$ref` points at a definition that is a schema (an object with ' +
            '`properties`, `items`, ...), and the recursion goes through one of its keywords.',
        fix: 'Make one definition on the cycle a real schema (with `type`, `properties`, ...), or point the `$ref` at one.',
    },
    refChainTooLong: {
        id: 'ref-chain-too-long',
        raisedBy: () => refChainFinding,
        test: 'test/lint/refs.test.ts',
        severity: 'error',
        summary: `A \`$ref\` is followed by more than ${ref_chain/* MAX_REF_HOPS */.q} \`$ref\`s in a row before it reaches a schema.`,
        doc: `A chain of definitions that only name the next one is followed at most ${ref_chain/* MAX_REF_HOPS */.q} times; past that, what ` +
            'the `$ref` allows is unknown, and the compatibility check treats it as breaking. No real schema needs such a chain.',
        fix: 'Point the `$ref` straight at the definition that holds the schema.',
    },
    refSiblingKeywords: {
        id: 'ref-sibling-keywords',
        raisedBy: () => checkRefSiblings,
        test: 'test/lint/refs.test.ts',
        severity: 'warning',
        summary: 'A schema node with a `$ref` has a keyword beside it that asserts (`type`, `maxLength`, `properties`, ...): draft-07 ignores it, ajv applies it.',
        doc: 'Draft-07 says that every keyword beside a `$ref` is ignored: in `{$ref: "#/definitions/name", maxLength: 40}` ' +
            'the `maxLength` constrains nothing. Yet ajv (which this tool uses to validate `examples`) and many other ' +
            'validators apply it, so the same schema accepts different events depending on the validator that reads it. ' +
            'The evolution check judges such a node under both readings and reports a change either one sees. ' +
            'Annotations beside a `$ref` (`title`, `description`, `$comment`, `examples`, `default`, `readOnly`, ' +
            '`writeOnly`), `$id`, `definitions` and `x-` extensions are not reported: they assert nothing either way.',
        fix: 'Wrap the `$ref` and its neighbours in an `allOf`: `allOf: [{$ref: "#/definitions/name"}, {maxLength: 40}]`, which every validator reads the same way.',
    },
});
/**
 * The finding for the `$ref` at `pointer` (the `/$ref` keyword itself), when its chain is a pure
 * cycle or too long; null when it reaches a schema or does not resolve (schema-compile says so).
 * `chain`: the chain already followed (by the draft-07 rules, from the `$ref`'s own base URI).
 */
function refChainFinding(contract, ref, pointer, chain = (0,ref_chain/* followRef */.$)(contract.doc, ref, pointer.replace(/\/\$ref$/, ''))) {
    if (chain.kind === 'cycle') {
        const path = chain.path.map((p) => '#' + p).join(' -> ');
        return (0,context/* report */.z8)(refs_rules.refCycle, contract, pointer, `$ref ${(0,context/* show */.WU)(ref)} never reaches a schema: ${(0,context/* show */.WU)(path)} is a cycle of $refs only`);
    }
    if (chain.kind === 'too-long') {
        return (0,context/* report */.z8)(refs_rules.refChainTooLong, contract, pointer, `$ref ${(0,context/* show */.WU)(ref)} is a chain of more than ${ref_chain/* MAX_REF_HOPS */.q} $refs (it stops at #${chain.pointer} without reaching a schema)`);
    }
    return null;
}
/** One warning per `$ref` that has asserting keywords beside it, located at the `$ref`. */
function checkRefSiblings(contract) {
    const declared = (0,schema_vocabulary/* declaredDialect */.Bn)(contract.doc);
    if (!('dialect' in declared))
        return []; // later drafts apply the keywords beside a $ref: nothing to warn about
    const dialect = declared.dialect;
    const out = [];
    (0,walk/* walkSchema */.r)(contract.doc, (node, path) => {
        if (typeof node.$ref !== 'string')
            return;
        const beside = (0,schema_vocabulary/* assertingSiblings */.Gl)(node, dialect);
        if (beside.length === 0)
            return;
        const [noun, verb] = beside.length === 1 ? ['keyword', 'is'] : ['keywords', 'are'];
        out.push((0,context/* report */.z8)(refs_rules.refSiblingKeywords, contract, [...path, '$ref'], `${noun} beside $ref (${beside.join(', ')}) ${verb} ignored by ${dialect} but applied by ajv and others; put them in an allOf with the $ref`));
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/schema/compile.js
// schema-compile: the schema must compile as draft-07. Compiling with ajv costs about a millisecond
// per schema, more than all other checks together, so we compile only when ajv is the only judge:
//  - `pattern`s and `patternProperties` keys are checked here with RegExp (the `u` grammar ajv uses);
//  - `$ref`s are resolved here against the document by the draft-07 rules (../../core/ref-chain.ts);
//  - with meta-validation passed and strict mode off, nothing else can make ajv's compile fail
//    (an unknown format is ignored, combinators and other keywords are plain code generation).
// ajv compiles when the schema has `examples` (we need its validator) or a `$id` (ajv's resolver
// must agree with ours on what each `$ref` names).








const compile_rules = (0,rule/* defineRules */.x)({
    schemaCompile: {
        id: 'schema-compile',
        raisedBy: () => checkCompile,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'The schema compiles as draft-07: every `$ref` resolves and every `pattern` is a valid regular expression.',
        doc: 'A schema can be well-formed and still unusable: a `$ref` that points to a definition that does not exist, an ' +
            'external `$ref` (the registry stores self-contained schemas and resolves nothing outside the document), or a ' +
            '`pattern` / `patternProperties` key that is not a valid ECMAScript regular expression in unicode mode (the ' +
            'grammar JSON Schema validators use). Producers and consumers that validate events would fail on it.',
        fix: 'Point `$ref` at an existing `#/definitions/<name>` in the same file, and correct the regular expression.',
    },
});
/**
 * `wellFormed`: the meta-schema accepted the document. Our own checks read only strings and run
 * always; ajv runs only on well-formed schemas, otherwise it would report the same defects again.
 */
function checkCompile(contract, wellFormed) {
    const findings = [];
    const refs = [];
    let hasId = false;
    (0,walk/* walkSchema */.r)(contract.doc, (node, path) => {
        if (typeof node.pattern === 'string') {
            const error = (0,regex/* regexError */.ur)(node.pattern);
            if (error)
                findings.push((0,context/* report */.z8)(compile_rules.schemaCompile, contract, [...path, 'pattern'], `pattern ${(0,context/* show */.WU)(node.pattern)} is not a valid regular expression: ${error}`));
        }
        if ((0,context/* isRecord */.u4)(node.patternProperties)) {
            for (const key of Object.keys(node.patternProperties)) {
                const error = (0,regex/* regexError */.ur)(key);
                if (error)
                    findings.push((0,context/* report */.z8)(compile_rules.schemaCompile, contract, [...path, 'patternProperties', key], `patternProperties key ${(0,context/* show */.WU)(key)} is not a valid regular expression: ${error}`));
            }
        }
        if (typeof node.$ref === 'string')
            refs.push({ ref: node.$ref, pointer: (0,core_pointer/* toPointer */.rb)([...path, '$ref']) });
        if (node.$id !== undefined)
            hasId = true;
    });
    // With a $id anywhere, ajv compiles too: it must agree that every ref resolves.
    const needsAjv = hasId || (Array.isArray(contract.doc.examples) && contract.doc.examples.length > 0);
    for (const site of refs) {
        const chain = (0,ref_chain/* followRef */.$)(contract.doc, site.ref, site.pointer.slice(0, -'/$ref'.length));
        if (chain.kind === 'unresolvable')
            findings.push((0,context/* report */.z8)(compile_rules.schemaCompile, contract, site.pointer, refProblem(site.ref, chain)));
        else {
            // ajv would overflow on it: never compiled.
            const broken = refChainFinding(contract, site.ref, site.pointer, chain);
            if (broken)
                findings.push(broken);
        }
    }
    if (findings.length > 0 || !needsAjv || !wellFormed)
        return { findings };
    // The evolution's witness search judges with this same compile (the document is its cache key).
    const result = (0,validators/* compiled */.QO)(contract.doc);
    if (result.ok)
        return { findings, validate: result };
    const missing = result.missingRef;
    const at = refs.find((r) => missing !== undefined && missing.endsWith(r.ref))?.pointer ?? '';
    return {
        findings: [(0,context/* report */.z8)(compile_rules.schemaCompile, contract, at, `schema does not compile as draft-07: ${result.error}`)],
    };
}
/** Why `ref` (or the `$ref` its chain reaches, `chain.ref`) resolves to nothing in this document. */
function refProblem(ref, chain) {
    const via = chain.ref === ref ? '' : ` (its chain reaches $ref ${(0,context/* show */.WU)(chain.ref)})`;
    switch (chain.reason) {
        case 'external':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} points outside this file; the registry stores self-contained schemas, so move the referenced schema into definitions`;
        case 'bad-uri':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} is not a valid URI reference`;
        case 'no-anchor':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} names an anchor, but no $id in this schema declares it; use a pointer such as "#/definitions/<name>"`;
        case 'ambiguous':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} names a URI that two schemas in this file declare with $id; give each its own`;
        case 'missing':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} points to nothing: ${chain.pointer || '#'} does not exist in this schema`;
        case 'not-schema':
            return `$ref ${(0,context/* show */.WU)(ref)}${via} points to ${chain.pointer || '#'}, which is not a schema`;
    }
}

;// CONCATENATED MODULE: ./lib/lint/schema/dialect.js
// schema-dialect: a contract file declares draft-07, the dialect the platform validates events
// with, or nothing. The evolution check honours another declared dialect (draft-04/06 are read by
// their own rules; later drafts are refused), but the platform does not: it reads the file as
// draft-07 whatever its `$schema` says.



const dialect_rules = (0,rule/* defineRules */.x)({
    schemaDialect: {
        id: 'schema-dialect',
        raisedBy: () => checkDialect,
        test: 'test/lint/dialect.test.ts',
        severity: 'error',
        summary: 'The root `$schema`, when present, names draft-07 (http or https, with or without the trailing `#`).',
        doc: 'CXone validates events by the draft-07 rules whatever `$schema` says. A file declaring draft 2019-09, 2020-12 or an ' +
            'unknown URI is written in a dialect nothing here reads: its `$defs`, `prefixItems` or `dependentRequired` would be ' +
            'silently ignored, so the breaking-change check refuses it. A file declaring draft-04 or draft-06 is an error too, ' +
            'not a warning: the check reads it by its own rules (draft-04 `exclusiveMinimum: true`, `id`; no `if` in draft-06), ' +
            'while the platform reads it as draft-07, where a boolean `exclusiveMinimum` is invalid and `id` names nothing - the ' +
            'file, the check and the platform would each mean something different. Declaring draft-07 is a one-line fix.',
        fix: 'Set `$schema: "http://json-schema.org/draft-07/schema#"` (or remove it) and write the schema in draft-07: e.g. `minimum: 5, exclusiveMinimum: true` becomes `exclusiveMinimum: 5`, `id` becomes `$id`.',
    },
});
function checkDialect(contract) {
    const declared = (0,schema_vocabulary/* declaredDialect */.Bn)(contract.doc);
    if ('dialect' in declared) {
        if (declared.dialect === 'draft-07')
            return [];
        return [
            (0,context/* report */.z8)(dialect_rules.schemaDialect, contract, '/$schema', `$schema ${(0,context/* show */.WU)(contract.doc.$schema)} declares ${declared.dialect}, but the platform validates events as draft-07; declare draft-07 and write the schema in it`),
        ];
    }
    return [
        (0,context/* report */.z8)(dialect_rules.schemaDialect, contract, '/$schema', `$schema ${(0,context/* show */.WU)(declared.unsupported)} declares ${declared.name}, which is not supported: the platform validates events as draft-07, so declare draft-07 (http://json-schema.org/draft-07/schema#)`),
    ];
}

// EXTERNAL MODULE: ./lib/core/fan-out.js
var fan_out = __webpack_require__(68915);
// EXTERNAL MODULE: ./lib/core/thousands.js
var thousands = __webpack_require__(74468);
;// CONCATENATED MODULE: ./lib/lint/schema/examples.js
// example-invalid: an example event in the schema file must be an event the schema accepts;
// example-unchecked: a schema whose validation could take exponential time gets its examples unchecked.







const examples_rules = (0,rule/* defineRules */.x)({
    exampleInvalid: {
        id: 'example-invalid',
        raisedBy: () => checkExamples,
        test: 'test/lint/schema-patterns.test.ts',
        severity: 'error',
        summary: 'Every entry of the top-level `examples` validates against the schema, `format` included.',
        doc: 'Examples are what producers copy and what reviewers read to understand an event. An example that the schema ' +
            'rejects documents an event that can never be sent: either the example is stale (a field was renamed, made ' +
            'required or narrowed) or the schema does not say what was meant. `format` is checked as the compatibility ' +
            'check reads it, as an assertion (date, time, date-time, email, hostname, ipv4, ipv6, uri, uuid and the other ' +
            'draft-07 formats). Each problem is reported on its own, at the value in the example it is about.',
        fix: 'Update the example to a valid event, or correct the schema if the example shows the intended event.',
    },
    exampleUnchecked: {
        id: 'example-unchecked',
        raisedBy: () => checkExamples,
        test: 'test/lint/schema.test.ts',
        severity: 'warning',
        summary: 'The examples were not validated: one validation could take exponential time.',
        doc: 'A validator evaluates each subschema as often as the schema uses it. Definitions that each use the previous one ' +
            'more than once (`not: {if: prev, then: prev}`, two `anyOf` members naming the same definition, ...) multiply ' +
            'at every link, and one example nested as deep as the chain can keep ajv busy for minutes. Past ' +
            `${(0,thousands/* thousands */.o)(fan_out/* MAX_FAN_OUT */.G4)} ` +
            'evaluations of one event the examples are not validated (and no example event is searched for a breaking change).',
        fix: 'Refer to each definition once per subschema: factor what two branches share into one `allOf` member.',
    },
});
/** At most this many errors per example, and per file: the first few say what is wrong. */
const MAX_ERRORS = 10;
const MAX_FINDINGS = 100;
/**
 * An example that reaches a regex the ReDoS authority did not clear is not validated (the validator
 * refuses to run it); schema-pattern-redos or -unknown on the pattern says so. An example that is
 * not an object is schema-invalid already and is skipped; the others are still validated.
 */
function checkExamples(contract, validate) {
    const examples = contract.doc.examples;
    if (!Array.isArray(examples))
        return [];
    if (examples.length > 0) {
        const said = (0,fan_out/* excessiveFanOut */.VP)(contract.doc);
        if (said !== undefined) {
            return [
                (0,context/* report */.z8)(examples_rules.exampleUnchecked, contract, '/examples', `the examples were not validated: one validation could evaluate subschemas ${said}`),
            ];
        }
    }
    const out = [];
    examples.forEach((example, i) => {
        if (!(0,context/* isRecord */.u4)(example) || out.length >= MAX_FINDINGS || validated(validate, example))
            return;
        const problems = explainEach(validate.errors(), example);
        const shown = problems.slice(0, MAX_ERRORS);
        shown.forEach(({ pointer, message }, k) => {
            // The value the problem is about, when it is in the example (a missing property: its object).
            const at = (0,core_pointer/* resolvePointer */.cj)(example, pointer) !== undefined ? `/examples/${i}${pointer}` : `/examples/${i}`;
            const more = k === shown.length - 1 && problems.length > shown.length
                ? ` (and ${problems.length - shown.length} more problems in this example)`
                : '';
            out.push((0,context/* report */.z8)(examples_rules.exampleInvalid, contract, at, `example ${i} does not validate against the schema: event${pointer} ${message}${more}`));
        });
    });
    return out;
}
/** True when valid, or when validating would run a regex that was not cleared (not judged). */
function validated(validate, example) {
    try {
        return validate.validate(example);
    }
    catch (err) {
        if (err instanceof regex/* UnclearedRegexError */.By)
            return true;
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/lint/schema/keywords.js
// unknown-keyword: a keyword the schema's dialect does not define is ignored by every validator,
// so a typo (`maxLenght`, nested `propertys`) silently drops the constraint that was meant.
// Only schema positions are read (walkSchema): property names, enum values, examples, default
// and const are data, never keywords.





const keywords_rules = (0,rule/* defineRules */.x)({
    unknownKeyword: {
        id: 'unknown-keyword',
        raisedBy: () => checkKeywords,
        test: 'test/lint/keywords.test.ts',
        severity: 'warning',
        summary: 'Every keyword of the schema is one JSON Schema draft-07 defines, an `x-` extension, or a platform field.',
        doc: 'JSON Schema validators ignore keywords their dialect does not define. A misspelled keyword (`maxLenght`, ' +
            '`propertys`, `Required`) or one from another schema language (OpenAPI `nullable`) therefore constrains ' +
            'nothing: the schema accepts events it was meant to reject, and the evolution check treats the keyword as an ' +
            'annotation. Vendor extensions start with `x-` (e.g. `x-cxone-deprecated-fields`); `cxoneVersion` is the ' +
            "platform's own field.",
        fix: 'Correct the spelling (the message suggests the keyword meant), or rename a deliberate extension to start with `x-`.',
    },
});
/** The platform's own fields beside the keywords (as in the evolution's PLATFORM_FIELDS). */
const PLATFORM_FIELDS = new Set(['cxoneVersion']);
/** Keywords of other schema languages, and what draft-07 says instead. */
const FOREIGN = {
    nullable: 'draft-07 has no `nullable`; add "null" to `type` (e.g. type: [string, "null"])',
    example: 'draft-07 names it `examples` (a list)',
    deprecated: 'draft-07 has no `deprecated`; list the property in `x-cxone-deprecated-fields`',
    id: 'draft-07 names it `$id`; `id` is draft-04',
};
/** One typo is usually repeated by copy and paste: report the first of these, then stop. */
const keywords_MAX_FINDINGS = 50;
function checkKeywords(contract) {
    const declared = (0,schema_vocabulary/* declaredDialect */.Bn)(contract.doc);
    if (!('dialect' in declared))
        return []; // a dialect we do not know: schema-dialect says so, its keywords are not ours to judge
    const dialect = declared.dialect;
    let vocabulary; // built only for a file with a finding: lint runs on thousands
    const out = [];
    (0,walk/* walkSchema */.r)(contract.doc, (node, path) => {
        for (const key of Object.keys(node)) {
            if (out.length >= keywords_MAX_FINDINGS)
                return;
            if ((0,schema_vocabulary/* isDefinedKeyword */.zd)(key, dialect) || key.startsWith('x-') || PLATFORM_FIELDS.has(key))
                continue;
            const hint = Object.prototype.hasOwnProperty.call(FOREIGN, key)
                ? ` (${FOREIGN[key]})`
                : (0,suggest.didYouMean)(key, (vocabulary ??= (0,schema_vocabulary/* definedKeywords */.OJ)(dialect)));
            out.push((0,context/* report */.z8)(keywords_rules.unknownKeyword, contract, [...path, key], `${(0,context/* show */.WU)(key)} is not a ${dialect} keyword, so validators ignore it${hint}`));
        }
    });
    return out;
}

// EXTERNAL MODULE: ./lib/lint/schema/limits.js
var limits = __webpack_require__(39329);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./lib/lint/generated/event-schema-validator.js
// Generated by scripts/gen-validators.mjs from schemas/event-schema.schema.json (npm run docs). Do not edit.
/* eslint-disable */
// @ts-nocheck

const runtime_equal = equal["default"] ?? equal;

const event_schema_validator_runtime_ucs2length = ucs2length["default"] ?? ucs2length;
const event_schema_validator_validate = (/* unused pure expression or super */ null && (event_schema_validator_validate10));
/* harmony default export */ const event_schema_validator = (event_schema_validator_validate10);
const event_schema_validator_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CXone EventBridge event schema", "description": "One event schema of a CXone EventBridge tenant: a draft-07 JSON Schema with the platform fields title, description, cxoneVersion and additionalProperties: false. Use in YAML with \"# yaml-language-server: $schema=<path>/schemas/event-schema.schema.json\".", "type": "object", "required": ["title", "cxoneVersion", "properties", "additionalProperties"], "properties": { "$schema": { "title": "$schema", "description": "The JSON Schema dialect. Optional; when present it must be draft-07.", "type": "string", "enum": ["http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-07/schema", "https://json-schema.org/draft-07/schema#", "https://json-schema.org/draft-07/schema"] }, "type": { "title": "type", "description": "An event is always a JSON object.", "const": "object" }, "title": { "title": "title", "description": "The schema's name: unique within the tenant, used to find the live version.", "type": "string", "minLength": 1 }, "description": { "title": "description", "description": "What the event means and when it is emitted.", "type": "string" }, "cxoneVersion": { "title": "cxoneVersion", "description": "Semantic version of this schema (MAJOR.MINOR.PATCH, e.g. 1.4.0); must increase with every change.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, "properties": { "title": "properties", "description": "The top-level fields of the event, by name (at most 150).", "type": "object", "maxProperties": 150 }, "required": { "title": "required", "description": "Names of the fields every event must carry; each must be declared in \"properties\".", "$ref": "#/definitions/stringArray" }, "additionalProperties": { "title": "additionalProperties", "description": "Must be false: CXone events are closed, an undeclared field is rejected.", "const": false }, "x-cxone-deprecated-fields": { "title": "x-cxone-deprecated-fields", "description": "Fields kept only for migration; each must still be declared in \"properties\".", "$ref": "#/definitions/stringArray" }, "examples": { "title": "examples", "description": "Complete example events; each must validate against this schema.", "type": "array", "items": { "type": "object" } }, "definitions": { "title": "definitions", "description": "Reusable schemas, referenced with \"$ref\": \"#/definitions/<name>\".", "type": "object" } }, "allOf": [{ "$ref": "#/definitions/schemaNode" }], "definitions": { "schemaNode": { "title": "Schema node", "description": "A draft-07 JSON Schema (object or boolean). Types are limited to the seven CXone supports.", "type": ["object", "boolean"], "properties": { "$id": { "title": "$id", "description": "URI that identifies this (sub)schema. Rarely needed in CXone schemas.", "type": "string" }, "$schema": { "title": "$schema", "description": "The JSON Schema dialect. CXone schemas are draft-07.", "type": "string" }, "$ref": { "title": "$ref", "description": "Reference to another schema, e.g. \"#/definitions/address\". External references are not resolved.", "type": "string" }, "$comment": { "title": "$comment", "description": "A comment for maintainers; ignored by validation.", "type": "string" }, "title": { "title": "title", "description": "Short human-readable name of this field.", "type": "string" }, "description": { "title": "description", "description": "What this field means; shown to the people who produce and consume the event.", "type": "string" }, "default": { "title": "default", "description": "Default value (an annotation; not applied by the platform)." }, "readOnly": { "title": "readOnly", "description": "The value is managed by the producer and should not be modified.", "type": "boolean", "default": false }, "writeOnly": { "title": "writeOnly", "description": "The value may be written but is never returned.", "type": "boolean", "default": false }, "examples": { "title": "examples", "description": "Example values for this field.", "type": "array", "items": true }, "multipleOf": { "title": "multipleOf", "description": "A number is valid only if it is a multiple of this value.", "type": "number", "exclusiveMinimum": 0 }, "maximum": { "title": "maximum", "description": "Inclusive upper bound of a number.", "type": "number" }, "exclusiveMaximum": { "title": "exclusiveMaximum", "description": "Exclusive upper bound of a number.", "type": "number" }, "minimum": { "title": "minimum", "description": "Inclusive lower bound of a number.", "type": "number" }, "exclusiveMinimum": { "title": "exclusiveMinimum", "description": "Exclusive lower bound of a number.", "type": "number" }, "maxLength": { "title": "maxLength", "description": "Maximum length of a string, in characters.", "$ref": "#/definitions/nonNegativeInteger" }, "minLength": { "title": "minLength", "description": "Minimum length of a string, in characters.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "pattern": { "title": "pattern", "description": "ECMAScript regular expression (unicode mode) a string must match somewhere; anchor it with ^...$ to match the whole value.", "type": "string" }, "additionalItems": { "title": "additionalItems", "description": "Schema for array items beyond those listed in a tuple-form \"items\".", "$ref": "#/definitions/schemaNode" }, "items": { "title": "items", "description": "Schema of every array item, or a list of schemas for a tuple.", "anyOf": [{ "$ref": "#/definitions/schemaNode" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }], "default": true }, "maxItems": { "title": "maxItems", "description": "Maximum number of array items.", "$ref": "#/definitions/nonNegativeInteger" }, "minItems": { "title": "minItems", "description": "Minimum number of array items.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "uniqueItems": { "title": "uniqueItems", "description": "When true, array items must be pairwise different.", "type": "boolean", "default": false }, "contains": { "title": "contains", "description": "At least one array item must match this schema.", "$ref": "#/definitions/schemaNode" }, "maxProperties": { "title": "maxProperties", "description": "Maximum number of properties of an object.", "$ref": "#/definitions/nonNegativeInteger" }, "minProperties": { "title": "minProperties", "description": "Minimum number of properties of an object.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "required": { "title": "required", "description": "Names of the properties an object must have; each must be declared in \"properties\".", "$ref": "#/definitions/stringArray" }, "additionalProperties": { "title": "additionalProperties", "description": "Schema for properties not listed in \"properties\" (false forbids them).", "$ref": "#/definitions/schemaNode" }, "definitions": { "title": "definitions", "description": "Reusable schemas, referenced with \"$ref\": \"#/definitions/<name>\".", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "properties": { "title": "properties", "description": "The fields of an object, by name.", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "patternProperties": { "title": "patternProperties", "description": "Schemas for properties whose names match a regular expression (the key).", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "dependencies": { "title": "dependencies", "description": "Properties or schemas that apply when a given property is present.", "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/schemaNode" }, { "$ref": "#/definitions/stringArray" }] } }, "propertyNames": { "title": "propertyNames", "description": "Schema every property name must match.", "$ref": "#/definitions/schemaNode" }, "const": { "title": "const", "description": "The only allowed value." }, "enum": { "title": "enum", "description": "The allowed values.", "type": "array", "items": true }, "type": { "title": "type", "description": "The JSON type(s) of the value. CXone supports string, integer, number, boolean, array, object and null.", "anyOf": [{ "$ref": "#/definitions/simpleType" }, { "type": "array", "items": { "$ref": "#/definitions/simpleType" }, "minItems": 1, "uniqueItems": true }] }, "format": { "title": "format", "description": "Semantic format of a string, e.g. date-time, email, uri, uuid (an annotation; not validated by this tool).", "type": "string" }, "contentMediaType": { "title": "contentMediaType", "description": "Media type of the string content, e.g. application/json.", "type": "string" }, "contentEncoding": { "title": "contentEncoding", "description": "Encoding of the string content, e.g. base64.", "type": "string" }, "if": { "title": "if", "description": "When the value matches this schema, \"then\" applies, otherwise \"else\".", "$ref": "#/definitions/schemaNode" }, "then": { "title": "then", "description": "Applies when \"if\" matches.", "$ref": "#/definitions/schemaNode" }, "else": { "title": "else", "description": "Applies when \"if\" does not match.", "$ref": "#/definitions/schemaNode" }, "allOf": { "title": "allOf", "description": "The value must match all of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "anyOf": { "title": "anyOf", "description": "The value must match at least one of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "oneOf": { "title": "oneOf", "description": "The value must match exactly one of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "not": { "title": "not", "description": "The value must not match this schema.", "$ref": "#/definitions/schemaNode" } }, "default": true }, "simpleType": { "title": "Type", "description": "One of the seven types CXone supports.", "enum": ["string", "integer", "number", "boolean", "array", "object", "null"] }, "stringArray": { "title": "Names", "description": "A list of distinct property names.", "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] }, "nonNegativeInteger": { "title": "Count", "description": "A non-negative integer.", "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "title": "Count", "description": "A non-negative integer (default 0).", "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }], "default": 0 } } };
const schema18 = { "title": "Names", "description": "A list of distinct property names.", "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
const event_schema_validator_schema12 = { "title": "Schema node", "description": "A draft-07 JSON Schema (object or boolean). Types are limited to the seven CXone supports.", "type": ["object", "boolean"], "properties": { "$id": { "title": "$id", "description": "URI that identifies this (sub)schema. Rarely needed in CXone schemas.", "type": "string" }, "$schema": { "title": "$schema", "description": "The JSON Schema dialect. CXone schemas are draft-07.", "type": "string" }, "$ref": { "title": "$ref", "description": "Reference to another schema, e.g. \"#/definitions/address\". External references are not resolved.", "type": "string" }, "$comment": { "title": "$comment", "description": "A comment for maintainers; ignored by validation.", "type": "string" }, "title": { "title": "title", "description": "Short human-readable name of this field.", "type": "string" }, "description": { "title": "description", "description": "What this field means; shown to the people who produce and consume the event.", "type": "string" }, "default": { "title": "default", "description": "Default value (an annotation; not applied by the platform)." }, "readOnly": { "title": "readOnly", "description": "The value is managed by the producer and should not be modified.", "type": "boolean", "default": false }, "writeOnly": { "title": "writeOnly", "description": "The value may be written but is never returned.", "type": "boolean", "default": false }, "examples": { "title": "examples", "description": "Example values for this field.", "type": "array", "items": true }, "multipleOf": { "title": "multipleOf", "description": "A number is valid only if it is a multiple of this value.", "type": "number", "exclusiveMinimum": 0 }, "maximum": { "title": "maximum", "description": "Inclusive upper bound of a number.", "type": "number" }, "exclusiveMaximum": { "title": "exclusiveMaximum", "description": "Exclusive upper bound of a number.", "type": "number" }, "minimum": { "title": "minimum", "description": "Inclusive lower bound of a number.", "type": "number" }, "exclusiveMinimum": { "title": "exclusiveMinimum", "description": "Exclusive lower bound of a number.", "type": "number" }, "maxLength": { "title": "maxLength", "description": "Maximum length of a string, in characters.", "$ref": "#/definitions/nonNegativeInteger" }, "minLength": { "title": "minLength", "description": "Minimum length of a string, in characters.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "pattern": { "title": "pattern", "description": "ECMAScript regular expression (unicode mode) a string must match somewhere; anchor it with ^...$ to match the whole value.", "type": "string" }, "additionalItems": { "title": "additionalItems", "description": "Schema for array items beyond those listed in a tuple-form \"items\".", "$ref": "#/definitions/schemaNode" }, "items": { "title": "items", "description": "Schema of every array item, or a list of schemas for a tuple.", "anyOf": [{ "$ref": "#/definitions/schemaNode" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }], "default": true }, "maxItems": { "title": "maxItems", "description": "Maximum number of array items.", "$ref": "#/definitions/nonNegativeInteger" }, "minItems": { "title": "minItems", "description": "Minimum number of array items.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "uniqueItems": { "title": "uniqueItems", "description": "When true, array items must be pairwise different.", "type": "boolean", "default": false }, "contains": { "title": "contains", "description": "At least one array item must match this schema.", "$ref": "#/definitions/schemaNode" }, "maxProperties": { "title": "maxProperties", "description": "Maximum number of properties of an object.", "$ref": "#/definitions/nonNegativeInteger" }, "minProperties": { "title": "minProperties", "description": "Minimum number of properties of an object.", "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "required": { "title": "required", "description": "Names of the properties an object must have; each must be declared in \"properties\".", "$ref": "#/definitions/stringArray" }, "additionalProperties": { "title": "additionalProperties", "description": "Schema for properties not listed in \"properties\" (false forbids them).", "$ref": "#/definitions/schemaNode" }, "definitions": { "title": "definitions", "description": "Reusable schemas, referenced with \"$ref\": \"#/definitions/<name>\".", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "properties": { "title": "properties", "description": "The fields of an object, by name.", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "patternProperties": { "title": "patternProperties", "description": "Schemas for properties whose names match a regular expression (the key).", "type": "object", "additionalProperties": { "$ref": "#/definitions/schemaNode" }, "default": {} }, "dependencies": { "title": "dependencies", "description": "Properties or schemas that apply when a given property is present.", "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/schemaNode" }, { "$ref": "#/definitions/stringArray" }] } }, "propertyNames": { "title": "propertyNames", "description": "Schema every property name must match.", "$ref": "#/definitions/schemaNode" }, "const": { "title": "const", "description": "The only allowed value." }, "enum": { "title": "enum", "description": "The allowed values.", "type": "array", "items": true }, "type": { "title": "type", "description": "The JSON type(s) of the value. CXone supports string, integer, number, boolean, array, object and null.", "anyOf": [{ "$ref": "#/definitions/simpleType" }, { "type": "array", "items": { "$ref": "#/definitions/simpleType" }, "minItems": 1, "uniqueItems": true }] }, "format": { "title": "format", "description": "Semantic format of a string, e.g. date-time, email, uri, uuid (an annotation; not validated by this tool).", "type": "string" }, "contentMediaType": { "title": "contentMediaType", "description": "Media type of the string content, e.g. application/json.", "type": "string" }, "contentEncoding": { "title": "contentEncoding", "description": "Encoding of the string content, e.g. base64.", "type": "string" }, "if": { "title": "if", "description": "When the value matches this schema, \"then\" applies, otherwise \"else\".", "$ref": "#/definitions/schemaNode" }, "then": { "title": "then", "description": "Applies when \"if\" matches.", "$ref": "#/definitions/schemaNode" }, "else": { "title": "else", "description": "Applies when \"if\" does not match.", "$ref": "#/definitions/schemaNode" }, "allOf": { "title": "allOf", "description": "The value must match all of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "anyOf": { "title": "anyOf", "description": "The value must match at least one of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "oneOf": { "title": "oneOf", "description": "The value must match exactly one of these schemas.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/schemaNode" } }, "not": { "title": "not", "description": "The value must not match this schema.", "$ref": "#/definitions/schemaNode" } }, "default": true };
const event_schema_validator_schema13 = { "title": "Count", "description": "A non-negative integer.", "type": "integer", "minimum": 0 };
const schema20 = { "title": "Type", "description": "One of the seven types CXone supports.", "enum": ["string", "integer", "number", "boolean", "array", "object", "null"] };
const schema14 = { "title": "Count", "description": "A non-negative integer (default 0).", "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }], "default": 0 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) {
        const err0 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if ((typeof data == "number") && (isFinite(data))) {
        if (data < 0 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const wrapper0 = { validate: validate11 };
const func0 = runtime_equal;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: event_schema_validator_schema12.type }, message: "must be object,boolean" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.$id !== undefined) {
            if (typeof data.$id !== "string") {
                const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (typeof data.$schema !== "string") {
                const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.$ref !== undefined) {
            if (typeof data.$ref !== "string") {
                const err3 = { instancePath: instancePath + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.$comment !== undefined) {
            if (typeof data.$comment !== "string") {
                const err4 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            if (typeof data.title !== "string") {
                const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.readOnly !== undefined) {
            if (typeof data.readOnly !== "boolean") {
                const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.writeOnly !== undefined) {
            if (typeof data.writeOnly !== "boolean") {
                const err8 = { instancePath: instancePath + "/writeOnly", schemaPath: "#/properties/writeOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.examples !== undefined) {
            if (!(Array.isArray(data.examples))) {
                const err9 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.multipleOf !== undefined) {
            let data9 = data.multipleOf;
            if ((typeof data9 == "number") && (isFinite(data9))) {
                if (data9 <= 0 || isNaN(data9)) {
                    const err10 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
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
                const err11 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.maximum !== undefined) {
            let data10 = data.maximum;
            if (!((typeof data10 == "number") && (isFinite(data10)))) {
                const err12 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.exclusiveMaximum !== undefined) {
            let data11 = data.exclusiveMaximum;
            if (!((typeof data11 == "number") && (isFinite(data11)))) {
                const err13 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.minimum !== undefined) {
            let data12 = data.minimum;
            if (!((typeof data12 == "number") && (isFinite(data12)))) {
                const err14 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.exclusiveMinimum !== undefined) {
            let data13 = data.exclusiveMinimum;
            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                const err15 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.maxLength !== undefined) {
            let data14 = data.maxLength;
            if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                const err16 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if ((typeof data14 == "number") && (isFinite(data14))) {
                if (data14 < 0 || isNaN(data14)) {
                    const err17 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        if (data.minLength !== undefined) {
            if (!(validate12(data.minLength, { instancePath: instancePath + "/minLength", parentData: data, parentDataProperty: "minLength", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.pattern !== undefined) {
            if (typeof data.pattern !== "string") {
                const err18 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.additionalItems !== undefined) {
            if (!(wrapper0.validate(data.additionalItems, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.items !== undefined) {
            let data18 = data.items;
            const _errs37 = errors;
            let valid2 = false;
            const _errs38 = errors;
            if (!(wrapper0.validate(data18, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
            var _valid0 = _errs38 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs39 = errors;
                if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                        const err19 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    const len0 = data18.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        if (!(wrapper0.validate(data18[i0], { instancePath: instancePath + "/items/" + i0, parentData: data18, parentDataProperty: i0, rootData }))) {
                            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                var _valid0 = _errs39 === errors;
                valid2 = valid2 || _valid0;
            }
            if (!valid2) {
                const err21 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            else {
                errors = _errs37;
                if (vErrors !== null) {
                    if (_errs37) {
                        vErrors.length = _errs37;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.maxItems !== undefined) {
            let data20 = data.maxItems;
            if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                const err22 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if ((typeof data20 == "number") && (isFinite(data20))) {
                if (data20 < 0 || isNaN(data20)) {
                    const err23 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        if (data.minItems !== undefined) {
            if (!(validate12(data.minItems, { instancePath: instancePath + "/minItems", parentData: data, parentDataProperty: "minItems", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.uniqueItems !== undefined) {
            if (typeof data.uniqueItems !== "boolean") {
                const err24 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.contains !== undefined) {
            if (!(wrapper0.validate(data.contains, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.maxProperties !== undefined) {
            let data24 = data.maxProperties;
            if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                const err25 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if ((typeof data24 == "number") && (isFinite(data24))) {
                if (data24 < 0 || isNaN(data24)) {
                    const err26 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        if (data.minProperties !== undefined) {
            if (!(validate12(data.minProperties, { instancePath: instancePath + "/minProperties", parentData: data, parentDataProperty: "minProperties", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.required !== undefined) {
            let data26 = data.required;
            if (Array.isArray(data26)) {
                const len1 = data26.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data26[i1] !== "string") {
                        const err27 = { instancePath: instancePath + "/required/" + i1, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                let i2 = data26.length;
                let j0;
                if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--;) {
                        let item0 = data26[i2];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err28 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i2;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.additionalProperties !== undefined) {
            if (!(wrapper0.validate(data.additionalProperties, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.definitions !== undefined) {
            let data29 = data.definitions;
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key0 in data29) {
                    if (!(wrapper0.validate(data29[key0], { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data29, parentDataProperty: key0, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.properties !== undefined) {
            let data31 = data.properties;
            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key1 in data31) {
                    if (!(wrapper0.validate(data31[key1], { instancePath: instancePath + "/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data31, parentDataProperty: key1, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.patternProperties !== undefined) {
            let data33 = data.patternProperties;
            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key2 in data33) {
                    if (!(wrapper0.validate(data33[key2], { instancePath: instancePath + "/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data33, parentDataProperty: key2, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.dependencies !== undefined) {
            let data35 = data.dependencies;
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key3 in data35) {
                    let data36 = data35[key3];
                    const _errs75 = errors;
                    let valid15 = false;
                    const _errs76 = errors;
                    if (!(wrapper0.validate(data36, { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data35, parentDataProperty: key3, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                    var _valid1 = _errs76 === errors;
                    valid15 = valid15 || _valid1;
                    if (!valid15) {
                        const _errs77 = errors;
                        if (Array.isArray(data36)) {
                            const len2 = data36.length;
                            for (let i3 = 0; i3 < len2; i3++) {
                                if (typeof data36[i3] !== "string") {
                                    const err33 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            let i4 = data36.length;
                            let j1;
                            if (i4 > 1) {
                                const indices1 = {};
                                for (; i4--;) {
                                    let item1 = data36[i4];
                                    if (typeof item1 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices1[item1] == "number") {
                                        j1 = indices1[item1];
                                        const err34 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices1[item1] = i4;
                                }
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                        var _valid1 = _errs77 === errors;
                        valid15 = valid15 || _valid1;
                    }
                    if (!valid15) {
                        const err36 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs75;
                        if (vErrors !== null) {
                            if (_errs75) {
                                vErrors.length = _errs75;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.propertyNames !== undefined) {
            if (!(wrapper0.validate(data.propertyNames, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.enum !== undefined) {
            if (!(Array.isArray(data.enum))) {
                const err38 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data40 = data.type;
            const _errs86 = errors;
            let valid20 = false;
            const _errs87 = errors;
            if (!(((((((data40 === "string") || (data40 === "integer")) || (data40 === "number")) || (data40 === "boolean")) || (data40 === "array")) || (data40 === "object")) || (data40 === "null"))) {
                const err39 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/simpleType/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
            var _valid2 = _errs87 === errors;
            valid20 = valid20 || _valid2;
            if (!valid20) {
                const _errs89 = errors;
                if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                        const err40 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                    const len3 = data40.length;
                    for (let i5 = 0; i5 < len3; i5++) {
                        let data41 = data40[i5];
                        if (!(((((((data41 === "string") || (data41 === "integer")) || (data41 === "number")) || (data41 === "boolean")) || (data41 === "array")) || (data41 === "object")) || (data41 === "null"))) {
                            const err41 = { instancePath: instancePath + "/type/" + i5, schemaPath: "#/definitions/simpleType/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    let i6 = data40.length;
                    let j2;
                    if (i6 > 1) {
                        outer0: for (; i6--;) {
                            for (j2 = i6; j2--;) {
                                if (func0(data40[i6], data40[j2])) {
                                    const err42 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                    break outer0;
                                }
                            }
                        }
                    }
                }
                else {
                    const err43 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                var _valid2 = _errs89 === errors;
                valid20 = valid20 || _valid2;
            }
            if (!valid20) {
                const err44 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            else {
                errors = _errs86;
                if (vErrors !== null) {
                    if (_errs86) {
                        vErrors.length = _errs86;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.format !== undefined) {
            if (typeof data.format !== "string") {
                const err45 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.contentMediaType !== undefined) {
            if (typeof data.contentMediaType !== "string") {
                const err46 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
        }
        if (data.contentEncoding !== undefined) {
            if (typeof data.contentEncoding !== "string") {
                const err47 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.if !== undefined) {
            if (!(wrapper0.validate(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.then !== undefined) {
            if (!(wrapper0.validate(data.then, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.else !== undefined) {
            if (!(wrapper0.validate(data.else, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
        if (data.allOf !== undefined) {
            let data48 = data.allOf;
            if (Array.isArray(data48)) {
                if (data48.length < 1) {
                    const err48 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
                const len4 = data48.length;
                for (let i7 = 0; i7 < len4; i7++) {
                    if (!(wrapper0.validate(data48[i7], { instancePath: instancePath + "/allOf/" + i7, parentData: data48, parentDataProperty: i7, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err49 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
        }
        if (data.anyOf !== undefined) {
            let data50 = data.anyOf;
            if (Array.isArray(data50)) {
                if (data50.length < 1) {
                    const err50 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
                const len5 = data50.length;
                for (let i8 = 0; i8 < len5; i8++) {
                    if (!(wrapper0.validate(data50[i8], { instancePath: instancePath + "/anyOf/" + i8, parentData: data50, parentDataProperty: i8, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err51 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
        }
        if (data.oneOf !== undefined) {
            let data52 = data.oneOf;
            if (Array.isArray(data52)) {
                if (data52.length < 1) {
                    const err52 = { instancePath: instancePath + "/oneOf", schemaPath: "#/properties/oneOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                const len6 = data52.length;
                for (let i9 = 0; i9 < len6; i9++) {
                    if (!(wrapper0.validate(data52[i9], { instancePath: instancePath + "/oneOf/" + i9, parentData: data52, parentDataProperty: i9, rootData }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err53 = { instancePath: instancePath + "/oneOf", schemaPath: "#/properties/oneOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        if (data.not !== undefined) {
            if (!(wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData }))) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
            }
        }
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const func3 = event_schema_validator_runtime_ucs2length;
const pattern0 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
function event_schema_validator_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(validate11(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.title === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.cxoneVersion === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cxoneVersion" }, message: "must have required property '" + "cxoneVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.properties === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "properties" }, message: "must have required property '" + "properties" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.additionalProperties === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "additionalProperties" }, message: "must have required property '" + "additionalProperties" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!((((data0 === "http://json-schema.org/draft-07/schema#") || (data0 === "http://json-schema.org/draft-07/schema")) || (data0 === "https://json-schema.org/draft-07/schema#")) || (data0 === "https://json-schema.org/draft-07/schema"))) {
                const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/enum", keyword: "enum", params: { allowedValues: event_schema_validator_schema11.properties.$schema.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            if ("object" !== data.type) {
                const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "object" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            let data2 = data.title;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.cxoneVersion !== undefined) {
            let data4 = data.cxoneVersion;
            if (typeof data4 === "string") {
                if (!pattern0.test(data4)) {
                    const err10 = { instancePath: instancePath + "/cxoneVersion", schemaPath: "#/properties/cxoneVersion/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: "must match pattern \"" + "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" + "\"" };
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
                const err11 = { instancePath: instancePath + "/cxoneVersion", schemaPath: "#/properties/cxoneVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.properties !== undefined) {
            let data5 = data.properties;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (Object.keys(data5).length > 150) {
                    const err12 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/maxProperties", keyword: "maxProperties", params: { limit: 150 }, message: "must NOT have more than 150 properties" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.required !== undefined) {
            let data6 = data.required;
            if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data6[i0] !== "string") {
                        const err14 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                let i1 = data6.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data6[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err15 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.additionalProperties !== undefined) {
            if (false !== data.additionalProperties) {
                const err17 = { instancePath: instancePath + "/additionalProperties", schemaPath: "#/properties/additionalProperties/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data["x-cxone-deprecated-fields"] !== undefined) {
            let data9 = data["x-cxone-deprecated-fields"];
            if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    if (typeof data9[i2] !== "string") {
                        const err18 = { instancePath: instancePath + "/x-cxone-deprecated-fields/" + i2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                let i3 = data9.length;
                let j1;
                if (i3 > 1) {
                    const indices1 = {};
                    for (; i3--;) {
                        let item1 = data9[i3];
                        if (typeof item1 !== "string") {
                            continue;
                        }
                        if (typeof indices1[item1] == "number") {
                            j1 = indices1[item1];
                            const err19 = { instancePath: instancePath + "/x-cxone-deprecated-fields", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                            break;
                        }
                        indices1[item1] = i3;
                    }
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/x-cxone-deprecated-fields", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.examples !== undefined) {
            let data11 = data.examples;
            if (Array.isArray(data11)) {
                const len2 = data11.length;
                for (let i4 = 0; i4 < len2; i4++) {
                    let data12 = data11[i4];
                    if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
                        const err21 = { instancePath: instancePath + "/examples/" + i4, schemaPath: "#/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.definitions !== undefined) {
            let data13 = data.definitions;
            if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                const err23 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    else {
        const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    event_schema_validator_validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./lib/lint/schema/meta.js
// schema-invalid: the file is checked against schemas/event-schema.schema.json, the same schema
// editors use for completion, so the editor and the check agree.


// Compiled ahead of time (scripts/gen-validators.mjs): compiling it here cost ~100 ms of every start.

const schema_meta_rules = (0,rule/* defineRules */.x)({
    schemaInvalid: {
        id: 'schema-invalid',
        raisedBy: () => meta_checkMeta,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'The file is a well-formed CXone event schema (schemas/event-schema.schema.json).',
        doc: 'An event schema file is a draft-07 JSON Schema with the platform fields `type: object`, `title`, ' +
            '`description`, `cxoneVersion`, `properties` and `additionalProperties: false`. This rule reports every place ' +
            'where the file does not fit schemas/event-schema.schema.json - a missing field, a keyword with the wrong kind ' +
            'of value, `$schema` other than draft-07 - except problems that a more specific rule (unsupported-type, ' +
            'invalid-version, too-many-properties, additional-properties-not-false) already reports. Add ' +
            '`# yaml-language-server: $schema=<path to>/schemas/event-schema.schema.json` at the top of the file to get the ' +
            'same checks and completion in the editor.',
        fix: 'Correct the value at the reported place as the message says; the editor schema shows the allowed values.',
    },
});
const schema_meta_validate = event_schema_validator;
/** The raw meta-validation errors (empty when the file is structurally a valid event schema). */
function meta_metaErrors(contract) {
    return schema_meta_validate(contract.doc) ? [] : [...(schema_meta_validate.errors ?? [])];
}
/** Findings for `errors`, leaving out what the specific rules already reported at `covered` pointers. */
function meta_checkMeta(contract, errors, covered) {
    return metaFindings(schema_meta_rules.schemaInvalid, contract, errors, covered);
}

;// CONCATENATED MODULE: ./lib/lint/schema/patterns.js
// schema-pattern-redos and schema-pattern-redos-unknown: every validator of this event - producers,
// consumers, the platform, and our own checks of examples and witnesses - runs the schema's
// `pattern`s and `patternProperties` keys on values that senders choose. The verdict comes from
// the same ReDoS authority as filter regexes; a pattern it does not clear is never run by us.





const patterns_rules = (0,rule/* defineRules */.x)({
    schemaPatternRedos: {
        id: 'schema-pattern-redos',
        raisedBy: () => checkSchemaPatterns,
        test: 'test/lint/schema-patterns.test.ts',
        severity: 'error',
        summary: 'A schema `pattern` or `patternProperties` key has no catastrophic backtracking (ReDoS).',
        doc: 'Every party that validates this event runs its patterns on values the sender chooses: a pattern that lets a ' +
            'backtracking engine split the same text in many ways (nested quantifiers such as `(a+)+`, overlapping ' +
            'alternatives such as `(a|a)*`) lets one crafted event stall each validator for seconds to hours. The verdict, ' +
            'the complexity and an attack string come from recheck, as for filter regexes (regex-redos). Such a pattern is ' +
            'never run here: examples and example events that reach it are not validated.',
        fix: 'Remove the ambiguity: do not nest quantifiers, make alternatives disjoint, anchor the pattern with ^, and bound repetitions ({1,64}).',
    },
    schemaPatternRedosUnknown: {
        id: 'schema-pattern-redos-unknown',
        raisedBy: () => checkSchemaPatterns,
        test: 'test/lint/schema-patterns.test.ts',
        severity: 'warning',
        summary: 'The ReDoS checker could not decide whether a schema `pattern` or `patternProperties` key is safe.',
        doc: 'recheck gave up on the pattern - it ran out of time (2 s per pattern, 10 s for all the regexes of a run), or the ' +
            'pattern uses a construct it does not analyse - so the pattern may or may not backtrack catastrophically. Until ' +
            'it is cleared it is not run here: examples and example events that reach it are not validated against it.',
        fix: 'Simplify the pattern (fewer quantifiers and alternatives, anchors, bounded repetitions) so the checker can decide, or review it by hand.',
    },
});
/** Findings for every valid pattern of the schema the ReDoS authority does not clear. */
function checkSchemaPatterns(contract) {
    const out = [];
    const hasExamples = Array.isArray(contract.doc.examples) && contract.doc.examples.length > 0;
    const judge = (pattern, path, what) => {
        if ((0,regex/* regexError */.ur)(pattern) !== null)
            return; // schema-compile reports it
        const v = (0,redos_verdict/* redosVerdict */.bs)(pattern);
        if (v.kind === 'safe')
            return;
        const rule = v.kind === 'vulnerable' ? patterns_rules.schemaPatternRedos : patterns_rules.schemaPatternRedosUnknown;
        const skipped = hasExamples
            ? '; it is not run, so examples that reach it are not validated'
            : '; it is not run on example events';
        out.push((0,context/* report */.z8)(rule, contract, path, `${what} ${(0,context/* show */.WU)(pattern)}: ${v.message}${skipped}`));
    };
    (0,walk/* walkSchema */.r)(contract.doc, (node, path) => {
        if (typeof node.pattern === 'string')
            judge(node.pattern, [...path, 'pattern'], 'pattern');
        if ((0,context/* isRecord */.u4)(node.patternProperties)) {
            for (const key of Object.keys(node.patternProperties))
                judge(key, [...path, 'patternProperties', key], 'patternProperties key');
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/schema/properties.js
// required-not-in-properties, deprecated-not-in-properties, additional-properties-not-false:
// the registry's rules on how the top-level property names fit together (cxone-api.md).




const properties_rules = (0,rule/* defineRules */.x)({
    requiredNotInProperties: {
        id: 'required-not-in-properties',
        raisedBy: () => checkPropertyNames,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'Every name in `required` is declared in `properties`.',
        doc: 'The registry rejects a schema whose top-level `required` names a property that `properties` does not declare: ' +
            'with `additionalProperties: false` no event could ever carry it, so the schema would reject every event. ' +
            'The same holds for nested objects that declare `properties` and `additionalProperties: false`, which this ' +
            'rule checks too. Usually the property was renamed or removed and `required` was not updated.',
        fix: 'Declare the property in `properties`, or remove the name from `required`.',
    },
    deprecatedNotInProperties: {
        id: 'deprecated-not-in-properties',
        raisedBy: () => checkPropertyNames,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'Every name in `x-cxone-deprecated-fields` is declared in `properties`.',
        doc: '`x-cxone-deprecated-fields` lists properties kept only so that consumers can migrate. The registry rejects the ' +
            'schema when a listed name is not declared in `properties`: a deprecated field is still part of the event ' +
            'until it is removed from both lists.',
        fix: 'Keep the property declared in `properties` while it is deprecated, or drop it from `x-cxone-deprecated-fields` once it is removed.',
    },
    additionalPropertiesNotFalse: {
        id: 'additional-properties-not-false',
        raisedBy: () => checkPropertyNames,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'The top-level `additionalProperties` is exactly `false`.',
        doc: 'CXone event schemas are closed: the registry requires `additionalProperties: false` at the top level so that ' +
            'every field of an event is declared, documented and checked for compatible evolution. A missing keyword means ' +
            '`true` in JSON Schema, which the platform rejects.',
        fix: 'Add `additionalProperties: false` at the top level and declare every field in `properties`.',
    },
});
function checkPropertyNames(contract) {
    const out = [];
    const doc = contract.doc;
    // Top level: always (platform rule). Nested: only where it can never be satisfied.
    (0,walk/* walkSchema */.r)(doc, (node, path) => {
        if (path.length > 0 && node.additionalProperties !== false)
            return;
        // A missing top-level `properties` declares nothing; a malformed one is schema-invalid's.
        const props = (0,context/* isRecord */.u4)(node.properties)
            ? node.properties
            : path.length === 0 && node.properties === undefined
                ? {}
                : undefined;
        if (props)
            undeclared(node.required, props, [...path, 'required'], (name, at) => (0,context/* report */.z8)(properties_rules.requiredNotInProperties, contract, at, `required property ${(0,context/* show */.WU)(name)} is not declared in ${where(path)}properties`));
    });
    if ((0,context/* isRecord */.u4)(doc.properties) || doc.properties === undefined) {
        const props = (0,context/* isRecord */.u4)(doc.properties) ? doc.properties : {};
        undeclared(doc['x-cxone-deprecated-fields'], props, ['x-cxone-deprecated-fields'], (name, at) => (0,context/* report */.z8)(properties_rules.deprecatedNotInProperties, contract, at, `deprecated field ${(0,context/* show */.WU)(name)} is not declared in properties; keep it declared until it is removed`));
    }
    if (doc.additionalProperties !== false) {
        const message = doc.additionalProperties === undefined
            ? 'additionalProperties is missing (which means true); CXone requires additionalProperties: false'
            : `additionalProperties is ${(0,context/* show */.WU)(doc.additionalProperties)}; CXone requires exactly false`;
        out.push((0,context/* report */.z8)(properties_rules.additionalPropertiesNotFalse, contract, ['additionalProperties'], message));
    }
    return out;
    function undeclared(list, props, at, make) {
        if (!Array.isArray(list))
            return; // a malformed list is schema-invalid's to report
        list.forEach((name, i) => {
            if (typeof name === 'string' && !(0,context/* hasOwn */.$3)(props, name))
                out.push(make(name, [...at, i]));
        });
    }
}
function where(path) {
    return path.length === 0 ? '' : `the object at ${(0,core_pointer/* toPointer */.rb)(path)} `;
}

;// CONCATENATED MODULE: ./lib/lint/schema/types.js
// unsupported-type: the platform accepts only the seven JSON types, anywhere in the schema.




const types_rules = (0,rule/* defineRules */.x)({
    unsupportedType: {
        id: 'unsupported-type',
        raisedBy: () => checkTypes,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: 'Every `type` in the schema is one of string, integer, number, boolean, array, object, null.',
        doc: 'The CXone schema registry rejects, with a 400 at deploy time, a schema in which any `type` - at the top, ' +
            'in nested `properties`, array `items`, `definitions` or `allOf`/`anyOf`/`oneOf`/`not` branches, and each entry ' +
            'of a type list - is not one of the seven JSON Schema types. Names from other type systems (`text`, `int`, ' +
            '`float`, `date`, `map`) are the usual cause.',
        fix: 'Use one of string, integer, number, boolean, array, object, null; for dates use `type: string` with `format: date-time`.',
    },
});
const SUPPORTED_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'];
const SUPPORTED = new Set(SUPPORTED_TYPES);
/** What people usually meant. */
const MEANT = {
    text: 'string',
    str: 'string',
    char: 'string',
    uuid: 'string',
    date: 'string (format: date)',
    datetime: 'string (format: date-time)',
    'date-time': 'string (format: date-time)',
    timestamp: 'string (format: date-time)',
    int: 'integer',
    long: 'integer',
    short: 'integer',
    int32: 'integer',
    int64: 'integer',
    float: 'number',
    double: 'number',
    decimal: 'number',
    bool: 'boolean',
    list: 'array',
    map: 'object',
    dict: 'object',
    record: 'object',
    struct: 'object',
    none: 'null',
};
function checkTypes(contract) {
    const out = [];
    const bad = (value, path) => {
        // Another type system's name, else a near miss of a JSON type (`Integer`, `Strin`).
        const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
        const meant = lower === undefined ? undefined : Object.hasOwn(MEANT, lower) ? MEANT[lower] : (0,suggest/* closest */.k)(lower, SUPPORTED_TYPES);
        const hint = meant ? ` (did you mean ${meant}?)` : '';
        out.push((0,context/* report */.z8)(types_rules.unsupportedType, contract, path, `type ${(0,context/* show */.WU)(value)} is not supported by CXone${hint}; use one of ${SUPPORTED_TYPES.join(', ')}`));
    };
    (0,walk/* walkSchema */.r)(contract.doc, (node, path) => {
        if (!('type' in node))
            return;
        const t = node.type;
        if (Array.isArray(t)) {
            t.forEach((v, i) => {
                if (!SUPPORTED.has(v))
                    bad(v, [...path, 'type', i]);
            });
        }
        else if (!SUPPORTED.has(t)) {
            bad(t, [...path, 'type']);
        }
    });
    return out;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
;// CONCATENATED MODULE: ./lib/lint/schema/version.js
// invalid-version: cxoneVersion is what the deploy compares with the live version; it must be semver.



const version_rules = (0,rule/* defineRules */.x)({
    invalidVersion: {
        id: 'invalid-version',
        raisedBy: () => checkVersion,
        test: 'test/lint/schema.test.ts',
        severity: 'error',
        summary: '`cxoneVersion` is present and a valid semantic version (MAJOR.MINOR.PATCH).',
        doc: 'Every schema carries `cxoneVersion`, a semantic version the platform stores with it; a deploy must raise it ' +
            'above the live version, and the compatibility check reads the kind of bump (major, minor, patch). The value must ' +
            'be a plain semver string such as `1.4.0` or `2.0.0-rc.1`: no leading `v` or `=`, no surrounding spaces, and ' +
            'quoted in YAML if it could be read as a number (`1.0` is a float, and not semver either).',
        fix: 'Set `cxoneVersion: "MAJOR.MINOR.PATCH"`, e.g. "1.0.0" for a new schema.',
    },
});
function checkVersion(contract) {
    const v = contract.doc.cxoneVersion;
    if (v === undefined) {
        return [
            (0,context/* report */.z8)(version_rules.invalidVersion, contract, ['cxoneVersion'], 'cxoneVersion is missing; add a semantic version such as "1.0.0"'),
        ];
    }
    // semverValid also accepts "v1.2.3" and " 1.2.3 "; the platform stores the string as written,
    // so we require the canonical spelling and suggest it.
    let hint = '';
    if (typeof v === 'string') {
        const canonical = v.trim().replace(/^[=v\s]+/i, '');
        if (canonical === v && valid(v) !== null)
            return [];
        if (valid(canonical) !== null)
            hint = ` (write "${canonical}")`;
    }
    return [
        (0,context/* report */.z8)(version_rules.invalidVersion, contract, ['cxoneVersion'], `cxoneVersion ${(0,context/* show */.WU)(v)} is not a valid semantic version MAJOR.MINOR.PATCH${hint}`),
    ];
}

;// CONCATENATED MODULE: ./lib/lint/schema/index.js
// All checks of one event schema file. The specific checks run first so the generic
// meta-validation can leave out what they already said; ajv compiles only well-formed schemas.











function lintSchema(contract) {
    const specific = [
        ...(0,limits/* checkLimits */.J5)(contract),
        ...checkTypes(contract),
        ...checkPropertyNames(contract),
        ...checkVersion(contract),
        ...checkDialect(contract),
    ];
    const errors = meta_metaErrors(contract);
    const findings = [...specific, ...meta_checkMeta(contract, errors, new Set(specific.map((f) => f.pointer)))];
    // A malformed example (not an object) says nothing about the schema: the others are still validated.
    const compiled = checkCompile(contract, errors.every((e) => e.instancePath === '/examples' || e.instancePath.startsWith('/examples/')));
    findings.push(...compiled.findings, ...checkSchemaPatterns(contract), ...checkKeywords(contract), ...checkRefSiblings(contract));
    if (compiled.validate)
        findings.push(...checkExamples(contract, compiled.validate));
    return findings;
}

;// CONCATENATED MODULE: ./lib/lint/index.js
// The lint stage: checks of each contract alone, then of contracts against each other.
// Findings carry a pointer; line and column stay 0 (the caller locates only files with findings).
























/**
 * Load, ahead of the synchronous lint, what is too heavy to load on every start and only some
 * repos need (the ReDoS engine). Call before lintContracts; without it lint still works under
 * plain Node, but the bundled action would have to report such patterns as unchecked. `liveDocs`:
 * the live schemas the run compares with (their regexes run in witnesses and the engine).
 */
async function prepareLint(contracts, liveDocs = []) {
    await prepareRedos(contracts, liveDocs);
}
/** The same engine loading for raw schema documents, for commands that lint nothing (`diff`). */

function lintContracts(contracts) {
    const findings = [];
    for (const c of contracts)
        findings.push(...lintOne(c));
    findings.push(...lintAcross(contracts));
    return findings;
}
function lintOne(c) {
    try {
        return [...checkNames(c), ...(c.kind === 'schema' ? lintSchema(c) : lintFilter(c))];
    }
    catch (err) {
        // A defect in our checks, or data no check expected (e.g. a self-referencing YAML alias):
        // say so on the file instead of aborting the whole run with a stack trace.
        const rule = c.kind === 'schema' ? schema_meta_rules.schemaInvalid : meta_rules.filterInvalid;
        return [(0,context/* report */.z8)(rule, c, '', `could not be checked: ${err.message}`)];
    }
}
/** Every rule of the lint stage, in the order docs/rules.md lists them. */
const lintRules = [
    ...Object.values(names_rules),
    ...Object.values(schema_meta_rules),
    ...Object.values(limits/* rules */.aO),
    ...Object.values(types_rules),
    ...Object.values(properties_rules),
    ...Object.values(version_rules),
    ...Object.values(compile_rules),
    ...Object.values(refs_rules),
    ...Object.values(dialect_rules),
    ...Object.values(examples_rules),
    ...Object.values(keywords_rules),
    ...Object.values(patterns_rules),
    ...Object.values(meta_rules),
    ...Object.values(enums_rules),
    ...Object.values(operator_value_rules),
    ...Object.values(pattern_rules_rules),
    ...Object.values(redos_rules),
    ...Object.values(duplicates_rules),
    ...Object.values(attributes_rules),
    ...Object.values(rules),
];


/***/ })

};
;