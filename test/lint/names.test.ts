// control-character: a title, a filter name or a file name with a control character is an error at
// that name's line (the title's node, or the file's first line for the file name), shown escaped.

import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/contracts/index.js';
import { hasControlCharacter } from '../../src/core/log-safe.js';
import { lintContracts } from '../../src/lint/index.js';
import { contract, ofRule, validFilter, validSchema } from './helpers.js';

const control = (kind: 'schema' | 'filter', doc: Record<string, unknown>, file?: string) =>
  ofRule(lintContracts([contract(kind, doc, file)]), 'control-character');

describe('control-character', () => {
  it.each([
    ['a newline', 'Order\n::error file=README.md::x', 'Order\\n::error file=README.md::x'],
    ['a carriage return', 'Order\r::add-mask::x', 'Order\\r::add-mask::x'],
    ['ESC', 'Order\u001b[2J', 'Order\\u001b[2J'],
    ['NEL', 'Order\u0085x', 'Order\\u0085x'],
    ['a line separator', 'Order\u2028x', 'Order\\u2028x'],
    ['a bidi override', 'Order\u202eredlaP', 'Order\\u202eredlaP'],
  ])('a schema title with %s is an error at /title, shown escaped', (_what, title, shown) => {
    const found = control('schema', { ...validSchema(), title });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'control-character', severity: 'error', pointer: '/title' });
    expect(found[0]!.message).toContain(`"${shown}"`);
    expect(hasControlCharacter(found[0]!.message)).toBe(false);
  });

  it('a filter name with a newline is an error at /name', () => {
    const found = control('filter', { ...validFilter(), name: 'route\n::stop-commands::t' });
    expect(found.map((f) => f.pointer)).toEqual(['/name']);
  });

  it('a file name with a control character is an error on the file', () => {
    const found = control('schema', validSchema(), 'cxone/schemas/a\n::error::x.yaml');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([
      ['', 'the file name "cxone/schemas/a\\n::error::x.yaml" holds a control character'],
    ]);
  });

  it('plain names, tabs-free Unicode and emoji are fine', () => {
    expect(control('schema', { ...validSchema(), title: 'Ordre passé — 注文 😀' })).toEqual([]);
    expect(control('filter', validFilter())).toEqual([]);
  });

  it('is located on the title line of the parsed file', () => {
    const text =
      'type: object\ndescription: d\ncxoneVersion: 1.0.0\ntitle: "Bad\\u0085Title"\nadditionalProperties: false\nproperties:\n  a: {type: string}\n';
    const c = parseContract('schema', 'cxone/schemas/bad.yaml', Buffer.from(text)).contract!;
    const f = ofRule(lintContracts([c]), 'control-character')[0]!;
    expect(c.locate(f.pointer).line).toBe(4);
  });
});
