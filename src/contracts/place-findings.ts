// Fill in line and column of findings from their pointers. Only files that have findings are
// located, so the slower position-keeping parse runs for them alone. A pointer that no longer
// exists (a removed property) lands on its nearest surviving ancestor; every finding gets a line
// (at worst 1), so annotations and SARIF always point somewhere in the file.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { whenLoaded } from '../core/lazy.js';

/** (A pointer only the reference locator places, rare, loads it: the findings placed stay placed.) */
export async function locateFindings(findings: Finding[], contracts: Contract[]): Promise<void> {
  await whenLoaded(() => placeAll(findings, contracts));
}

function placeAll(findings: Finding[], contracts: Contract[]): void {
  const byFile = new Map(contracts.map((c) => [c.file, c]));
  for (const f of findings) {
    if (f.line > 0) continue;
    const contract = byFile.get(f.file);
    const pos = contract?.locate(f.pointer) ?? { line: 1, column: 1 };
    f.line = pos.line > 0 ? pos.line : 1;
    f.column = pos.line > 0 ? pos.column : 1;
  }
}
