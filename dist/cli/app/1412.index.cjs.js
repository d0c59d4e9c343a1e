"use strict";
exports.id = 1412;
exports.ids = [1412,5176,3307,1155];
exports.modules = {

/***/ 41412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _modes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25176);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94362);
/* harmony import */ var _rule_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16837);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31264);
// `cxone-contract demo` (npm run demo): check the example contract repo shipped in examples/
// against its example registry export, and show the findings with file:line.








async function runDemo(io) {
    const examples = findExamples();
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, examples) || '.';
    // The live tenant is the bundled emulator, seeded with the example registry export, reached
    // over HTTP exactly as a real tenant would be (OAuth, paginated export).
    const { startEmulator, DEFAULT_CLIENT } = await __webpack_require__.e(/* import() */ 6731).then(__webpack_require__.bind(__webpack_require__, 46731));
    const emulator = await startEmulator({ seed: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(examples, 'registry-export.json') });
    try {
        const settings = await (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__.buildSettings)({
            root: examples,
            'api-base-url': emulator.url,
            'client-id': DEFAULT_CLIENT.clientId,
            'client-secret': DEFAULT_CLIENT.clientSecret,
        }, { cwd: io.cwd });
        io.out(`cxone-contract demo: checking the example repo ${root}/ against the CXone emulator at ${emulator.url}\n` +
            `(a local stand-in for the platform, seeded with ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'registry-export.json')})\n\n`);
        return await checkAndShow(settings, root, io);
    }
    finally {
        await emulator.close();
    }
}
async function checkAndShow(settings, root, io) {
    const report = await (0,_modes_index_js__WEBPACK_IMPORTED_MODULE_4__.runCheck)(settings, { knownRules: (0,_rule_registry_js__WEBPACK_IMPORTED_MODULE_6__.knownRuleIds)() });
    io.out((0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__.formatText)(withDisplayPaths(report, root), { color: io.color }));
    io.out(report.failed
        ? `\nThe check fails (exit 1): a breaking change against the live schema would reach consumers. See the findings above.\n`
        : `\nThe check passes.\n`);
    return report.failed ? 1 : 0;
}
/**
 * examples/ sits at the package root: three levels above dist/cli/app/ (the bundle), two above
 * lib/demo/ or src/demo/ (found first; neither is in the npm package). Never higher: above an
 * installed package are node_modules and the user's own project, whose examples/ the demo must not
 * check as ours.
 */
function findExamples() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (let i = 0; i < 4; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'examples', 'registry-export.json')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'examples');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('demo: the examples/ folder was not found next to this installation');
}
/** Show paths relative to where the user stands, so `file:line` can be opened directly. */
function withDisplayPaths(report, root) {
    if (root === '.')
        return report;
    const show = (file) => `${root}/${file}`;
    return {
        ...report,
        findings: report.findings.map((f) => ({ ...f, file: show(f.file) })),
        plan: report.plan.map((p) => (p.file !== undefined ? { ...p, file: show(p.file) } : p)),
    };
}


/***/ }),

/***/ 25176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCheck: () => (/* reexport safe */ _check_js__WEBPACK_IMPORTED_MODULE_0__.k_)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52398);



/***/ }),

/***/ 93307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_APPROVAL: () => (/* binding */ DEFAULT_APPROVAL),
/* harmony export */   approvalOf: () => (/* binding */ approvalOf),
/* harmony export */   approvalSentence: () => (/* binding */ approvalSentence),
/* harmony export */   approvalText: () => (/* binding */ approvalText),
/* harmony export */   ignoreFlow: () => (/* binding */ ignoreFlow),
/* harmony export */   ignoreSnippet: () => (/* binding */ ignoreSnippet)
/* harmony export */ });
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59636);
// How to approve an intended breaking change, said the same way everywhere a breaking change is
// reported (annotations, the failure message, the PR comment, the job summary, the text report):
// the exact PR label, or the exact config ignore, plus the major version bump it still needs.

const DEFAULT_APPROVAL = {
    label: _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ALLOW_BREAKING_LABEL,
    configFile: _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_FILE,
};
/** The approval as these settings name it: their label, and the config file in use (or the default one). */
function approvalOf(settings) {
    return { label: settings.github.allowBreakingLabel, configFile: settings.configFile ?? _settings_types_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_FILE };
}
/** A YAML string that needs no thought about quoting: JSON strings are valid YAML scalars. */
const q = (s) => JSON.stringify(s);
/** The `ignores:` entries (block YAML) that would approve exactly these findings. */
function ignoreSnippet(findings) {
    const lines = ['ignores:'];
    for (const f of findings) {
        lines.push(`  - rule: ${f.rule}`, `    contract: ${q(f.contract ?? '')}`);
        if (f.pointer !== '')
            lines.push(`    pointer: ${q(f.pointer)}`);
        lines.push(`    reason: ${q('why this break is intended, and who agreed')}`);
    }
    return lines.join('\n');
}
/** The same entry on one line (YAML flow style), for table cells. */
function ignoreFlow(f) {
    const pointer = f.pointer !== '' ? `, pointer: ${q(f.pointer)}` : '';
    return `ignores: [{rule: ${f.rule}, contract: ${q(f.contract ?? '')}${pointer}, reason: "\u2026"}]`;
}
/** Multi-line text appended to the annotation of a breaking change. */
function approvalText(f, opts) {
    return (`To approve this intended break: add the label "${opts.label}" to the pull request, ` +
        `or add to ${opts.configFile}:\n${ignoreSnippet([f])}\n` +
        'Either way cxoneVersion needs a new major version.');
}
/** One sentence for failure messages that cover several breaking changes. */
function approvalSentence(opts) {
    return (`To approve intended breaking changes, add the pull request label "${opts.label}" ` +
        `or an ignore per change in ${opts.configFile} (cxoneVersion still needs a major bump)`);
}


/***/ }),

/***/ 94362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_PRINTED_FINDINGS: () => (/* binding */ MAX_PRINTED_FINDINGS),
  formatText: () => (/* binding */ formatText),
  location: () => (/* binding */ text_location),
  notPrinted: () => (/* binding */ notPrinted),
  oneLine: () => (/* binding */ oneLine),
  printable: () => (/* binding */ printable),
  versionText: () => (/* binding */ versionText)
});

// EXTERNAL MODULE: ./lib/core/finding.js
var finding = __webpack_require__(56134);
// EXTERNAL MODULE: ./lib/core/log-safe.js
var log_safe = __webpack_require__(35095);
// EXTERNAL MODULE: ./lib/core/order.js
var order = __webpack_require__(14223);
;// CONCATENATED MODULE: ./lib/report/plan-detail.js
// What one plan item does, in words, for the check's text and the job summary: the pointers an
// update changes, the live change it undoes, the filters that join or leave a group, the platform's
// validation of a filter (dry run), and why an item is blocked or unknown. Plain text: callers escape.

/** The order plan items are listed and counted in. */
const PLAN_ACTIONS = ['create', 'update', 'unchanged', 'blocked', 'unknown'];
const SHOWN = 5;
function planDetail(p) {
    const out = [];
    if (p.members) {
        const { add, remove } = p.members;
        if (add.length > 0)
            out.push(`joins: ${few(add)}`);
        if (remove.length > 0)
            out.push(`leaves: ${few(remove)}`);
    }
    if (p.changes && p.changes.length > 0)
        out.push(`changes ${few(p.changes, p.changesMore ?? 0)}`);
    if (p.reverts)
        out.push(`reverts a live change by ${p.reverts.actor} at ${p.reverts.timestamp}`);
    if (p.validation)
        out.push(p.validation.valid
            ? 'the platform validates it'
            : `the platform's validation refuses it: ${p.validation.message ?? 'no message'}`);
    if (p.action === 'blocked' || p.action === 'unknown')
        out.push(...p.reasons);
    return out;
}
/** Sort key: by action, then kind, then file or name. */
function planOrder(a, b) {
    return (PLAN_ACTIONS.indexOf(a.action) - PLAN_ACTIONS.indexOf(b.action) ||
        (0,order/* byCodeUnit */.X)(a.kind, b.kind) ||
        (0,order/* byCodeUnit */.X)(a.file ?? a.name, b.file ?? b.name));
}
function few(list, unlisted = 0) {
    const more = list.length - Math.min(list.length, SHOWN) + unlisted;
    return list.slice(0, SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

// EXTERNAL MODULE: ./lib/evolution/judge.js + 16 modules
var judge = __webpack_require__(29951);
// EXTERNAL MODULE: ./lib/report/approval.js
var approval = __webpack_require__(93307);
;// CONCATENATED MODULE: ./lib/report/order.js
// Ordering shared by the reporters: most severe first, then by place in the repo.

/** Findings that count: those no ignore in the config suppressed. */
function activeFindings(findings) {
    return findings.filter((f) => f.suppressed === undefined);
}
/**
 * Errors first, then warnings, then notices; within a severity breaking changes first; then by
 * file, line, column, rule.
 */
function bySeverity(findings) {
    // Array.prototype.sort is stable, so the file/line order survives within a severity.
    return (0,finding/* sortFindings */.Tc)([...findings]).sort((a, b) => (0,finding/* compareSeverity */.zK)(a.severity, b.severity) || Number(b.breaking === true) - Number(a.breaking === true));
}
/** `1 error`, `2 errors`, `0 notices`. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./lib/report/rank.js
// Which findings a reviewer must see first when not all of them can be shown (annotations are
// capped): breaking changes, then errors in the files the pull request changed, then the rest,
// most severe first and files the PR changed before others.


/** 0 = breaking change, 1 = error in a changed file, 2 = the rest. */
function tier(f, changed) {
    if (f.breaking)
        return 0;
    if (f.severity === 'error' && changed?.has(f.file))
        return 1;
    return 2;
}
/**
 * `findings` in the order annotations are spent on them. `changedFiles` (repo-relative paths, as
 * in findings) is optional: without it the order is breaking changes first, then by severity.
 */
function rankFindings(findings, changedFiles) {
    const inChanged = (f) => (changedFiles?.has(f.file) ? 0 : 1);
    // bySeverity gives severity, breaking first, file, line; the stable sort keeps that within ties.
    return bySeverity(findings).sort((a, b) => tier(a, changedFiles) - tier(b, changedFiles) ||
        (0,finding/* compareSeverity */.zK)(a.severity, b.severity) ||
        inChanged(a) - inChanged(b));
}

;// CONCATENATED MODULE: ./lib/report/text.js
// The text report for terminals and logs: one line per finding, the plan, a closing count line.
//
//   schemas/interaction-ended.yaml:14:7 error type-changed `duration_seconds` changed type ...
//
//   plan: 1 create, 1 update, 6 unchanged, 0 blocked
//     create   schema  CallTransferred 1.0.0  (schemas/call-transferred.yaml)
//
//   1 error, 0 warnings, 0 notices (1 breaking) in 15 files
//
// Suppressed findings are left out (they are in the JSON report); the closing line counts them.







const SEVERITY_COLOR = { error: '1;31', warning: '33', notice: '36' };
const ACTION_COLOR = {
    create: '32',
    update: '33',
    unchanged: '2',
    blocked: '1;31',
    unknown: '35',
};
function formatText(report, opts = {}) {
    const paint = opts.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
    const out = [];
    const findings = (0,finding/* sortFindings */.Tc)(activeFindings(report.findings));
    // A pre-existing break (not counted) needs no approval from this change: no hint for it.
    const counts = (f) => (0,finding/* canFail */.nx)(f, report.base?.failOnExisting === true);
    for (const f of printable(findings)) {
        out.push(findingLine(f, paint));
        if (f.witness !== undefined)
            out.push(paint('2', `    e.g. this live-valid event is now rejected: ${shortJson(f.witness)}`));
        else if (f.breaking) {
            const why = (0,judge/* noWitnessNote */.RG)(f.help);
            if (why !== undefined)
                out.push(paint('2', `    no example event (${oneLine(why)})`));
        }
        if (f.breaking && opts.approval && counts(f))
            out.push(paint('2', `    to approve: PR label "${opts.approval.label}", or in ${opts.approval.configFile}: ${(0,approval.ignoreFlow)(f)}`));
    }
    if (findings.length > MAX_PRINTED_FINDINGS)
        out.push(notPrinted(findings.length - MAX_PRINTED_FINDINGS));
    const plan = planLines(report.plan, paint);
    if (plan.length > 0) {
        if (out.length > 0)
            out.push('');
        out.push(...plan);
    }
    if (out.length > 0)
        out.push('');
    out.push(closingLine(report, paint));
    if (opts.approval && findings.some((f) => f.breaking && counts(f)))
        out.push(`${(0,approval.approvalSentence)(opts.approval)}.`);
    return out.join('\n') + '\n';
}
/**
 * Findings printed; the rest are counted. A log of a million lines helps nobody and costs memory
 * and minutes; the JSON report keeps every finding.
 */
const MAX_PRINTED_FINDINGS = 1000;
/** At most MAX_PRINTED_FINDINGS of `sorted`, the most important (rankFindings) kept, in their order. */
function printable(sorted) {
    if (sorted.length <= MAX_PRINTED_FINDINGS)
        return sorted;
    const keep = new Set(rankFindings(sorted).slice(0, MAX_PRINTED_FINDINGS));
    return sorted.filter((f) => keep.has(f));
}
function notPrinted(n) {
    return `... ${plural(n, 'more finding')} not printed (at most ${MAX_PRINTED_FINDINGS} are): every finding is in the JSON report (--format json, or the report-file)`;
}
const MAX_WITNESS_CHARS = 300;
/** An example event on one line, cut at MAX_WITNESS_CHARS (the JSON report has it whole). */
function shortJson(v) {
    const s = JSON.stringify(v);
    return s.length <= MAX_WITNESS_CHARS ? s : `${s.slice(0, MAX_WITNESS_CHARS - 1)}\u2026`;
}
/** `file:line:col`, `file:line` when the column is unknown, `file` when the line is. */
function text_location(f) {
    const file = (0,log_safe/* escapeControl */.hN)(f.file);
    if (f.line <= 0)
        return file;
    if (f.column <= 0)
        return `${file}:${f.line}`;
    return `${file}:${f.line}:${f.column}`;
}
function findingLine(f, paint) {
    return [
        text_location(f),
        paint(SEVERITY_COLOR[f.severity], f.severity),
        paint('2', f.rule),
        // Already at the git base: listed, but not this change's doing.
        ...(f.preExisting ? [paint('2', '(pre-existing)')] : []),
        oneLine(f.message),
    ].join(' ');
}
/**
 * Keep one finding on one line whatever its message holds; what a value brings (ESC, U+2028, ...)
 * shows as an escape.
 */
function oneLine(s) {
    return (0,log_safe/* escapeControl */.hN)(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
function planLines(plan, paint) {
    if (plan.length === 0)
        return [];
    const count = (a) => plan.filter((p) => p.action === a).length;
    const lines = [
        `plan: ${PLAN_ACTIONS.filter((a) => a !== 'unknown' || count(a) > 0)
            .map((a) => `${count(a)} ${a}`)
            .join(', ')}`,
    ];
    for (const p of plan.filter((i) => i.action !== 'unchanged').sort(planOrder)) {
        let line = `  ${paint(ACTION_COLOR[p.action], p.action.padEnd(8))} ${p.kind.padEnd(6)}  ${(0,log_safe/* escapeControl */.hN)(p.name)}`;
        const version = versionText(p);
        if (version)
            line += ` ${(0,log_safe/* escapeControl */.hN)(version)}`;
        if (p.file !== undefined)
            line += `  (${(0,log_safe/* escapeControl */.hN)(p.file)})`;
        const detail = planDetail(p);
        if (detail.length > 0)
            line += `: ${detail.map(oneLine).join('; ')}`;
        lines.push(line);
    }
    return lines;
}
function versionText(p, arrow = '->') {
    if (p.liveVersion !== undefined && p.version !== undefined && p.liveVersion !== p.version) {
        return `${p.liveVersion} ${arrow} ${p.version}`;
    }
    return p.version ?? p.liveVersion ?? '';
}
function closingLine(report, paint) {
    const c = report.counts;
    const extras = [];
    if (c.breaking > 0)
        extras.push(`${c.breaking} breaking`);
    if (c.suppressed > 0)
        extras.push(`${c.suppressed} ignored`);
    if (c.preExisting)
        extras.push(`${c.preExisting} pre-existing${report.base?.failOnExisting ? '' : ', not failing'}`);
    const line = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}` +
        (extras.length > 0 ? ` (${extras.join(', ')})` : '') +
        ` in ${plural(c.files, 'file')}`;
    return paint(report.failed ? '1;31' : '1;32', line);
}


/***/ }),

/***/ 16837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allRules: () => (/* binding */ allRules),
/* harmony export */   knownRuleIds: () => (/* binding */ knownRuleIds)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23027);
/* harmony import */ var _evolution_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8011);
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53035);
/* harmony import */ var _modes_drift_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66315);
/* harmony import */ var _modes_removed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44576);
/* harmony import */ var _modes_skipped_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19828);
/* harmony import */ var _plan_platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35114);
/* harmony import */ var _triage_triage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16498);
// Every rule the product can raise, as Rule objects: each names the function that raises it and its
// test. docs/rules.md (npm run docs) and `cxone-contract rules` are generated from this list, in
// this order (the SARIF output lists rules in it too).








const RULES = [
    ..._contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .contractRules */ .k2,
    ..._lint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lintRules */ .xV,
    ..._evolution_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evolutionRules */ .V_,
    ...Object.values(_triage_triage_js__WEBPACK_IMPORTED_MODULE_7__/* .triageRules */ .eO),
    ...Object.values(_modes_skipped_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRules */ .MM),
    ...Object.values(_modes_removed_js__WEBPACK_IMPORTED_MODULE_4__/* .removalRules */ .u),
    ...Object.values(_plan_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .planRules */ .Td),
    ...Object.values(_modes_drift_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .driftRules */ .x),
];
function allRules() {
    return [...RULES];
}
let ids;
function knownRuleIds() {
    ids ??= new Set(allRules().map((r) => r.id));
    return ids;
}


/***/ }),

/***/ 31264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSettings: () => (/* reexport */ buildSettings)
});

// UNUSED EXPORTS: DEFAULT_ALLOW_BREAKING_LABEL, DEFAULT_CONFIG_FILE, DEFAULT_FILTER_GLOBS, DEFAULT_SCHEMA_GLOBS, FAIL_ON, FORMATS, INPUT_NAMES, MODES, POLICIES, SECRET_INPUTS, TOKEN_FORMATS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/settings/config-read.js
var config_read = __webpack_require__(34256);
// EXTERNAL MODULE: ./lib/settings/globs.js + 1 modules
var globs = __webpack_require__(87782);
// EXTERNAL MODULE: ./lib/settings/types.js
var types = __webpack_require__(59636);
// EXTERNAL MODULE: ./lib/settings/values.js
var values = __webpack_require__(41155);
;// CONCATENATED MODULE: ./lib/settings/build.js
// Build the Settings object: explicit inputs/flags win, then the repo config file, then defaults.
// This is the only place raw inputs are interpreted.








async function buildSettings(raw, ctx) {
    const opt = (name) => ((0,values.given)(raw[name]) ? raw[name].trim() : undefined);
    const workspace = (0,external_node_path_.resolve)(ctx.cwd);
    // Every path the user gives is relative to where the command runs; the config file, to the root
    // (src/core/paths.ts).
    const here = (name, fallback) => {
        const v = opt(name) ?? fallback;
        return v === undefined ? undefined : (0,paths.resolveGiven)(v, workspace, ctx.cwdName ?? 'the current directory');
    };
    const rootGiven = here('root', '.');
    const root = rootGiven.path;
    await mustBeDirectory(rootGiven, 'root');
    const configFile = (0,paths.resolveGiven)(opt('config') ?? types.DEFAULT_CONFIG_FILE, root, 'the contract root');
    const configName = configFile.given;
    const text = await (0,config_read/* readConfigText */.i)(configFile, root);
    // Its parser and schema validator (yaml, ajv) are loaded only when there is a config to read.
    const config = text === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(8815), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 30998))).parseRepoConfig(text, configFile.given);
    if (!config && (0,values.given)(raw.config) && configName !== types.DEFAULT_CONFIG_FILE) {
        throw new errors/* UsageError */.eb(`config: cannot read ${(0,paths.describeGiven)(configFile)}: no such file`);
    }
    const file = (name) => here(name)?.path;
    const settings = {
        mode: (0,values.oneOf)('mode', opt('mode') ?? 'check', types.MODES),
        root,
        workspace,
        repoBase: await (0,paths.repoBaseOf)(root, workspace, ctx.repoWithinCwd ? workspace : undefined),
        schemaGlobs: (0,values.given)(raw.schemas) ? (0,values.list)(raw.schemas) : (config?.schemas ?? types.DEFAULT_SCHEMA_GLOBS),
        filterGlobs: (0,values.given)(raw.filters) ? (0,values.list)(raw.filters) : (config?.filters ?? types.DEFAULT_FILTER_GLOBS),
        policy: opt('policy') ? (0,values.oneOf)('policy', opt('policy'), types.POLICIES) : (config?.policy ?? 'additive'),
        failOn: opt('fail-on') ? (0,values.oneOf)('fail-on', opt('fail-on'), types.FAIL_ON) : (config?.failOn ?? 'error'),
        ruleLevels: config?.rules ?? {},
        ignores: config?.ignores ?? [],
        configFile: config ? configName : undefined,
        configPath: (0,external_node_path_.relative)(root, configFile.path).split(external_node_path_.sep).join('/'),
        globsGiven: { schemas: (0,values.given)(raw.schemas), filters: (0,values.given)(raw.filters) },
        registryExport: here('registry-export'),
        against: opt('against'),
        failOnExisting: (0,values.bool)('fail-on-existing', opt('fail-on-existing') ?? 'false'),
        api: {
            baseUrl: opt('api-base-url') && (0,values.url)('api-base-url', opt('api-base-url')),
            tokenUrl: opt('token-url') && (0,values.url)('token-url', opt('token-url')),
            tokenRequestFormat: (0,values.oneOf)('token-request-format', opt('token-request-format') ?? 'form', types.TOKEN_FORMATS),
            clientId: opt('client-id'),
            deployClientId: opt('deploy-client-id'),
            clientSecret: opt('client-secret'),
            tenant: opt('tenant'),
        },
        format: opt('format') ? (0,values.oneOf)('format', opt('format'), types.FORMATS) : (ctx.defaults?.format ?? 'text'),
        reportFile: file('report-file') ?? ctx.defaults?.reportFile,
        github: {
            token: opt('github-token'),
            comment: (0,values.bool)('comment', opt('comment') ?? 'true'),
            allowBreakingLabel: opt('allow-breaking-label') ?? types.DEFAULT_ALLOW_BREAKING_LABEL,
        },
        sarifFile: file('sarif-file'),
        dryRun: (0,values.bool)('dry-run', opt('dry-run') ?? 'false'),
        auditFile: file('audit-file') ?? ctx.defaults?.auditFile,
        auditArtifact: opt('audit-artifact'),
        activationTimeoutSeconds: (0,values.positiveInt)('activation-timeout', opt('activation-timeout') ?? '60', 3600),
        maxConcurrency: (0,values.positiveInt)('max-concurrency', opt('max-concurrency') ?? '4', 64),
        requestsPerSecond: (0,values.nonNegativeInt)('requests-per-second', opt('requests-per-second') ?? '100', 10_000),
        requestTimeoutSeconds: (0,values.positiveInt)('request-timeout', opt('request-timeout') ?? '30', 600),
        maxRetries: (0,values.nonNegativeInt)('max-retries', opt('max-retries') ?? '5', 20),
        allowDeployFrom: (0,values.list)(opt('allow-deploy-from') ?? ''),
        driftIssue: (0,values.bool)('drift-issue', opt('drift-issue') ?? 'false'),
        deadFilterWindowDays: (0,values.days)('dead-filter-window', opt('dead-filter-window') ?? '7d'),
    };
    // Globs from the config were checked (with their line) as it was parsed; inputs are checked here.
    if ((0,values.given)(raw.schemas))
        (0,globs/* checkGlobs */.EQ)(settings.schemaGlobs, () => 'schemas: ');
    if ((0,values.given)(raw.filters))
        (0,globs/* checkGlobs */.EQ)(settings.filterGlobs, () => 'filters: ');
    // Ref patterns meet the same matcher: bounded as the file globs are (a ref is no path: no root to leave).
    (0,globs/* checkGlobs */.EQ)(settings.allowDeployFrom, () => 'allow-deploy-from: ', { outside: false });
    if (settings.schemaGlobs.length === 0 && settings.filterGlobs.length === 0) {
        throw new errors/* UsageError */.eb('schemas/filters: no globs given: nothing to check');
    }
    if (settings.against !== undefined && settings.mode !== 'check') {
        throw new errors/* UsageError */.eb(`against: applies to mode: check only (mode: ${settings.mode} compares with the live tenant)`);
    }
    if (settings.registryExport && settings.api.baseUrl) {
        throw new errors/* UsageError */.eb('registry-export and api-base-url are both set: choose the export file (offline) or the live API');
    }
    return settings;
}
async function mustBeDirectory(dir, name) {
    const s = await (0,promises_.stat)(dir.path).catch(() => undefined);
    if (!s?.isDirectory())
        throw new errors/* UsageError */.eb(`${name}: ${(0,paths.describeGiven)(dir)} is not a directory`);
}

;// CONCATENATED MODULE: ./lib/settings/index.js




/***/ }),

/***/ 41155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bool: () => (/* binding */ bool),
/* harmony export */   days: () => (/* binding */ days),
/* harmony export */   given: () => (/* binding */ given),
/* harmony export */   list: () => (/* binding */ list),
/* harmony export */   nonNegativeInt: () => (/* binding */ nonNegativeInt),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   positiveInt: () => (/* binding */ positiveInt),
/* harmony export */   url: () => (/* binding */ url)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3029);
// Parsing of single raw input values. Every failure is a UsageError naming the input and what
// it accepts, so the user sees one clear line and exit code 2.


function given(value) {
    return value !== undefined && value.trim() !== '';
}
function oneOf(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not one of ${allowed.join(', ')}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__.didYouMean)(v, allowed)}`);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name, value) {
    const v = value.trim();
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a boolean (use true or false)`);
}
function positiveInt(name, value, max = Number.MAX_SAFE_INTEGER) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 1 to ${max}`);
    }
    return n;
}
function nonNegativeInt(name, value, max) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not a whole number from 0 to ${max}`);
    return n;
}
/** A duration in days: `7`, `7d`, or `168h` (rounded up to whole days is not done: hours / 24). */
function days(name, value) {
    const m = /^(\d+)\s*([dh]?)$/.exec(value.trim());
    if (!m || Number(m[1]) === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${value.trim()}" is not a duration like 7d or 168h`);
    return m[2] === 'h' ? Number(m[1]) / 24 : Number(m[1]);
}
/** A list given as one string: separated by newlines or commas (globs may hold commas in braces). */
function list(value) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const ch of value) {
        if (ch === '{')
            depth++;
        if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === '\n' || (ch === ',' && depth === 0)) {
            items.push(current);
            current = '';
        }
        else
            current += ch;
    }
    items.push(current);
    return items.map((s) => s.trim()).filter((s) => s !== '');
}
/** An http(s) URL; the scheme rules (https except loopback) belong to the client. */
function url(name, value) {
    const v = value.trim();
    try {
        const u = new URL(v);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('scheme');
        return v.replace(/\/+$/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: "${v}" is not an http(s) URL`);
    }
}


/***/ })

};
;