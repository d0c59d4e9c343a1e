// The drift run's data, its rule ids narrowed to the drift rules (the shapes are in core, where the
// report stage reads them too).

import type { DriftItem as AnyDriftItem, DriftReport as AnyDriftReport } from '../../core/drift-report.js';
import type { DriftRuleId } from './rules.js';

export type { Attribution, DriftChange, DriftCounts, FieldDiff } from '../../core/drift-report.js';
export type DriftItem = AnyDriftItem<DriftRuleId>;
export type DriftReport = AnyDriftReport<DriftRuleId>;
