// Findings as GitHub annotations: the plan within GitHub's caps and the texts come from the report
// stage (src/report/annotations.ts); this writes them. @actions/core writes
// `::error title=<rule>,file=<file>,line=<l>,col=<c>::<message>` to stdout and escapes `%`, CR, LF
// (and in properties also `:` and `,`) itself.

import * as core from '@actions/core';
import type { Finding } from '../core/finding.js';
import {
  annotationMessage,
  annotationProperties,
  annotationSeverity,
  planAnnotations,
  type AnnotateOptions,
  type AnnotationPlan,
} from '../report/annotations.js';

/**
 * Annotate the ranked unsuppressed findings within the caps, then the overflow notice if any.
 * Returns the plan (what was written).
 */
export function annotate(findings: readonly Finding[], opts: AnnotateOptions = {}): AnnotationPlan {
  const plan = planAnnotations(findings, opts);
  for (const f of plan.shown) {
    const props = annotationProperties(f, opts);
    const message = annotationMessage(f, opts);
    switch (annotationSeverity(f, opts)) {
      case 'error':
        core.error(message, props);
        break;
      case 'warning':
        core.warning(message, props);
        break;
      case 'notice':
        core.notice(message, props);
        break;
    }
  }
  if (plan.overflow) core.notice(plan.overflow, { title: 'cxone-contract: more findings' });
  return plan;
}
