// The nightly drift run: the live tenant vs the repo, attributed, with filter health.

export { runDrift, type DriftOptions } from './run.js';
export { driftRules } from './rules.js';
export type { DriftReport, DriftItem, DriftCounts, Attribution } from './types.js';
