// Fill in line and column of findings from their pointers. Only files that have findings are
// located, so the slower position-keeping parse runs for them alone.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';

export function locateFindings(findings: Finding[], contracts: Contract[]): void {
  const byFile = new Map(contracts.map((c) => [c.file, c]));
  for (const f of findings) {
    if (f.line > 0) continue;
    const contract = byFile.get(f.file);
    const pos = contract?.locate(f.pointer) ?? { line: 1, column: 1 };
    f.line = pos.line;
    f.column = pos.column;
  }
}
