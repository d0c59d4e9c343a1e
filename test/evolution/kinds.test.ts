// The kinds table is the product's contract: every kind's documented example must produce that
// kind, and the policies must be consistent columns of the table.

import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/evolution/engine.js';
import { KINDS, kindVerdict, type ChangeKind } from '../../src/evolution/index.js';
import { POLICIES } from '../../src/settings/types.js';

const kinds = Object.keys(KINDS) as ChangeKind[];
// Raised by the walker itself on a work budget, or on documents deeper than a contract file may
// be (see stress.test.ts), not by comparing two small schemas.
const NOT_FROM_EXAMPLES = new Set<ChangeKind>(['comparison-incomplete', 'live-schema-too-deep', 'schema-too-deep']);

describe('change kinds', () => {
  it.each(kinds.filter((k) => !NOT_FROM_EXAMPLES.has(k)))('%s: its documented example produces it', (kind) => {
    const { old, new: next } = KINDS[kind].example;
    expect(compareSchemas(old, next).map((c) => c.kind)).toContain(kind);
  });

  it.each(kinds)('%s: verdicts are consistent columns of the table', (kind) => {
    const info = KINDS[kind];
    expect(kindVerdict(kind, 'backward')).toBe(info.backward ? 'ok' : 'breaking');
    expect(kindVerdict(kind, 'forward')).toBe(info.forward ? 'ok' : 'breaking');
    expect(kindVerdict(kind, 'full')).toBe(info.backward && info.forward ? 'ok' : 'breaking');
    expect(kindVerdict(kind, 'none')).toBe('ok');
    // additive is never more lenient than backward, except where it says so (notice for a planned removal)
    if (!info.backward) expect(['breaking', 'notice']).toContain(kindVerdict(kind, 'additive'));
    // under `not`, directions swap
    expect(kindVerdict(kind, 'backward', true)).toBe(info.forward ? 'ok' : 'breaking');
    for (const p of POLICIES) expect(['ok', 'notice', 'breaking']).toContain(kindVerdict(kind, p));
  });

  it('inside a non-disjoint oneOf branch only changes compatible both ways stay compatible', () => {
    expect(kindVerdict('type-extended', 'backward', false, true)).toBe('breaking');
    expect(kindVerdict('type-narrowed', 'forward', false, true)).toBe('breaking');
    expect(kindVerdict('type-extended', 'forward', false, true)).toBe('breaking');
    expect(kindVerdict('annotation-changed', 'backward', false, true)).toBe('ok');
    expect(kindVerdict('annotation-changed', 'forward', false, true)).toBe('ok');
  });
});
