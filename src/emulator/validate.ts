// The platform's 400s for schemas and filters, from the emulator's own reading of
// docs/cxone-api.md (schema-rules.ts, additive.ts, filter-rules.ts). Nothing here comes from the
// product's lint or evolution engine: an oracle that shares the product's code cannot catch its bugs.

import semverGt from 'semver/functions/gt.js';
import semverValid from 'semver/functions/valid.js';
import { additiveProblems } from './additive.js';
import { filterProblems } from './filter-rules.js';
import { ApiError } from './http.js';
import { limitProblems, shapeProblems, type Problem } from './schema-rules.js';

export { filterProblems };

const listed = (problems: Problem[]) => problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');

/** 400 unless the schema keeps the ingestion limits and the entity's rules. */
export function validateSchema(doc: Record<string, unknown>): void {
  const limits = limitProblems(doc);
  if (limits.length > 0)
    throw new ApiError(400, 'INGESTION_LIMIT', `the schema exceeds the ingestion limits: ${listed(limits)}`, limits);
  const shape = shapeProblems(doc);
  if (shape.length > 0) throw new ApiError(400, 'SCHEMA_INVALID', `the schema is not valid: ${listed(shape)}`, shape);
}

/** 400 unless `next` is an additive evolution of `stored` with a higher cxoneVersion. */
export function validateEvolution(stored: Record<string, unknown>, next: Record<string, unknown>): void {
  const problems = additiveProblems(stored, next);
  if (problems.length > 0)
    throw new ApiError(
      400,
      'SCHEMA_EVOLUTION_REJECTED',
      `the update is not an additive evolution of the stored version: ${listed(problems)}`,
      problems,
    );
  const was = typeof stored.cxoneVersion === 'string' ? semverValid(stored.cxoneVersion) : null;
  const now = typeof next.cxoneVersion === 'string' ? semverValid(next.cxoneVersion) : null;
  if (was && now && !semverGt(now, was)) {
    throw new ApiError(400, 'VERSION_NOT_INCREASED', `cxoneVersion ${now} must be higher than the stored ${was}`, [
      { pointer: '/cxoneVersion', message: `stored ${was}, sent ${now}` },
    ]);
  }
}

export function validateFilter(doc: Record<string, unknown>): void {
  const problems = filterProblems(doc);
  if (problems.length > 0)
    throw new ApiError(400, 'FILTER_INVALID', `the filter is not valid: ${listed(problems)}`, problems);
}
