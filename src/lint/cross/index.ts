// Checks of contracts against each other: run once over the whole set.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { checkAttributes } from './attributes.js';
import { checkDuplicates } from './duplicates.js';

export function lintAcross(contracts: readonly Contract[]): Finding[] {
  return [...checkDuplicates(contracts), ...checkAttributes(contracts)];
}
