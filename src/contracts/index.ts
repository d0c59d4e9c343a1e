// Public surface of the contracts stage: find, read and parse contract files into Contract[]
// (with lazy source positions), turning every hostile or broken file into a located finding.

import { fileRules } from './read.js';
import { shapeRules } from './parse.js';
import { textRules } from './text.js';
import { yamlRules } from './yaml-load.js';

export { DEFAULT_LIMITS, type ParseLimits } from './limits.js';
export { loadContracts, type LoadOptions, type LoadResult } from './load.js';
export { parseContract, type ParseResult } from './parse.js';

/** Every rule this stage raises, keyed by a camelCase handle. */
export const rules = { ...fileRules, ...textRules, ...yamlRules, ...shapeRules };

/** For the rule registry: each rule with the file whose code raises it. */
export const ruleSources = [
  { source: 'src/contracts/read.ts', rules: Object.values(fileRules) },
  { source: 'src/contracts/text.ts', rules: Object.values(textRules) },
  { source: 'src/contracts/yaml-load.ts', rules: Object.values(yamlRules) },
  { source: 'src/contracts/parse.ts', rules: Object.values(shapeRules) },
];
