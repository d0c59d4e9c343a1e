// Shared helpers for the contracts tests.
import { expect } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { parseContract } from '../../src/contracts/index.js';
import type { ParseLimits } from '../../src/contracts/index.js';
import type { ContractKind } from '../../src/core/contract.js';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Parse `source` and expect exactly one finding, which is returned. Fails if parsing throws. */
export function onlyFinding(
  source: string | Uint8Array,
  opts: { kind?: ContractKind; file?: string; limits?: Partial<ParseLimits> } = {},
): Finding {
  const bytes = typeof source === 'string' ? utf8(source) : source;
  let result: ReturnType<typeof parseContract> | undefined;
  expect(() => {
    result = parseContract(opts.kind ?? 'schema', opts.file ?? 'cxone/schemas/x.yaml', bytes, opts.limits);
  }).not.toThrow();
  expect(result?.findings).toHaveLength(1);
  return result?.findings[0] as Finding;
}
