// The lint stage: checks of each contract alone, then of contracts against each other.
// Findings carry a pointer; line and column stay 0 (the caller locates only files with findings).

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import { report } from './context.js';
import { rules as crossAttributeRules } from './cross/attributes.js';
import { rules as crossDuplicateRules } from './cross/duplicates.js';
import { rules as crossValueRules } from './cross/values.js';
import { lintAcross } from './cross/index.js';
import { rules as filterEnumRules } from './filter/enums.js';
import { lintFilter } from './filter/index.js';
import { rules as filterMetaRules } from './filter/meta.js';
import { rules as operatorValueRules } from './filter/operator-value.js';
import { rules as patternRules } from './filter/pattern-rules.js';
import { prepareRedos, rules as redosRules } from './filter/redos.js';
import { checkNames, rules as nameRules } from './names.js';
import { rules as compileRules } from './schema/compile.js';
import { rules as refRules } from './schema/refs.js';
import { rules as dialectRules } from './schema/dialect.js';
import { rules as exampleRules } from './schema/examples.js';
import { rules as keywordRules } from './schema/keywords.js';
import { lintSchema } from './schema/index.js';
import { rules as limitRules } from './schema/limits.js';
import { rules as schemaPatternRules } from './schema/patterns.js';
import { rules as schemaMetaRules } from './schema/meta.js';
import { rules as propertyRules } from './schema/properties.js';
import { rules as typeRules } from './schema/types.js';
import { rules as versionRules } from './schema/version.js';

/**
 * Load, ahead of the synchronous lint, what is too heavy to load on every start and only some
 * repos need (the ReDoS engine). Call before lintContracts; without it lint still works under
 * plain Node, but the bundled action would have to report such patterns as unchecked. `liveDocs`:
 * the live schemas the run compares with (their regexes run in witnesses and the engine).
 */
export async function prepareLint(contracts: readonly Contract[], liveDocs: Iterable<unknown> = []): Promise<void> {
  await prepareRedos(contracts, liveDocs);
}

/** The same engine loading for raw schema documents, for commands that lint nothing (`diff`). */
export { prepareRegexes } from './filter/redos.js';

export function lintContracts(contracts: Contract[]): Finding[] {
  const findings: Finding[] = [];
  for (const c of contracts) findings.push(...lintOne(c));
  findings.push(...lintAcross(contracts));
  return findings;
}

function lintOne(c: Contract): Finding[] {
  try {
    return [...checkNames(c), ...(c.kind === 'schema' ? lintSchema(c) : lintFilter(c))];
  } catch (err) {
    // A defect in our checks, or data no check expected (e.g. a self-referencing YAML alias):
    // say so on the file instead of aborting the whole run with a stack trace.
    const rule = c.kind === 'schema' ? schemaMetaRules.schemaInvalid : filterMetaRules.filterInvalid;
    return [report(rule, c, '', `could not be checked: ${(err as Error).message}`)];
  }
}

/** Every rule of the lint stage, with the file that defines and raises it. */
export const ruleSources: { source: string; rules: Rule[] }[] = [
  { source: 'src/lint/names.ts', rules: Object.values(nameRules) },
  { source: 'src/lint/schema/meta.ts', rules: Object.values(schemaMetaRules) },
  { source: 'src/lint/schema/limits.ts', rules: Object.values(limitRules) },
  { source: 'src/lint/schema/types.ts', rules: Object.values(typeRules) },
  { source: 'src/lint/schema/properties.ts', rules: Object.values(propertyRules) },
  { source: 'src/lint/schema/version.ts', rules: Object.values(versionRules) },
  { source: 'src/lint/schema/compile.ts', rules: Object.values(compileRules) },
  { source: 'src/lint/schema/refs.ts', rules: Object.values(refRules) },
  { source: 'src/lint/schema/dialect.ts', rules: Object.values(dialectRules) },
  { source: 'src/lint/schema/examples.ts', rules: Object.values(exampleRules) },
  { source: 'src/lint/schema/keywords.ts', rules: Object.values(keywordRules) },
  { source: 'src/lint/schema/patterns.ts', rules: Object.values(schemaPatternRules) },
  { source: 'src/lint/filter/meta.ts', rules: Object.values(filterMetaRules) },
  { source: 'src/lint/filter/enums.ts', rules: Object.values(filterEnumRules) },
  { source: 'src/lint/filter/operator-value.ts', rules: Object.values(operatorValueRules) },
  { source: 'src/lint/filter/pattern-rules.ts', rules: Object.values(patternRules) },
  { source: 'src/lint/filter/redos.ts', rules: Object.values(redosRules) },
  { source: 'src/lint/cross/duplicates.ts', rules: Object.values(crossDuplicateRules) },
  { source: 'src/lint/cross/attributes.ts', rules: Object.values(crossAttributeRules) },
  { source: 'src/lint/cross/values.ts', rules: Object.values(crossValueRules) },
];
