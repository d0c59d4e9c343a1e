"use strict";
exports.id = 1347;
exports.ids = [1347,7406,3307,4362];
exports.modules = {

/***/ 56134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   nx: () => (/* binding */ canFail),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14223);
// The vocabulary every stage speaks: a Finding is one thing wrong (or worth saying) about one
// place in one file. Checks produce findings with a JSON pointer; line and column are filled in
// later, only for files that have findings (positions cost a second, slower YAML parse).

/** A severity, or `never` (fail-on) / `off` (rule override). */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const RANK = { error: 3, warning: 2, notice: 1 };
/** True when `s` is at or above `threshold` (error > warning > notice). */
function atLeast(s, threshold) {
    return RANK[s] >= RANK[threshold];
}
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}
/** Whether `f` can fail the run: not suppressed, and not pre-existing unless those count too. */
function canFail(f, countExisting) {
    return f.suppressed === undefined && (f.preExisting !== true || countExisting);
}
/** Sort findings by file, line, column, then rule: stable output for humans and diffs. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.rule, b.rule) ||
        (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.message, b.message));
}


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

/***/ 61347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffJson: () => (/* binding */ diffJson),
/* harmony export */   diffText: () => (/* binding */ diffText)
/* harmony export */ });
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97406);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94362);
// `cxone-contract diff` for people (one line per change, a witness event under a breaking one, the
// verdict) and as JSON ({compatible, policy, changes}).



function diffJson(r) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.prettyJson)(r);
}
function diffText(r) {
    const lines = [];
    for (const c of r.changes) {
        lines.push(`${c.severity.padEnd(7)} ${c.rule.padEnd(36)} ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(c.pointer || '/')}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(c.message)}`);
        if (c.witness !== undefined)
            lines.push(`${' '.repeat(8)}e.g. this live-valid event is now rejected: ${JSON.stringify(c.witness)}`);
    }
    const breaking = r.changes.filter((c) => c.severity === 'error').length;
    lines.push(r.compatible
        ? `compatible under the ${r.policy} policy`
        : `INCOMPATIBLE under the ${r.policy} policy: ${breaking} breaking change(s)`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftJson: () => (/* binding */ driftJson),
/* harmony export */   prettyJson: () => (/* binding */ prettyJson),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
// The machine-readable report: the Report as pretty JSON, the shape of schemas/report.schema.json.
/** Pretty JSON: two-space indent and a trailing newline, the form of every JSON the tool prints. */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/** The report as pretty JSON, suppressed findings included. */
function toJson(report) {
    return prettyJson(report);
}
/** The drift run's report as pretty JSON, the shape of schemas/drift-report.schema.json. */
function driftJson(report) {
    return prettyJson(report);
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


/***/ })

};
;