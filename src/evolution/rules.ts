// The evolution rules: one per change kind. Their findings are raised in ./judge.ts.

import { defineRules } from '../core/rule.js';

export const evolutionRules = defineRules({
  'property-removed': {
    id: 'property-removed',
    severity: 'error',
    summary: 'A property of the live schema is missing from the new version.',
    doc: 'Event schemas are closed (`additionalProperties: false`), so every live event that carries the property is rejected by the new version, and every consumer that reads it breaks. The platform only accepts the removal of a property that the live version listed in `x-cxone-deprecated-fields`.',
    fix: 'Keep the property; to retire it, first list it in `x-cxone-deprecated-fields` and deploy that, then remove it in a later version.',
  },
  'deprecated-property-removed': {
    id: 'deprecated-property-removed',
    severity: 'notice',
    summary: 'A property the live schema deprecated was removed.',
    doc: 'The live version listed the property in `x-cxone-deprecated-fields`, announcing its removal, so under the additive policy this is the planned end of a migration. Under backward and full it is still breaking: live events carrying it are rejected.',
    fix: 'Nothing to do under the additive policy; make sure no producer still sends the field.',
  },
  'required-removed': {
    id: 'required-removed',
    severity: 'error',
    summary: 'A property that was required is no longer required.',
    doc: 'Consumers written against the live schema rely on a required property being present. Making it optional lets producers omit it and breaks those consumers (a FORWARD break); the platform rejects it under the additive policy.',
    fix: 'Keep the property in `required`. If it must become optional, deprecate it and introduce a new optional property instead.',
  },
  'type-changed': {
    id: 'type-changed',
    severity: 'error',
    summary: 'The type of an existing property changed.',
    doc: 'Live events hold values of the old type; the new schema rejects them, and consumers parsing the field break. The platform forbids any type change of an existing property, even a widening.',
    fix: 'Keep the type. Add a new property with the new type (and deprecate the old one) instead.',
  },
});
