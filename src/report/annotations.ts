// GitHub annotations: one workflow command per finding, on the exact YAML line.
// @actions/core writes `::error title=<rule>,file=<file>,line=<l>,col=<c>::<message>` to stdout
// and escapes `%`, CR, LF (and in properties also `:` and `,`) itself.

import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../core/finding.js';
import { activeFindings, bySeverity } from './order.js';

export interface AnnotateOptions {
  /**
   * Prefix for finding files when the contract root is not the repository root (annotations
   * need paths relative to the repository), e.g. `contracts` for `--root contracts`.
   */
  pathPrefix?: string;
}

/** Properties of the annotation for `f`: title = rule id; line/col only when known (1-based). */
export function annotationProperties(f: Finding, opts: AnnotateOptions = {}): AnnotationProperties {
  const props: AnnotationProperties = { title: f.rule, file: withPrefix(f.file, opts.pathPrefix) };
  if (f.line > 0) {
    props.startLine = f.line;
    if (f.column > 0) props.startColumn = f.column;
  }
  return props;
}

/**
 * Annotate every unsuppressed finding, errors first, then warnings, then notices.
 * Returns the number of annotations written.
 */
export function annotate(findings: readonly Finding[], opts: AnnotateOptions = {}): number {
  const active = bySeverity(activeFindings(findings));
  for (const f of active) {
    const props = annotationProperties(f, opts);
    switch (f.severity) {
      case 'error':
        core.error(f.message, props);
        break;
      case 'warning':
        core.warning(f.message, props);
        break;
      case 'notice':
        core.notice(f.message, props);
        break;
    }
  }
  return active.length;
}

function withPrefix(file: string, prefix: string | undefined): string {
  if (!prefix || prefix === '.') return file;
  return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
}
