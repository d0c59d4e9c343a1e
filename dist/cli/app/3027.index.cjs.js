"use strict";
exports.id = 3027;
exports.ids = [3027];
exports.modules = {

/***/ 23027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ contracts_limits/* DEFAULT_LIMITS */.dR),
  k2: () => (/* binding */ contractRules),
  YR: () => (/* reexport */ loadContracts),
  UA: () => (/* reexport */ parse/* parseContract */.UA)
});

// UNUSED EXPORTS: rules

// EXTERNAL MODULE: ./lib/contracts/read.js
var contracts_read = __webpack_require__(54759);
// EXTERNAL MODULE: ./lib/contracts/parse.js + 4 modules
var parse = __webpack_require__(73389);
// EXTERNAL MODULE: ./lib/contracts/text.js
var contracts_text = __webpack_require__(76448);
// EXTERNAL MODULE: ./lib/contracts/yaml-load.js + 1 modules
var yaml_load = __webpack_require__(31988);
// EXTERNAL MODULE: ./lib/contracts/limits.js
var contracts_limits = __webpack_require__(45707);
// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(25648);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/glob.js
var glob = __webpack_require__(80029);
// EXTERNAL MODULE: ./lib/core/inside-root.js
var inside_root = __webpack_require__(45372);
// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var settings_globs = __webpack_require__(87782);
;// CONCATENATED MODULE: ./lib/contracts/discover.js
// Which files are contracts: the schema and filter globs, expanded under the root. Every match is
// resolved to its real path and refused when that lies outside the real root: the glob library
// walks into a linked folder named in a glob (`cxone/schemas -> /elsewhere`), and a linked file
// can point anywhere. Contracts are read through the checked real path. The listing is streamed
// and stops past the per-run file cap, so a huge tree is never fully listed. The glob library is
// the one the git baseline matches a commit's tree with (../core/glob.ts).








async function discover(root, schemaGlobs, filterGlobs, maxFiles = contracts_limits/* MAX_FILES_PER_RUN */.VT) {
    const absRoot = external_node_path_.resolve(root);
    // Compare real paths: the root itself may be given through a link.
    const realRoot = (0,inside_root/* realRoot */.dU)(absRoot);
    const byFile = new Map();
    // Schemas first: a file matched by both globs is a schema.
    for (const [globs, kind] of [
        [schemaGlobs, 'schema'],
        [filterGlobs, 'filter'],
    ]) {
        // Settings checked them with their source; their cost is checked again here so no caller hands
        // the library an unbounded glob (what one matches outside the root is refused file by file below).
        (0,settings_globs/* checkGlobs */.EQ)(globs, () => `${kind === 'schema' ? 'schemas' : 'filters'}: `, { outside: false });
        await expand(absRoot, globs, kind, (e) => {
            if (byFile.has(e.file))
                return true;
            byFile.set(e.file, { ...e, kind });
            return byFile.size <= maxFiles;
        });
        if (byFile.size > maxFiles) {
            throw new errors/* UsageError */.eb(`schemas/filters: the globs match more than ${maxFiles} files, the limit for one run; ` +
                'narrow the globs (in .cxone-contract.yml or the schemas/filters inputs)');
        }
    }
    const entries = [...byFile.values()];
    for (const e of entries)
        if (!e.problem)
            resolveInside(realRoot, e);
    return entries
        .map(({ file, kind, absPath, problem }) => ({ file, kind, absPath, ...(problem ? { problem } : {}) }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/** Streams the matches of `globs` to `accept` until it returns false. */
async function expand(absRoot, globs, kind, accept) {
    if (globs.length === 0)
        return;
    try {
        await walk(absRoot, globs, accept);
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        // Whatever the glob library throws on a glob is the glob's problem, not a crash (issue 11).
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 120);
        throw new errors/* UsageError */.eb(`${kind === 'schema' ? 'schemas' : 'filters'}: the globs cannot be expanded (${message})`);
    }
}
async function walk(absRoot, globs, accept) {
    const stream = out.stream(globs, { ...glob/* WALK_OPTIONS */.R, cwd: absRoot, objectMode: true });
    for await (const found of stream) {
        const e = toEntry(absRoot, found);
        // Leaving the loop ends the iterator, which destroys the stream: the walk stops here.
        if (e && !accept(e))
            return;
    }
}
function toEntry(absRoot, e) {
    const absPath = external_node_path_.resolve(absRoot, e.path);
    const file = external_node_path_.relative(absRoot, absPath).split(external_node_path_.sep).join('/');
    if (e.dirent.isDirectory()) {
        if (!looksLikeFile(file))
            return undefined; // `dir/**` also matches plain sub-directories
        return { file, absPath, symlink: false, problem: 'it is a directory' };
    }
    if (!(0,inside_root/* isInside */.FK)(absRoot, absPath))
        return { file, absPath, symlink: false, problem: 'it is outside the repository root' };
    return { file, absPath, symlink: e.dirent.isSymbolicLink() };
}
function looksLikeFile(file) {
    const base = external_node_path_.posix.basename(file);
    return external_node_path_.posix.extname(base) !== '';
}
/**
 * Replace `e.absPath` by its real path, or set `e.problem` when it leaves the root or is broken.
 * Synchronous, as the files are then read (./read.ts): a thread-pool round trip per file costs more.
 */
function resolveInside(realRoot, e) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(e.absPath); // as the system resolves it (../core/inside-root.ts)
    }
    catch {
        e.problem = e.symlink ? 'it is a broken symbolic link' : 'it does not exist (deleted while running)';
        return;
    }
    if (!(0,inside_root/* isInside */.FK)(realRoot, real)) {
        // The target is not named: where the link points is itself outside information.
        e.problem = e.symlink
            ? 'it is a symbolic link to a file outside the repository root'
            : 'it lies outside the repository root (through a symbolically linked directory)';
        return;
    }
    e.absPath = real;
}

;// CONCATENATED MODULE: ./lib/contracts/load.js
// The contracts stage: globs -> files -> Contract[] plus the findings for files that are not
// usable contracts. Reads run ahead with bounded concurrency; parsing is synchronous and goes in
// file order, so the run's budgets (bytes read, YAML nodes parsed) are spent deterministically:
// the same files are checked, and the same ones reported unchecked, on every run.




/** Files read ahead of the one being parsed, and between two turns of the event loop. */
const READ_CONCURRENCY = 32;
async function loadContracts(opts) {
    const limits = (0,contracts_limits/* resolveLimits */.fW)(opts.limits);
    const run = (0,contracts_limits/* resolveRunLimits */.Ce)(opts.runLimits);
    const candidates = await discover(opts.root, opts.schemaGlobs, opts.filterGlobs);
    let bytes = 0;
    let nodes = 0;
    // Past a budget, no file is read any more: at most READ_CONCURRENCY reads already started are wasted.
    let spent;
    const reads = [];
    const startRead = (i) => {
        const c = candidates[i];
        if (c && !c.problem && spent === undefined && reads[i] === undefined)
            reads[i] = (0,contracts_read/* readBounded */.CB)(c.absPath, c.file, limits.maxFileBytes);
    };
    const contracts = [];
    const findings = [];
    for (let i = 0; i < candidates.length; i++) {
        // Reads and parses are synchronous: let the event loop run now and then (a live baseline is
        // being fetched at the same time, src/modes/check.ts).
        if (i > 0 && i % READ_CONCURRENCY === 0)
            await new Promise((resume) => setImmediate(resume));
        for (let j = i; j < i + READ_CONCURRENCY; j++)
            startRead(j);
        const c = candidates[i];
        let r;
        if (c.problem)
            r = { findings: [(0,contracts_read/* unreadable */.O$)(c.file, c.problem)] };
        else if (spent !== undefined)
            r = { findings: [(0,contracts_read/* overBudget */.qj)(c.file, spent)] };
        else {
            const read = await reads[i];
            reads[i] = undefined; // (its bytes can go once parsed)
            if ('finding' in read)
                r = { findings: [read.finding] };
            else if (bytes + read.bytes.length > run.maxBytes) {
                const budget = `the run's budget of ${(0,contracts_read/* formatBytes */.z3)(run.maxBytes)} of contract files`;
                r = {
                    findings: [
                        (0,contracts_read/* overBudget */.qj)(c.file, `the contract files before it already total ${(0,contracts_read/* formatBytes */.z3)(bytes)}, and this one would take the run past ${budget}`),
                    ],
                };
                spent = `${budget} ran out at ${c.file}`;
            }
            else {
                bytes += read.bytes.length;
                r = (0,parse/* parseContract */.UA)(c.kind, c.file, read.bytes, limits);
                nodes += r.nodes ?? 0;
                if (nodes >= run.maxNodes)
                    spent = `the contract files before it already hold ${nodes} YAML nodes, the run's budget is ${run.maxNodes}`;
            }
        }
        if (r.contract)
            contracts.push(r.contract);
        findings.push(...r.findings);
    }
    // Reads started but no longer wanted (the budget ran out) still settle before we return.
    await Promise.all(reads.filter((p) => p !== undefined));
    return { contracts, findings, files: candidates.map((c) => c.file) };
}

;// CONCATENATED MODULE: ./lib/contracts/index.js
// Public surface of the contracts stage: find, read and parse contract files into Contract[]
// (with lazy source positions), turning every hostile or broken file into a located finding.







/** Every rule this stage raises, keyed by a camelCase handle. */
const rules = { ...contracts_read/* fileRules */._h, ...contracts_text/* textRules */.fD, ...yaml_load/* yamlRules */.zp, ...parse/* shapeRules */.Fk };
/** For the rule registry: every rule of this stage, in the order docs/rules.md lists them. */
const contractRules = [
    ...Object.values(contracts_read/* fileRules */._h),
    ...Object.values(contracts_text/* textRules */.fD),
    ...Object.values(yaml_load/* yamlRules */.zp),
    ...Object.values(parse/* shapeRules */.Fk),
];


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