// The keyword families the walker runs on every pair of nodes. Each compares the keywords it
// lists; `compareOtherKeywords` reports a change of any keyword no family models.

import type { Family } from '../walk.js';
import { arraysKeywords, compareArrays } from './arrays.js';
import { combinatorsKeywords, compareCombinators } from './combinators.js';
import { compareEnums, enumsKeywords } from './enums.js';
import { compareNumbers, numbersKeywords } from './numbers.js';
import { compareObjects, objectsKeywords } from './objects.js';
import { makeOtherKeywords } from './other.js';
import { compareStrings, stringsKeywords } from './strings.js';
import { compareTypes } from './types.js';

const MODELLED = new Set([
  'type',
  ...objectsKeywords,
  ...arraysKeywords,
  ...stringsKeywords,
  ...numbersKeywords,
  ...enumsKeywords,
  ...combinatorsKeywords,
]);

export const FAMILIES: Family[] = [
  compareTypes,
  compareObjects,
  compareArrays,
  compareStrings,
  compareNumbers,
  compareEnums,
  compareCombinators,
  makeOtherKeywords(MODELLED),
];
