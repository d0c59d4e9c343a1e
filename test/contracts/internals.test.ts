// Helpers behind the hazard checks, tested against a reference or exhaustively.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/contracts/text.js';
import { deepestPoint } from '../../src/contracts/yaml-load.js';
import { positionAt } from '../../src/core/position.js';

describe('firstInvalidUtf8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const valid = (b: Uint8Array): boolean => {
    try {
      fatal.decode(b);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with the WHATWG decoder on random bytes', () => {
    // Bias towards bytes >= 0x80 so multi-byte sequences (and broken ones) are common.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0x80, 0xbf),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (arr) => {
        const bytes = Uint8Array.from(arr);
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(valid(bytes));
        if (at >= 0) {
          expect(valid(bytes.subarray(0, at))).toBe(true); // everything before it is fine
          expect(valid(bytes.subarray(0, at + 4))).toBe(false); // and the sequence there is broken
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('deepestPoint', () => {
  it('finds the bracket that passes the limit, ignoring quotes and comments', () => {
    const text = 'a: "[[[["\n# [[[[\nb: [[[x]]]\n';
    expect(positionAt(text, deepestPoint(text, 2))).toEqual({ line: 3, column: 6 });
  });

  it('falls back to the most indented line for block nesting', () => {
    const text = 'a:\n  b:\n    c:\n      d: 1\n  e: 2\n';
    expect(positionAt(text, deepestPoint(text, 1000)).line).toBe(4);
  });
});

describe('positionAt', () => {
  it('is 1-based and clamps', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });
});
