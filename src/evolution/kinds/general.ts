// Change kinds about the comparison itself and about the `type` keyword.

import { defineKinds } from './kind.js';
import { depthChanges, dialectChanges } from '../engine.js';
import { makeOtherKeywords } from '../families/other.js';
import { unanalysed } from '../families/shared.js';
import { compareTypes } from '../families/types.js';
import { unresolvedRef } from '../unresolved-refs.js';
import { walk } from '../walk.js';

export const generalKinds = defineKinds({
  'annotation-changed': {
    raisedBy: () => makeOtherKeywords,
    test: 'test/evolution/kinds.test.ts',
    backward: true,
    forward: true,
    summary:
      'An annotation changed (title, description, default, examples, $comment, $id, contentEncoding, ...), or a keyword draft-07 does not define ' +
      '(a typo such as `maxLenght`, OpenAPI `nullable`, draft-04 `id`): validators ignore it, so validation is unaffected.',
    example: { old: { type: 'string', description: 'Order id' }, new: { type: 'string', description: 'The order id' } },
    fix: 'Nothing to fix; under the platform rules it needs at least a patch version bump.',
  },
  'keyword-changed': {
    raisedBy: () => unanalysed,
    test: 'test/evolution/witness/witness.test.ts',
    backward: false,
    forward: false,
    summary:
      'A keyword changed to or from a value that is not valid draft-07 (e.g. `maxLength: "3"`), so its effect cannot be analysed.',
    example: { old: { type: 'string', maxLength: '3' }, new: { type: 'string', maxLength: 3 } },
    fix: 'If the change is intended and safe, approve it (label or config ignore); otherwise revert it.',
    note: 'Conservative on purpose: a change whose effect cannot be analysed is never reported as compatible.',
  },
  'comparison-incomplete': {
    raisedBy: () => walk,
    test: 'test/evolution/kinds.test.ts',
    backward: false,
    forward: false,
    summary: 'The schemas were too large or too deeply recursive to compare completely.',
    example: { old: { type: 'object' }, new: { type: 'object' } },
    fix: 'Split the schema, or compare fewer levels of recursion; the verdict is conservatively breaking.',
  },
  'ref-chain-unresolved': {
    raisedBy: () => unresolvedRef,
    test: 'test/evolution/ref-chains.test.ts',
    backward: false,
    forward: false,
    summary:
      'A `$ref` never reaches a schema: it is a cycle of `$ref`s only, or a chain longer than the hop limit (64).',
    example: {
      old: { type: 'string' },
      new: { $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } } },
    },
    fix: 'Point the `$ref` at a definition that is a schema (recursion through `properties` or `items` is fine); the lint rules ref-cycle and ref-chain-too-long show where.',
    note: 'Never read as the `true` schema ("anything"): a narrowing hidden behind such a chain would otherwise pass as compatible.',
    witness: false,
  },
  'ref-unresolvable': {
    raisedBy: () => unresolvedRef,
    test: 'test/evolution/ref-chains.test.ts',
    backward: false,
    forward: false,
    summary:
      'A `$ref` names nothing in its own document (an external URI, an undeclared `$id` anchor, a missing definition, a non-schema), so what it allows is unknown.',
    example: { old: { type: 'string' }, new: { $ref: 'https://example.com/other.json#/definitions/a' } },
    fix: 'Move the referenced schema into `definitions` of the same file and point the `$ref` at it; the registry stores self-contained schemas.',
    note: 'Resolved by the draft-07 rules (`$id` base URIs, plain-name anchors, same-document absolute URIs); what remains unresolved is never compared by its text: a change behind it would pass unseen.',
    witness: false,
  },
  'dialect-unsupported': {
    raisedBy: () => dialectChanges,
    test: 'test/evolution/semantics/dialects.test.ts',
    backward: false,
    forward: false,
    summary:
      'A schema declares a `$schema` dialect the engine does not read (2019-09, 2020-12, or an unknown URI), so the pair was not compared.',
    example: {
      old: { type: 'string' },
      new: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' },
    },
    fix: "Declare draft-07 (`http://json-schema.org/draft-07/schema#`), the platform's dialect, and write the schema in it; draft-04 and draft-06 are read by their own rules.",
    note: 'Never read silently as draft-07: keywords such as `$defs`, `prefixItems` or `dependentRequired` would be ignored and a narrowing missed.',
    witness: false,
  },
  'live-schema-too-deep': {
    raisedBy: () => depthChanges,
    test: 'test/evolution/stress.test.ts',
    backward: false,
    forward: false,
    summary: 'The live schema is nested deeper than a contract file may be (100 levels), so it was not compared.',
    example: {
      old: { type: 'object', properties: { a: { type: 'object', properties: { a: '(… 100 levels …)' } } } },
      new: { type: 'object' },
    },
    fix: 'The live schema cannot have come from a contract file: replace it through the normal flow (approve the change, then deploy), or fix it in the tenant.',
    note: 'The repo side is bounded by the YAML loader (yaml-too-deep); a live schema comes from the tenant as JSON and is bounded here.',
    witness: false,
  },
  'schema-too-deep': {
    raisedBy: () => depthChanges,
    test: 'test/evolution/kinds.test.ts',
    backward: false,
    forward: false,
    summary: 'The new schema is nested deeper than a contract file may be (100 levels), so it was not compared.',
    example: {
      old: { type: 'object' },
      new: { type: 'object', properties: { a: { type: 'object', properties: { a: '(… 100 levels …)' } } } },
    },
    fix: 'Flatten the schema: move nested objects into `definitions` and reference them.',
    witness: false,
  },
  'type-extended': {
    raisedBy: () => compareTypes,
    test: 'test/evolution/families/combinators.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary: 'The node accepts more JSON types than before (e.g. string -> [string, null], integer -> number).',
    example: { old: { type: 'string' }, new: { type: ['string', 'null'] } },
    fix: 'Under the additive policy no existing property may change type, even to a wider one: add a new property instead.',
  },
  'type-narrowed': {
    raisedBy: () => compareTypes,
    test: 'test/evolution/families/combinators.test.ts',
    backward: false,
    forward: true,
    summary: 'The node accepts fewer JSON types than before (e.g. [string, null] -> string, number -> integer).',
    example: { old: { type: ['string', 'null'] }, new: { type: 'string' } },
    fix: 'Keep the old types; live events with the dropped types would be rejected.',
  },
  'type-changed': {
    raisedBy: () => compareTypes,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: false,
    summary: 'The node accepts different JSON types, neither a superset nor a subset of the old ones.',
    example: { old: { type: 'integer' }, new: { type: 'string' } },
    fix: 'Keep the type. Add a new property with the new type (and deprecate the old one) instead.',
  },
});
