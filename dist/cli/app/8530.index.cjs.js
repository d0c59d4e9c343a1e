"use strict";
exports.id = 8530;
exports.ids = [8530];
exports.modules = {

/***/ 75780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ groupOf)
/* harmony export */ });
// The routing group a filter document targets: `target_group_id`, a string or (as the filter
// schema allows) an integer, read alike by the plan and the deploy.
function groupOf(doc) {
    const g = doc?.target_group_id;
    if (typeof g === 'number' && Number.isInteger(g))
        return String(g);
    return typeof g === 'string' && g !== '' ? g : undefined;
}


/***/ }),

/***/ 44576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ removalRules),
/* harmony export */   z: () => (/* binding */ removedSchemas)
/* harmony export */ });
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33413);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// schema-removed: against the repo at another commit (a git baseline), a schema title that commit
// holds and the working tree does not. Titles are identities on the platform, so a title change is
// a removal plus a create, never a new version; where the new schema sits in the old file, or has
// the old content under a new title, the finding says it looks renamed. A file moved with its
// title is no change at all (schemas are matched by title, not by path).


const removalRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    schemaRemoved: {
        id: 'schema-removed',
        raisedBy: () => removedSchemas,
        test: 'test/e2e/git-baseline.test.ts',
        severity: 'warning',
        summary: 'A schema of the git baseline is not in the working tree any more: removed, or its title changed.',
        doc: "Checked against the repo at another commit (`--against`, or a pull request's base commit). A schema is known " +
            'to the platform by its `title`: a file deleted from the repo leaves the schema live (the deploy never deletes; ' +
            'the nightly drift run then reports it as live only), and a changed title is a new schema beside the old one, ' +
            'not a new version of it: the consumers of the old title keep receiving the old shape. When the new schema sits ' +
            'in the old file, or has the old content under a new title, the finding says it looks renamed and points at the new title. ' +
            'A file moved or renamed with its title kept is not a change.',
        fix: 'To change the schema, keep its title and bump cxoneVersion; to ship a breaking version under a new title on purpose, keep the old file until its consumers have moved, then retire the old schema on the platform.',
    },
});
/** Fields that do not make a schema another one: a rename that also touched them is still a rename. */
const IDENTITY_ASIDE = new Set(['title', 'description', 'cxoneVersion', '$id', '$comment']);
/**
 * `files`: every contract path of the working tree, parsed or not (a file that does not parse has
 * its own findings).
 */
function removedSchemas(contracts, files, live) {
    if (!live?.repo)
        return [];
    const schemas = contracts.filter((c) => c.kind === 'schema');
    const titles = new Set(schemas.map((c) => c.name));
    const parsed = new Set(contracts.map((c) => c.file));
    const unparsed = new Set(files.filter((f) => !parsed.has(f)));
    const created = schemas.filter((c) => !live.schemas.has(c.name));
    const at = live.source.replace(/^git:/, '').slice(0, 12);
    const out = [];
    for (const [title, old] of live.schemas) {
        // Still there but unreadable: its own findings say why; whether the title changed is unknown.
        if (titles.has(title) || (old.file !== undefined && unparsed.has(old.file)))
            continue;
        const renamed = created.find((c) => c.file === old.file) ?? created.find((c) => (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sameContent */ .C)(c.doc, old.doc, IDENTITY_ASIDE));
        if (renamed) {
            const how = renamed.file === old.file ? 'in the same file' : `with the same content, now in ${renamed.file}`;
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(removalRules.schemaRemoved, {
                file: renamed.file,
                pointer: '/title',
                contract: title,
                message: `title "${title}" (at ${at}) looks renamed to "${renamed.name}" (${how}): a new title is a new schema on the platform, ` +
                    `not a new version of "${title}", which stays live with its consumers; keep the title to evolve the schema`,
            }));
        }
        else {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(removalRules.schemaRemoved, {
                file: old.file ?? title,
                line: 1,
                column: 1,
                contract: title,
                message: `schema "${title}" (${old.file ?? 'a file'} at ${at}) is no longer in the repo: the deploy does not delete it, it stays live and unguarded`,
            }));
        }
    }
    return out;
}


/***/ }),

/***/ 19828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ skippedFinding),
/* harmony export */   Li: () => (/* binding */ filesWithErrors),
/* harmony export */   MM: () => (/* binding */ checkRules)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);
// evolution-skipped: a schema whose lint has errors is not compared with its live version. The
// evolution of an invalid schema says nothing a user can act on, and an "unanalysable" breaking
// change of it would invite approving a change that was never understood.

const checkRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    evolutionSkipped: {
        id: 'evolution-skipped',
        raisedBy: () => skippedFinding,
        test: 'test/modes/check-lint-gaps.test.ts',
        severity: 'warning',
        summary: 'A schema with lint errors is not compared with its live version.',
        doc: 'The compatibility check compares the repo schema with the live one only when the schema itself is valid. ' +
            'A schema with lint errors (not well-formed, a `$ref` that does not resolve, an unsupported type) would be read ' +
            'as something it does not say, and its changes - often reported as unanalysable - could be approved without ' +
            'ever being understood. The lint errors fail the run on their own; this finding says that the evolution ' +
            'verdict and the version rules are still to come. An invalid example alone does not stop the comparison: the ' +
            'schema itself is sound.',
        fix: 'Fix the lint errors of the file; the next check compares it with the live version.',
    },
});
/** Lint errors about what a schema holds beside its definition, not about the schema: its evolution is still sound. */
const NOT_ABOUT_THE_SCHEMA = new Set(['example-invalid']);
/**
 * Files with a lint error at its effective level (the config may raise, lower or turn off a rule).
 * A stale example does not count: the schema is valid, and its verdict is wanted in the same run.
 */
function filesWithErrors(lint, ruleLevels) {
    const out = new Map();
    for (const f of lint) {
        if ((ruleLevels[f.rule] ?? f.severity) !== 'error' || NOT_ABOUT_THE_SCHEMA.has(f.rule))
            continue;
        const list = out.get(f.file);
        if (list)
            list.push(f);
        else
            out.set(f.file, [f]);
    }
    return out;
}
function skippedFinding(file, contract, errors, liveVersion) {
    const rules = [...new Set(errors.map((e) => e.rule))].slice(0, 5).join(', ');
    const live = typeof liveVersion === 'string' ? ` ${liveVersion}` : '';
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .g)(checkRules.evolutionSkipped, {
        file,
        contract,
        pointer: '',
        message: `not compared with the live version${live}: the schema has ${errors.length} lint error${errors.length === 1 ? '' : 's'} (${rules}); fix ${errors.length === 1 ? 'it' : 'them'} first`,
    });
}


/***/ }),

/***/ 35114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q7: () => (/* binding */ PLATFORM_DECIDES),
  Td: () => (/* binding */ planRules),
  SH: () => (/* binding */ platformRefusal)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/evolution/index.js + 1 modules
var evolution = __webpack_require__(8011);
;// CONCATENATED MODULE: ./lib/evolution/platform-rule.js
// The platform's own rule for a schema update (cxone-api.md): it accepts only an additive
// evolution of the stored version (400 otherwise), whatever policy or approval the repo uses. The
// emulator answers its 400 from this; a deploy checks it before its first write, so an update the
// platform would refuse stops the run before anything is written, not half-way.

/** The error-level findings (with their changes) that make the platform refuse `next` as an update of `live`. */
function notAdditive(live, next, at) {
    return (0,evolution/* findingsWithChanges */.Yn)((0,evolution/* evolve */.sf)(live, next, { ...at, policy: 'additive', witnessBudget: { contracts: 0 } })).filter((j) => j.finding.severity === 'error');
}

;// CONCATENATED MODULE: ./lib/plan/platform.js
// platform-refuses-update: the platform accepts a schema update only when it is an additive
// evolution of the stored version with a higher cxoneVersion (docs/cxone-api.md), whatever policy,
// ignore or approval label the repo uses. The check says so, so that its verdict is the deploy's:
// an update the platform will refuse is `blocked` in the plan and fails the PR, never the merge.


const planRules = (0,rule/* defineRules */.x)({
    platformRefusesUpdate: {
        id: 'platform-refuses-update',
        raisedBy: () => platformRefusal,
        test: 'test/e2e/git-baseline-pre-existing.test.ts',
        severity: 'error',
        summary: 'The platform will refuse this schema update: it is not an additive evolution of the live version.',
        doc: 'The platform stores a new version of a schema only when it is an additive evolution of the stored one, with a higher ' +
            '`cxoneVersion`; it answers anything else with 400. That holds whatever the repo decides: a looser ' +
            '`policy`, an `ignores:` entry or the approval label mark a breaking change as intended, but cannot make the ' +
            'platform take it. The check therefore blocks the update in its plan and fails, instead of letting the merge ' +
            'deploy stop on it. This rule cannot be turned off, ignored or approved.',
        fix: 'Keep the change additive (add optional properties, widen, bump cxoneVersion), or ship the breaking version as a new ' +
            'schema under a new `title` (e.g. OrderV2), move the consumers to it, then retire the old one.',
    },
});
/** Rules no config may turn off, ignore or approve: the platform decides them, not the repo. */
const PLATFORM_DECIDES = new Set([planRules.platformRefusesUpdate.id]);
/**
 * The refusal when the platform would refuse `c` as an update of `live`. `evolution` are the
 * findings the check already computed for this pair: under the additive policy they are the
 * platform's own verdict, so the engine is not run twice.
 */
function platformRefusal(c, live, evolution, policy) {
    const reasons = policy === 'additive'
        ? evolution.filter((j) => j.finding.severity === 'error')
        : notAdditive(live.doc, c.doc, { file: c.file, contract: c.name });
    if (reasons.length === 0)
        return undefined;
    const problems = reasons.map((j) => j.finding);
    const listed = problems.slice(0, 5).map((f) => `${f.rule} at ${f.pointer || '/'}`);
    const more = problems.length > listed.length ? ` and ${problems.length - listed.length} more` : '';
    const liveVersion = typeof live.doc.cxoneVersion === 'string' ? ` ${live.doc.cxoneVersion}` : '';
    const refused = (0,rule/* finding */.g)(planRules.platformRefusesUpdate, {
        file: c.file,
        contract: c.name,
        pointer: '/title',
        message: `the platform will refuse this update of the live version${liveVersion} (it answers 400), whatever the policy or approval: ` +
            `${listed.join(', ')}${more}. To ship a breaking version, publish it under a new title (e.g. "${c.name}V2"), move the consumers, then retire "${c.name}"`,
    });
    return { finding: refused, reasons };
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

/***/ 16498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ triage),
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   eO: () => (/* binding */ triageRules)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7849);
/* harmony import */ var _lint_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3029);
/* harmony import */ var _plan_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35114);
// Triage: apply the config's per-rule levels and ignores to the raw findings, approve breaking
// changes when the pull request carries the approval label, and report the config's own problems
// (expired or unused ignores) as findings at the config file's line. Approval only suppresses the
// breaking change itself: the version rules (a major bump is needed) keep failing on their own.




const triageRules = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRules */ .x)({
    ignoreExpired: {
        id: 'ignore-expired',
        raisedBy: () => triage,
        test: 'test/triage/triage.test.ts',
        severity: 'error',
        summary: 'An ignore in the config file is past its expiry date.',
        doc: 'Ignores are promises to fix something later. Past its `expires` date an ignore no longer suppresses anything, and the stale entry itself fails the run so the promise is looked at again.',
        fix: 'Fix the finding it suppressed and delete the ignore, or move `expires` to a new date with a new reason.',
    },
    ignoreUnused: {
        id: 'ignore-unused',
        raisedBy: () => triage,
        test: 'test/triage/triage.test.ts',
        severity: 'notice',
        summary: 'An ignore in the config file matched no finding.',
        doc: 'An ignore that matches nothing is dead configuration: the problem it covered is gone, or the rule, contract or pointer is misspelled and the finding it meant to accept is still reported.',
        fix: 'Delete the ignore, or correct its rule, contract or pointer.',
    },
});
function triage(input) {
    const known = input.knownRules;
    for (const id of [...Object.keys(input.ruleLevels), ...input.ignores.map((i) => i.rule)]) {
        if (known && !known.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`config: unknown rule id "${id}"${(0,_lint_suggest_js__WEBPACK_IMPORTED_MODULE_3__.didYouMean)(id, [...known])} (the rule list is in docs/rules.md)`);
        if (_plan_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_DECIDES */ .Q7.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`config: ${id} cannot be turned off or ignored: the platform refuses such an update whatever the config (docs/rules.md#${id} says how a breaking version ships)`);
    }
    const out = [];
    const used = new Set();
    const active = input.ignores.filter((ig) => ig.expires === undefined || ig.expires >= input.today);
    const label = input.approval && input.approval.labels.includes(input.approval.label) ? input.approval.label : undefined;
    for (const raw of input.findings) {
        const level = input.ruleLevels[raw.rule];
        if (level === 'off')
            continue;
        const f = level ? { ...raw, severity: level } : raw;
        const ignore = active.find((ig) => matches(ig, f));
        if (ignore) {
            used.add(ignore);
            out.push({ ...f, suppressed: { reason: ignore.reason, by: 'config' } });
        }
        else if (label !== undefined && f.breaking) {
            out.push({ ...f, suppressed: { reason: `approved by the pull request label "${label}"`, by: 'label' } });
        }
        else
            out.push(f);
    }
    for (const ig of input.ignores) {
        const where = { file: ig.file, line: ig.line, column: 1, pointer: '', contract: ig.contract };
        if (ig.expires !== undefined && ig.expires < input.today) {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(triageRules.ignoreExpired, {
                ...where,
                message: `ignore of ${ig.rule} for "${ig.contract}" expired on ${ig.expires} (reason was: ${ig.reason})`,
            }));
        }
        else if (!used.has(ig)) {
            out.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(triageRules.ignoreUnused, {
                ...where,
                message: `ignore of ${ig.rule} for "${ig.contract}"${ig.pointer ? ` at ${ig.pointer}` : ''} matched no finding`,
            }));
        }
    }
    return out;
}
/** An ignore matches its rule in its contract, at its pointer or anywhere below it. */
function matches(ig, f) {
    if (ig.rule !== f.rule || ig.contract !== f.contract)
        return false;
    if (ig.pointer === undefined || ig.pointer === '')
        return true;
    return f.pointer === ig.pointer || f.pointer.startsWith(ig.pointer + '/');
}
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}


/***/ })

};
;