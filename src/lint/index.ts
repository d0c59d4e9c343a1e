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
import { prepareRedos, prepareRegexes, rules as redosRules } from './filter/redos.js';
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
import { NotLoaded } from '../core/lazy.js';
import { loadValidatorCompiler, prepareValidators } from './validators.js';

export { prepareRegexes } from './filter/redos.js';

/**
 * Load, ahead of the synchronous lint, what is too heavy to load on every start and only some
 * repos need (the ReDoS engine), and ajv's compiler unless validators are kept (then the lint runs
 * under whenLoaded, ../core/lazy.ts, which loads it at the first schema none covers). Call before
 * lintContracts; without it the bundled action would have to report such patterns as unchecked.
 * `liveDocs`: the live schemas the run compares with (their regexes run in witnesses and the engine).
 */
export async function prepareLint(contracts: readonly Contract[], liveDocs: Iterable<unknown> = []): Promise<void> {
  await prepareRedos(contracts, liveDocs);
  await prepareValidators();
}

/**
 * For commands that lint nothing but judge an evolution (`diff`, a deploy's merge): the ReDoS
 * engine when a regex of these raw schema documents needs it, and ajv's compiler.
 */
export async function prepareJudging(docs: Iterable<unknown>): Promise<void> {
  await prepareRegexes(docs);
  await loadValidatorCompiler();
}

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
    if (err instanceof NotLoaded) throw err; // not the file's: the caller loads the module and lints again
    // A defect in our checks, or data no check expected (e.g. a self-referencing YAML alias):
    // say so on the file instead of aborting the whole run with a stack trace.
    const rule = c.kind === 'schema' ? schemaMetaRules.schemaInvalid : filterMetaRules.filterInvalid;
    return [report(rule, c, '', `could not be checked: ${(err as Error).message}`)];
  }
}

/** Every rule of the lint stage, in the order docs/rules.md lists them. */
export const lintRules: Rule[] = [
  ...Object.values(nameRules),
  ...Object.values(schemaMetaRules),
  ...Object.values(limitRules),
  ...Object.values(typeRules),
  ...Object.values(propertyRules),
  ...Object.values(versionRules),
  ...Object.values(compileRules),
  ...Object.values(refRules),
  ...Object.values(dialectRules),
  ...Object.values(exampleRules),
  ...Object.values(keywordRules),
  ...Object.values(schemaPatternRules),
  ...Object.values(filterMetaRules),
  ...Object.values(filterEnumRules),
  ...Object.values(operatorValueRules),
  ...Object.values(patternRules),
  ...Object.values(redosRules),
  ...Object.values(crossDuplicateRules),
  ...Object.values(crossAttributeRules),
  ...Object.values(crossValueRules),
];
