// The JSON error locator: offsets agree with JSON.parse on what is valid, and the message is a line
// and column, never the text.
import { expect, it } from 'vitest';
import { firstErrorOffset, jsonErrorLocation } from '../../src/core/json-error.js';
it('finds the first bad offset where JSON.parse fails, and none where it succeeds', () => {
  const valid = [
    '{}',
    '[]',
    '{"a":1}',
    '{"a":[1,2,{"b":null}]}',
    ' [ "x\\n", -1.5e3, true ] ',
    '"s"',
    '0',
    '{"a":{"b":{}}}',
    '[[],[[]]]',
  ];
  for (const v of valid) {
    JSON.parse(v);
    expect(firstErrorOffset(v), v).toBeUndefined();
  }
  const bad: [string, number][] = [
    ['SHELL=/bin', 0],
    ['{"a":1,}', 7],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{', 1],
    ['{"a":1}x', 7],
    ['["a\u0001"]', 3],
    ['[01]', 2],
    ['', 0],
    ['{"a":[1,2}', 9],
  ];
  for (const [b, at] of bad) {
    expect(() => JSON.parse(b)).toThrow();
    expect(firstErrorOffset(b), b).toBe(at);
  }
  expect(jsonErrorLocation('{\n  "a": x\n}')).toBe('line 2, column 8');
});
