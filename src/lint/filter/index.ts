// All checks of one event filter file. The specific checks run first so that the generic
// meta-validation can leave out what they already reported.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { checkEnums } from './enums.js';
import { checkMeta } from './meta.js';
import { checkOperatorValues } from './operator-value.js';
import { checkPatternRules } from './pattern-rules.js';

export function lintFilter(contract: Contract): Finding[] {
  const specific = [...checkEnums(contract), ...checkOperatorValues(contract), ...checkPatternRules(contract)];
  return [...specific, ...checkMeta(contract, new Set(specific.map((f) => f.pointer)))];
}
