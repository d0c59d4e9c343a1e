// The one way out to the log: whatever a value holds, the text written has no line the Actions
// runner would obey. The oracle is the runner-exact parser of test/e2e/workflow-commands.ts (written
// from the runner's behaviour, sharing no code with src/core/log-safe.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl, hasControlCharacter, neutraliseCommands } from '../../src/core/log-safe.js';
import { workflowCommands } from '../e2e/workflow-commands.js';

const PAYLOADS = [
  '::error file=README.md,line=1::forged',
  '::add-mask::x',
  '::stop-commands::tok',
  '##[error]legacy',
  '::set-env name=X::y',
  'mid-line ##[stop-commands]tok',
  'x##[error file=README.md;line=1]forged',
];
const BREAKS = ['\n', '\r', '\r\n', '\n \t', '\r\u0085', '\n\u00a0', '\n\u2003', '\n\ufeff', '\n\u3000'];

describe('neutraliseCommands', () => {
  it.each(PAYLOADS.flatMap((p) => BREAKS.map((b) => [JSON.stringify(b + p), b + p] as const)))(
    'no command survives in %s',
    (_name, value) => {
      expect(workflowCommands(value)).not.toEqual([]); // the attack works on the raw text
      expect(workflowCommands(neutraliseCommands(`title: ${value} end`))).toEqual([]);
      expect(workflowCommands(neutraliseCommands(value))).toEqual([]);
    },
  );

  it('a command at the very start of the text, or of any line, is made inert; the legacy form anywhere', () => {
    expect(neutraliseCommands('::error::x')).toBe('\\::error::x');
    expect(neutraliseCommands('a\n  ::warning::x\nb')).toBe('a\n\\  ::warning::x\nb');
    expect(neutraliseCommands('a\r##[group]x')).toBe('a\r#\\u0023[group]x');
    expect(neutraliseCommands('  create   schema  New##[stop-commands]tok 1.0.0')).toBe(
      '  create   schema  New#\\u0023[stop-commands]tok 1.0.0',
    );
  });

  it('JSON output stays valid JSON and decodes to the same values', () => {
    const value = { title: 'New##[stop-commands]tok', list: ['##[error]x', '\\##[', '::a'] };
    const text = JSON.stringify(value, null, 2);
    expect(JSON.parse(neutraliseCommands(text))).toEqual(value);
    expect(workflowCommands(neutraliseCommands(text))).toEqual([]);
  });

  it('text without a command-shaped line is written unchanged, separators and all', () => {
    for (const t of [
      'plain\n',
      'a::b\r\nc :: d\n',
      'x ## [y]\n',
      '',
      '\n\n',
      'colour \u001b[31m::not a command\u001b[0m\n',
    ]) {
      expect(neutraliseCommands(t)).toBe(t);
    }
  });

  it('holds for any text (property)', () => {
    const piece = fc.constantFrom(
      '::',
      '##[',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '\t',
      '\u0085',
      '\u2028',
      'error',
      'x=1,',
      '%0A',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
        expect(workflowCommands(neutraliseCommands(parts.join('')))).toEqual([]);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
});

describe('escapeControl', () => {
  it('turns every control character into a visible escape, keeping the rest', () => {
    expect(escapeControl('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(escapeControl('\u001b[2J\u0007')).toBe('\\u001b[2J\\u0007');
    expect(escapeControl('x\u0085y\u2028z\u202eq\u2066')).toBe('x\\u0085y\\u2028z\\u202eq\\u2066');
    expect(escapeControl('Order Placed — ünïcode 😀')).toBe('Order Placed — ünïcode 😀');
  });

  it('leaves nothing that breaks a line or that hasControlCharacter finds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const e = escapeControl(s);
        expect(hasControlCharacter(e)).toBe(false);
        expect(e.split(/\r\n|\r|\n/)).toHaveLength(1);
        expect(hasControlCharacter(s)).toBe(e !== s);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
});
