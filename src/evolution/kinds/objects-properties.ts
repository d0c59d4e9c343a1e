// Change kinds of declared properties (see ../families/objects-properties.ts): a property added
// or removed is judged by the content model it moves into or out of, where a property name's
// effective schema is `properties[N]` with every matching `patternProperties` schema, or else
// `additionalProperties` (absent = an open content model, `false` = closed, a schema = partially
// open); and `required` gained or lost. The other object keywords are in ./objects.ts.

import { defineKinds } from './kind.js';
import { added, compareDeclared, removed } from '../families/objects-properties.js';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  obj(properties, { additionalProperties: false, ...extra });
const str = { type: 'string' };

const NO_DEFAULT_FILL =
  'Schema registries treat a required property that has a `default` as a compatible addition; validation does not fill in defaults, so a live event without the property is rejected: not backward compatible, with or without a default.';
const PLATFORM_NO_REMOVAL =
  'The additive policy (the platform rule) forbids removing any property unless the live version lists it in `x-cxone-deprecated-fields`.';

export const objectPropertyKinds = defineKinds({
  // --- a property declared only in the new schema ---------------------------------------------
  'property-added-to-open-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary:
      'An optional property was declared where the live schema allowed any property with any value (open content model).',
    example: { old: obj({ id: str }), new: obj({ id: str, tier: str }) },
    fix: 'Live events may already carry the name with other values: pick a name no producer uses, or close the schema first (`additionalProperties: false`, as the platform requires).',
    note: 'As in the registries: any constraint on a name that was unconstrained can reject a live event. Declaring the property without constraints is `unconstrained-property-added-to-open-content-model` instead.',
  },
  'unconstrained-property-added-to-open-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'A property without constraints (the true schema, annotations at most) was declared in an open content model: validation is unchanged.',
    example: { old: obj({ id: str }), new: obj({ id: str, note: { description: 'free text' } }) },
    fix: 'Nothing to fix.',
  },
  'optional-property-added-to-closed-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    summary:
      'An optional property was added to a closed content model (`additionalProperties: false`): live events never carry it.',
    example: { old: closed({ id: str }), new: closed({ id: str, tier: str }) },
    fix: 'Compatible for the platform; consumers still on the live schema reject events carrying the new property until they upgrade.',
  },
  'forbidden-property-added-to-closed-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'A property declared with the false schema (it must not appear) was added to a closed content model, which already rejected it: validation is unchanged.',
    example: { old: closed({ id: str }), new: closed({ id: str, internal: false }) },
    fix: 'Nothing to fix.',
  },
  'required-property-added-to-closed-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: false,
    summary:
      'A required property was added to a closed content model: live events lack it, and the live schema rejects events carrying it.',
    example: { old: closed({ id: str }), new: closed({ id: str, tier: str }, { required: ['tier'] }) },
    fix: 'Add the property as optional first; make it required only once every producer sends it.',
    note: NO_DEFAULT_FILL,
  },
  'required-property-added-to-open-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A required property was added to an open content model: live events without it are rejected.',
    example: { old: obj({ id: str }), new: obj({ id: str, tier: str }, { required: ['tier'] }) },
    fix: 'Add the property as optional first; make it required only once every producer sends it.',
    note: NO_DEFAULT_FILL,
  },
  'property-added-to-partially-open-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'An optional property was declared where the live schema allowed it through a schema (`additionalProperties` or a matching `patternProperties`); the two schemas are compared and their differences reported.',
    example: {
      old: obj({ id: str }, { additionalProperties: str }),
      new: obj({ id: str, tier: str }, { additionalProperties: str }),
    },
    fix: 'Keep the new property schema at least as wide as the schema that applied to the name before.',
    note: 'The kind itself changes nothing for validation; the comparison of the old additional schema with the new property schema is reported beside it.',
  },
  'required-property-added-to-partially-open-content-model': {
    raisedBy: () => added,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary:
      'A required property was declared where the live schema allowed it through a schema; live events without it are rejected (the two schemas are compared too).',
    example: {
      old: obj({ id: str }, { additionalProperties: str }),
      new: obj({ id: str, tier: str }, { additionalProperties: str, required: ['tier'] }),
    },
    fix: 'Add the property as optional first; make it required only once every producer sends it.',
    note: NO_DEFAULT_FILL,
  },

  // --- a property declared only in the live schema --------------------------------------------
  'property-removed-from-closed-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'An optional property was removed from a closed content model: live events carrying it are rejected.',
    example: { old: closed({ id: str, legacy: str }), new: closed({ id: str }) },
    fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields` (minor version), and remove it in a later version once no producer sends it.',
  },
  'property-removed-required-from-closed-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: false,
    summary:
      'A required property was removed from a closed content model: every live event carries it and is rejected, and new events lack what the live schema requires.',
    example: { old: closed({ id: str, legacy: str }, { required: ['legacy'] }), new: closed({ id: str }) },
    fix: 'Make the property optional and deprecate it (`x-cxone-deprecated-fields`) first; remove it once no producer sends it.',
  },
  'property-removed-forbidden-from-closed-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    summary:
      'An optional property declared with the false schema (it must not appear) was removed from a closed content model, which still rejects it: validation is unchanged.',
    example: { old: closed({ id: str, internal: false }), new: closed({ id: str }) },
    fix: 'Nothing to fix.',
    note: 'Unlike other removals, not breaking under the additive policy: a property no event may carry is not a field producers or consumers rely on.',
  },
  'property-removed-from-open-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary:
      'A property was removed from an open content model: its name is still accepted, with any value, so consumers on the live schema may reject new events.',
    example: { old: obj({ id: str, legacy: str }), new: obj({ id: str }) },
    fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
    note: `Also forward incompatible when the property was required (new events may lack it). ${PLATFORM_NO_REMOVAL}`,
  },
  'property-removed-unconstrained-from-open-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    additive: 'breaking',
    summary:
      'An optional property without constraints was removed from an open content model: validation is unchanged.',
    example: { old: obj({ id: str, note: {} }), new: obj({ id: str }) },
    fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
    note: PLATFORM_NO_REMOVAL,
  },
  'property-removed-to-partially-open-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: true,
    additive: 'breaking',
    summary:
      'An optional property was removed where the new schema still allows its name through a schema (`additionalProperties` or a matching `patternProperties`); the two schemas are compared and their differences reported.',
    example: {
      old: obj({ id: str, legacy: str }, { additionalProperties: str }),
      new: obj({ id: str }, { additionalProperties: str }),
    },
    fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
    note: `The kind itself changes nothing for validation; the comparison of the old property schema with the schema that now applies is reported beside it. ${PLATFORM_NO_REMOVAL}`,
  },
  'property-removed-required-to-partially-open-content-model': {
    raisedBy: () => removed,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary:
      'A required property was removed where the new schema still allows its name through a schema: new events may lack it, which the live schema rejects (the two schemas are compared too).',
    example: {
      old: obj({ id: str, legacy: str }, { additionalProperties: str, required: ['legacy'] }),
      new: obj({ id: str }, { additionalProperties: str }),
    },
    fix: 'Deprecate first: list the property in `x-cxone-deprecated-fields`, then remove it in a later version.',
    note: PLATFORM_NO_REMOVAL,
  },

  // --- required ---------------------------------------------------------------------------------
  'required-added': {
    raisedBy: () => compareDeclared,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A property became required: live events without it are rejected.',
    example: { old: obj({ id: str, tier: str }), new: obj({ id: str, tier: str }, { required: ['tier'] }) },
    fix: 'Keep it optional until every producer sends it; then make it required in a major version.',
    note: 'Also reported for a name that no `properties` entry declares: `required` applies to undeclared names all the same, so requiring one rejects live events without it, whatever a registry says about undeclared names.',
  },
  'required-added-with-default': {
    raisedBy: () => compareDeclared,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: true,
    summary: 'A property that has a `default` became required: live events without it are rejected.',
    example: {
      old: obj({ id: str, tier: { type: 'string', default: 'basic' } }),
      new: obj({ id: str, tier: { type: 'string', default: 'basic' } }, { required: ['tier'] }),
    },
    fix: 'Keep it optional (consumers can apply the default themselves) or make every producer send it before requiring it.',
    note: NO_DEFAULT_FILL,
  },
  'required-removed': {
    raisedBy: () => compareDeclared,
    test: 'test/evolution/families/objects.test.ts',
    backward: true,
    forward: false,
    additive: 'breaking',
    summary: 'A property is no longer required: consumers on the live schema reject events without it.',
    example: { old: obj({ id: str, tier: str }, { required: ['tier'] }), new: obj({ id: str, tier: str }) },
    fix: 'Keep it required; under the additive policy (the platform rule "you cannot remove required fields") this is breaking.',
    note: 'Backward compatible under validation semantics; breaking under the additive policy by the platform rule.',
  },
});
