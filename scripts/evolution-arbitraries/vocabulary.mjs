// The tiny shared vocabularies of the soundness generators (see ../evolution-arbitraries.mjs):
// property names a/b/c, definitions d0/d1 and the local `$ref`s to them, a few safe patterns,
// boundary numbers and counts, and a pool of enum values. Documents, mutations and events all draw
// from them, so that mutations and events keep hitting the same names and boundaries.

export const NAMES = ['a', 'b', 'c'];
export const DEFS = ['d0', 'd1'];
export const REFS = ['#', '#/definitions/d0', '#/definitions/d1'];
export const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
/** Safe patterns (no backtracking hazards), with strings that match or almost match them. */
export const PATTERN_SAMPLES = {
  '^a': ['a', 'ab', 'ba'],
  b$: ['b', 'ab', 'ba'],
  '^[ab]*$': ['', 'ab', 'abc'],
  '^.{0,2}$': ['', 'c', 'abc'],
  c: ['c', 'abc', 'ab'],
  '^$': ['', 'a'],
};
export const PATTERNS = Object.keys(PATTERN_SAMPLES);
export const PATTERN_KEYS = ['^a', 'b', '^c$'];
export const NUMBERS = [-1, 0, 0.5, 1, 2, 2.5, 3, 5];
export const MULTIPLES = [0.5, 1, 2, 3];
export const COUNTS = [0, 1, 2, 3];
export const POOL = [
  'a',
  'b',
  'ab',
  '',
  0,
  1,
  2,
  2.5,
  -1,
  true,
  false,
  null,
  [],
  ['a'],
  [1, 2],
  {},
  { a: 1 },
  { a: 1, b: 2 },
];
