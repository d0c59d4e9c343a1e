// Change kinds the platform layer (../platform.ts) derives from the walker's changes.

import { defineKinds } from './kind.js';
import { applyPlatformRules, mergeRenames } from '../platform.js';

export const platformKinds = defineKinds({
  'deprecated-property-removed': {
    raisedBy: () => applyPlatformRules,
    test: 'test/evolution/platform.test.ts',
    backward: false,
    forward: true,
    additive: 'notice',
    summary: 'A property the live schema listed in `x-cxone-deprecated-fields` was removed.',
    example: {
      old: {
        type: 'object',
        additionalProperties: false,
        'x-cxone-deprecated-fields': ['legacy_ref'],
        properties: { id: { type: 'string' }, legacy_ref: { type: 'string' } },
      },
      new: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } },
    },
    fix: 'Nothing to do under the additive policy: the live version announced the removal. Make sure no producer still sends the field.',
    note: 'Under backward and full it is still breaking: live events carrying the field are rejected by the closed schema.',
  },
  'deprecated-required-property-removed': {
    raisedBy: () => applyPlatformRules,
    test: 'test/evolution/families/objects.test.ts',
    backward: false,
    forward: false,
    additive: 'notice',
    summary: 'A required property the live schema listed in `x-cxone-deprecated-fields` was removed.',
    example: {
      old: {
        type: 'object',
        additionalProperties: false,
        'x-cxone-deprecated-fields': ['legacy_ref'],
        required: ['legacy_ref'],
        properties: { id: { type: 'string' }, legacy_ref: { type: 'string' } },
      },
      new: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } },
    },
    fix: 'Nothing to do under the additive policy: the live version announced the removal. Consumers that still read the field must stop before this deploys.',
    note: 'Kept apart from deprecated-property-removed because dropping a required property also breaks forward compatibility (events without it were invalid before).',
  },
  'property-renamed': {
    raisedBy: () => mergeRenames,
    test: 'test/evolution/platform.test.ts',
    backward: false,
    forward: false,
    summary:
      'A property was removed and another with an equal schema (annotations aside) added beside it: most likely a rename.',
    example: {
      old: { type: 'object', additionalProperties: false, properties: { customer_id: { type: 'string' } } },
      new: { type: 'object', additionalProperties: false, properties: { customerId: { type: 'string' } } },
    },
    fix: 'Migrate in steps: add the new property next to the old one and list the old one in `x-cxone-deprecated-fields` (a minor version); once every producer and consumer uses the new name, remove the old one.',
  },
});
