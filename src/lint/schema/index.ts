// All checks of one event schema file. The specific checks run first so the generic
// meta-validation can leave out what they already said; ajv compiles only well-formed schemas.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { checkCompile } from './compile.js';
import { checkDialect } from './dialect.js';
import { checkExamples } from './examples.js';
import { checkKeywords } from './keywords.js';
import { checkLimits } from './limits.js';
import { checkMeta, metaErrors } from './meta.js';
import { checkSchemaPatterns } from './patterns.js';
import { checkPropertyNames } from './properties.js';
import { checkRefSiblings } from './refs.js';
import { checkTypes } from './types.js';
import { checkVersion } from './version.js';

export function lintSchema(contract: Contract): Finding[] {
  const specific = [
    ...checkLimits(contract),
    ...checkTypes(contract),
    ...checkPropertyNames(contract),
    ...checkVersion(contract),
    ...checkDialect(contract),
  ];
  const errors = metaErrors(contract);
  const findings = [...specific, ...checkMeta(contract, errors, new Set(specific.map((f) => f.pointer)))];
  // A malformed example (not an object) says nothing about the schema: the others are still validated.
  const compiled = checkCompile(
    contract,
    errors.every((e) => e.instancePath === '/examples' || e.instancePath.startsWith('/examples/')),
  );
  findings.push(
    ...compiled.findings,
    ...checkSchemaPatterns(contract),
    ...checkKeywords(contract),
    ...checkRefSiblings(contract),
  );
  if (compiled.validate) findings.push(...checkExamples(contract, compiled.validate));
  return findings;
}
