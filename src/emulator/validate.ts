// The platform's 400s, from the product's own checks: the ingestion limits of a schema, the
// additive-evolution rule of a schema update, and the syntax of a filter.

import semver from 'semver';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { notAdditive } from '../evolution/platform-rule.js';
import { lintFilter } from '../lint/filter/index.js';
import { checkLimits } from '../lint/schema/limits.js';
import { checkPropertyNames } from '../lint/schema/properties.js';
import { checkTypes } from '../lint/schema/types.js';
import { checkVersion } from '../lint/schema/version.js';
import { ApiError } from './http.js';

function asContract(kind: 'schema' | 'filter', name: string, doc: Record<string, unknown>): Contract {
  return { kind, name, file: `api:${kind}`, doc, locate: () => ({ line: 0, column: 0 }) };
}

function details(findings: Finding[]): { code: string; pointer: string; message: string }[] {
  return findings.map((f) => ({ code: f.rule, pointer: f.pointer, message: f.message }));
}

function errorsOnly(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** 400 unless the schema is within the ingestion limits (cxone-api.md). */
export function validateSchema(doc: Record<string, unknown>): void {
  if (typeof doc.title !== 'string' || doc.title.trim() === '') {
    throw new ApiError(400, 'SCHEMA_INVALID', 'the schema needs a non-empty string title', [{ code: 'title-missing', pointer: '/title', message: 'title is missing or not a string' }]);
  }
  const c = asContract('schema', doc.title, doc);
  const found = errorsOnly([...checkLimits(c), ...checkTypes(c), ...checkPropertyNames(c), ...checkVersion(c)]);
  if (found.length > 0) {
    const code = found.some((f) => f.rule === 'payload-too-large' || f.rule === 'too-many-properties') ? 'INGESTION_LIMIT' : 'SCHEMA_INVALID';
    throw new ApiError(400, code, `schema "${doc.title}" violates the platform's ingestion rules: ${found.map((f) => f.message).join('; ')}`, details(found));
  }
}

/** 400 unless `next` is an additive evolution of `live` with a higher cxoneVersion. */
export function validateEvolution(live: Record<string, unknown>, next: Record<string, unknown>): void {
  const title = String(next.title);
  const found = notAdditive(live, next, { file: 'api:schema', contract: title });
  if (found.length > 0) {
    throw new ApiError(400, 'NOT_ADDITIVE', `the update of schema "${title}" is not an additive evolution of the stored version: ${found.map((f) => `${f.rule} at ${f.pointer || '/'}`).join(', ')}`, details(found));
  }
  const was = typeof live.cxoneVersion === 'string' ? semver.valid(live.cxoneVersion) : null;
  const now = typeof next.cxoneVersion === 'string' ? semver.valid(next.cxoneVersion) : null;
  if (was && now && !semver.gt(now, was)) {
    throw new ApiError(400, 'VERSION_NOT_INCREASED', `cxoneVersion ${now} must be higher than the stored ${was}`, [{ code: 'version-not-increased', pointer: '/cxoneVersion', message: `stored ${was}, sent ${now}` }]);
  }
}

/** The error-level findings of the product's filter lint: the platform's 400 for a filter. */
export function filterProblems(doc: Record<string, unknown>): { code: string; pointer: string; message: string }[] {
  const name = typeof doc.name === 'string' ? doc.name : '(unnamed)';
  let found: Finding[];
  try {
    found = errorsOnly(lintFilter(asContract('filter', name, doc)));
  } catch (err) {
    return [{ code: 'filter-invalid', pointer: '', message: `could not be checked: ${(err as Error).message}` }];
  }
  return details(found);
}

export function validateFilter(doc: Record<string, unknown>): void {
  const problems = filterProblems(doc);
  if (problems.length > 0) {
    throw new ApiError(400, 'FILTER_INVALID', `the filter is not valid: ${problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`, problems);
  }
}
