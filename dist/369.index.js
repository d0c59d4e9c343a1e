export const id = 369;
export const ids = [369];
export const modules = {

/***/ 8135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ itemKey),
/* harmony export */   f: () => (/* binding */ findingKey)
/* harmony export */ });
// The drift run's plain data: what differs between the live tenant and the repo, who changed it
// last (from the platform audit log), and which live filters are unhealthy. Built by the drift run
// (src/modes/drift/), rendered by the report stage (src/report/drift-text.ts), which must not import
// a mode: so the rule id is a type parameter here, narrowed to the drift rules' ids in
// src/modes/drift/types.ts.
/** An item and its finding share rule, file and name (a schema and a filter may share a name). */
const itemKey = (i) => `${i.rule}\0${i.file}\0${i.name}`;
const findingKey = (f) => `${f.rule}\0${f.file}\0${f.contract ?? ''}`;


/***/ }),

/***/ 85369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftIssueBody: () => (/* binding */ driftIssueBody),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   formatDrift: () => (/* binding */ formatDrift)
/* harmony export */ });
/* unused harmony exports KIND_LABEL, closingLine */
/* harmony import */ var _core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35095);
/* harmony import */ var _core_drift_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8135);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44639);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63021);
// The drift report for people: text for terminals and logs, markdown for the job summary and the
// tracking issue. Every live value (names, actors, messages) is user data: escaped in markdown.




/** The table's word for each drift rule (test/report/drift-text.test.ts checks that every drift rule has one). */
const KIND_LABEL = {
    'drift-modified': 'modified live',
    'drift-version-mismatch': 'version mismatch',
    'drift-live-only': 'live only',
    'drift-repo-only': 'repo only',
    'drift-group-membership': 'group membership',
    'drift-undeployed': 'not deployed',
    'filter-dead': 'dead filter',
    'filter-not-active': 'not active',
};
const MAX_DETAIL_LINES = 8;
function formatDrift(report) {
    const out = [];
    const active = report.findings.filter((x) => !x.suppressed);
    for (const f of (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(active)) {
        out.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .location */ .C5)(f)} ${f.severity} ${f.rule} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.message)}`);
        const item = report.items.find((i) => (0,_core_drift_report_js__WEBPACK_IMPORTED_MODULE_2__/* .itemKey */ .D)(i) === (0,_core_drift_report_js__WEBPACK_IMPORTED_MODULE_2__/* .findingKey */ .f)(f));
        if (item)
            out.push(...detailLines(item).map((l) => `    ${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(l)}`));
    }
    if (active.length > _text_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PRINTED_FINDINGS */ .dn)
        out.push((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .notPrinted */ .aY)(active.length - _text_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PRINTED_FINDINGS */ .dn));
    for (const note of report.notes)
        out.push(`note: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(note)}`);
    if (out.length > 0)
        out.push('');
    out.push(closingLine(report));
    return out.join('\n') + '\n';
}
function detailLines(item) {
    const lines = [];
    const cut = (xs) => xs.length > MAX_DETAIL_LINES
        ? [...xs.slice(0, MAX_DETAIL_LINES), `... ${xs.length - MAX_DETAIL_LINES} more (see the JSON report)`]
        : xs;
    if (item.changes && item.changes.outOfBand.length > 0) {
        lines.push('live edit (repo -> live):', ...cut(item.changes.outOfBand.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)));
        lines.push('a deploy would (live -> repo):', ...cut(item.changes.deploy.map((c) => `  ${c.breaking ? 'breaking ' : ''}${c.message}`)));
    }
    if (item.fields)
        lines.push(...cut(item.fields.map((d) => `${d.pointer}: repo ${short(d.repo)} -> live ${short(d.live)}`)));
    if (item.attribution === null && item.attributionNote)
        lines.push(`who: unknown (${item.attributionNote})`);
    return lines;
}
function short(v) {
    if (v === undefined)
        return '(absent)';
    const s = JSON.stringify(v);
    return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
function closingLine(report) {
    const c = report.counts;
    const health = `${c.deadFilters} dead filter(s) (no hits in ${report.deadFilterWindowDays} days), ${c.notActive} not active`;
    const verdict = c.drifted === 0
        ? 'no drift'
        : `${c.drifted} drifted (${c.modified} modified, ${c.versionMismatch} version mismatch, ${c.liveOnly} live only, ${c.repoOnly} repo only${c.groupMembership ? `, ${c.groupMembership} group membership` : ''}${c.undeployed ? `, ${c.undeployed} not deployed` : ''})`;
    return `drift: ${verdict}; ${health} — ${c.liveSchemas} live schemas and ${c.liveFilters} filters vs ${c.repoSchemas} + ${c.repoFilters} in the repo (${(0,_core_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(report.baseline)})`;
}
/** Markdown for the job summary and the tracking issue's body. */
function driftMarkdown(report) {
    const c = report.counts;
    const parts = [`## Contract drift`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(closingLine(report).replace(/^drift: /, '')), ''];
    const active = new Set(report.findings.filter((f) => !f.suppressed).map(_core_drift_report_js__WEBPACK_IMPORTED_MODULE_2__/* .findingKey */ .f));
    const rows = report.items
        .filter((i) => active.has((0,_core_drift_report_js__WEBPACK_IMPORTED_MODULE_2__/* .itemKey */ .D)(i)))
        .map((i) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(KIND_LABEL[i.rule] ?? i.rule),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(i.kind),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(i.name),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(i.file),
        i.attribution
            ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(i.attribution.actor)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(i.attribution.action)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(i.attribution.timestamp)})`
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(i.attributionNote ?? ''),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(summaryOf(i)),
    ]);
    if (rows.length > 0)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['drift', 'kind', 'name', 'file', 'last changed by', 'what'], rows), '');
    for (const note of report.notes)
        parts.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(note)}`, '');
    if (c.drifted > 0)
        parts.push('Take live changes into the repo with a pull request (`cxone-contract export` writes the live tenant as files), or re-run the deploy to put the repo back.', '');
    return parts.join('\n');
}
function summaryOf(i) {
    if (i.changes && i.changes.outOfBand.length > 0) {
        const b = i.changes.outOfBand.filter((x) => x.breaking).length;
        return `${i.changes.outOfBand.length} change(s)${b ? `, ${b} breaking` : ''}: ${i.changes.outOfBand[0].message}`;
    }
    if (i.fields)
        return (i.fields
            .slice(0, 3)
            .map((d) => `${d.pointer}: ${short(d.repo)} → ${short(d.live)}`)
            .join('; ') + (i.fields.length > 3 ? '; ...' : ''));
    if (i.rule === 'drift-version-mismatch')
        return `live ${i.liveVersion ?? 'none'}, repo ${i.repoVersion ?? 'none'}`;
    if (i.rule === 'filter-not-active')
        return `${i.status ?? ''}${i.statusMessage ? `: ${i.statusMessage}` : ''}`;
    if (i.rule === 'filter-dead')
        return 'no hits';
    return '';
}
/** GitHub caps an issue body at 65,536 characters: the table is cut well before that. */
const MAX_ISSUE_CHARS = 60_000;
/** The tracking issue's body: the summary markdown, cut to fit, with a pointer to the full report. */
function driftIssueBody(report, runUrl) {
    const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fitMarkdown */ .DJ)(driftMarkdown(report), MAX_ISSUE_CHARS, "\n\n… cut to fit an issue; every item is in the run's job summary and JSON report.\n");
    return runUrl && report.items.length > 0 ? `${body}\nLast checked by ${runUrl}\n` : body;
}


/***/ })

};
