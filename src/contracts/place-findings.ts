// Fill in line and column of findings from their pointers. Only files that have findings are
// located, so the slower position-keeping parse runs for them alone. A pointer that no longer
// exists (a removed property) lands on its nearest surviving ancestor; every finding gets a line
// (at worst 1), so annotations and SARIF always point somewhere in the file.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { loadReferenceLocator, ReferenceLocatorNeeded } from './locate.js';

export async function locateFindings(findings: Finding[], contracts: Contract[]): Promise<void> {
  try {
    placeAll(findings, contracts);
  } catch (e) {
    // A pointer only the reference locator places (rare): load it, and place the rest.
    if (!(e instanceof ReferenceLocatorNeeded)) throw e;
    await loadReferenceLocator();
    placeAll(findings, contracts);
  }
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
