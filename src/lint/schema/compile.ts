// schema-compile: the schema must compile as draft-07. Compiling with ajv costs about a millisecond
// per schema, more than all other checks together, so we compile only when ajv is the only judge:
//  - `pattern`s and `patternProperties` keys are checked here with RegExp (the `u` grammar ajv uses);
//  - `$ref`s are resolved here against the document by the draft-07 rules (../../core/ref-chain.ts);
//  - with meta-validation passed and strict mode off, nothing else can make ajv's compile fail
//    (an unknown format is ignored, combinators and other keywords are plain code generation).
// ajv compiles when the schema has `examples` (we need its validator) or a `$id` (ajv's resolver
// must agree with ours on what each `$ref` names).

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { toPointer } from '../../core/pointer.js';
import { followRef, type RefChain } from '../../core/ref-chain.js';
import { defineRules } from '../../core/rule.js';
import { compiled, type Compiled } from '../validators.js';
import { isRecord, report, show } from '../context.js';
import { regexError } from '../regex.js';
import { refChainFinding } from './refs.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  schemaCompile: {
    id: 'schema-compile',
    raisedBy: () => checkCompile,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary:
      'The schema compiles as draft-07: every `$ref` resolves and every `pattern` is a valid regular expression.',
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
  validate?: Extract<Compiled, { ok: true }>;
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
      if (error)
        findings.push(
          report(
            rules.schemaCompile,
            contract,
            [...path, 'pattern'],
            `pattern ${show(node.pattern)} is not a valid regular expression: ${error}`,
          ),
        );
    }
    if (isRecord(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties)) {
        const error = regexError(key);
        if (error)
          findings.push(
            report(
              rules.schemaCompile,
              contract,
              [...path, 'patternProperties', key],
              `patternProperties key ${show(key)} is not a valid regular expression: ${error}`,
            ),
          );
      }
    }
    if (typeof node.$ref === 'string') refs.push({ ref: node.$ref, pointer: toPointer([...path, '$ref']) });
    if (node.$id !== undefined) hasId = true;
  });

  // With a $id anywhere, ajv compiles too: it must agree that every ref resolves.
  const needsAjv = hasId || (Array.isArray(contract.doc.examples) && contract.doc.examples.length > 0);
  for (const site of refs) {
    const chain = followRef(contract.doc, site.ref, site.pointer.slice(0, -'/$ref'.length));
    if (chain.kind === 'unresolvable')
      findings.push(report(rules.schemaCompile, contract, site.pointer, refProblem(site.ref, chain)));
    else {
      // ajv would overflow on it: never compiled.
      const broken = refChainFinding(contract, site.ref, site.pointer, chain);
      if (broken) findings.push(broken);
    }
  }
  if (findings.length > 0 || !needsAjv || !wellFormed) return { findings };

  // The evolution's witness search judges with this same compile (the document is its cache key).
  const result = compiled(contract.doc);
  if (result.ok) return { findings, validate: result };
  const missing = result.missingRef;
  const at = refs.find((r) => missing !== undefined && missing.endsWith(r.ref))?.pointer ?? '';
  return {
    findings: [report(rules.schemaCompile, contract, at, `schema does not compile as draft-07: ${result.error}`)],
  };
}

/** Why `ref` (or the `$ref` its chain reaches, `chain.ref`) resolves to nothing in this document. */
function refProblem(ref: string, chain: Extract<RefChain, { kind: 'unresolvable' }>): string {
  const via = chain.ref === ref ? '' : ` (its chain reaches $ref ${show(chain.ref)})`;
  switch (chain.reason) {
    case 'external':
      return `$ref ${show(ref)}${via} points outside this file; the registry stores self-contained schemas, so move the referenced schema into definitions`;
    case 'bad-uri':
      return `$ref ${show(ref)}${via} is not a valid URI reference`;
    case 'no-anchor':
      return `$ref ${show(ref)}${via} names an anchor, but no $id in this schema declares it; use a pointer such as "#/definitions/<name>"`;
    case 'ambiguous':
      return `$ref ${show(ref)}${via} names a URI that two schemas in this file declare with $id; give each its own`;
    case 'missing':
      return `$ref ${show(ref)}${via} points to nothing: ${chain.pointer || '#'} does not exist in this schema`;
    case 'not-schema':
      return `$ref ${show(ref)}${via} points to ${chain.pointer || '#'}, which is not a schema`;
  }
}
