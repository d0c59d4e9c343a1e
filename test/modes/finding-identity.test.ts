// The identity of a finding across the base's run and the working tree's: the values a change
// compared are written out canonically, bounded, and safe on the engine's cyclic nodes.

import { describe, expect, it } from 'vitest';
import { identityOf, valuesText } from '../../src/modes/finding-identity.js';
import { markPreExisting } from '../../src/modes/pre-existing.js';
import type { Finding } from '../../src/core/finding.js';

const f = (message: string): Finding => ({
  rule: 'enum-narrowed',
  severity: 'error',
  message,
  file: 'a.yaml',
  pointer: '/enum',
  line: 0,
  column: 0,
  contract: 'A',
});
const change = (old: unknown, next: unknown) => ({
  kind: 'enum-narrowed' as const,
  pointer: '/enum',
  oldPointer: '/enum',
  old,
  new: next,
  message: 'm',
});

describe('finding identity', () => {
  it('tells apart findings whose words are the same but whose values differ (a message shows five values)', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    const words = f('allowed values narrowed: "a", "b", "c", "d", "e" and 1 more no longer valid');
    const one = { finding: words, change: change([...six, 'g'], ['g']) };
    const other = { finding: words, change: change([...six, 'g'], ['f']) };
    expect(identityOf(one)).not.toBe(identityOf(other));
    // An example event and help are not what the finding is: the base's run builds none.
    const withWitness = { finding: { ...words, witness: { s: 'a' }, help: 'h' }, change: change([...six, 'g'], ['g']) };
    expect(identityOf(withWitness)).toBe(identityOf(one));
    expect(markPreExisting([withWitness, other], [one]).map((f) => f.preExisting)).toEqual([true, undefined]);
  });

  it('writes key order away, marks cycles, and gives up on values too large to compare', () => {
    expect(valuesText({ b: 1, a: [null, undefined] })).toBe(valuesText({ a: [null, undefined], b: 1 }));
    const node: Record<string, unknown> = { type: 'object' };
    node.properties = { self: node };
    expect(valuesText(node)).toBe('{"properties":{"self":^},"type":"object"}');
    expect(valuesText(Array.from({ length: 30_000 }, (_, i) => i))).toBeUndefined();
    const big = {
      finding: f('x'),
      change: change(
        Array.from({ length: 30_000 }, (_, i) => i),
        [],
      ),
    };
    expect(identityOf(big)).toBeUndefined();
    // Too large to compare: never pre-existing, even against itself.
    expect(markPreExisting([big], [big]).map((x) => x.preExisting)).toEqual([undefined]);
  });

  it('a refusal is the same only with the same reasons, in any order', () => {
    const refusal = { ...f('refused'), rule: 'platform-refuses-update', pointer: '/title' };
    const r1 = { finding: f('one'), change: change([1], []) };
    const r2 = { finding: f('two'), change: change([2], []) };
    expect(identityOf({ finding: refusal, reasons: [r1, r2] })).toBe(
      identityOf({ finding: refusal, reasons: [r2, r1] }),
    );
    expect(identityOf({ finding: refusal, reasons: [r1] })).not.toBe(
      identityOf({ finding: refusal, reasons: [r1, r2] }),
    );
    // Same words, another reason behind them.
    expect(identityOf({ finding: refusal, reasons: [r1] })).not.toBe(
      identityOf({ finding: refusal, reasons: [{ ...r1, change: change([3], []) }] }),
    );
  });
});
