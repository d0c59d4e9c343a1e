// The report stage: turns a Report (plain data) into what people and tools read.

export { formatText, location, versionText, type TextOptions } from './text.js';
export { toJson } from './json.js';
export { annotate, annotationProperties, type AnnotateOptions } from './annotations.js';
export { summaryMarkdown, type SummaryOptions } from './summary.js';
export { writeJobSummary } from './job-summary.js';
export { activeFindings, bySeverity } from './order.js';
export { cell, codeBlock, escapeText, htmlCode, inlineCode, table } from './markdown.js';
