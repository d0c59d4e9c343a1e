// schema-compile: the schema must compile as draft-07. Compiling with ajv costs about a millisecond
// per schema, more than all other checks together, so we compile only when ajv is the only judge:
//  - `pattern`s and `patternProperties` keys are checked here with RegExp (the `u` grammar ajv uses);
//  - local `$ref`s (`#/...`) are resolved here against the document;
//  - with meta-validation passed and strict mode off, nothing else can make ajv's compile fail
//    (formats are not validated, combinators and other keywords are plain code generation).
// ajv compiles when the schema has `examples` (we need its validator) or `$ref`s we cannot
// resolve alone (a `$id` anywhere changes the base URI, or the ref is not a local pointer).

import type { ValidateFunction } from 'ajv';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { resolvePointer, toPointer } from '../../core/pointer.js';
import { defineRules } from '../../core/rule.js';
import { userSchemaAjv } from '../ajv.js';
import { isRecord, report, show } from '../context.js';
import { regexError } from '../regex.js';
import { refChainFinding } from './refs.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  schemaCompile: {
    id: 'schema-compile',
    severity: 'error',
    summary: 'The schema compiles as draft-07: every `$ref` resolves and every `pattern` is a valid regular expression.',
    doc:
      'A schema can be well-formed and still unusable: a `$ref` that points to a definition that does not exist, an ' +
      'external `$ref` (the registry stores self-contained schemas and resolves nothing outside the document), or a ' +
      '`pattern` / `patternProperties` key that is not a valid ECMAScript regular expression in unicode mode (the ' +
      'grammar JSON Schema validators use). Producers and consumers that validate events would fail on it.',
    fix: 'Point `$ref` at an existing `#/definitions/<name>` in the same file, and correct the regular expression.',
  },
});

interface RefSite {
  ref: string;
  pointer: string;
}

export interface CompileResult {
  findings: Finding[];
  /** The compiled schema, when it was compiled (it has examples) and compiled cleanly. */
  validate?: ValidateFunction;
}

/**
 * `wellFormed`: the meta-schema accepted the document. Our own checks read only strings and run
 * always; ajv runs only on well-formed schemas, otherwise it would report the same defects again.
 */
export function checkCompile(contract: Contract, wellFormed: boolean): CompileResult {
  const findings: Finding[] = [];
  const refs: RefSite[] = [];
  let hasId = false;
  walkSchema(contract.doc, (node, path) => {
    if (typeof node.pattern === 'string') {
      const error = regexError(node.pattern);
      if (error) findings.push(report(rules.schemaCompile, contract, [...path, 'pattern'], `pattern ${show(node.pattern)} is not a valid regular expression: ${error}`));
    }
    if (isRecord(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties)) {
        const error = regexError(key);
        if (error) findings.push(report(rules.schemaCompile, contract, [...path, 'patternProperties', key], `patternProperties key ${show(key)} is not a valid regular expression: ${error}`));
      }
    }
    if (typeof node.$ref === 'string') refs.push({ ref: node.$ref, pointer: toPointer([...path, '$ref']) });
    if (node.$id !== undefined) hasId = true;
  });

  let needsAjv = Array.isArray(contract.doc.examples) && contract.doc.examples.length > 0;
  for (const site of refs) {
    if (hasId) {
      needsAjv = true; // a $id changes what a ref means: ajv's resolver decides
      break;
    }
    const problem = localRefProblem(contract.doc, site.ref);
    if (problem) findings.push(report(rules.schemaCompile, contract, site.pointer, problem));
    else {
      const chain = refChainFinding(contract, site.ref, site.pointer); // ajv would overflow on it: never compiled
      if (chain) findings.push(chain);
    }
  }
  if (findings.length > 0 || !needsAjv || !wellFormed) return { findings };

  try {
    return { findings, validate: userSchemaAjv().compile(contract.doc) };
  } catch (err) {
    const missing = (err as { missingRef?: string }).missingRef;
    const at = refs.find((r) => missing !== undefined && missing.endsWith(r.ref))?.pointer ?? '';
    return { findings: [report(rules.schemaCompile, contract, at, `schema does not compile as draft-07: ${(err as Error).message}`)] };
  }
}

/** Why `ref` does not resolve inside `doc` (no `$id` anywhere), or null when it does. */
function localRefProblem(doc: Record<string, unknown>, ref: string): string | null {
  if (!ref.startsWith('#')) {
    return `$ref ${show(ref)} points outside this file; the registry stores self-contained schemas, so move the referenced schema into definitions`;
  }
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return `$ref ${show(ref)} is not a valid URI fragment`;
  }
  if (pointer !== '' && !pointer.startsWith('/')) {
    return `$ref ${show(ref)} names an anchor, but no $id in this schema declares it; use a pointer such as "#/definitions/<name>"`;
  }
  const target = resolvePointer(doc, pointer);
  if (target === undefined) return `$ref ${show(ref)} points to nothing: ${pointer} does not exist in this schema`;
  if (!isRecord(target) && typeof target !== 'boolean') return `$ref ${show(ref)} points to ${show(target)}, which is not a schema`;
  return null;
}
