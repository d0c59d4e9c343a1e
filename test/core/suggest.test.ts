// "Did you mean": a near miss names the candidate, a swap of two neighbouring letters included
// (`froce`, `drfit`); anything further is no guess at all.

import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/core/suggest.js';

describe('closest', () => {
  it('forgives case, - and _, one edit in a short word and a transposition', () => {
    expect(closest('Fail_On', ['fail-on', 'format'])).toBe('fail-on');
    expect(closest('polcy', ['policy', 'port'])).toBe('policy');
    expect(closest('froce', ['force', 'format'])).toBe('force');
    expect(closest('drfit', ['drift', 'diff', 'demo'])).toBe('drift');
    expect(closest('prot', ['port', 'root'])).toBe('port');
    expect(closest('maxLenght', ['maxLength', 'minLength'])).toBe('maxLength');
  });

  it('guesses nothing beyond the budget, or for a very long value', () => {
    expect(closest('bogus', ['root', 'config', 'force'])).toBeUndefined();
    expect(closest('xyz', ['check'])).toBeUndefined();
    expect(closest('a'.repeat(10_000), ['a'])).toBeUndefined();
  });

  it('didYouMean quotes the candidate', () => {
    expect(didYouMean('chek', ['check', 'deploy'])).toBe(' (did you mean "check"?)');
    expect(didYouMean('nosuch', ['check', 'deploy'])).toBe('');
    expect(didYouMean(42, ['check'])).toBe('');
  });
});
