export const id = 599;
export const ids = [599];
export const modules = {

/***/ 66599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ajvKnowsKeyword: () => (/* binding */ ajvKnowsKeyword),
/* harmony export */   compileValidator: () => (/* binding */ compileValidator)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41398);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18986);
/* harmony import */ var _validator_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22612);
/* harmony import */ var _validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22230);
// ajv's compile of a user's schema (./validators.ts asks for it, and loads this module only when a
// schema has no kept validator). Each document gets an ajv instance of its own (about 0.4 ms,
// against milliseconds to compile): `$ref`s then resolve the way ajv resolves them (`#` the root,
// `$id` scopes, plain-name anchors) with nothing registered by one document visible to another, so
// two versions with the same `$id`s cannot collide or resolve into each other. Not strict (user
// schemas carry platform keywords and annotations), no meta-validation (the lint's meta-schema
// reported structural problems). The compiled code names its helpers as ./validator-runtime.ts
// hands them in, and is kept (./validator-cache.ts) when validators are.





const OPTIONS = {
    code: {
        // optimize: ajv's pass over generated code took more than half of compiling a wide schema
        // (8,100 members: 1.7 of 2.9 s) and saves little when checking events
        optimize: false,
        regExp: _regex_js__WEBPACK_IMPORTED_MODULE_0__/* .guardedRegExp */ .ex, // a regex the ReDoS authority did not clear never runs
        // What a validator's code is kept with, and how it names the formats (see RUNTIME).
        source: true,
        formats: (0,ajv__WEBPACK_IMPORTED_MODULE_3__._) `require("cxone-contract/formats")`,
    },
    strict: false,
    allErrors: true,
    validateFormats: true,
    formats: _validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMATS */ .hR,
    validateSchema: false,
    allowUnionTypes: true,
    logger: false, // unknown formats are ignored (see ../core/formats.ts), not announced on stderr
    // Events are JSON: `{}` holds no `toString` or `constructor` (ajv reads them from the prototype by default).
    ownProperties: true,
};
/** An instance for one document; `bare`: without the meta-schemas (so a document may even claim one's `$id`). */
function instance(bare = false) {
    return new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv(bare ? { ...OPTIONS, meta: false } : OPTIONS);
}
/** The validator of `doc` (already without `$async`), kept under `key` when one is given. */
function compileValidator(doc, key) {
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
 * The compiled validator; when its code is kept, the kept code's (as every later run judges with it,
 * through the launcher's V8 code cache, which this run then fills).
 */
function compileWith(a, doc, key) {
    const fn = a.compile(doc);
    const code = key === undefined ? undefined : keep(a, fn, key);
    return (0,_validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .judging */ .R3)((code !== undefined && (0,_validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFromCode */ .cv)(key, code)) || fn);
}
/**
 * Keeps the compiled validator's code, when everything it requires is in RUNTIME and there is room:
 * the code kept, or undefined.
 */
function keep(a, fn, key) {
    if (!(0,_validator_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .validatorCacheHasRoom */ .WG)())
        return undefined; // (ajv's code is not even written out)
    let code;
    try {
        code = ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_4__["default"](a, fn); // the function, whichever way a bundler reads a default import
    }
    catch {
        return undefined; // a value ajv cannot write as code: compiled each time
    }
    for (const [, id] of code.matchAll(/\brequire\("([^"]*)"\)/g))
        if (!Object.hasOwn(_validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME */ .lr, id))
            return undefined;
    return (0,_validator_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .keepValidatorCode */ .Pu)(key, code) ? code : undefined;
}
function failure(e) {
    const missingRef = e?.missingRef;
    return { ok: false, error: describe(e), ...(typeof missingRef === 'string' ? { missingRef } : {}) };
}
function describe(e) {
    if (e instanceof RangeError)
        return 'it is nested or recursive too deeply for the validator';
    const msg = e instanceof Error ? e.message : String(e);
    return msg.split('\n')[0].slice(0, 200);
}
/** ajv's answer to getKeyword(keyword), with the options every validator is compiled with (for the test). */
const ajvKnowsKeyword = (keyword) => Boolean(instance().getKeyword(keyword));


/***/ })

};
