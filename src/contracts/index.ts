// Public surface of the contracts stage: find, read and parse contract files into Contract[]
// (with lazy source positions), turning every hostile or broken file into a located finding.

import type { Rule } from '../core/rule.js';
import { fileRules } from './read.js';
import { shapeRules } from './parse.js';
import { textRules } from './text.js';
import { yamlRules } from './yaml-load.js';

export { DEFAULT_LIMITS, type ParseLimits } from './limits.js';
export { loadContracts, type LoadOptions, type LoadResult } from './load.js';
export { parseContract, type ParseResult } from './parse.js';

/** Every rule this stage raises, keyed by a camelCase handle. */
export const rules = { ...fileRules, ...textRules, ...yamlRules, ...shapeRules };

/** For the rule registry: every rule of this stage, in the order docs/rules.md lists them. */
export const contractRules: Rule[] = [
  ...Object.values(fileRules),
  ...Object.values(textRules),
  ...Object.values(yamlRules),
  ...Object.values(shapeRules),
];
