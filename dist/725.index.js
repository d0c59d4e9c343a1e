export const id = 725;
export const ids = [725];
export const modules = {

/***/ 53725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createYamlLocator: () => (/* binding */ createYamlLocator)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20698);
/* harmony import */ var _core_yaml_offset_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93946);
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
        const offset = (0,_core_yaml_offset_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlOffsetOf */ .E)(parsed.doc, tokensOf(pointer), { throughAliases: true });
        if (offset === undefined)
            return TOP;
        const { line, col } = parsed.lines.linePos(offset);
        return { line, column: col };
    };
}
function parseWithPositions(text) {
    try {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        // Same core schema as the fast path, so keys such as `1` or `null` read the same way.
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'core', lineCounter: lines, uniqueKeys: false, prettyErrors: false });
        return { doc, lines };
    }
    catch {
        return null; // locate() must never throw; callers fall back to line 1
    }
}
/** The pointer's tokens; none (the top) for one that cannot be read. */
function tokensOf(pointer) {
    try {
        return (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePointer */ .vp)(pointer);
    }
    catch {
        return [];
    }
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
