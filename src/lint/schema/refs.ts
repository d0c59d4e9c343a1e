// ref-cycle / ref-chain-too-long: a `$ref` must reach a schema. A chain of `$ref`s that comes
// back on itself, or runs past the hop limit, names no schema at all; validators overflow their
// stack on it, and comparing it as "anything" would hide a narrowing behind it. Recursion through
// a keyword (`node: {properties: {next: {$ref: '#/definitions/node'}}}`) is fine: the chain
// reaches `node`, a schema, in one hop.
// ref-sibling-keywords: keywords that assert beside a `$ref` are ignored by draft-07 and applied by
// ajv and many other validators, so the node means two different things.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { followRef, MAX_REF_HOPS } from '../../core/ref-chain.js';
import { defineRules } from '../../core/rule.js';
import { assertingSiblings, declaredDialect } from '../../core/schema-vocabulary.js';
import { report, show } from '../context.js';
import { walkSchema } from './walk.js';

export const rules = defineRules({
  refCycle: {
    id: 'ref-cycle',
    raisedBy: () => refChainFinding,
    test: 'test/lint/refs.test.ts',
    severity: 'error',
    summary: 'A `$ref` leads to a cycle of `$ref`s that never reaches a schema.',
    doc:
      'In `definitions: {a: {$ref: "#/definitions/b"}, b: {$ref: "#/definitions/a"}}` neither definition is a schema: each ' +
      'only names the other. Validators recurse on it until they run out of stack, and no tool can say what it allows. ' +
      'A recursive schema is different and fine: its `$ref` points at a definition that is a schema (an object with ' +
      '`properties`, `items`, ...), and the recursion goes through one of its keywords.',
    fix: 'Make one definition on the cycle a real schema (with `type`, `properties`, ...), or point the `$ref` at one.',
  },
  refChainTooLong: {
    id: 'ref-chain-too-long',
    raisedBy: () => refChainFinding,
    test: 'test/lint/refs.test.ts',
    severity: 'error',
    summary: `A \`$ref\` is followed by more than ${MAX_REF_HOPS} \`$ref\`s in a row before it reaches a schema.`,
    doc:
      `A chain of definitions that only name the next one is followed at most ${MAX_REF_HOPS} times; past that, what ` +
      'the `$ref` allows is unknown, and the compatibility check treats it as breaking. No real schema needs such a chain.',
    fix: 'Point the `$ref` straight at the definition that holds the schema.',
  },
  refSiblingKeywords: {
    id: 'ref-sibling-keywords',
    raisedBy: () => checkRefSiblings,
    test: 'test/lint/refs.test.ts',
    severity: 'warning',
    summary:
      'A schema node with a `$ref` has a keyword beside it that asserts (`type`, `maxLength`, `properties`, ...): draft-07 ignores it, ajv applies it.',
    doc:
      'Draft-07 says that every keyword beside a `$ref` is ignored: in `{$ref: "#/definitions/name", maxLength: 40}` ' +
      'the `maxLength` constrains nothing. Yet ajv (which this tool uses to validate `examples`) and many other ' +
      'validators apply it, so the same schema accepts different events depending on the validator that reads it. ' +
      'The evolution check judges such a node under both readings and reports a change either one sees. ' +
      'Annotations beside a `$ref` (`title`, `description`, `$comment`, `examples`, `default`, `readOnly`, ' +
      '`writeOnly`), `$id`, `definitions` and `x-` extensions are not reported: they assert nothing either way.',
    fix: 'Wrap the `$ref` and its neighbours in an `allOf`: `allOf: [{$ref: "#/definitions/name"}, {maxLength: 40}]`, which every validator reads the same way.',
  },
});

/**
 * The finding for the `$ref` at `pointer` (the `/$ref` keyword itself), when its chain is a pure
 * cycle or too long; null when it reaches a schema or does not resolve (schema-compile says so).
 * `chain`: the chain already followed (by the draft-07 rules, from the `$ref`'s own base URI).
 */
export function refChainFinding(
  contract: Contract,
  ref: string,
  pointer: string,
  chain = followRef(contract.doc, ref, pointer.replace(/\/\$ref$/, '')),
): Finding | null {
  if (chain.kind === 'cycle') {
    const path = chain.path.map((p) => '#' + p).join(' -> ');
    return report(
      rules.refCycle,
      contract,
      pointer,
      `$ref ${show(ref)} never reaches a schema: ${show(path)} is a cycle of $refs only`,
    );
  }
  if (chain.kind === 'too-long') {
    return report(
      rules.refChainTooLong,
      contract,
      pointer,
      `$ref ${show(ref)} is a chain of more than ${MAX_REF_HOPS} $refs (it stops at #${chain.pointer} without reaching a schema)`,
    );
  }
  return null;
}

/** One warning per `$ref` that has asserting keywords beside it, located at the `$ref`. */
export function checkRefSiblings(contract: Contract): Finding[] {
  const declared = declaredDialect(contract.doc);
  if (!('dialect' in declared)) return []; // later drafts apply the keywords beside a $ref: nothing to warn about
  const dialect = declared.dialect;
  const out: Finding[] = [];
  walkSchema(contract.doc, (node, path) => {
    if (typeof node.$ref !== 'string') return;
    const beside = assertingSiblings(node, dialect);
    if (beside.length === 0) return;
    const [noun, verb] = beside.length === 1 ? ['keyword', 'is'] : ['keywords', 'are'];
    out.push(
      report(
        rules.refSiblingKeywords,
        contract,
        [...path, '$ref'],
        `${noun} beside $ref (${beside.join(', ')}) ${verb} ignored by ${dialect} but applied by ajv and others; put them in an allOf with the $ref`,
      ),
    );
  });
  return out;
}
