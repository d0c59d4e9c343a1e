"use strict";
exports.id = 8617;
exports.ids = [8617];
exports.modules = {

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
            const hint = known.length > 0 ? `${(0,suggest.didYouMean)(key, known)}; the keys here are ${known.join(', ')}` : '';
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, `${e.instancePath}/${key}`))}: ${at} unknown key "${key}"${hint}`);
        }
        if (e.keyword === 'enum') {
            const allowed = e.params.allowedValues.map(String);
            throw new errors/* UsageError */.eb(`${where(offsetOf(doc, e.instancePath))}: ${at} ${JSON.stringify(e.data)} is not one of ${allowed.join(', ')}${(0,suggest.didYouMean)(e.data, allowed)}`);
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
    return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}
/** Source offset of the node at a JSON pointer (or its nearest ancestor). */
function offsetOf(doc, pointer) {
    return (0,yaml_offset/* yamlOffsetOf */.E)(doc, (0,core_pointer/* parsePointer */.vp)(pointer));
}


/***/ }),

/***/ 87782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EQ: () => (/* binding */ checkGlobs)
});

// UNUSED EXPORTS: GLOB_LIMITS, checkGlob, globOutsideRoot, globTooCostly

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(25648);
;// CONCATENATED MODULE: ./lib/core/braces.js
// The brace grammar of globs, read once for two uses of the settings (../settings/globs.ts):
// counting the patterns a glob expands to without expanding it (the bound), and spelling the
// patterns out (the checks of what a glob could name).
/** Patterns one glob may expand to (the product of its brace groups, a range counting its size). */
const MAX_BRACE_READINGS = 100;
/**
 * How many patterns brace expansion can make of `glob`, counted without expanding and capped at
 * `cap`. It over-counts rather than under-counts: a group the expander would keep literal
 * (`{a}`, an unclosed `{`) still counts what is inside it. Recursion is as deep as the groups nest
 * (bounded by the settings' maxBraceGroups).
 */
function countExpansions(glob, cap) {
    const mul = (a, b) => Math.min(cap, a * b);
    const add = (a, b) => Math.min(cap, a + b);
    return readBraces(glob, {
        text: () => 1,
        then: mul,
        or: add,
        single: (item, body) => Math.max(item, Math.min(cap, rangeSize(body.split('..')))),
        unclosed: (items) => items, // literal to the expander, counted anyway
    });
}
/**
 * The patterns `glob`'s braces spell out, lists and ranges, at most `cap` of them: what a glob could
 * name once its braces are read (the settings' checks). A group kept literal (unclosed, or one
 * item that is no range) stays as written; so do escapes.
 */
function braceReadings(glob, cap) {
    return readBraces(glob, {
        text: (text) => [text],
        then: (heads, tails) => heads.flatMap((h) => tails.map((t) => h + t)).slice(0, cap),
        or: (a, b) => [...a, ...b].slice(0, cap),
        single: (item, body) => rangeValues(body, cap) ?? item.map((o) => `{${o}}`),
        unclosed: (_items, rest) => [`{${rest}`],
    });
}
/** The brace grammar, once for both readings. Recursion is as deep as the groups nest. */
function readBraces(glob, r) {
    let pos = 0;
    const sequence = (inGroup) => {
        let out = r.text('');
        let from = pos;
        while (pos < glob.length) {
            const ch = glob[pos];
            if (ch === '\\')
                pos += 2;
            else if (inGroup && (ch === ',' || ch === '}'))
                break;
            else if (ch === '{') {
                out = r.then(out, r.text(glob.slice(from, pos)));
                pos++;
                out = r.then(out, group());
                from = pos;
            }
            else
                pos++;
        }
        return r.then(out, r.text(glob.slice(from, pos)));
    };
    const group = () => {
        const start = pos;
        let items;
        let alternatives = 1;
        for (;;) {
            const item = sequence(true);
            items = items === undefined ? item : r.or(items, item);
            if (pos >= glob.length)
                return r.unclosed(items, glob.slice(start));
            if (glob[pos] === ',') {
                alternatives++;
                pos++;
                continue;
            }
            const body = glob.slice(start, pos);
            pos++; // the closing brace
            return alternatives === 1 ? r.single(items, body) : items;
        }
    };
    return sequence(false);
}
/** The values of a sane `a..b` or `a..b..step` (numbers or single characters); undefined when it is none. */
function rangeValues(body, cap) {
    const parts = body.split('..');
    if (parts.length < 2)
        return undefined;
    const size = rangeSize(parts);
    if (!Number.isFinite(size) || size > cap)
        return undefined;
    const [a, b, s] = parts;
    const step = s === undefined || s.trim() === '' ? 1 : Math.abs(Number(s));
    const numeric = a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
    if (!numeric && (a.length !== 1 || b.length !== 1))
        return undefined;
    const [from, to] = numeric ? [Number(a), Number(b)] : [a.charCodeAt(0), b.charCodeAt(0)];
    const out = [];
    const dir = to >= from ? 1 : -1;
    for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * (step || 1)) {
        out.push(numeric ? String(v) : String.fromCharCode(v));
        if (out.length >= cap)
            break;
    }
    return out;
}
/**
 * The size of `a..b` or `a..b..step` (numbers or single characters), 1 when it is not a range;
 * `parts` is the group's body split at `..`. Numbers the expander would mis-step (fractions, past
 * 1,000,000: near 2^53 it loops until the engine aborts) count as too many.
 */
function rangeSize(parts) {
    if (parts.length !== 2 && parts.length !== 3)
        return 1;
    const [a, b, s] = parts;
    const num = (x) => (x.trim() === '' ? NaN : Number(x));
    const sane = (x) => Number.isInteger(x) && Math.abs(x) <= 1_000_000;
    const step = s === undefined ? 1 : num(s);
    if (s !== undefined && !Number.isNaN(step) && !(sane(step) && step !== 0))
        return Infinity;
    const stride = Number.isNaN(step) ? 1 : Math.abs(step);
    const [from, to] = [num(a), num(b)];
    // One end no number (`{1..x}`): the expander reads two single characters as a letter range.
    if (!Number.isNaN(from) && !Number.isNaN(to) && (Number.isFinite(from) || Number.isFinite(to))) {
        if (!sane(from) || !sane(to))
            return Infinity;
        return Math.floor(Math.abs(to - from) / stride) + 1;
    }
    if (a.length === 1 && b.length === 1)
        return Math.floor(Math.abs(b.charCodeAt(0) - a.charCodeAt(0)) / stride) + 1;
    return 1;
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/settings/globs.js
// Globs come from the PR-controlled config and from inputs; they are relative to the repository
// root and may never name a place outside it. An absolute glob would walk the whole filesystem,
// and a `..` segment climbs out of the root before any matched path is checked.
//
// They are also bounded before any glob library sees them: brace expansion is exponential
// (`{a,b}` seventeen times is 131,072 patterns, which hung fast-glob: it expands braces into one
// pattern each), a numeric range is as large as its ends (`{1..100000000}`), and a segment with
// many `*` compiles to a regex that backtracks polynomially on a long file name the PR also
// controls. Whatever the libraries still throw is a usage error naming where the glob came from,
// never a crash. The globs are evaluated by ../core/glob.ts (fast-glob and its matcher), on disk
// and in a commit's tree alike.



const GLOB_LIMITS = {
    /** Characters in one glob. */
    maxLength: 512,
    /** `{\u2026}` groups (lists and ranges, nested or not) in one glob. */
    maxBraceGroups: 8,
    /** Patterns one glob expands to (the product of its brace groups, a range counting its size). */
    maxExpansions: MAX_BRACE_READINGS,
    /** Repeating wildcards (`*`, `*(\u2026)`, `+(\u2026)`, `!(\u2026)`; `**` alone is a segment walk) in one path segment. */
    maxWildcardsPerSegment: 2,
    /** Globs in one list (schemas or filters). */
    maxGlobs: 100,
};
/** Why `glob` is too large or too costly to hand to the glob library, or undefined. */
function globTooCostly(glob) {
    const L = GLOB_LIMITS;
    if (glob.length > L.maxLength)
        return `is ${glob.length} characters long, over the limit of ${L.maxLength}`;
    const groups = countBraceOpenings(glob);
    if (groups > L.maxBraceGroups)
        return `has ${groups} brace groups, over the limit of ${L.maxBraceGroups}`;
    const n = countExpansions(glob, L.maxExpansions + 1);
    if (n > L.maxExpansions)
        return `expands to more than ${L.maxExpansions} patterns (brace lists and ranges multiply), the limit for one glob`;
    return undefined;
}
/**
 * The patterns `glob` expands to, bounded and checked; throws a UsageError (prefixed `where`) for
 * a glob that is too costly, that the library cannot read, or that reaches outside the root.
 */
function checkGlob(glob, where, options = {}) {
    const fail = (why) => new errors/* UsageError */.eb(`${where}${JSON.stringify(glob.length > 80 ? glob.slice(0, 80) + '\u2026' : glob)} ${why}`);
    const costly = globTooCostly(glob);
    if (costly)
        throw fail(costly);
    const positive = glob.replace(/^!+/, ''); // a negation is an ignore pattern: same rules
    let expanded;
    try {
        out.isDynamicPattern(positive); // the library's own reading: what it throws on is no glob
        // Every pattern the braces can spell: `{.,}./x` and `{a,/etc}` only show their shape expanded.
        expanded = braceReadings(positive, GLOB_LIMITS.maxExpansions + 1);
    }
    catch (err) {
        throw fail(`cannot be read as a glob (${libraryMessage(err)})`);
    }
    // The counter above is the gate; the readings are the proof.
    if (expanded.length > GLOB_LIMITS.maxExpansions)
        throw fail(`expands to ${expanded.length} patterns, over the limit of ${GLOB_LIMITS.maxExpansions}`);
    for (const pattern of expanded.length > 0 ? expanded : [positive]) {
        const wild = maxWildcardsInSegment(pattern);
        if (wild > GLOB_LIMITS.maxWildcardsPerSegment) {
            throw fail(`has ${wild} repeating wildcards in one path segment, over the limit of ${GLOB_LIMITS.maxWildcardsPerSegment} (matching it is slow on long file names)`);
        }
    }
    const outside = options.outside === false ? undefined : globOutsideRoot(positive, expanded);
    if (outside)
        throw fail(outside);
    return expanded;
}
/** Why `glob` could reach outside the root, or undefined when it cannot. */
function globOutsideRoot(glob, expanded = []) {
    const positive = glob.replace(/^!+/, '');
    for (const pattern of [positive, ...expanded]) {
        // Backslash is an escape in a glob (`.\.` is `..`) and a separator on Windows: check both readings.
        for (const text of [pattern, pattern.replace(/\\(.)/g, '$1')]) {
            if (/^(?:[\\/]|[A-Za-z]:)/.test(text))
                return 'is an absolute path; globs are relative to the repository root';
            if (text.split(/[\\/()|]/).includes('..'))
                return 'has a ".." segment; globs cannot reach outside the repository root';
        }
    }
    return undefined;
}
/**
 * Throws a UsageError for the first glob that is too costly or reaches outside; `where(i)` prefixes
 * the message. `outside: false` checks the cost only (discovery refuses outside matches one by one).
 */
function checkGlobs(globs, where, options = {}) {
    if (globs.length > GLOB_LIMITS.maxGlobs) {
        throw new errors/* UsageError */.eb(`${where(GLOB_LIMITS.maxGlobs)}${globs.length} globs given, over the limit of ${GLOB_LIMITS.maxGlobs} in one list`);
    }
    globs.forEach((glob, i) => checkGlob(glob, where(i), options));
}
/** A library's message, first line only and short: it may echo the (long) glob. */
function libraryMessage(err) {
    const text = err instanceof Error ? `${err.name === 'Error' ? '' : err.name + ': '}${err.message}` : String(err);
    const line = text.split('\n')[0];
    return line.length > 120 ? line.slice(0, 120) + '\u2026' : line;
}
/** Unescaped `{` in the text: every one may open a group, so all count. */
function countBraceOpenings(glob) {
    let n = 0;
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            n++;
    }
    return n;
}
/** The most repeating wildcards in one `/`-separated segment of an already brace-expanded pattern. */
function maxWildcardsInSegment(pattern) {
    let most = 0;
    for (const segment of pattern.split('/')) {
        if (segment === '**')
            continue;
        let n = 0;
        for (let i = 0; i < segment.length; i++) {
            const ch = segment[i];
            if (ch === '\\')
                i++;
            else if (ch === '*') {
                n++;
                while (segment[i + 1] === '*')
                    i++; // `**` inside a segment is one star to the matcher
            }
            else if ((ch === '+' || ch === '!') && segment[i + 1] === '(')
                n++; // `!(x)` is `(?!x)[^/]*?` to picomatch
        }
        most = Math.max(most, n);
    }
    return most;
}


/***/ })

};
;