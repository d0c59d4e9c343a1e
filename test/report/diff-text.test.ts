// `diff` prints what two schema files say (property names, messages quoting them): one line per
// change whatever they hold, nothing a terminal or the runner would act on.
import { describe, expect, it } from 'vitest';
import { diffText } from '../../src/report/diff-text.js';

describe('diffText', () => {
  it('keeps a change on one line and escapes control characters from the schemas', () => {
    const out = diffText({
      compatible: false,
      policy: 'additive',
      changes: [
        {
          rule: 'property-removed',
          severity: 'error',
          pointer: '/properties/a\u001b[31m\nb',
          message: 'property "a\u001b[31m\nb" was removed',
        },
      ],
    });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(out).not.toContain('\u001b');
    expect(lines[0]).toContain('/properties/a\\u001b[31m\\nb');
    expect(lines[1]).toBe('INCOMPATIBLE under the additive policy: 1 breaking change(s)');
  });
});
