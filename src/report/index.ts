// The report stage: turns a Report (plain data) into what people and tools read.

export { formatText, location, versionText, type TextOptions } from './text.js';
export { driftJson, toJson } from './json.js';
export { planAnnotations, JOB_CAP, STEP_CAPS, type AnnotateOptions, type AnnotationPlan } from './annotations.js';
export { summaryMarkdown, type SummaryOptions } from './summary.js';
export { activeFindings, bySeverity } from './order.js';
export { rankFindings } from './rank.js';
export { cell, codeBlock, escapeText, htmlCode, inlineCode, table } from './markdown.js';
export {
  approvalOf,
  approvalSentence,
  approvalText,
  DEFAULT_APPROVAL,
  ignoreSnippet,
  type ApprovalOptions,
} from './approval.js';
export { breakingChanges } from './breaking-table.js';
export { isClean, MAX_COMMENT_CHARS, prCommentBody, resolvedCommentBody, type PrCommentOptions } from './pr-comment.js';
export { sarifJson, toSarif, type SarifOptions, type SarifSource } from './sarif.js';
export { rootPaths } from './paths.js';
